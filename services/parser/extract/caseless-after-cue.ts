// The prospect's name in Hebrew or Arabic script right after a registering phrase and a colon
// ("ליד חדש: <name>, סטודיו …", "عميل محتمل لكم: <name> (www…)"): the capitalised-phrase reader
// (company.ts: namesAfterRegistering) finds no name there. Read only where its end is certain (a
// comma, an opening bracket, a spaced dash, the line's end) and nothing in it reads as a sentence
// (lang/name-after-cue.ts); otherwise nothing is read and the company stays missing. Pure.
import { registeringPhraseEnds } from "../normalise/cues.ts";
import { JOINED_PREFIXES, SENTENCE_WORDS } from "../lang/name-after-cue.ts";
import { isCaselessName } from "./caseless-subject.ts";
import { CUES } from "../lang/cues.ts";

/**
 * After the phrase: up to six words of its own ("בשבילכם", "في دبي", "لصالح <the partner's firm>"),
 * no mark among them, then a colon and perhaps a line break; the name runs to the first comma
 * (Latin or Arabic), opening bracket, spaced dash or line end. A full stop ends it only at the line's end.
 */
const AFTER_RE =
  /^(?:[ \t]+[^\s:：,،.;؛()\-–—]+){0,6}[ \t]*[:：][ \t]*(?:\n[ \t]*)?([^\n,،.;؛()[\]:：–—-]{2,80}?)[ \t]*(?=[,،([]|[ \t][-–—][ \t]|[–—]|\.?[ \t]*(?:\n|$))/u;

// a word saying where ("في", "من": lang/*: placeMention) goes on with a place the name may or may not hold
const SENTENCE = new Set([...Object.values(SENTENCE_WORDS).flat(), ...CUES.placeMention.word]);
const PREFIXES = Object.values(JOINED_PREFIXES).flat();
const isSentenceWord = (w: string) =>
  SENTENCE.has(w) || PREFIXES.some((p) => w.startsWith(p) && SENTENCE.has(w.slice(p.length)));

/** the scripts read here: a blank parts their words, so a name is two words or more */
const HEBREW_ARABIC_RE = /^[\p{Script=Hebrew}\p{Script=Arabic}]/u;
/**
 * a quote mark not between two Hebrew letters (as in an acronym: "בע\"מ"): a quoted name inside
 * ('محل "…"'), which the quotes mark and another reading takes
 */
const QUOTED_RE = /(?<!\p{Script=Hebrew})["“”«»]|["“”«»](?!\p{Script=Hebrew})/u;
/** an address right after the name: the person the lead names, not the firm */
const ADDRESS_AFTER_RE = /^[ \t]*[,،(<–—-]?[ \t]*<?[^\s@,;:<>()]{1,64}@/u;

/** how far after the phrase its name is looked for */
const WINDOW = 240;

/** The names written so, with where they start. */
export function caselessNamesAfterRegistering(text: string): { name: string; index: number }[] {
  const out: { name: string; index: number }[] = [];
  for (const end of registeringPhraseEnds(text)) {
    const rest = text.slice(end, end + WINDOW);
    const m = AFTER_RE.exec(rest);
    // the slice's end is no line's end
    if (!m || (rest.length === WINDOW && m.index + m[0].length >= rest.length - 1)) continue;
    const name = m[1]!.trim();
    if (!HEBREW_ARABIC_RE.test(name) || !isCaselessName(name) || QUOTED_RE.test(name)) continue;
    const words = name.split(/\s+/u);
    if (words.length < 2 || words.length > 6 || words.some(isSentenceWord)) continue;
    const index = end + m.index + m[0].indexOf(m[1]!);
    if (ADDRESS_AFTER_RE.test(text.slice(index + m[1]!.length, index + m[1]!.length + 80))) continue;
    out.push({ name, index });
  }
  return out;
}
