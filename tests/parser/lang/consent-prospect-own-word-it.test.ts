// Italian consent in the prospect's own words, as a forwarded mail gives them (services/parser/lang/it.ts):
// "pass my number on", "have them call me", "it is fine to talk directly", asked "expressly" to be
// contacted, "I am available to be contacted". Each sentence is written for this test (invented
// names), with the look-alikes that must stay unread: the partner's own sign-off, a refusal.
import { describe, expect, it } from "vitest";
import { detectConsent } from "../../../services/parser/normalise/consent.ts";

describe("Italian consent in the prospect's words", () => {
  it.each([
    "Puoi pure passare il mio numero al loro commerciale.",
    "Gira pure il mio recapito, nessun problema.",
    "Se il programma fa al caso nostro, fammi pure chiamare.",
    "Mi contattino pure la settimana prossima.",
    "Alla cantina va bene sentirci anche sabato mattina.",
    "Va benissimo se ci chiamano giovedì.",
    "Puoi chiedere al loro ufficio di chiamarmi domani?",
    "La direttrice della palestra chiede espressamente di essere richiamata.",
    "La segretaria ci ha chiesto esplicitamente di farla contattare dal vostro team.",
    "Siamo disponibili a essere contattati in mattinata.",
  ])("%s → true", (text) => expect(detectConsent(text)).toBe(true));

  it.each([
    // the partner's own availability for questions, the partner's number, nothing said
    ["Resto disponibile ad essere contattato per qualsiasi domanda.", null],
    ["Sono disponibile a essere chiamato per chiarimenti.", null],
    ["Il mio numero è in firma.", null],
    // a refusal stays one
    ["Per ora non passare il mio numero a nessuno.", false],
  ])("%s → %s", (text, want) => expect(detectConsent(text)).toBe(want));
});
