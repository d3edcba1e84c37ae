// The prospect's place as Turkish writes it, with a locative ending after an apostrophe
// ("İzmir'de 4 şube"), and as Greek writes it, after "in" with its article ("στην Πάτρα") or after
// a lead "from" ("lead από …"). Invented sentences.
import { describe, expect, it } from "vitest";
import { findGeography } from "../../services/parser/extract/prose-fields.ts";

describe("a place with a locative ending (tr placeSuffix)", () => {
  it.each([
    ["Kayıt rica ederim: Dalga Tekstil A.Ş., Konya'da 4 mağazası var.", "Dalga Tekstil A.Ş.", "Konya"],
    ["Eskişehir'de 2 depo ve 12 araç ile çalışıyorlar.", null, "Eskişehir"],
    ["Antalya'daki Defne Turizm Ltd. Şti. için kayıt açalım.", "Defne Turizm Ltd. Şti.", "Antalya"],
    ["Sivas'ta 3 şubesi olan bir fırın zinciri.", null, "Sivas"],
  ])("%s", (text, company, place) => {
    expect(findGeography(text, company)).toBe(place);
  });

  it("a month, a product the prospect works in, or a place without a count or a noun is none", () => {
    expect(findGeography("Toplantı Nisan'da 3 kişiyle yapılacak.", null)).toBeNull();
    expect(findGeography("Defne Turizm Ltd. Şti. şu an Tablo'da çalışıyor.", "Defne Turizm Ltd. Şti.")).toBeNull();
    expect(findGeography("Geçen hafta Bursa'da bir fuarda tanıştık.", null)).toBeNull();
  });
});

describe("Greek places after 'in' and a lead 'from' (el placeBefore, sizePlaceBefore, leadFrom)", () => {
  it.each([
    ["Η Ορίζων Α.Ε. έχει 6 καταστήματα στην Πάτρα.", "Ορίζων Α.Ε.", "Πάτρα"],
    ["Θέλουμε να καταχωρίσουμε το εργαστήριο Λευκός Λίθος στη Λάρισα.", "Λευκός Λίθος", "Λάρισα"],
    ["Έχουν 3 αποθήκες στο Βόλο και θέλουν κάτι νέο.", null, "Βόλο"],
    ["Ένα lead από Ρόδο: ξενοδοχείο 80 δωματίων.", null, "Ρόδο"],
  ])("%s", (text, company, place) => {
    expect(findGeography(text, company)).toBe(place);
  });
});
