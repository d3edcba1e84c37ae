// Motion phrasings learnt from held-out corpora (each family seen in three corpora or more, by
// different writers), one sentence per table entry in words none of those mails uses.
import { describe, expect, it } from "vitest";
import { labelField } from "../../../services/parser/extract/labels.ts";
import { detectMotion } from "../../../services/parser/normalise/motion.ts";

describe("motion: the partner does the work on site", () => {
  it.each([
    // en: two tasks before the work, or "doing" it
    "We'd handle the cabling and the installation for them.",
    "We're doing the fit-out of both branches.",
    // sv
    "Vi tar hand om utbildningen av personalen.",
  ])("%s", (text) => {
    expect(detectMotion(text)).toBe("services");
  });

  it("a partner not doing the work is no services", () => {
    expect(detectMotion("We are not doing the installation this time.")).toBeNull();
  });
});

describe("motion: the partner only introduces", () => {
  it.each([
    // en, nl, it, pt, el, ca
    "We would like to introduce a family bakery from Leeds.",
    "Ik verzorg enkel de kennismaking, de rest is aan jullie.",
    "Volevo segnalarvi un mio cliente di Parma.",
    "O hotel é uma referência minha.",
    "Εγώ απλώς κάνω τη σύσταση.",
    "Som partner de referència des del gener.",
  ])("%s", (text) => {
    expect(detectMotion(text)).toBe("referral");
  });
});

describe("motion: the partner's role as a label, its work as the value", () => {
  it.each([
    // nl, ro, pl: the label, then a value naming the work
    ["Onze rol", "implementatie van de kassa"],
    ["Rolul nostru", "implementare la sediul clientului"],
    ["Nasza rola", "wdrożenie u klienta"],
  ])("%s: %s", (label, value) => {
    expect(labelField(label)).toBe("motion");
    expect(detectMotion(value, { labelled: true })).toBe("services");
  });

  it("one such word in prose decides nothing", () => {
    expect(detectMotion("De implementatie van hun vorige pakket duurde lang.")).toBeNull();
  });
});
