// Latvian, Lithuanian and Estonian label words and registering phrases, by field; Lithuanian and
// Latvian cue phrases (Estonian's are in et.ts), with and without the diacritics a phone drops.
import type { CueTable, LabelTable } from "./types.ts";

export const labels: LabelTable = {
  company: [
    // lv
    "uzņēmums",
    "uzņēmuma nosaukums",
    "klients",
    // lt
    "įmonė",
    "įmonės pavadinimas",
    "klientas",
    // et
    "ettevõte",
    "ettevõtte nimi",
  ],
  website: ["mājaslapa", "mājas lapa", "tīmekļa vietne", "svetainė", "interneto svetainė", "veebileht", "koduleht"],
  contactName: ["kontaktpersona", "kontaktinis asmuo", "kontaktisik"],
  role: ["amats", "pareigos", "ametikoht"],
  email: ["e-pasts", "el. paštas", "e-post"],
  phone: ["tālrunis", "telefons", "telefonas", "telefon"],
  stage: ["statuss", "etapas", "staatus", "etapp"],
  value: ["vērtība", "budžets", "vertė", "biudžetas", "väärtus", "eelarve"],
  // Estonian writes the singular too ("Konkurent: X")
  competitors: ["konkurenti", "konkurentai", "konkurendid", "konkurent"],
  need: ["vajadzība", "piezīmes", "poreikis", "pastabos", "vajadus", "märkused"],
  region: ["reģions", "regionas", "piirkond"],
  consent: ["piekrišana", "sutikimas", "nõusolek"],
  product: ["produkts", "produktas", "toode"],
};

/** Registering phrases (see CueTable.registering), apart from the cue tables below. */
export const registering: readonly string[] = [
  // lv "lūdzu, reģistrējiet", "reģistrācija"; lt "užregistruoti", "registracija"; et "registreerige"
  String.raw`reģistr\p{L}*`,
  String.raw`(?:už)?registruo\p{L}*`,
  String.raw`registracij\p{L}*`,
  String.raw`registreeri\p{L}*`,
  // "a new customer": lv "jauns klients", lt "naujas klientas", et "uus klient"
  String.raw`(?:jauns klients|naujas klientas|uus klient)`,
];

/** Lithuanian (lt) and Latvian (lv) cue tables, entry by entry marked by language. */
export const cues: CueTable = {
  // Lithuanian offers weighed: "lygina su X", "lygina pasiūlymą su X"
  competitorBefore: [String.raw`lygin\p{L}*\s+(?:\S+\s+){0,2}?su\s+`],
  // lt "nėra" (is not), "nebuvo"; lv "nav" (is not), "nebija", "bez" (without); both join "ne-" to the verb
  negationBefore: ["nėra", "nera", "nebuvo", "nav", "nebija", "bez"],
  commonWords: ["ir", "yra", "kad", "su", "jie", "mes", "bet", "jau", "dar", "un", "ar", "ka", "mēs", "jau", "vēl"],
  negationAfter: ["dar ne", "vēl ne", "dar nėra", "vēl nav"],
  conditional: ["jei", "jeigu", "ja gadījumā"],
  // "Sutikimas: taip", "Piekrišana: jā", "…: dar ne"
  yes: ["taip", "jā"],
  no: ["dar ne", "vēl ne", "ne", "nē"],
  stage: {
    evaluation: [
      // lt: a trial ("bandomasis laikotarpis", "bandomoji versija"), a pilot, testing, an offer sent or asked for
      String.raw`bandom\p{L}*\s+(?:laikotarp|versij|projekt)\p{L}*`,
      String.raw`pilotin\p{L}*\s+projekt\p{L}*|pilotprojekt\p{L}*`,
      String.raw`testuoja|i[šs]bando`,
      String.raw`(?:komercin\p{L}*\s+)?pasi[ūu]lym\p{L}*\s+(?:jau\s+)?(?:i[šs]si[ųu]st|pateikt|papra[šs]yt|pra[šs]yt)\p{L}*`,
      String.raw`(?:i[šs]siunt[ėe]me|pateik[ėe]me|paruo[šs][ėe]me)\s+(?:jiems\s+|klientui\s+)?(?:komercin[įi]\s+)?pasi[ūu]lym\p{L}*`,
      String.raw`(?:pra[šs]o|papra[šs][ėe]|laukia)\s+(?:m[ūu]s[ųu]\s+)?(?:komercinio\s+|kainos\s+)?pasi[ūu]lymo`,
      // lt: comparing offers, a public procurement, the budget approved
      String.raw`lygina\s+(?:[\p{L}]+\s+){0,2}?(?:pasi[ūu]lym|tiek[ėe]j|sprendim)\p{L}*`,
      String.raw`vie[šs]\p{L}*\s+pirkim\p{L}*`,
      String.raw`biud[žz]et\p{L}*\s+(?:jau\s+)?(?:patvirtint|skirt)\p{L}*`,
      // lv: a trial ("izmēģinājuma periods"), testing, an offer sent or asked for
      String.raw`izm[ēe][ģg]in[āa]jum\p{L}*\s+(?:period|versij|projekt)\p{L}*`,
      String.raw`test[ēe]\s+(?:m[ūu]su|[šs]o)`,
      String.raw`(?:cenu\s+|komerc\p{L}*\s+)?pied[āa]v[āa]jum\p{L}*\s+(?:ir\s+)?(?:nos[ūu]t[īi]t|sagatavot|iesniegt|piepras[īi]t)\p{L}*`,
      String.raw`(?:nos[ūu]t[īi]j[āa]m|iesniedz[āa]m|sagatavoj[āa]m)\s+(?:vi[ņn]iem\s+|klientam\s+)?(?:cenu\s+)?pied[āa]v[āa]jum\p{L}*`,
      String.raw`(?:l[ūu]dza|piepras[īi]ja|gaida)\s+(?:m[ūu]su\s+)?(?:cenu\s+|komerc\p{L}*\s+)?pied[āa]v[āa]jum\p{L}*`,
      // lv: comparing offers, a public procurement, the budget approved
      String.raw`sal[īi]dzina\s+(?:[\p{L}]+\s+){0,2}?(?:pied[āa]v[āa]jum|pieg[āa]d[āa]t[āa]j|risin[āa]jum)\p{L}*`,
      String.raw`publisk\p{L}*\s+iepirkum\p{L}*|iepirkuma\s+(?:konkurs|proced[ūu]r)\p{L}*`,
      String.raw`bud[žz]et\p{L}*\s+(?:ir\s+)?(?:apstiprin[āa]t|pie[šs][ķk]irt)\p{L}*`,
      // a tender, lt "konkursas", lv "konkurss" (not the Czech "konkurs", an insolvency)
      String.raw`konkurs(?:as|ą|o|ui|s)`,
    ],
    newIntro: [
      // lt: a first contact, nothing agreed yet, considering a replacement, a new lead
      String.raw`pirm(?:as|asis|inis)\s+kontakt\p{L}*`,
      String.raw`nieko\s+(?:dar\s+)?(?:nesutarta|nesuplanuota|nesutar[ėe]me)`,
      String.raw`svarsto\s+(?:[\p{L}]+\s+){0,3}?(?:keisti|pakeisti|keitim\p{L}*|pakeitim\p{L}*)`,
      String.raw`naujas\s+(?:kontaktas|lead\p{L}*)`,
      // lv: a first contact, nothing agreed yet, considering a replacement, a new lead
      String.raw`pirm(?:ais|ā|a)\s+kontakt\p{L}*|s[āa]kotn[ēe]j\p{L}*\s+kontakt\p{L}*`,
      String.raw`(?:nekas\s+)?v[ēe]l\s+nav\s+(?:norun[āa]t|iepl[āa]not|sarun[āa]t)\p{L}*`,
      String.raw`apsver\s+(?:[\p{L}]+\s+){0,3}?(?:nomai\p{L}*|aizst[āa]\p{L}*)`,
      String.raw`jauns\s+(?:kontakts|lead\p{L}*)`,
      // we only recommend: lv "tikai iesakām", lt "tik rekomenduoju"
      String.raw`tikai\s+iesak(?:ām|am|u)`,
      String.raw`tik\s+rekomenduo(?:ju|jame)`,
    ],
    discovery: [
      // the booking first: lt "suplanuotas susitikimas", "susitarėme dėl susitikimo"; lv "vienojāmies par tikšanos"
      String.raw`(?:suplanuot|sutart|patvirtint)(?:as|a|ą|asis)\s+(?:pirm(?:as|asis|inis)\s+)?{event}`,
      String.raw`susitar[ėe]me\s+(?:d[ėe]l\s+)?{event}`,
      String.raw`(?:vienoj[āa]mies|norun[āa]j[āa]m|iepl[āa]noj[āa]m)\s+(?:par\s+)?{event}`,
    ],
    event: [
      // lt meeting, presentation, call; lv meeting ("tikšanās"), presentation, call
      String.raw`susitikim\p{L}*`,
      String.raw`pristatym\p{L}*`,
      String.raw`skambu[čc]\p{L}*|skambutis`,
      String.raw`demonstracij\p{L}*`,
      String.raw`tik[šs]an(?:[āa]s|os|u)`,
      String.raw`prezent[āa]cij\p{L}*`,
      String.raw`zvans|zvanu|sapulc\p{L}*`,
      "demo",
    ],
    booked: [
      // lt "suplanuotas", "sutartas", "patvirtintas", "numatytas"; lv "ieplānota", "norunāta", "apstiprināta"
      String.raw`suplanuot\p{L}*`,
      String.raw`sutart(?:as|a|ą)`,
      String.raw`patvirtint\p{L}*`,
      String.raw`numatyt(?:as|a|ą)`,
      String.raw`iepl[āa]not\p{L}*`,
      String.raw`norun[āa]t\p{L}*`,
      String.raw`sarun[āa]t\p{L}*`,
      String.raw`apstiprin[āa]t\p{L}*`,
    ],
    day: [
      // lt "antradienį", lv "otrdien"; tomorrow: lt "rytoj", lv "rīt"
      String.raw`(?:pirm|antr|tre[čc]i|ketvirt|penkt)adien\p{L}*`,
      String.raw`(?:pirm|otr|tre[šs]|ceturt|piekt)dien\p{L}*`,
      "rytoj",
      "rīt",
    ],
  },
  motion: {
    resale: [
      // lt "perparduodame", "perpardavimas"; billed through the partner: "sąskaitą išrašysime mes", "per mus"
      String.raw`perpard\p{L}*`,
      String.raw`s[ąa]skait\p{L}*\s+(?:i[šs]ra[šs]ysime\s+mes|(?:eis\s+)?per\s+mus)`,
      String.raw`per\s+mus\s+(?:pirks|[įi]sigys|u[žz]sakys|perka)`,
      // lv "tālākpārdošana", "rēķins caur mums", "caur mums iegādāsies"
      String.raw`t[āa]l[āa]kp[āa]rd\p{L}*`,
      String.raw`r[ēe][ķk]in\p{L}*\s+(?:ies\s+|tiks\s+izrakst[īi]ts\s+)?caur\s+mums`,
      String.raw`caur\s+mums\s+(?:p[ēe]rk|ieg[āa]d|pas[ūu]t)\p{L}*`,
    ],
    referral: [
      // lt "tik rekomenduojame", "tik supažindiname"; a finder's fee: "rekomendacinis mokestis"
      String.raw`(?:tik|tiktai)\s+(?:rekomenduoj|supa[žz]indin|tarpinink)\p{L}*`,
      String.raw`(?:rekomendacin|tarpininkavim)\p{L}*\s+(?:mokest|komisin)\p{L}*`,
      // lv "tikai iesakām", "tikai iepazīstinām"; a finder's fee: "starpniecības komisija"
      String.raw`tikai\s+(?:iesak|ieteik|iepaz[īi]stin|sav[ēe]d)\p{L}*`,
      String.raw`starpniec\p{L}*\s+(?:maks|komisij)\p{L}*`,
    ],
    services: [
      // lt "atliksime diegimą ir mokymus"; lv "nodrošināsim ieviešanu un apmācības"
      String.raw`(?:atliksime|atliekame|vykdysime|u[žz]tikrinsime)\s+(?:ir\s+)?(?:diegim|integravim|integracij|mokym|palaikym|konfig[uū]ravim)\p{L}*`,
      String.raw`(?:veiksim|nodro[šs]in[āa]sim|veicam|nodro[šs]in[āa]m)\s+(?:ar[īi]\s+)?(?:ievie[šs]an|integr[āa]cij|apm[āa]c[īi]b|atbalst|konfigur)\p{L}*`,
    ],
    technology: [
      String.raw`integracij\p{L}*\s+su\s+m[ūu]s[ųu]\s+(?:produkt|sistem|platform)\p{L}*`,
      String.raw`integr[āa]cij\p{L}*\s+ar\s+m[ūu]su\s+(?:produkt|sist[ēe]m|platform)\p{L}*`,
      String.raw`technologij\p{L}*\s+partner\p{L}*|tehnolo[ģg]ij\p{L}*\s+partner\p{L}*`,
    ],
  },
  consent: {
    permission: [
      // lt "sutiko, kad su juo susisiektumėte", "sutinka su kontaktu", "davė sutikimą", "laukia jūsų skambučio"
      String.raw`(?:sutiko|sutinka|sutikusi|sutik[ęe]s),?\s+(?:kad\s+(?:[\p{L}]+\s+){0,3}?(?:susisiekt|paskambint|kontaktuot)\p{L}*|su\s+(?:kontaktu|susisiekimu|skambu[čc]iu))`,
      String.raw`(?:dav[ėe]|yra\s+dav[ęe]s|yra\s+davusi)\s+(?:savo\s+)?sutikim\p{L}*`,
      String.raw`laukia\s+(?:j[ūu]s[ųu]\s+)?(?:skambu[čc]io|kontakto|lai[šs]ko)`,
      String.raw`galite\s+(?:jam|jai|jiems)\s+(?:tiesiogiai\s+)?(?:skambinti|paskambinti|ra[šs]yti|para[šs]yti)`,
      String.raw`galite\s+(?:tiesiogiai\s+)?susisiekti\s+(?:tiesiogiai\s+)?su\s+(?:juo|ja|jais|jomis)`,
      // lv "piekrita, ka ar viņu sazināsieties", "gaida jūsu zvanu", "varat viņam zvanīt"
      String.raw`piekrit\p{L}*,?\s+(?:ka\s+(?:[\p{L}]+\s+){0,3}?(?:sazin|zvan|kontakt)\p{L}*|sazi[ņn]ai|kontaktam)`,
      String.raw`deva\s+(?:savu\s+)?piekri[šs]an\p{L}*`,
      String.raw`gaida\s+(?:j[ūu]su\s+)?(?:zvanu|zi[ņn]u|kontaktu)`,
      String.raw`var[ae]t\s+(?:vi[ņn]am|vi[ņn]ai|vi[ņn]iem)\s+(?:tie[šs]i\s+)?(?:zvan[īi]t|piezvan[īi]t|rakst[īi]t)`,
      String.raw`var[ae]t\s+(?:tie[šs]i\s+)?sazin[āa]ties\s+ar\s+(?:vi[ņn]u|vi[ņn]iem)`,
    ],
    prohibition: [
      // lt "kol kas nesusisiekite", "neskambinkite", "palaukite, kol …", not asked yet, only through us
      String.raw`nesusisiekite|neskambinkite|nera[šs]ykite`,
      String.raw`palaukite,?\s+kol`,
      String.raw`(?:dar\s+)?nepaklaus(?:iau|[ėe]me)`,
      String.raw`(?:dar\s+)?nedav[ėe]\s+sutikimo`,
      String.raw`kontakt\p{L}*\s+tik\s+per\s+mus`,
      // lv "nesazinieties", "nezvaniet", "lūdzu, pagaidiet, līdz …", not asked yet, only through us
      String.raw`nesazinieties|nezvaniet|nerakstiet`,
      String.raw`pagaidiet,?\s+(?:l[īi]dz|kam[ēe]r)`,
      String.raw`neesmu\s+(?:v[ēe]l\s+)?jaut[āa]j\p{L}*`,
      String.raw`kontakt\p{L}*\s+tikai\s+caur\s+mums`,
    ],
  },
};
