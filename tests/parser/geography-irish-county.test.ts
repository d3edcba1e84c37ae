// An Irish county as the place, written "Co. Wexford": the "Co." is no legal form there. Invented text.
import { describe, expect, it } from "vitest";
import { findGeography } from "../../services/parser/extract/prose-fields.ts";

describe("an Irish county written 'Co. X'", () => {
  it.each([
    [
      "A lead for you: Ferncourt Cheese Ltd (ferncourt.ie) in Co. Wexford. They run two dairies.",
      "Ferncourt Cheese Ltd",
      "Co. Wexford",
    ],
    [
      "Ferncourt Cheese is a family business in Co. Sligo, Ireland, with 4 vans.",
      "Ferncourt Cheese",
      "Co. Sligo, Ireland",
    ],
    [
      "Prospect: Ferncourt Cheese Ltd (ferncourt.ie), Co. Laois, Ireland\n",
      "Ferncourt Cheese Ltd",
      "Co. Laois, Ireland",
    ],
    ["Budget around €12k a year. Co. Offaly.\n", "Ferncourt Cheese Ltd", "Co. Offaly"],
  ])("%s", (text, company, place) => {
    expect(findGeography(text, company)).toBe(place);
  });

  it("a company's 'Co.' before its legal form is no county", () => {
    expect(findGeography("We met Brannock Trading Co. Ltd last week.", null)).toBeNull();
    expect(findGeography("We met Brannock Co. Ltd in Galway.", "Brannock Co. Ltd")).toBe("Galway");
  });
});
