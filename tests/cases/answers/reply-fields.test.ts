import { describe, expect, it } from "vitest";
import { readReplyFields } from "../../../services/cases/answers/reply-fields.ts";

const opts = { missing: [] as string[], excludedDomains: ["brightpath.example", "northbeam.io"] };
const read = (text: string, missing: string[] = []) => readReplyFields(text, { ...opts, missing });
const values = (text: string, missing: string[] = []) =>
  Object.fromEntries(read(text, missing).map((c) => [c.path, c.value]));

describe("readReplyFields", () => {
  it("reads labelled answers and corrections in English and German", () => {
    expect(values("Website: https://www.acme.de/about")).toEqual({ "company.domain": "acme.de" });
    expect(values("Webseite: acme-analytics.de")).toEqual({ "company.domain": "acme-analytics.de" });
    expect(values("Contact: Jane Doe, jane@acme.de")).toEqual({
      "contact.name": "Jane Doe",
      "contact.email": "jane@acme.de",
    });
    expect(values("Ansprechpartnerin: Erika Muster\nE-Mail: erika.muster@acme.de")).toEqual({
      "contact.name": "Erika Muster",
      "contact.email": "erika.muster@acme.de",
    });
    expect(values("Company: Acme Analytics GmbH\nBudget: €48k")).toEqual({
      "company.name": "Acme Analytics GmbH",
      estimatedValue: { amount: 48000, currency: "EUR" },
    });
  });

  it("fills a missing website from prose", () => {
    expect(values("Hi, the website is acme.de - thanks!", ["company.domain"])).toEqual({ "company.domain": "acme.de" });
    expect(values("Die Webseite ist www.acme-analytics.de.", ["company.domain"])).toEqual({
      "company.domain": "acme-analytics.de",
    });
    expect(
      values("Sorry: their site is whitfieldlandscaping.com, my site is brightpath.example", ["company.domain"]),
    ).toEqual({ "company.domain": "whitfieldlandscaping.com" });
  });

  it("fills missing contact and company from prose", () => {
    expect(values("The contact is Jane Doe, she runs finance.", ["contact.name"])).toEqual({
      "contact.name": "Jane Doe",
    });
    expect(values("you can reach her at jane@acme.de", ["contact.email"])).toEqual({ "contact.email": "jane@acme.de" });
    expect(values("The company is Acme Analytics GmbH. Cheers", ["company.name"])).toEqual({
      "company.name": "Acme Analytics GmbH",
    });
  });

  it("records where each value came from", () => {
    const text = "Thanks!\nWebsite: acme.de\n";
    const [c] = read(text);
    expect(c).toMatchObject({ path: "company.domain", snippet: "acme.de" });
    expect(text.slice(c!.index, c!.index + c!.snippet.length)).toBe("acme.de");
  });

  it("guesses nothing when the answer is ambiguous or names no prospect", () => {
    expect(values("see acme.de and globex.com", ["company.domain"])).toEqual({});
    expect(values("Thanks, sounds good!", ["company.domain", "contact.name"])).toEqual({});
    expect(values("our site is brightpath.example", ["company.domain"])).toEqual({});
    expect(values("her address is dana@gmail.com", ["company.domain"])).toEqual({});
    expect(values("the website is acme.de")).toEqual({}); // prose never overwrites a known field
    expect(values("Website: gmail.com")).toEqual({});
    expect(values("Website: n/a")).toEqual({});
  });
});
