// Rivals named in brackets beside a word of weighing options (`cues.comparisonWord`), one invented
// sentence per new entry, and the brackets that name none (an amount, a year, a sentence, an
// abbreviation spelling out the words before it).
import { describe, expect, it } from "vitest";
import { findCompetitorsInProse } from "../../services/parser/normalise/competitors.ts";

describe("rivals in brackets beside a comparison word", () => {
  it.each([
    // Polish "porówn…": the vendor (masked) among the offers is no rival
    ["Etap: klient porównuje oferty (the vendor i Vexalon Build Cloud)", ["Vexalon Build Cloud"]],
    // Slovenian "primerja…", a web name as the brand
    ["Faza: primerjajo ponudbe (Trelmo, Vanta.si)", ["Trelmo", "Vanta.si"]],
    // Croatian "uspoređ…"
    ["Status: uspoređuju ponude (Quorvex, Delvo)", ["Quorvex", "Delvo"]],
    // Japanese "比較" after the bracket; a Katakana name
    ["現在、他社（Quorvex、DELVOS）と比較検討中です。", ["Quorvex", "DELVOS"]],
    ["現在は他社製品（クオルベクス）と比較検討中です。", ["クオルベクス"]],
    // Chinese writes "比較" too; the words before the name in the bracket ("the other is") are no part of it
    ["階段：正在比較報價（另一家是 QZTIX）", ["QZTIX"]],
    // English: the rule holds for every language's word
    ["They compare offers (Brantly, Quorvex) this month.", ["Brantly", "Quorvex"]],
  ])("%s", (text, want) => expect(findCompetitorsInProse(text, ["the vendor"])).toEqual(want));

  it.each([
    ["They are comparing prices (EUR 12k, 3 years)."],
    ["Compared to last year (2025) they grew."],
    ["They are comparing options (see below)."],
    ["Procedimiento: licitación abierta (QZSP) para la implantación."],
  ])("%s -> none", (text) => expect(findCompetitorsInProse(text, ["the vendor"])).toEqual([]));
});
