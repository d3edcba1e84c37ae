// Partner mail reaches SOQL: every literal must be escaped and every identifier checked.
import { describe, expect, it } from "vitest";
import { dateTime, field, list, str } from "../../services/crm/salesforce/soql.ts";
import { websiteForms } from "../../services/crm/salesforce/adapter.ts";

describe("SOQL literals", () => {
  it("escapes quotes, backslashes and line breaks so a value cannot end its string", () => {
    expect(str("O'Brien")).toBe("'O\\'Brien'");
    expect(str("a\\' OR Name != null")).toBe("'a\\\\\\' OR Name != null'");
    expect(str("two\nlines")).toBe("'two\\nlines'");
  });
  it("lists values for IN and refuses an empty list", () => {
    expect(list(["a", "b'c"])).toBe("('a','b\\'c')");
    expect(() => list([])).toThrow();
  });
  it("accepts field and relationship names only", () => {
    expect(field("DealReg_Case__c")).toBe("DealReg_Case__c");
    expect(field("Owner.Name")).toBe("Owner.Name");
    expect(() => field("Name FROM User")).toThrow();
    expect(() => field("x'")).toThrow();
  });
  it("writes dateTime literals in UTC to the second", () => {
    expect(dateTime(new Date("2026-12-03T10:11:12.345Z"))).toBe("2026-12-03T10:11:12Z");
  });
  it("knows the forms a person types a website in", () => {
    expect(websiteForms("acme.co.uk")).toEqual(
      expect.arrayContaining(["acme.co.uk", "www.acme.co.uk/", "https://www.acme.co.uk", "http://acme.co.uk/"]),
    );
  });
});
