// The prospect's place written after its name in the subject ("Acme Ltd (Porto)", "Acme - Pune"),
// and a name whose legal form lost its final full stop still anchors the place after it in the text.
// Invented names and places.
import { describe, expect, it } from "vitest";
import { findGeography } from "../../services/parser/extract/prose-fields.ts";

const find = (text: string, company: string | null, subject: string) =>
  findGeography(text, company, [], null, [], subject);

describe("geography: the place after the prospect's name in the subject", () => {
  it.each([
    ["Registo: Quillon Tavernas (Marvela)", "Quillon Tavernas", "Marvela"],
    ["Lead Registration Request - Dorvik Weaving Pvt Ltd - Tellapur", "Dorvik Weaving Pvt Ltd", "Tellapur"],
    ["Lead: Brask Kodud (Velmaria)", "Brask Kodud", "Velmaria"],
  ])("%s (prospect %s) -> %s", (subject, company, want) =>
    expect(find("They want a demo next week, about 40 users.", company, subject)).toBe(want),
  );

  it("a place after the name in the text comes first", () => {
    expect(find("Quillon Tavernas, Dornbury, wants a demo.", "Quillon Tavernas", "Quillon Tavernas (Marvela)")).toBe(
      "Dornbury",
    );
  });

  it.each([
    // a word on the deal, and a bare code, name no place
    ["Deal registration - Quillon Tavernas (Resale)"],
    ["Referral - Quillon Tavernas (QX)"],
    // the product the text names after another name ("Quellwick Onboard"), or the vendor's own
    ["Registration: Quillon Tavernas - Onboard"],
    ["Registration: Quillon Tavernas - Quellwick Sentinel"],
  ])("%s -> null", (subject) =>
    expect(
      findGeography(
        "They want the Quellwick Onboard module, about 40 users.",
        "Quillon Tavernas",
        [],
        null,
        [],
        subject,
        ["Quellwick"],
      ),
    ).toBeNull(),
  );
});

describe("geography: a legal form without its final full stop still ends the name", () => {
  it("reads the place after the name as written with its full stop", () => {
    expect(
      findGeography(
        "It is Vellar Tre Ponti S.r.l. di Marvela (www.vellar.example), 30 rooms.",
        "Vellar Tre Ponti S.r.l",
      ),
    ).toBe("Marvela");
  });
});
