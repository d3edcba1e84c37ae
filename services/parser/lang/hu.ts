// Hungarian label words, registering phrases and cue phrases, by field.
import type { CueTable, LabelTable } from "./types.ts";

export const labels: LabelTable = {
  company: ["cég", "cégnév", "cég neve", "ügyfél", "ügyfél neve", "vállalat"],
  website: ["weboldal", "honlap", "weblap"],
  contactName: ["kapcsolattartó", "kapcsolattartó neve", "ügyintéző"],
  role: ["beosztás", "pozíció"],
  email: ["e-mail cím", "email cím"],
  phone: ["telefon", "telefonszám", "mobil"],
  stage: ["állapot", "státusz", "fázis"],
  value: ["becsült érték", "érték", "költségkeret", "keretösszeg"],
  competitors: ["versenytárs", "versenytársak", "konkurencia"],
  need: ["igény", "igények", "megjegyzés", "probléma"],
  // "Ország: …" (country), "Megye: …" (county), "Város: …" (town)
  region: ["helyszín", "régió", "település", "ország", "megye", "város"],
  consent: ["hozzájárulás", "kapcsolatfelvételi hozzájárulás"],
  product: ["termék", "érdeklődés"],
  currency: ["pénznem"],
};

/** Registering phrases (see CueTable.registering); the cue tables are `cues`. */
export const registering: readonly string[] = [
  // "regisztrálni szeretnénk", "lehetőség regisztrálása", "új ügyfél", "új lehetőség"
  String.raw`regisztrál\p{L}*`,
  String.raw`új (?:ügyfél|lehetőség|érdeklődő)`,
];

/** Cue phrases (see CueTable): a presentation arranged, a price quote asked for, consent given. */
export const cues: CueTable = {
  // weighing a rival's offer: "összevetik a X ajánlatával", "összehasonlítják az X megoldásával"
  competitorBefore: [String.raw`(?:összevet|összehasonlít)\p{L}*\s+(?:(?:a|az)\s+)?`],
  problem: {
    // "papíron", "papír alapon", "kézzel", "Excelben"
    strong: [String.raw`papír\p{L}*`, "kézzel", String.raw`excel\p{L}*`],
    // "szeretnének", "szükségük van"
    weak: [String.raw`szeretné\p{L}*`, String.raw`szükség\p{L}*`],
  },
  // "Hozzájárulás: igen" / "nem"
  yes: ["igen"],
  no: ["még nem", "még nincs", "nem"],
  negationBefore: ["nem", "még nem", "nincs"],
  stage: {
    // month names, for a meeting's date written out ("… on 14 March", "… el 11 de mayo")
    month: [
      "január",
      "február",
      "március",
      "április",
      "május",
      "június",
      "július",
      "augusztus",
      "szeptember",
      "október",
      "november",
      "december",
    ],
    // a price quote asked for or sent: "árajánlatot kértek", "az árajánlat elküldve"
    // a request for proposals, offers compared: "ajánlatkérés", "összehasonlítják az ajánlatokat"
    // a trial version asked for: "próbaverziót kérnek"
    evaluation: [
      String.raw`árajánlat\p{L}*`,
      String.raw`ajánlatkér\p{L}*`,
      String.raw`összehasonlít\p{L}*`,
      String.raw`próbaverzi\p{L}*`,
    ],
    // "bemutató egyeztetve május 3-ra", "a találkozó leszervezve"; a first talk ("egyeztetés") and a
    // walk through the site ("bejárás") are meetings too
    event: [
      "bemutató",
      "bemutatót",
      "bemutatóra",
      "megbeszélés",
      "találkozó",
      "találkozót",
      "demó",
      "egyeztetés",
      "egyeztetést",
      "bejárás",
      "bejárást",
    ],
    booked: ["egyeztetve", "egyeztettük", "leszervezve", "leszerveztük", "megbeszélve", "lefoglalva"],
    discovery: [
      // the verb first, as Hungarian often puts it: "péntekre leszerveztünk egy bemutatót"
      String.raw`(?:egyeztettünk|leszerveztünk|lefoglaltunk|megbeszéltünk|megszerveztük|egyeztettük)\s+(?:egy\s+|az?\s+)?(?:első\s+|közös\s+)?{event}`,
      // its time as a label: "A bemutató időpontja: 2026. május 4."
      String.raw`{event}\s+időpontja\s*:?\s*(?:\d{4}\.\s*)?(?:{date}|\p{L}{3,10}\s+\d{1,2}\.)`,
      // the day with its case ending, then what will be: "június 2-án bemutató lesz"
      String.raw`(?:\p{L}{3,10}\s+)?\d{1,2}\.?-(?:[áaée]n|j[ée]n)\s+(?:[\p{L}]+\s+){0,2}?{event}[^.\n!?]{0,30}?\slesz(?:nek)?(?![\p{L}])`,
    ],
  },
  consent: {
    // the prospect agreed to being contacted, the two words in one sentence in either order
    agreeWord: ["hozzájárult", "beleegyezett", "beleegyezik", "hozzájárul"],
    contactWord: [String.raw`kapcsolat\p{L}*`, String.raw`megkeres\p{L}*`, String.raw`felhív\p{L}*`],
    // the prospect agreed: "hozzájárult, hogy…", "beleegyezett a megkeresésbe"
    // feel free to contact him: "nyugodtan keressék meg", "nyugodtan hívják fel"
    permission: [
      "hozzájárult",
      "beleegyezett",
      String.raw`nyugodtan\s+(?:keress|hív|felhív|írj|kereshet|hívhat)\p{L}*`,
    ],
    // not asked or told yet: "még nem kérdeztük meg", "még nem szóltam neki"
    prohibition: [String.raw`még\s+nem\s+(?:kérdez|beszél|egyeztet|szól)\p{L}*`],
  },
  motion: {
    // the partner resells: "viszonteladóként", "viszonteladás", "mi értékesítenénk tovább",
    // "mi értékesítjük a licencet" ("értékesítés" alone is the sales department)
    resale: [
      String.raw`viszontelad\p{L}*`,
      String.raw`értékesít\p{L}*\s+(?:tovább|a\s+licenc\p{L}*)`,
      String.raw`továbbértékesít\p{L}*`,
    ],
    // the partner does the work: "a bevezetést mi végeznénk", "a képzést mi végezzük"
    services: [String.raw`mi\s+végez(?:nénk|zük|nénk\s+el|zük\s+el)`],
  },
};
