import { describe, expect, it } from "vitest";
import { detectConsent } from "../../../services/parser/normalise/consent.ts";

describe("detectConsent", () => {
  it.each([
    "Fiona is happy for your team to contact her directly before the call.",
    "Greg has asked for your team to reach out to him directly.",
    "Josh is expecting your call beforehand.",
    "Einverständnis: ja, Herr Kaltenbrunn erwartet euren Anruf",
    "Einverständnis: liegt vor",
    "Sie freut sich über einen Anruf von euch.",
    "Er hat ausdrücklich um einen Rückruf von euch gebeten.",
    "Herr Pfeiffer bat um Rückruf.",
    "Consent: yes",
    "Consent to contact: Yes",
    "OK to contact: Yes, Hector is expecting to hear from Northbeam.",
    "Jana is happy to be contacted directly.",
    "Sam's fine with you emailing him before the demo",
    "Maya knows we're looping you in and said you can email her directly beforehand.",
    "Frau Lindner ist einverstanden, dass ihr sie vorab schon direkt kontaktiert.",
    "Frau Petersen hat zugestimmt, dass ihr sie schon vorher kontaktiert.",
    "Laura has asked that you reach out to her directly.",
    "Happy for you to call me directly. Our stock counts don't reach head office in time.",
    "Yes",
    "ja",
  ])("%s -> true", (text) => {
    expect(detectConsent(text)).toBe(true);
  });

  it.each([
    "Please don't reach out to her before I introduce you.",
    "Please don't reach him until the board has met.",
    "Consent to contact: No - we will make the introduction ourselves next week",
    "CONSENT TO CONTACT: Not yet - I'll confirm once Raj has signed off internally",
    "Einverständnis zur Kontaktaufnahme: noch nicht eingeholt",
    "Kontaktfreigabe: noch nicht – bitte zuerst mit mir abstimmen",
    "Einverständnis zur Kontaktaufnahme Nein – bitte erst nach Rücksprache mit uns",
    "Einverständnis: nein – Kontakt bitte ausschließlich über uns",
    "Seine E-Mail ist holzwerk.berger@web.de – bitte meldet euch aber noch nicht direkt bei ihm.",
    "Consent: No",
    "Sie ist noch nicht einverstanden.",
    "She is happy to talk, but please do not contact her before our intro call.",
    "nein",
    "not yet",
  ])("%s -> false", (text) => {
    expect(detectConsent(text)).toBe(false);
  });

  it.each([
    "Contact: Fiona Marsh, Finance Director",
    "My contact there is Carlos Mendez. I don't have her email to hand.",
    "Price changes don't reach the shop tills until the next morning.",
    "Dave will join any calls, but please keep me as the main contact.",
    "",
    "n/a",
  ])("%s -> null", (text) => {
    expect(detectConsent(text)).toBeNull();
  });
});
