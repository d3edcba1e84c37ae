// Company names read wrong while the case looked complete (held-out 10's silent errors), one block
// per way of writing. Names, firms and sentences are made up, in other words and languages.
import { describe, expect, it } from "vitest";
import { findCompanyCandidates } from "../../services/parser/extract/company.ts";
import { orgMatchesDomain } from "../../services/parser/extract/text-utils.ts";

const candidates = (own: string) =>
  findCompanyCandidates({ own, subject: "Neuer Kontakt", domain: null, excluded: [], excludedDomains: [] });

describe("the French plural article inside a name", () => {
  it("keeps 'des' and the Spanish/Italian plural articles between the name's words", () => {
    expect(candidates("Nous suivons la Coopérative des Vignerons Réunis SA, à Morges, depuis mars.")[0]?.name).toBe(
      "Coopérative des Vignerons Réunis SA",
    );
    expect(candidates("Hemos visitado Conservas de los Hermanos Ortiz S.L. en Santoña.")[0]?.name).toBe(
      "Conservas de los Hermanos Ortiz S.L.",
    );
  });

  it("does not join a German department or title to the firm after the genitive 'des'", () => {
    expect(candidates("Frau Vogt leitet die Einkaufsabteilung des Stadtwerk Lindau GmbH.")[0]?.name).toBe(
      "Stadtwerk Lindau GmbH",
    );
    expect(candidates("Herr Olbrich ist Leiter der EDV des Pflegeheim Sonnenhang GmbH.")[0]?.name).toBe(
      "Pflegeheim Sonnenhang GmbH",
    );
    expect(candidates("Herr Olbrich, Prokurist des Sägewerk Haller KG, möchte ein Angebot.")[0]?.name).toBe(
      "Sägewerk Haller KG",
    );
  });
});

describe("a domain that shortens the name's leading compound", () => {
  it("matches a domain spelling the compound's stem and the rest in full", () => {
    expect(orgMatchesDomain("Steuerkanzlei Brandt", "steuerbrandt.example")).toBe(true);
    expect(orgMatchesDomain("Fysioterapeutklinikken Nordlys", "fysionordlys.example")).toBe(true);
    // the rest must close the domain, and the stem be more than a syllable
    expect(orgMatchesDomain("Brandt Steuerkanzlei", "steuerbrandt.example")).toBe(false);
    expect(orgMatchesDomain("Sea Linde", "selinde.example")).toBe(false);
  });

  it("takes the name before 'in <town> (website)' when the website shortens its first word", () => {
    const cands = findCompanyCandidates({
      own: "En kort introduktion: Tandläkarmottagningen Björken i Umeå\n(www.tandlakarbjorken.example) vill säkerhetskopiera sin Microsoft 365.",
      subject: "Tips: tandläkarmottagningen Björken (Umeå)",
      domain: "tandlakarbjorken.example",
      excluded: [],
      excludedDomains: [],
    });
    expect(cands[0]?.name).toBe("Tandläkarmottagningen Björken");
  });
});
