import { describe, expect, it } from "vitest";
import { writtenOnlyWhere } from "../../services/parser/extract/text-utils.ts";

const afterIn = (text: string) => (i: number) => text.slice(Math.max(0, i - 3), i) === "in ";

describe("writtenOnlyWhere", () => {
  it("holds when every place the text writes the word passes", () => {
    const text = "two shops in Elmsford, a depot in Elmsford too";
    expect(writtenOnlyWhere(text, "Elmsford", afterIn(text))).toBe(true);
  });
  it("fails when one place does not", () => {
    const text = "Elmsford Bakery has a shop in Elmsford";
    expect(writtenOnlyWhere(text, "Elmsford", afterIn(text))).toBe(false);
  });
  it("fails when the text never writes it", () => {
    expect(writtenOnlyWhere("a shop in town", "Elmsford", () => true)).toBe(false);
  });
});
