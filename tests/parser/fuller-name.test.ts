// The full name a person signs or carries on their card, for the shorter one a header or the
// prose writes (services/parser/extract/fuller-name.ts). Invented names.
import { describe, expect, it } from "vitest";
import { fullerName, signingLines } from "../../services/parser/extract/fuller-name.ts";

describe("a shortened name written in full", () => {
  it("takes the signed line that adds a second surname", () => {
    expect(fullerName("Lucía Barrientos", ["Saludos,", "Lucía Barrientos Ugarte", "Jefa de Compras"])).toBe(
      "Lucía Barrientos Ugarte",
    );
    expect(fullerName("Tomás Aranda", ["Ing. Tomás Aranda Pizarro | Gerente"])).toBe("Tomás Aranda Pizarro");
  });
  it("leaves the name when the line adds a title, a firm or the mail's domain", () => {
    expect(fullerName("Lucía Barrientos", ["Lucía Barrientos Gerente"])).toBeNull();
    expect(fullerName("Lucía Barrientos", ["Lucía Barrientos Consulting"])).toBeNull();
    expect(fullerName("Lucía Barrientos", ["Lucía Barrientos Ferrovial"], "lb@ferrovialsur.example")).toBeNull();
  });
  it("leaves another person or another order alone", () => {
    expect(fullerName("Lucía Barrientos", ["Marta Barrientos Ugarte"])).toBeNull();
    expect(fullerName("Lucía Barrientos", ["Barrientos Ugarte Lucía"])).toBeNull();
    expect(fullerName("Lucía Barrientos", ["Lucía Barrientos"])).toBeNull();
  });
  it("reads the signature, else the body's last lines", () => {
    expect(signingLines("Hola\n\nLucía", "Lucía Barrientos Ugarte\nJefa")).toEqual(["Lucía Barrientos Ugarte", "Jefa"]);
    expect(signingLines("Hola\n\nLucía", "")).toEqual(["Hola", "Lucía"]);
  });
});
