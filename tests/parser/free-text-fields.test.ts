// The free-text fields (competitors, product interest, problem, geography) chosen from candidates
// with their evidence. Every cue-table entry added for them is read here in sentences written for
// this test, with other vendors, prospects and places than the mails that suggested them.
import { describe, expect, it } from "vitest";
import { findCompetitorsInProse, parseCompetitorList } from "../../services/parser/normalise/competitors.ts";
import { findProduct, vendorTerms } from "../../services/parser/vendor.ts";
import { findGeography, findProblem } from "../../services/parser/extract/prose-fields.ts";

describe("competitors: phrasing before the names", () => {
  it.each([
    ["Last spring they sat through a pitch from Brightpath.", ["Brightpath"]],
    ["The plant is trialling Vibrascan and Motorwise this quarter.", ["Vibrascan", "Motorwise"]],
    ["They tried a Ledgerly pilot in 2024 and dropped it.", ["Ledgerly"]],
    ["ops team eval'ing Routeo + Fleetnik atm", ["Routeo", "Fleetnik"]],
    ["compared w/ Stackwell last week", ["Stackwell"]],
    ["She is looking at us and at Cargonet.", ["Cargonet"]],
    ["They shortlisted two suppliers: Invoxa and Paylane.", ["Invoxa", "Paylane"]],
    ["Die Leiterin vergleicht aktuell auch Lagerix und Stockwerk.", ["Lagerix", "Stockwerk"]],
    ["Sie haben eine Offerte von Baupilot erhalten.", ["Baupilot"]],
    ["Zusätzlich schaut sich die Geschäftsführung Mängelfix an.", ["Mängelfix"]],
    ["Derzeit nutzen sie Zeitwerk für die Stundenerfassung.", ["Zeitwerk"]],
    ["Sie haben parallel noch Planwerk eingeladen.", ["Planwerk"]],
    ["Op dit moment gebruiken ze Routemaster voor de planning.", ["Routemaster"]],
    ["Nos pidieron una propuesta de Facturalia.", ["Facturalia"]],
    ["Hoje usam o Obrafácil em duas obras.", ["Obrafácil"]],
    ["Klient rozważa także Magazynex.", ["Magazynex"]],
    ["Rozważają też Magazynex i Skladik.", ["Magazynex", "Skladik"]],
    ["Porównują ofertę z Fakturomat.", ["Fakturomat"]],
    ["Obecnie korzystają z Kadrowik.", ["Kadrowik"]],
    ["Kunden har tittat på Byggplan tidigare.", ["Byggplan"]],
    ["De bruker Anleggsnett i dag.", ["Anleggsnett"]],
    ["Ils comparent les offres avec Facturo et Payplan.", ["Facturo", "Payplan"]],
  ])("%s -> %j", (text, want) => expect(findCompetitorsInProse(text, ["the vendor"])).toEqual(want));
});

describe("competitors: phrasing after the names", () => {
  it.each([
    ["Sitewise already quoted them in March.", ["Sitewise"]],
    ["Plantrack is on their shortlist too.", ["Plantrack"]],
    ["Cargonet and Fleetnik are the other two.", ["Cargonet", "Fleetnik"]],
    ["Paylane is also bidding for it.", ["Paylane"]],
    ["Invoxa hat bereits ein Angebot abgegeben.", ["Invoxa"]],
    ["Baupilot ist auch noch im Rennen.", ["Baupilot"]],
    ["Lagerix haben sie sich schon angeschaut.", ["Lagerix"]],
    ["Facturo et Payplan sont aussi en lice.", ["Facturo", "Payplan"]],
    ["Byggplan används idag på två projekt.", ["Byggplan"]],
  ])("%s -> %j", (text, want) => expect(findCompetitorsInProse(text)).toEqual(want));

  it("a person after 'next to' is no vendor", () => {
    expect(findCompetitorsInProse("At the dinner I sat next to Maria Lopez, who runs their plants.")).toEqual([]);
  });

  it("the partner is no competitor, also when written with its legal form or as its domain's name", () => {
    const text = "Please register Acme against Oakridge Advisory. They are also looking at Ledgerly.";
    expect(findCompetitorsInProse(text, ["Oakridge Advisory Pty Ltd"])).toEqual(["Ledgerly"]);
    expect(findCompetitorsInProse(text, ["oakridgeadvisory"])).toEqual(["Ledgerly"]);
  });
});

describe("competitors: a labelled value that is a sentence", () => {
  it.each([
    ["Sitewise, and they have also looked at Plantrack", ["Sitewise", "Plantrack"]],
    ["Byggplan används idag för en del av projekten", ["Byggplan"]],
    ["hoje usam o Obrafácil numa obra", ["Obrafácil"]],
    ["rozważają też Magazynex", ["Magazynex"]],
    ["Frau Berger hat eine Offerte von Baupilot eingeholt", ["Baupilot"]],
    ["they have used something similar before", []],
    ["Invoxa und Paylane", ["Invoxa", "Paylane"]],
    ["maybe Paylane", ["Paylane"]],
  ])("%s -> %j", (value, want) => expect(parseCompetitorList(value)).toEqual(want));
});

describe("product interest without configured products", () => {
  const terms = vendorTerms({
    domains: ["ostrava.io"],
    inbox: [{ address: "partners@ostrava.io", name: "Ostrava Deals" }],
  });

  it.each([
    ["Hi Ostrava Deals team, they are interested in Ostrava Ledger for the group.", "Ostrava Ledger"],
    ["They would license Ostrava Scan and Ostrava Route", "Ostrava Scan and Ostrava Route"],
    ["Ostrava Partners Desk, please note: a trial of Ostrava Route starts Monday.", "Ostrava Route"],
    ["Licences Ostrava Scan et Route pour le siège.", "Ostrava Scan et Route"],
    ["Ostrava Sie anrufen darf, interessiert sich für Ostrava Route.", "Ostrava Route"],
    ["The client wants the Growth plan for now.", "Growth"],
    ["Hi Ostrava partner team, nothing on products yet.", null],
    // the team greeted, its words joined into one: German "Partner-Team", "Partnerteam", Hungarian "Partnercsapat"
    ["Liebes Ostrava Partner-Team, anbei ein neuer Kunde.", null],
    ["Hallo Ostrava Partnerteam, anbei ein neuer Kunde.", null],
    ["Tisztelt Ostrava Partnercsapat! Új ügyfél.", null],
  ])("%s -> %s", (text, want) => expect(findProduct(text, terms)).toBe(want));

  it.each([
    ["Sie interessieren sich für Ostrava Scan.", "Ostrava Scan"],
    ["Ils sont intéressés par Ostrava Scan.", "Ostrava Scan"],
    ["Están interesados en Ostrava Scan.", "Ostrava Scan"],
    ["Sono interessati al Ostrava Scan.", "Ostrava Scan"],
    ["Estão interessados no Ostrava Scan.", "Ostrava Scan"],
    ["Są zainteresowani Ostrava Scan.", "Ostrava Scan"],
    ["Ze zijn geïnteresseerd in Ostrava Scan.", "Ostrava Scan"],
    ["De er interesseret i Ostrava Scan.", "Ostrava Scan"],
  ])("an interest cue picks the product it names: %s", (text, want) => {
    // the earlier mention without a cue loses to the one after the cue
    expect(findProduct(`Ostrava Route came up in passing. ${text}`, terms)).toBe(want);
  });
});

describe("problem: pain cues in the label languages", () => {
  it.each([
    ["Gracias. Llevan el inventario a mano y en papel, un caos.", "a mano"],
    ["Grazie. Le bolle vengono registrate manualmente su carta.", "manualmente"],
    ["Obrigado. Fazem as ordens de serviço em planilhas, com muito retrabalho.", "planilhas"],
    ["Dzięki. Zamówienia są wprowadzane ręcznie do arkusza.", "ręcznie"],
    ["Bedankt. De ritten worden handmatig op papier bijgehouden.", "handmatig"],
    ["Merci. Les bons de livraison sont ressaisis à la main.", "à la main"],
    ["Tak. Vagtplanen laves manuelt i regneark.", "manuelt"],
    ["Danke. Die Prüfprotokolle werden handschriftlich geführt.", "handschriftlich"],
    ["Thanks. They plan every delivery by phone and it is a nightmare.", "nightmare"],
    ["Hi. The dispatch board is a whiteboard in the depot.", "whiteboard"],
    ["Hi. Cover for sick drivers is found through a phone tree.", "phone tree"],
    ["Hi. Drivers get their routes by text every morning.", "by text"],
    ["Hi. Orders sit in a legacy ordering system from 2009.", "legacy ordering system"],
    ["Hi. Stock lives in a 20-year-old FoxPro database.", "20-year-old FoxPro database"],
    ["Hi. Their booking tool is no longer supported by its maker.", "no longer supported"],
    ["Hi. The till software cannot handle multi-site loyalty points.", "cannot handle"],
    ["Hi. Managers lose track of who is on leave.", "lose track"],
    ["Hi. The bureau keeps messing up holiday accruals.", "messing up"],
  ])("%s", (text, cue) => expect(findProblem([text])).toContain(cue));

  it("a volume of documents per month is a weak cue, beaten by the broken process", () => {
    expect(findProblem(["They process 900 purchase orders a month. Approvals are chased by hand."])).toBe(
      "Approvals are chased by hand.",
    );
  });
});

describe("geography: candidates with their evidence", () => {
  it.each([
    ["We'd like to register Fjordlys Shipping AS, Bergen (fjordlys.no).", "Fjordlys Shipping AS", "Bergen"],
    ["Registering Kestrel Foods Ltd (Leeds, frozen desserts) for resale.", "Kestrel Foods Ltd", "Leeds"],
    ["Pinecrest Clinic - Boise, ID - pinecrestclinic.com", "Pinecrest Clinic", "Boise, ID"],
    ["They're a builder out of Tacoma, Washington with 40 crews.", "Cedarline Homes", "Tacoma, Washington"],
    ["Volumen rund 20k im Jahr, Region Tirol.", "Alpenbau GmbH", "Tirol"],
    ["Os paso el contacto. Zona Galicia.", "Conservas Rías SL", "Galicia"],
    ["Shannon Seafoods Ltd, Kinsale, Co. Kerry – fish processing", "Shannon Seafoods Ltd", "Kinsale, Co. Kerry"],
    ["Harbour Tools Ltd, Bray, Co Ltd shares", "Harbour Tools Ltd", "Bray"],
    ["Gebäude in Kanton Zug, Büro in Luzern.", "Aegerter Treuhand AG", "Zug"],
  ])("%s -> %s", (text, company, want) => expect(findGeography(text, company)).toBe(want));

  it.each([
    ["Registering Kestrel Foods Ltd, Anna Reid (CFO) is the contact.", "Kestrel Foods Ltd", ["Anna Reid"]],
    ["Protokolle werden im Bauamt abgelegt.", "Gemeinde Ried", []],
    ["Their designers review models in SketchBridge every day.", "Cedarline Homes", []],
    ["Registering Kestrel Foods, Ltd. for resale.", "Kestrel Foods", []],
  ])("%s -> null", (text, company, people) => expect(findGeography(text, company, people)).toBeNull());
});

describe("more evidence for competitors and places", () => {
  it.each([
    ["Kunden jämför oss med Byggplan.", ["Byggplan"]],
    ["The client is weighing another vendor (Routeo) as well.", ["Routeo"]],
    ["Other tools: Cargonet, Fleetnik.", ["Cargonet", "Fleetnik"]],
  ])("%s -> %j", (text, want) => expect(findCompetitorsInProse(text, ["the vendor"])).toEqual(want));

  it("anchors the place on the domain's name when no company name was read", () => {
    expect(findGeography("a project with the Stadtwerke Grünau (Kärnten) for 2027", null, [], "gruenau.at")).toBeNull();
    expect(findGeography("a project with the Gemeinde Lindbach (Kärnten) for 2027", null, [], "lindbach.gv.at")).toBe(
      "Kärnten",
    );
  });

  it("a place followed by more capitalised words is an organisation's name", () => {
    expect(findGeography("We met a buyer in Lake Harbour Shipping Services last week.", null)).toBeNull();
  });
});

// Written for this round, with other places, prospects and products than any corpus mail.
describe("geography: places in more languages and spellings", () => {
  it.each([
    ["Os sócios têm 4 clínicas em Belo Horizonte e arredores.", null, "Belo Horizonte"],
    ["Abrieron dos restaurantes en Valencia el año pasado y quieren crecer.", null, "Valencia"],
    ["Una oportunidad en Sevilla: cadena de panaderías.", null, "Sevilla"],
    ["Il gruppo gestisce 8 hotel tra Verona e Vicenza.", null, "Verona e Vicenza"],
    ["The fleet runs across Rio de Janeiro and Niterói.", null, "Rio de Janeiro and Niterói"],
    ["Une PME située à Évry, 60 salariés.", null, "Évry"],
  ])("%s -> %s", (text, company, want) => expect(findGeography(text, company)).toBe(want));

  it("finds the place after the prospect's name when only the domain spells that name", () => {
    expect(
      findGeography("ny kunde: Bakkegaard Tømrer ApS (Silkeborg), 30 ansatte", null, [], "bakkegaard-tomrer.dk"),
    ).toBe("Silkeborg");
  });
});

describe("problem: the sentence that states the need", () => {
  it("prefers what is missing or lost to a wish to buy", () => {
    const text =
      "They want a quote for Cloudkeep Pro before June. Their shared drives are not backed up and a deleted project folder could not be restored.";
    expect(findProblem([text])).toContain("could not be restored");
  });
});

// Written for this round: the place a registration is for, and places after the prepositions of
// more languages; other prospects and places than any phrasebook entry or corpus mail.
describe("geography: the place a registration is for", () => {
  it.each([
    ["We register Holloway Pumps Ltd for the Benelux rollout next year.", "Benelux"],
    ["Registering Tarn Media for Wales and the Marches expansion.", "Wales and the Marches"],
    ["A lead for Atlantic Canada: Cobble Cove Fisheries.", "Atlantic Canada"],
    ["They run Microsoft Defender for Business.", null],
    // German capitalises every noun: "für" is left out ("Danke für Ihr Feedback.")
    ["Danke für Ihr Feedback.", null],
    ["Nouvelle piste pour la Wallonie : Vins Morel.", "Wallonie"],
    ["Oportunidad para Cataluña y Aragón: Hoteles Brisa.", "Cataluña y Aragón"],
    // Italian "per" is also "by" ("ordini per Tablet."): left out
    ["Gli ordini arrivano per Tablet.", null],
    ["Oportunidade para Minas Gerais: Pastelaria Doce.", "Minas Gerais"],
    ["Nowy lead dla Śląska: Meble Kos.", "Śląska"],
    ["Nieuwe lead voor Zeeland: Bakker Bouw.", "Zeeland"],
    ["Ny lead for Vestlandet: Fjellnett AS.", "Vestlandet"],
    ["Ny lead för Västra Götaland: Kustbuss AB.", "Västra Götaland"],
    ["Looking for HR software for their teams.", null],
  ])("%s -> %s", (text, want) => expect(findGeography(text, null)).toBe(want));

  it.each([
    ["lead for Tasmania market", "Tasmania"],
    ["for Tasmania roll-out", "Tasmania"],
    ["for Tasmania territory", "Tasmania"],
    ["for Tasmania deployment", "Tasmania"],
    ["for Tasmania project", "Tasmania"],
    ["for Tasmania region", "Tasmania"],
    ["pour Normandie déploiement", "Normandie"],
    ["pour Normandie marché", "Normandie"],
    ["pour Normandie projet", "Normandie"],
    ["para Murcia despliegue", "Murcia"],
    ["para Murcia mercado", "Murcia"],
    ["para Murcia proyecto", "Murcia"],
    ["para Murcia projeto", "Murcia"],
    ["para Murcia expansão", "Murcia"],
    ["dla Podlasia projekt", "Podlasia"],
    ["dla Podlasia rynek", "Podlasia"],
    ["dla Podlasia wdrożenie", "Podlasia"],
    ["voor Drenthe uitrol", "Drenthe"],
    ["voor Drenthe markt", "Drenthe"],
    ["for Finnmark utrulning", "Finnmark"],
    ["for Finnmark udrulning", "Finnmark"],
    ["for Finnmark marked", "Finnmark"],
    ["för Finnmark marknad", "Finnmark"],
    ["för Finnmark prosjekt", "Finnmark"],
  ])("a rollout word after the place: %s", (phrase, want) =>
    expect(findGeography(`The partner writes a lead ${phrase} with more words after it`, null)).toBe(want),
  );

  it.each([
    ["Vi registrerer Havbruk Nord AS i Finnmark.", "Finnmark"],
    ["Registrering: Skogsvård AB, projekt i hela Västerbotten.", "Västerbotten"],
    ["Registrering: Fjordbuss AS, prosjekt i hele Vestlandet.", "Vestlandet"],
    ["Prospect : Fromagerie Lucas, basée en Auvergne.", "Auvergne"],
    ["registrazione: Cantina Sole S.r.l. — mercato Benelux e Francia.", "Benelux e Francia"],
    ["rejestrujemy Piekarnia Zorza — wdrożenie na całe Podkarpacie.", "Podkarpacie"],
    ["rejestrujemy Piekarnia Zorza — wdrożenie w całym Mazowszu.", "Mazowszu"],
    ["Registratie: Visser Transport B.V. in Gelderland.", "Gelderland"],
    ["Registrierung: Berger Holzbau GmbH in Kärnten.", "Kärnten"],
    ["rejestracja: Sady Zielone, województwo: Podlaskie.", "Podlaskie"],
    ["Arvio noin 9 000 euroa vuodessa. Alue: Kainuu.", "Kainuu"],
    ["Rekisteröinti: Saha Oy. Maakunta: Kainuu.", "Kainuu"],
    ["Registrace: Pila s.r.o. Oblast: Vysočina.", "Vysočina"],
    ["Montáž robíme my. Oblasť: Vysočina.", "Vysočina"],
  ])("%s -> %s", (text, want) => expect(findGeography(text, null)).toBe(want));

  it("the partner's own firm after 'for' is no place", () => {
    expect(findGeography("Please register this one for Kestrel IT.", null, ["Kestrel IT B.V."])).toBeNull();
  });

  it("a place that is part of the prospect's name counts where the sentence names it apart", () => {
    expect(findGeography("Registrering: Vestland Fisk AS, prosjekt i Vestland.", "Vestland Fisk AS")).toBe("Vestland");
    expect(findGeography("We met Dana at Vestland Fisk AS in March.", "Vestland Fisk AS")).toBeNull();
  });
});

// Written for the free-text round: contact lines and sentences about the registration itself,
// with invented prospects, people and numbers.
describe("problem: contact lines and the registration itself describe no need", () => {
  it("a labelled messenger number is a contact line, not a need", () => {
    const text = "Signal: +31 6 1234 5678\nThe planners keep the shift list on a whiteboard.";
    expect(findProblem([text])).toBe("The planners keep the shift list on a whiteboard.");
  });

  it("a contact's details beside a channel word lose to the sentence on the process", () => {
    const text =
      "Reach Olwen Praed on 020 7946 0321 or olwen@brackfen.example, she prefers WhatsApp. Rosters are kept in three spreadsheets.";
    expect(findProblem([text])).toBe("Rosters are kept in three spreadsheets.");
  });

  it.each([
    ["Registering Quillon Bakes, their orders arrive by phone.", "en register"],
    ["A deal registration for Quillon Bakes, orders arrive by phone.", "en deal registration"],
    ["Consent given, orders arrive by phone at Quillon.", "en consent"],
    ["Happy for you to contact her, orders arrive by phone.", "en contact her"],
    ["Demo set for Quillon, orders arrive by phone.", "en demo"],
    ["Call with Quillon on Monday, orders arrive by phone.", "en call"],
    ["Budget for Quillon is open, orders arrive by phone.", "en budget"],
    ["Meeting at Quillon, orders arrive by phone.", "en meeting"],
    ["Flight to Quillon delayed, orders arrive by phone.", "en flight"],
    ["Conference at Quillon, orders arrive by phone.", "en conference"],
    ["Ich registriere Backhaus Quill, Prüflisten werden handschriftlich geführt.", "de registrier"],
    ["Backhaus Quill ist einverstanden, Prüflisten werden handschriftlich geführt.", "de einverstanden"],
    ["Bitte Backhaus Quill kontaktieren, Prüflisten werden handschriftlich geführt.", "de kontaktier"],
    ["Termin bei Backhaus Quill, Prüflisten werden handschriftlich geführt.", "de termin"],
    ["Auf der Messe bei Backhaus Quill, Prüflisten werden handschriftlich geführt.", "de messe"],
  ])("%s (%s)", (text) => {
    // the same process said on its own wins over the sentence about the registration
    const plain = text.includes("Prüflisten")
      ? "Die Prüflisten werden handschriftlich geführt."
      : "Their orders arrive by phone.";
    expect(findProblem([`${text} ${plain}`])).toBe(plain);
  });
});

// Written for the free-text round: a product named by its kind, before or after its name, in
// invented product names.
describe("product interest: the kind of product around its name", () => {
  const terms = vendorTerms({ domains: ["ostrava.io"], inbox: [{ address: "partners@ostrava.io", name: "Ostrava" }] });
  it.each([
    ["en module", "They asked about the Harbour module.", "Harbour"],
    ["en plan", "The Growth plan suits them.", "Growth"],
    ["en tier", "Quoted the Ridge tier.", "Ridge"],
    ["en edition", "They need the Atlas edition.", "Atlas"],
    ["en add-on", "Add the Lantern add-on later.", "Lantern"],
    ["en package", "They like the Field-Kit package.", "Field-Kit"],
    ["de modul (after)", "Das Lagerfuchs-Modul fehlt noch.", "Lagerfuchs"],
    ["de paket (after)", "Das Starter-Paket reicht.", "Starter"],
    ["de plan (after)", "Der Basis-Plan reicht vermutlich.", "Basis"],
    ["de modul (before)", "Interesse am Modul „Wachturm Akademie“.", "Wachturm Akademie"],
    ["de paket (before)", "Sie wollen das Paket Nordlicht.", "Nordlicht"],
    ["es módulo (after)", "Les falta el Faro módulo.", "Faro"],
    ["es módulo (before)", "Les interesa el módulo Faro Verde.", "Faro Verde"],
    ["es paquete (before)", "Quieren el paquete Brisa.", "Brisa"],
    ["it modulo (after)", "Serve il Vela modulo.", "Vela"],
    ["it modulo (before)", "Interessati al modulo Vela.", "Vela"],
    ["it pacchetto (before)", "Hanno scelto il pacchetto Corallo.", "Corallo"],
    ["it piano (before)", "Parte la prova sul piano Studio Plus.", "Studio Plus"],
    ["pt módulo (after)", "Querem o Farol módulo.", "Farol"],
    ["pt módulo (before)", "Querem o módulo Farol.", "Farol"],
    ["pt pacote (before)", "Fecharam o pacote Jangada.", "Jangada"],
    ["pt plano (before)", "Vão testar o plano Maré Alta.", "Maré Alta"],
    ["fr module (before)", "Produit : module Carnet de route.", "Carnet"],
    ["fr formule (before)", "Ils prennent la formule Horizon.", "Horizon"],
    ["pl moduł (after)", "Potrzebują Kompas moduł.", "Kompas"],
    ["pl moduł (before)", "Chcą moduł Kompas.", "Kompas"],
    ["pl pakiet (before)", "Wybrali pakiet Bursztyn.", "Bursztyn"],
    ["nl module (before)", "Ze willen de module Vuurtoren.", "Vuurtoren"],
    ["nl pakket (before)", "Ze kiezen het pakket Duinroos.", "Duinroos"],
  ])("%s: %s", (_entry, text, want) => expect(findProduct(text, terms)).toBe(want));

  it.each([
    ["a lower-case word after the kind is no name", "Le module de facturation manque."],
    ["a team word after the kind is no product", "Das Paket Team kommt morgen."],
  ])("%s", (_why, text) => expect(findProduct(text, terms)).toBeNull());
});
