// The prospect's need as the contract asks for it, "in a phrase": of a labelled value or of a
// sentence read from prose, the sentences that tell the need, without those written after them
// (the consent, a meeting, the deal, the partner's part), a count of sites or staff set off as a
// clause or sentence of its own, a label run into it, or the closing full stop. Pure.
import { givesContact, needWeight, saysNoNeed, talksDeal } from "./prose-fields.ts";
import { allMatches } from "../text/regex.ts";
import { labelField } from "./labels.ts";
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
// where a sentence's clauses part: a comma or semicolon of any script ("，", "、", "،", "；"); not a
// comma between figures, a thousands separator ("ל-1,200 בעלי החיים", "1,000 членов")
const CLAUSE_END_RE = /(?:(?<!\p{Nd})[,，]|[,，](?!\p{Nd})|[;、،；])\s*/gu;
// a label run into the value ("Problem: …", "Задача: …", "고객 과제: …", "■概要:…"): a few words before a
// colon, with three words after it (in a script written without blanks, six letters)
const LEAD_LABEL_RE = /^[^:：\d\n]{1,30}[:：]\s*(?=\S)/u;
const WORDS_LEFT = 3;
const LETTERS_LEFT = 6;
// The next item of a list run into the need on its line: a bullet of Japanese, Chinese and Korean notes
// ("■", "・", "※") before a short label ("… かかっている ■ご提案:…", "… 分散 ・次のステップ:…"); or a
// label of another field of the form after a blank or a dash ("… hors taxes Montant estimé : 80 000 EUR",
// "… 어려움 - 진행 방식: 재판매"), known to the label tables.
const BULLET_ITEM_RE = /\s*[■□◆◇●○▪・※][ \t]*[^■□◆◇●○▪・※:：\n]{1,12}[:：]/u;
const COLON_RE = /[ \t]?[:：]/gu;
const DASH_RE = /^[-–—]$/u;
const LABEL_WORDS_MAX = 4;
const OTHER_FIELDS = new Set([
  "value",
  "stage",
  "motion",
  "competitors",
  "incumbent",
  "product",
  "consent",
  "currency",
]);
/** Where the label of another field that ends at `colon` starts (its last words, after a blank or a dash), or -1. */
function runInLabelAt(v: string, colon: number): number {
  const words = v.slice(0, colon).split(/[ \t]+/);
  const fieldOf = (n: number) => {
    const label = words.slice(-n).join(" ");
    return /^\p{L}/u.test(label) ? labelField(label) : null;
  };
  for (let n = 1; n <= LABEL_WORDS_MAX && n < words.length; n++) {
    const field = fieldOf(n);
    if (!field || !OTHER_FIELDS.has(field)) continue;
    // the label's words before its head ("Estimated value") belong to it, as does a word between a
    // dash and the head ("… - 진행 방식:")
    while (n + 1 < words.length && n < LABEL_WORDS_MAX && fieldOf(n + 1) === field) n++;
    if (n + 2 < words.length && DASH_RE.test(words[words.length - n - 2]!)) n++;
    const before = words
      .slice(0, -n)
      .join(" ")
      .replace(/[ \t]*[-–—]$/u, "");
    return before.trim() ? before.length : -1;
  }
  return -1;
}
/** The need without the next item of a list or another field's label run into it on its line. */
function beforeRunInItem(v: string): string {
  const bullet = BULLET_ITEM_RE.exec(v);
  let end = bullet && bullet.index > 0 ? bullet.index : v.length;
  for (const m of allMatches(v.slice(0, end), COLON_RE)) {
    const at = runInLabelAt(v, m.index);
    if (at > 0) {
      end = at;
      break;
    }
  }
  return v.slice(0, end).trim();
}
const labelLeavesEnough = (rest: string): boolean =>
  UNSPACED_RE.test(rest)
    ? rest.replace(NOT_LETTER_RE, "").length >= LETTERS_LEFT
    : rest.split(/\s+/).length >= WORDS_LEFT;
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

/**
 * Where the need starts after a description of the prospect closed by its size ("tutoring for exams, 900
 * pupils, timetables kept in a notebook", "…班，5 間分校。"): the clause after the first count alone
 * (countsOnly) that follows clauses with no cue of a need, when what comes after it tells one; 0 for none.
 * Not in Latin letters (as opensWithSize), where the size is as often part of the need ("…, ~25 techs, …").
 */
function afterDescribedSize(clauses: readonly string[]): number {
  if (clauses.some((c) => ASCII_LETTER_RE.test(c))) return 0;
  const k = clauses.findIndex((c, i) => i > 0 && countsOnly(c));
  if (k <= 0 || k >= clauses.length - 1) return 0;
  const before = clauses.slice(0, k).join(" ");
  return needWeight(before) === 0 && needWeight(clauses.slice(k + 1).join(" ")) > 0 ? k + 1 : 0;
}
/** A sentence that only describes the prospect and ends with its size: no cue, its last clause a count alone. */
const describesSize = (sentence: string): boolean => {
  if (ASCII_LETTER_RE.test(sentence)) return false;
  const clauses = piecesOf(sentence, CLAUSE_END_RE);
  return clauses.length > 1 && countsOnly(clauses[clauses.length - 1]!) && needWeight(sentence) === 0;
};

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
  while (first < sentences.length - 1 && (sentenceCounts(sentences[first]!) || describesSize(sentences[first]!)))
    first++;
  let last = first + 1;
  while (last < sentences.length && !endsNeed(sentences[last]!)) last++;
  const head = last < sentences.length ? headBeforeDeal(sentences[last]!) : "";
  return [...sentences.slice(first, last), ...(head ? [head] : [])].join(" ");
}

const dealOnly = (clause: string): boolean => needWeight(clause) === 0 && talksDeal(clause.replace(STOP_END_RE, ""));

/** The need in `text` as a phrase (see above), `fromCue` when read from prose; null for none. */
export function needPhrase(text: string | null, fromCue = false): string | null {
  if (!text) return null;
  let v = needSentences(text.trim(), fromCue);
  const label = LEAD_LABEL_RE.exec(v);
  if (label && labelLeavesEnough(v.slice(label[0].length))) v = v.slice(label[0].length);
  v = beforeRunInItem(v);
  // a count set off before or after the need ("11 sites, invoices typed by hand", "…, about 80 seats")
  const clauses = piecesOf(v, CLAUSE_END_RE);
  if (clauses.length > 1) {
    let first = afterDescribedSize(clauses);
    let last = clauses.length;
    while (
      last - first > 1 &&
      (countsOnly(clauses[first]!) || opensWithSize(clauses[first]!, clauses.slice(first + 1).join(" ")))
    )
      first++;
    // and a clause on the deal after it, with no cue of a need ("…, budget about 60k", "…, 예산은 연 800만원")
    while (last - first > 1 && (countsOnly(clauses[last - 1]!) || dealOnly(clauses[last - 1]!))) last--;
    if (first > 0) v = v.slice(v.indexOf(clauses[first]!));
    if (last < clauses.length) v = v.slice(0, v.lastIndexOf(clauses[last - 1]!) + clauses[last - 1]!.length);
  }
  const size = SIZE_OPENING_RE.exec(v);
  if (size && v.slice(size[0].length).replace(NOT_LETTER_RE, "").length >= SIZE_REST_LETTERS)
    v = v.slice(size[0].length);
  v = v.replace(STOP_END_RE, "").trim();
  return v || null;
}
