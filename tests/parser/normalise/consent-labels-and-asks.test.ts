// Consent labels in Dutch and Romanian, and English ways of saying the prospect asked for or wants
// the vendor's call (stage8 round); one sentence per table entry, written for this test.
import { describe, expect, it } from "vitest";
import { detectConsent } from "../../../services/parser/normalise/consent.ts";

describe("a consent label and its answer", () => {
  it.each([
    ["Toestemming klant: ja", true],
    ["Toestemming klant: nee", false],
    ["Toestemming om contact op te nemen: ja, Brent verwacht jullie mail.", true],
    ["Toestemming om contact op te nemen: nog niet", false],
    ["Acord de contact: da", true],
    ["Acord contact: nu", false],
    ["Acordul clientului: da", true],
  ])("%s -> %s", (text, want) => expect(detectConsent(text)).toBe(want));
});

describe("the prospect asked for or wants the vendor's call", () => {
  it.each([
    ["Ms Quillon asked me to have someone from the vendor reach out.", true],
    ["Mr Varn requested us to have a sales rep call him next week.", true],
    ["Mr Orlik wants a call from your team.", true],
    ["She wants e-mail from the vendor about the pricing.", true],
    ["She approve to be contacted by the vendor.", true],
    ["Mr Varn approved to be contacted.", true],
    // negated: not (yet) asked, not wanted
    ["She has not asked us to have anyone contact her.", false],
    ["He doesn't want a call from you yet.", false],
  ])("%s -> %s", (text, want) => expect(detectConsent(text)).toBe(want));
});
