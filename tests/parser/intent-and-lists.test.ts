// Consent answers and competitor lists in the label tables' languages.
import { describe, expect, it } from "vitest";
import { detectConsent } from "../../services/parser/normalise/consent.ts";
import { parseCompetitorList } from "../../services/parser/normalise/competitors.ts";

describe("labelled consent answers", () => {
  it.each([
    ["Oui, elle attend votre appel", true],
    ["Sí", true],
    ["Sim, pode ligar", true],
    ["Tak", true],
    ["Nog niet", false],
    ["Pas encore", false],
    ["Nej", false],
    ["Não", false],
  ])("%s", (v, want) => expect(detectConsent(v as string)).toBe(want));
});

describe("competitor lists", () => {
  it("split on 'and' in other languages and read 'none' words", () => {
    expect(parseCompetitorList("Quarry Ledger y Tollgate")).toEqual(["Quarry Ledger", "Tollgate"]);
    expect(parseCompetitorList("Quarry Ledger och Tollgate")).toEqual(["Quarry Ledger", "Tollgate"]);
    expect(parseCompetitorList("nessuno al momento")).toEqual([]);
    expect(parseCompetitorList("brak")).toEqual([]);
    expect(parseCompetitorList("aucun")).toEqual([]);
  });

  it("drop a comment written after the name", () => {
    expect(parseCompetitorList("Tollgate Fleet used today for half the vans")).toEqual(["Tollgate Fleet"]);
  });
});
