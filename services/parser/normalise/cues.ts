// Shared helpers for the cue-based detectors (stage, motion, consent): find a cue in text and
// decide whether the clause around it negates it ("nothing scheduled yet", "noch kein Termin").
import { CUE_TABLES, CUES } from "../lang/cues.ts";
import { stripSubjectPrefixes } from "../../core/subject-prefixes.ts";
import {
  EAST_ASIAN_LETTERS,
  allMatches,
  eachMatch,
  eachMatchOfAny,
  opensWith,
  scanWith,
  splitAlternation,
  type SharedStart,
} from "../text/regex.ts";
import { firstCharScan } from "../text/first-char-scan.ts";
import { memoised } from "../text/memo.ts";

export interface CueHit {
  index: number;
  end: number;
  text: string;
}

/** What ends a sentence for a pair of cues (a label's colon too: "Contacto: …" names a person, not
 * an act); not the dot of an initial or a one-letter title ("J. Smith", Arabic "م. فاطمة", engineer Fatima). */
const PAIR_SENTENCE_END = /(?<!(?<![\p{L}])\p{L})\.|[!?;:。！？：؟؛।]|\n[ \t]*\n/u;
const PAIR_REACH = 100;

/** The sentence around a hit, at most PAIR_REACH characters either side: where the other cue of a pair is sought. */
export function sentenceAround(text: string, h: CueHit): string {
  const before = text.slice(Math.max(0, h.index - PAIR_REACH), h.index);
  const after = text.slice(h.end, h.end + PAIR_REACH);
  const parts = before.split(PAIR_SENTENCE_END);
  const end = PAIR_SENTENCE_END.exec(after);
  return `${parts[parts.length - 1]} ${h.text} ${end ? after.slice(0, end.index) : after}`;
}

/** Every match of `re` (must be global) as {index, end, text}. */
export function hits(text: string, re: RegExp): CueHit[] {
  return allMatches(text, re).map((m) => ({ index: m.index, end: m.index + m[0].length, text: m[0] }));
}

/** hits() one at a time, those that pass `keep`: for a caller that stops at the first that counts.
 * A list of regexes stands for their alternation (see eachMatchOfAny, also for `shared`). */
export function* eachHit(
  text: string,
  re: RegExp | readonly RegExp[],
  keep: (h: CueHit) => boolean = () => true,
  shared?: SharedStart,
): Generator<CueHit> {
  for (const m of re instanceof RegExp ? eachMatch(text, re) : eachMatchOfAny(text, re, shared)) {
    const h = { index: m.index, end: m.index + m[0].length, text: m[0] };
    if (keep(h)) yield h;
  }
}

/** Characters that end a clause; dots in dates or abbreviations ("17.03.", "ca.") do not. */
// a dot before a lower-case word ends a clause in terse notes ("no comp. she's expecting …") unless
// it closes a short abbreviation ("ca.", "bzw.", "z. b."); a comma before a contrast ("we do not resell,
// only recommend") starts a clause the negation does not reach; a comma before the writer as a new subject
// (", ich habe …", ", we have …") starts a clause of its own, so an earlier negation stays behind;
// a table's cell border (a pipe, a tab) ends the cell's text like a line end; Arabic writes its own
// question mark and semicolon ("؟", "؛") and Hindi its full stop ("।"), and a dot before a word of a
// script without capitals (Arabic, Hebrew) ends a sentence as one before a capital does; the full
// stops of Japanese and Chinese ("。", "！", "？") end a clause wherever they stand, no blank follows them
const CLAUSE_BREAK =
  /[!?;:\n\t|–—؟؛।。！？]|\.(?=\s+(?:\p{Lu}|\p{sc=Arabic}|\p{sc=Hebrew}|$))|(?<=\p{L}{3})\.(?=\s+\p{Ll})|,\s(?=(?:aber|but|however|jedoch|doch|only|just|sondern)\b)|,\s(?=(?:I|we|ich|wir|je|nous|yo|ik|jeg|jag|he|she|they|il|elle|ils|elles)\s)/gu;

const CONTRAST_AT = /^(?:only|just|sondern)(?![\p{L}])/iu;
// a letter of a script that writes blanks between words (in one without them, every cut is a word's)
const SPACED_WORD_CHAR = String.raw`(?:[^\P{L}${EAST_ASIAN_LETTERS}\p{sc=Thai}]|\p{M})`;
const LETTER_AT = new RegExp(`^${SPACED_WORD_CHAR}$`, "u");
const WORD_TAIL = new RegExp(`^${SPACED_WORD_CHAR}+`, "u");

/** The clause text from its start up to `index`. */
export function clauseBefore(text: string, index: number, max = 60): string {
  // the last part `head.split(CLAUSE_BREAK)` would give, without split's clone of the regex
  const from = Math.max(0, index - max);
  // a word the window cuts is no word of the clause: its tail ("halua|isin" → "sin") may read as
  // another language's negation (Spanish "sin")
  const cut =
    from > 0 && LETTER_AT.test(text[from - 1]!) ? (WORD_TAIL.exec(text.slice(from, index))?.[0].length ?? 0) : 0;
  const head = text.slice(from + cut, index);
  // a cue that opens a contrast after a comma (", only recommend") starts a clause of its own
  if (CONTRAST_AT.test(text.slice(index, index + 9)) && /,\s+$/.test(head)) return "";
  const breaks = allMatches(head, CLAUSE_BREAK);
  const last = breaks[breaks.length - 1];
  return last ? head.slice(last.index + last[0].length) : head;
}

/** The clause text from `end` up to its end. */
export function clauseAfter(text: string, end: number, max = 40): string {
  const tail = text.slice(end, end + max);
  CLAUSE_BREAK.lastIndex = 0;
  const first = CLAUSE_BREAK.exec(tail);
  CLAUSE_BREAK.lastIndex = 0;
  return first ? tail.slice(0, first.index) : tail;
}

/**
 * A question mark of any script, or Spanish's opening one: a text holding one asks something
 * ("does it import X?", "¿puede importar …", "登録されていますか？"). The one test for a question,
 * for a sentence, a subject or a partner's whole text.
 */
const QUESTION_MARK = /[?？¿]/u;
export const asksSomething = (text: string): boolean => QUESTION_MARK.test(text);

/** A list of regex sources as one alternation, longest first so "not yet" wins over "not". */
export function alternation(parts: readonly string[]): string {
  return [...parts].sort((a, b) => b.length - a.length).join("|");
}

// Negation per language (services/parser/lang): a language's negation words negate a cue in a clause
// that does not read as another language in which the word is an ordinary one (Finnish and Estonian
// "ei" = not, Romanian "cu ei" = with them; Romanian "nu" = not, Dutch "nu" = now). The words of all
// languages joined only say quickly that a clause holds none.
// a word of one or two letters right after a letter and an apostrophe is a case ending written
// onto a name (Turkish "Acme'ni", "Acme'ye"), not a negation word of another language ("ni", "ne")
const NOT_A_SUFFIX = String.raw`(?!(?<=\p{L}['’])\p{L}{1,2}(?![\p{L}]))`;
const negationRe = (words: readonly string[], anchored: boolean, flags = "iu"): RegExp | null =>
  words.length
    ? new RegExp(
        String.raw`${anchored ? String.raw`^\s*` : String.raw`(?<![\p{L}])${NOT_A_SUFFIX}`}(?:${anyApostrophe(alternation(words))})(?![\p{L}])`,
        flags,
      )
    : null;
interface LanguageNegation {
  before: RegExp | null;
  after: RegExp | null;
  /** the language's common words that another language's negation words collide with */
  common: ReadonlySet<string>;
}
const NEGATIONS: readonly LanguageNegation[] = Object.values(CUE_TABLES).map((t) => ({
  before: negationRe(t.negationBefore ?? [], false, "giu"),
  after: negationRe(t.negationAfter ?? [], true),
  common: new Set(t.commonWords ?? []),
}));
const ANY_NEGATION_BEFORE = negationRe(CUES.negationBefore, false)!;
const ANY_NEGATION_AFTER = negationRe(CUES.negationAfter, true)!;
const WORD_RE = /\p{L}+/gu;

/** Does `clause` read more as a language with `rival` as a common word than as `own`'s? */
function readsAsRival(words: readonly string[], own: LanguageNegation, word: string, at: number): boolean {
  const count = (l: LanguageNegation) => words.filter((w, i) => i !== at && l.common.has(w)).length;
  const mine = count(own);
  return NEGATIONS.some((l) => l !== own && l.common.has(word) && count(l) > mine);
}

/** A negation of some language in `clause` (at its start only, for `after`) that reads as that language. */
function negates(clause: string, which: "before" | "after"): boolean {
  if (!(which === "before" ? ANY_NEGATION_BEFORE : ANY_NEGATION_AFTER).test(clause)) return false;
  const words = (clause.toLowerCase().match(WORD_RE) ?? []) as string[];
  for (const lang of NEGATIONS) {
    const re = lang[which];
    if (!re) continue;
    for (const m of which === "before" ? eachMatch(clause, re) : [re.exec(clause)]) {
      if (!m) continue;
      const word = m[0].trim().toLowerCase();
      // a one-word negation that another language uses as an ordinary word: judged by the clause's words
      const at = words.indexOf(word);
      if (at < 0 || !readsAsRival(words, lang, word, at)) return true;
    }
  }
  return false;
}
/** A word that makes a cue conditional ("if", "falls", "lorsque") somewhere before it in its clause. */
export const CONDITIONAL = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(CUES.conditional)})(?![\p{L}])`, "iu");

/** True when a negation sits inside a multi-word cue ("call not scheduled", "Termin noch nicht vereinbart"). */
export function negatedWithin(hit: CueHit): boolean {
  return negates(hit.text, "before");
}

/** True when a negation stands before `index` in its clause ("is not looking for"), whatever follows. */
export function negatedBefore(text: string, index: number, before = 30): boolean {
  return negates(clauseBefore(text, index, before), "before");
}

/** True when the cue at `hit` is negated in its own clause. */
export function isNegated(text: string, hit: CueHit, before = 30): boolean {
  return negates(clauseBefore(text, hit.index, before), "before") || negates(clauseAfter(text, hit.end, 20), "after");
}

/**
 * A letter of a script that writes blanks between words. Japanese, Chinese and Thai write none and
 * Korean joins particles to the word ("등록을"): a phrase in those scripts is bounded by nothing.
 */
// The ASCII letters (and digits) come first, as an alternative of their own: the same characters,
// but V8 tests a plain range inline, where the Unicode class below is a call into a range table
// per test, and these bounds are tested at every position of every text a cue table scans
// (the permission cues 12 % faster; every code point checked to give the same answer).
const SPACED_LETTER_CLASS = String.raw`[^\P{L}${EAST_ASIAN_LETTERS}\p{sc=Thai}]`;
export const SPACED_LETTER = String.raw`(?:[a-zA-Z]|${SPACED_LETTER_CLASS})`;
/** A cue's bounds: no letter of a spaced script and no digit right before or after it ("call", not
 * "recall"); a cue in Japanese, Chinese, Korean or Thai may stand between letters of its own script. */
export const CUE_START = String.raw`(?<![a-zA-Z0-9]|${SPACED_LETTER_CLASS}|\p{N})`;
export const CUE_END = String.raw`(?![a-zA-Z0-9]|${SPACED_LETTER_CLASS}|\p{N})`;

/** Lower-case a cue list into one global, case-insensitive, word-bounded regex. A space in a
 * cue matches any run of white space, so a phrase wrapped over two lines still counts. */
export function cueRegex(parts: readonly string[]): RegExp {
  return joinedCues(parts.map(cueSource));
}

/**
 * Cue sources as one bounded alternation. Its matches are sought by the first characters the
 * cues can begin with (allMatches, eachMatch, eachMatchOfAny: text/first-char-scan.ts): tried
 * whole at every position, a table costs more with every cue added to it.
 */
function joinedCues(sources: readonly string[]): RegExp {
  const re = new RegExp(String.raw`${CUE_START}(?:${sources.join("|")})${CUE_END}`, "giu");
  return scanWith(re, () => firstCharScan(CUE_START, sources, CUE_END, "giu"));
}

/** A cue as cueRegex reads it: apostrophes of both kinds, a space for any run of white space. */
export function cueSource(cue: string): string {
  return flexibleSpaces(anyApostrophe(cue));
}

/**
 * cueRegex(parts) as regexes whose alternation it is (for eachHit), for a table some of whose
 * cues open with one costly phrase `head` (a group, "(?:…)", such as all meeting nouns): each
 * such cue is a regex of its own, in `anchored`, to be tried only where the phrase starts (a
 * SharedStart whose start matches at least where cueSource(head) does after a non-letter; sticky,
 * so only for eachMatchOfAny with that SharedStart); the cues between them stay joined. The same
 * hits as cueRegex(parts), the phrase sought once.
 */
export function cueRegexes(parts: readonly string[], head: string): { res: RegExp[]; anchored: Set<RegExp> } {
  const first = cueSource(head);
  const sources = parts.map(cueSource);
  // a cue apart is only ever tried where the phrase starts (eachMatchOfAny): built sticky, with no
  // scan, and not built twice (global, then its sticky twin)
  const split = splitAlternation(
    sources,
    (i) => opensWith(sources[i]!, first),
    (run, apart) => (apart ? new RegExp(String.raw`${CUE_START}(?:${run[0]!})${CUE_END}`, "iuy") : joinedCues(run)),
  );
  return { res: split.map((s) => s.re), anchored: new Set(split.filter((s) => s.index !== null).map((s) => s.re)) };
}

/** A pattern's source as tokens (an escape with its character is one), each marked when it sits in a character class. */
function patternTokens(pattern: string): Array<{ text: string; inClass: boolean }> {
  const out: Array<{ text: string; inClass: boolean }> = [];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "\\") {
      out.push({ text: c + (pattern[++i] ?? ""), inClass });
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "]") inClass = false;
    out.push({ text: c, inClass });
  }
  return out;
}

/** Mail clients turn ' into ’: an apostrophe outside a character class matches both. */
export function anyApostrophe(pattern: string): string {
  return patternTokens(pattern)
    .map((t) => (t.text === "'" && !t.inClass ? "['’]" : t.text))
    .join("");
}

/** Literal spaces outside character classes become `\s+`. */
function flexibleSpaces(pattern: string): string {
  const tokens = patternTokens(pattern);
  let out = "";
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text === " " && !t.inClass) {
      while (tokens[i + 1]?.text === " ") i++;
      // "a +b" / "a ?b" / "a *b" quantify the space: keep the original meaning
      out += /^[+*?{]/.test(tokens[i + 1]?.text ?? "") ? " " : String.raw`\s+`;
      continue;
    }
    out += t.text;
  }
  return out;
}

/**
 * A phrase table as one case-insensitive regex: longest phrase first, a blank for any run of
 * white space, apostrophes of both kinds, bounded by no letter of a spaced script.
 */
function phraseRegex(parts: readonly string[], flags = "iu"): RegExp {
  const body = anyApostrophe(alternation(parts)).replace(/ /g, String.raw`\s+`);
  return new RegExp(String.raw`(?<!${SPACED_LETTER})(?:${body})(?!${SPACED_LETTER})`, flags);
}

const NOT_A_DEAL = phraseRegex(CUES.notADeal);

/** The partner saying outright that the mail registers no deal ("not a new lead", "kein neuer Deal"). */
export function saysNotADeal(text: string): boolean {
  return NOT_A_DEAL.test(text);
}

const REGISTERED_BEFORE = phraseRegex(CUES.registeredBefore);

/**
 * The partner asking about a deal they say they registered already ("I registered Acme last
 * week and have no case number yet: did it arrive?"): a follow-up, not a registration.
 */
export function asksAboutEarlierRegistration(text: string): boolean {
  return asksSomething(text) && REGISTERED_BEFORE.test(text);
}

/**
 * A subject that opens with a bill's noun and its number ("Invoice INV-2026-0042 - MDF",
 * "Fattura n. 77/B", "Rechnung Nr. 4711"; after any "Fwd:"): a bill sent to the vendor, not a
 * registration, whatever firm or referral it names. "Invoice automation" names no number.
 */
const INVOICE_SUBJECT_RE = new RegExp(
  String.raw`^(?:${alternation(CUES.invoiceNoun)})[ \t]+(?:(?:n[or°º]?|nr|n\.º|#)\.?[ \t]*)?[^\s\d]*\d`,
  "iu",
);

export function subjectNamesAnInvoice(subject: string): boolean {
  return INVOICE_SUBJECT_RE.test(stripSubjectPrefixes(subject));
}

// a prospect's detail and a word saying it is still to come, in one sentence (`cues.detailsLater`)
const DETAIL = cueRegex(CUES.detailsLater.detail);
const LATER = cueRegex(CUES.detailsLater.later);

/**
 * The partner saying a lead's details are still to come ("her website to follow on Monday", "no
 * website yet"): a detail noun with a word of later or not yet in its sentence. Not when the
 * partner says they registered before: missing details of an earlier registration are a follow-up.
 */
export function promisesDetails(text: string): boolean {
  if (REGISTERED_BEFORE.test(text)) return false;
  return !eachHit(text, DETAIL, (h) => !eachHit(sentenceAround(text, h), LATER).next().done).next().done;
}

// global for registeringPhraseEnds; read elsewhere only statelessly (search, eachMatch)
const REGISTERING = phraseRegex(CUES.registering, "giu");

/** The partner registering or referring a prospect in a language's own words ("dar de alta", "referido"). */
export function saysRegistering(text: string): boolean {
  return text.search(REGISTERING) >= 0;
}

/**
 * Where each registering phrase in `text` ends ("pls reg| Acme …", "nieuwe lead|: Acme …"). The
 * company and contact pickers both ask it of the same masked text of a mail: scanned once.
 */
export const registeringPhraseEnds: (text: string) => readonly number[] = memoised(
  (text) => allMatches(text, REGISTERING).map((m) => m.index + m[0].length),
  8,
  Infinity,
);

/**
 * What a subject names after its registering phrase ("register pls: Harlow Mills" -> "Harlow
 * Mills"), or null when it names nothing or asks a question.
 */
export function registeringSubjectRest(subject: string): string | null {
  if (asksSomething(subject)) return null;
  const m = eachMatch(subject, REGISTERING).next().value;
  if (!m) return null;
  const rest = subject
    .slice(m.index + m[0].length)
    .replace(/^[\s:：\-–—|/,.]+/u, "")
    .trim();
  return rest || null;
}

const SENTENCE_END = /(?<=[.!?？。])(?=\s+\p{Lu})|\n\s*\n/u;

/**
 * The partner asking for a registration, not asking about one: a registering phrase in a
 * sentence of `text` that does not end in a question mark ("please register Acme", not "how
 * long does a registration last?"). Stronger than saysRegistering, for mail that names a
 * prospect only by a trace (an address, a phone, a forwarded mail).
 */
export function asksToRegister(text: string): boolean {
  // a sentence ends at a stop before a capital or at a blank line; a single line break does not
  // end one (mail wraps questions too), nor does the dot of "S.L." or "approx."
  for (const sentence of text.split(SENTENCE_END)) {
    if (!asksSomething(sentence) && saysRegistering(sentence)) return true;
  }
  return false;
}

// one regex per kind of mark; cueRegex's bounds, without its global flag (each is only tested)
const BULK_PITCH: readonly RegExp[] = [
  CUES.bulkPitch.optOut,
  CUES.bulkPitch.replyKeyword,
  CUES.bulkPitch.dataOffer,
  CUES.bulkPitch.limitedOffer,
].map((parts) => new RegExp(cueRegex(parts).source, "iu"));

/**
 * A sales pitch sent in bulk (a seller of contact lists above all, with sample records pasted in
 * that look like prospects): two of its four marks, an opt-out by answer ("reply STOP"), a call
 * to answer one word ("reply YES"), contact data offered for sale ("verified contact list",
 * "deliverability") and a price for a short time only ("this week only"). A partner registering a
 * prospect writes none of them.
 */
export function looksLikeBulkPitch(text: string): boolean {
  let marks = 0;
  for (const re of BULK_PITCH) if (re.test(text) && ++marks >= 2) return true;
  return false;
}
