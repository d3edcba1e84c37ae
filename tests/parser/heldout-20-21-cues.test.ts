// Causes learnt from held-out 20 and 21 on the cue and free-text fields, each in sentences written
// for this test (never a corpus mail's words), with the near misses each rule must leave alone.
import { describe, expect, it } from "vitest";
import { detectStage } from "../../services/parser/normalise/stage.ts";
import { findGeography, findProblem } from "../../services/parser/extract/prose-fields.ts";
import { findCompetitorsInProse, parseCompetitorList } from "../../services/parser/normalise/competitors.ts";
import { findLabelled } from "../../services/parser/extract/labels.ts";
import { pastedRowsAsLabels } from "../../services/parser/text/tables.ts";
import { detectConsent } from "../../services/parser/normalise/consent.ts";

describe("stage: a meeting already held makes its next step current", () => {
  it.each([
    ["We held a first call with the owner last week; next step is a 14-day trial.", "evaluation"],
    ["Demo was done on Monday. Next steps: a pilot at one site.", "evaluation"],
    ["Workshop completed in June, next step they want a quote.", "evaluation"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it("without a meeting held, a next step is still only a plan", () => {
    expect(detectStage("Next step would be a trial, once we have met them.")).not.toBe("evaluation");
    expect(detectStage("The next step is a pilot, once the budget is there.")).not.toBe("evaluation");
  });
});

describe("stage: offers written or out, meetings pencilled or set up, in more phrasings", () => {
  it.each([
    ["We sent them the quote on Friday.", "evaluation"],
    ["Our proposal has already been submitted to the board.", "evaluation"],
    ["The director wants to see an offer before the summer.", "evaluation"],
    ["We are preparing the proposal with your presales team.", "evaluation"],
    ["Please send us the quotation by Monday.", "evaluation"],
    ["Their buyer asked us offer for two sites.", "evaluation"],
    ["Call pencilled in for Wednesday 3pm.", "discovery_scheduled"],
    ["I set up a meeting with the three of us for Thursday.", "discovery_scheduled"],
    ["Workshop: 14 May, at their office", "discovery_scheduled"],
    // es, pt, fr
    ["Quieren empezar una prueba en junio.", "evaluation"],
    ["Etapa: prueba de concepto hasta julio", "evaluation"],
    ["O cliente está comparando três soluções.", "evaluation"],
    ["A proposta tem que sair esta semana.", "evaluation"],
    ["Un échange est prévu mardi avec la directrice.", "discovery_scheduled"],
    ["Étape : premier échange uniquement", "new_intro"],
    ["Demo: 3 de junio a las 10", "discovery_scheduled"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    // a quote received from someone else is a rival's, not this deal's offer going out
    "Thanks for the quick reply, much appreciated.",
    "Set up: their IT runs everything on-premise.",
  ])("none: %s", (text) => expect(detectStage(text)).toBeNull());
});

describe("geography: the prospect's place, structurally", () => {
  const geo = (text: string, company: string | null = null) => findGeography(text, company);
  it.each([
    // the prospect's size, then its place, outranks a place named in passing
    ["I look after some guest houses in the Highlands. This one: a 12-room inn in Inverness, family run.", "Inverness"],
    ["Tienen 40 habitaciones en Salamanca y un restaurante.", "Salamanca"],
    ["Ils exploitent 3 usines à Besançon depuis 1990.", "Besançon"],
    // a compass word is part of the place as written
    ["A haulage firm in west Kerry, about 60 trucks.", "west Kerry"],
    // a sentence hard-wrapped before its place
    [
      "Quick context on this one: they run four garden centres, all of them in\nNorth Yorkshire, and want one stock view.",
      "North Yorkshire",
    ],
    // a region label with its colon set apart, and market/location as labels
    ["Merci de l'enregistrer. Région : Bretagne. Nous ferons la formation.", "Bretagne"],
    ["Please register under us. Market: Philippines.", "Philippines"],
    // a time's "am" is no preposition; a month may end a place's name
    ["Call at 9am PT tomorrow; the client runs a 20-room lodge in Chiang Rai.", "Chiang Rai"],
    ["A 15-villa resort in Chiang Mai, owner-run.", "Chiang Mai"],
    // a word joiner needs its own spaces: "Hostaly PMS" is not "Hostal y PMS"
    ["They run 5 hotels in Murcia on Quantix PMS.", "Murcia"],
  ])("%s -> %s", (text, want) => expect(geo(text)).toBe(want));

  it("a legal form after the name is no place; the place after a preposition is", () => {
    expect(geo("Registering Bluebonnet Lodges, LP (bluebonnet.com) today.", "Bluebonnet Lodges")).toBeNull();
    expect(geo("We met Paulsen Metall GmbH aus Kassel last week.", "Paulsen Metall GmbH")).toBe("Kassel");
  });

  it.each([
    "Budget: 15 TEUR im Jahr, Stand: Erstkontakt.",
    "Demo at 10am CET with the team.",
    "Row one\tgoes in\nNext\tTable row",
  ])("none: %s", (text) => expect(geo(text)).toBeNull());
});

describe("competitors: the vendor in a list of options, bids received, none identified", () => {
  it.each([
    ["They put three suites on their shortlist: the vendor, Basware and Tungsten.", ["Basware", "Tungsten"]],
    ["Im Vergleich stehen derzeit Medius, Esker und the vendor.", ["Medius", "Esker"]],
    ["Eles estão comparando a the vendor com Omie e Bling.", ["Omie", "Bling"]],
    ["The RFP drew responses from Kofax, Rossum and Hypatos.", ["Kofax", "Rossum", "Hypatos"]],
    ["The other option he's looking at is Yokoy.", ["Yokoy"]],
    ["Ya tienen cotización de Holded por ahora.", ["Holded"]],
  ])("%s", (text, want) => expect(findCompetitorsInProse(text, ["the vendor"])).toEqual(want));

  it("a list with the vendor but no weighing of options names no rival", () => {
    expect(
      findCompetitorsInProse("A joint opportunity for the vendor and Hostpoint, co-sell.", ["the vendor"]),
    ).toEqual([]);
  });

  it.each(["aucun identifié", "none identified", "ninguno identificado"])("none: %s", (v) =>
    expect(parseCompetitorList(v)).toEqual([]),
  );
});

describe("a Markdown pipe table pasted from a tracker reads as labels", () => {
  it("header, rule and one row", () => {
    const text = [
      "| Client | Site | Owner | Competition | OK to call |",
      "|:--|---|---|---|:-:|",
      "| Brightwater Farms | brightwater.example | Ann Lee | Agicap, Pennylane | Yes |",
    ].join("\n");
    const labels = findLabelled(pastedRowsAsLabels(text).text).map((l) => [l.field, l.value]);
    expect(labels).toContainEqual(["competitors", "Agicap, Pennylane"]);
    expect(labels).toContainEqual(["consent", "Yes"]);
  });

  it("a line between pipes that is no table row stays as it is", () => {
    const text = "| note | nothing here |";
    expect(pastedRowsAsLabels(text).text).toBe(text);
  });
});

describe("consent in more phrasings", () => {
  it.each([
    ["The CFO agreed that your architect can join our workshop.", true],
    ["She expects to hear from you this week.", true],
    ["The owner is expecting your invitation for Friday.", true],
    ["She'd love to hear from you before the summer.", true],
    ["We'd love to hear from you on the MDF question.", null],
    ["He is glad to speak with your team next week.", true],
    ["I told them you would call on Monday, fine by them.", true],
    ["Kontaktfreigabe? Bitte wartet, bis ich mich melde.", false],
    ["Bitte nicht an Frau Keller herantreten, solange die Ausschreibung läuft.", false],
    ["Podem passar meus dados para o fornecedor.", true],
    ["Accord du client pour être contacté par vous : non", false],
    ["¿Autoriza que le contacten?: No", false],
    ["El gerente autorizó el contacto por correo.", true],
    ["La directrice accepte d'être appelée demain.", true],
  ])("%s -> %s", (text, want) => expect(detectConsent(text)).toBe(want));

  it("glad to talk about something else is no consent", () => {
    expect(detectConsent("We are glad to talk about pricing internally first.")).toBeNull();
  });
});

describe("problem: a sentence that only names the problem hands over to the next", () => {
  it("the next sentence says what it is", () => {
    const text =
      "We met the board last week. Their challenge is clear. Every depot books its own carriers by phone and nobody sees the total freight bill until month end.";
    expect(findProblem([text])).toMatch(/^Every depot books/);
  });

  it("a sentence that says the problem itself stays", () => {
    expect(findProblem(["The problem is that invoices are keyed in by hand twice."])).toMatch(/keyed in by hand/);
  });

  it("German plural: 'Probleme mit'", () => {
    expect(findProblem(["Der Kunde hat Probleme mit der Prüfung seiner Subunternehmer."])).toMatch(/Probleme mit/);
  });
});
