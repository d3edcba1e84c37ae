// Region labels: the ones a line goes on into after a sentence's end (`regionLabelInSentence`,
// `regionIsPhrase` in lang/*.ts, read by extract/region-in-sentence.ts) and the label words added to
// the Danish/Norwegian, Hungarian, French and Chinese label tables; the Indonesian/Malay "di" and
// Romanian "din"/"în" before a place (`placeBefore`). Every line is made up for this test, each
// with a look-alike that must name no place.
import { describe, expect, it } from "vitest";
import { CUE_TABLES } from "../../../services/parser/lang/cues.ts";
import { regionInSentence } from "../../../services/parser/extract/region-in-sentence.ts";
import { findLabelled } from "../../../services/parser/extract/labels.ts";
import { findGeography } from "../../../services/parser/extract/prose-fields.ts";

const cap = (w: string) => `${w.charAt(0).toUpperCase()}${w.slice(1)}`;

describe("a region label inside a line", () => {
  const entries = Object.entries(CUE_TABLES).flatMap(([lang, t]) =>
    (t.regionLabelInSentence ?? []).map((w) => [lang, w] as const),
  );
  it("the tables hold entries", () => expect(entries.length).toBeGreaterThan(10));
  it.each(entries)("%s %s: after a sentence's end, up to the next", (_lang, w) => {
    expect(regionInSentence(`Budget near 12k a year. ${cap(w)}: Valdoria. Thanks`)).toBe("Valdoria");
    expect(regionInSentence(`预算约八万元。${w}：Valdoria。\n`)).toBe("Valdoria");
  });
  it.each(entries)("%s %s: no place at a line's start, before a figure or in a sentence", (_lang, w) => {
    // a line's label is labels.ts's
    expect(regionInSentence(`${cap(w)}: Valdoria.\n`)).toBeNull();
    expect(regionInSentence(`Noted. ${cap(w)}: 4 sites.\n`)).toBeNull();
    expect(regionInSentence(`We spoke about the ${w} yesterday. Nothing more.`)).toBeNull();
  });
  it("Chinese: two characters are a place", () => {
    expect(regionInSentence("预估金额约六十万元。地区：华南。\n林")).toBe("华南");
  });
  it("two Latin letters before a full stop are an abbreviation", () => {
    expect(regionInSentence("Noted. Region: St. Marten Vale.")).toBeNull();
  });
  it("a placeholder names no place", () => {
    expect(regionInSentence("Noted. Region: tbd.")).toBeNull();
  });
});

describe("a region stated as a sentence", () => {
  const phrases = Object.values(CUE_TABLES).flatMap((t) => t.regionIsPhrase ?? []);
  it.each(phrases)("%s", (p) => {
    expect(regionInSentence(`Please log it. ${cap(p)} Northern Valdoria.\n`)).toBe("Northern Valdoria");
    expect(regionInSentence(`${cap(p)} Northern Valdoria.`)).toBe("Northern Valdoria");
    // a lower-case word goes on: no place named
    expect(regionInSentence(`Please log it. ${cap(p)} not settled yet.`)).toBeNull();
    // inside a sentence
    expect(regionInSentence(`I think their ${p} Northern Valdoria.`)).toBeNull();
  });
});

describe("region label words added", () => {
  it.each([
    ["By: Vestervig", "Vestervig"],
    ["Terület: Tolna megye", "Tolna megye"],
    ["Lieu : Arlon", "Arlon"],
    ["所在地区: 江西省", "江西省"],
    ["所在地區: 台東縣", "台東縣"],
    ["所在区域: 华北", "华北"],
    ["所在區域: 華北", "華北"],
  ])("%s", (line, value) => expect(findLabelled(line)[0]).toMatchObject({ field: "region", value }));
  it.each([
    // the words inside a sentence are no labels
    ["By the way, the pilot slipped a week."],
    ["Le lieu de la réunion reste à fixer."],
    ["A terület nagy része erdő."],
  ])("%s", (line) => expect(findLabelled(line).filter((l) => l.field === "region")).toEqual([]));
});

describe("Indonesian, Malay and Romanian 'in' before the prospect's place", () => {
  it.each([
    ["Ada calon klien: Toko Roti Manis, toko kue kecil di Malang.", "Toko Roti Manis", "Malang"],
    ["Mereka ada enam cawangan di Perak dan Kedah.", "Kedai Makan Seri", "Perak dan Kedah"],
    ["Vă prezint Brutăria Spicul SRL, o brutărie din Arad.", "Brutăria Spicul SRL", "Arad"],
    ["Clientul are un service auto în Iași și vrea o demonstrație.", "Auto Nordic SRL", "Iași"],
  ])("%s", (text, company, place) => expect(findGeography(text, company)).toBe(place));
  it.each([
    // after a capitalised word "di" is inside a name (Indonesian) or before an owner (Italian)
    ["Kami kenalkan Sekolah Musik di Bogor kepada tim.", null],
    ["Vi segnalo la Bottega Nova di Carla Neri per una demo.", null],
    // the cues are lower case: a sentence's first word is none ("Din păcate": unfortunately)
    ["Din Păcate nu au răspuns încă.", null],
  ])("%s", (text, company) => expect(findGeography(text, company)).toBeNull());
});
