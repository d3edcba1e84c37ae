// The prospect's problem and place read from the structure of the text: whose wish a sentence
// states, which sentence describes the prospect when no cue names a problem, and where a place
// stands after the prospect's name. Every example is invented (other vendors, prospects, places).
import { describe, expect, it } from "vitest";
import { findGeography, findProblem } from "../../services/parser/extract/prose-fields.ts";

describe("findProblem: the writer's own wish is no need of the prospect", () => {
  it.each([
    ["We would like to register a new opportunity for Orbis Data.", "en: we"],
    ["I want to register this one before the quarter closes.", "en: I + verb"],
    ["I'd like to put this lead on record.", "en: I'd"],
    ["Wir möchten folgenden Interessenten anmelden.", "de: wir"],
    ["Ich möchte eine neue Chance eintragen lassen.", "de: ich"],
    ["Je souhaite enregistrer une opportunité pour notre agence.", "fr: je"],
    ["Nous souhaitons enregistrer ce dossier.", "fr: nous"],
    ["Ik wil graag een nieuwe kans registreren.", "nl: ik"],
    ["Wij willen graag deze klant aanmelden.", "nl: wij"],
    ["Jeg vil gerne registrere en ny mulighed.", "da/no: jeg"],
    ["Jag vill registrera en ny affär.", "sv: jag"],
    ["Vi vil gerne registrere en ny kunde.", "nordic: vi"],
  ])("%s (%s) -> null", (text) => expect(findProblem([text])).toBeNull());

  it("keeps the wish of someone the writer speaks of", () => {
    expect(findProblem(["I have a small lead, a bakery owner who wants customers to order online."])).toMatch(
      /order online/,
    );
    expect(findProblem(["We hear they want to replace their old scheduling tool."])).toMatch(/scheduling/);
  });

  it("keeps a broken process the writer names", () => {
    expect(findProblem(["We would like to register them: rotas are still done by hand."])).toMatch(/by hand/);
  });

  it("reads the writer's wish in the prospect's own mail as the prospect's", () => {
    expect(findProblem(["We would like one system for all depots."], null, false)).toMatch(/one system/);
  });

  it("does not take the Italian article for the English pronoun", () => {
    expect(findProblem(["I clienti chiedono il certificato per ogni lotto."])).toMatch(/certificato/);
  });
});

describe("findProblem: no cue, the sentence that describes the prospect", () => {
  it("takes the partner's sentence about them", () => {
    expect(
      findProblem(["Thanks for the call today. They are moving 40 kilns onto one control network this year."]),
    ).toMatch(/40 kilns/);
    expect(findProblem(["Ils ouvrent deux nouveaux ateliers à la rentrée et recrutent 30 techniciens."])).toMatch(
      /ateliers/,
    );
  });

  it("takes a sentence that opens with the prospect's name", () => {
    expect(
      findProblem(["Thanks. Quarrytown Ceramics runs six kilns on two sites near the river."], "Quarrytown Ceramics"),
    ).toMatch(/six kilns/);
  });

  it("takes the writer's sentence in the prospect's own mail", () => {
    expect(findProblem(["Hello. We operate nine cold stores and add two more in spring."], null, false)).toMatch(
      /cold stores/,
    );
  });

  it.each([
    ["They can be reached at info@bluefenn.example or +44 20 7946 0000."],
    ["Company: Bluefenn Textiles Ltd, bluefenn.example"],
    ["They would buy it through their cloud marketplace as a private offer."],
    ["They expect to spend around EUR 20,000 a year on it."],
    ["They agreed that you contact them next week."],
    ["Bluefenn Textiles Ltd - bluefenn.example"],
  ])("takes nothing from contact details, labels, the deal or the name alone: %s", (text) =>
    expect(findProblem([text], "Bluefenn Textiles Ltd")).toBeNull(),
  );
});

describe("findGeography: the place right after the prospect's name", () => {
  it.each([
    [
      "Registering Copperleaf Dental (copperleafdental.example), Dayton OH. 4 practices.",
      "Copperleaf Dental",
      "Dayton OH",
    ],
    [
      "Customer: Brightwater Clinics, Inc. - brightwater.example - Tucson, AZ",
      "Brightwater Clinics, Inc.",
      "Tucson, AZ",
    ],
    ["Registering Ferro Atlântico, Lda. (www.ferroatl.example), no Braga.", "Ferro Atlântico, Lda.", "Braga"],
    ["Ferrovia Logística (ferrovia.example) from Puebla, Mexico for us.", "Ferrovia Logística", "Puebla"],
    ["we have met Kaveri Looms Pvt. Ltd., Salem regarding payroll.", "Kaveri Looms Pvt Ltd", null],
    // the place in brackets after the town is kept with it, as partners write the pair
    ["Il s'agit de l'Hôtel du Quai SA à Dinant (Belgique), 30 chambres.", "Hôtel du Quai SA", "Dinant (Belgique)"],
    ["Os paso un contacto: el Hostal Río Claro, en Cuenca, 12 habitaciones.", "Hostal Río Claro", "Cuenca"],
  ])("%s -> %s", (text, company, want) => expect(findGeography(text, company)).toBe(want));

  it("reads a legal form after a name found from the domain", () => {
    expect(
      findGeography("Vi har talt med Bøgholm Tryk A/S (Viborg, Danmark) om backup.", null, [], "bogholm-tryk.dk"),
    ).toBe("Viborg, Danmark");
  });
});
