// Deal stage from a labelled value ("Stage: Demo booked for Thursday") or from prose.
//
// Rule when several stages are mentioned: the most advanced stage that the text states as
// current wins (evaluation > discovery_scheduled > new_intro). A rival's offer ("they also have a
// quote from X") is evaluation too, but of the prospect's options: a meeting booked with the vendor
// says better where the vendor's own deal stands, so it ranks below that. A cue does not count when its
// clause negates it ("nothing scheduled yet", "noch kein Termin", "rien n'est encore prévu") or
// makes it conditional ("if the demo goes well they'd start a trial"). A meeting that is named but
// negated ("demo, not booked yet") or left without a date ("meeting planned, date not fixed") is
// itself a sign of a new introduction.
//
// The phrases are data: services/parser/lang/* (`cues.stage`), in every language listed there.
import type { Stage } from "../schema.ts";
import { CUES } from "../lang/cues.ts";
import {
  alternation,
  anyApostrophe,
  clauseAfter,
  clauseBefore,
  CONDITIONAL,
  CUE_START,
  cueRegex,
  cueRegexes,
  cueSource,
  eachHit,
  hits,
  isNegated,
  negatedWithin,
  SPACED_LETTER,
  type CueHit,
} from "./cues.ts";
import { opensWith, type SharedStart } from "../text/regex.ts";

const EVENT = `(?:${alternation(CUES.stage.event)})`;
const BOOKED = `(?:${alternation(CUES.stage.booked)})`;
const DAY = `(?:${alternation(CUES.stage.day)})`;
// a day of the week or a date: "Tuesday", "24.03.", "3rd of May", "14. May", "May 3", "14 april"
// a number and a unit of time is a meeting's length, not its day ("a demo of 45 minutes", `cues.stage.duration`)
const DURATION = `(?:${alternation(CUES.stage.duration)})(?![\\p{L}])`;
const DATE = String.raw`(?:\d{1,2}(?:\.\d{1,2}\.?|(?:st|nd|rd|th)?\s+(?:of\s+|de\s+)?(?!${DURATION})\p{L}{3,9})|\d{1,2}\.\s+(?:jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz])\p{L}*|\d{1,2}\/\d{1,2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\s+\d{1,2}|${DAY})`;
// soft line wraps are crossed, blank lines and sentence ends are not (Japanese and Chinese "。！？", Hindi "।" too)
// (with the i flag \p{Lu} matches any letter, so dates "am 17.09. vereinbart" need their own case);
// nor is the dot of a title before a name ("meeting with Mr. Nowak is booked")
const GAP = String.raw`(?:[^!?\n.。！？।]|\n(?![ \t]*\n)|(?<=\d)\.|\.(?!\s+\p{Lu})|(?<=(?<![\p{L}])(?:mr|mrs|ms|dr))\.){0,90}?`;
const MONTH = `(?:${alternation(CUES.stage.month)})`;
// a day named for certain, not a number that may count anything ("12 users"): a weekday or near day,
// a numeric date ("8/12", "11.12."), a day and a month ("15th of March", "11 de mayo", "4. März",
// "március 26"); not one gone by ("last Tuesday", `cues.stage.goneBefore`)
// (a weekday with the word for gone by after it: "martedì scorso", "jeudi dernier", `cues.stage.goneAfter`)
const GONE_BEFORE = `(?:${alternation(CUES.stage.goneBefore)})`;
const GONE_AFTER = String.raw`\s+(?:${alternation(CUES.stage.goneAfter)})(?![\p{L}])`;
const WHEN = String.raw`(?<!${GONE_BEFORE}\s+)(?:${DAY}(?![\p{L}])(?!${GONE_AFTER})|\d{1,2}[./]\d{1,2}(?!\d)|\d{1,2}(?:st|nd|rd|th|\.)?\s+(?:of\s+|de\s+)?${MONTH}|${MONTH}\s+\d{1,2}(?!\d))(?![\p{L}])`;
// Any language's meeting noun and a day named for certain later in its clause, on one line: "meeting
// with the board Thu 9th", "reunión con ella el martes 21", "réunion avec la direction le 14 avril".
// Read after a rival's offer: a meeting that the text does not call booked says less than one that
// it does. The clause ends at a comma, a colon, a dash between words, a sentence's end; a hyphen
// within a word ("Kick-off-Call") and the dot of a date or a title ("Dr.") do not end it.
const NEAR = String.raw`(?:[^!?\n.,;:|\t–—。！？।-]|(?<=\S)-(?=\S)|(?<=\d)\.|(?<=(?<![\p{L}])(?:mr|mrs|ms|dr))\.){0,60}?`;
const EVENT_NEAR_DATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${EVENT}(?![\p{L}])${NEAR}(?<![\p{L}\p{N}])${WHEN}`,
  "giu",
);
/** A cue that embeds one of the lists ("{event} on {date}"). */
const templated = (source: string) => /\{(?:event|booked|date|day)\}/.test(source);
const fill = (source: string) =>
  source
    .replaceAll("{event}", EVENT)
    .replaceAll("{booked}", BOOKED)
    .replaceAll("{date}", DATE)
    .replaceAll("{day}", DAY);

const EVALUATION = cueRegex(CUES.stage.evaluation);
const RIVAL = cueRegex(CUES.stage.rival);

// one regex per cue, read as their alternation (eachHit): most embed EVENT, and joined they are
// ten times slower
// "demo booked", "Termin am 17.09. vereinbart", "réunion prévue", "möte bokat"
// The cues that open with a meeting noun are only ever tried where a noun starts (EVENT_STARTS,
// eachMatchOfAny), at one position at a time: built sticky, not global and then again as a sticky
// twin (each is ~4 KB of pattern, parsed by V8 at every build).
const EVENT_THEN_BOOKED = new RegExp(
  String.raw`(?<![\p{L}])${EVENT}(?![\p{L}])${GAP}(?<![\p{L}])${BOOKED}(?![\p{L}])`,
  "iuy",
);
const EVENT_SOURCE = anyApostrophe(EVENT);
const DISCOVERY_CUES = CUES.stage.discovery.filter(templated).map((s) => {
  const source = anyApostrophe(fill(s));
  const anchored = opensWith(source, EVENT_SOURCE);
  return { re: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${source})`, anchored ? "iuy" : "giu"), anchored };
});
// the cues without a list in them ("kennenlerntermin", a phrase in Japanese) are cheap: one regex
// for all of them, read as the same alternation
const PLAIN_DISCOVERY = new RegExp(
  String.raw`${CUE_START}(?:${CUES.stage.discovery
    .filter((s) => !templated(s))
    .map((s) => anyApostrophe(s))
    .join("|")})`,
  "giu",
);
const DISCOVERY = [EVENT_THEN_BOOKED, ...DISCOVERY_CUES.map((c) => c.re), PLAIN_DISCOVERY];
// cueRegex, with the cues that open with a meeting noun ("{event} gibt es noch nicht") apart
const NEW_INTRO = cueRegexes(CUES.stage.newIntro.map(fill), EVENT);
// The cues that open with a meeting noun ("{event} … {date}") can start only where one does: the
// nouns (the costliest part of each) are sought once per text, not once per cue (eachMatchOfAny).
// The start is the widest of the cues' forms (cueSource: any white space for a space).
const EVENT_STARTS: SharedStart = {
  // the weakest of the anchored cues' bounds (a cue in Japanese may follow a letter of its script)
  start: new RegExp(String.raw`(?<!${SPACED_LETTER})(?=${cueSource(EVENT)})`, "giu"),
  anchored: new Set([
    EVENT_THEN_BOOKED,
    ...DISCOVERY_CUES.filter((c) => c.anchored).map((c) => c.re),
    ...NEW_INTRO.anchored,
  ]),
};

// a subjunctive wish after a meeting cue: "… hätten wir gern", "… würde sie gerne"
const WISH_AFTER =
  /^[^.!?\n]{0,40}?(?:hätten|hätte|würden|würde|möchten|möchte)\s+(?:wir|sie|er|ich)\s+(?:ganz\s+)?gerne?(?![\p{L}])/iu;

/** "Basware is the other vendor on her shortlist", "added X to their shortlist": names a competitor, says nothing of the stage. */
const COMPETITOR_ON_LIST =
  /(?:\b(?:other|another|competing|rival)\s+(?:vendors?|options?|solutions?|providers?|tools?|candidates?)\b|\badded\b)[^.!?\n]{0,30}$/iu;
/** "Competitive: Acme was shortlisted by their QA team": a named rival on the list, not the vendor */
const NAMED_ON_LIST =
  /(?<![\p{L}])(?!(?:We|You|They|It|This|That)\s)\p{Lu}[\p{L}&.-]*\s+(?:was|is|were|are|got|has\s+been|have\s+been)\s+(?:also\s+)?$/u;

/** "poc Jane Doe", "POC: Jane": in a terse note "poc" is the point of contact, not a proof of concept */
const NAMED_AFTER = /^[ \t]*(?:(?:is|=|:)[ \t]*)?\p{Lu}\p{Ll}/u;
const pointOfContact = (text: string, h: CueHit) =>
  /^poc$/i.test(h.text) && NAMED_AFTER.test(text.slice(h.end, h.end + 20));

const onListBesideVendor = (before: string) => COMPETITOR_ON_LIST.test(before) || NAMED_ON_LIST.test(before);

// A meeting that has already taken place ("we had a meeting on 25 March", "demo was done", "after
// the first call") puts the deal past discovery: the next step it led to (a trial, an offer) is
// where the deal stands, so "next step" no longer makes that cue conditional. The phrases are data
// (`cues.stage.held`, `heldArticle`, `heldAfter`).
const PAST_EVENT = new RegExp(
  fill(
    String.raw`(?<![\p{L}])(?:(?:${alternation(CUES.stage.held)})\s+(?:(?:${alternation(CUES.stage.heldArticle)})\s+){0,2}{event}|{event}\s+(?:${alternation(CUES.stage.heldAfter)}))(?![\p{L}])`,
  ),
  "iu",
);
const NEXT_STEP = /(?<![\p{L}])next\s+steps?(?![\p{L}])/giu;
const NEXT_STEP_ONE = new RegExp(NEXT_STEP.source, "iu"); // the same, for test()
/** A clause made conditional; "next step" only when no meeting was held (`met`, asked only then). */
function conditional(clause: string, met?: () => boolean): boolean {
  if (!CONDITIONAL.test(clause)) return false;
  return !(met && NEXT_STEP_ONE.test(clause) && met() && !CONDITIONAL.test(clause.replace(NEXT_STEP, "")));
}

function current(text: string, found: Iterable<CueHit>, allowNegated = false, met?: () => boolean): boolean {
  for (const h of found)
    if (
      (allowNegated || !isNegated(text, h)) &&
      !conditional(clauseBefore(text, h.index, 40), met) &&
      !(/^short/i.test(h.text) && onListBesideVendor(clauseBefore(text, h.index, 60)))
    )
      return true;
  return false;
}

/** "thanks for the demo on Friday", "danke für die Präsentation am Montag": that meeting is over, not booked */
const THANKED_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:${alternation(CUES.stage.thanked)})\s+(?:[\p{L}]+\s+)?$`,
  "iu",
);
const thanked = (text: string, h: CueHit) => THANKED_BEFORE.test(text.slice(Math.max(0, h.index - 40), h.index));

/** "we had a call with her on Monday", "demo done on 9 May": a meeting that took place
 * (`cues.stage.held`, `heldArticle`, `heldAfter`), not one booked */
const HELD_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:${alternation(CUES.stage.held)})\s+(?:(?:${alternation(CUES.stage.heldArticle)})\s+){0,2}$`,
  "iu",
);
const HELD_AFTER = new RegExp(String.raw`^${EVENT}\s+(?:${alternation(CUES.stage.heldAfter)})(?![\p{L}])`, "iu");
// (a cue that opens with its verb, "we had a call with her on Tuesday", says so in its own words)
const held = (text: string, h: CueHit) =>
  HELD_BEFORE.test(text.slice(Math.max(0, h.index - 40), h.index)) ||
  HELD_AFTER.test(text.slice(h.index, h.index + 60)) ||
  PAST_EVENT.test(h.text);

// "a first meeting was held on the 14th and a follow-up meeting is arranged for the 29th": a cue
// that names two meetings speaks of the later one too, so the first one's being held does not void it
const EVENT_ONE = new RegExp(String.raw`(?<![\p{L}])${EVENT}(?![\p{L}])`, "iu");
function namesTwoMeetings(cue: string): boolean {
  const first = EVENT_ONE.exec(cue);
  return first !== null && EVENT_ONE.test(cue.slice(first.index + first[0].length));
}
const heldOnly = (text: string, h: CueHit) => held(text, h) && !namesTwoMeetings(h.text);

/** "… hätten wir gern im Mai" is a wish; "… hätten wir gerne am 31.03. um 10 Uhr" names the slot. */
const DATE_RE = new RegExp(String.raw`(?<![\p{L}])(?:${DATE}|\d{1,2}(?::\d{2})?\s*(?:uhr|am|pm)\b)`, "iu");
function wishedWithoutDate(after: string): boolean {
  return WISH_AFTER.test(after) && !DATE_RE.test(after);
}

/** "First meeting planned for spring, date not fixed": a meeting without a day is not booked yet
 * ("demo on Tuesday, time tbc" has its day) */
const UNDATED = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(CUES.stage.undated)})(?![\p{L}])`, "iu");
function undated(text: string, h: CueHit): boolean {
  const after = clauseAfter(text, h.end, 60);
  const open = UNDATED.exec(after);
  return open !== null && !DATE_RE.test(after.slice(0, open.index));
}

/** The most advanced stage the text states as current, or null. */
// (the cues are read one at a time: the scan stops at the first that counts)
export function detectStage(text: string): Stage | null {
  // a trial or an offer that is a rival's ("they also run an X trial") weighs the prospect's options:
  // read with the rivals below, not as the vendor's own evaluation (found once, when first asked)
  let rivals: CueHit[] | undefined;
  const insideRival = (h: CueHit) => (rivals ??= hits(text, RIVAL)).some((r) => r.index <= h.index && h.end <= r.end);
  if (
    current(
      text,
      eachHit(text, EVALUATION, (h) => !pointOfContact(text, h) && !insideRival(h)),
      false,
      () => PAST_EVENT.test(text),
    )
  )
    return "evaluation";
  const meetings: CueHit[] = [];
  // undated() of the meetings, read once: the last test below asks it again
  const undatedOnce = new Map<CueHit, boolean>();
  const isUndated = (h: CueHit) => {
    if (!undatedOnce.has(h)) undatedOnce.set(h, undated(text, h));
    return undatedOnce.get(h)!;
  };
  // the first meeting of `found` said to be booked, dated and current; every one read is kept for the last test
  const booked = (found: Iterable<CueHit>): boolean => {
    for (const h of found) {
      meetings.push(h);
      if (!negatedWithin(h) && !isUndated(h) && current(text, [h])) return true;
    }
    return false;
  };
  const discovery = eachHit(
    text,
    DISCOVERY,
    (h) => !wishedWithoutDate(clauseAfter(text, h.end, 80)) && !thanked(text, h) && !heldOnly(text, h),
    EVENT_STARTS,
  );
  if (booked(discovery)) return "discovery_scheduled";
  if (current(text, eachHit(text, RIVAL))) return "evaluation";
  if (booked(eachHit(text, EVENT_NEAR_DATE, (h) => !thanked(text, h) && !held(text, h)))) return "discovery_scheduled";
  // "nothing scheduled yet" is itself a new-intro cue, so negation does not cancel these
  if (current(text, eachHit(text, NEW_INTRO.res, undefined, EVENT_STARTS), true)) return "new_intro";
  // "next step is a demo, not booked yet": a meeting named and said not to be booked
  if (meetings.some((h) => negatedWithin(h) || isNegated(text, h) || isUndated(h))) return "new_intro";
  return null;
}
