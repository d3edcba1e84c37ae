// A lead's one line and its subject: the name set after a registering phrase and a dash, and a
// subject segment that the text writes as the same name. Names and phrases are made up.
import { describe, expect, it } from "vitest";
import { findCompanyCandidates, namesAfterRegistering } from "../../services/parser/extract/company.ts";
import { opensWithSalutation } from "../../services/parser/normalise/person.ts";

const names = (text: string) => namesAfterRegistering(text).map((n) => n.name);
const top = (own: string, subject: string) =>
  findCompanyCandidates({ own, subject, domain: null, excluded: [], excludedDomains: [] })[0];

describe("a name after a registering phrase and a dash", () => {
  it.each([
    ["new lead - Quillmoor Verdance Bakery, Leeds. owner is Ada Roe", "Quillmoor Verdance Bakery"],
    ["reg pls – Quillmoor Verdance Bakery (2 shops)", "Quillmoor Verdance Bakery"],
    ["new lead for u - Quillmoor Verdance Bakery in Leeds wants a quote", "Quillmoor Verdance Bakery"],
  ])("%s", (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it("is no firm when a form of address opens it", () => {
    expect(names("reg pls - Mrs Ada Roe, owner, Quillmoor Verdance Bakery")).toEqual([]);
  });

  it("is no firm when the line goes on as a sentence after it", () => {
    expect(names("new lead - Ada Roe runs Quillmoor Verdance Bakery")).toEqual([]);
  });
});

describe("a subject segment the text writes as the same name", () => {
  it("is evidence enough when the text writes the name as a name of its own", () => {
    const c = top(
      "Ada Roe runs Quillmoor Verdance Bakery, two shops in Leeds.",
      "New lead - Quillmoor Verdance Bakery",
    );
    expect(c).toMatchObject({ name: "Quillmoor Verdance Bakery", why: "subject" });
    expect(c!.score).toBeGreaterThanOrEqual(3);
  });

  it("a place after a comma in the subject is aside", () => {
    const c = top("Ada Roe runs Quillmoor Verdance Bakery here.", "Referral - Quillmoor Verdance Bakery, Leeds");
    expect(c).toMatchObject({ name: "Quillmoor Verdance Bakery" });
    expect(c!.score).toBeGreaterThanOrEqual(3);
  });

  it.each(["s.c.", "sp. j."])("stays weak when the text writes the name on with a legal form (%s)", (form) => {
    const c = top(`We met Quillmoor Verdance ${form} at the fair.`, "Lead: Quillmoor Verdance");
    expect(c?.score ?? 0).toBeLessThan(3);
  });

  it("stays weak when the segment goes on after the name", () => {
    const c = top("The Quillmoor Verdance deal closed in May.", "Query - Quillmoor Verdance / invoice 12");
    expect(c?.score ?? 0).toBeLessThan(3);
  });

  it("stays weak when the text writes it only inside a longer name", () => {
    const c = top("Quillmoor Verdance Bakery wants a quote.", "Lead - Quillmoor Verdance");
    expect(c?.score ?? 0).toBeLessThan(3);
  });
});

describe("a form of address opening a name", () => {
  it.each(["Mrs Ada Roe", "Herr Bo Lind", "Sra. Ana Ruiz"])("%s", (s) => {
    expect(opensWithSalutation(s)).toBe(true);
  });
  it.each(["Quillmoor Bakery", "Misty Vale Farm"])("not %s", (s) => {
    expect(opensWithSalutation(s)).toBe(false);
  });
});
