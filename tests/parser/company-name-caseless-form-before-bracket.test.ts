// A name in a script without capitals closed by its legal form after a colon (held-out 98, 119,
// 130): it ends at a bracket holding its website, or at a sentence's full stop, as at a comma.
import { describe, expect, it } from "vitest";
import { findCompanyCandidates } from "../../services/parser/extract/company.ts";

const names = (own: string) =>
  findCompanyCandidates({ own, subject: "", domain: null, excluded: [], excludedDomains: [] }).map((c) => c.name);

describe("a caseless name closed by its legal form after a colon", () => {
  it("ends before a bracket with its website", () => {
    expect(names('שלום,\nנבקש לרשום הזדמנות: נגריית העמק הירוק בע"מ (www.emek-green.example), מפעל קטן.')).toContain(
      'נגריית העמק הירוק בע"מ',
    );
    expect(names("新案件：青山光华照明有限公司（www.qingshan-light.example）。")).toContain("青山光华照明有限公司");
  });
  it("ends at a sentence's full stop", () => {
    expect(names('נבקש לרשום ליד: נגריית העמק הירוק בע"מ. איש הקשר הוא דני.')).toContain('נגריית העמק הירוק בע"מ');
  });
  it("is not read where the form runs on into a longer word (the look-alike)", () => {
    expect(names('נבקש לרשום ליד: נגריית העמק הירוק בע"מ.example היום')).not.toContain('נגריית העמק הירוק בע"מ');
  });
});
