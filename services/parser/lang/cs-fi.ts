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
    // an organisation, an association (Czech, Slovak); Finnish: a club, an association
    "organizace",
    "spolek",
    "organizácia",
    "seura",
    "yhdistys",
  ],
  website: ["webové stránky", "verkkosivu", "verkkosivut", "kotisivu", "kotisivut"],
  contactName: ["kontaktní osoba", "jméno", "yhteyshenkilö", "nimi"],
  // Slovak "funkcia", "pozícia"
  role: ["funkce", "pozice", "pracovní pozice", "funkcia", "pozícia", "tehtävä", "titteli", "asema"],
  email: ["sähköposti"],
  phone: ["puhelin", "matkapuhelin", "puh", "gsm", "mobil", "telefon"],
  stage: ["fáze", "stav", "vaihe", "tila"],
  // "Typ: doporučení", "Malli: suosittelu": the kind of partnership, answered by the motion's name
  motion: ["typ", "typ spolupráce", "malli", "yhteistyömalli"],
  value: ["odhadovaná hodnota", "hodnota", "rozpočet", "arvioitu arvo", "arvo", "budjetti"],
  competitors: ["konkurence", "konkurenti", "kilpailijat"],
  // Slovak writes the need "potreba"
  // the main need or problem ("Hlavní problém: …", "Ongelma: …"; "Tilanne" is as often the stage)
  need: [
    "potřeba",
    "potreba",
    "poznámka",
    "tarve",
    "tarpeet",
    "lisätiedot",
    "hlavní potřeba",
    "problém",
    "hlavní problém",
    "ongelma",
    "haaste",
  ],
  // "Lokalita: …", "Oblast: …" (Czech locality, area); "Paikkakunta: …", "Sijainti: …" (Finnish town, location)
  region: ["region", "město", "kraj", "alue", "kaupunki", "lokalita", "oblast", "paikkakunta", "sijainti"],
  // Slovak writes the consent "súhlas"
  consent: [
    "souhlas",
    "souhlas s kontaktováním",
    "súhlas",
    "súhlas s kontaktovaním",
    "lupa yhteydenottoon",
    "suostumus",
  ],
  // the product, Czech "module(s)"
  product: ["produkt", "tuote", "modul", "moduly"],
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
      // a school notebook or tables: "v sešitě", "v zošite", "v tabulkách"; Finnish "vihkoissa"
      String.raw`sešit\p{L}*`,
      String.raw`zošit\p{L}*`,
      String.raw`v\s+tabulkách`,
      String.raw`vihko\p{L}*`,
      String.raw`papírov\p{L}*`,
      String.raw`ručn\p{L}*`,
      String.raw`paperi\p{L}*`,
      "käsin",
      String.raw`excel\p{L}*`,
      // Czech "nezvládá" / "nezvládají": the tool in use cannot cope with something
      String.raw`nezvládá\p{L}*`,
    ],
    // "potřebují", "potrebujú", "hledají", "hľadajú", "tarvitsevat", "haluavat", "pitää" (must)
    // a means of talking as the process: Czech, Slovak "přes telefon", "telefonicky"; Finnish "puhelimitse"; "mluvil
    // jsem s ní telefonicky",
    // "puhuin hänen kanssaan puhelimitse" are the partner's talk
    channel: [
      String.raw`telefonicky`,
      String.raw`(?:přes|po)\s+telefon(?:u)?`,
      String.raw`(?:cez|po)\s+telef[óo]n(?:e)?`,
      String.raw`(?:přes|cez)\s+(?:instagram|facebook|whatsapp|messenger)`,
      String.raw`puhelimitse`,
      String.raw`puhelimella`,
    ],
    talked: [
      "mluvil",
      "mluvila",
      "mluvili",
      "volal",
      "volala",
      "volali",
      "hovořil",
      "hovořila",
      "hovoril",
      "hovorila",
      "telefonoval",
      "telefonovala",
      "puhuin",
      "puhuimme",
      "soitin",
      "soitimme",
      "keskustelin",
      "keskustelimme",
      "sovimme",
    ],
    weak: [
      // Finnish: the way things are done now, "ajanvaraus hoidetaan edelleen …", "nykyinen järjestelmä" ("välitän
      // edelleen", I forward, is no current state)
      String.raw`(?:hoidetaan|tehdään|käytetään|kirjataan|seurataan|pidetään|lasketaan|varataan|tilataan|laskutetaan)\s+(?:edelleen|yhä|vielä)`,
      String.raw`nykyi(?:nen|sen|sellä)\s+(?:järjestelmä|ohjelma|ratkaisu)\p{L}*`,
      // a search named: Finnish "etsii", "etsivät"
      String.raw`etsi(?:i|vät|mme)`,
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
    // an interest named ("zajímá je …", "zaujíma ich …", "kiinnostui …"): a need when its object is no name (see prose-fields)
    interest: [
      String.raw`(?:zajímá|zajímají|zaujíma|zaujímajú)\s+(?:je|ho|ji|ich|ju|nás)`,
      String.raw`kiinnostu\p{L}*`,
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
  // Czech and Slovak mostly join "ne-" to the verb; the free-standing forms of "is not", "none",
  // "nothing" ("schůzka není domluvená", "žiadne stretnutie", "nic domluveno") and the Finnish ones are listed
  negationBefore: [
    "bez",
    "žádná",
    "žádný",
    "žádné",
    "zadne",
    "nic",
    "nič",
    "není",
    "neni",
    "nebyla",
    "nebylo",
    "nebyl",
    "žiadne",
    "žiadny",
    "žiadna",
    "ziadne",
    "ei",
    "ilman",
  ],
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
  negationAfter: ["ještě ne", "ještě není", "zatím ne", "ešte nie", "zatiaľ nie", "ei vielä", "ei ole"],
  yes: ["ano", "áno", "kyllä", "kylla", "joo"],
  no: ["ještě ne", "zatím ne", "ešte nie", "zatiaľ nie", "ne", "ei vielä", "ei vielä kysytty", "ei"],
  // Czech: "porovnává s nabídkou X" (compares with X's offer)
  // "porovnávají nás s X", "srovnávají nás s X" (both verbs compare)
  competitorBefore: [
    String.raw`(?:po|s)rovnáv(?:á|ají|áme)\s+(?:\S+\s+){0,2}?s\s+(?:nabídkou\s+)?`,
    // Czech/Slovak "also considering X": "zvažují také X", "zvažujú aj X"
    String.raw`zvažuj(?:e|í|ú)\s+(?:(?:také|též|i|aj|tiež|rovněž)\s+)?`,
    // the system used now: "momentálně používají X", "aktuálně využívá X"
    String.raw`(?:momentálně|aktuálně|nyní|teď|v\s+současnosti)\s+(?:používají|používá|využívají|využívá)\s+`,
  ],
  // the referral's name, as a labelled answer ("Typ: doporučení", "Malli: suosittelu")
  motionWeak: { referral: [String.raw`doporučení`, String.raw`suosittelu`] },
  motion: {
    resale: [
      // Finnish "myymme lisenssit eteenpäin" (we sell the licences on), "myymme lisenssejä", "jälleenmyynti"
      String.raw`myymme\s+(?:(?:[\p{L}]+\s+)?eteenpäin|lisenss\p{L}*)`,
      String.raw`jälleenmy\p{L}*`,
      // Finnish: the invoice goes through the partner ("laskutus menee meidän kauttamme"), "laskutamme asiakasta"
      String.raw`laskutu[sk]\p{L}*\s+(?:tapahtuu\s+|menee\s+|kulkee\s+|hoituu\s+)?meid[äa]n\s+kautta\p{L}*`,
      String.raw`laskutamme\s+(?:itse\s+)?(?:asiakasta|loppuasiakasta)`,
      String.raw`(?:ostamme|hankimme)\s+(?:[\p{L}]+\s+)?lisenssi\p{L}*`,
      // Czech "přeprodej", "přeprodáváme", Slovak (and plain) "preprodaj"
      String.raw`p[řr]eprod\p{L}*`,
      // Czech/Slovak billing through the partner: "fakturace půjde přes nás", "fakturácia cez nás",
      // "fakturujeme to zákazníkovi my", "licence koupíme a prodáme dál"
      String.raw`faktur[aá]c\p{L}*\s+(?:p[ůuô]jde\s+|bude\s+|je\s+)?(?:p[řr]es|cez)\s+n[aá]s`,
      String.raw`(?:p[řr]es|cez)\s+n[aá]s\s+(?:to\s+)?(?:fakturuj|nakoup|nak[úu]p|objedn|k[úu]p)\p{L}*`,
      String.raw`fakturujeme\s+(?:to\s+)?(?:my|z[aá]kazn[ií]kovi|klientovi)`,
      String.raw`(?:licence|licencie)\s+(?:koup[ií]me|nakoup[ií]me|k[úu]pime|nak[úu]pime)`,
      String.raw`(?:prod[aá]me|prod[aá]v[aá]me|pred[aá]me|pred[aá]vame)\s+(?:[\p{L}]+\s+)?(?:d[aá]l|ďalej|dalej)`,
    ],
    referral: [
      // the vendor takes it on from here: "dál už to převezmete vy"; Finnish only presenting, not selling: "teemme vain esittelyn", "emme itse myy"
      String.raw`(?:dál|dále|pak|potom)\s+(?:už\s+)?(?:to\s+)?převezmete`,
      String.raw`vain\s+esittely\p{L}*`,
      String.raw`emme\s+(?:itse\s+)?myy`,
      // Finnish: "olemme pelkkä suosittelija", "vain suosittelijoita"
      String.raw`suosittelij\p{L}*`,
      // "esittelemme vain asiakkaan" (we only introduce the customer)
      String.raw`vain\s+esittelemme|esittelemme\s+vain`,
      // "suosittelen teille …" (I recommend to you …)
      String.raw`suosittele(?:n|mme)\s+teille`,
      // "vain suosittelemme", "ainoastaan välitämme kontaktin"; a finder's fee: "välityspalkkio", "suosittelupalkkio"
      String.raw`(?:vain|pelk[äa]st[äa][äa]n|ainoastaan)\s+(?:suosittelemme|v[äa]lit[äa]mme|esittelemme)`,
      String.raw`(?:v[äa]lityspalkkio|suosittelupalkkio|esittelypalkkio)\p{L}*`,
      // "te hoidatte myynnin" (you handle the sale)
      String.raw`te\s+hoidatte\s+(?:[\p{L}]+\s+)?(?:myynni\p{L}*|kaupa\p{L}*|loput)`,
      // Czech: "my jsme jen doporučili", "pouze doporučujeme"; Slovak "len odporúčame", "iba sme odporučili"
      String.raw`(?:jen|jenom|pouze)\s+(?:jsme\s+)?doporu[čc]\p{L}*`,
      // "jde jen o první doporučení" (only a first recommendation), "rádi bychom vám doporučili" (we would like to recommend to you)
      String.raw`(?:jen|jenom|pouze)\s+o\s+(?:první\s+)?doporu[čc]ení`,
      String.raw`bychom\s+v[aá]m\s+(?:r[aá]di\s+)?doporu[čc]ili`,
      String.raw`(?:len|iba)\s+(?:sme\s+)?odpor[úu][čc]\p{L}*`,
      // "jen vás propojíme", "pouze zprostředkujeme kontakt", Slovak "len sprostredkujeme"
      String.raw`(?:jen|jenom|pouze|len|iba)\s+(?:v[aá]s\s+)?(?:propoj|zprost[řr]edk|sprostredk|sezn[aá]m|predstav|p[řr]edstav)\p{L}*`,
      // a finder's fee: "provize za doporučení", Slovak "provízia za odporúčanie"
      String.raw`(?:provize|proviz[ií]|prov[ií]zi[ae]|prov[ií]ziu|odm[ěe]n[auy]|odmen[auy])\s+za\s+(?:doporu[čc]en[ií]|odpor[úu][čc]an[ií]\p{L}*|zprost[řr]edkov[aá]n[ií]|sprostredkovan[ií]\p{L}*)`,
      // the sale left to the vendor: "prodej necháme na vás", Slovak "predaj nechávame na vás"
      String.raw`(?:prodej|obchod|predaj)\s+(?:u[žz]\s+)?(?:nech[aá]me|nech[aá]v[aá]me)\s+na\s+v[aá]s`,
      // Czech "jde jen o doporučení"; Finnish "kyseessä on pelkkä suosittelu"
      String.raw`(?:jde|jedná\s+se)\s+(?:(?:jen|jenom|pouze|čistě)\s+)?o\s+doporučen[ií]`,
      // the rest left to the vendor: "dál už to necháme na vás", "prodej povedete vy", "dál se nebudeme podílet"
      String.raw`(?:dál|dále)\s+(?:už\s+)?(?:to\s+)?nech[aá](?:me|v[aá]me)\s+na\s+v[aá]s`,
      String.raw`(?:dál|dále|prodej|obchod)\s+(?:už\s+)?(?:to\s+)?povedete\s+(?:už\s+)?vy`,
      String.raw`(?:dál|dále)\s+se\s+(?:už\s+)?nebudeme\s+(?:na\s+(?:tom|prodeji)\s+)?podílet`,
      String.raw`pelkk[äa]\s+suosittelu\p{L}*`,
      // "rekisteröin liidin suosituksena" (as a recommendation)
      String.raw`suosituksena`,
      // "suosittelemme vain" (the word order reversed), "rekisteröimme seuraavan suosituksen" (a referral registered)
      String.raw`suosittelemme\s+vain`,
      String.raw`rekisteröi\p{L}*\s+(?:seuraava[nt]?\s+)?suositukse\p{L}*`,
    ],
    services: [
      // Finnish: the partner answers for the installation: "vastaa asennuksesta ja käyttöönotosta"
      String.raw`vastaa\p{L}*\s+(?:[\p{L}]+\s+){0,3}?(?:käyttöönotosta|asennuksesta|toteutuksesta)`,
      // Czech: "zajistili bychom implementaci", Slovak "implementáciu"; Finnish: "hoidamme käyttöönoton"
      String.raw`implementac[eií]`,
      String.raw`implement[aá]ci[aeiu]`,
      String.raw`(?:hoidamme|teemme|toteutamme)\s+(?:my[öo]s\s+)?k[äa]ytt[öo][öo]not\p{L}*`,
      // Finnish: "vastaamme asennuksesta ja koulutuksesta", "hoidamme integraation"
      String.raw`(?:vastaamme|hoidamme|teemme|toteutamme)\s+(?:my[öo]s\s+)?(?:asennu|integraati|integroinni|koulutu|yll[äa]pido|tue[sn]|m[äa][äa]rity)\p{L}*`,
      // Czech/Slovak: "zajistíme instalaci a školení", "zabezpečíme integráciu", "provedeme migraci"
      String.raw`(?:zajist[ií]me|zabezpe[čc][ií]me|provedeme|ud[ěe]l[aá]me|urob[ií]me|postar[aá]me\s+sa\s+o|postar[aá]me\s+se\s+o)\s+(?:i\s+|aj\s+|tak[ée]\s+)?(?:instal|nasazen|nasaden|integr|[šs]kolen|za[šs]kolen|migr|konfigur|spr[aá]v|podpor)\p{L}*`,
      // the partner named after the verb: "nasazení bychom zajistili my" (we would see to the rollout)
      String.raw`(?:bychom\s+)?zajisti(?:li|me)\s+my`,
      // managed services: "spravované služby"
      String.raw`spravovan\p{L}*\s+slu[žz]b\p{L}*`,
    ],
    technology: [
      // "integrace s naším systémem", Slovak "integrácia s naším produktom", "technologický partner"
      String.raw`integr[aá]c\p{L}*\s+(?:s|se|so)\s+na[šs](?:[ií]m|ou|om)\s+(?:produkt|syst[ée]m|platform|[řr]e[šs]en|rie[šs]en|aplikac|aplik[aá]ci)\p{L}*`,
      String.raw`technologick\p{L}*\s+partner\p{L}*`,
      // Finnish: "integraatio meidän järjestelmäämme", "teknologiakumppani"
      String.raw`integraatio\p{L}*\s+(?:meid[äa]n\s+)?(?:tuotteeseemme|j[äa]rjestelm[äa][äa]mme|alustaamme)`,
      String.raw`teknologiakumppan\p{L}*`,
    ],
  },
  consent: {
    // the prospect agreed to being contacted, the two words in one sentence in either order
    agreeWord: [String.raw`souhlas\p{L}*`, String.raw`súhlas\p{L}*`],
    contactWord: [String.raw`kontakt\p{L}*`, String.raw`oslov\p{L}*`, String.raw`zavol\p{L}*`],
    permission: [
      // Finnish "on antanut luvan ottaa yhteyttä" (has given permission), Czech "dal souhlas s kontaktem",
      // Slovak "dal súhlas", "dala nám zelenú"
      String.raw`(?:antanut|antoi|antoivat|antaneet)\s+(?:luvan|suostumuksen(?:sa)?)`,
      // Finnish "on ok että soitatte", "pyysi, että häneen otetaan yhteyttä"
      String.raw`on\s+ok(?:ei)?\s*,?\s+(?:että|jos)\s+(?:soitatte|otatte\s+yhteyttä|olette\s+yhteydessä)`,
      String.raw`pyysi\s*,?\s+että\s+(?:häneen|heihin|häntä|heitä)\s+(?:otetaan\s+yhteyttä|soitetaan)`,
      String.raw`(?:dal|dala|dali)\s+(?:n[aá]m\s+)?(?:sv(?:ů|u|o)j\s+)?s(?:ou|ú|u)hlas`,
      String.raw`(?:dal|dala|dali)\s+(?:n[aá]m\s+)?zelen(?:ou|ú)`,
      // Czech: "souhlasí s oslovením" (agrees to being approached)
      String.raw`souhlas(?:í|il|ila|ili)\s+s\s+(?:kontaktováním|kontaktem|oslovením)`,
      // "souhlasí s tím, aby ji kontaktoval", "souhlasila, že ji můžete kontaktovat"; Slovak, Czech's twin:
      // "súhlasil s kontaktovaním"
      String.raw`(?:souhlas|súhlas)(?:í|il|ila|ili|ia)(?:\s+s\s+tím,?|,)?\s+(?:aby|že)\s+(?:[\p{L}]+\s+){0,3}?(?:kontakt|zavol|volal|oslov|ozv)\p{L}*`,
      String.raw`súhlas(?:í|il|ila|ili|ia)\s+s\s+(?:kontaktovaním|kontaktom|oslovením)`,
      // Czech/Slovak: the prospect waits for the call ("čeká na váš telefonát", "očakáva váš hovor")
      String.raw`(?:[čc]ek[aá]|[čc]ekaj[ií]|o[čc]ek[aá]v[aá]|[čc]ak[aá]|[čc]akaj[úu])\s+(?:na\s+)?(?:v[aá][šs]\p{L}*|tv[ůu]j|tvoj\p{L}*)\s+(?:telefon[aá]t|hovor|kontakt|zavol[aá]n[ií]|ozv[aá]n[ií]|e-?mail)\p{L}*`,
      // "můžete ho klidně kontaktovat", Slovak "môžete ju priamo kontaktovať" (someone else, not the writer)
      String.raw`m(?:ů|u|ô|o)[žz]ete\s+(?:ho|ji|ju|je|ich|jim|mu|j[ií])\s+(?:(?:klidn[ěe]|kľudne|kludne|pokojne|rovnou|p[řr][ií]mo|priamo)\s+)?(?:kontaktovat|kontaktova[tť]|zavolat|zavola[tť]|oslovit|oslovi[tť]|napsat|nap[ií]sa[tť])`,
      // "ví, že se mu ozvete", Slovak "vie, že mu zavoláte"
      String.raw`(?:v[ií]|vie|v[ěe]d[ií]|vedia),?\s+(?:o\s+tom,?\s+)?[žz]e\s+(?:se\s+|sa\s+)?(?:mu\s+|j[ií]\s+|jej\s+|jim\s+|im\s+|ho\s+|ju\s+|ji\s+)?(?:ozvete|zavol[aá]te|budete\s+volat|budete\s+kontaktovat|budete\s+kontaktova[tť]|kontaktujete)`,
      // the prospect asks for the call: "prosí o zavolání", "prosí o kontakt"
      String.raw`pros[ií]\s+o\s+(?:zavol[aá]n[ií]|zavolanie|kontakt|telefon[aá]t)`,
      // Finnish: "saavat soittaa" (they may call), "voitte soittaa hänelle"
      String.raw`(?:saa|saavat|saatte|voitte|voi)\s+(?:minulle\s+|hänelle\s+)?soittaa`,
      // Finnish: "voitte ottaa häneen suoraan yhteyttä" (him or her, not the writer)
      String.raw`(?:saa|saatte|saat|voitte|voit)\s+(?:ottaa\s+)?(?:h[äa]neen|heihin)\s+(?:suoraan\s+)?(?:ottaa\s+)?yhteytt[äa]`,
      String.raw`(?:saa|saatte|voitte|voit)\s+ottaa\s+(?:suoraan\s+)?yhteytt[äa]\s+(?:suoraan\s+)?(?:h[äa]neen|heihin)`,
      // the prospect hopes for it: "toivoi, että otatte yhteyttä"
      String.raw`toivo(?:i|o|vat|ivat)?,?\s+että\s+(?:te\s+|sinä\s+)?(?:otatte|otat|soitatte|soitat)`,
      // Finnish: waits for the call ("odottaa yhteydenottoanne"), knows of it, agreed to it
      String.raw`odotta(?:a|vat)\s+(?:teid[äa]n\s+|sinun\s+)?(?:yhteydenotto|soitto|puhelu)\p{L}*`,
      String.raw`tiet(?:[äa][äa]|[äa]v[äa]t),?\s+ett[äa]\s+(?:te\s+|sin[äa]\s+)?(?:otatte|otat|soitatte|soitat|olette\s+yhteydess[äa])`,
      String.raw`suostu(?:i|nut|neet|ivat)\s+(?:yhteydenottoon|siihen,?\s+ett[äa])`,
      String.raw`lupa\s+(?:yhteydenottoon|ottaa\s+yhteytt[äa])\s+(?:on\s+)?(?:saatu|annettu|kunnossa)`,
    ],
    prohibition: [
      // Czech and Slovak join the negation to the verb: "nesouhlasil", "ešte nesúhlasí", "nekontaktujte ho",
      // "nevolejte", "neozývajte sa"
      String.raw`ne(?:souhlas|súhlas)(?:í|il|ila|ili|ia)|nekontaktuj(?:te|eme)?|neoslovuj(?:te)?`,
      String.raw`nevolej(?:te)?|nevolaj(?:te)?|neoz[ýy]vej(?:te)?\s+se|neoz[ýy]vaj(?:te)?\s+sa`,
      String.raw`ne(?:dal|dala|dali)\s+(?:sv(?:ů|u|o)j\s+)?s(?:ou|ú|u)hlas`,
      // Czech "jsem se ještě neptal", "ještě jsme se jí neptali" (not asked yet)
      String.raw`(?:(?:jsem|jsme)\s+se\s+(?:\p{L}+\s+)?(?:ještě|zatím)|(?:ještě|zatím)\s+(?:jsem|jsme)\s+se\s+(?:\p{L}+\s+)?)\s*neptal\p{L}*`,
      // "počkejte, až se ozvu", Slovak "počkajte, kým sa ozvem"
      String.raw`po[čc]kejte,?\s+(?:a[žz]|dokud)\s+(?:se\s+)?(?:v[aá]m\s+)?(?:ozvu|ozveme|potvrd[ií]m|d[aá]m\s+v[ěe]d[ěe]t)`,
      String.raw`po[čc]kajte,?\s+(?:k[ýy]m|pokia[lľ]|a[žz])\s+(?:sa\s+)?(?:v[aá]m\s+)?(?:ozvem|ozveme|potvrd[ií]m|d[aá]m\s+vedie[tť])`,
      // not asked yet: "neptal jsem se ho", "ještě jsem se jí neptala", Slovak "nepýtal som sa ho"
      String.raw`nept(?:al|ala|ali)\s+(?:jsem|jsme)\s+se`,
      String.raw`(?:jsem|jsme)\s+se\s+(?:ho|j[ií]|jich)\s+(?:je[šs]t[ěe]\s+)?nept(?:al|ala|ali)`,
      String.raw`nep[ýy]tal\p{L}*\s+(?:som|sme)\s+sa`,
      String.raw`(?:som|sme)\s+sa\s+(?:ho|jej|ich)\s+(?:e[šs]te\s+)?nep[ýy]tal\p{L}*`,
      // contact only through the partner: "kontakt pouze přes nás", "kontakt len cez nás"
      String.raw`kontakt\p{L}*\s+(?:pros[ií]m\s+)?(?:pouze|jen|jenom|v[ýy]hradn[ěe]|len|iba|v[ýy]lu[čc]ne)\s+(?:p[řr]es|cez)\s+(?:n[aá]s|m[ěe]|mňa|mna)`,
      String.raw`(?:zat[ií]m|zatia[lľ])\s+(?:pros[ií]m\s+)?bez\s+(?:p[řr][ií]m[ée]ho\s+|priameho\s+)?kontakt\p{L}*`,
      // "nechce být kontaktován", Slovak "nechce byť kontaktovaný"
      String.raw`nechc(?:e|ou|ú|u)\s+(?:b[ýy]t\s+|by[tť]\s+)?(?:kontaktov[aá]n|oslovov[aá]n|osloven|kontaktovan)\p{L}*`,
      // "nejdřív to s ním proberu", Slovak "najprv to s ním preberiem"
      String.raw`(?:nejd[řr][ií]v|nejprve|najprv|najsk[ôo]r)\s+(?:si\s+)?(?:to\s+)?(?:s\s+(?:n[ií]m|n[ií]|nimi|[ňn]ou)\s+)?(?:proberu|probereme|domluv[ií]m|preberiem|preberieme|dohodnem|ov[ěe][řr][ií]m|over[ií]m)`,
      // Finnish: "älkää vielä ottako yhteyttä", "älä soita", "odottakaa, kunnes…", not asked or allowed yet
      String.raw`[äa]lk[äa][äa]\s+(?:viel[äa]\s+)?(?:ottako|soittako|l[äa]hestyk[öo]|kontaktoiko)`,
      String.raw`[äa]l[äa]\s+(?:viel[äa]\s+)?(?:ota\s+yhteytt[äa]|soita)`,
      String.raw`odottakaa,?\s+(?:kunnes|ett[äa])`,
      String.raw`ei\s+(?:ole\s+)?(?:viel[äa]\s+)?(?:antanut|antaneet)\s+lupaa`,
      String.raw`(?:en|emme)\s+ole\s+(?:viel[äa]\s+)?kysy(?:nyt|neet)`,
      String.raw`yhteydeno\p{L}*\s+(?:vain\s+|ainoastaan\s+)?meid[äa]n\s+kautta\p{L}*`,
      String.raw`ei\s+halua\s+(?:viel[äa]\s+)?(?:yhteydenottoja|yhteydenottoa|soittoja)`,
    ],
  },
  stage: {
    evaluation: [
      // a request for quotations, in Finnish: "tarjouspyyntö on tulossa"
      String.raw`tarjouspyynt[öo]`,
      // Czech: an offer wanted ("chce nabídku", "čekají na nabídku"); Slovak "chcú ponuku", "požiadali o ponuku"
      String.raw`(?:chce|chtěj[ií]|chteji|požaduj\p{L}*|pozaduj\p{L}*|chc[úu]|žiadaj[úu]|ziadaju|po[žz][aá]dal[aoiy]?|po[žz]iadal[aoi]?|[čc]ekaj[ií]\s+na|[čc]akaj[úu]\s+na)\s+(?:o\s+)?(?:cenovou\s+|cenov[úu]\s+)?(?:nab[ií]dku|ponuku)`,
      // comparing: "srovnávají nás s …", "porovnávají", Slovak "porovnávajú"
      String.raw`(?:po|s)rovn[aá]v(?:[aá]|aj[ií]|aj[úu])`,
      // in any case: "zkušební verzi", "zkušebního provozu"; Slovak "skúšobná verzia", "skúšobnú prevádzku"
      String.raw`zku[šs]ebn\p{L}*\s+(?:verz|provoz|obdob)\p{L}*`,
      String.raw`sk[úu][šs]obn\p{L}*\s+(?:verzi|prev[aá]dzk|obdob)\p{L}*`,
      // a pilot: "pilotní projekt", Slovak "pilotná prevádzka"; testing: "testují", "testujú"
      String.raw`pilotn\p{L}*\s+(?:projekt|provoz|prev[aá]dzk|nasazen|nasaden|f[aá]z|testov)\p{L}*`,
      String.raw`testuj(?:í|i|ú|u)`,
      // a tender: "výběrové řízení", "veřejná zakázka", Slovak "výberové konanie", "verejné obstarávanie"
      String.raw`v[ýy]b[ěe]rov\p{L}*\s+[řr][ií]zen\p{L}*`,
      String.raw`v[ýy]berov\p{L}*\s+konan\p{L}*`,
      String.raw`ve[řr]ejn\p{L}*\s+zak[aá]zk\p{L}*`,
      String.raw`verejn\p{L}*\s+obstar[aá]v\p{L}*`,
      // the budget approved: "rozpočet je schválený", "schválený rozpočet", Slovak "rozpočet bol odsúhlasený"
      String.raw`rozpo[čc]et\s+(?:(?:je|byl|bol|u[žz])\s+)?(?:schv[aá]len|ods(?:ou|ú|u)hlasen)\p{L}*`,
      String.raw`schv[aá]len\p{L}*\s+rozpo[čc]\p{L}*`,
      // weighing it: "vyhodnocují nabídky", Slovak "vyhodnocujú"
      String.raw`vyhodnocuj(?:í|i|ú|u)`,
      // the offer sent: "nabídka byla zaslána", "poslali jsme jim nabídku", Slovak "ponuka bola odoslaná"
      String.raw`(?:nab[ií]dk|ponuk)[ayu]\s+(?:(?:byla|bola|u[žz])\s+)?(?:odesl[aá]n|odoslan|zasl[aá]n|posl[aá]n|pod[aá]n)\p{L}*`,
      String.raw`(?:poslali|zaslali|odeslali|odoslali|podali|p[řr]edlo[žz]ili|predlo[žz]ili)\s+(?:jsme\s+|sme\s+)?(?:jim\s+|im\s+)?(?:cenovou\s+|cenov[úu]\s+)?(?:nab[ií]dku|ponuku)`,
      // the offer being written: "připravujeme jim cenovou nabídku", Slovak "pripravujeme ponuku"
      String.raw`p[řr]ipravuj(?:eme|[ií]|[úu])\s+(?:jim\s+|im\s+)?(?:cenovou\s+|cenov[úu]\s+)?(?:nab[ií]dku|ponuku)`,
      String.raw`koeaika`,
      String.raw`pilotti\p{L}*`,
      // Finnish: an offer sent or asked for ("tarjous on lähetetty", "lähetimme tarjouksen", "pyysivät tarjousta")
      String.raw`tarjou(?:s|ksen|kset|sta)\s+(?:on\s+)?(?:l[äa]hetetty|l[äa]hetettiin|pyydetty|pyydettiin|tehty|j[äa]tetty|toimitettu)`,
      String.raw`(?:l[äa]hetimme|teimme|j[äa]timme)\s+(?:heille\s+|asiakkaalle\s+)?tarjouksen`,
      String.raw`(?:pyysiv[äa]t|pyysi|odottavat|odottaa)\s+(?:meilt[äa]\s+)?(?:tarjousta|tarjouksen|tarjouksia)`,
      // Finnish: trying it, a trial period, comparing, tendering: "kokeilujakso", "koekäyttö", "testaavat",
      // "vertailevat tarjouksia", "kilpailuttavat", "budjetti on hyväksytty"
      String.raw`(?:kokeilu|testi)jakso\p{L}*`,
      String.raw`koek[äa]yt\p{L}*`,
      String.raw`testaavat|kokeilevat|pilotoi\p{L}*`,
      // the demo tried: "testaa parhaillaan demoa", "kokeilee nyt demoversiota"
      String.raw`(?:testaa|kokeilee)\s+(?:parhaillaan\s+|nyt\s+|jo\s+)?demo\p{L}*`,
      String.raw`vertaile(?:vat|e)\s+(?:[\p{L}]+\s+){0,2}?(?:tarjouk|tarjous|vaihtoeht|ratkaisu|toimittaj)\p{L}*`,
      String.raw`kilpailut(?:us|uks|ta|etaan|etti|ettiin)\p{L}*`,
      String.raw`budjetti\s+(?:on\s+)?(?:hyv[äa]ksytty|p[äa][äa]tetty|varattu)`,
      // Czech: the offer in hand: "nabídku mají od pondělí", "nabídku už mají"
      String.raw`nab[ií]dku\s+(?:u[žz]\s+)?maj[ií]`,
      // Finnish: the quotation stage, a quote asked for, options compared: "tarjousvaihe", "pyytänyt tarjousta", "vertailee vaihtoehtoja"
      String.raw`tarjousvai\p{L}*`,
      String.raw`pyyt\p{L}*\s+tarjou\p{L}*`,
      String.raw`vertaile\p{L}*\s+(?:eri\s+)?vaihtoeh\p{L}*`,
      // a trial in use or running: "kokeiluversio on käytössä", "kokeilu käynnissä"
      String.raw`kokeilu(?:versio)?\s+(?:on\s+)?(?:käynnissä|käytössä)`,
    ],
    // a first contact; the partner only recommends ("toimimme vain suosittelijana", "pouze doporučujeme")
    newIntro: [
      // only an opening recommendation so far: "zatím jen úvodní doporučení"; Finnish: "vasta ensiesittely", "vain esittely"
      String.raw`(?:jen|pouze)\s+(?:o\s+)?úvodní\s+(?:doporučení|představení|kontakt)`,
      String.raw`vasta\s+ensiesittely\p{L}*`,
      String.raw`vain\s+esittely\p{L}*`,
      String.raw`prvn[ií]\s+kontakt|prv[ýy]\s+kontakt`,
      String.raw`ensimm[äa]inen\s+yhteydenotto|ensikontakti|alustava\s+(?:kontakti|yhteydenotto)`,
      String.raw`vain\s+suosittelija\p{L}*`,
      String.raw`pouze\s+doporuču\p{L}*`,
      // "zatím jde o první představení", "jen o první doporučení" (a first introduction so far)
      String.raw`(?:jde|jedná\s+se)\s+(?:zatím\s+)?(?:jen\s+|pouze\s+)?o\s+první\s+(?:představení|doporučení|kontakt)`,
      // "jsme jen doporučili"; Slovak "zatiaľ len úvodný kontakt, nič dohodnuté"
      String.raw`(?:jen|jenom|pouze)\s+(?:jsme\s+)?doporučil\p{L}*`,
      String.raw`[úu]vodn[ýyíi]\s+kontakt`,
      // nothing agreed yet: "zatím nic domluveno", Slovak "ešte nič nie je naplánované"
      String.raw`ni[čc]\s+(?:nie\s+je\s+|nen[ií]\s+)?(?:domluven|dohodnut|napl[aá]nov[aá]n|sjedn[aá]n)\p{L}*`,
      // "zatím jen tip", "zatiaľ iba prvý kontakt", "zatím bez schůzky"
      String.raw`(?:zat[ií]m|zatia[lľ])\s+(?:jen|jenom|pouze|len|iba)\s+(?:(?:prvn[ií]|prv[ýy]|[úu]vodn[ýyíi])\s+)?(?:kontakt|tip|doporu[čc]en[ií]|odpor[úu][čc]anie|p[řr]edstaven[ií]|predstavenie)`,
      String.raw`(?:zat[ií]m|zatia[lľ])\s+bez\s+{event}`,
      // considering a change: "zvažují výměnu systému", Slovak "uvažujú o prechode"
      String.raw`zva[žz]uj(?:í|i|ú|u)\s+(?:[\p{L}]+\s+){0,2}?(?:v[ýy]m[ěe]n|nahra[dz]|p[řr]echod|prechod|zm[ěe]n)\p{L}*`,
      String.raw`uva[žz]uj(?:í|i|ú|u)\s+o\s+(?:[\p{L}]+\s+){0,2}?(?:v[ýy]m[ěe]n|nahra[dz]|p[řr]echod|prechod|zm[ěe]n|n[aá]kup|nov[ée]m)\p{L}*`,
      // "teprve začínají", Slovak "len začínajú"
      String.raw`(?:teprve|len|iba)\s+za[čc][ií]naj\p{L}*`,
      // a demo wished for, not booked: "chtějí vidět demo", Slovak "chceli by ukážku" (not "chce", Polish's word too)
      String.raw`(?:chtěj[ií]|chteji|chc[úu]|cht[ěe]l[ai]?\s+by|chcel[ai]?\s+by)\s+(?:vid[ěe]t\s+|vidie[tť]\s+)?(?:demo|uk[aá]zku|uk[aá][žz]ku|prezentaci|prezent[aá]ciu)`,
      // Finnish: nothing agreed yet, considering a change, only at the start, a new lead, a demo wished for
      String.raw`mit[äa][äa]n\s+ei\s+(?:ole\s+)?(?:viel[äa]\s+)?(?:sovittu|varattu|p[äa][äa]tetty)`,
      String.raw`(?:harkitse|mietti)v[äa]t\s+(?:[\p{L}]+\s+){0,3}?(?:vaihtami|vaihtoa|korvaami|uusimi|uuden)\p{L}*`,
      String.raw`vasta\s+(?:alussa|alkuvaiheessa|kartoittamassa|selvitt[äa]m[äa]ss[äa])`,
      String.raw`uusi\s+(?:liidi|kontakti)`,
      String.raw`(?:haluaisivat|haluavat|toivovat|toivoisivat)\s+(?:n[äa]hd[äa]\s+)?(?:demon|esittelyn)`,
      // Czech: only a first introduction so far: "jde zatím jen o první představení"; nothing agreed: "nic jsme nedomluvili"
      String.raw`(?:jde|jedná\s+se)\s+(?:zat[ií]m\s+)?(?:jen|jenom|pouze)\s+o\s+(?:prvn[ií]|[úu]vodn[ií])\s+(?:p[řr]edstaven[ií]|kontakt)`,
      String.raw`nic\s+(?:jsme\s+)?ne(?:domluvil|dohodl|napl[aá]noval|sjednal)\p{L}*`,
      // Finnish: nothing agreed yet, the verb's negation first: "ei vielä sovittu mitään", "ei vielä sovittua tapaamista"
      String.raw`ei\s+(?:ole\s+)?(?:viel[äa]\s+)?sovittu\s+mit[äa][äa]n`,
      String.raw`ei\s+(?:viel[äa]\s+)?(?:sovittua|varattua)\s+(?:tapaamista|palaveria|demoa|esittely[äa])`,
      // it is a recommendation, we only recommend: "jde o doporučení", "jsme pouze doporučitel"
      String.raw`(?:jde|jedná\s+se)\s+o\s+doporučení`,
      String.raw`(?:pouze|jen|jenom)\s+doporučitel\p{L}*`,
      // we only introduce, we act as referrer: "me vain esittelemme", "toimimme suosittelijana"
      String.raw`vain\s+(?:esittelemme|suosittelemme)`,
      String.raw`toimimme\s+(?:vain\s+)?suosittelijana`,
      // purely a recommendation, a first acquaintance: "jde čistě o doporučení", "první seznámení"
      String.raw`(?:jde|jedná\s+se)\s+(?:zat[ií]m\s+)?(?:čistě|jen|jenom|pouze)\s+o\s+doporučení`,
      String.raw`prvn[ií]\s+seznámen[ií]`,
    ],
    discovery: [
      // the booking first: "máme s nimi domluvenou první schůzku", Slovak "máme dohodnuté prvé stretnutie"
      String.raw`(?:m[aá]me|maj[ií]|maj[úu]|m[aá]te)\s+(?:[\p{L}]+\s+){0,3}?(?:napl[aá]nov[aá]n|domluven|dohodnut|sjedn[aá]n)\p{L}*\s+(?:prv[ée]\s+|prvn[ií]\s+|[úu]vodn[ií]\s+|[úu]vodn[ée]\s+)?{event}`,
      // the verb first: "domluvili jsme si schůzku", Slovak "dohodli sme si stretnutie"
      String.raw`(?:domluvili|dohodli|napl[aá]novali|sjednali)\s+(?:jsme\s+|sme\s+)?(?:si\s+)?(?:s\s+nimi\s+|s\s+n[ií]m\s+)?(?:prvn[ií]\s+|prv[ée]\s+|[úu]vodn[ií]\s+)?{event}`,
      // "sejdeme se v úterý", Slovak "stretneme sa v piatok"
      String.raw`(?:sejdeme\s+se|uvid[ií]me\s+se|stretneme\s+sa|vid[ií]me\s+sa)\s+(?:s\s+nimi\s+)?(?:(?:v|ve|vo|dne)\s+)?{date}`,
      // Finnish, the verb first: "sovimme tapaamisen tiistaiksi", "varasimme demon"
      String.raw`(?:sovimme|sovittiin|varasimme|buukkasimme|bookkasimme)\s+(?:[\p{L}]+\s+){0,2}?{event}`,
    ],
    // Slovak "stretnutie" (meeting); a Finnish meeting word is often compounded ("aloituspalaveri", "esittelypalaverin")
    event: [
      String.raw`sch(?:ů|u)zk(?:a|u|y|ou|e)`,
      String.raw`sch(?:ů|u)zce`,
      String.raw`prezentac[ei]|prezent[aá]ci[aeu]`,
      String.raw`(?:video)?hovor`,
      String.raw`telefon[aá]t`,
      String.raw`uk[aá][žz]k[auy]|uk[aá]zk[auy]`,
      String.raw`p[řr]edveden[ií]`,
      String.raw`(?:et[äa]|alku|aloitus|tutustumis|esittely)?tapaami\p{L}*`,
      String.raw`(?:esittely|aloitus|tutustumis|kartoitus|et[äa]|demo|teams|myynti)?palaver\p{L}*`,
      "esittely",
      String.raw`esittelyn|demon|puhelu|puhelun|kokous|kokouksen`,
      "demo",
      String.raw`stretnuti\p{L}*`,
      // Finnish "ensitapaaminen" (a first meeting), "ensipalaveri"
      String.raw`ensi(?:tapaami|palaveri)\p{L}*`,
    ],
    // any case of the participle: "schůzku máme domluvenou", Slovak "stretnutie je dohodnuté"
    booked: [
      String.raw`domluven\p{L}*`,
      String.raw`napl[aá]nov[aá]n\p{L}*`,
      String.raw`potvrzen\p{L}*`,
      String.raw`potvrden\p{L}*`,
      String.raw`dohodnut\p{L}*`,
      String.raw`sjedn[aá]n\p{L}*`,
      String.raw`zarezervov[aá]n\p{L}*`,
      "sovittu",
      "sovittiin",
      "varattu",
      "vahvistettu",
      String.raw`buukattu|bookattu|aikataulutettu|kalenterissa`,
    ],
    day: [
      "pondělí",
      "úterý",
      "středa",
      "středu",
      "čtvrtek",
      "pátek",
      // plain, and Slovak's days: "pondelok", "utorok", "štvrtok", "piatok"; tomorrow: "zítra", "zajtra"
      String.raw`pondeli|utery|streda|stredu|ctvrtek|patek|z[ií]tra|zajtra`,
      String.raw`pondelok|utorok|[šs]tvrtok|piatok`,
      "maanantaina",
      "tiistaina",
      "keskiviikkona",
      "torstaina",
      "perjantaina",
      "huomenna",
    ],
    thanked: [String.raw`d[ěe]kuj(?:i|eme)\s+za`, String.raw`[ďd]akujem(?:e)?\s+za`, "kiitos"],
  },
  // a region word inside a sentence names the place after it ("… ročně. Oblasť: Vysočina.", "…
  // vuodessa. Alue: Kainuu."): Finnish "alue", "maakunta"; Czech "oblast", Slovak "oblasť"
  regionWord: [String.raw`alue`, String.raw`maakunta`, String.raw`oblast`, String.raw`oblasť`],
};
