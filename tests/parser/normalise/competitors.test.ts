import { describe, expect, it } from "vitest";
import { findCompetitorsInProse, parseCompetitorList } from "../../../services/parser/normalise/competitors.ts";

describe("parseCompetitorList", () => {
  it.each([
    ["Dext, Tipalti", ["Dext", "Tipalti"]],
    ["Bill.com, Stampli", ["Bill.com", "Stampli"]],
    ["Esker, Basware", ["Esker", "Basware"]],
    ["Candis", ["Candis"]],
    ["Basware (incumbent, contract ends June 2026)", ["Basware"]],
    ["Pleo; Spendesk", ["Pleo", "Spendesk"]],
    ["Pleo and Spendesk", ["Pleo", "Spendesk"]],
    ["Candis und Moss", ["Candis", "Moss"]],
    ["Coupa / Basware", ["Coupa", "Basware"]],
    ["Summit & Pine, Dext", ["Summit & Pine", "Dext"]],
    ["Yokoy – incumbent", ["Yokoy"]],
    ["sevDesk", ["sevDesk"]],
    ["maybe Medius", ["Medius"]],
    ["Dext, dext", ["Dext"]],
  ])("%s -> %j", (value, names) => {
    expect(parseCompetitorList(value)).toEqual(names);
  });

  it.each([
    "–",
    "-",
    "none",
    "None known",
    "none known",
    "keine",
    "keine bekannt",
    "n/a",
    "N/A",
    "",
    "unbekannt",
    "tbd",
  ])("%s -> []", (value) => {
    expect(parseCompetitorList(value)).toEqual([]);
  });
});

describe("findCompetitorsInProse", () => {
  it.each([
    [
      "We're currently evaluating AP automation tools and already have demos with Tipalti and AvidXchange.",
      ["Tipalti", "AvidXchange"],
    ],
    ["They're running a proof of concept with Northbeam right now and comparing it against Coupa.", ["Coupa"]],
    ["Evaluation - comparing Northbeam with Coupa and Basware\nValue: USD 150,000", ["Coupa", "Basware"]],
    ["We're comparing Northbeam with Soldo at the moment.", ["Soldo"]],
    ["Herr Brandl vergleicht gerade Angebote – neben euch auch Candis und Moss.", ["Candis", "Moss"]],
    ["Sie schaut sich parallel noch sevDesk an.", ["sevDesk"]],
    ["Greg says they've also added Bill.com to their shortlist.", ["Bill.com"]],
    ["They currently use Basware for invoice capture.", ["Basware"]],
    ["They are currently using Basware for invoice capture.", ["Basware"]],
    ["Der Kunde vergleicht uns mit Candis.", ["Candis"]],
    ["Es liegen Angebote von Esker und Basware vor.", ["Esker", "Basware"]],
    ["We are also talking to Pleo and Spendesk.", ["Pleo", "Spendesk"]],
  ])("%s -> %j", (text, names) => {
    expect(findCompetitorsInProse(text, ["Northbeam"])).toEqual(names);
  });

  it("never returns excluded names", () => {
    expect(findCompetitorsInProse("comparing Northbeam and Coupa", ["Northbeam"])).toEqual(["Coupa"]);
    expect(findCompetitorsInProse("comparing Northbeam and Coupa")).toEqual(["Northbeam", "Coupa"]);
  });

  it.each([
    "I've been talking to Jana Novak, CFO at Brightwell Foods.",
    "As far as I know they aren't looking at any other vendor.",
    "Andere Anbieter sind nach unserem Kenntnisstand nicht im Spiel.",
    "comparing offers",
    "",
  ])("%s -> []", (text) => {
    expect(findCompetitorsInProse(text, ["Northbeam"])).toEqual([]);
  });
});

// Phrasings written for these tests (other vendors, other words than any corpus mail).
describe("competitors: rival offers, hedges, wrapped lists and terse notes", () => {
  it.each([
    ["The board is holding quotes for Rook Systems and Tallyfy.", ["Rook Systems", "Tallyfy"]],
    ["Last spring they had a quick look at Ordino and Parcelly.", ["Ordino", "Parcelly"]],
    ["They had Brightdesk and Quillon Cloud Archive in to pitch last week.", ["Brightdesk", "Quillon Cloud Archive"]],
    ["Main competitor is probably Vantor, they are trialling it now.", ["Vantor"]],
    ["There is also an offer from a Brightdesk reseller.", ["Brightdesk"]],
    ["They are comparing against Ordino and\nParcelly at the moment.", ["Ordino", "Parcelly"]],
    ["Ils ont reçu une offre Ordino le mois dernier.", ["Ordino"]],
    ["Un devis de Parcelly d'un autre revendeur est sur la table.", ["Parcelly"]],
    ["Estamos evaluando Ordino y Parcelly con otro socio.", ["Ordino", "Parcelly"]],
    ["Ya probaron Tallyfy pero no les gustó.", ["Tallyfy"]],
    ["Também pediram orçamento à Ordino.", ["Ordino"]],
    ["Hanno valutato anche Parcelly l'anno scorso.", ["Parcelly"]],
    ["Ze hebben een offerte van Tallyfy gekregen.", ["Tallyfy"]],
    ["Hij zei dat ze Ordino ook hebben bekeken.", ["Ordino"]],
    ["Kunden ser også på Vantor, som er norsk.", ["Vantor"]],
  ])("%s -> %j", (text, want) => expect(findCompetitorsInProse(text)).toEqual(want));

  it("reads a lower-case vendor in a terse phone note, not a common word", () => {
    expect(findCompetitorsInProse("spoke w/ jo today. 25 seats. currently on tallyfy, hates it. call next wk")).toEqual(
      ["tallyfy"],
    );
    expect(findCompetitorsInProse("spoke w/ jo today. 25 seats. also looking at options, call next wk")).toEqual([]);
  });

  it("keeps capitalised prose to capitalised names", () => {
    expect(findCompetitorsInProse("They are also looking at options for the Leeds Office.")).toEqual([]);
  });

  it("reads the singular label word", () => {
    expect(parseCompetitorList("Vantor.")).toEqual(["Vantor"]);
  });
});

describe("competitors: more phrasings per language (lang/*.ts competitorBefore)", () => {
  it.each([
    ["They picked us instead of going with Freshdesk.", ["Freshdesk"]],
    ["Otherwise they'd go with: Pleo", ["Pleo"]],
    ["Die Praxis wird aktuell bei Medatixx betreut.", ["Medatixx"]],
    ["Wir testen gerade gegen Personio und Factorial.", ["Personio", "Factorial"]],
    ["Sie nehmen uns statt Lexware.", ["Lexware"]],
    ["Le cabinet envisage aussi Pennylane.", ["Pennylane"]],
    ["La mairie veut remplacer Ciril par notre offre.", ["Ciril"]],
    ["Ils nous prendraient à la place de Sellsy.", ["Sellsy"]],
    ["Concurrents : Divalto et Axonaut.", ["Divalto", "Axonaut"]],
    ["Hoy utilizan Holded para todo.", ["Holded"]],
    ["Nos eligen en lugar de usar Quipu.", ["Quipu"]],
    ["Pidieron presupuesto de Sage y otro de Holded.", ["Sage", "Holded"]],
    ["Competencia: Factorial.", ["Factorial"]],
    ["Concorrenti: Zucchetti e TeamSystem.", ["Zucchetti", "TeamSystem"]],
    ["Ci scelgono al posto di Danea.", ["Danea"]],
    ["Vogliono sostituire Mexal entro l'anno.", ["Mexal"]],
    ["Andam a olhar para o Moloni e o InvoiceXpress.", ["Moloni", "InvoiceXpress"]],
    ["Concorrência: Jasmin.", ["Jasmin"]],
    ["Querem substituir o Sage por nós.", ["Sage"]],
    ["Escolhem-nos em vez do Primavera.", ["Primavera"]],
    ["De klant twijfelt tussen Twinfield en Moneybird.", ["Twinfield", "Moneybird"]],
    ["Concurrentie: Visma.", ["Visma"]],
    ["Ze willen Unit4 vervangen door ons.", []],
    ["Ze vervangen Unit4 volgend jaar.", ["Unit4"]],
    ["We komen in plaats van Nmbrs.", ["Nmbrs"]],
    ["Dostali ofertę od Symfonii.", ["Symfonii"]],
    ["Klient porównuje też ofertę Optima.", ["Optima"]],
    ["Konkurencja: inFakt.", ["inFakt"]],
    ["Kunden jämför oss mot Fortnox.", ["Fortnox"]],
    ["De har fått en offert från Visma.", ["Visma"]],
    ["Vi skal erstatte Tripletex.", ["Tripletex"]],
  ])("%s -> %j", (text, want) => expect(findCompetitorsInProse(text)).toEqual(want));
});

describe("competitors: names, lists and 'none' in more shapes", () => {
  it.each([
    ["They also looked at clickup.com and Notion.", ["clickup.com", "Notion"]],
    ["Klient rozważa także Symfonia i wfirma24.", ["Symfonia", "wfirma24"]],
    ["They have offers from Gusto as well as from Deel.", ["Gusto"]],
    ["Sie haben Angebote von Lexware sowie von sevDesk.", ["Lexware", "sevDesk"]],
    ["Ils ont une offre de Qonto et une autre de Shine.", ["Qonto", "Shine"]],
    ["Ils comparent notre outil à Sellsy et à Axonaut.", ["Sellsy", "Axonaut"]],
    ["Mają ofertę od Comarch i od Insert.", ["Comarch", "Insert"]],
    ["Currently on Sage 50 and looking at Xero 2 weeks ago.", ["Sage 50", "Xero"]],
    ["We trialled Tessuno's booking page.", ["Tessuno"]],
  ])("%s -> %j", (text, want) => expect(findCompetitorsInProse(text)).toEqual(want));

  it.each([
    ["They use Mailchimp and Trello, no competition as far as we know.", []],
    ["Keine Konkurrenz, sie nutzen derzeit Outlook-Kalender.", []],
    ["Pas de concurrence pour l'instant.", []],
    ["Sin competencia: nadie más en la mesa.", []],
    ["Geen concurrentie bekend.", []],
    ["Ingen konkurrenter i bilden.", []],
  ])("%s -> none", (text, want) => expect(findCompetitorsInProse(text)).toEqual(want));

  it.each([
    ["keiner bekannt", []],
    ["ninguno de momento", []],
    ["Pipedrive, e forse Zoho", ["Pipedrive", "Zoho"]],
    ["Freshdesk, und vielleicht Zendesk", ["Freshdesk", "Zendesk"]],
  ])("labelled %s -> %j", (text, want) => expect(parseCompetitorList(text)).toEqual(want));
});

describe("a labelled competitor value that says there is none, in more languages", () => {
  it.each(["nincs", "yok", "niciunul", "немає", "なし", "特になし（自社開発のみ）", "없음", "無", "无"])(
    "%s",
    (value) => {
      expect(parseCompetitorList(value)).toEqual([]);
    },
  );
  it("takes no 'also' word for a lower-case name", () => {
    expect(parseCompetitorList("están evaluando también otra herramienta local")).toEqual([]);
    expect(parseCompetitorList("they are looking at also some local tool")).toEqual([]);
  });
});

describe("competitors: the prospect's current tool, which the vendor would replace", () => {
  it.each([
    ["The studio is currently on Brindle Books and wants out.", ["Brindle Books"]],
    ["She's on Quarrel Pay at the moment, unhappy with support.", ["Quarrel Pay"]],
    ["They have today Wexbridge and it keeps failing.", ["Wexbridge"]],
    ["Still using Tarnhelm now but the licence ends in May.", ["Tarnhelm"]],
    ["At the moment they use Pellucid trial, not convinced.", ["Pellucid"]],
    ["Orders are handled today with Vornado + paper.", ["Vornado"]],
    ["Hoy usamos Brezal solo en compras.", ["Brezal"]],
  ])("%s -> %j", (text, want) => expect(findCompetitorsInProse(text)).toEqual(want));

  // the system a prospect keeps and the vendor's product plugs into is no rival
  it.each([
    "They're on Morrow ERP and that stays; we build the link.",
    "We're on Kestrel 300 so the integration matters.",
    "They use a lot of paper forms today.",
  ])("%s -> []", (text) => expect(findCompetitorsInProse(text)).toEqual([]));
});

describe("competitors: the prospect comparing with a rival, in Spanish, Portuguese and Italian", () => {
  it.each([
    ["Están comparando también con Brezal para el almacén.", ["Brezal"]],
    ["Lo comparan con Tarandil y Olmeda.", ["Tarandil", "Olmeda"]],
    ["Estão comparando com o Quarteira antes de decidir.", ["Quarteira"]],
    ["Stanno confrontando anche Pavello per la logistica.", ["Pavello"]],
  ])("%s -> %j", (text, want) => expect(findCompetitorsInProse(text)).toEqual(want));

  it("comparing prices with a team names no rival", () =>
    expect(findCompetitorsInProse("Están comparando precios con el equipo.")).toEqual([]));
});

describe("competitors: a rival weighed in Russian, Ukrainian and Bulgarian (uk-ru.ts, bg.ts competitorBefore)", () => {
  it.each([
    ["Заказчик сравнивает нашу смету с Громвеком и Зарницей.", ["Громвеком", "Зарницей"]],
    ["Они смотрят также на Tovrel.", ["Tovrel"]],
    ["Ещё рассматривают также Pelvano.", ["Pelvano"]],
    ["Замовник порівнює кошторис з Brindal.", ["Brindal"]],
    ["Вони паралельно дивляться на Quorvex і Stelmar.", ["Quorvex", "Stelmar"]],
    ["Клієнт дивиться також на Varnix.", ["Varnix"]],
    ["Вони розглядають також Ostrel.", ["Ostrel"]],
    ["Клиентът сравнява цените със Zelvar.", ["Zelvar"]],
    ["Разглеждат също Mirtano.", ["Mirtano"]],
  ])("%s -> %j", (text, want) => expect(findCompetitorsInProse(text)).toEqual(want));

  it("looking at a place or a plan names no rival", () =>
    expect(findCompetitorsInProse("Они смотрят на бюджет следующего года.")).toEqual([]));
});

describe("competitors: a list's 'and' in Cyrillic and Arabic (normalise/competitors.ts)", () => {
  it.each([
    ["Brindal и Tovrel", ["Brindal", "Tovrel"]],
    ["Quorvex та Stelmar", ["Quorvex", "Stelmar"]],
    ["Varnix і Ostrel", ["Varnix", "Ostrel"]],
    ["Zelvar و Mirtano Cloud", ["Zelvar", "Mirtano Cloud"]],
  ])("%s -> %j", (text, want) => expect(parseCompetitorList(text)).toEqual(want));
});

describe("competitors: looking at a rival too, more persons and forms (fr.ts, es.ts, pt.ts competitorBefore)", () => {
  it.each([
    ["Nous regardons aussi Palvero pour la caisse.", ["Palvero"]],
    ["Ils ont reçu une soumission de Tarvik la semaine passée.", ["Tarvik"]],
    ["Están mirando también Olmedra.", ["Olmedra"]],
    ["Os sócios estão a ver o Quintarel também.", ["Quintarel"]],
    ["Estamos a avaliar também a Ferrolin.", ["Ferrolin"]],
  ])("%s -> %j", (text, want) => expect(findCompetitorsInProse(text)).toEqual(want));

  it("looking at options too names no rival", () =>
    expect(findCompetitorsInProse("Estão a ver também outras opções.")).toEqual([]));
});
