// Consent refused or not yet given, in languages whose tables had no prohibition (Turkish,
// Hungarian, Czech/Slovak, Catalan) and contact forbidden outright (en, de), as in a buyer's
// procurement rules. One sentence per table entry, in words none of the mails that showed it uses.
import { describe, expect, it } from "vitest";
import { detectConsent } from "../../../services/parser/normalise/consent.ts";

describe("consent: not (yet) agreed, or contact forbidden", () => {
  it.each([
    // en: not yet given an ok; forbidden outright
    "The bursar hasn't given her okay for calls from your side.",
    "Bidders shouldn't phone the evaluation panel during the process.",
    "No one from your sales desk is to ring the headmaster.",
    // de: contact not permitted
    "Ein Anruf Ihres Vertriebs ist der Kämmerin leider nicht erlaubt.",
    // tr: not told or asked yet
    "Genel müdüre henüz bu konuyu sormadım.",
    // hu: not asked or told yet; a labelled "not yet"
    "A polgármesternek még nem szóltunk a hívásról.",
    "Hozzájárulás: még nincs, jövő héten jelzem.",
    // cs/sk: negation joined to the verb
    "Starostka zatiaľ nesúhlasí s oslovením.",
    "Pana Dvořáka prosím nekontaktujte, dokud se neozvu.",
    // ca: not asked yet; warn us first
    "Encara no li hem preguntat a la directora.",
    "Avisa'm abans de trucar al gerent.",
  ])("%s", (text) => {
    expect(detectConsent(text)).toBe(false);
  });
});

describe("consent: the same words that forbid nothing", () => {
  it.each([
    // a permission stays one
    "The bursar has given her okay for calls from your side.",
    "Konateľka súhlasí s oslovením.",
    // a rule about something else, not about contacting
    "Drivers must not exceed twelve hours a shift.",
    "Már nem használják a régi rendszert.",
  ])("%s", (text) => {
    expect(detectConsent(text)).not.toBe(false);
  });
});

describe("consent: a terse ok to contact", () => {
  it.each([
    // it, de (en has its own: "ok to contact")
    "Tutto ok per sentirla giovedì.",
    "Kontaktaufn. okay, Fr. Brandt informiert",
  ])("%s", (text) => {
    expect(detectConsent(text)).toBe(true);
  });
});
