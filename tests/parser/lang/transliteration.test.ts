// Latin spellings of Cyrillic and Greek letters (lang/transliteration.ts), as web addresses write
// firms' names. Names and domains are made up.
import { describe, expect, it } from "vitest";
import { cyrillic, greek } from "../../../services/parser/lang/transliteration.ts";
import { latinSpelled, orgMatchesDomain } from "../../../services/parser/extract/text-utils.ts";

describe.each([
  ["Cyrillic", cyrillic],
  ["Greek", greek],
])("each %s letter", (_script, table) => {
  it.each(Object.entries(table))("%s is spelt as listed", (letter, spellings) => {
    spellings.forEach((spelling, i) => expect(latinSpelled(`${letter}`, i)).toBe(spelling));
    expect(spellings.every((sp) => /^[a-z]*$/.test(sp))).toBe(true);
  });
});

describe("a Cyrillic or Greek name and its Latin address", () => {
  it.each([
    ["Зоряні Рішення", "zoriani-rishennia.example"],
    ["Рибак Плюс", "rybak-plus.example"],
    ["Морозко", "morozko.example"],
    ["Ηλιακή Στέγη", "iliaki-stegi.example"],
    ["Φάρος Ψηφιακός", "faros.example"],
  ])("%s at %s", (name, domain) => {
    expect(orgMatchesDomain(name, domain)).toBe(true);
  });

  it.each([
    ["Зоряні Рішення", "sonyachni.example"],
    ["Ηλιακή Στέγη", "thalassa.example"],
  ])("%s not at %s", (name, domain) => {
    expect(orgMatchesDomain(name, domain)).toBe(false);
  });
});
