// A contact name that is the company's own name without its legal form is the firm, not a person
// (invented names).
import { describe, expect, it } from "vitest";
import { firmsOwnName } from "../../services/parser/extract/rules.ts";

describe("the company's own name read as the contact's", () => {
  it("is the firm when it equals the company name without its legal form", () => {
    expect(firmsOwnName("Harrowgate Kilnworks", "Harrowgate Kilnworks Ltd")).toBe(true);
    expect(firmsOwnName("Pinecroft Cider House", "Pinecroft Cider House LLC")).toBe(true);
  });
  it("leaves a person whose name only opens the firm's", () => {
    expect(firmsOwnName("Maren Tolliver", "Maren Tolliver Design Ltd")).toBe(false);
  });
  it("leaves a name equal to a company without a legal form (a person read as the company)", () => {
    expect(firmsOwnName("Maren Tolliver", "Maren Tolliver")).toBe(false);
  });
  it("never matches two names with no Latin letters to fold", () => {
    expect(firmsOwnName("山田 花子", "株式会社 ミドリ Ltd")).toBe(false);
  });
});
