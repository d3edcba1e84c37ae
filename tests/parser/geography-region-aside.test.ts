// A town with its region written in brackets after it ("Tarnau (Oberland)", "Kilrush (Munster)")
// is one place: the bracket is kept, an aside that counts or comments is not. Invented names.
import { describe, expect, it } from "vitest";
import { findGeography } from "../../services/parser/extract/prose-fields.ts";

describe("a town and its region in brackets", () => {
  it.each([
    ["Druckhaus Vellmar GesmbH, Tarnau (Oberland) - 40 staff.", "Druckhaus Vellmar GesmbH", "Tarnau (Oberland)"],
    [
      "Registering Brannock Print Ltd in Kilrush (Munster) - brannockprint.example.",
      "Brannock Print Ltd",
      "Kilrush (Munster)",
    ],
    [
      "Imprenta Olvera S.L., de Ranero (Castilla y León), 12 empleados.",
      "Imprenta Olvera S.L.",
      "Ranero (Castilla y León)",
    ],
  ])("%s -> %s", (text, company, want) => expect(findGeography(text, company)).toBe(want));

  it.each([
    ["Registering Brannock Print Ltd in Kilrush (3 sites) for resale.", "Brannock Print Ltd", "Kilrush"],
    ["Druckhaus Vellmar GesmbH, Tarnau (mostly offset work).", "Druckhaus Vellmar GesmbH", "Tarnau"],
  ])("keeps no comment: %s -> %s", (text, company, want) => expect(findGeography(text, company)).toBe(want));
});
