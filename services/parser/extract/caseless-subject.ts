// The prospect's name in a script without capitals (Thai, Hebrew, Arabic, Devanagari, Han, kana,
// Hangul) given by the subject after its lead words and a mark ("<lead words>: <name>", "<lead
// words> – <name>", "<lead words>（<name>）", "[<lead words>] <name>") and written again, word for
// word, in the mail's text: the partner names the prospect twice. The capitalised-phrase readers
// (extract/company.ts) find no name in such scripts; pick-company.ts asks this reading only when
// they found none. Pure.
import { stripSubjectPrefixes } from "../../core/subject-prefixes.ts";
import { CASELESS_FORMS_SRC } from "../lang/legal-forms.ts";
import { afterFirm, HONORIFIC_AFTER_SRC } from "../lang/person-names.ts";
import { CUES } from "../lang/cues.ts";
import { literalAlternation } from "../text/regex.ts";
import { fold } from "./text-utils.ts";

/**
 * Where a subject parts its lead words from the name: a colon, a bar, a dash between blanks, a
 * long dash, an opening or closing bracket (not the brackets of a short legal form: "(주)", "（株）").
 */
const SUBJECT_MARK_RE =
  /[ \t]*(?:[:：|｜]|[ \t][-–—][ \t]|[–—]|[(（](?![^\s)）][)）])|(?<![(（][^\s)）])[)）]|[「」『』【】[\]])[ \t]*/u;

/** the letters of the scripts without capitals */
const CASELESS_SCRIPTS = String.raw`\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Thai}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}`;
/** a segment written in those scripts only (blanks, a few marks and the short legal forms' brackets between) */
const CASELESS_SEGMENT_RE = new RegExp(
  String.raw`^[${CASELESS_SCRIPTS}][${CASELESS_SCRIPTS}\p{M}\u30FC\u3005 '"״׳&.()（）・·-]*$`,
  "u",
);
/** scripts that write a blank between words: a name there is two words at least, and ends where a word does */
const BLANK_SEPARATED_RE = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Devanagari}]/u;
const LETTER_RE = /[\p{L}\p{M}]/u;
/** a firm's courtesy word closing the segment (lang/person-names.ts: afterFirm), not part of the name */
const FIRM_COURTESY_END_RE = new RegExp(`(?:${literalAlternation(Object.values(afterFirm).flat())})$`, "u");
/** a person's honorific closing the segment ("…님", "…先生"): a person, not a firm */
const PERSON_HONORIFIC_END_RE = new RegExp(`${HONORIFIC_AFTER_SRC}$`, "u");
/** a caseless legal form right before or after an occurrence: the text writes a longer name */
const FORM_BEFORE_RE = new RegExp(`(?:${CASELESS_FORMS_SRC})[ \\t\\u3000]*$`, "u");
const FORM_AFTER_RE = new RegExp(`^[ \\t\\u3000]*(?:${CASELESS_FORMS_SRC})`, "u");

/** `name` is written in the caseless scripts only (the reading below checked it against the text, not the capitals the subject's other readings go by) */
export function isCaselessName(name: string): boolean {
  return CASELESS_SEGMENT_RE.test(name.trim());
}

/** what follows a name that ends there: no more words, or "in"/"from" and a place (lang/*: placeMention) */
const PHRASE_ENDS_RE = new RegExp(
  String.raw`^(?:[ \t]*(?:$|\n|[^\p{L}\p{M}\s])|[ \t]+(?:${CUES.placeMention.word.join("|")})[ \t])`,
  "u",
);

/** the fewest letters such a name has (a two- or three-letter Han word is a person's or a place's name as often) */
const MIN_LETTERS = 4;

/**
 * The name the subject gives after its lead words, in a caseless script, when `text` writes it
 * too and never with a legal form before or after it (then the registered name is longer); null
 * otherwise. `personName` (the contact's name) is never the firm's.
 */
export function caselessSubjectName(subject: string, text: string, personName: string | null): string | null {
  const segments = stripSubjectPrefixes(subject).split(SUBJECT_MARK_RE);
  // "[lead words] name": the bracket opening the subject parts them as a colon does
  if (segments[0]?.trim() === "") segments.shift();
  if (segments.length < 2) return null;
  const raw = segments[1]!.trim();
  if (PERSON_HONORIFIC_END_RE.test(raw) && !FIRM_COURTESY_END_RE.test(raw)) return null;
  const name = raw.replace(FIRM_COURTESY_END_RE, "").trim();
  if (!CASELESS_SEGMENT_RE.test(name)) return null;
  if ([...name].filter((c) => LETTER_RE.test(c)).length < MIN_LETTERS) return null;
  const blankSeparated = BLANK_SEPARATED_RE.test(name);
  if (blankSeparated && name.split(/\s+/).length < 2) return null;
  if (personName && (fold(name).includes(fold(personName)) || fold(personName).includes(fold(name)))) return null;
  const written = writtenAgain(name, text);
  if (!written) return null;
  let seen = false;
  for (const { at, before, after } of written) {
    if (blankSeparated) {
      // in a script with blanks, the name ends where a word does ("…מרכז" is not "…מרכזי")
      if (gluedToLetter(before, after, LETTER_RE)) continue;
      // and more words after it (but "in" and a place) write a longer name: which one is open
      if (!PHRASE_ENDS_RE.test(text.slice(at + name.length, at + name.length + 40))) return null;
    }
    seen = true;
  }
  return seen ? name : null;
}

/**
 * Each place `text` writes `name`, with the few characters on either side; null when a legal form
 * stands beside any of them (then the registered name is longer, and the subject's is not it).
 */
function writtenAgain(name: string, text: string): { at: number; before: string; after: string }[] | null {
  const out: { at: number; before: string; after: string }[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = text.slice(Math.max(0, at - 12), at);
    const after = text.slice(at + name.length, at + name.length + 12);
    if (FORM_BEFORE_RE.test(before) || FORM_AFTER_RE.test(after)) return null;
    out.push({ at, before, after });
  }
  return out;
}

/** a character `letter` matches glued right before or right after an occurrence: it is part of a longer word */
const gluedToLetter = (before: string, after: string, letter: RegExp) =>
  letter.test(after.charAt(0)) || letter.test(before.charAt(before.length - 1));

/** scripts written without blanks between words: a blank parts phrases there */
const UNSPACED_WORD_RE = /^[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}][\p{L}\p{M}\p{N}]*$/u;
/** a noun for a kind of business opening a word of such a script ("ร้าน…", a shop: lang/*: businessNounGlued) */
const BUSINESS_OPENED_RE = new RegExp(`^(?:${CUES.businessNounGlued.join("|")})(?=[\\p{L}\\p{M}])`, "u");
const LETTER_OR_MARK_RE = /[\p{L}\p{M}\p{N}]/u;

/**
 * "ลูกค้าใหม่ ร้าน…" (new customer, then a shop's name): in a script without blanks between words,
 * the subject's phrase opened by a noun for a kind of business, after its lead words and a blank,
 * is the prospect's name when the text writes it again whole (no letter glued before or after it,
 * no legal form around it: then the registered name is longer). One such phrase only; null when
 * none, or two differ. `personName` is never the firm's.
 */
export function businessPhraseOfSubject(subject: string, text: string, personName: string | null): string | null {
  const words = stripSubjectPrefixes(subject)
    .split(/[ \t]+/u)
    .slice(1);
  const named = [...new Set(words.filter((w) => UNSPACED_WORD_RE.test(w) && BUSINESS_OPENED_RE.test(w)))];
  if (named.length !== 1) return null;
  const name = named[0]!;
  if ([...name].filter((c) => LETTER_RE.test(c)).length < MIN_LETTERS * 2) return null;
  if (personName && fold(name).includes(fold(personName))) return null;
  const written = writtenAgain(name, text);
  return written?.some(({ before, after }) => !gluedToLetter(before, after, LETTER_OR_MARK_RE)) ? name : null;
}
