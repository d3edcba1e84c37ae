// Czech and Finnish label words and cue phrases, by field (Slovak's own spellings beside the Czech).
import type { CueTable, LabelTable } from "./types.ts";

export const labels: LabelTable = {
  // Slovak "spoločnosť", "názov firmy"; a public body's form names the "organizace" (organizácia)
  company: [
    "společnost",
    "název firmy",
    "název společnosti",
    "název organizace",
    "spoločnosť",
    "názov firmy",
    "názov spoločnosti",
    "názov organizácie",
    "zákazník",
    "yritys",
    "asiakas",
    "yrityksen nimi",
  ],
  website: ["webové stránky", "verkkosivu", "verkkosivut", "kotisivu", "kotisivut"],
  contactName: ["kontaktní osoba", "jméno", "yhteyshenkilö", "nimi"],
  role: ["funkce", "pozice", "pracovní pozice", "tehtävä", "titteli", "asema"],
  email: ["sähköposti"],
  phone: ["puhelin", "matkapuhelin", "puh", "gsm", "mobil", "telefon"],
  stage: ["fáze", "stav", "vaihe", "tila"],
  value: ["odhadovaná hodnota", "hodnota", "rozpočet", "arvioitu arvo", "arvo", "budjetti"],
  competitors: ["konkurence", "konkurenti", "kilpailijat"],
  // Slovak writes the need "potreba"
  need: ["potřeba", "potreba", "poznámka", "tarve", "tarpeet", "lisätiedot"],
  // "Lokalita: …", "Oblast: …" (Czech locality, area); "Paikkakunta: …", "Sijainti: …" (Finnish town, location)
  region: ["region", "město", "kraj", "alue", "kaupunki", "lokalita", "oblast", "paikkakunta", "sijainti"],
  consent: ["souhlas", "souhlas s kontaktováním", "lupa yhteydenottoon", "suostumus"],
  product: ["produkt", "tuote"],
  currency: ["měna", "valuutta"],
};

// Czech and Finnish mark negation mostly inside the verb ("nemají", "ei ole"): only the free-standing
// words are listed, and the labelled answers ("Souhlas: ano", "Lupa yhteydenottoon: kyllä").
export const cues: CueTable = {
  // the partner doing service work, in Czech: "my bychom dodali montáž a školení"
  // "napojení na účetnictví" (the link to the accounts), "migrace dat" (data migration)
  serviceWork: [
    String.raw`montáž\p{L}*`,
    String.raw`implementac\p{L}*`,
    String.raw`instalac\p{L}*`,
    "školení",
    String.raw`napojení`,
    String.raw`migrac\p{L}*`,
  ],
  // "my" only before a first-person plural verb ("my děláme", "my bychom"): in English it is "my"
  partnerSubject: [String.raw`my(?=\s+(?:bychom|jsme|\p{L}+me)(?![\p{L}]))`, "náš tým"],
  otherSubject: ["oni", "zákazník"],
  problem: {
    // Czech/Slovak "papírově", "papírové formuláře", "ručně"; Finnish "paperilla", "käsin", "Excelissä"
    strong: [
      String.raw`papírov\p{L}*`,
      String.raw`ručn\p{L}*`,
      String.raw`paperi\p{L}*`,
      "käsin",
      String.raw`excel\p{L}*`,
      // Czech "nezvládá" / "nezvládají": the tool in use cannot cope with something
      String.raw`nezvládá\p{L}*`,
    ],
    // "potřebují", "potrebujú", "hledají", "hľadajú", "tarvitsevat", "haluavat", "pitää" (must)
    weak: [
      String.raw`potřebuj\p{L}*`,
      String.raw`potrebuj\p{L}*`,
      String.raw`hledaj\p{L}*`,
      String.raw`hľadaj\p{L}*`,
      // "chtějí" / "chce" (they want, she wants), Slovak "chcú": the writer's "chceme" is no cue
      String.raw`chtěj[íi]`,
      "chce",
      String.raw`chcú`,
      String.raw`tarvitse\p{L}*`,
      String.raw`halua\p{L}*`,
      "pitää",
    ],
  },
  money: {
    near: ["hodnota", "rozpočet", "ročně", "za rok", "arvo", "budjetti", "vuodessa"],
    other: ["obrat", "liikevaihto"],
    monthly: ["měsíčně", "kuukaudessa"],
    price: [String.raw`licenc\w*`, String.raw`lisenssi\w*`],
    between: ["mezi", "od"],
  },
  registering: [
    // Czech "zaregistrovat", "registrace"; Finnish "rekisteröidä", "uusi asiakas"
    String.raw`(?:za)?registr(?:ovat|ujeme|uji|ace)`,
    String.raw`rekisteröi\p{L}*`,
    String.raw`uusi (?:liidi|asiakas|myyntimahdollisuus)`,
  ],
  negationBefore: ["bez", "žádná", "žádný", "žádné", "ei", "ilman"],
  commonWords: [
    "ja",
    "on",
    "ole",
    "että",
    "he",
    "ovat",
    "mutta",
    "vielä",
    "myös",
    "kanssa",
    "se",
    "jo",
    "je",
    "na",
    "že",
    "jsou",
    "už",
  ],
  negationAfter: ["ještě ne", "ei vielä", "ei ole"],
  yes: ["ano", "kyllä", "joo"],
  no: ["ještě ne", "ne", "ei vielä", "ei"],
  // Czech: "porovnává s nabídkou X" (compares with X's offer)
  // "porovnávají nás s X", "srovnávají nás s X" (both verbs compare)
  competitorBefore: [
    String.raw`(?:po|s)rovnáv(?:á|ají|áme)\s+(?:\S+\s+){0,2}?s\s+(?:nabídkou\s+)?`,
    // Czech/Slovak "also considering X": "zvažují také X", "zvažujú aj X"
    String.raw`zvažuj(?:e|í|ú)\s+(?:(?:také|též|i|aj|tiež|rovněž)\s+)?`,
    // the system used now: "momentálně používají X", "aktuálně využívá X"
    String.raw`(?:momentálně|aktuálně|nyní|teď|v\s+současnosti)\s+(?:používají|používá|využívají|využívá)\s+`,
  ],
  motion: {
    // Finnish "myymme lisenssit eteenpäin" (we sell the licences on), "myymme lisenssejä", "jälleenmyynti"; Czech "přeprodej"
    resale: [
      String.raw`myymme\s+(?:(?:[\p{L}]+\s+)?eteenpäin|lisenss\p{L}*)`,
      String.raw`jälleenmy\p{L}*`,
      String.raw`přeprod\p{L}*`,
    ],
    referral: [
      // Finnish: "olemme pelkkä suosittelija", "vain suosittelijoita"
      String.raw`suosittelij\p{L}*`,
      // "esittelemme vain asiakkaan" (we only introduce the customer)
      String.raw`vain\s+esittelemme|esittelemme\s+vain`,
      // Czech: "my jsme jen doporučili", "pouze doporučujeme"
      String.raw`(?:jen|pouze)\s+(?:jsme\s+)?doporuč\p{L}*`,
    ],
    services: [
      // Czech: "zajistili bychom implementaci"; Finnish: "hoidamme käyttöönoton"
      String.raw`implementac[eií]`,
      String.raw`(?:hoidamme|teemme)\s+(?:myös\s+)?käyttöönot\p{L}*`,
    ],
  },
  consent: {
    // the prospect agreed to being contacted, the two words in one sentence in either order
    agreeWord: [String.raw`souhlas\p{L}*`, String.raw`súhlas\p{L}*`],
    contactWord: [String.raw`kontakt\p{L}*`, String.raw`oslov\p{L}*`, String.raw`zavol\p{L}*`],
    permission: [
      // Finnish "on antanut luvan ottaa yhteyttä" (has given permission), Czech "dal souhlas s kontaktem"
      String.raw`(?:antanut|antoi|antoivat|antaneet)\s+(?:luvan|suostumuksen(?:sa)?)`,
      String.raw`(?:dal|dala|dali)\s+(?:svůj\s+)?souhlas`,
      // Czech: "souhlasí s oslovením" (agrees to being approached)
      String.raw`souhlas(?:í|il|ila|ili)\s+s\s+(?:kontaktováním|kontaktem|oslovením)`,
      // "souhlasí s tím, aby ji kontaktoval", "souhlasila, že ji můžete kontaktovat"; Slovak, Czech's twin:
      // "súhlasil s kontaktovaním"
      String.raw`(?:souhlas|súhlas)(?:í|il|ila|ili|ia)(?:\s+s\s+tím,?|,)?\s+(?:aby|že)\s+(?:[\p{L}]+\s+){0,3}?(?:kontakt|zavol|volal|oslov|ozv)\p{L}*`,
      String.raw`súhlas(?:í|il|ila|ili|ia)\s+s\s+(?:kontaktovaním|kontaktom|oslovením)`,
      // Finnish: "saavat soittaa" (they may call), "voitte soittaa hänelle"
      String.raw`(?:saa|saavat|saatte|voitte|voi)\s+(?:minulle\s+|hänelle\s+)?soittaa`,
      // the prospect hopes for it: "toivoi, että otatte yhteyttä"
      String.raw`toivo(?:i|o|vat|ivat)?,?\s+että\s+(?:te\s+|sinä\s+)?(?:otatte|otat|soitatte|soitat)`,
    ],
    // Czech and Slovak join the negation to the verb: "nesouhlasil", "ešte nesúhlasí", "nekontaktujte ho"
    prohibition: [String.raw`ne(?:souhlas|súhlas)(?:í|il|ila|ili|ia)|nekontaktuj(?:te|eme)?|neoslovuj(?:te)?`],
  },
  stage: {
    evaluation: [
      // a request for quotations, in Finnish: "tarjouspyyntö on tulossa"
      "tarjouspyyntö",
      // Czech: an offer wanted ("chce nabídku"), comparing us ("srovnávají nás s …")
      String.raw`(?:chce|chtějí|požaduj\p{L}*)\s+(?:cenovou\s+)?nabídku`,
      String.raw`srovnáv(?:á|ají)`,
      // in any case: "zkušební verzi", "zkušebního provozu"
      String.raw`zkušební\p{L}*\s+(?:verz\p{L}*|provoz\p{L}*|obdob\p{L}*)`,
      String.raw`koeaika`,
      String.raw`pilotti\p{L}*`,
      String.raw`tarjous\s+(?:lähetetty|pyydetty)`,
      // Czech: the offer sent ("nabídka byla zaslána"), comparing ("porovnávají")
      String.raw`nabídk[ay]\s+(?:byla\s+)?(?:odeslán[ao]|zaslán[ao]|poslán[ao]|podán[ao])`,
      String.raw`porovnáv(?:á|ají)`,
    ],
    // a first contact; the partner only recommends ("toimimme vain suosittelijana", "pouze doporučujeme")
    newIntro: [
      String.raw`první\s+kontakt`,
      String.raw`ensimmäinen\s+yhteydenotto`,
      String.raw`vain\s+suosittelija\p{L}*`,
      String.raw`pouze\s+doporuču\p{L}*`,
      // "jsme jen doporučili"; Slovak "zatiaľ len úvodný kontakt, nič dohodnuté"
      String.raw`(?:jen|jenom|pouze)\s+(?:jsme\s+)?doporučil\p{L}*`,
      String.raw`úvodn[ýí]\s+kontakt`,
      String.raw`nič\s+(?:nie\s+je\s+)?dohodnut\p{L}*`,
    ],
    // the booking first: "máme s nimi domluvenou první schůzku"
    discovery: [
      String.raw`(?:máme|mají|máte)\s+(?:[\p{L}]+\s+){0,3}?(?:naplánovan|domluven|sjednan)\p{L}*\s+(?:první\s+|úvodní\s+)?{event}`,
    ],
    // Slovak "stretnutie" (meeting); a Finnish meeting word is often compounded ("aloituspalaveri", "esittelypalaverin")
    event: [
      "schůzka",
      "schůzku",
      "schůzky",
      "prezentace",
      "tapaaminen",
      "tapaamisen",
      String.raw`(?:esittely|aloitus|tutustumis|kartoitus)?palaver\p{L}*`,
      "esittely",
      "demo",
      String.raw`stretnuti\p{L}*`,
    ],
    // any case of the participle: "schůzku máme domluvenou"
    booked: [
      String.raw`domluven\p{L}*`,
      String.raw`naplánován\p{L}*`,
      String.raw`potvrzen\p{L}*`,
      "sovittu",
      "sovittiin",
      "varattu",
      "vahvistettu",
    ],
    day: [
      "pondělí",
      "úterý",
      "středa",
      "středu",
      "čtvrtek",
      "pátek",
      "maanantaina",
      "tiistaina",
      "keskiviikkona",
      "torstaina",
      "perjantaina",
    ],
    thanked: [String.raw`děkuj(?:i|eme)\s+za`],
  },
  // a region word inside a sentence names the place after it ("… ročně. Oblasť: Vysočina.", "…
  // vuodessa. Alue: Kainuu."): Finnish "alue", "maakunta"; Czech "oblast", Slovak "oblasť"
  regionWord: [String.raw`alue`, String.raw`maakunta`, String.raw`oblast`, String.raw`oblasť`],
};
