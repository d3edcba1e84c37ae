// Problem cues added per language (services/parser/lang/*, `problem`), and the sentence choice
// around them: one invented sentence per entry, in other words than any mail.
import { describe, expect, it } from "vitest";
import { findProblem } from "../../services/parser/extract/prose-fields.ts";

describe("problem: a broken process, in more languages and phrasings", () => {
  it.each([
    ["Bay 4 schedules live on whiteboards in the depot.", /whiteboards/, "en: whiteboards"],
    ["Sadly the booking tool no longer supports their scanners.", /scanners/, "en: no longer supports"],
    ["Their archive server is end-of-life next spring.", /archive server/, "en: end-of-life"],
    ["The lanes keep getting double booked on Saturdays.", /double booked/, "en: double booked"],
    ["Overbooking of the sauna slots every weekend.", /sauna/, "en: overbooking"],
    ["Registran las visitas en planillas compartidas.", /planillas/, "es: planillas"],
    ["El gran problema son los pedidos duplicados.", /duplicados/, "es: problema"],
    ["Ya nadie puede tocar la base de datos del almacén.", /almacén/, "es: nadie puede"],
    ["O maior problema é a escala dos motoristas.", /escala/, "pt: problema"],
    ["Il problema sono le consegne doppie.", /consegne/, "it: problema"],
    ["Le vrai problème, ce sont les bons perdus.", /bons perdus/, "fr: problème"],
    ["Il y a eu trois doubles réservations de la salle.", /salle/, "fr: doubles réservations"],
    ["De meterstanden worden per hand overgenomen.", /meterstanden/, "nl: per hand"],
    ["Het probleem is dat de bonnen zoekraken.", /bonnen/, "nl: probleem"],
    ["Lageret føres i tre Excel-ark uten sammenheng.", /Lageret/, "nordic: Excel with a suffix"],
    ["De sliter med dobbeltregistrering av timer.", /dobbeltregistrering/, "no: sliter"],
    ["Vi kämpar med försenade leveranser.", /leveranser/, "sv: kämpar"],
    ["De har ingen backup af regnskabsdata.", /regnskabsdata/, "da: ingen backup"],
    ["Ingen følger opp reklamasjonene.", /reklamasjonene/, "no: ingen følger"],
    ["Grafik zmian to koszmar dla kierowników.", /kierowników/, "pl: koszmar"],
    ["Magazyn liczą ręczną metodą.", /Magazyn/, "pl: ręczn with Polish letters"],
    ["Výkazy se vedou papírově na stavbě.", /Výkazy/, "cs: papírově"],
    ["Objednávky píšou ručně do sešitu.", /Objednávky/, "cs: ručně"],
    ["Tilaukset kirjataan käsin vihkoon.", /Tilaukset/, "fi: käsin"],
    ["Varasto on Excelissä ja paperilla.", /Varasto/, "fi: Excel with a case ending"],
    ["A leltár papíron készül.", /leltár/, "hu: papíron"],
    ["Laoseis on paberil ja Excelis.", /Laoseis/, "et: paberil, Excelis"],
    ["Sipariş takibi Excel'de yapılıyor.", /Sipariş/, "tr: Excel'de"],
    ["Stok sayımı kağıt üzerinde.", /Stok/, "tr: kağıt"],
    ["Οι παραγγελίες γράφονται σε χαρτί.", /παραγγελίες/, "el: χαρτί"],
    ["在庫管理を紙で行っている。", /在庫/, "ja: 紙 between letters of its script"],
    ["出荷記録は手作業で入力。", /出荷/, "ja: 手作業"],
    ["재고 관리를 엑셀로 하고 있음.", /재고/, "ko: 엑셀 with a particle"],
  ])("%s -> found (%s)", (text, want) => expect(findProblem([text])).toMatch(want));
});

describe("problem: a wish, in more languages and persons", () => {
  it.each([
    ["Since March the trust would like to look at route planning for the vans.", /route planning/, "en: would like"],
    ["I met their ops lead and they'd like to see route planning for the vans.", /route planning/, "en: they'd like"],
    ["La clínica quiere sustituir su agenda de papel.", /agenda/, "es: quiere"],
    ["Necesitamos saber el consumo por vehículo.", /consumo/, "es: necesitamos"],
    ["Estamos buscando una herramienta para turnos.", /turnos/, "es: estamos buscando"],
    ["A escola quer controlar as matrículas.", /matrículas/, "pt: quer"],
    ["Estamos procurando um sistema de escalas.", /escalas/, "pt: procurando"],
    ["Precisamos de alertas de temperatura.", /alertas/, "pt: precisamos"],
    ["Dobbiamo tracciare i corsi del personale.", /corsi/, "it: dobbiamo"],
    ["Il titolare vuole un'agenda condivisa.", /agenda/, "it: vuole"],
    ["Depuis mars, la gérante veut réduire les pertes de stock.", /pertes/, "fr: veut"],
    ["Il leur faut un suivi des lots.", /lots/, "fr: il leur faut"],
    ["Hij wil een overzicht van de ritten.", /ritten/, "nl: wil"],
    ["De school zoekt een roosterpakket.", /roosterpakket/, "nl: zoekt"],
    ["De vil have en fælles kalender.", /kalender/, "da: vil have"],
    ["Kunden skal have alarmer på kølerne.", /kølerne/, "da: skal have"],
    ["De vill ha en app för bokningar.", /bokningar/, "sv: vill ha"],
    ["Rederiet trenger oversikt over sertifikater.", /sertifikater/, "no: trenger"],
    ["Skolan behöver ett schemaverktyg.", /schemaverktyg/, "sv: behöver"],
    ["Klient chca portal dla najemców.", /najemców/, "pl: chca without its diacritic"],
    ["Szukają narzędzia do grafików.", /grafików/, "pl: szukają"],
    ["Potřebují evidenci školení.", /evidenci/, "cs: potřebují"],
    ["Potrebujú evidenciu vozidiel.", /vozidiel/, "sk: potrebujú"],
    ["He haluavat yhteisen kalenterin.", /kalenterin/, "fi: haluavat"],
    ["Lämpötila pitää kirjata joka tunti.", /Lämpötila/, "fi: pitää"],
    ["Szeretnének online időpontfoglalást.", /időpontfoglalást/, "hu: szeretnének"],
    ["Nad vajavad töögraafikut.", /töögraafikut/, "et: vajavad"],
    ["Müşteri rota planlaması istiyor.", /rota/, "tr: istiyor"],
    ["Οι πελάτες ζητούν πιστοποιητικά παρτίδας.", /πιστοποιητικά/, "el: ζητούν"],
  ])("%s -> found (%s)", (text, want) => expect(findProblem([text])).toMatch(want));
});

describe("problem: what is no need", () => {
  it.each([
    ["Happy for you to call her, no problem.", "en: no problem"],
    ["Pueden llamarle, sin problema.", "es: sin problema"],
    ["Bellen mag, geen probleem.", "nl: geen probleem"],
  ])("%s (%s): a problem noun denied", (text) => expect(findProblem([text])).toBeNull());

  it("the writer's own wish stays the writer's", () =>
    expect(findProblem(["I'd like to put Norrbay Ltd on your list."])).toBeNull());

  it("a negation before a comma belongs to its own clause", () =>
    expect(findProblem(["Bokningen sker på ett formulär som ingen öppnar, vill ha en portal för gästerna."])).toMatch(
      /portal/,
    ));

  it("a line joined to the next because it goes on in lower case is also judged alone", () =>
    expect(
      findProblem([
        "Hello team,\n\nAcme Tarvikud OÜ, 35 töötajat, laoseis peetakse paberil ja Excelis\ndemo kokku lepitud reedel kell 10\n",
      ]),
    ).toBe("Acme Tarvikud OÜ, 35 töötajat, laoseis peetakse paberil ja Excelis"));

  it("a wish that is how the deal is bought is the deal's", () => {
    expect(
      findProblem([
        "They want to buy it through their AWS Marketplace commitment. The depots need a single rota for 40 drivers.",
      ]),
    ).toMatch(/single rota/);
  });

  it("a writer who capitalises nothing: each line is its own", () => {
    expect(
      findProblem(["hola, registro:\nferretería el cóndor\n40 sucursales, todo en planillas\nla demo es el martes"]),
    ).toBe("40 sucursales, todo en planillas");
  });

  it("a soft-wrapped sentence of a writer who capitalises still runs on", () => {
    expect(findProblem(["Hello. Their depot plans every route on paper and\nloses a day a week to it."])).toMatch(
      /loses a day/,
    );
  });
});
