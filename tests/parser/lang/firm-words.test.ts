// The firm words of other languages (services/parser/lang/firm-words.ts): each makes a signature
// line read as the partner's firm. Names are made up, in other words than any corpus mail.
import { describe, expect, it } from "vitest";
import { ORG_WORDS_RE, organizationFromSignature } from "../../../services/parser/extract/organization.ts";
import { firmWords } from "../../../services/parser/lang/firm-words.ts";

const EXAMPLES: Record<string, string> = {
  consultora: "Consultora Pampa Sur",
  consultoría: "Consultoría Brisa Alta",
  consulenze: "Bruni Consulenze",
  consulenza: "Studio Ferlin Consulenza",
  groupe: "Groupe Lavande",
  teknologi: "Rinjani Data Teknologi",
  "co-op": "Marrowdale Co-Op Dairies",
  serwis: "Serwis Rowerów Brzezinka",
};

describe("firm words by language", () => {
  it.each(Object.values(firmWords).flat())("%s has an example", (w) => expect(EXAMPLES[w]).toBeDefined());
  it.each(Object.entries(EXAMPLES))("%s reads %s as a firm's name", (_w, name) => {
    expect(ORG_WORDS_RE.test(name)).toBe(true);
    const sig = `Tova Orrin\n${name}\nTel. +00 000 000`;
    expect(organizationFromSignature(sig, { domain: null, personName: "Tova Orrin" })).toBe(name);
  });
});

describe("look-alikes of the firm words", () => {
  it.each(["Coopers Hollin", "Serwisowa Bruzda"])("%s is no firm word", (name) => {
    expect(ORG_WORDS_RE.test(name)).toBe(false);
  });
});

describe("a part stating the body's legal nature after a comma", () => {
  it("stays in the firm's name", () => {
    const sig = "Anouk Brisebois\nConseillère\nGroupe d'achats Brumevent, coopérative\nSherbrooke";
    expect(organizationFromSignature(sig, { domain: null, personName: "Anouk Brisebois" })).toBe(
      "Groupe d'achats Brumevent, coopérative",
    );
  });
});
