// Tagalog cue phrases, as partners write them mixed with English ("Taglish"), and the phrasing of
// Filipino English ("for quotation", "canvassing", "go signal", "courtesy call"): a meeting set,
// an offer asked for, the prospect's yes to being contacted. English words inside ("i-contact",
// "meeting") are written as such; a hyphen after a Tagalog prefix is often left out ("ischedule").
import type { CueTable, LabelTable } from "./types.ts";

// Tagalog label words, by field: a registration's lines as Taglish writes them ("Posisyon: …",
// "Lugar: …"); the English labels around them are the English table's.
export const labels: LabelTable = {
  // the contact's position
  role: ["posisyon"],
  // "place": the town or region the prospect is in (also the Spanish word)
  region: ["lugar"],
};

// the vendor's people as Taglish names them: "kayo", "niyo", "ang team niyo"
const YOU = String.raw`(?:kayo|niyo|nyo|ninyo|ang\s+team\s+(?:niyo|nyo|ninyo))`;
// being contacted, as a Taglish verb: "i-contact", "tawagan", "kontakin", "i-email"
// the months, for a date written out ("Marso 27")
const MONTHS = [
  "enero",
  "pebrero",
  "marso",
  "abril",
  "mayo",
  "hunyo",
  "hulyo",
  "agosto",
  "setyembre",
  "oktubre",
  "nobyembre",
  "disyembre",
];
const TL_MONTHS = MONTHS.join("|");
const REACH = String.raw`(?:i-?contact|tawagan|i-?call|i-?email|i-?text|kontakin|i-?message|makausap)`;

export const cues: CueTable = {
  // "hindi pa" (not yet), "huwag" / "wag" (don't), "wala" (none), "ayaw" (does not want)
  negationBefore: ["hindi", "huwag", "wag", "wala", "ayaw"],
  // "kung" (if), "kapag" (when, if), "baka" (perhaps), "sakaling" (in case)
  conditional: ["kung", "kapag", "baka", "sakaling"],
  // "Consent: oo" / "opo" (polite yes), "pwede" (may), "sige" (go ahead); "hindi pa", "wala pa"
  yes: ["oo", "opo", "pwede", "puwede", "sige"],
  no: ["hindi", "hindi pa", "wala pa"],
  // the prospect's wish or need as Taglish says it: "gusto nila ng …", "kailangan nila ng …"
  problem: {
    weak: [String.raw`gusto\s+(?:nila|niya|nya)`, String.raw`kailangan\s+(?:nila|niya|nya)`],
  },
  stage: {
    // "pulong", "pagpupulong" (meeting), "presentasyon", "pagbisita" (a visit); the Filipino
    // English "courtesy call" is a first visit; the English nouns are in the English table
    event: ["pulong", "pagpupulong", "presentasyon", "pagbisita", String.raw`courtesy\s+call`],
    // "naka-sked", "na-schedule", "naka-set", "nakatakda" (set for a day), "sked na"
    booked: [
      String.raw`naka-?(?:sked|schedule|set|book)`,
      String.raw`na-?(?:sked|schedule|set|book)`,
      String.raw`(?:sked|set)\s+na`,
      "nakatakda",
      "itinakda",
    ],
    // weekdays and tomorrow ("linggo" alone is also "week"; "bukas" is tomorrow)
    day: ["lunes", "martes", String.raw`miyerkul[ea]s`, "huwebes", "biyernes", "sabado", "bukas"],
    month: MONTHS,
    // "demo tapos na" (done already): the meeting took place
    heldAfter: [String.raw`(?:tapos|natapos|nangyari)\s+na`],
    // "salamat sa demo …": that meeting is over
    thanked: [String.raw`salamat\s+(?:po\s+)?sa`],
    // "may demo na kami sa Biyernes": there is a meeting already, ours; "meron kaming meeting sa Lunes"
    discovery: [
      // set already, "we" left out, the call named with its kind, for a day or a date:
      // "may naka-schedule na demo sa Hunyo 4", "naka-set na ang intro call sa Biyernes"
      String.raw`(?:may\s+)?{booked}\s+na\s+(?:po\s+)?(?:(?:kaming|tayong|silang|ang)\s+)?(?:[\p{L}-]+\s+)?(?:{event}|tawag|call)\s+(?:sa|on)\s+(?:{day}|{date}|(?:${TL_MONTHS})\s+\d{1,2}(?!\d))`,
      String.raw`may\s+(?:[\p{L}-]+\s+)?{event}\s+na\s+(?:po\s+)?(?:kami|tayo|sila)`,
      // a call already set, the setting said first: "naka-set na po kaming call sa Biyernes" (the Tagalog "may", there is, opens
      // the cue: read alone it is the English conditional "may")
      String.raw`(?:may\s+)?{booked}\s+na\s+(?:po\s+)?(?:kaming|tayong|silang)\s+(?:{event}|tawag|call)\s+(?:sa|on)\s+{day}`,
      String.raw`(?:may|meron|mayroon)\s+(?:(?:kaming|tayong|silang)\s+)?{event}\s+(?:(?:kami|tayo|sila|na|ulit)\s+){0,2}(?:sa|ngayong|this|next|on)\s+{day}`,
    ],
    // an offer asked for, sent, quotes gathered (Filipino English "canvassing"), a trial running
    evaluation: [
      String.raw`for\s+(?:quotation|quote|canvass(?:ing)?|costing|proposal|evaluation|po)(?![\p{L}])`,
      String.raw`canvass(?:ing|ed)?`,
      String.raw`budgetary\s+(?:quote|quotation|proposal|price|pricing)`,
      String.raw`(?:humihingi|humingi|hingi)\s+(?:na\s+)?(?:sila\s+|siya\s+)?(?:ng\s+)?(?:quotation|quote|proposal|presyo)`,
      String.raw`(?:nag-?send|nagpadala|pinadala|na-?send)\s+(?:na\s+)?(?:kami\s+)?(?:ng\s+)?(?:quotation|quote|proposal)`,
      String.raw`(?:nagko-?compare|nagco-?compare|kinukumpara|ikinukumpara)`,
      // a proposal or quotation being handed in (nagpasa/nagpapasa)
      String.raw`(?:nagpasa|nagpapasa|magpapasa|ipapasa)\s+(?:na\s+)?(?:kami\s+)?(?:ng\s+)?(?:proposal|quotation|quote)`,
      String.raw`(?:nagte-?test|tine-?test|nagta-?trial|naka-?trial)`,
    ],
    // a first inquiry, a demo wished for, the prospect still thinking: "inquiry pa lang",
    // "client is for demo", "gusto nila ng demo", "balak nilang palitan", "ipapakilala ko"
    newIntro: [
      String.raw`(?:inquiry|intro|initial|inquire)\s+pa\s+lang`,
      // a new lead: "bagong lead", "bagong client"
      String.raw`bagong\s+(?:lead|client|kliyente)`,
      String.raw`(?:wala\s+pang|hindi\s+pa)\s+(?:naka-?|na-?)?(?:sked|schedule|set)`,
      String.raw`(?:is|are|still)\s+for\s+(?:a\s+)?(?:demo|presentation|meeting|courtesy\s+call)`,
      String.raw`gusto\s+(?:nila|niya|nya)\s+(?:ng\s+)?(?:demo|presentation|meeting)`,
      String.raw`balak\s+(?:nila|niya|nilang|niyang|nya)\s+(?:na\s+)?(?:palitan|lumipat|mag-?switch)`,
      String.raw`pinag-?iisipan\s+(?:pa\s+)?(?:nila|niya|nya)`,
      String.raw`(?:ipapakilala|ini-?introduce|iintroduce)\s+(?:ko|namin)`,
      // only an intro, only introduced: "intro lang", "ipinakilala ko lang"
      String.raw`intro\s+lang`,
      String.raw`ipinakilala\s+(?:ko|namin)\s+lang`,
      // it is up to you from here: "kayo na po bahala"
      String.raw`kayo\s+na\s+(?:po\s+)?(?:ang\s+)?bahala`,
    ],
    // "…, date TBA", "petsa hindi pa sigurado": the meeting has no day yet
    undated: [
      String.raw`(?:date|time|sked|schedule)\s+(?:is\s+)?tba`,
      String.raw`(?:petsa|sked)\s+(?:ay\s+)?(?:hindi\s+pa\s+(?:sigurado|final|alam)|wala\s+pa|tba|tbc|tbd)`,
    ],
  },
  motion: {
    // "kami ang magbi-bill", "sa amin sila bibili": the partner bills, the prospect buys from it
    resale: [
      String.raw`kami\s+(?:ang\s+)?(?:magbi-?bill|mag-?bill|mag-?invoice|magi-?invoice|magbebenta)`,
      String.raw`(?:sa\s+amin|samin)\s+(?:sila\s+|siya\s+)?(?:bibili|oorder|mag-?o-?order|dadaan)`,
    ],
    // "refer lang kami", "kayo na ang mag-close": the partner only refers, the vendor sells
    referral: [
      String.raw`(?:refer|nag-?refer|nirefer|ni-?refer|i-?refer|ipakilala|intro)\s+lang`,
      String.raw`kayo\s+(?:na\s+)?(?:ang\s+)?(?:mag-?close|magbebenta|magbenta|mag-?sell)`,
    ],
    // "kami na ang bahala sa implementation", "kami ang mag-i-install"
    services: [
      // we are the ones doing the setup: "kami ang mag-i-implement nito"
      String.raw`kami\s+ang\s+(?:gagawa|mag-?se-?setup|mag-?i-?implement)`,
      String.raw`kami\s+(?:na\s+)?(?:ang\s+)?(?:bahala\s+sa\s+(?:implementation|installation|setup|set-up|training|support|integration|rollout)|mag-?(?:i-?)?implement|mag-?(?:i-?)?install|mag-?(?:se-?)?set-?up|mag-?(?:te-?)?train|mag-?(?:ha-?)?handle\s+(?:ng|sa)\s+(?:implementation|installation|setup|training|support|integration))`,
    ],
  },
  consent: {
    // "ayos lang daw na tawagan niyo siya", "pwede niyo po siyang tawagan" (not "… akong tawagan": the writer)
    permission: [
      // the prospect agreed: "pumayag si … na kontakin"
      String.raw`pumayag\s+(?:na\s+)?(?:po\s+)?si\s+[^.\n]{0,40}?(?:kontakin|tawagan|i-?contact)`,
      String.raw`(?:i-?contact|tawagan|i-?call|i-?email|i-?text|kontakin)\s+(?:niyo|nyo|ninyo)\s+(?:siya|sila)`,
      String.raw`(?:pwede|puwede|pede|okay\s+lang|ok\s+lang|oks\s+lang)\s+(?:(?:daw|na|po|niyo|nyo|ninyo|kayo|siyang|silang|syang)\s+){0,4}${REACH}`,
      // waiting for the vendor's call: "hinihintay nila ang tawag niyo"
      String.raw`(?:hinihintay|inaantay|naghihintay)\s+(?:[\p{L}]+\s+){0,3}?(?:tawag|call|email|text)\s+(?:niyo|nyo|ninyo|mo)`,
      // knows the vendor will call: "alam niya na tatawag kayo"
      String.raw`(?:alam|aware)\s+(?:na\s+)?(?:niya|nila|nya)\s+(?:na\s+)?(?:tatawag|magco-?contact|mag-?contact|kokontak)\s+${YOU}`,
      // wants to talk to the vendor: "gusto niya kayong makausap"
      String.raw`(?:gusto|interesado)\s+(?:niya|nila|nya)(?:ng)?\s+(?:po\s+)?(?:kayong\s+(?:makausap|makilala|ma-?meet)|(?:makausap|makilala|ma-?meet)\s+${YOU})`,
    ],
    // the two words in one sentence, either order: "pumayag siya na tawagan niyo"
    agreeWord: ["pumayag", String.raw`nag-?agree`, "umoo", String.raw`nag-?o?kay`],
    contactWord: [REACH, String.raw`ma-?contact`],
    // "wag niyo muna siyang tawagan", "hintayin niyo muna go signal ko", "hindi ko pa siya natatanong",
    // "idaan niyo muna sa amin", "we'll endorse it to you once cleared"
    prohibition: [
      String.raw`(?:huwag|wag)\s+(?:(?:po|muna|niyo|nyo|ninyo|siyang|silang|syang|munang|na)\s+){0,4}(?:${REACH}|lapitan|i-?approach)`,
      String.raw`(?:hintayin|antayin|hintay|antay)\s+(?:(?:niyo|nyo|ninyo|muna|po|lang|ang)\s+){0,3}(?:go\s+signal|go-?signal|abiso|update|pasabi|intro)\s+(?:ko|namin)`,
      String.raw`(?:hindi|di)\s+(?:(?:ko|namin|pa|po|siya|sila)\s+){1,4}(?:natatanong|natanong|nasasabihan|nasabihan|na-?inform|nai-?inform|nakakausap)`,
      String.raw`idaan\s+(?:(?:niyo|nyo|ninyo|muna|po)\s+){0,3}sa\s+(?:amin|akin)`,
      String.raw`(?:will|we'll|i'll)\s+endorse\s+(?:(?:it|them|him|her|the\s+(?:client|account|lead))\s+)?(?:to\s+you\s+)?(?:once|after|when)`,
    ],
  },
  // the rival after its word and a colon: "Kalaban: X", "Mga kakumpitensya: X"
  competitorBefore: [String.raw`(?:mga\s+)?(?:kalaban|kakumpitensya|katunggali)\s*:\s*`],
  // "lead po kami from …", "lead galing sa …": where the lead is, Taglish particles between
  leadFrom: [String.raw`lead\s+(?:po\s+)?(?:kami\s+|namin\s+)?(?:from|galing\s+sa|mula\s+sa)`],
};
