// Rivals and the prospect's current system in more phrasings and languages, the labels for what runs
// today, wish verbs as problem cues and the partner's service work in more languages: one invented
// sentence per entry, with the near misses each entry must leave alone. No corpus mail's words.
import { describe, expect, it } from "vitest";
import { labelField } from "../../services/parser/extract/labels.ts";
import { findProblem } from "../../services/parser/extract/prose-fields.ts";
import { findServicesNeeded } from "../../services/parser/extract/services-needed.ts";
import {
  addDistinct,
  findCompetitorsInProse,
  incumbentNames,
  parseCompetitorList,
} from "../../services/parser/normalise/competitors.ts";

describe("competitors: the current system and rivals weighed", () => {
  it.each([
    // de
    ["Sie schauen sich gerade Tarvello und Mossgate an.", ["Tarvello", "Mossgate"]],
    ["Derzeit läuft noch Quillora in der Zentrale.", ["Quillora"]],
    // it
    ["Stiamo valutando anche Tarvello per il magazzino.", ["Tarvello"]],
    ["Oggi usano Quillora e non sono contenti.", ["Quillora"]],
    ["Il gestionale attuale (Quillora) non regge più.", ["Quillora"]],
    // es
    ["También están valorando Mossgate para las sedes.", ["Mossgate"]],
    ["Ya tenemos una cotización de Tarvello por el proyecto.", ["Tarvello"]],
    ["Su sistema actual (Quillora) no emite facturas.", ["Quillora"]],
    ["Trabajan con un sistema local (Quillora Norte) desde hace años.", ["Quillora Norte"]],
    // pt
    ["O software atual (Quillora) não emite notas.", ["Quillora"]],
    // fr
    ["Elle travaille actuellement sous Quillora pour la paie.", ["Quillora"]],
    ["Notre logiciel actuel (Quillora) est trop lent.", ["Quillora"]],
    ["Aucun lien avec le DMS actuel (Quillora) pour l'atelier.", ["Quillora"]],
    // nl
    ["Ze kregen al demo's van Tarvello en Mossgate.", ["Tarvello", "Mossgate"]],
    // nordic
    ["Vi har sett litt på Tarvello i vinter.", ["Tarvello"]],
    ["De har også set på Mossgate.", ["Mossgate"]],
    // pl
    ["Obecnie używamy Quillora w recepcji.", ["Quillora"]],
    ["Korzysta obecnie z Quillora.", ["Quillora"]],
    // ro
    ["Compară oferta noastră cu Tarvello și Mossgate.", ["Tarvello", "Mossgate"]],
    ["Folosesc în prezent Quillora pentru facturare.", ["Quillora"]],
    // en
    ["The other vendor they're talking to is Tarvello.", ["Tarvello"]],
    ["They have also sat through a Mossgate demo.", ["Mossgate"]],
    ["They saw a presentation of Tarvello last month.", ["Tarvello"]],
    ["The owner is keen to get off Quillora before renewal.", ["Quillora"]],
    ["They're on an old Quillora box in the back office.", ["Quillora"]],
    ["They are comparing it with a quote for Tarvello.", ["Tarvello"]],
    ["Wir schauen uns gerade Tarvello und Mossgate an.", ["Tarvello", "Mossgate"]],
    ["Rozmawiają też z Tarvello w sprawie licencji.", ["Tarvello"]],
    ["De kör idag Quillora men offerter görs i Excel.", ["Quillora"]],
    // a rival's offer, after its name
    ["Tarvello is proposing them a full replacement.", ["Tarvello"]],
    ["Tarvello hat uns ein Upgrade angeboten.", ["Tarvello"]],
    ["Mossgate hat bereits eine Offerte für die Erneuerung eingereicht.", ["Mossgate"]],
    ["A Tarvello também está a apresentar proposta.", ["Tarvello"]],
    ["Mossgate apresentou uma proposta em março.", ["Mossgate"]],
  ])("%s -> %j", (text, want) => expect(findCompetitorsInProse(text)).toEqual(want));

  it.each([
    // a mailbox or a service used is no rival without "now"
    "Klient nie ma domeny, korzysta z Pocztexa.",
    // a note in the bracket after the current system is no name
    "Leur logiciel actuel (installé en 2009) sera repris par nos soins.",
    // a German noun after "weg von" is no rival: no cue for it
    "Er will weg von Zettelwirtschaft und Papier.",
    "Der Bus fährt heute ab Hauptbahnhof.",
    "the shuttle gets off Main Street at noon",
    // what a board proposes, or a meeting offered, is no rival's offer
    "The Board is proposing a new budget for the wing.",
    "Peter hat uns einen Termin angeboten.",
  ])("none in %s", (text) => expect(findCompetitorsInProse(text)).toEqual([]));
});

describe("labels for what the prospect runs today", () => {
  it.each(["Aktuell", "Derzeit", "Heute"])("%s", (label) => expect(labelField(label)).toBe("incumbent"));
  it.each(["Rakip", "Rakipler"])("%s", (label) => expect(labelField(label)).toBe("competitors"));
  it.each(["Thema", "Aanleiding"])("%s names the need", (label) => expect(labelField(label)).toBe("need"));
  it("keeps no phrase with a lower-case word under such a label", () =>
    expect(incumbentNames("Quillora in den Filialen, Lager auf Excel")).toEqual(["Quillora"]));
  it("reads no words before a list's 'o' (or) as a name", () =>
    expect(parseCompetitorList("sistema atual é o Quillora")).toEqual(["Quillora"]));
});

describe("a rival's compound is the rival", () => {
  it("keeps the bare name over its upgrade", () =>
    expect(addDistinct(["Quillora"], "Quillora-Update")).toEqual(["Quillora"]));
  it("replaces a compound found first", () =>
    expect(addDistinct(["Quillora-Anlage"], "Quillora")).toEqual(["Quillora"]));
  it("keeps two names that only share a start", () =>
    expect(addDistinct(["Quill"], "Quillora")).toEqual(["Quill", "Quillora"]));
});

describe("problem: wishes and needs in more languages", () => {
  it.each([
    ["Die Kanzlei will die Akten endlich digital ablegen.", "de: will die"],
    ["Tenemos que traducir el catálogo antes de julio.", "es: tenemos que"],
    ["La fundación pretende digitalizar su archivo fotográfico.", "es: pretende"],
    ["A escola pretende instalar sensores nas salas.", "pt: pretende"],
    ["Kommunen vill byta ut sina kassasystem.", "sv: vill"],
    ["Au nevoie de programări online pentru pacienți.", "ro: au nevoie"],
    ["Clinicii îi trebuie un jurnal de defecte.", "ro: trebuie"],
    ["Vor să pună arhiva de fotografii online.", "ro: vor să"],
    ["Își doresc un portal pentru chiriași.", "ro: își doresc"],
    ["Caută o soluție de arhivare pentru primărie.", "ro: caută"],
    ["Evidența abonamentelor se ține pe hârtie la recepție.", "ro: pe hârtie"],
    ["Urmărirea comenzilor este manuală și lentă.", "ro: manuală"],
    ["Estimating is bottlenecked on one planner.", "en: bottlenecked"],
  ])("%s (%s)", (text) => expect(findProblem([text], null, true, false)).toBe(text));

  it.each([
    // English "will" before a verb is the future
    "We will send the signed form on Monday.",
    // English "manuals" are handbooks
    "We have translated the operator manuals for six years.",
    // Danish and Norwegian "vil" is also "will"
    "Vi vil sende skjemaet i morgen.",
  ])("no need in %s", (text) => expect(findProblem([text], null, true, false)).toBeNull());
});

describe("services: the partner's own work in more languages", () => {
  it.each([
    ["Vi gör integrationen och driften efter start.", "integrationen och driften efter start"],
    ["Vår rolle: integrasjon mot regnskapet og opplæring", "integrasjon mot regnskapet og opplæring"],
    ["Vi står for implementeringen.", "implementeringen"],
    ["My zajistíme napojení na účetnictví a migrace dat.", "napojení na účetnictví a migrace dat"],
    ["Wij doen de procesanalyse en begeleiding van de invoering.", "procesanalyse en begeleiding van de invoering"],
  ])("%s", (text, want) => expect(findServicesNeeded(text, "Fjordline Partner AS")).toBe(want));

  it.each([
    // the prospect's need is no work of the partner's
    "De trenger integrasjon mot regnskapet.",
    "Kunden önskar utbildning för tio användare.",
  ])("none in %s", (text) => expect(findServicesNeeded(text, "Fjordline Partner AS")).toBeNull());
});
