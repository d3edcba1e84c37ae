import { describe, expect, it } from "vitest";
import { findLabelled, firstByField } from "../../services/parser/extract/labels.ts";

const fields = (text: string) =>
  Object.fromEntries([...firstByField(findLabelled(text))].map(([k, v]) => [k, v.value]));

describe("findLabelled", () => {
  it("reads English and German labels in any case", () => {
    const f = fields(
      "COMPANY: Foxglove Analytics, Inc.\nWebsite: WWW.Foxglove.com\nAnsprechpartner: Herr Matthias Kröger\nE-Mail: m@x.de\nWettbewerber: Candis\nEinverständnis: liegt vor",
    );
    expect(f).toMatchObject({
      company: "Foxglove Analytics, Inc.",
      website: "WWW.Foxglove.com",
      contactName: "Herr Matthias Kröger",
      email: "m@x.de",
      competitors: "Candis",
      consent: "liegt vor",
    });
  });

  it("reads tab-separated rows and label/value on separate lines", () => {
    expect(fields("Prospect\tLoch Ardvane Distillers Ltd\nDomain\tlochardvane.co.uk")).toMatchObject({
      company: "Loch Ardvane Distillers Ltd",
      website: "lochardvane.co.uk",
    });
    expect(
      fields("Company Name\n\nPinecrest Veterinary Partners, LLC\n\nPrimary Contact\n\nDr. Alan Whitaker"),
    ).toMatchObject({
      company: "Pinecrest Veterinary Partners, LLC",
      contactName: "Dr. Alan Whitaker",
    });
  });

  it("turns placeholders into null and keeps the label", () => {
    const f = fields(
      "Ansprechpartner: noch offen (wird nachgereicht)\nE-Mail: –\nBudget: unbekannt\nWebsite: none (they don't have one)",
    );
    expect(f).toEqual({ contactName: null, email: null, value: null, website: null });
  });

  it("reads the '(website)' notation and continues wrapped notes", () => {
    expect(fields("Verityhealth.io (website)")).toEqual({ website: "Verityhealth.io" });
    expect(fields("Hintergrund: Die Ferienwelt rechnet mit 60\nEigentümern ab.\n\nGruß")).toEqual({
      need: "Die Ferienwelt rechnet mit 60 Eigentümern ab.",
    });
  });

  it("ignores prose lines with a colon that are not form labels", () => {
    expect(fields("Kurz zum Hintergrund: fünf Lager.\nP.S.: see you")).toEqual({});
  });
});

describe("findLabelled: separators and label spellings beyond the dev corpus", () => {
  it("reads 'key = value', spaced-dash bullets and *bold* labels", () => {
    expect(fields("company = Kiwi Orchard Holdings Ltd\ncontact_title = IT Manager")).toMatchObject({
      company: "Kiwi Orchard Holdings Ltd",
      role: "IT Manager",
    });
    expect(fields("* Firma – Alpenblick Treuhand AG\n* Kontaktfreigabe – noch nicht")).toMatchObject({
      company: "Alpenblick Treuhand AG",
      consent: "noch nicht",
    });
    expect(fields("*Company:* Cascade Mountain Brewing Co.\n**Website**: cascadebrewing.com")).toMatchObject({
      company: "Cascade Mountain Brewing Co.",
      website: "cascadebrewing.com",
    });
  });

  it("maps qualified labels by their head word and consent labels by their first word", () => {
    expect(fields("Customer website   hawthornepryce.com\nEstimated ARR      £15,600")).toMatchObject({
      website: "hawthornepryce.com",
      value: "£15,600",
    });
    expect(fields("Kontaktaufnahme durch PeopleGrid: ja, gerne")).toMatchObject({ consent: "ja, gerne" });
    expect(fields("Company size: 250 employees")).toEqual({});
  });

  it("keeps a table's comment column out of the value, but offers it to the contact row", () => {
    expect(
      fields("Estimated value\t£54,000\tper year, 3-year term\nMain contact\tPriya Raman\tIT Director"),
    ).toMatchObject({
      value: "£54,000",
      contactName: "Priya Raman | IT Director",
    });
  });
});

describe("a label qualified by a phrase after it", () => {
  it("reads competitors, need, value and region labels followed by a preposition or the partner speaking", () => {
    const field = (line: string) => findLabelled(line)[0]?.field ?? null;
    expect(field("Competition in the tender: Quarry Ledger, Brisk")).toBe("competitors");
    expect(field("Other vendors we know of: Quarry Ledger")).toBe("competitors");
    expect(field("Budget for year one: EUR 20,000")).toBe("value");
    expect(field("Region for the rollout: Pannonia")).toBe("region");
    // other fields are not read that way
    expect(field("Contact for billing questions: Ann Lee")).toBeNull();
  });
});
