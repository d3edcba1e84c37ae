// Hungarian label words, registering phrases and cue phrases, by field.
import type { CueTable, LabelTable } from "./types.ts";

export const labels: LabelTable = {
  company: [
    "cég",
    "cégnév",
    "cég neve",
    "ügyfél",
    "ügyfél neve",
    "vállalat",
    // an organisation, an association
    "szervezet",
    "egyesület",
  ],
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
  // "Terület: Tolna megye" (the area)
  region: ["helyszín", "régió", "település", "ország", "megye", "város", "terület"],
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
  // the rival before the words about it: "az X ajánlatát is vizsgálják" (X's offer is examined too),
  // "a X is versenyben van" (X is in the race too)
  // and "a X ajánlatával vetik össze" (they weigh it against X's offer)
  competitorAfter: [
    String.raw`ajánlatát\s+is\s+vizsgál\p{L}*`,
    String.raw`is\s+versenyben\s+(?:van|vannak)`,
    String.raw`ajánlatával\s+(?:vet(?:ik|i|jük)|hasonlít(?:ják|ja)?)\s+össze`,
  ],
  problem: {
    // "papíron", "papír alapon", "kézzel", "Excelben"
    strong: [
      String.raw`papír\p{L}*`,
      "kézzel",
      String.raw`excel\p{L}*`,
      // the main trouble: "a fő gondjuk …", "a legnagyobb problémájuk" ("gondol…", to think, is none)
      String.raw`(?:fő|legnagyobb)\s+(?:gond(?:ja|juk|jaik)?|problémá(?:ja|juk)|probléma)`,
    ],
    // "szeretnének", "szükségük van"
    // a means of talking as the process: "telefonon foglalnak", "Messengeren"; "telefonon beszéltem vele" is the
    // partner's talk
    channel: [String.raw`telefonon`, String.raw`(?:messengeren|facebookon|instagramon|whatsappon)`],
    talked: ["beszéltem", "beszéltünk", "egyeztettem", "egyeztettünk", "hívtam", "megbeszéltük"],
    weak: [
      // a mostani állapot: "jelenleg táblázatban vezetik a beosztást", "még mindig papíron" ("jelenleg nem …" is none)
      String.raw`(?:jelenleg|még\s+mindig)(?!\s+nem(?![\p{L}]))`,
      String.raw`szeretné\p{L}*`,
      String.raw`szükség\p{L}*`,
    ],
  },
  // "Hozzájárulás: igen" / "nem"
  yes: ["igen"],
  no: ["még nem", "még nincs", "nem"],
  negationBefore: ["nem", "még nem", "nincs"],
  // right after a cue: "bemutató: még nincs", "időpont még nem"
  negationAfter: ["még nem", "még nincs"],
  // "amennyiben jól sikerül a demó", "hogyha", "feltéve, hogy" ("ha" is Spanish "has")
  conditional: ["amennyiben", "hogyha", String.raw`feltéve,?\s+hogy`],
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
      // a trial run under way: "próbaüzem a raktárban", "próbaüzemben tesztelik"
      String.raw`próbaüzem\p{L}*`,
      String.raw`árajánlat\p{L}*`,
      String.raw`ajánlatkér\p{L}*`,
      String.raw`összehasonlít\p{L}*`,
      String.raw`próbaverzi\p{L}*`,
      // a trial or test period, the product being tested, a pilot: "tesztidőszak", "tesztelik", "pilot projekt"
      String.raw`(?:teszt|próba)időszak\p{L}*`,
      String.raw`tesztverzi\p{L}*`,
      String.raw`tesztel(?:ik|ték|jük|ik\s+már|nek)`,
      // a pilot under way ("a pilot már fut", "pilotszakaszban"), not one wished for ("pilotot szeretne")
      String.raw`pilot(?:projekt)?\s+(?:már\s+)?(?:fut|folyik|zajlik|elindult|elkezdődött)`,
      String.raw`pilot(?:ban|szakasz\p{L}*|fázis\p{L}*)`,
      // a public procurement or tender: "közbeszerzés", "tenderen indulnak"
      String.raw`közbeszerzés\p{L}*`,
      String.raw`tender(?:t|en|re|ben|kiírás\p{L}*)?`,
      // an offer asked for, sent or awaited: "ajánlatot kértek", "elküldtük az ajánlatot"
      String.raw`ajánlatot\s+(?:kértek|kért|kérnek|kér|várnak|vár|küldtünk|küldtem|adtunk|adtam|tettünk)`,
      String.raw`elküldtük\s+(?:az\s+)?ajánlat\p{L}*`,
      String.raw`ajánlatadás\p{L}*`,
      String.raw`áraka?t\s+kér(?:tek|nek|t)`,
      String.raw`mérlegel\p{L}*\s+(?:az\s+)?ajánlat\p{L}*`,
      // a budget approved: "a költségkeret jóváhagyva", "a büdzsé elfogadva"
      String.raw`(?:költségkeret|keret|költségvetés|büdzsé)\p{L}*\s+(?:már\s+)?(?:jóváhagy|elfogad|engedélyez)\p{L}*`,
      String.raw`(?:értékelés|tesztelés|ajánlattétel|tárgyalás)\p{L}*\s+(?:alatt|szakaszában|fázisában|folyik|zajlik)`,
      // offers compared: "ajánlatokat hasonlítanak össze", "összehasonlítják az ajánlatokat"
      String.raw`ajánlat\p{L}*\s+hasonlít\p{L}*\s+össze`,
    ],
    // "bemutató egyeztetve május 3-ra", "a találkozó leszervezve"; a first talk ("egyeztetés") and a
    // walk through the site ("bejárás") are meetings too
    event: [
      String.raw`bemutató\p{L}*`,
      String.raw`megbeszélés\p{L}*`,
      String.raw`találkozó\p{L}*`,
      String.raw`demó\p{L}*`,
      String.raw`prezentáció\p{L}*`,
      String.raw`(?:video|online\s+)?hívás(?:t|ra)?`,
      "egyeztetés",
      "egyeztetést",
      "bejárás",
      "bejárást",
    ],
    booked: [
      "egyeztetve",
      "egyeztettük",
      "leszervezve",
      "leszerveztük",
      "megbeszélve",
      "lefoglalva",
      "leegyeztetve",
      "leegyeztettük",
      "beütemezve",
      "beütemeztük",
      "ütemezve",
      "lefixálva",
      "lefixáltuk",
      "megszervezve",
      "foglalva",
    ],
    // weekdays, with the "on" ending, and near days: "kedden", "pénteken", "holnap"
    day: [
      "hétfő",
      "hétfőn",
      "kedd",
      "kedden",
      "szerda",
      "szerdán",
      "csütörtök",
      "csütörtökön",
      "péntek",
      "pénteken",
      "holnap",
      "holnapután",
    ],
    thanked: [String.raw`köszön(?:öm|jük)\s+(?:a|az)`],
    discovery: [
      // a date, then the first meeting named: "március 3-án első egyeztetés", "12-én első bemutató"
      String.raw`\d{1,2}\.?-(?:[áée]n|án)\s+első\s+(?:egyeztetés|bemutató|megbeszélés|találkozó)`,
      // the verb first, as Hungarian often puts it: "péntekre leszerveztünk egy bemutatót"
      String.raw`(?:egyeztettünk|leszerveztünk|lefoglaltunk|megbeszéltünk|megszerveztük|egyeztettük|beütemeztünk|beütemeztük|leegyeztettünk|leegyeztettük|lefixáltunk|lefixáltuk)\s+(?:egy\s+|az?\s+)?(?:első\s+|közös\s+)?{event}`,
      // its time as a label: "A bemutató időpontja: 2026. május 4."
      String.raw`{event}\s+időpontja\s*:?\s*(?:\d{4}\.\s*)?(?:{date}|\p{L}{3,10}\s+\d{1,2}\.)`,
      // the day with its case ending, then what will be: "június 2-án bemutató lesz"
      String.raw`(?:\p{L}{3,10}\s+)?\d{1,2}\.?-(?:[áaée]n|j[ée]n)\s+(?:[\p{L}]+\s+){0,2}?{event}[^.\n!?]{0,30}?\slesz(?:nek)?(?![\p{L}])`,
      // an appointment had: "időpontot egyeztettünk", "időpontunk van csütörtökre"
      String.raw`időpont(?:ot|unk)?\s+(?:már\s+)?(?:van|egyeztettünk|egyeztetve|foglaltunk|foglalva|kaptunk|megvan)`,
      // a date, then a presentation held for them: "május 4-én bemutatót tartunk", "3-án megbeszélés lesz"
      String.raw`\d{1,2}\.?-(?:[áée]n|án)\s+(?:[\p{L}]+\s+){0,2}?(?:bemutató|prezentáció|megbeszélés|találkozó)\p{L}*\s+(?:tart\p{L}*|lesz)`,
    ],
    newIntro: [
      // for now only an introduction: "egyelőre csak bemutatás"
      String.raw`(?:egyelőre|még)\s+csak\s+bemutat\p{L}*`,
      // a first contact, a fresh lead: "első kapcsolatfelvétel", "friss érdeklődő", "új lead"
      String.raw`első\s+(?:kapcsolatfelvétel|megkeresés|kontaktus|kapcsolat)\p{L}*`,
      String.raw`(?:új|friss)\s+lead\p{L}*`,
      String.raw`friss\s+(?:érdeklődő|kapcsolat)\p{L}*`,
      // only inquiring, an early stage: "egyelőre csak érdeklődnek", "korai fázis"
      String.raw`(?:egyelőre|még)\s+csak\s+(?:érdeklőd|ismerked|tájékozód)\p{L}*`,
      String.raw`(?:korai|kezdeti)\s+(?:fázis|szakasz|stádium)\p{L}*`,
      // thinking of replacing: "fontolgatják a rendszer cseréjét", "gondolkodnak a váltáson"
      String.raw`(?:fontolgat|gondolkod|gondolkoz)\p{L}*\s+(?:[\p{L}]+\s+){0,3}?(?:cseréj|csere|leváltás|váltás)\p{L}*`,
      // nothing booked yet: "még nincs időpont", "semmi sincs egyeztetve"
      String.raw`(?:még\s+)?(?:nincs|nem\s+volt)\s+(?:még\s+)?(?:egyeztetett\s+)?(?:időpont|bemutató|találkozó|megbeszélés)\p{L}*`,
      String.raw`semmi\s+(?:sincs\s+|nincs\s+)?(?:egyeztetve|leszervezve|megbeszélve)`,
      // no talks held yet: "még nem volt egyeztetés"; a new inquirer as a status: "új érdeklődő"
      String.raw`még\s+nem\s+volt\s+(?:semmilyen\s+)?egyeztetés\p{L}*`,
      String.raw`új\s+érdeklődő\p{L}*`,
      // we only introduce: "csak bemutatjuk", "csak ajánljuk"
      String.raw`csak\s+(?:bemutatjuk|ajánljuk|közvetítünk)`,
      // we take no further part in the sale: "nem veszünk részt az értékesítésben"
      String.raw`nem\s+(?:veszünk|vesz)\s+részt\s+az\s+értékesítés\p{L}*`,
    ],
  },
  consent: {
    // the prospect agreed to being contacted, the two words in one sentence in either order
    agreeWord: ["hozzájárult", "beleegyezett", "beleegyezik", "hozzájárul"],
    contactWord: [
      String.raw`kapcsolat\p{L}*`,
      String.raw`megkeres\p{L}*`,
      String.raw`felhív\p{L}*`,
      String.raw`hívás\p{L}*`,
    ],
    // the prospect agreed: "hozzájárult, hogy…", "beleegyezett a megkeresésbe"
    // feel free to contact him: "nyugodtan keressék meg", "nyugodtan hívják fel"
    permission: [
      "hozzájárult",
      "beleegyezett",
      String.raw`nyugodtan\s+(?:keress|hív|felhív|írj|kereshet|hívhat)\p{L}*`,
      // awaiting the call, may be called: "várja a hívásukat", "közvetlenül megkereshetik"
      String.raw`várja\s+(?:a\s+)?(?:hívás|megkeresés|jelentkezés)\p{L}*`,
      String.raw`(?:bátran\s+|közvetlenül\s+)?(?:megkereshetik|kereshetik|felhívhatják|hívhatják|megkereshetitek|kereshetitek|felhívhatjátok|hívhatjátok)`,
      // asked for the call: "kérte, hogy keressék meg", "visszahívást kért"
      String.raw`(?:kérte|kéri|kérik|kérték),?\s+hogy\s+(?:keress|hív|felhív|megkeres)\p{L}*`,
      String.raw`visszahívást\s+kér\p{L}*`,
      String.raw`(?:beleegyezés|hozzájárulás)\p{L}*\s+(?:megvan|megadva|rendben)`,
    ],
    // not asked or told yet: "még nem kérdeztük meg", "még nem szóltam neki"
    prohibition: [
      String.raw`még\s+nem\s+(?:kérdez|beszél|egyeztet|szól)\p{L}*`,
      // not told, not agreed yet: "még nem tud róla", "nem járult hozzá"
      String.raw`még\s+nem\s+(?:tud\s+(?:róla|erről)|tájékoztatt\p{L}*)`,
      String.raw`nem\s+(?:járult\s+hozzá|egyezett\s+bele)`,
      // do not call, wait: "kérem, ne keressék meg", "várjanak, amíg jelzek"
      String.raw`ne\s+(?:keress|hív|felhív|megkeres|keresd|hívd)\p{L}*`,
      String.raw`várj(?:anak|atok|on|unk)\p{L}*,?\s+(?:amíg|míg)`,
      String.raw`(?:kapcsolat\p{L}*|kommunikáció\p{L}*)\s+(?:csak|kizárólag)\s+rajtunk\s+keresztül`,
    ],
  },
  // too common to decide in prose; a role label's value ("Szerepünk: bevezetés") is decided by one
  motionWeak: { services: [String.raw`implementáció\p{L}*`, String.raw`bevezetés\p{L}*`, String.raw`oktatás\p{L}*`] },
  // the motion's name alone in brackets: "(ajánlás)"
  motionName: { referral: ["ajánlás"] },
  motion: {
    // the partner resells: "viszonteladóként", "viszonteladás", "mi értékesítenénk tovább",
    // "mi értékesítjük a licencet" ("értékesítés" alone is the sales department)
    resale: [
      String.raw`viszontelad\p{L}*`,
      String.raw`értékesít\p{L}*\s+(?:tovább|a\s+licenc\p{L}*)`,
      String.raw`továbbértékesít\p{L}*`,
      // the invoice and the licence go through the partner: "mi számlázunk", "rajtunk keresztül vásárolnak"
      String.raw`mi\s+(?:is\s+)?számláz(?:unk|zuk|nánk|nék)`,
      String.raw`rajtunk\s+keresztül\s+(?:számláz|vásárol|rendel|vesz|veszi|megy)\p{L}*`,
      String.raw`(?:mi\s+)?(?:vásároljuk|vennénk|vesszük|vásárolnánk)\s+(?:meg\s+)?a\s+licenc\p{L}*`,
    ],
    // the partner only introduces: "csak ajánljuk", "csupán összehozzuk a feleket", "ajánlói jutalék"
    referral: [
      // the rest left to the vendor: "Önökre bízzuk"
      String.raw`(?:önökre|önre|rátok)\s+bízzuk`,
      String.raw`(?:csak|csupán|mindössze)\s+(?:ajánl|összehoz|továbbít|bemutat)\p{L}*`,
      // "figyelmükbe ajánljuk" (we commend them to your attention); out of the sale: "nem veszünk részt az értékesítésben"
      String.raw`ajánl\p{L}*\s+figyelm(?:ükbe|ébe|etekbe)|figyelm(?:ükbe|ébe|etekbe)\s+ajánl\p{L}*`,
      String.raw`nem\s+(?:vesz|veszünk|vennénk)\s+részt\s+(?:az\s+|a\s+)?(?:értékesítésben|bevezetésben|megvalósításban)`,
      // the vendor makes the sale: "az értékesítést ti intézik"
      String.raw`értékesítést\s+(?:önök|ti)\s+(?:viszik|végzik|intézik|viszitek|végzitek)`,
      String.raw`(?:ajánlási|közvetítői|közvetítési|ajánlói)\s+(?:jutalék|díj)\p{L}*`,
      String.raw`közvetlenül\s+(?:önök|ti|ön)\s+(?:értékesít|szerződ)\p{L}*`,
      String.raw`(?:önök|ti)\s+(?:közvetlenül|direktben)\s+(?:értékesít|szerződ)\p{L}*`,
    ],
    // an integration with the partner's own product: "integráció a saját termékünkkel", "technológiai partner"
    technology: [
      String.raw`integráció\p{L}*\s+(?:a\s+|az\s+)?(?:saját|mi)\s+(?:termékünk|rendszerünk|megoldásunk|platformunk)\p{L}*`,
      String.raw`technológiai\s+partner\p{L}*`,
      // "a fizetési kapunkat integráljuk …" (we integrate our own gateway with …)
      String.raw`\p{L}+(?:unkat|ünket)\s+integrál(?:juk|nánk|tuk)`,
    ],
    // the partner does the work: "a bevezetést mi végeznénk", "a képzést mi végezzük"
    services: [
      String.raw`mi\s+végez(?:nénk|zük|nénk\s+el|zük\s+el)`,
      // "a bevezetést mi vállaljuk", "vállaljuk az oktatást", "rendszerintegrátor"
      String.raw`(?:bevezetés|implementáció|integráció|telepítés|képzés|oktatás|üzemeltetés)\p{L}*\s+(?:is\s+)?mi\s+(?:végezzük|vállaljuk|csináljuk|intézzük)`,
      String.raw`(?:mi\s+)?vállal(?:juk|nánk)\s+(?:a\s+|az\s+)?(?:bevezetés|implementáció|integráció|telepítés|képzés|oktatás|üzemeltetés|támogatás)\p{L}*`,
      String.raw`rendszerintegrátor\p{L}*`,
    ],
  },
};
