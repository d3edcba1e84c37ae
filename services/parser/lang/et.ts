// Estonian cue phrases: stage, motion and consent as partners write them ("kohtumine on kokku lepitud",
// "seadistuse teeme meie", "ootab teie kõnet"), with and without the diacritics a phone keyboard
// drops. Estonian label words and registering phrases are in baltic.ts.
import type { CueTable } from "./types.ts";

export const cues: CueTable = {
  problem: {
    // "paberil", "käsitsi", "Excelis"
    strong: [String.raw`paber\p{L}*`, "käsitsi", String.raw`excel\p{L}*`],
    // "vajavad", "soovivad"
    weak: [String.raw`vajava\p{L}*`, String.raw`soovi\p{L}*`],
  },
  negationBefore: ["ei", "pole", "mitte"],
  commonWords: ["ja", "on", "see", "nad", "aga", "ka", "veel", "oma", "et", "kas", "siis"],
  negationAfter: ["veel mitte", "pole veel", "ei ole veel"],
  conditional: ["kui", "juhul kui"],
  // "Nõusolek: jah", "Nõusolek: veel mitte"
  yes: ["jah"],
  no: ["veel mitte", "ei ole", "pole", "ei"],
  stage: {
    evaluation: [
      // an offer sent or asked for: "pakkumine saadetud", "küsisid pakkumist", "saatsime pakkumise"
      String.raw`(?:hinna)?pakkumi\p{L}*\s+(?:on\s+)?(?:saadetud|saadeti|tehtud|k[üu]situd|esitatud|edastatud)`,
      String.raw`(?:k[üu]si|ootava|palusi)\p{L}*\s+(?:meilt\s+)?(?:hinna)?pakkumist`,
      String.raw`(?:saatsime|tegime|esitasime|edastasime)\s+(?:neile\s+|kliendile\s+)?(?:hinna)?pakkumise`,
      // a trial or pilot: "prooviperiood", "testperiood", "pilootprojekt", "testivad meie lahendust"
      String.raw`(?:proovi|test)periood\p{L}*`,
      String.raw`piloot(?:projekt)?\p{L}*`,
      String.raw`testiva[dt]`,
      // offers compared, a public tender, the budget approved
      String.raw`v[õo]rdlevad\s+(?:[\p{L}]+\s+){0,2}?(?:pakkumis|lahendus|tarnija|teenusepakkuja)\p{L}*`,
      String.raw`riigihan\p{L}*|hankemenetlus\p{L}*`,
      String.raw`eelarve\s+(?:on\s+)?(?:kinnitatud|heaks\s+kiidetud)`,
    ],
    newIntro: [
      // a first contact, nothing agreed yet: "esimene kontakt", "midagi pole veel kokku lepitud"
      String.raw`(?:esimene|esmane|esialgne)\s+kontakt\p{L}*`,
      String.raw`midagi\s+(?:pole|ei\s+ole)\s+(?:veel\s+)?(?:kokku\s+lepitud|kinnitatud|planeeritud)`,
      // considering a replacement: "kaaluvad süsteemi vahetamist"
      String.raw`kaaluvad\s+(?:[\p{L}]+\s+){0,3}?(?:vahetamist|v[äa]ljavahetamist|asendamist|uue)`,
      String.raw`uus\s+(?:kontakt|liid)`,
      // a demo wished for: "soovivad näha demot"
      String.raw`soovivad\s+(?:n[äa]ha\s+)?(?:demot|esitlust)`,
      // the first contact in other cases: "tegemist on esmase kontaktiga", "esimese kontakti järel"
      String.raw`(?:esmase|esimese|esialgse)\s+kontakt\p{L}*`,
      // an early introduction, we only introduce: "esialgne tutvustus", "meie ainult tutvustame"
      String.raw`(?:esialgne|esmane)\s+tutvustus\p{L}*`,
      String.raw`(?:ainult|vaid|üksnes)\s+tutvustame`,
    ],
    // the verb first: "leppisime kokku kohtumise", "panime paika kõne"
    discovery: [String.raw`(?:leppisime|lepiti)\s+(?:[\p{L}]+\s+){0,2}?kokku\s+(?:[\p{L}]+\s+){0,2}?{event}`],
    event: [
      String.raw`(?:tutvumis|esma|video)?kohtumi\p{L}*`,
      String.raw`esitlus\p{L}*`,
      String.raw`(?:video)?k[õ]ne(?:t|le|ks)?`,
      String.raw`koosolek\p{L}*`,
      "demo",
      "demot",
    ],
    booked: [String.raw`kokku\s?lepitud`, "broneeritud", "planeeritud", "kinnitatud", String.raw`paika\s+pandud`],
    // "teisipäeval", "neljapäevaks", "homme"
    day: [String.raw`(?:esma|teisi|kolma|nelja)p[äa]ev\p{L}*`, String.raw`reede\p{L}*`, "homme"],
  },
  motion: {
    // the partner does the rollout, setup or installation: "paigalduse teeme meie", "meie teeme seadistuse"
    services: [
      String.raw`(?:juurutus|paigaldus|seadistus)\p{L}*\s+teeme\s+(?:ära\s+)?meie`,
      String.raw`meie\s+teeme\s+(?:ka\s+)?(?:juurutus|paigaldus|seadistus)\p{L}*`,
      // "teeme ka koolituse", "pakume tuge ja hooldust", a managed service: "haldusteenus"
      String.raw`(?:teeme|pakume)\s+(?:ka\s+)?(?:koolitus|tuge|hooldus|integratsioon|integreerimi)\p{L}*`,
      String.raw`haldusteenus\p{L}*`,
    ],
    // "edasimüük", billed through the partner: "arveldus käib meie kaudu", "müüme litsentsid edasi"
    resale: [
      String.raw`edasimü\p{L}*`,
      String.raw`arveldus\s+(?:k[äa]ib\s+)?meie\s+kaudu`,
      String.raw`meie\s+kaudu\s+(?:arvelda|ost|telli)\p{L}*`,
      String.raw`(?:ostame|m[üu][üu]me)\s+(?:[\p{L}]+\s+)?litsents\p{L}*`,
      String.raw`m[üu][üu]me\s+(?:[\p{L}]+\s+)?edasi`,
    ],
    // the partner only recommends or introduces: "ainult soovitame", a finder's fee: "vahendustasu"
    referral: [
      String.raw`(?:ainult|vaid)\s+(?:soovita|tutvusta|vahenda)\p{L}*`,
      String.raw`(?:vahendus|soovitus)tasu\p{L}*`,
    ],
    technology: [
      String.raw`integratsioon\p{L}*\s+meie\s+(?:toote|s[üu]steemi|platvormi)\p{L}*`,
      String.raw`tehnoloogiapartner\p{L}*`,
    ],
  },
  consent: {
    permission: [
      // "andis nõusoleku", "on andnud loa"
      String.raw`(?:andis|andsid|on\s+andnud)\s+(?:oma\s+)?(?:n[õo]usoleku|loa)`,
      // waits for the call: "ootab teie kõnet"
      String.raw`(?:ootab|ootavad)\s+(?:teie\s+|sinu\s+)?(?:k[õo]net|kontakti|helistamist|p[öo]ördumist)`,
      // "võite talle otse helistada", "võite temaga ühendust võtta"
      String.raw`v[õo]ite\s+(?:talle|neile|temaga|nendega)\s+(?:otse\s+)?(?:helistada|kirjutada|[üu]hendust\s+v[õo]tta)`,
      // agreed to it, knows of it: "on nõus, et te helistate", "teab, et võtate ühendust"
      String.raw`(?:on\s+)?n[õo]us,?\s+et\s+(?:te\s+|nad\s+)?(?:v[õo]tate|helistate|v[õo]tavad|helistavad)`,
      String.raw`teab,?\s+et\s+(?:te\s+)?(?:v[õo]tate|helistate|kirjutate)`,
    ],
    prohibition: [
      // "ärge veel helistage", "palun oodake, kuni …"
      String.raw`[äa]rge\s+(?:veel\s+)?(?:v[õo]tke|helistage|kirjutage)`,
      String.raw`oodake,?\s+kuni`,
      // no consent yet, not asked yet: "pole veel nõusolekut andnud", "ma pole veel küsinud"
      String.raw`(?:ei\s+ole|pole)\s+(?:veel\s+)?(?:n[õo]usolekut|luba)`,
      String.raw`(?:ei\s+ole|pole)\s+(?:veel\s+)?(?:k[üu]sinud|temaga\s+r[äa][äa]kinud)`,
      // contact only through the partner: "kontakt ainult meie kaudu"
      String.raw`kontakt\p{L}*\s+(?:ainult|vaid)\s+meie\s+kaudu`,
    ],
  },
};
