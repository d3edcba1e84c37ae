// Job titles as people write them next to a name: after the address, as a label before the
// name, after "is"/"est"/"who is", in acronyms and compounds of many languages. Each entry of
// lang/roles.ts added this round is tested here in a sentence of its own.
import { describe, expect, it } from "vitest";
import { findPersonMentions, looksLikeRole, roleNear } from "../../services/parser/extract/people.ts";

function roleOf(text: string, name: string): string | null {
  const m = findPersonMentions(text).find((p) => p.name === name);
  if (!m) throw new Error(`${name} not found in: ${text}`);
  return roleNear(text, m);
}

describe("new title words and endings", () => {
  it.each([
    ["Associate General Counsel", "en"],
    ["Payroll Executive", "en"],
    ["RRH adjointe", "fr"],
    ["DSI du groupe", "fr"],
    ["DG", "fr"],
    ["presidente del consiglio", "it"],
    ["presidenta de la cooperativa", "es"],
    ["VD", "sv"],
    ["medejer", "da"],
    ["delägare", "sv"],
    ["gerent de l'associació", "ca"],
    ["projektijuht", "et"],
    ["juhataja", "et"],
    ["AVP - Treasury", "en"],
    ["Safety Inspector", "en"],
    ["skipper of the trawler", "en"],
    ["Technischer Inspektor", "de"],
    ["secrétaire générale adjointe", "fr"],
    ["superintendente de planta", "es"],
    ["técnica de laboratorio", "es"],
    ["capo reparto logistica", "it"],
    ["pró-reitor de extensão", "pt"],
    ["Superintendente de Manutenção", "pt"],
    ["onderwijsadviseur", "nl"],
    ["veiligheidsverantwoordelijke", "nl"],
    ["IT manažer", "cs"],
    ["konateľka", "sk"],
    ["riaditeľ odboru financií", "sk"],
    ["Satış Müdürü", "tr"],
    ["Denetim Kurulu Başkan Yardımcısı", "tr"],
    ["Kurucu Ortak", "tr"],
    ["pénzügyi vezető", "hu"],
    ["gazdasági igazgató", "hu"],
    ["Kepala Bagian Keuangan", "id"],
    ["Direktur Keuangan", "id"],
    ["valdes locekle", "lv"],
    ["Giám đốc tài chính", "vi"],
  ])("%s (%s) is a title", (title) => {
    expect(looksLikeRole(title)).toBe(true);
  });

  it("an ending is a title only at the end of a word", () => {
    expect(looksLikeRole("Vejle")).toBe(false);
    expect(looksLikeRole("Vezetőképesség")).toBe(false);
    expect(looksLikeRole("Juhtum")).toBe(false);
  });
});

describe("where the title is written", () => {
  it.each([
    // after the address in a comma list
    ["Kontakt: Lotte Brandt, lotte.brandt@example.de, Leiterin Vertrieb.", "Lotte Brandt", "Leiterin Vertrieb"],
    ["contacto Rubén Ortega, r.ortega@example.es, jefe de almacén.", "Rubén Ortega", "jefe de almacén"],
    // a title of several words used as the label of the name
    ["Finance Director: Priya Raman, priya@example.co.uk", "Priya Raman", "Finance Director"],
    ["Kunden er Fjord Bygg AS. Daglig leder Kari Nordmann ringte i går.", "Kari Nordmann", "Daglig leder"],
    ["Registering a clinic. Owner is Dr Hamish Boyd, who signs.", "Hamish Boyd", "Owner"],
    // "and" inside a title
    [
      "Their Sales & Marketing Manager, Wen Li Tan (wen@example.sg), asked for it.",
      "Wen Li Tan",
      "Sales & Marketing Manager",
    ],
    // after a comma, "she is" / "who is"
    ["The lead is Ms. Dana Kirov, she is Compliance Officer, email below.", "Dana Kirov", "Compliance Officer"],
    ["contact Owen Price, owen@example.com, who is their Facilities Manager.", "Owen Price", "Facilities Manager"],
    // French and Spanish copula after the address in brackets
    [
      "Notre contact, M. Luc Perrin (l.perrin@example.fr), est le directeur technique.",
      "Luc Perrin",
      "directeur technique",
    ],
  ])("%s", (text, name, role) => {
    expect(roleOf(text, name)).toBe(role);
  });

  it("a lower-case phrase before the name is not a title", () => {
    expect(roleOf("yesterday we spoke with the owner Tom Baker about it", "Tom Baker")).not.toBe(
      "spoke with the owner",
    );
  });
});

describe("a terse note's title after the name or its address, without a comma", () => {
  it.each([
    ["pls reg - Ana Ruiz purchasing mgr, call thurs", "Ana Ruiz", "purchasing mgr"],
    ["contact Li Wei li.wei@example.sg GM. demo fri", "Li Wei", "GM"],
    ["Marta Sousa hr lead marta@example.pt", "Marta Sousa", "hr lead"],
  ])("%s -> %s: %s", (text, name, want) => expect(roleOf(text, name)).toBe(want));

  it.each([
    ["Ana Ruiz will lead.", "Ana Ruiz"],
    ["We met Ana Ruiz yesterday.", "Ana Ruiz"],
    ["Please ring Ana Ruiz tomorrow.", "Ana Ruiz"],
  ])("no title in: %s", (text, name) => expect(roleOf(text, name)).toBeNull());
});
