// Danish, Swedish and Norwegian label words, by field.
import type { CueTable, LabelTable } from "./types.ts";

export const labels: LabelTable = {
  company: [
    "virksomhed",
    "virksomhet",
    "företag",
    "bolag",
    "kund",
    "firmanavn",
    "företagsnamn",
    "selskab",
    "selskap",
    "kundenavn",
  ],
  website: ["hjemmeside", "webbplats", "hemsida", "nettside", "webside"],
  contactName: ["navn", "namn", "kontaktperson"],
  role: ["stilling", "roll", "befattning", "tittel", "titel"],
  email: ["e-post", "epost", "e-postadress", "e-postadresse"],
  phone: ["tlf", "mobilnummer", "telefonnummer"],
  stage: ["stadie", "fas"],
  value: ["budsjett", "værdi", "verdi", "värde", "beløb", "beløp", "belopp", "estimeret værdi", "uppskattat värde"],
  competitors: ["konkurrenter", "konkurrence", "konkurranse", "konkurrens"],
  need: [
    "behov",
    "udfordring",
    "utfordring",
    "utmaning",
    "baggrund",
    "bakgrund",
    "bakgrunn",
    "noter",
    "anteckningar",
    "kommentarer",
  ],
  region: ["stad", "område", "sted", "placering"],
  consent: ["samtykke", "samtycke", "tilladelse", "tillatelse", "samtykke til kontakt"],
  motion: ["partnertype", "partnertyp"],
  product: ["produkter", "modul"],
};

/** Handing over in Danish, Swedish, Norwegian (regex sources, matched case-insensitively). */
export const handover: readonly string[] = [String.raw`tar över`, String.raw`tar over`, String.raw`overtager`];
export const staying: readonly string[] = [];

export const cues: CueTable = {
  negationBefore: ["ikke", "ikkje", "inte", "ej", "ingen", "inget", "intet", "uden", "utan", "uten", "aldrig", "aldri"],
  negationAfter: ["ikke ennå", "ikke endnu", "inte än", "ännu inte", "ikke", "inte"],
  conditional: ["hvis", "når", "när"],
  yes: ["ja", "givet", "gitt", "ok", "godkänt", "godkjent"],
  no: ["ikke ennå", "ikke endnu", "inte än", "ännu inte", "nej", "nei", "ikke", "inte"],
  stage: {
    evaluation: [
      String.raw`utvärder(?:ing|ar)`,
      String.raw`testperiod(?:e)?`,
      String.raw`prøveperiode`,
      "evaluering",
      "testar",
      "tester nu",
      String.raw`offert(?:e)?\s+(?:begärd|skickad|sendt|sendes|efterspurgt|ønsket)`,
      String.raw`(?:tilbud|offert)\s+(?:er\s+)?(?:sendt|anmodet|bedt om|etterspurt)`,
    ],
    newIntro: [
      String.raw`(?:første|första)\s+kontakt`,
      String.raw`(?:ny|nytt)\s+(?:lead|emne)`,
      String.raw`(?:ikke|inte)\s+(?:kontaktet|kontaktad|kontaktat)`,
      String.raw`(?:ingen|inget)\s+{event}`,
    ],
    event: [
      "möte",
      "mötet",
      "samtal",
      "møde",
      "mødet",
      "møte",
      "møtet",
      "presentasjon",
      "demo",
      "besök",
      "besøg",
      "besøk",
    ],
    booked: [
      "bokat",
      "bokad",
      "inbokat",
      "inbokad",
      "planerad",
      "planerat",
      "booket",
      "aftalt",
      "avtalt",
      "planlagt",
      "berammet",
    ],
    day: ["mandag", "måndag", "tirsdag", "tisdag", "onsdag", "torsdag", "fredag", "i morgen", "imorgon"],
  },
  consent: {
    permission: [
      String.raw`(?:har\s+)?sagt\s+(?:ok|ja)\s+til(?:l)?\s+att?`,
      String.raw`(?:gett|gitt|givet|gav|ger|gir|giver)\s+(?:sitt\s+|sit\s+)?samty(?:cke|kke)`,
      String.raw`(?:ni|dere|I)\s+(?:må|får|kan)\s+(?:gerne\s+|gärna\s+)?(?:kontakte|kontakta|ringe|ringa)`,
    ],
    prohibition: [String.raw`(?:ikke|inte)\s+(?:ta|tage)\s+kontakt`, String.raw`(?:vennligst|venligst)\s+ikke`],
  },
  motion: {
    services: [String.raw`implementering(?:en)?`],
    resale: [String.raw`videresalg`, String.raw`återförsäljare`, String.raw`forhandler`, String.raw`videreforhandler`],
  },
  competitorBefore: [String.raw`(?:ser|kigger|tittar)\s+(?:også|också|även)\s+(?:på\s+)?`],
};
