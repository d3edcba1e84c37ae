// "A lead from <place>" as Italian, Portuguese, Indonesian/Malay and Taglish write it (lang
// leadFrom): the partner says where the lead is. The place may open the prospect's name ("a lead
// from Bali: Bali Surf Camp"); it is the name's only where it is the whole name. Invented sentences.
import { describe, expect, it } from "vitest";
import { findGeography } from "../../services/parser/extract/prose-fields.ts";

describe("a lead from a place (it, pt, id, tl leadFrom)", () => {
  it.each([
    ["Ciao, nuovo nominativo da Bari: Ottica Lumen S.r.l., due negozi.", "Ottica Lumen S.r.l.", "Bari"],
    ["Olá! Lead novo do Minho: Quinta Verde do Minho, Lda.", "Quinta Verde do Minho, Lda.", "Minho"],
    ["Nuovo nominativo da Bari: Ottica Lumen S.r.l.", "Ottica Lumen S.r.l.", "Bari"],
    ["Halo, lead baru dari Lombok: - CV Lombok Surf Camp", "CV Lombok Surf Camp", "Lombok"],
    ["Ada calon pelanggan di Semarang yang mau coba aplikasinya.", null, "Semarang"],
    ["May bagong lead po kami from Bohol: Panglao Reef Lodge Inc.", "Panglao Reef Lodge Inc.", "Bohol"],
  ])("%s", (text, company, place) => {
    expect(findGeography(text, company)).toBe(place);
  });

  it("reads no place where the words name something else", () => {
    // the prospect's whole name after "lead from": the lead's firm, no place
    expect(findGeography("A new lead from Harbour Optics: they want a demo.", "Harbour Optics")).toBeNull();
    // "da" after a person's own noun ("un consiglio da Marco"), no lead noun before it
    expect(findGeography("Ho avuto un consiglio da Marco ieri.", null)).toBeNull();
    // a lower-case word after the lead noun is no place ("lead da fiera", "lead dari pameran")
    expect(findGeography("Un lead da fiera, niente di più.", null)).toBeNull();
    expect(findGeography("Ini lead dari pameran kemarin.", null)).toBeNull();
  });
});

describe("a lead from the partner's own firm", () => {
  it("is no place", () => {
    const text = "Queremos registar o lead da Brisa Digital: Clínica Mar Azul, em Aveiro.";
    expect(findGeography(text, "Clínica Mar Azul", [], null, ["Brisa Digital, Lda."])).toBe("Aveiro");
  });
});
