// Every label word of every language table reads as its field, with a value in neutral words.
import { describe, expect, it } from "vitest";
import { LABEL_CLASHES, LANGUAGES } from "../../services/parser/lang/index.ts";
import { findLabelled, type LabelField } from "../../services/parser/extract/labels.ts";

const VALUE: Record<LabelField, string> = {
  company: "Brisk Orchard Holdings",
  legalName: "Brisk Orchard Holdings Kft.",
  website: "www.brisk-orchard.example.net",
  contactName: "Ilse Varga",
  givenName: "Ilse",
  familyName: "Varga",
  role: "Chief Financial Officer",
  email: "ilse.varga@brisk-orchard.example.net",
  phone: "+36 1 555 0142",
  stage: "demo booked",
  value: "EUR 40,000",
  competitors: "Quarry Ledger",
  incumbent: "Tallow Desk",
  need: "manual invoice approval across nine sites",
  region: "Pannonia",
  consent: "yes",
  motion: "resale",
  product: "Flow module",
  currency: "HUF",
};

const rows = Object.entries(LANGUAGES).flatMap(([lang, table]) =>
  (Object.entries(table) as [LabelField, readonly string[]][]).flatMap(([field, words]) =>
    words.map((word) => ({ lang, field, word })),
  ),
);

describe("label words per language", () => {
  it.each(rows)("$lang '$word' labels $field", ({ field, word }) => {
    const got = findLabelled(`${word}: ${VALUE[field]}`);
    expect(got[0]?.field).toBe(field);
    expect(got[0]?.value).toBe(VALUE[field]);
  });

  it("no word names two fields in different languages", () => {
    expect(LABEL_CLASHES).toEqual([]);
  });
});
