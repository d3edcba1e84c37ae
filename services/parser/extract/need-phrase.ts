// The prospect's need as the contract asks for it, "in a phrase": of a labelled value or of a
// sentence read from prose, the sentences that tell the need, without those written after them
// (the consent, a meeting, the deal, the partner's part), a count of sites or staff set off as a
// clause or sentence of its own, a label run into it, or the closing full stop. Pure.
import { givesContact, needWeight, saysNoNeed, talksDeal } from "./prose-fields.ts";
import { allMatches } from "../text/regex.ts";
import { CUES } from "../lang/cues.ts";

// Where a sentence ends: a full stop after a word of three letters or more or after a bracket (not
// the dot of "ca.", "Dr.", "ok.", "17.03."), before a capital or a letter of a script without
// case (Arabic, Hebrew); "!" and "?" and the stops of other scripts wherever they stand (Chinese
// and Japanese "。！？", Devanagari "।", Arabic "؟"); a list's bullet run into the line (" * ").
// A word of two letters of a script without case ends a sentence too ("관리.": Korean words are short,
// and abbreviations with a stop are Latin's), as does a vowel mark written over the word's last letter
// (Arabic "يدويًا."). Thai ends a sentence with a blank, no stop: a blank between Thai words, or after
// a bracket closing an aside ("… (Acme Book) เรา…").
const SENTENCE_END_RE =
  /(?<=\p{L}[\p{L}\p{M}]{2}|\p{Lo}{2}|[)\]"”»])\.(?=\s+[\p{Lu}\p{Lo}])|[!?。！？।؟]+|\s[*•]\s|(?<=[\p{sc=Thai})])[ \t]+(?=\p{sc=Thai})/gu;
// A Latin word or a figure before a blank and a Thai word may close a Thai sentence too ("… alarm
// นัดประชุม…") or not ("นัดประชุม demo วันพุธ"): judged only in the sentence where the need ends
const BEFORE_THAI_RE = /(?<=\S)[ \t]+(?=\p{sc=Thai})/gu;
// a labelled value that runs on over lines ("Problem: …" and a meeting on the line below): each line
// is a sentence of its own
const LINE_OR_SENTENCE_END_RE = new RegExp(`${SENTENCE_END_RE.source}|\\n`, "gu");
const BULLET_END_RE = /\s[*•]\s*$/u;
// where a sentence's clauses part: a comma or semicolon of any script ("，", "、", "،", "；")
const CLAUSE_END_RE = /[,;，、،；]\s*/gu;
// a label run into the value ("Problem: …", "Задача: …", "고객 과제: …"): a few words before a colon
const LEAD_LABEL_RE = /^[^:：\d\n]{1,30}[:：]\s*(?=\S)/u;
const WORDS_LEFT = 3;
// A clause that only counts (sites, staff, seats: "11 sites", "about 80 seats", "31 家门店"): a
// figure among its first two words, at most four words, no cue of a need; in a script written
// without blanks, a figure and a few letters.
const FIGURE_FIRST_RE = /^(?:\S{1,8}\s+)?[~≈±]?\p{Nd}/u;
const COUNT_WORDS = 4;
const UNSPACED_RE = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}]/u;
const COUNT_LETTERS = 6;
const NOT_LETTER_RE = /[^\p{L}]/gu;
const DIGIT_RE = /\p{Nd}/u;
const BRACKET_RE = /[()[\]（）]/u;
const STOP_END_RE = /[\s,;，、،；]*[.。．।]*$/u;

/** The text cut where `re` matches (each piece keeps its end mark), trimmed, empty pieces left out. */
function piecesOf(text: string, re: RegExp): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of allMatches(text, re)) {
    out.push(text.slice(from, m.index + m[0].length));
    from = m.index + m[0].length;
  }
  out.push(text.slice(from));
  return out.map((p) => p.replace(BULLET_END_RE, "").trim()).filter((p) => p.length > 0);
}

const countsOnly = (clause: string): boolean => {
  const c = clause.replace(STOP_END_RE, "");
  if (!DIGIT_RE.test(c) || BRACKET_RE.test(c) || needWeight(c) > 0) return false;
  if (UNSPACED_RE.test(c)) return c.replace(NOT_LETTER_RE, "").length <= COUNT_LETTERS;
  return FIGURE_FIRST_RE.test(c) && c.split(/\s+/).length <= COUNT_WORDS;
};
const sentenceCounts = (sentence: string): boolean => piecesOf(sentence, CLAUSE_END_RE).every(countsOnly);

// The prospect's size opening the need as a clause of its own ("11 залов в трёх городах, …", "ホンダ
// 販売店4拠点、…", "我們有 40 台車，…"): a figure, no cue of a need, a few words (or, in a script written
// without blanks, a few letters); with the figure first, or before a clause that tells the need. Not
// in Latin letters, where such a clause is as often the need's own ("75+ minutes to clear the car
// park, …", "brak raportów dla 17 myjni, …"); there only a count alone (countsOnly) goes.
const ASCII_LETTER_RE = /[a-z]/i;
const SIZE_WORDS = 6;
const SIZE_LETTERS = 14;
const SIZE_REST_WORDS = 3;
// the size tied to the need by a particle, within its clause (`cues.needSize`): the need follows it
const SIZE_OPENING_RE = new RegExp(String.raw`^(?:${CUES.needSize.join("|")})\s*`, "u");
const SIZE_REST_LETTERS = 6;
const opensWithSize = (clause: string, rest: string): boolean => {
  const c = clause.replace(STOP_END_RE, "");
  if (!DIGIT_RE.test(c) || BRACKET_RE.test(c) || ASCII_LETTER_RE.test(c) || needWeight(c) > 0) return false;
  const short = UNSPACED_RE.test(c)
    ? c.replace(NOT_LETTER_RE, "").length <= SIZE_LETTERS
    : c.split(/\s+/).length <= SIZE_WORDS && rest.split(/\s+/).length >= SIZE_REST_WORDS;
  return short && (FIGURE_FIRST_RE.test(c) || needWeight(rest) > 0);
};

// a sentence on the registration, the consent or the deal ends the need, as does one with the
// contact's details ("… reach him on +44 …", "ติดต่อได้ที่ …@…")
const endsNeed = (s: string): boolean => saysNoNeed(s) || talksDeal(s) || givesContact(s);

/**
 * The words of a sentence on the deal that come before it, read where a Thai sentence may end
 * (BEFORE_THAI_RE): up to the last of its pieces from which on it still speaks of the deal; "" for none.
 */
function headBeforeDeal(sentence: string): string {
  const parts = piecesOf(sentence, BEFORE_THAI_RE);
  let k = parts.length - 1;
  while (k > 0 && !endsNeed(parts.slice(k).join(" "))) k--;
  return parts.slice(0, k).join(" ");
}

/**
 * A Thai sentence read from prose from the piece with the cue on (BEFORE_THAI_RE): a one-line note
 * runs the contact's details into the need ("ติดต่อคุณ… 08x-… อยากได้ระบบ…"), with no stop between.
 */
function fromThaiCue(sentence: string): string {
  const parts = piecesOf(sentence, BEFORE_THAI_RE);
  const k = parts.findIndex((p) => needWeight(p) > 0);
  return k > 0 ? parts.slice(k).join(" ") : sentence;
}

/**
 * The sentences of `text` that tell the need: from the first that is not a count alone (read from
 * prose, `fromCue`: the first with a cue of a need, a greeting or a thanks before it in the same line
 * of Japanese or Chinese being none), on to the first that speaks of the registration, a meeting, the
 * consent or the deal (a labelled need may hold a registering word of its own: "patient
 * registration by phone only").
 */
function needSentences(text: string, fromCue: boolean): string {
  const sentences = piecesOf(text, fromCue ? SENTENCE_END_RE : LINE_OR_SENTENCE_END_RE);
  const cued = fromCue ? sentences.findIndex((s) => needWeight(s) > 0) : -1;
  if (cued >= 0) sentences[cued] = fromThaiCue(sentences[cued]!);
  if (sentences.length <= 1) return sentences[0] ?? text;
  let first = Math.max(cued, 0);
  while (first < sentences.length - 1 && sentenceCounts(sentences[first]!)) first++;
  let last = first + 1;
  while (last < sentences.length && !endsNeed(sentences[last]!)) last++;
  const head = last < sentences.length ? headBeforeDeal(sentences[last]!) : "";
  return [...sentences.slice(first, last), ...(head ? [head] : [])].join(" ");
}

/** The need in `text` as a phrase (see above), `fromCue` when read from prose; null for none. */
export function needPhrase(text: string | null, fromCue = false): string | null {
  if (!text) return null;
  let v = needSentences(text.trim(), fromCue);
  const label = LEAD_LABEL_RE.exec(v);
  if (label && v.slice(label[0].length).split(/\s+/).length >= WORDS_LEFT) v = v.slice(label[0].length);
  // a count set off before or after the need ("11 sites, invoices typed by hand", "…, about 80 seats")
  const clauses = piecesOf(v, CLAUSE_END_RE);
  if (clauses.length > 1) {
    let first = 0;
    let last = clauses.length;
    while (
      last - first > 1 &&
      (countsOnly(clauses[first]!) || opensWithSize(clauses[first]!, clauses.slice(first + 1).join(" ")))
    )
      first++;
    while (last - first > 1 && countsOnly(clauses[last - 1]!)) last--;
    if (first > 0) v = v.slice(v.indexOf(clauses[first]!));
    if (last < clauses.length) v = v.slice(0, v.lastIndexOf(clauses[last - 1]!) + clauses[last - 1]!.length);
  }
  const size = SIZE_OPENING_RE.exec(v);
  if (size && v.slice(size[0].length).replace(NOT_LETTER_RE, "").length >= SIZE_REST_LETTERS)
    v = v.slice(size[0].length);
  v = v.replace(STOP_END_RE, "").trim();
  return v || null;
}
