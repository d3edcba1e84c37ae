// Deal stage from a labelled value ("Stage: Demo booked for Thursday") or from prose.
//
// Rule when several stages are mentioned: the most advanced stage that the text states as
// current wins (evaluation > discovery_scheduled > new_intro). A cue does not count when its
// clause negates it ("nothing scheduled yet", "noch kein Termin", "not evaluating anyone") or
// makes it conditional ("if the demo goes well they'd start a trial").
import type { Stage } from "../schema.ts";
import { clauseAfter, clauseBefore, cueRegex, hits, isNegated, negatedWithin, type CueHit } from "./cues.ts";

const EVALUATION = cueRegex([
  // trials and evaluations in the label tables' languages
  String.raw`période d'essai`,
  String.raw`en (?:phase de )?test`,
  "pilote",
  String.raw`periodo de prueba`,
  String.raw`en prueba`,
  String.raw`piloto`,
  String.raw`evaluaci[óo]n`,
  String.raw`evaluando`,
  String.raw`proefperiode`,
  String.raw`evaluatie`,
  String.raw`periodo di prova`,
  String.raw`in prova`,
  String.raw`valutazione`,
  String.raw`período de teste`,
  String.raw`em teste`,
  String.raw`avalia(?:ção|ndo)`,
  String.raw`testuj[aą]`,
  String.raw`pilotaż`,
  String.raw`utvärder(?:ing|ar)`,
  String.raw`testperiod(?:e)?`,
  String.raw`prøveperiode`,
  String.raw`evaluering`,
  String.raw`testar`,
  String.raw`tester nu`,
  String.raw`trial(?:s|l?ing|l?ed)?`,
  String.raw`teststellung`,
  "free trial",
  String.raw`pilot(?:ing|projekt)?`,
  "poc",
  String.raw`proof[- ]of[- ]concept`,
  String.raw`evaluat(?:ing|ion|es|e)`,
  String.raw`(?:is|are|currently)\s+testing`,
  String.raw`comparing\s+(?:offers|vendors|solutions|options|tools|quotes|proposals|\p{Lu}\w+\s+(?:with|against|to))`,
  String.raw`compar(?:ing|es)\s+(?:it|us|you|the vendor|them)\s+(?:with|against|to)`,
  String.raw`short-?list(?:ed)?`,
  String.raw`(?:send|get)\s+(?:us|them|her|him)\s+(?:a|an)\s+(?:proposal|quote|offer)`,
  String.raw`proposal\s+(?:requested|sent|submitted|stage|out)`,
  String.raw`quote\s+(?:requested|sent)`,
  "rfp",
  "rfq",
  "tender",
  String.raw`budget\s+(?:is\s+)?(?:approved|signed off|confirmed)`,
  // German
  String.raw`angebot(?:e)?\s+(?:angefragt|angefordert|erstellt|verschickt|versendet|geschickt|liegt vor)`,
  String.raw`angebots?phase`,
  String.raw`angebot\s+(?:wurde\s+|ist\s+|haben wir\s+)?(?:angefragt|angefordert|gelegt|abgegeben|erstellt|verschickt|versendet)`,
  String.raw`vergleich(?:t|en)\s+(?:gerade\s+|derzeit\s+|aktuell\s+)?[\p{L}-]+\s+mit`,
  String.raw`offer\s+(?:requested|sent|submitted)`,
  String.raw`test(?:phase|version|zugang|installation|lauf)`,
  String.raw`testet`,
  String.raw`vergleich(?:t|en)\s+(?:gerade\s+|derzeit\s+|aktuell\s+)?(?:angebote|anbieter|lösungen|mit)`,
  String.raw`evaluier(?:t|en|ung)`,
  String.raw`pilotphase`,
  String.raw`ausschreibung`,
  String.raw`budget\s+(?:ist\s+)?(?:freigegeben|genehmigt)`,
  // "der PoC läuft", "Testphase läuft bereits": a trial that is running
  String.raw`(?:poc|pilot(?:projekt)?|test(?:phase|lauf)?|proof[- ]of[- ]concept)\s+(?:läuft|laufen)`,
  String.raw`(?:are|is|they're|currently)\s+comparing`,
  String.raw`(?:proposal|pricing|quote|offer)(?:\s*\/\s*[\p{L}]+)?\s+(?:requested|asked for)`,
  String.raw`(?:über|auf)\s+ein\s+angebot\s+freuen`,
  String.raw`um\s+ein\s+angebot\s+gebeten`,
  String.raw`schau(?:t|en)\s+sich\s+(?:parallel|auch|zusätzlich|noch)(?:\s+(?:parallel|auch|zusätzlich|noch))*`,
  // proposals asked of several vendors or received: "asked Visma and us for proposals", "ein Angebot von X bekommen"
  String.raw`(?:asked|invited|requested)\s+(?:[\p{L}.&-]+(?:\s+and|,)?\s+){0,6}?(?:for|to\s+(?:submit|send))\s+(?:a\s+|an\s+|their\s+)?(?:proposals?|quotes?|offers?|pricing|bids?)`,
  String.raw`(?:received|got|have)\s+(?:a\s+|an\s+)?(?:quote|proposal|offer)\s+from`,
  String.raw`angebot\w*\s+(?:von\s+[\p{L}.&-]+\s+)?(?:bekommen|erhalten)`,
  String.raw`vergleich(?:t|en)\s+(?:jetzt|nun|gerade|derzeit|aktuell)`,
  String.raw`(?:holen|holt|hole)\s+(?:gerade\s+|derzeit\s+)?(?:vergleichs)?angebote\s+ein`,
  // Swiss "Offerte verlangt"; a deadline between: "ein Angebot bis 30.04. angefragt"; "liegt ein Angebot von X vor"
  String.raw`(?:angebot|offerte)(?:\s+[^\s.!?]+|\s+[\d.]+){0,3}?\s+(?:angefragt|angefordert|verlangt|erbeten|eingereicht|verschickt)`,
  String.raw`liegt\s+(?:auch\s+|bereits\s+|schon\s+)?(?:ein|das)\s+angebot`,
  // offers already on the table: "Angebote von X und Y vorliegen", "haben zwei Angebote vorliegen"
  String.raw`angebote?\s+(?:von\s+)?(?:[\p{L}.&-]+(?:\s+und|,)?\s+){0,6}?(?:vorliegen|vorliegt|liegen\s+vor)`,
  String.raw`liegen\s+(?:[\p{L}]+\s+){0,3}?angebote[^.!?\n]{0,60}?\svor(?![\p{L}])`,
]);

const EVENT =
  String.raw`(?:call|calls|meeting|demo|demos|workshop|session|discovery|presentation|walkthrough|intro call|video call|teams call|zoom|termin|gespräch|kennenlerntermin|erstgespräch|bedarfsanalyse|präsentation|vorstellung|vorführung|webmeeting|videocall|telefonat|` +
  // the label tables' languages: FR, ES, NL, IT, PT, PL, DA/SV/NO
  String.raw`rendez-vous|rdv|réunion|visio|démo|démonstration|reunión|demostración|llamada|videollamada|afspraak|gesprek|presentatie|incontro|riunione|chiamata|dimostrazione|reunião|demonstração|chamada|spotkanie|prezentacja|rozmowa|möte|mötet|samtal|møde|mødet|møte|møtet|presentasjon)`;
const WEEKDAY_OR_DATE = String.raw`(?:\d{1,2}(?:\.\d{1,2}\.?|(?:st|nd|rd|th)?\s+\p{L}{3,9})|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\s+\d{1,2}|montag|dienstag|mittwoch|donnerstag|freitag)`;
const BOOKED =
  String.raw`(?:booked|scheduled|set up for|set for|set|locked in|in the calendar|in the diary|on the calendar|confirmed|arranged|planned|organised|organized|on the books|pencil+ed in|lined up|agreed|angesetzt|vereinbart|abgemacht|ausgemacht|verabredet|festgelegt|festgemacht|eingeplant|geplant|terminiert|eingestellt|fixiert|bestätigt|steht fest|steht(?!\s+noch)|on the books|findet(?=[^.!?\n]{0,40}\bstatt\b)|` +
  String.raw`prévue?s?|planifiée?s?|fixée?s?|confirmée?s?|programad[oa]|agendad[oa]|confirmad[oa]|previst[oa]|fijad[oa]|gepland|ingepland|vastgelegd|bevestigd|afgesproken|fissat[oa]|programmat[oa]|confermat[oa]|marcad[oa]|zaplanowane|zaplanowany|umówione|umówiony|bokat|bokad|inbokat|planerad|planerat|booket|aftalt|planlagt|berammet)`;
// soft line wraps are crossed, blank lines and sentence ends are not
// (with the i flag \p{Lu} matches any letter, so dates "am 24.03. vereinbart" need their own case)
const GAP = String.raw`(?:[^!?\n.]|\n(?![ \t]*\n)|(?<=\d)\.|\.(?!\s+\p{Lu})){0,90}?`;
const DISCOVERY = new RegExp(
  [
    String.raw`(?<![\p{L}])${EVENT}(?![\p{L}])${GAP}(?<![\p{L}])${BOOKED}(?![\p{L}])`,
    String.raw`(?:(?<![\p{L}])(?:booked|scheduled|arranged|organised|organized|vereinbart|put)|(?:['’]ve|\bhave|\bhas|\bhad)\s+set up)\s+(?:a|an|the|our|their|ein(?:en)?)?\s*(?:first\s+|joint\s+|erste[nm]?\s+)?${EVENT}(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:kennenlerntermin|termin\s+(?:am|beim|für)\s)`,
    // "Vorführung am 02.04.", "demo on 2 April", "we have a call with X and Y on 2 April"
    String.raw`(?<![\p{L}])(?:vorführung|präsentation|demo|workshop|vor-ort-termin)\s+(?:am|on|for)\s+${WEEKDAY_OR_DATE}`,
    String.raw`(?<![\p{L}])(?:we|they|i)\s+have\s+(?:a|an)\s+(?:first\s+|joint\s+)?${EVENT}(?![\p{L}])[^.\n!?]{0,60}?\s(?:on|am)\s+${WEEKDAY_OR_DATE}`,
    String.raw`(?<![\p{L}])(?:demo|call|meeting|workshop)\s+(?:on|next|this)\s+(?:mon|tue|wed|thu|fri|sat|sun|week)`,
    String.raw`^\s*discovery(?![\p{L}])`,
    // "Wir haben am Dienstag (21.4.) einen ersten Termin mit ihm" (not "keinen")
    String.raw`(?<![\p{L}])(?:wir|sie|er|ich)\s+(?:haben|hat|habe)\s+(?:(?:[^.\n!?]|(?<=\d)\.){0,30}?\s)?(?:einen|ein)\s+(?:ersten?\s+|gemeinsamen?\s+)?${EVENT}(?![\p{L}])`,
  ].join("|"),
  "giu",
);

// a subjunctive wish after a meeting cue: "… hätten wir gern", "… würde sie gerne"
const WISH = String.raw`(?:hätten|hätte|würden|würde|möchten|möchte)\s+(?:wir|sie|er|ich)\s+(?:ganz\s+)?gerne?`;
const WISH_AFTER = new RegExp(String.raw`^[^.!?\n]{0,40}?${WISH}(?![\p{L}])`, "iu");

const NEW_INTRO = cueRegex([
  "intro",
  "introduction",
  String.raw`(?:brand[- ]new|new|fresh|hot)\s+lead`,
  "first contact",
  "initial (?:contact|conversation|call|chat)",
  "heads-up",
  "early heads up",
  "introducing",
  String.raw`first\s+(?:chat|conversation)`,
  String.raw`intro\s+only`,
  String.raw`early\s+(?:chat|conversation|talks?|days|stage)s?`,
  String.raw`nothing\s+(?:is\s+)?(?:scheduled|booked|planned|arranged)`,
  String.raw`no\s+meeting\s+(?:set|yet|booked|scheduled)`,
  "erstkontakt",
  "erstansprache",
  String.raw`(?:ganz\s+)?frische[rn]?\s+(?:kontakt|lead)`,
  String.raw`neue[rn]?\s+(?:lead|kontakt|interessent(?:en)?)`,
  String.raw`noch\s+(?:kein(?:en)?\s+(?:termin|gespräch)|nichts\s+(?:vereinbart|geplant|terminiert))`,
  // a meeting asked for but not yet booked: "they asked for a demo", "wünscht sich eine Vorführung"
  String.raw`(?:asked|asking|ask|requested)\s+(?:us\s+)?for\s+(?:a|an)\s+(?:first\s+)?(?:demo|call|meeting|presentation|walkthrough)`,
  String.raw`(?:would like|'d like|wants?)\s+(?:to\s+(?:see|have|get)\s+)?(?:a|an)\s+(?:first\s+)?(?:demo|presentation|walkthrough)`,
  String.raw`(?:wünscht|wünschen|möchte|möchten)\s+(?:sich\s+)?(?:gerne\s+)?(?:eine?n?)\s+(?:demo|vorführung|präsentation)`,
  // "Einen Termin für eine Vorführung hätten wir gern im Mai": wished for, not booked
  String.raw`(?:termin|vorführung|demo|präsentation|gespräch)[^.!?\n]{0,40}?${WISH}`,
]);

const CONDITIONAL =
  /(?<![\p{L}])(?:if|once|unless|would|might|may|after|next step|then|wenn|falls|sobald|nach dem|nächste[rn]? schritt|später|danach)(?![\p{L}])/iu;

/** "Basware is the other vendor on her shortlist", "added X to their shortlist": names a competitor, says nothing of the stage. */
const COMPETITOR_ON_LIST =
  /(?:\b(?:other|another|competing|rival)\s+(?:vendors?|options?|solutions?|providers?|tools?|candidates?)\b|\badded\b)[^.!?\n]{0,30}$/iu;

function current(text: string, found: CueHit[], allowNegated = false): boolean {
  return found.some(
    (h) =>
      (allowNegated || !isNegated(text, h)) &&
      !CONDITIONAL.test(clauseBefore(text, h.index, 40)) &&
      !(/^short/i.test(h.text) && COMPETITOR_ON_LIST.test(clauseBefore(text, h.index, 60))),
  );
}

/** "… hätten wir gern im Mai" is a wish; "… hätten wir gerne am 31.03. um 10 Uhr" names the slot. */
const DATE_RE = new RegExp(String.raw`(?<![\p{L}])(?:${WEEKDAY_OR_DATE}|\d{1,2}(?::\d{2})?\s*(?:uhr|am|pm)\b)`, "iu");
function wishedWithoutDate(after: string): boolean {
  return WISH_AFTER.test(after) && !DATE_RE.test(after);
}

/** The most advanced stage the text states as current, or null. */
export function detectStage(text: string): Stage | null {
  if (current(text, hits(text, EVALUATION))) return "evaluation";
  if (
    current(
      text,
      hits(text, DISCOVERY).filter((h) => !negatedWithin(h) && !wishedWithoutDate(clauseAfter(text, h.end, 80))),
    )
  )
    return "discovery_scheduled";
  // "nothing scheduled yet" is itself a new-intro cue, so negation does not cancel these
  if (current(text, hits(text, NEW_INTRO), true)) return "new_intro";
  return null;
}
