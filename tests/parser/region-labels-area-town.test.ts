// Place labels of two more languages: Malay "Kawasan" (the area) and the South Slavic "Grad" (the
// town). Every entry is tested in a form written for this test: invented firms and people.
import { describe, expect, it } from "vitest";
import { findLabelled, firstByField } from "../../services/parser/extract/labels.ts";

const region = (form: string) => firstByField(findLabelled(form)).get("region")?.value ?? null;

describe("area and town labels", () => {
  it.each([
    ["Syarikat: Contoh Dagang Sdn. Bhd.\nKawasan: Kuantan, Pahang\nTelefon: 09-000 0000", "Kuantan, Pahang"],
    ["Tvrtka: Primjer d.o.o.\nGrad: Zadar\nTelefon: 023 000 000", "Zadar"],
  ])("%s -> %s", (form, want) => expect(region(form)).toBe(want));
});
