// Romanian label words for the identity fields (the comma-below and the older cedilla spellings of
// ș and ț are both written), and cue phrases: meetings fixed, a quote asked for, consent given,
// the partner only recommending. The forms without diacritics are listed too ("intalnire").
import type { CueTable, LabelTable } from "./types.ts";

export const labels: LabelTable = {
  company: [
    "companie",
    "compania",
    "firmă",
    "firma client",
    "societate",
    "denumire firmă",
    "nume companie",
    // an organisation, an association
    "organizație",
    "asociație",
  ],
  website: ["site", "site web", "pagină web"],
  contactName: ["persoană de contact", "persoana de contact", "persoană contact", "nume contact"],
  role: ["funcție", "funcţie", "funcția", "funcţia", "poziție", "poziţie"],
  email: ["adresă de e-mail", "adresa de e-mail"],
  // "Problemă: …": the prospect's problem as the label names it
  // "Cerințe: …" (requirements), in both spellings of ț and without diacritics
  // their need, the main need, the problem ("Nevoia lor: …", "Problema: …")
  need: [
    "nevoie",
    "nevoi",
    "nevoia clientului",
    "descriere",
    "problemă",
    "cerințe",
    "cerinţe",
    "cerinte",
    "nevoia lor",
    "nevoia principală",
    "problema",
  ],
  value: ["valoare", "valoare estimată", "valoare estimata", "valoare estimativă", "buget"],
  competitors: ["concurență", "concurenţă", "concurenta", "competitori", "concurenți", "concurenţi", "concurenti"],
  stage: ["etapă", "etapa", "stadiu", "stadiul"],
  // "Regiune: …", "Județ: …" (county), "Oraș: …" (town), "Localitate: …"
  // "Zonă: …" (area; its form without the diacritic is the Spanish label too)
  region: ["regiune", "regiunea", "județ", "judeţ", "oraș", "oraş", "localitate", "zonă"],
  // "Produs: …" (the product)
  product: ["produs"],
  // "Rolul nostru: implementare": the partner's role says how it works with the vendor
  motion: ["rolul nostru", "rol partener", "tip", "tip colaborare"],
  // "Acord de contact: da", "Acordul clientului: da"
  consent: ["acord de contact", "acord contact", "acordul clientului"],
};

export const cues: CueTable = {
  // "o brutărie din Arad", "un service auto în Iași": "from", "in" before the prospect's place;
  // "din" after a lower-case word only (Danish and Norwegian "din" is "your")
  placeBefore: ["în", String.raw`(?<=(?:^|[^\p{L}])\p{Ll}\p{L}{0,24}[ \t])din`],
  // "nu are site", "doar o pagină de Facebook"
  noWebsite: [
    String.raw`nu\s+(?:au|are)\s+site`,
    String.raw`doar\s+(?:o\s+)?pagin\p{L}*\s+de\s+(?:facebook|instagram)`,
  ],
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
  // right after a cue: "demo programat? încă nu", "întâlnire – nu încă"
  negationAfter: ["încă nu", "inca nu", "nu încă", "nu inca"],
  // "dacă demo-ul merge bine", "în cazul în care", "după ce"
  conditional: [
    "dacă",
    "daca",
    String.raw`în\s+cazul\s+în\s+care`,
    String.raw`in\s+cazul\s+in\s+care`,
    "după ce",
    "dupa ce",
  ],
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
      String.raw`(?:au\s+)?cer(?:ut|ere)\s+(?:deja\s+|déjà\s+)?(?:o\s+|de\s+)?ofert[ăa]`,
      String.raw`ofert[ăa]\s+(?:în|in)\s+(?:pregătire|pregatire|lucru)`,
      String.raw`perioad[ăa]\s+de\s+(?:test|prob[ăa])`,
      // a public tender, the offer being made or sent: "licitație publică", "ofertare", "am trimis oferta"
      String.raw`licita[țţt]i\p{L}*`,
      "ofertare",
      String.raw`am\s+trimis\s+(?:o\s+)?(?:propunere|propunerea|ofert[ăa]|oferta)`,
      // a quote received or asked for in other words: "au primit oferta", "ofertă de preț", "cotație"
      String.raw`(?:au|a|am)\s+primit\s+(?:o\s+)?ofert[ăa]`,
      String.raw`ofert[ăa]\s+de\s+pre[țţt]`,
      String.raw`cota[țţt]i[ea]`,
      String.raw`(?:au|a)\s+solicitat\s+(?:o\s+)?(?:ofert[ăa]|cota[țţt]ie|propunere)`,
      // a pilot, a test version, the product being tried: "proiect pilot", "versiune de test", "testează soluția"
      String.raw`(?:proiectul|faza|etapa)\s+pilot`,
      String.raw`pilot(?:ul)?\s+(?:a\s+început|a\s+inceput|rulează|ruleaza|este\s+în\s+curs|este\s+in\s+curs)`,
      String.raw`versiune(?:a)?\s+de\s+(?:test|prob[ăa]|evaluare)`,
      String.raw`(?:testeaz[ăa]|evalueaz[ăa])\s+(?:acum\s+|deja\s+)?(?:solu[țţt]ia|produsul|platforma|aplica[țţt]ia|sistemul)`,
      // our offer weighed: "evaluează oferta noastră", "analizează propunerea"; a product weighed beside a rival: "în paralel cu X"
      String.raw`(?:evalueaz[ăa]|analizeaz[ăa])\s+(?:acum\s+|deja\s+)?(?:oferta|propunerea|cota[țţt]ia)`,
      String.raw`evalueaz[ăa]\s+(?:[\p{L}]+\s+){1,3}?(?:în|in)\s+paralel\s+cu`,
      String.raw`(?:în|in)\s+(?:faza|etapa|stadiul)\s+de\s+(?:evaluare|testare|ofertare|negociere)`,
      // offers compared, a budget approved, specifications out for bids
      String.raw`compar[ăa]\s+(?:mai\s+multe\s+|dou[ăa]\s+|trei\s+|patru\s+|\d+\s+)?ofert(?:e|ele)`,
      String.raw`buget(?:ul)?\s+(?:a\s+fost\s+|este\s+|e\s+)?aprobat`,
      String.raw`buget(?:ul)?\s+(?:este\s+|e\s+)?(?:în|in)\s+curs\s+de\s+aprobare`,
      String.raw`caiet(?:ul)?\s+de\s+sarcini`,
      String.raw`achizi[țţt]ie\s+public[ăa]`,
      // the offer sent, a comparative one next: "ofertă preliminară trimisă", "urmează o ofertă comparativă"
      String.raw`ofert[ăa]\s+(?:preliminar[ăa]\s+|final[ăa]\s+)?trimis[ăa]`,
      String.raw`urmeaz[ăa]\s+(?:o\s+)?ofert[ăa]`,
      // weighing it against another, trying a test version: "o compară cu …", "testează o versiune demo"
      String.raw`(?:o|le)\s+compar[ăa]\s+cu`,
      String.raw`testeaz[ăa]\s+o\s+versiune`,
      // an offer already sent, the vendor compared with another: "am trimis deja o ofertă", "compară soluția voastră cu"
      String.raw`am\s+trimis\s+deja\s+(?:o\s+)?(?:ofert[ăa]|propunere)`,
      String.raw`compar[ăa]\s+(?:solu[țţt]ia|oferta|produsul|platforma)\s+(?:voastr[ăa]|vostru|dumneavoastr[ăa])\s+cu`,
    ],
    // "demo programat pe 9 aprilie", "întâlnire stabilită", "avem o întâlnire joi"
    event: [
      "întâlnire",
      "întâlnirea",
      "intalnire",
      "intalnirea",
      "prezentare",
      "prezentarea",
      "demo",
      "demo-ul",
      String.raw`demonstra[țţt]i[ea]`,
      "demonstratie",
      String.raw`videoconferin[țţt][ăa]`,
      // "o discuție de descoperire" (a discovery call)
      String.raw`discu[țţt]i[ea]\s+de\s+descoperire`,
      String.raw`[șşs]edin[țţt][ăa]`,
    ],
    booked: [
      String.raw`programat[ăa]?`,
      String.raw`stabilit[ăa]?`,
      String.raw`confirmat[ăa]?`,
      String.raw`fixat[ăa]?`,
      String.raw`planificat[ăa]?`,
      String.raw`agreat[ăa]?`,
      String.raw`convenit[ăa]?`,
    ],
    // "luni" is Monday and "months": not after a number or "câteva" ("de câteva luni", "acum două luni")
    // nor before "de zile" ("luni de zile")
    day: [
      String.raw`(?<!(?:câteva|cateva|două|doua|trei|patru|cinci|șase|şase|sase|șapte|şapte|sapte|opt|nouă|noua|zece|multe|ultimele|primele|\d{1,3})\s+)luni(?!\s+(?:de\s+zile|întregi|intregi|bune|la\s+r[âa]nd))`,
      "marți",
      "marţi",
      "marti",
      "miercuri",
      "joi",
      "vineri",
      "mâine",
      "maine",
      "poimâine",
      "poimaine",
    ],
    // the verb first: "am stabilit o întâlnire", "s-a programat un demo", "am fixat prima prezentare"
    discovery: [
      // a call set, the setting said first: "am confirmat un call pe vineri", "am fixat o întâlnire pe luni"
      String.raw`am\s+(?:stabilit|programat|fixat|confirmat)\s+(?:deja\s+)?(?:o|un)\s+(?:{event}|apel|call)\s+(?:pentru|pe)\s+{day}`,
      String.raw`(?:am|au|a|s-a|s-au)\s+(?:stabilit|programat|fixat|planificat|agreat|convenit)\s+(?:deja\s+)?(?:o\s+|un\s+)?(?:prim[ăa]\s+|primul\s+)?{event}`,
      // "avem o întâlnire joi", "avem demo pe 12 mai"
      String.raw`avem\s+(?:o\s+|un\s+)?(?:prim[ăa]\s+|primul\s+)?{event}\s+(?:(?:cu\s+)?[\p{L}-]+\s+){0,3}?(?:(?:pe|în|in|de|la)\s+)?(?:\d{1,2}[./]\d{1,2}|\d{1,2}\s+(?:ian|feb|mar|apr|mai|iun|iul|aug|sep|oct|noi|dec)\p{L}*|{day})`,
    ],
    // thanks for a meeting that is over: "mulțumesc pentru prezentarea de ieri"
    thanked: [String.raw`mul[țţt]umes(?:c|cu|c\s+frumos)\s+pentru`, String.raw`mersi\s+pentru`],
    // a first contact only: "prim contact", "primul contact"
    // "doar o introducere" (just an introduction), "ne-am cunoscut la un seminar" (met at an event)
    newIntro: [
      String.raw`prim(?:ul)?\s+contact`,
      String.raw`doar\s+(?:o\s+)?(?:prim[ăa]\s+)?(?:introducere|recomandare|prezentare)`,
      // no meeting yet: "nicio întâlnire încă"
      String.raw`nicio\s+întâlnire\s+(?:încă|deocamdată)`,
      // "doar o simplă recomandare"
      String.raw`simpl[ăa]\s+recomandare`,
      String.raw`ne-?am\s+cunoscut\s+la\s+(?:(?:un|o)\s+)?(?:seminar|conferin\p{L}*|târg|targ|eveniment)`,
      // a new lead, an early stage, a first talk only
      String.raw`(?:un\s+)?lead\s+nou`,
      String.raw`(?:contact|discu[țţt]ie)\s+ini[țţt]ial[ăa]?`,
      String.raw`(?:stadiu|faz[ăa]|etap[ăa])\s+(?:foarte\s+)?incipient[ăa]?`,
      // thinking of a change, nothing more: "se gândesc să schimbe", "iau în calcul înlocuirea"
      String.raw`(?:se\s+)?g[âa]ndesc\s+s[ăa]\s+(?:schimbe|înlocuiasc[ăa]|inlocuiasc[ăa])`,
      String.raw`iau\s+(?:în|in)\s+(?:calcul|considerare)\s+(?:o\s+)?(?:schimbare|înlocuire|inlocuire|înlocuirea|inlocuirea)`,
      // nothing fixed yet: "încă nu am stabilit nimic", "nimic programat", "nu avem încă o întâlnire"
      String.raw`(?:încă|inca)\s+nu\s+(?:am|avem|s-a)\s+(?:stabilit|programat|fixat)`,
      String.raw`nimic\s+(?:stabilit|programat|fixat)`,
      String.raw`nu\s+(?:avem|am\s+stabilit|am\s+programat)\s+(?:încă\s+|inca\s+)?(?:nicio|o)\s+(?:întâlnire|intalnire|prezentare)`,
      // the partner only making the introduction: "noi doar facem introducerea"
      String.raw`doar\s+facem\s+(?:introducerea|recomandarea|prezentarea)`,
      // a first introduction: "este o primă introducere"
      String.raw`prim[ăa]\s+introducere`,
    ],
  },
  consent: {
    // the prospect agreed to being contacted, the two words in one sentence in either order
    agreeWord: ["de acord", String.raw`acceptat`],
    contactWord: [
      String.raw`contact\p{L}*`,
      String.raw`sunat\p{L}*`,
      String.raw`suna[țţt]i\p{L}*`,
      String.raw`apel(?:at|ul|ați|ati)?`,
    ],
    // "a fost de acord să fie contactată", "este de acord să o sunați"
    permission: [
      String.raw`de\s+acord\s+(?:s[ăa]|ca)\s+(?:fie\s+|o\s+|îl\s+|il\s+|l\s+|s[ăa]\s+)?(?:contactat|sunat|contacta)\p{L}*`,
      // the prospect waits for the call: "așteaptă apelul vostru", "așteaptă să fie contactată"
      String.raw`(?:așteapt[ăa]|asteapt[ăa]|a[șs]tept[ăa])\s+(?:apelul|telefonul|contactul|s[ăa]\s+fie\s+(?:contactat|sunat)\p{L}*)`,
      // feel free to contact: "îl puteți contacta direct", "puteți să o sunați"
      String.raw`(?<!(?<![\p{L}])nu\s{1,3})(?:îl|il|o|îi|ii)\s+pute[țt]i\s+(?:contacta|suna)`,
      String.raw`pute[țt]i\s+s[ăa]-?\s*(?:l|o|îl|il)\s+(?:contacta[țt]i|suna[țt]i)`,
      // asked for the call, gave the OK: "a cerut să fie contactat", "și-a dat acordul", "avem acordul clientului"
      String.raw`a\s+cerut\s+s[ăa]\s+fie\s+(?:contactat|sunat)\p{L}*`,
      String.raw`(?:și|şi|si)-?a\s+dat\s+acordul`,
      String.raw`avem\s+acordul\s+(?:clientului|lui|ei|său|sau)`,
      String.raw`(?:este|e)\s+(?:deja\s+)?(?:informat|anun[țţt]at)[ăa]?\s+c[ăa]`,
    ],
    // not asked yet, do not call, wait: "nu l-am întrebat încă", "vă rog să nu-l contactați", "așteptați până confirm"
    prohibition: [
      String.raw`nu\s+(?:l-|o-|i-)?am\s+(?:(?:încă|inca)\s+)?(?:întrebat|intrebat|anun[țţt]at|informat)\p{L}*`,
      String.raw`s[ăa]\s+nu(?:-l|-o|-i|\s+(?:îl|il|o|îi|ii))?\s+(?:contacta|suna|apela)\p{L}*`,
      String.raw`nu\s+(?:îl|il|o)\s+(?:contacta|suna)\p{L}*\s+direct`,
      String.raw`nu\s+(?:îl|il|o|îi|ii)\s+pute[țt]i\s+(?:contacta|suna)`,
      String.raw`(?:așteptați|asteptati|a[șs]tepta[țt]i)\s+(?:până|pana)\s+(?:(?:vă|va|îl|il)\s+)?(?:confirm|revin|anun[țţt]|v[ăa]\s+confirm)\p{L}*`,
      String.raw`contact\p{L}*\s+(?:doar|numai)\s+prin\s+(?:noi|mine)`,
      String.raw`nu\s+(?:a\s+fost\s+|este\s+|e\s+)?(?:încă\s+|inca\s+)?de\s+acord`,
      String.raw`nu\s+(?:știe|stie)\s+(?:încă|inca)`,
    ],
  },
  // too common to decide in prose; a role label's value ("Rolul nostru: implementare") is decided by one
  // (the referral's name as a labelled answer: "Tip: recomandare")
  motionWeak: {
    services: ["implementare", "servicii", String.raw`suport(?:ul)?\s+tehnic`, "instruire"],
    referral: ["recomandare"],
  },
  motion: {
    // the partner only recommends or introduces: "doar recomandăm clientul", "noi doar introducem firma"
    referral: [
      // a recommendation named: "este o recomandare"
      String.raw`(?:este|e)\s+o\s+recomandare`,
      String.raw`doar\s+(?:facem\s+|fac\s+)?(?:recomand|introduc)\p{L}*`,
      // "o simplă recomandare", "vă predăm contactul după întâlnire"
      String.raw`simpl[ăa]\s+recomandare`,
      String.raw`pred[ăa]m\s+contactul`,
      // a fee for the recommendation, the vendor selling directly: "comision de recomandare", "vindeți direct"
      String.raw`comision(?:ul)?\s+de\s+(?:recomandare|referire|intermediere)`,
      String.raw`(?:vinde[țt]i|v[âa]nde[țt]i)\s+(?:voi\s+|dumneavoastr[ăa]\s+)?direct`,
      String.raw`(?:doar|numai)\s+(?:v[ăa]\s+)?(?:facem|fac|punem|pun)\s+(?:în|in)\s+leg[ăa]tur[ăa]`,
      String.raw`(?:doar|numai)\s+(?:v[ăa]\s+)?(?:facem|fac)\s+leg[ăa]tura`,
    ],
    // the partner buys and resells, the invoice goes through it: "revânzător", "facturarea prin noi"
    resale: [
      String.raw`rev[âa]nz(?:are|ător|ator|ătorul|atorul|ători|atori)`,
      // "vom revinde licențele" (we will resell)
      String.raw`vom\s+revinde\p{L}*`,
      String.raw`factur(?:area|ăm|am|ează|eaza)\s+(?:(?:se\s+face|va\s+fi|este)\s+)?prin\s+noi`,
      String.raw`(?:cump[ăa]r[ăa]m|achizi[țţt]ion[ăa]m)\s+(?:noi\s+)?licen[țţt]ele`,
      String.raw`licen[țţt]ele\s+(?:vor\s+fi\s+|sunt\s+)?(?:cump[ăa]rate\s+|facturate\s+|v[âa]ndute\s+)?prin\s+noi`,
      String.raw`(?<!(?<![\p{L}])nu\s{1,3})(?:revindem|revând|revand)`,
    ],
    // the partner does the work: "noi ne ocupăm de implementare", "asigurăm suportul", "integrator de sisteme"
    services: [
      String.raw`(?:noi\s+)?(?:ne\s+ocup[ăa]m|ne\s+vom\s+ocupa)\s+de\s+(?:implementare|integrare|instalare|configurare|instruire|mentenan[țţt][ăa]|suport)\p{L}*`,
      String.raw`(?:noi\s+)?(?:asigur[ăa]m|vom\s+asigura|facem|vom\s+face|realiz[ăa]m|vom\s+realiza)\s+(?:noi\s+)?(?:implementarea|integrarea|instalarea|configurarea|instruirea|mentenan[țţt]a|suportul)`,
      String.raw`integrator(?:ul)?\s+de\s+sisteme`,
      String.raw`servicii(?:le)?\s+(?:de\s+)?(?:implementare|integrare|mentenan[țţt][ăa]|suport\s+gestionat|gestionate)`,
    ],
    // an integration with the partner's own product: "integrare cu platforma noastră", "partener tehnologic"
    technology: [
      String.raw`integrare(?:a)?\s+cu\s+(?:produsul|platforma|solu[țţt]ia|aplica[țţt]ia|software-ul)\s+(?:nostru|noastr[ăa])`,
      String.raw`(?:partener(?:iat)?)\s+tehnologic`,
    ],
    // a cloud marketplace in Romanian word order: "prin marketplace-ul Azure"
    marketplace: [String.raw`marketplace-ul\s+(?:aws|azure|google|microsoft)`],
  },
  problem: {
    // "pe hârtie" (on paper), "evidență manuală" (by hand: "manual" alone is read by the Portuguese entry, and
    // English writes "manuals" for handbooks), "în Excel"
    strong: [String.raw`pe\s+h[âa]rtie`, String.raw`manual[ăa]`, String.raw`excel`],
    // "au nevoie de" (they need), "trebuie" (must, needs), "vor să" (want to), "își doresc" (wish), "caută" (look for)
    // a means of talking as the process: "rezervări la telefon", "pe WhatsApp"; "am vorbit cu ea la telefon" is the
    // partner's talk
    channel: [
      String.raw`(?:la|prin)\s+telefon`,
      String.raw`telefonic`,
      String.raw`pe\s+(?:whatsapp|facebook|instagram|messenger)`,
    ],
    talked: ["vorbit", "discutat", "sunat", "convenit"],
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
    // "o compară cu oferta X": the rival's offer named before it; "o ofertă comparativă cu X"
    String.raw`compar(?:ă|a|ăm|am|ând|and)\s+(?:\S+\s+){0,2}?cu\s+(?:ofert(?:a|ă|ele)\s+)?`,
    String.raw`comparativ[ăa]\s+cu\s+(?:ofert(?:a|ă|ele)\s+)?`,
    // the system used today: "folosesc în prezent X", "lucrează acum cu X"
    String.raw`(?:folose(?:ște|şte|ste|sc)|utilizeaz[ăa]|lucreaz[ăa]|lucrează)\s+(?:(?:în|in)\s+prezent|acum|deja)\s+(?:cu\s+)?`,
  ],
};
