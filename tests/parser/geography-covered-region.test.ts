// The region a prospect covers as a whole ("across …", "all of …", "i hela …") outranks the town it
// is based in, when the sentence is about the prospect. Every `coverBefore` entry, in sentences
// written for these tests with invented names.
import { describe, expect, it } from "vitest";
import { CUE_TABLES } from "../../services/parser/lang/cues.ts";
import { findGeography } from "../../services/parser/extract/prose-fields.ts";

describe("the region a prospect covers beside its town", () => {
  it.each([
    // en: across, across the, all of, all over, all over the, throughout, throughout the
    [
      "Brambleton Foods Ltd, based in Tarrow, delivers to schools across Wendshire.",
      "Brambleton Foods Ltd",
      "Wendshire",
    ],
    ["Brambleton Foods Ltd in Tarrow runs vans across the Wendlands.", "Brambleton Foods Ltd", "Wendlands"],
    ["Brambleton Foods Ltd is based in Tarrow and they cover all of Wendshire.", "Brambleton Foods Ltd", "Wendshire"],
    ["Brambleton Foods Ltd (Tarrow) has depots all over Wendshire.", "Brambleton Foods Ltd", "Wendshire"],
    ["Brambleton Foods Ltd in Tarrow sells all over the Wendlands.", "Brambleton Foods Ltd", "Wendlands"],
    ["Brambleton Foods Ltd, Tarrow, supplies shops throughout Wendshire.", "Brambleton Foods Ltd", "Wendshire"],
    ["Brambleton Foods Ltd in Tarrow supplies shops throughout the Wendlands.", "Brambleton Foods Ltd", "Wendlands"],
    // nordic: i hela, i hele, över hela, over hele
    ["Kvarnbo Frukt AB i Tallby levererar till skolor i hela Vindland.", "Kvarnbo Frukt AB", "Vindland"],
    ["Kvarnbo Frukt AS i Tallby leverer til butikker i hele Vindland.", "Kvarnbo Frukt AS", "Vindland"],
    ["Kvarnbo Frukt AB i Tallby har kunder över hela Vindland.", "Kvarnbo Frukt AB", "Vindland"],
    ["Kvarnbo Frukt A/S i Tallby har kunder over hele Vindland.", "Kvarnbo Frukt A/S", "Vindland"],
    // de: in ganz, im ganzen
    ["Die Mühlbach Logistik GmbH aus Tannau beliefert Märkte in ganz Wendland.", "Mühlbach Logistik GmbH", "Wendland"],
    ["Die Mühlbach Logistik GmbH aus Tannau fährt im ganzen Wendland.", "Mühlbach Logistik GmbH", "Wendland"],
    // fr: dans toute la, dans tout le, dans toute l', partout en
    ["Les Vergers Dumoulin SA, basée à Tarville, livrent dans toute la Vendrie.", "Les Vergers Dumoulin SA", "Vendrie"],
    ["Les Vergers Dumoulin SA, basée à Tarville, livrent dans tout le Vendois.", "Les Vergers Dumoulin SA", "Vendois"],
    [
      "Les Vergers Dumoulin SA, basée à Tarville, livrent dans toute l'Ardoisie.",
      "Les Vergers Dumoulin SA",
      "Ardoisie",
    ],
    ["Les Vergers Dumoulin SA, basée à Tarville, livrent partout en Vendrie.", "Les Vergers Dumoulin SA", "Vendrie"],
    // es: en toda, en todo el, por toda, por todo el
    ["Frutas Olmedo SL, con sede en Tarmo, reparte en toda Vendaria.", "Frutas Olmedo SL", "Vendaria"],
    ["Frutas Olmedo SL, con sede en Tarmo, reparte en todo el Vendal.", "Frutas Olmedo SL", "Vendal"],
    ["Frutas Olmedo SL, con sede en Tarmo, vende por toda Vendaria.", "Frutas Olmedo SL", "Vendaria"],
    ["Frutas Olmedo SL, con sede en Tarmo, vende por todo el Vendal.", "Frutas Olmedo SL", "Vendal"],
  ])("%s", (text, company, want) => expect(findGeography(text, company)).toBe(want));

  it("leaves a sentence about something else to the town", () =>
    expect(
      findGeography(
        "Brambleton Foods Ltd is based in Tarrow. I drove across Wendshire to see them.",
        "Brambleton Foods Ltd",
      ),
    ).toBe("Tarrow"));

  it("every language's entries compile", () => {
    for (const [lang, t] of Object.entries(CUE_TABLES))
      for (const s of t.coverBefore ?? []) expect(() => new RegExp(s, "u"), `${lang}: ${s}`).not.toThrow();
  });
});
