// "A lead from <place>" as Italian, Portuguese, Indonesian/Malay and Taglish write it (lang
// leadFrom): the partner says where the lead is. The place may open the prospect's name ("a lead
// from Bali: Bali Surf Camp"); it is the name's only if it makes up the whole name. Invented sentences.
import { describe, expect, it } from "vitest";
import { findGeography } from "../../services/parser/extract/prose-fields.ts";

describe("lead from a place (it, pt, id, tl leadFrom)", () => {
  it.each([
    ["Ciao, nuovo nominativo da Bari: Ottica Lumen S.r.l., due negozi.", "Ottica Lumen S.r.l.", "Bari"],
    ["Bom dia, lead novo do Douro: Adega Nova do Douro, Lda.", "Adega Nova do Douro, Lda.", "Douro"],
    ["Nuovo nominativo da Bari: Ottica Lumen S.r.l.", "Ottica Lumen S.r.l.", "Bari"],
    ["Halo, lead baru dari Lombok: - CV Lombok Surf Camp", "CV Lombok Surf Camp", "Lombok"],
    ["Kami punya calon pelanggan di Medan yang ingin mencoba sistemnya.", null, "Medan"],
    ["Hi team, may lead kami from Iloilo: Molo Bay Suites Inc.", "Molo Bay Suites Inc.", "Iloilo"],
  ])("%s", (text, company, place) => {
    expect(findGeography(text, company)).toBe(place);
  });

  it("reads no place where the words name something else", () => {
    // the prospect's whole name after "lead from": the lead's firm, no place
    expect(findGeography("Passing on a lead from Kestrel Optics: they want a demo.", "Kestrel Optics")).toBeNull();
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

describe("a client in or from a place, in Arabic (ar leadFrom, a script without capitals)", () => {
  it.each([
    ["السلام عليكم،\nعميل جديد من جدة: مخبز النخيل الذهبي", "جدة"],
    ["لدينا عميل محتمل في الدمام نود تسجيله", "الدمام"],
    ["هذا عميل محتمل لدينا في مسقط، وهو متجر عطور صغير", "مسقط"],
  ])("%s", (text, place) => {
    expect(findGeography(text, null)).toBe(place);
  });

  it("not a client at a stage or in a sector", () => {
    expect(findGeography("العميل المحتمل في مرحلة التجربة الآن", null)).toBeNull();
    expect(findGeography("هو عميل محتمل في قطاع الضيافة", null)).toBeNull();
  });
});
