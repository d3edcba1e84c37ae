// Croatian label words and cue phrases, with Serbian and Bosnian (the same words, ekavian spellings
// beside) and Slovene, its near neighbour: stage, motion and consent as partners write them, with
// and without diacritics. Endings vary with gender ("dogovoren", "dogovorena"), so the stems carry them.
import type { CueTable, LabelTable } from "./types.ts";

// "Konkurencija:" is also the Serbian and Bosnian label.
export const labels: LabelTable = {
  // the firm and its name, a club, an association (hr, bs; Serbian and Slovene "klub" too)
  company: ["tvrtka", "naziv tvrtke", "klub", "udruga"],
  // "Funkcija: …" (hr, sr, bs, sl), "Radno mjesto: …" (hr: post), "Pozicija: …"
  role: ["funkcija", "radno mjesto", "pozicija"],
  // Slovene "Konkurenca: X"
  competitors: ["konkurencija", "konkurenca"],
  // the region, the town (hr, sr, bs, sl)
  region: ["regija", "grad"],
  // "Zanima ih: …" (they are interested in)
  product: ["zanima ih"],
  // the prospect's consent: hr/sr/bs "Suglasnost: da", "Pristanak na kontakt", Slovene "Soglasje: ne"
  consent: [
    "suglasnost",
    "suglasnost za kontakt",
    "pristanak",
    "pristanak na kontakt",
    "soglasje",
    "soglasje za kontakt",
  ],
};

export const cues: CueTable = {
  // the prospect's details still to come: "mail šaljem sutra", "još nemam kontakt osobu"
  detailsLater: {
    detail: [
      String.raw`e-?mail`,
      "mail",
      String.raw`kontakt(?:n\w*)? osob\w*`,
      String.raw`web stranic\w*`,
      String.raw`kontakt podat\w*`,
    ],
    later: ["sutra", "kasnije", "naknadno", String.raw`još (?:nema\w*|ne\w*)`],
  },
  // the partner doing service work: "mi radimo instalaciju i održavanje"
  serviceWork: [
    String.raw`instalacij[aeu]`,
    String.raw`integracij[aeu]`,
    String.raw`implementacij[aeu]`,
    String.raw`konfiguracij[aeu]`,
    String.raw`održavanj[ea]`,
  ],
  // "mi" only before a first-person plural verb ("mi radimo"): in Italian it is "me"
  partnerSubject: [String.raw`mi(?=\s+\p{L}+mo(?![\p{L}]))`, "naš tim"],
  otherSubject: ["oni", "klijent"],
  // "nije", "nisu", "nismo", "nema", "ništa" (nothing: "sastanak s njima, ništa dogovoreno") (hr/sr/bs);
  // Slovene "ni" (is not; Swedish "you"), "niso", "nič", "brez" (without)
  negationBefore: ["nije", "nisu", "nismo", "nema", "ništa", "nista", "bez", "ni", "niso", "nič", "brez"],
  commonWords: [
    "je",
    "da",
    "se",
    "su",
    "smo",
    "i",
    "u",
    "na",
    "za",
    "sa",
    "in",
    "so",
    "v",
    "z",
    "pa",
    "že",
    "še",
    "bo",
    "ga",
    "jo",
  ],
  negationAfter: ["još ne", "jos ne", "še ne", "još nije", "še ni"],
  // "if": hr "ukoliko", sl "če" (not "ako", Tagalog's "I")
  conditional: ["ukoliko", "če"],
  // "Suglasnost: da", "Soglasje: da", "…: još ne"
  yes: ["da"],
  no: ["još ne", "jos ne", "še ne", "ne"],
  // the prospect's problem: by hand ("ručno", Slovenian "ročno"), on paper, in Excel or tables, crowds,
  // an outdated tool; a need or a wish ("trebaju", "žele", "traže", "potreban")
  // Slovenian "primerjajo ponudbe" (they compare offers), Croatian "uspoređuju"
  comparisonWord: [String.raw`primerja\p{L}*`, String.raw`uspoređ\p{L}*`],
  problem: {
    strong: [
      String.raw`ručno`,
      String.raw`ročno`,
      String.raw`na\s+papiru`,
      String.raw`papirnat\p{L}*`,
      String.raw`excel\p{L}*`,
      String.raw`gužv\p{L}*`,
      String.raw`zastar\p{L}*`,
      String.raw`problem[aei]?`,
    ],
    // a means of talking as the process: Croatian, Serbian, Bosnian, Slovene "telefonom", "preko e-maila";
    // "razgovarao sam s njom telefonom" is the partner's talk
    channel: [String.raw`telefonom`, String.raw`preko\s+(?:telefona|e-?maila|whatsappa|vibera|instagrama|facebooka)`],
    talked: ["razgovarao", "razgovarala", "razgovarali", "pričao", "pričala", "čuo", "čula", "dogovorili", "dogovorio"],
    weak: [
      // a search: Slovene "iščejo"
      String.raw`iščejo`,
      String.raw`trebaju`,
      "treba",
      String.raw`žel[ei]`,
      String.raw`želijo`,
      String.raw`traž[ei]`,
      String.raw`potreb(?:an|na|no|ni|ujejo)`,
    ],
    // an interest named ("zanima ih …", Slovene "zanimajo jih …"): a need when its object is no name (see prose-fields)
    interest: [String.raw`zanima(?:jo)?\s+(?:ih|jih|ga|je|jo|nas)`],
  },
  stage: {
    evaluation: [
      // offers compared: Croatian "uspoređuju ponude", Serbian "upoređuju", Slovenian (its neighbour) "primerjajo ponudbe"
      String.raw`u(?:s)?pore[đd]u\p{L}*\s+(?:vašu\s+|našu\s+|njihovu\s+)?ponud\p{L}*`,
      String.raw`primerja\p{L}*\s+ponud\p{L}*`,
      // a trial: hr/sr/bs "probno razdoblje", "probni period", sl "poskusno obdobje", "poskusna različica"
      String.raw`probn\p{L}*\s+(?:razdoblj|period|verzij|rad|faz)\p{L}*`,
      String.raw`poskusn\p{L}*\s+(?:obdobj|razli[čc]ic|verzij|obratovanj|faz)\p{L}*`,
      // a pilot, testing: "pilot projekt", "pilotna faza", "testiraju", sl "testirajo"
      String.raw`pilot(?:n\p{L}*)?\s+(?:projekt|faz)\p{L}*`,
      String.raw`testira(?:ju|jo)`,
      // an offer sent: "poslali smo im ponudu", "ponuda je poslana", sl "poslali smo ponudbo", "ponudba je oddana"
      String.raw`(?:poslali|dostavili|predali|oddali)\s+(?:smo|sva|so)\s+(?:im\s+|jim\s+)?(?:cjenovn\p{L}*\s+|cenovn\p{L}*\s+)?ponud\p{L}*`,
      String.raw`ponud(?:a|ba)\s+(?:je\s+)?(?:poslan|poslat|dostavljen|predan|oddan|poslan)\p{L}*`,
      // an offer asked for: "traže ponudu", "zatražili su ponudu", sl "zahtevali so ponudbo", "čakajo na ponudbo"
      String.raw`(?:tra[žz]e|tra[žz]ili\s+su|zatra[žz]ili\s+su|zahtevajo|zahtevali\s+so|[čc]ekaju|[čc]akajo\s+na)\s+(?:na\s+)?(?:cjenovn\p{L}*\s+|cenovn\p{L}*\s+)?ponud\p{L}*`,
      // a tender: hr "javna nabava", "natječaj", sr/bs "javna nabavka", sl "javno naročilo", "razpis"
      String.raw`javn\p{L}*\s+(?:nabav|naro[čc]il)\p{L}*`,
      String.raw`natje[čc]aj\p{L}*`,
      String.raw`razpis\p{L}*`,
      // the budget approved: "budžet je odobren", sl "proračun je potrjen"
      String.raw`(?:bud[žz]et|prora[čc]un)\p{L}*\s+(?:je\s+)?(?:odobren|potvr[đd]en|osiguran|zagotovljen|potrjen)\p{L}*`,
      // Slovenian: a trial version, the product being tested: "preizkusna različica", "trenutno testira"
      String.raw`preizkusn\p{L}*\s+različic\p{L}*`,
      String.raw`(?:trenutno\s+)?testira(?:jo)?\s+(?:rešitev|sistem|program|platformo|aplikacijo)`,
    ],
    newIntro: [
      // a first contact, nothing agreed yet: "prvi kontakt", "ništa još nije dogovoreno", sl "nič še ni dogovorjeno"
      String.raw`prv[iaoe]\s+kontakt\p{L}*`,
      // the meeting not discussed yet: "još nismo razgovarali o terminu sastanka"
      String.raw`još\s+nismo\s+(?:razgovarali|dogovorili|ugovorili)\s+(?:o\s+)?(?:termin|sastan|sastank)\p{L}*`,
      // "tek upoznavanje", "samo preporuka, ništa više": an introduction so far
      String.raw`(?:samo|tek)\s+(?:preporuka|upoznavanje)`,
      String.raw`ni[šs]ta\s+(?:jo[šs]\s+)?(?:nije\s+)?(?:dogovoreno|zakazano|ugovoreno)`,
      String.raw`ni[čc]\s+(?:[šs]e\s+)?(?:ni\s+)?(?:dogovorjeno|zmenjeno|na[čc]rtovano)`,
      // only a first step so far: "zasad samo upoznavanje", sl "zaenkrat le priporočilo"
      String.raw`(?:zasad|zaenkrat|za\s+sada|trenutno)\s+(?:je\s+)?(?:samo|le|tek)\s+(?:prv[iaoe]\s+|uvodn\p{L}*\s+)?(?:kontakt|upoznavanj|preporuk|priporo[čc]il|predstavlj)\p{L}*`,
      // considering a change: "razmišljaju o zamjeni sustava", sl "razmišljajo o zamenjavi"
      String.raw`razmi[šs]lja(?:ju|jo)\s+o\s+(?:[\p{L}]+\s+)?(?:zamjen|zamenjav|promjen|menjav|prelask|prehod|uvo[đd]enj|novom|novem)\p{L}*`,
      String.raw`razmatraju\s+(?:zamjen|promjen|prelazak|uvo[đd]enj)\p{L}*`,
      // a fresh lead: "novi kontakt", "svjež lead"
      String.raw`(?:novi?|svje[žz]i?|sve[žz]i?)\s+(?:kontakt|lead)`,
      // a demo wished for, not booked: "žele vidjeti demo", sl "želijo predstavitev"
      String.raw`(?:[žz]ele|[žz]elijo|htjeli\s+bi|bi\s+radi)\s+(?:vidjeti\s+|videti\s+)?(?:demo|prezentacij\p{L}*|predstavitev)`,
      // we only recommend: "samo preporučujemo"; sl "gre le za priporočilo"
      String.raw`(?:samo|tek)\s+preporu[čc]uje(?:mo|m)`,
      String.raw`gre\s+(?:le\s+|samo\s+)?za\s+priporo[čc]ilo`,
    ],
    discovery: [
      // the verb first: "dogovorili smo sastanak", sl "dogovorili smo se za sestanek", "zmenili smo se za klic"
      String.raw`(?:dogovorili|zakazali|ugovorili|zmenili)\s+(?:smo\s+|sva\s+)?(?:se\s+)?(?:za\s+)?(?:prv[iaoe]\s+|uvodn\p{L}*\s+)?{event}`,
      // the booking first: "imamo zakazan sastanak", sl "dogovorjen je sestanek"
      String.raw`(?:dogovoren|zakazan|dogovorjen|potvr[đd]en|potrjen|planiran)\p{L}*\s+(?:(?:je|smo|so)\s+)?(?:prv[iaoe]\s+|uvodn\p{L}*\s+)?{event}`,
      // "vidimo se u utorak", sl "se vidimo v torek"
      String.raw`(?:vidimo\s+se|se\s+vidimo|na[đd]emo\s+se|se\s+dobimo)\s+(?:u|v|ob)\s+{date}`,
    ],
    // "sastanak dogovoren za 20.3.", "prezentacija zakazana u utorak", sl "sestanek je potrjen za torek"
    event: [
      String.raw`sastan(?:ak|ka|ku|kom)`,
      String.raw`sestan(?:ek|ka|ku|kom)`,
      String.raw`prezentacij[aeiuo]`,
      String.raw`predstavit(?:ev|ve|vi)`,
      String.raw`demonstracij\p{L}*`,
      String.raw`(?:video\s?)?poziv(?:a|u)?`,
      String.raw`klic(?:a|u)?`,
      String.raw`razgovor(?:a|u)?`,
      "demo",
    ],
    booked: [
      String.raw`dogovoren[aoi]?`,
      String.raw`zakazan[aoi]?`,
      String.raw`ugovoren[aoi]?`,
      // Slovene "dogovorjen", "potrjen"; "potvrđen", "planiran", "rezerviran"
      String.raw`dogovorjen\p{L}*`,
      String.raw`potrjen\p{L}*`,
      String.raw`potvr[đd]en\p{L}*`,
      String.raw`planiran[aoi]?`,
      String.raw`rezerviran\p{L}*`,
    ],
    day: [
      "ponedjeljak",
      "utorak",
      "srijeda",
      "srijedu",
      "četvrtak",
      "petak",
      "sutra",
      // plain, Serbian ekavian "ponedeljak", "sreda"; Slovene "torek", "četrtek", "petek", "jutri"
      String.raw`cetvrtak|ponedeljak|sreda|sredu|sredo`,
      String.raw`ponedeljek|torek|[čc]etrtek|petek|jutri`,
    ],
  },
  // the motion's name alone in brackets: "(preporuka)", Slovene "(priporočilo)"
  motionName: { referral: ["preporuka", "priporočilo"] },
  motion: {
    resale: [
      // the licences first: "licence kupujemo mi"
      String.raw`licenc\p{L}*\s+(?:kupujemo|nabavljamo)`,
      // the partner buys and resells: "preprodajemo licence", "preprodaja", Serbian "preprodavac"
      String.raw`preproda\p{L}*`,
      // billed through the partner: "fakturiranje ide preko nas", sl "račun gre prek nas", "preko nas kupuju"
      String.raw`(?:fakturiranj|naplat|ra[čc]un)\p{L}*\s+(?:ide\s+|gre\s+)?(?:preko|prek|kroz)\s+nas`,
      String.raw`(?:preko|prek|kroz)\s+nas\s+(?:kupuj|nabavlj|naro[čc]|naru[čc]|fakturir|kupi)\p{L}*`,
      String.raw`(?:kupujemo|kupimo|nabavljamo)\s+licenc\p{L}*`,
    ],
    // the partner does the rollout: "radimo implementaciju", "implementacija i obuka", sl "implementacijo"
    services: [
      // we would take over the rollout: "preuzeli bismo uvođenje"
      String.raw`preuze\p{L}*\s+(?:uvođenje|implementacij\p{L}*)`,
      String.raw`implementacij[aeiuo]`,
      // "mi radimo instalaciju i obuku", "pružamo podršku", sl "izvajamo namestitev in usposabljanje"
      String.raw`(?:radimo|odradimo|izvodimo|izvedemo|izvajamo|zagotovimo|pru[žz]amo|nudimo|poskrbimo\s+za)\s+(?:i\s+|tudi\s+)?(?:instalacij|integracij|konfiguracij|obuk|podr[šs]k|odr[žz]avanj|uvo[đd]enj|namestit|usposablja|izobra[žz]evanj|vzdr[žz]evanj|migracij)\p{L}*`,
      // sl "naša ekipa bo poskrbela za uvedbo" (our team will see to the rollout), hr "pobrinut ćemo se za"
      String.raw`(?:poskrb\p{L}*|pobrinu\p{L}*\s+(?:ćemo\s+)?se)\s+za\s+(?:uvedb|implementacij|prenos|šolanj|namestit|uvajanj|uvođenj|obuk|instalacij)\p{L}*`,
      // managed services: "upravljane usluge", sl "upravljane storitve"
      String.raw`upravljan\p{L}*\s+(?:uslug|storit)\p{L}*`,
    ],
    // the partner only recommends: Slovene "gre le za priporočilo", Croatian "samo preporučujemo"
    referral: [
      String.raw`(?:le|samo)\s+(?:za\s+)?(?:priporoč|preporu)\p{L}*`,
      // "samo vas povezujemo", "samo smo ih upoznali", sl "le posredujemo"
      String.raw`(?:samo|le|zgolj)\s+(?:smo\s+)?(?:vas\s+|ih\s+|jih\s+)?(?:povezuj|povezal|upozna|spoji|spaja|posreduj|posredoval)\p{L}*`,
      // a finder's fee: "provizija za preporuku", sl "provizija za priporočilo"
      String.raw`provizij\p{L}*\s+za\s+(?:preporuk|priporo[čc]il|posredovanj)\p{L}*`,
      // the sale left to the vendor: "prodaju prepuštamo vama", sl "prodajo prepuščamo vam"
      String.raw`prodaj\p{L}*\s+(?:prepu[šs]tamo|prepu[šs][čc]amo)\s+(?:vama|vam)`,
      // the partner stays out of the delivery, the negation being the point: Slovene "ne bomo
      // sodelovali", "ne bomo izvajali", Croatian "nećemo sudjelovati"
      String.raw`ne\s+bomo\s+(?:sodelovali|izvajali)`,
      String.raw`nećemo\s+(?:sudjelovati|provoditi)`,
    ],
    technology: [
      // "integracija s našim sustavom", sl "integracija z našo platformo", "tehnološki partner"
      String.raw`integracij\p{L}*\s+(?:s|sa|z)\s+(?:na[šs]im|na[šs]o)\s+(?:proizvod|produkt|sustav|sistem|platform|rje[šs]enj|re[šs]itv)\p{L}*`,
      String.raw`tehnolo[šs]k\p{L}*\s+partner\p{L}*`,
    ],
  },
  consent: {
    // "suglasna je da je kontaktirate", "pristao je da ga nazovete"
    permission: [
      String.raw`(?:suglas(?:an|na|ni|ne|no)|pristao|pristala|pristali)\s+(?:je\s+|su\s+)?(?:s\s+tim\s+)?da\s+(?:[\p{L}]+\s+){0,3}?(?:kontaktira|nazov|javi)\p{L}*`,
      // agreed to direct contact (pristati na … kontakt)
      String.raw`(?:pristao|pristala|pristali|suglas(?:an|na|ni))\s+(?:je\s+|su\s+)?na\s+(?:izravan\s+|direktan\s+)?kontakt`,
      // Slovene: "strinja se, da jo pokličete", "se strinja, da ga kontaktirate"
      String.raw`(?:strinja\s+se|se\s+strinja),?\s+(?:s\s+tem,?\s+)?da\s+(?:[\p{L}]+\s+){0,3}?(?:kontaktira|pokli[cč]|javi)\p{L}*`,
      // the prospect's own words: "možete proslijediti moj kontakt", Slovene "lahko posredujete moj kontakt"
      String.raw`(?:proslijed|proslijedi|prosledi|posreduj|posredu|pošalj)\p{L}*\s+(?:moje|moj|moja)\s+(?:podat|kontakt)\p{L}*`,
      // waits for the call: "čeka vaš poziv", "očekuje vaš poziv", sl "pričakuje vaš klic", "čaka na vaš klic"
      String.raw`(?:[čc]eka|o[čc]ekuje|pri[čc]akuje|[čc]aka\s+na)\s+(?:va[šs]\s+)?(?:poziv|javljanj\p{L}*|klic|kontakt)`,
      // "možete ga slobodno nazvati", sl "lahko jo kar pokličete" (someone else, not the writer)
      String.raw`mo[žz]ete\s+(?:ga|ju|ih|je|jo|jih|mu|joj|njega|nju)\s+(?:(?:slobodno|kar|direktno|izravno|neposredno)\s+)?(?:kontaktirati|nazvati|zvati|poklicati)`,
      String.raw`lahko\s+(?:ga|jo|jih)\s+(?:(?:kar|neposredno|direktno)\s+)?(?:pokli[čc]ete|kontaktirate)`,
      // gave consent: "dao je suglasnost", "dala je zeleno svjetlo", sl "dal je soglasje"
      String.raw`(?:dao|dala|dali|dal)\s+(?:je\s+|su\s+|so\s+)?(?:svoj[ue]?\s+)?(?:pristanak|suglasnost|odobrenje|soglasje|dovoljenje|zeleno\s+svjetlo|zeleno\s+lu[čc])`,
      // knows of it: "zna da ćete ga nazvati", sl "ve, da ga boste poklicali"
      String.raw`(?:zna|ve),?\s+da\s+(?:[ćc]ete|ga\s+boste|jo\s+boste|boste)\s+(?:[\p{L}]+\s+){0,2}?(?:nazva|kontaktira|javi|pokli[cč])\p{L}*`,
    ],
    prohibition: [
      // "molim ne kontaktirajte ga još", sl "prosim, ne kličite ga"
      String.raw`ne\s+(?:kontaktiraj(?:te)?|zovite|nazovite|javljajte\s+se|kli[čc]ite|pokli[čc]ite)`,
      // "pričekajte da vam se javim", sl "počakajte, da se oglasim"
      String.raw`pri[čc]ekajte,?\s+(?:da|dok)\s+(?:vam\s+)?(?:se\s+)?(?:javim|potvrdim)`,
      String.raw`po[čc]akajte,?\s+(?:da|dokler)\s+(?:vam\s+)?(?:se\s+)?(?:oglasim|javim|sporo[čc]im|potrdim)`,
      // not asked yet: "nisam ga još pitao", sl "nisem ga še vprašal"
      String.raw`nisam\s+(?:ga\s+|ju\s+|ih\s+)?(?:jo[šs]\s+)?pita(?:o|la)`,
      String.raw`nisem\s+(?:ga\s+|jo\s+|jih\s+)?(?:[šs]e\s+)?vpra[šs]al\p{L}*`,
      // contact only through the partner: "kontakt isključivo preko nas", sl "kontakt le prek nas"
      String.raw`kontakt\p{L}*\s+(?:samo|isklju[čc]ivo|le|izklju[čc]no)\s+(?:preko|prek|kroz)\s+nas`,
      // no consent yet: "još nije dao suglasnost", sl "še ni dal soglasja"
      String.raw`nije\s+(?:jo[šs]\s+)?(?:dao|dala)\s+(?:svoj[ue]?\s+)?(?:pristanak|suglasnost|odobrenje)`,
      String.raw`ni\s+(?:[šs]e\s+)?(?:dal|dala)\s+(?:svojega\s+)?soglasj\p{L}*`,
    ],
  },
  // offers weighed: "uspoređuje s ponudom za X", "uspoređuju našu ponudu s X", sl "primerja s ponudbo X"
  competitorBefore: [
    String.raw`(?:uspoređ|upoređ|primerj)\p{L}*\s+(?:\S+\s+){0,2}?(?:s|sa|z)\s+(?:ponud(?:om|bo)\s+(?:za\s+|od\s+)?)?`,
    // a rival looked at alongside: "usporedno gledaju X", "također razmatra X", "paralelno testiraju X"
    String.raw`(?:usporedno|paralelno|također)\s+(?:gleda|gledaju|razmatra|razmatraju|testira|testiraju)\s+`,
  ],
};
