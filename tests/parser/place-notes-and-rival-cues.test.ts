// A place written as a note of its own (a line or a sentence holding nothing but a place), the
// competitor label words the tables lacked (singulars, note abbreviations, Afrikaans) and the
// cues of weighing a rival's offer in Spanish, French, Czech/Slovak and Hungarian. One invented
// sentence or label per entry.
import { describe, expect, it } from "vitest";
import { labelField } from "../../services/parser/extract/labels.ts";
import { findGeography } from "../../services/parser/extract/prose-fields.ts";
import { findCompetitorsInProse } from "../../services/parser/normalise/competitors.ts";

describe("geography: a place as a note of its own", () => {
  it.each([
    [
      "Please register Brondel Ltd.\nOla Vix, ola@brondel.com\nDorvane, Kelmaria\nThey need a fix.",
      "Dorvane, Kelmaria",
    ],
    ["Quilt Foods, ana@quilt.com\nTarvesia (Molden)\nIntro only.", "Tarvesia (Molden)"],
    ["They want a quote for 30 vans, about 20k a year. Velmshire.", "Velmshire"],
    ["Small one, 12 sites, new intro.\nOstrava & Brellin.", "Ostrava & Brellin"],
    ["Sent the quote for the fleet. Kessel County.", "Kessel County"],
  ])("%j -> %s", (text, want) => expect(findGeography(text, null)).toBe(want));

  it.each([
    // a sign-off with the writer's name, and a name alone on its line, are no places
    ["They want a quote for 30 vans.\nThanks, Rhea", ["Rhea Dalton"]],
    ["They want a quote for 30 vans.\nCheers\nKyle", []],
    // a word on the deal ("Referral.", "Resale.") or a yes names no place
    ["They want a quote for 30 vans. Referral.", []],
    ["They want a quote for 30 vans.\nResale.", []],
    ["May we call them?\nYes.", []],
  ])("%j -> null", (text, people) => expect(findGeography(text, null, people)).toBeNull());
});

describe("competitor label words", () => {
  it.each([
    ["COMPTR", "competitors"],
    ["Up against", "competitors"],
    ["Other vendor in the mix", "competitors"],
    ["Other bidder we know", "competitors"],
    ["Mededingers", "competitors"],
  ])("%s -> %s", (label, field) => expect(labelField(label)).toBe(field));
});

describe("competitors: a rival's offer weighed, per language", () => {
  it.each([
    ["El cliente está comparando contra Quorvix.", ["Quorvix"]],
    ["Fase: están evaluando propuestas (también Dalvex).", ["Dalvex"]],
    ["Comparando ofertas (Merilo y Tansk).", ["Merilo", "Tansk"]],
    ["Pilote en cours, comparaison avec Brivane.", ["Brivane"]],
    ["Zvažují také Kolvex.", ["Kolvex"]],
    ["Zvažujú aj Delmora.", ["Delmora"]],
    ["Ajánlatot kértek, összevetik a Pernix megoldásával.", ["Pernix"]],
    ["Összehasonlítják az Ulvo ajánlatával.", ["Ulvo"]],
  ])("%s -> %j", (text, want) => expect(findCompetitorsInProse(text, ["the vendor"])).toEqual(want));
});

describe("geography: a lead from a place", () => {
  it.each([
    ["Short note on a new lead from Velmora. They run 40 rooms around Dask Harbour.", "Velmora"],
    ["I would like to register an opportunity from Tarvenburg.", "Tarvenburg"],
  ])("%j -> %s", (text, want) => expect(findGeography(text, null)).toBe(want));
});

describe("geography: what a place note is not", () => {
  it("a word that ends a hard-wrapped sentence is no note", () =>
    expect(
      findGeography(
        "They are happy to be called, ideally in the morning or late in the afternoon, in English or\nFlemish.",
        null,
      ),
    ).toBeNull());
  it("a sign-off cut short is no place", () =>
    expect(findGeography("They need a quote.\nPozdr.\nOla", null)).toBeNull());
  it("a place below the partner's own name is their signature's", () =>
    expect(
      findGeography("They need a quote.\nTom Brandt\nSales Lead, Quarvell LLC\nDenton, TX", null, [], null, [
        "Quarvell LLC",
      ]),
    ).toBeNull());
  it("a table row's cells are no place", () =>
    expect(findGeography("Customer\tMorvin & Dask Ltd\nThey need a quote.", null)).toBeNull());
});
