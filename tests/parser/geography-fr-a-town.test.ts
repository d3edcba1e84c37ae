// French "à" before the prospect's town after a lower-case word ("un encadreur à Namur"), and the
// look-alikes it must leave alone: a person or a product after "à". Invented sentences.
import { describe, expect, it } from "vitest";
import { findGeography } from "../../services/parser/extract/prose-fields.ts";

describe("a town after 'à' and a lower-case word (fr placeBefore)", () => {
  it.each([
    ["Je vous présente un petit encadreur à Namur, qui cherche un logiciel de devis.", null, "Namur"],
    ["Ils gèrent une vingtaine de logements à Sion et veulent tout centraliser.", null, "Sion"],
    [
      "L'atelier Verre & Plomb, vitrailliste à Trois-Rivières, aimerait une démo.",
      "Atelier Verre & Plomb",
      "Trois-Rivières",
    ],
  ])("%s", (text, company, place) => {
    expect(findGeography(text, company)).toBe(place);
  });

  it("a person or a product after 'à' is no place", () => {
    expect(findGeography("J'en ai parlé à Mathilde hier soir.", null)).toBeNull();
    expect(findGeography("Un grand merci à Hélène pour la mise en relation.", null)).toBeNull();
    expect(findGeography("Ils hésitent à passer à Lightspeed cette année.", null)).toBeNull();
  });

  it("an activity or an event before 'à' says where it happens, not where the prospect is", () => {
    expect(findGeography("Nous nous sommes croisés pendant la formation à Lyon.", null)).toBeNull();
    expect(findGeography("Rencontrés au salon à Genève, très motivés.", null)).toBeNull();
  });
});
