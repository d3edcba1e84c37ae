// The prospect's place written alone on a line: in the partner's note right below the line with the
// prospect's address or website, and in the prospect's own forwarded signature right below its
// name. Invented text.
import { describe, expect, it } from "vitest";
import { findGeography, placeBelowName } from "../../services/parser/extract/prose-fields.ts";

describe("a lone place in the partner's note on the prospect", () => {
  const note = (place: string) =>
    `Please register:\n\nMolino Alto Ltda — molinoalto.example.br\nContato: Rita Campos (sócia)\nrita@molinoalto.example.br | (48) 99555-0101\n${place}\n\nThey bottle 30,000 litres a month.`;

  it.each(["Paraná", "Rio Grande do Sul", "Lower Saxony / Bremen"])("%s", (place) => {
    expect(
      findGeography(note(place), "Molino Alto Ltda", ["Rita Campos"], "molinoalto.example.br", ["Paulo Reis"]),
    ).toBe(place);
  });

  it("not the partner's name, a sign-off's next line, or a line below no address", () => {
    const signed = "Molino Alto Ltda — molinoalto.example.br\nrita@molinoalto.example.br\nPaulo\n";
    expect(
      findGeography(signed, "Molino Alto Ltda", ["Rita Campos"], "molinoalto.example.br", ["Paulo Reis"]),
    ).toBeNull();
    const signOff = "Molino Alto Ltda, rita@molinoalto.example.br\nCheers\nHolloway\n";
    expect(findGeography(signOff, "Molino Alto Ltda", [], "molinoalto.example.br", [])).toBeNull();
    const noAddress = "Molino Alto Ltda wants a demo.\nThey bottle beer.\nParaná\n";
    expect(findGeography(noAddress, "Molino Alto Ltda", [], "molinoalto.example.br", [])).toBeNull();
  });
});

describe("the prospect's place below its name in its own signature", () => {
  it.each([
    ["Herta Maier\nGeschäftsführerin\nObsthof Maier GmbH | www.obsthof-maier.example\nKärnten\n", "Kärnten"],
    ["Tom Vale\nDirector\nVale Seed Growers Ltd\nBoston, Lincolnshire\nwww.valeseed.example\n", "Boston, Lincolnshire"],
  ])("%s", (signature, place) => {
    const company = signature.split("\n")[2]!.split(" | ")[0]!;
    expect(placeBelowName(signature, company)).toBe(place);
  });

  it("not a role, a person or a line below some other one", () => {
    expect(placeBelowName("Obsthof Maier GmbH\nGeschäftsführerin\n", "Obsthof Maier GmbH")).toBeNull();
    expect(placeBelowName("Herta Maier\nKärnten\nObsthof Maier GmbH\n", "Obsthof Maier GmbH")).toBeNull();
  });
});

describe("the prospect's place beside its name, or below its web and phone lines", () => {
  it.each([
    // after the name on the same line, behind a separator or a comma
    ["Ilse Brandt\nInhaberin\nBrandt Keramik KG | Passau\nwww.brandt-keramik.example\n", "Brandt Keramik KG", "Passau"],
    ["Rui Lopes\nGerente\nAdega Serra Fria, Lda. – Viseu (Dão)\n", "Adega Serra Fria, Lda.", "Viseu (Dão)"],
    ["Олег Петренко\nдиректор\nТОВ «Лісова Пасіка», Житомир\nlisova.example\n", "ТОВ «Лісова Пасіка»", "Житомир"],
    // below a line of web and phone only
    [
      "Nomsa Dube\nOwner\nHilltop Kennels\nwww.hilltop.example | 021 555 0101\nEastern Cape\n",
      "Hilltop Kennels",
      "Eastern Cape",
    ],
    ["Ana Ruiz\nDirectora | Taller Ruiz S.L.\ntallerruiz.example | Murcia - MU\n", "Taller Ruiz S.L.", "Murcia - MU"],
  ])("%s", (signature, company, place) => {
    expect(placeBelowName(signature, company)).toBe(place);
  });

  it("not a role after the name, a line the name does not open, a place below other words, or a street address", () => {
    expect(placeBelowName("Vicar, Parish of St Ives, Haldon\n", "Parish of St Ives")).toBeNull();
    expect(placeBelowName("Brandt Keramik KG | Head of Sales\n", "Brandt Keramik KG")).toBeNull();
    expect(
      placeBelowName(
        "Hilltop Kennels\nwww.hilltop.example\nBoarding and grooming since 1998\nEastern Cape\n",
        "Hilltop Kennels",
      ),
    ).toBeNull();
    // a street address: its town is not always the region meant
    expect(placeBelowName("Jens Ohm\nOhm Glas AG\nSeegasse 14, 6300 Zug\n", "Ohm Glas AG")).toBeNull();
  });
});
