// Romanian label words for the identity fields (the comma-below and the older cedilla spellings of
// ș and ț are both written), and cue phrases: meetings fixed, a quote asked for, consent given,
// the partner only recommending. The forms without diacritics are listed too ("intalnire").
import type { CueTable, LabelTable } from "./types.ts";

export const labels: LabelTable = {
  company: ["companie", "compania", "firmă", "firma client", "societate", "denumire firmă", "nume companie"],
  website: ["site", "site web", "pagină web"],
  contactName: ["persoană de contact", "persoana de contact", "persoană contact", "nume contact"],
  role: ["funcție", "funcţie", "funcția", "funcţia", "poziție", "poziţie"],
  email: ["adresă de e-mail", "adresa de e-mail"],
  // "Problemă: …": the prospect's problem as the label names it
  // "Cerințe: …" (requirements), in both spellings of ț and without diacritics
  need: ["nevoie", "nevoi", "nevoia clientului", "descriere", "problemă", "cerințe", "cerinţe", "cerinte"],
  value: ["valoare", "valoare estimată", "valoare estimata", "valoare estimativă", "buget"],
  competitors: ["concurență", "concurenţă", "concurenta", "competitori", "concurenți", "concurenţi", "concurenti"],
  stage: ["etapă", "etapa", "stadiu", "stadiul"],
  // "Regiune: …", "Județ: …" (county), "Oraș: …" (town), "Localitate: …"
  region: ["regiune", "regiunea", "județ", "judeţ", "oraș", "oraş", "localitate"],
  // "Rolul nostru: implementare": the partner's role says how it works with the vendor
  motion: ["rolul nostru", "rol partener"],
  // "Acord de contact: da", "Acordul clientului: da"
  consent: ["acord de contact", "acord contact", "acordul clientului"],
};

export const cues: CueTable = {
  // the partner doing service work: "noi am face implementarea si instruirea"
  serviceWork: [
    String.raw`implementare(?:a)?`,
    String.raw`integrare(?:a)?`,
    String.raw`instalare(?:a)?`,
    String.raw`configurare(?:a)?`,
    String.raw`instruire(?:a)?`,
    String.raw`mentenan[țţt][ăa]`,
  ],
  partnerSubject: ["noi", "echipa noastră"],
  otherSubject: ["ei", "ele", "clientul"],
  // "Acord de contact: da" / "nu"; before a cue "niciun", "fără" negate it ("nu" is not listed
  // there: in Dutch, Danish and Swedish it is "now", often in a clause too short to tell the language)
  negationBefore: ["niciun", "nicio", "fără", "fara"],
  commonWords: [
    "și",
    "si",
    "cu",
    "pe",
    "la",
    "ei",
    "ele",
    "este",
    "sunt",
    "pentru",
    "care",
    "au",
    "am",
    "să",
    "sa",
    "lor",
    "un",
    "o",
  ],
  yes: ["da"],
  no: ["încă nu", "inca nu", "nu"],
  stage: {
    // month names, for a meeting's date written out ("… on 14 March", "… el 11 de mayo")
    month: [
      "ianuarie",
      "februarie",
      "martie",
      "aprilie",
      "mai",
      "iunie",
      "iulie",
      "august",
      "septembrie",
      "octombrie",
      "noiembrie",
      "decembrie",
    ],
    // a quote asked for or being prepared, a trial: "au cerut o ofertă", "ofertă în pregătire", "perioadă de test"
    evaluation: [
      String.raw`(?:au\s+)?cer(?:ut|ere)\s+(?:o\s+|de\s+)?ofert[ăa]`,
      String.raw`ofert[ăa]\s+(?:în|in)\s+(?:pregătire|pregatire|lucru)`,
      String.raw`perioad[ăa]\s+de\s+(?:test|prob[ăa])`,
      // a public tender, the offer being made or sent: "licitație publică", "ofertare", "am trimis oferta"
      String.raw`licita[țţt]i\p{L}*`,
      "ofertare",
      String.raw`am\s+trimis\s+(?:o\s+)?(?:propunere|propunerea|ofert[ăa]|oferta)`,
    ],
    // "demo programat pe 9 aprilie", "întâlnire stabilită", "avem o întâlnire joi"
    event: ["întâlnire", "întâlnirea", "intalnire", "intalnirea", "prezentare", "prezentarea", "demo"],
    booked: [String.raw`programat[ăa]?`, String.raw`stabilit[ăa]?`, String.raw`confirmat[ăa]?`],
    day: ["luni", "marți", "marţi", "marti", "miercuri", "joi", "vineri"],
    // a first contact only: "prim contact", "primul contact"
    // "doar o introducere" (just an introduction), "ne-am cunoscut la un seminar" (met at an event)
    newIntro: [
      String.raw`prim(?:ul)?\s+contact`,
      String.raw`doar\s+o\s+(?:introducere|recomandare|prezentare)`,
      String.raw`ne-?am\s+cunoscut\s+la\s+(?:(?:un|o)\s+)?(?:seminar|conferin\p{L}*|târg|targ|eveniment)`,
    ],
  },
  consent: {
    // the prospect agreed to being contacted, the two words in one sentence in either order
    agreeWord: ["de acord", String.raw`acceptat`],
    contactWord: [String.raw`contact\p{L}*`, String.raw`sunat\p{L}*`],
    // "a fost de acord să fie contactată", "este de acord să o sunați"
    permission: [
      String.raw`de\s+acord\s+(?:s[ăa]|ca)\s+(?:fie\s+|o\s+|îl\s+|il\s+|l\s+|s[ăa]\s+)?(?:contactat|sunat|contacta)\p{L}*`,
    ],
  },
  // too common to decide in prose; a role label's value ("Rolul nostru: implementare") is decided by one
  motionWeak: { services: ["implementare", "servicii"] },
  motion: {
    // the partner only recommends or introduces: "doar recomandăm clientul", "noi doar introducem firma"
    referral: [String.raw`doar\s+(?:facem\s+|fac\s+)?(?:recomand|introduc)\p{L}*`],
  },
  problem: {
    // "pe hârtie" (on paper), "evidență manuală" (by hand: "manual" alone is read by the Portuguese entry, and
    // English writes "manuals" for handbooks), "în Excel"
    strong: [String.raw`pe\s+h[âa]rtie`, String.raw`manual[ăa]`, String.raw`excel`],
    // "au nevoie de" (they need), "trebuie" (must, needs), "vor să" (want to), "își doresc" (wish), "caută" (look for)
    weak: [
      String.raw`(?:au|are|avem)\s+nevoie`,
      String.raw`trebuie`,
      String.raw`vor\s+s[ăa]`,
      String.raw`(?:își|îşi|isi)\s+doresc`,
      String.raw`caut[ăa]`,
    ],
  },
  competitorBefore: [
    // offers weighed: "compară soluția noastră cu X și Y", "comparăm cu X"
    String.raw`compar(?:ă|a|ăm|am|ând|and)\s+(?:\S+\s+){0,2}?cu\s+`,
    // the system used today: "folosesc în prezent X", "lucrează acum cu X"
    String.raw`(?:folose(?:ște|şte|ste|sc)|utilizeaz[ăa]|lucreaz[ăa]|lucrează)\s+(?:(?:în|in)\s+prezent|acum|deja)\s+(?:cu\s+)?`,
  ],
};
