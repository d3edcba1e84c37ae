// Fields read from free prose when no label gives them: the prospect's problem and region. Pure.
import { CUES } from "../lang/cues.ts";
import { fold, inflectionOf, splitSentences } from "./text-utils.ts";
import {
  ANYWHERE,
  NO_WORD_BEFORE,
  allMatches,
  boundedMatches,
  eachMatch,
  escapeRegExp,
  hasMatch,
} from "../text/regex.ts";
import {
  alternation,
  anyApostrophe,
  asksSomething,
  cueRegex,
  negatedBefore,
  promisesDetails,
  registeringPhraseEnds,
  saysRegistering,
} from "../normalise/cues.ts";
import { detectMotion } from "../normalise/motion.ts";
import { detectStage } from "../normalise/stage.ts";
import { detectConsent } from "../normalise/consent.ts";
import { pickDealValue } from "../normalise/amount.ts";
import { LEGAL_SUFFIX_RE, LEGAL_SUFFIX_SRC } from "./organization.ts";
import { isPlaceholder, labelField } from "./labels.ts";
import { looksLikeRole } from "./people.ts";
import { GREETINGS_AND_SHORT_SIGN_OFFS, SIGN_OFFS } from "../lang/signoff.ts";
import { LABEL_WORDS } from "../lang/index.ts";
import { findUrls } from "../normalise/domain.ts";
import { AND_BEYOND_ASCII } from "../normalise/competitors.ts";
import { proseAfterForm } from "./after-form.ts";
import { caselessPlaces } from "./caseless-place.ts";

// Strong cues describe the broken process itself (weight 2); weak ones only say a wish or a
// volume (weight 1), so "she wants a proper evaluation" loses to "mostly by hand". Per language
// in services/parser/lang (`cues.problem`). Bounded as every cue table is (cueRegex): a cue in
// Japanese or Korean stands between letters of its own script ("紙とExcelで", "엑셀과").
const PAIN_RE = cueRegex(CUES.problem.strong);
const WEAK_PAIN_RE = cueRegex(CUES.problem.weak);
const CHANNEL_RE = cueRegex(CUES.problem.channel);
// an interest ("interested in online rotas") counts as a wish; one whose object is a name, a word
// written with a capital among the three after it ("interested in the Acme module", "les interesa
// sobre todo Acme Book"; an abbreviation, "pay by QR", is none), names the product asked for, not
// the need (`cues.problem.interest`)
const INTEREST_RE = cueRegex(CUES.problem.interest);
const NAME_NEXT_RE = /^[\s:]*(?:[^\s:]+\s+){0,2}\p{Lu}\p{Ll}/u;
// a sentence about the registration, a meeting or a trip (`cues.notProblem`) is no need, whatever cue it holds
const NOT_PAIN_RE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${CUES.notProblem.join("|")})(?![\p{L}\p{N}])`, "iu");
// a sentence saying the prospect has no website, or only a social page (`cues.noWebsite`), gives its
// details: it stands in for no need
const NO_WEBSITE_RE = cueRegex(CUES.noWebsite);
// nor is the partner's request to register in any language (saysRegistering: "we'd like to register
// the following", a wish in the verb as Hungarian and Turkish write it); in the partner's own text
// only, as a prospect's mail may speak of its own registrations ("de aanmelding van nieuwe leerlingen")
// a registering word beside a clause on the prospect's need is no request: "la bodega debe registrar
// cada barrica; los importadores exigen el historial" (a duty to record) is the need itself
const needBeside = (text: string): boolean =>
  text.split(CLAUSE_CUT_RE).some((c) => !saysRegistering(c) && (hasMatch(c, PAIN_RE) || hasMatch(c, WEAK_PAIN_RE)));
// nor is a word on whether the vendor may contact the prospect ("elle est d'accord pour que vous la
// contactiez", "Mette vil gerne ringes op", "so no contact please"): the consent, not the need. A
// dictated run-on sentence says everything at once: its consent leaves its need standing.
const notPain = (text: string, partners: boolean): boolean =>
  NOT_PAIN_RE.test(text) ||
  (partners && saysRegistering(text) && !needBeside(text)) ||
  (text.length <= RUN_ON && detectConsent(text) !== null);

// A short sentence that only names the problem ("The business problem is well documented.",
// "Here is the issue.", "Our main need:") says what it is in the sentence after it.
const PROBLEM_NOUN_RE = new RegExp(String.raw`(?<![\p{L}])(?:${CUES.problemNoun.join("|")})(?![\p{L}])`, "iu");
const ENDS_WITH_COLON_RE = /[:：]\s*$/u;
const announcesOnly = (s: string): boolean =>
  PROBLEM_NOUN_RE.test(s) && s.trim().split(/\s+/).length <= 8 && /[.:：]\s*$/u.test(s.trim());
// A sentence ending in a colon announces what follows ("We'd like to register the following:", "here is
// where it hurts:"): it is no need of its own, unless it names the problem (announcesOnly)
const announcesNext = (s: string): boolean => ENDS_WITH_COLON_RE.test(s) && !announcesOnly(s);

// A line labelled with the product asked for ("Product of interest: Acme Gate", "관심 제품: …", a table
// row "Module<TAB>Client Portal"): its label's words are no cue of a need ("interest", "관심"), only
// its value is read; any other label ("Need:", "Quick one: …", "As said on the phone: …") is read whole.
const LINE_LABEL_RE = /^[\s*•·・■□◆▪-]*([^:：\t\n]{1,30}?)[ \t]*(?:[:：]|\t)/u;
const LABEL_WORDS_MAX = 3;
const labelsProduct = (text: string): boolean => {
  const m = LINE_LABEL_RE.exec(text);
  return !!m && m[1]!.trim().split(/\s+/).length <= LABEL_WORDS_MAX && labelField(m[1]!) === "product";
};

const RUN_ON = 200;
// where a sentence's clauses part: a spaced dash, a comma or semicolon, "and" in the label tables' languages
const CLAUSE_CUT_RE = /\s[-–—]\s|[,;]\s+|\s(?:and|und|et|y|e|en|og|och|oraz|i)\s/u;
// and in scripts written without blanks between words: Chinese and Japanese part clauses with a
// comma of their own ("，", "、", "；"), Thai with a blank before the next Thai word ("มีลีดใหม่ครับ
// … อยากได้ระบบ…"), where a short clause says as much as a long one in Latin letters
const UNSPACED_CLAUSE_CUT_RE = /[，、；]\s*|[ \t]+(?=\p{sc=Thai})/u;
const UNSPACED_SCRIPT_RE = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}]/u;
const CLAUSE_LENGTH = 20;
const UNSPACED_CLAUSE_LETTERS = 6;
const NOT_LETTER_RE = /[^\p{L}]/gu;
const clauseLongEnough = (c: string): boolean =>
  c.length >= CLAUSE_LENGTH ||
  (UNSPACED_SCRIPT_RE.test(c) && c.replace(NOT_LETTER_RE, "").length >= UNSPACED_CLAUSE_LETTERS);
/** The clauses of a sentence (CLAUSE_CUT_RE), those of a script without blanks cut at its own marks too. */
const clausesOf = (sentence: string): string[] =>
  sentence
    .split(CLAUSE_CUT_RE)
    .flatMap((c) => (UNSPACED_SCRIPT_RE.test(c) ? c.split(UNSPACED_CLAUSE_CUT_RE) : [c]))
    .filter(clauseLongEnough);
// the problem as given: at most this long
const PROBLEM_LENGTH = 240;
// A line that goes on in the next: not ending a sentence, the next starting in lower case; or a
// full line of prose (hard-wrapped) ending in a lower-case word or a comma, the next starting with
// a capital (a German noun, a name: "… wollen zur" / "Saison 2026 weg von …") that opens no label
// ("Kontakt: …") nor table row
const WRAP_LINE = 40;
const ENDS_SENTENCE_LINE_RE = /[.!?:]$/;
const LOWER_START_RE = /^\p{Ll}/u;
const UPPER_START_RE = /^\p{Lu}/u;
const GOES_ON_RE = /[\p{Ll},]$/u;
const LABEL_START_RE = /^[^:\t|]{1,40}:/;
const TABLE_CELL_RE = /[\t|]/;
const goesOn = (line: string, next: string): boolean =>
  !ENDS_SENTENCE_LINE_RE.test(line) &&
  (LOWER_START_RE.test(next) ||
    (line.length >= WRAP_LINE &&
      GOES_ON_RE.test(line) &&
      UPPER_START_RE.test(next) &&
      !LABEL_START_RE.test(next) &&
      !TABLE_CELL_RE.test(line) &&
      !TABLE_CELL_RE.test(next)));
/** The text with wrapped lines joined, and where in it each join is. */
function unwrap(text: string): { text: string; joins: number[] } {
  const lines = text.split("\n");
  const joins: number[] = [];
  let joined = lines[0]!;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i - 1]!.trim();
    const next = lines[i]!.trimStart();
    if (line && next && goesOn(line, next)) {
      joined = joined.trimEnd();
      joins.push(joined.length);
      joined += ` ${next}`;
    } else joined += `\n${lines[i]!}`;
  }
  return { text: joined, joins };
}
const LINE_CLAUSE = 20;
/** The lines a sentence was joined from (none when it was one line), each long enough to say something. */
function linesOf(sentence: { start: number; text: string }, joins: readonly number[]): string[] {
  const end = sentence.start + sentence.text.length;
  const cuts = joins.filter((j) => j > sentence.start && j < end).map((j) => j - sentence.start);
  if (cuts.length === 0) return [];
  return [0, ...cuts]
    .map((from, n) => sentence.text.slice(from, cuts[n] ?? sentence.text.length).trim())
    .filter((line) => line.length >= LINE_CLAUSE);
}
// the first letter of the text and of every sentence after a full stop: all in lower case, the
// writer does not capitalise (typed on a phone)
const SENTENCE_START_RE = /(?:^[^\p{L}]*|[.!?][ \t]+)(\p{L})/gu;
const writesLowerCase = (text: string): boolean => {
  const starts = allMatches(text, SENTENCE_START_RE).map((m) => m[1]!);
  return starts.length > 0 && starts.every((c) => c !== c.toUpperCase());
};
// A question to the vendor ("does it import X?", "¿puede importar …?") asks, it does not describe the
// prospect (asksSomething).
// A wish denied ("is not looking for anything", "they don't need a new tool") is none; what follows
// the wish does not deny it ("want to follow each lot")
// after a comma ("a form nobody reads, want an app") an earlier negation is another clause's
const notDenied = (text: string, m: RegExpExecArray): boolean => {
  const from = text.lastIndexOf(",", m.index) + 1;
  return !negatedBefore(text.slice(from), m.index - from, 15);
};
const weakHits = (text: string): number =>
  allMatches(text, WEAK_PAIN_RE).filter((m) => notDenied(text, m)).length +
  allMatches(text, INTEREST_RE).filter(
    (m) => notDenied(text, m) && !NAME_NEXT_RE.test(text.slice(m.index + m[0].length)),
  ).length;
// "no problem", "kein Problem", "sin problema": a problem noun denied names none
const PROBLEM_NOUN_ONLY_RE = new RegExp(String.raw`^(?:${CUES.problemNoun.join("|")})$`, "iu");
const strongHits = (text: string): number =>
  allMatches(text, PAIN_RE).filter((m) => !(PROBLEM_NOUN_ONLY_RE.test(m[0]) && negatedBefore(text, m.index, 15)))
    .length;

// A channel a few words after the partner's talking verb in its clause ("I spoke to her on the phone",
// "we agreed it by phone"; `cues.problem.talked`), or before it where the verb follows at once or ends
// the clause ("am Telefon besprochen:", "ich habe telefonisch mit ihr gesprochen", "telefonla
// konuştum"), says how the partner talked with the contact, not how the prospect works ("taken by phone
// and confirmed by fax" goes on past it).
const TALKED_WORD_RE = new RegExp(String.raw`^(?:${CUES.problem.talked.join("|")})$`, "iu");
const TALKED_GAP = 5;
const TALKED_AFTER = 4;
const CLAUSE_END_AT_RE = /[,;:.!?]/u;
const isTalked = (w: string): boolean => TALKED_WORD_RE.test(w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ""));
const talkedBeside = (text: string, at: number, end: number): boolean => {
  const before = text.slice(0, at);
  const clause = before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf(";")) + 1);
  if (clause.trim().split(/\s+/).slice(-TALKED_GAP).some(isTalked)) return true;
  const after = text.slice(end);
  const stop = CLAUSE_END_AT_RE.exec(after);
  const rest = (stop ? after.slice(0, stop.index) : after).trim().split(/\s+/);
  return isTalked(rest[0]!) || (rest.length <= TALKED_AFTER && isTalked(rest[rest.length - 1]!));
};

/**
 * How strongly a clause tells a need: `strong`, the cues of a broken process and the channels it
 * works through; `hits`, those counted two and a wish or a volume one. A channel beside a phone
 * number or an address ("WhatsApp: +55 …", "his mobile, +52 …, he prefers WhatsApp") says how to
 * reach the contact, not how the prospect works.
 */
function needHits(text: string): { strong: number; hits: number } {
  const channels = CONTACT_LINE_RE.test(text)
    ? 0
    : allMatches(text, CHANNEL_RE).filter((m) => !talkedBeside(text, m.index, m.index + m[0].length)).length;
  const strong = strongHits(text) + channels;
  return { strong, hits: 2 * strong + weakHits(text) };
}

/** Does the text give a phone number or an e-mail address (contact details, no need)? */
export const givesContact = (text: string): boolean => CONTACT_LINE_RE.test(text);

/** How strongly a clause tells a need (needHits), 0 for none. */
export const needWeight = (text: string): number => needHits(text).hits;

/**
 * A sentence of the partner's on the registration or the consent: no need. The words of
 * `cues.notProblem` (a meeting, a trip) are left out first: a need may hold them ("meeting-room
 * bookings").
 */
export const saysNoNeed = (text: string): boolean => notPain(text.replace(NOT_PAIN_GLOBAL_RE, " "), true);
const NOT_PAIN_GLOBAL_RE = new RegExp(NOT_PAIN_RE.source, "giu");

/** A sentence on the deal: how it is bought, where it stands, what it is worth. */
export const talksDeal = (text: string): boolean => aboutTheDeal(text) || pickDealValue(text, {}) !== null;

// A wish that names no broken process is the partner's, not the prospect's need, when the writer
// wishes it ("we would like to register …", "je souhaite enregistrer …"): the wish follows the
// writer's pronoun within a word or two ("I have a lead who wants …" is the lead's wish).
const subjectRe = (parts: readonly string[]) =>
  new RegExp(String.raw`(?<![\p{L}])(?:${anyApostrophe(alternation(parts))})(?![\p{L}])`, "iu");
const WRITER_OPENS_RE = new RegExp(String.raw`^[\s"“(]*${subjectRe(CUES.writerSubject).source}`, "iu");
const OTHER_SUBJECT_RE = subjectRe(CUES.otherSubject);
const OTHER_OPENS_RE = new RegExp(String.raw`^[\s"“(]*${OTHER_SUBJECT_RE.source}`, "iu");
const WRITER_WISH_GAP = 2;
const writersWish = (text: string): boolean => {
  const opener = WRITER_OPENS_RE.exec(text);
  const wish = opener ? allMatches(text, WEAK_PAIN_RE)[0] : undefined;
  if (!opener || !wish || wish.index < opener[0].length) return false;
  const between = text.slice(opener[0].length, wish.index).trim();
  // "we hear they want …": the wish after someone else as the subject is theirs
  return between.split(/\s+/).filter(Boolean).length <= WRITER_WISH_GAP && !OTHER_SUBJECT_RE.test(between);
};
// a sentence on how the deal is bought or where it stands ("they'd buy it through their cloud
// marketplace", "a quote by Friday") stands in for no need
const aboutTheDeal = (text: string): boolean => detectMotion(text) !== null || detectStage(text) !== null;
const DEAL_DISCOUNT = 0.75;
const BESIDE_DISCOUNT = 0.25;
// A line cut from a wrapped sentence ("… want to buy the vendor through" above "Azure Marketplace,
// because …") is read on to the end of its clause, where the deal may be named.
const CLAUSE_REST_RE = /^[^,;.:!?]*/;
const toClauseEnd = (sentence: string, clause: string): string => {
  const at = sentence.indexOf(clause);
  return at < 0 ? clause : clause + CLAUSE_REST_RE.exec(sentence.slice(at + clause.length))![0];
};
// a sentence that gives contact details, a web address or a label's value ("Company: …") describes no need
const CONTACT_DETAIL_RE = /@|https?:\/\/|www\.|\+?\d[\d ()-]{7,}\d|^[^:\n]{0,40}:/;
// a phone number or an e-mail address in a clause: contact details
const CONTACT_LINE_RE = /[\p{L}\p{N}._%+-]@[\p{L}\p{N}-]+\.|\+?\d[\d ()-]{7,}\d/u;
// a bare web address opening or closing a sentence, set off in brackets or after a dash ("(acme.ie) for …",
// "Acme Ltd - acme.org") gives the prospect's details too; one further in ("a haulier (acme.ie) whose rounds
// …", "a booking site's offers") may be part of its need
const ADDRESS_SET_OFF_RE = /(?:[([]|\s[-–—])\s*$/u;
const OPENS_WITH_RE = /^[\s([]*$/u;
const CLOSES_WITH_RE = /^[\s)\].,;:!]*$/u;
const givesAddress = (text: string): boolean =>
  findUrls(text).some((u) => {
    const before = text.slice(0, u.index);
    const after = text.slice(u.index + u.value.length);
    return ADDRESS_SET_OFF_RE.test(before) && (OPENS_WITH_RE.test(before) || CLOSES_WITH_RE.test(after));
  });
// and one that only names the prospect ("Acme AS - acme.no") says nothing about it: words beyond the name
const FALLBACK_WORDS = 5;
const UNSPACED_DESCRIBES_LETTERS = 12;
const SIZE_ONLY_WORDS = 6;
const sizeOnly = (t: string): boolean =>
  /\p{Nd}/u.test(t) && t.split(/\s+/).length <= SIZE_ONLY_WORDS && needWeight(t) === 0;

/**
 * The sentence that best describes the prospect's problem, or null. A sentence that names the
 * prospect (`companyName`) is about the prospect: among those with a cue it is the one to take.
 */
export function findProblem(
  texts: string[],
  companyName: string | null = null,
  /** is the first text the partner's own (its "we" is the partner's), not the prospect's quoted mail? */
  partnerFirst = true,
  /** without a cue, may a sentence that only describes the prospect stand in for its need? */
  fallback = true,
): string | null {
  const read = readProblem(texts, companyName, partnerFirst);
  return read.told ?? (fallback ? read.described() : null);
}

/**
 * The texts read once for the prospect's problem: `told`, the sentence with the best cue (null when
 * none has one), and `described()`, the first sentence that only describes the prospect, judged on
 * demand (it runs the stage and motion detectors). For a caller that weighs a need told in one
 * text above a description in another without reading either twice.
 */
export function readProblem(
  texts: string[],
  companyName: string | null = null,
  partnerFirst = true,
  /** is a clause promising details later read too (is anything said about the deal), or left out (the need's value)? */
  asides = true,
): { told: string | null; described: () => string | null } {
  const key = companyName
    ? (fold(companyName)
        .split(/\s+/)
        .find((w) => w.length >= 4) ?? null)
    : null;
  let best: { text: string; score: number; next?: string } | null = null;
  // a sentence is asked again as a clause and when described (its consent scan is the cost)
  const notPainKept = new Map<string, boolean>();
  const notPainOf = (text: string, partners: boolean): boolean => {
    const key = `${partners ? 1 : 0}${text}`;
    let known = notPainKept.get(key);
    if (known === undefined) notPainKept.set(key, (known = notPain(text, partners)));
    return known;
  };
  // No sentence names a broken process or a wish: the first that describes the prospect stands in
  // for it. In the partner's text that is one whose subject is the prospect ("they", "the client",
  // its name); in the prospect's own mail one whose subject is the writer ("we", "wir", "nous").
  // Judged only when no sentence had a cue (it runs the stage and motion detectors).
  // (the prose right below a form of labelled lines is about the prospect the form names, whatever
  // its subject: "Tienen 4 lanchas …", "Kolme hinaajaa, …"; after-form.ts)
  const read: Array<{ text: string; prospectsOwn: boolean; afterForm: boolean }> = [];
  // (below the form only where no sentence has the prospect as its subject: "La maison, créée en
  // 1954, …" gives way to "Elle n'a aucun suivi …"; and the partner's own "we" there is
  // their part: "저희는 … 설치하고 …")
  const describes = (text: string, prospectsOwn: boolean, formOnly: boolean): boolean => {
    const t = text.trim();
    const afterForm = formOnly && (prospectsOwn || !WRITER_OPENS_RE.test(t));
    if (asksSomething(t) || CONTACT_DETAIL_RE.test(t) || givesAddress(t) || notPainOf(t, !prospectsOwn)) return false;
    // (nor one saying a detail is still to come: "the buyer's name is still to come")
    if (hasMatch(t, NO_WEBSITE_RE) || promisesDetails(t)) return false;
    const rest = companyName ? fold(t).replace(fold(companyName), " ") : fold(t);
    // (nor is an aside in brackets, "(no e-mail address yet)", nor the prospect's size alone: "A fleet of 19 boats.")
    if (afterForm && (t.startsWith("(") || sizeOnly(t))) return false;
    // (in a script without blanks between words, as many letters as five words hold)
    const unspaced = afterForm && UNSPACED_SCRIPT_RE.test(rest);
    if (
      unspaced
        ? rest.replace(NOT_LETTER_RE, "").length < UNSPACED_DESCRIBES_LETTERS
        : rest.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length < FALLBACK_WORDS
    )
      return false;
    const opens =
      afterForm ||
      (prospectsOwn
        ? WRITER_OPENS_RE.test(t)
        : OTHER_OPENS_RE.test(t) || (key !== null && fold(t.split(/\s+/).slice(0, 3).join(" ")).includes(key)));
    // a value ("we expect about 12k a year") is the deal's, not the prospect's need
    return opens && !talksDeal(t);
  };
  texts.forEach((text, k) => {
    // the partner's own text, where a request to register is no need
    const partners = k === 0 && partnerFirst;
    // a soft-wrapped line continues its sentence when the next line starts in lower case, unless
    // the writer starts no sentence with a capital ("hola equipo, …"): each line is then its own
    const { text: unwrapped, joins } = writesLowerCase(text) ? { text, joins: [] } : unwrap(text);
    const sentences = splitSentences(unwrapped);
    const belowForm = proseAfterForm(unwrapped);
    for (const [i, sentence] of sentences.entries()) {
      // "Quick registration: X is drowning in paper": the clause after a colon is judged on its own
      const clauses = [sentence.text, ...(sentence.text.includes(": ") ? sentence.text.split(/:\s+/).slice(1) : [])];
      // and each line joined into it, so a "demo on Monday" line below a pain line does not discount it
      const lines = linesOf(sentence, joins);
      clauses.push(...lines);
      // a run-on sentence (dictated, typed on a phone) strings its clauses with commas: each is judged
      // on its own, so "we set up a demo" in one does not discount "they want X" in another
      const cutShort = sentence.text.length > PROBLEM_LENGTH;
      if (sentence.text.length > RUN_ON) clauses.push(...sentence.text.split(/[,;]\s+/).filter((c) => c.length >= 20));
      // a sentence that also asks to register or names a meeting ("pls register Acme - they want X",
      // "they want X and are asking for a first meeting") may say the need in another clause
      const besides =
        sentence.text.length <= RUN_ON && notPainOf(sentence.text, partners)
          ? clausesOf(sentence.text).filter((c) => !notPainOf(c, partners))
          : [];
      clauses.push(...besides);
      const form = belowForm.find((f) => sentence.start >= f.from && sentence.start < f.to);
      read.push({
        text:
          form && form.valueAt > sentence.start
            ? unwrapped.slice(form.valueAt, sentence.start + sentence.text.length)
            : sentence.text,
        prospectsOwn: k > 0 || !partnerFirst,
        afterForm: !!form,
      });
      // a sentence that ends in a colon, lines joined into it (a line ending in one inside a sentence
      // that goes on says its need itself); one that names the prospect says it too ("Acme, three
      // shops, wants to link its orders to the lab:")
      const announces = announcesNext(sentence.text) && !(key !== null && fold(sentence.text).includes(key));
      // a line labelled with the product: its value alone is read (after the colon, among the clauses)
      const otherField = lines.length === 0 && labelsProduct(sentence.text);
      for (const text of clauses) {
        if (asksSomething(text) || announces || (otherField && text === sentence.text)) continue;
        // a clause saying a detail is still to come ("her e-mail tomorrow, I don't have it to hand")
        // is the partner's aside, not the need, whatever need word it holds (it still tells of a
        // lead handed over: `asides` keeps it for that question). Not where the clause calls it a
        // problem ("no website yet, which is the problem"), nor in a script without blanks or full
        // stops, where one clause may run through the whole note, the need with it.
        if (!asides && promisesDetails(text) && !PROBLEM_NOUN_RE.test(text) && !UNSPACED_SCRIPT_RE.test(text)) continue;
        const { strong, hits } = needHits(text);
        if (hits === 0) continue;
        if (strong === 0 && k === 0 && partnerFirst && writersWish(text)) continue;
        const about = key !== null && fold(sentence.text).includes(key) ? 0.5 : 0;
        const undiscounted = hits + about - (notPainOf(text, partners) ? 2.5 : 0) - k * 0.1;
        // a clause further into a run-on sentence too long to be kept whole, that scores as well as
        // the whole: the whole would be cut short before it
        const narrower =
          cutShort && best?.text === sentence.text && !sentence.text.trimStart().startsWith(text.trimStart());
        // the discount below only lowers a score: a clause that cannot win without it is not read again
        if (undiscounted <= 0 || (best && (narrower ? undiscounted < best.score : undiscounted <= best.score)))
          continue;
        // a sentence on how the deal is bought or where it stands ("they want to buy it through their
        // marketplace commit", "they want a quote by Friday") speaks of the deal more than of the need:
        // it yields to one as strong that does not (it may still hold the need: "want X, via AWS")
        // (a need said beside the registration yields to the same need said on its own)
        const score =
          undiscounted -
          (aboutTheDeal(lines.includes(text) ? toClauseEnd(sentence.text, text) : text) ? DEAL_DISCOUNT : 0) -
          (besides.includes(text) ? BESIDE_DISCOUNT : 0);
        if (score > 0 && (!best || score > best.score || (narrower && score === best.score)))
          best = { text, score, next: sentences[i + 1]?.text };
      }
    }
  });
  const found = best as { text: string; next?: string } | null;
  return {
    told: found
      ? tidyProblem(announcesOnly(found.text) && (found.next?.trim().length ?? 0) > 30 ? found.next! : found.text)
      : null,
    described: () => {
      const text = (
        read.find((r) => describes(r.text, r.prospectsOwn, false)) ??
        read.find((r) => r.afterForm && describes(r.text, r.prospectsOwn, true))
      )?.text;
      return text ? tidyProblem(text) : null;
    },
  };
}

/** A problem sentence as stored: one line, no bullet, at most PROBLEM_LENGTH characters. */
function tidyProblem(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[-–•*]\s*/, "")
    .slice(0, PROBLEM_LENGTH);
}

// a place: capitalised words, maybe joined by "am"/"upon"/"of" ("Frankfurt am Main", "Canton of Bern"),
// maybe "St." first, or "de"/"del"/"do"/"di" in Romance names ("Rio de Janeiro", "Costa del Sol"); any capital letter ("Île-de-France")
// an Irish county is written "Co. Cork" (IRISH_COUNTY: a legal form's "Co." before a place's name)
const PLACE = String.raw`(?:St\.\s+|Co\.[ \t]+)?\p{Lu}[\p{L}-]+(?:\s+(?:am|an der|im|upon|on|of|de|del|do|da|di|du|sur)\s+\p{Lu}[\p{L}-]+|\s+\p{Lu}[\p{L}-]+)?`;
// "Columbus, Ohio", "Kansas City, MO": a state after the city, unless a list of cities goes on
// (an Irish county is written "Co. Cork"; a bare "Co" is a company's legal form)
const STATE = String.raw`(?:,\s*(?:[A-Z]{2}(?![\p{L}.])|(?:Co\.\s+)?[A-ZÄÖÜ][\p{L}-]{2,}(?![\p{L}-]))(?!\s*(?:,|and|und|&)\s*[A-ZÄÖÜ]))?`;
// "Galicia y Asturias", "UK & Ireland", "Österreich und die Schweiz", "Бресте и Гродно", "Perak dan Kedah": places
// listed are one rollout (a word joiner stands apart: "Hostaly PMS" is no "Hostal y PMS")
const PLACES = String.raw`${PLACE}(?:(?:\s*[&+]|\s+(?:and|und|et|y|e|en|og|och|oraz|ve|dan|και|${AND_BEYOND_ASCII}))\s+(?:(?:the|die|la|le|el|het)\s+)?${PLACE})?`;
// "Tarnau (Oberland)", "Kilrush (Munster)", "Ranero (Castilla y León)": the region a town is
// in, written in brackets after it, belongs to the place (an aside that counts or comments is none)
const REGION_ASIDE = String.raw`(?:[ \t]*\(${PLACES}\)(?=[\s,.;:)]|$))?`;
// a compass word before the place belongs to it: "in north Cork", "im südlichen Tirol"
const COMPASS = String.raw`(?:(?:${CUES.compassWord.join("|")})\s+)?`;
// "die" is left out: German nouns follow it ("in die Ablage")
const ARTICLE = String.raw`(?:(?:dem|der|den|the|de|het|la|le|les|el|los|las|il|lo)\s+)`;
// a place's last word ends there: no letter goes on, nor a third capitalised word, nor a letter after a
// full stop (an abbreviation or a domain goes on: "TP.HCM" is no place "TP", "Acme.io" none "Acme")
// nor an organisation's form before its quoted name ("в ООО «Ромашка»", "bei der GmbH „Acme“")
const PLACE_END = String.raw`(?![\p{L}-]|[ \t]+\p{Lu}|\.\p{L}|[ \t]*[«„]|[ \t]+"\p{L})`;
const GEO_RE = new RegExp(
  // a third capitalised word makes it an organisation's name ("in Sri Lanka Ports Authority")
  // not after a number: "10am PT" is a time, "am" no preposition
  String.raw`(?<![\p{L}\p{N}])(?<!\d[ \t])(?:${CUES.placeBefore.join("|")})\s+${ARTICLE}?(${COMPASS}${PLACES}${PLACE_END}${STATE}${REGION_ASIDE})`,
  "gu",
);
// "dental surgeries across Norfolk and Suffolk", "i hela Dalarna": the region the prospect covers
// as a whole; in a sentence about the prospect it outranks the town the prospect is based in
// (AFTER_NAME's), since the partner names the prospect's reach so; an elided article joins the
// place without a blank ("dans toute l'Occitanie")
const COVER_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${CUES.coverBefore.join("|")})(?:\s+|(?<=['’]))${ARTICLE}?(${COMPASS}${PLACES}${PLACE_END}${STATE}${REGION_ASIDE})`,
  "gu",
);
const COVER_SCORE = 4.5;
// The prospect's size and then its place: "a 32-room hotel in Chiang Mai", "11 habitaciones en
// Bariloche", "3 usines à Lyon". A count of the prospect's own sites says where the prospect is,
// so it outranks a place named in passing.
const SIZE_PLACE_RE = new RegExp(
  // the count's noun in lower case ("32-room", "11 habitaciones"): "15 TEUR im Jahr" is an amount
  String.raw`(?<![\p{L}\p{N}])\d[\d.,]*(?:[ -]\p{Ll}[\p{L}-]*)(?:[ -]\p{L}[\p{L}-]*){0,3}?\s+(?:${CUES.sizePlaceBefore.join("|")})\s+${ARTICLE}?(${COMPASS}${PLACES}${PLACE_END}${STATE}${REGION_ASIDE})`,
  "gu",
);
// a line break inside a sentence ("Three properties in\nSouth Florida"): a full line of prose that
// ends in a lower-case word or a comma goes on, unless the next line is a label or a table row
const HARD_WRAP_RE = /(^[^\n\t|]{40,}[\p{Ll},])[ \t]*\n[ \t]*(?=\p{L})(?![^\n:]{1,40}:)(?=[^\n\t|]*$)/gmu;
// "for the UK & Ireland rollout", "para LATAM:": a place the registration is for, when a rollout word
// or a colon ends it ("for HR software", "Defender for Business." are none)
const FOR_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:${CUES.placeFor.join("|")})\s+${ARTICLE}?(${PLACES})(?=\s*:|\s+(?:${CUES.rolloutWord.join("|")})(?![\p{L}]))`,
  "gu",
);
// "a new lead from Chiang Mai", "an opportunity from Istanbul": the partner says where the lead is,
// as surely as a sentence naming the prospect does
const LEAD_FROM_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:${CUES.leadFrom.join("|")})\s+(${PLACES}${PLACE_END}${STATE}${REGION_ASIDE})`,
  // case-sensitive: the place is capitalised (with "i", \p{Lu} matches any letter)
  "gu",
);
const LEAD_FROM_SCORE = 3;
// a script without capitals (Arabic, Hebrew): the one word after the cue is the place ("عميل جديد من …")
const LEAD_FROM_CASELESS_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:${CUES.leadFrom.join("|")})\s+([\p{sc=Arabic}\p{sc=Hebrew}]{2,})(?![\p{L}\p{M}])`,
  "gu",
);
// "Konya'da 4 şube", "Konya'daki Acme Ltd.": one capitalised word with a locative ending after an
// apostrophe (the language's `placeSuffix`); a month or a day takes the same ending ("Mart'ta"),
// and so does a product the prospect works in ("X'te çalışıyorlar"): only before a count of the
// prospect's sites, or in the "…ki" form before a noun in a sentence naming the prospect
const SUFFIX_PLACE_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])(\p{Lu}\p{L}+)['’](${CUES.placeSuffix.join("|")})(?![\p{L}])`,
  "gu",
);
// "대구에 있는 꽃집…": a script without capitals marks the place with a particle after it (the
// language's `placeParticle`); read only where a line or a sentence opens with it (a province's
// two-letter short name may go before it: "경남 통영에"), as the partner introduces the lead
const PLACE_PARTICLE_RE = new RegExp(
  String.raw`(?:^|(?<=[.!?。][ \t]))[ \t]*(?:\p{L}{2}[ \t]+)?(\p{L}{2,})(?:${CUES.placeParticle.join("|")})(?![\p{L}])`,
  "gmu",
);
const PLACE_PARTICLE_SCORE = 2.5;
const DATE_WORD_RE = new RegExp(String.raw`^(?:${[...CUES.stage.month, ...CUES.stage.day].join("|")})$`, "iu");
// a count of the prospect's sites right after that place ("Bursa'da 3 depo")
const COUNT_AFTER_RE = /^[ \t]+\d/;
const SUFFIX_PLACE_SCORE = 2.5;
// "Region Oberösterreich", "zona Aragón", "Kanton Bern": a region word names the place after it
// the colon may stand apart, as French writes it ("Région : PACA")
const REGION_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:${CUES.regionWord.join("|")})(?:[ \t]*:[ \t]*|\s+)(${PLACE})`,
  "giu",
);
// "จังหวัดน่าน", "จ.น่าน": a region noun joined to the name in a script without blanks (`cues.regionWordGlued`);
// the place runs on to the next blank or mark
const GLUED_REGION_RE = new RegExp(String.raw`(?:${CUES.regionWordGlued.join("|")})[\p{sc=Thai}]{2,}`, "gu");
const ENDS_SENTENCE_RE = /[ \t]*(?:[.;]|\r?\n|$)/y;
const endsSentence = (text: string, at: number): boolean => {
  ENDS_SENTENCE_RE.lastIndex = at;
  return ENDS_SENTENCE_RE.test(text);
};
// the prospect's place written right after its name: "Acme AG, St. Gallen", "Acme B.V. (Rotterdam, …)",
// "Acme LLC - Kansas City, MO"; a US state or a region may follow the city
// A legal form may stand between the name and the place ("Ferm Tryk A/S (Vejle, …)")
// (any legal form, also after a comma: "Acme Health, Inc. - Chicago, IL", "Acme Pvt. Ltd., Pune")
const LEGAL_AFTER = String.raw`(?:,?[ \t]+${LEGAL_SUFFIX_SRC}(?![\p{L}\p{N}]))?`;
// its website may stand between the name and the place: "Acme (acme.org), Pittsburgh PA",
// "Acme Inc. - acme.com - Chicago, IL"
const WEB_NAME = String.raw`(?:https?:\/\/)?(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\/?`;
const WEB_AFTER = String.raw`(?:[ \t]*\(${WEB_NAME}\)|[ \t]+[-–—][ \t]+${WEB_NAME})?`;
// or a word saying where from ("Acme Ltda., de Caxias do Sul", "die Acme AG aus Bremen", "Acme Inc. out of Austin"),
// or a bare "in" right after the name ("Acme SA à Mons", "Acme, en Sevilla")
const FROM = String.raw`(?:${[...CUES.placeFrom, ...CUES.sizePlaceBefore].join("|")})`;
const AFTER_NAME = String.raw`^${LEGAL_AFTER}${WEB_AFTER}(?:\s*(?:,|\(|[-–—|])\s*(?:${FROM}\s+)?|[ \t]+${FROM}\s+)(${PLACE}${STATE}${REGION_ASIDE})\s*(?=[,)(|.;–—-]|$)`;
const AFTER_NAME_RE = new RegExp(AFTER_NAME, "mu");
/** The prospect's name without its legal form ("Acme Health, Inc." -> "Acme Health"), as the mail may write it otherwise. */
// (also when the name lost its legal form's final full stop: "Acme S.r.l" for "Acme S.r.l.")
const coreName = (name: string): string => {
  const core = name.replace(LEGAL_SUFFIX_RE, "");
  return (core !== name ? core : `${name}.`.replace(LEGAL_SUFFIX_RE, "")).replace(/[\s,.]+$/, "");
};
// a legal form opens no place ("Pty Ltd" read after "in"), nor do the forms' first words and bare
// abbreviations that stand apart in a name ("Pty", "Co", "LP", "KK")
// "Co. Donegal", "Co. Clare, Ireland": an Irish county, not the legal form "Co." (nor "Co. Ltd")
const IRISH_COUNTY_RE = new RegExp(String.raw`^Co\.[ \t]+(?!(?:${LEGAL_SUFFIX_SRC})(?![\p{L}\p{N}]))\p{Lu}\p{Ll}`, "u");
const LEGAL_FORM_RE = new RegExp(String.raw`^(?:${LEGAL_SUFFIX_SRC}|Pty|Pte|Pvt|Co|LP|KK)(?![\p{L}\p{N}])`, "u");
const NOT_GEO = new Set(
  (
    "word excel datev android iphone ipad ios windows sage sap teams zoom outlook google microsoft papierform kopie testversion zukunft " +
    "montag dienstag mittwoch donnerstag freitag samstag sonntag monday tuesday wednesday thursday friday saturday sunday " +
    "january february march april may june july august september october november december januar februar märz mai juni juli oktober dezember " +
    "telefon person summe ordnung bezug zusammenarbeit abstimmung rücksprache form pdf erp crm spring summer autumn winter q1 q2 q3 q4 " +
    // German nouns after "im/in/am" that are no places: "im Namen der …", "im Rahmen", "am Telefon"
    "jahr monat woche quartal namen auftrag rahmen sinne grunde falle übrigen allgemeinen moment vorfeld anschluss nachgang kalender cloud büro homeoffice einsatz gespräch haus " +
    // languages: "templates in Spanish, Catalan and English"
    "english spanish catalan french german italian portuguese dutch arabic chinese mandarin cantonese japanese turkish greek polish"
  ).split(" "),
);
const MONTHS = new Set(
  (
    "january february march april may june july august september october november december " +
    "januar februar märz mai juni juli oktober dezember"
  ).split(" "),
);
const TITLES = new Set("mr mrs ms dr herr frau mme mlle sr sra pan pani dhr mevr".split(" "));
// German abstract nouns and offices ("im Gemeindeamt") after "im/in" are no places
const NOT_PLACE_WORD_RE = /(?:ung|ungen|keit|heit|schaft|tion|rechnungen|ismus|form|amt)$/;
const TRAVEL_RE =
  /\b(?:messe|conference|summit|flight|flug|airport|angekommen|bahnstreik|urlaub|vacation|holiday|pub|beer garden|dinner|abendessen|wochenende|weekend|ausflug|trip|travel|gr(?:ü|ue)(?:ß|ss)e aus|greetings from)\b/i;
const ABOUT_PROSPECT_RE =
  /^\s*(?:they|they're|they are|it|it's|sie|es|er|ein|eine|die firma|das unternehmen|the company|their|ihr|ihre|the business|we're talking about)\b/i;

// The subject names a place and the text says the prospect is in it or from it ("Lead – Acme (Зарічин)" /
// "клуб у Зарічині", "ลีดใหม่ ทุ่งมะปราง" / "สตูดิโอที่ทุ่งมะปราง"): in a script without capitals, or where
// the place is inflected after "in", no word of the text says alone that it is a place. The subject's
// form is kept (its nominative); a word in Latin script is GEO_RE's.
const MENTION_WORD_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:${CUES.placeMention.word.join("|")})[ \t]+(?=\p{L})`,
  "gu",
);
const MENTION_GLUED_RE = new RegExp(String.raw`(?:${CUES.placeMention.glued.join("|")})$`, "u");
const SUBJECT_WORD_RE = /[\p{L}\p{M}]+/gu;
const LATIN_RE = /\p{Script=Latin}/u;
const CAPITALISED_RE = /^\p{Lu}/u;
const WORD_AT_RE = /^[\p{L}\p{M}]+/u;
// scripts written without blanks between words: the place runs on into the next word
const UNSPACED_RE = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const MENTION_GLUED_REACH = 8;
// in a script without blanks between words a blank parts phrases: the subject's place standing so in the
// text after a phrase on the same line ("ร้าน… เชียงราย ติดต่อ…"), or in brackets ("(เชียงราย)"), is
// named as a place there; one opening a line or a label's value ("ลูกค้า: เชียงราย …") opens a name.
// A subject's word opened by a noun for a kind of business (`cues.businessNounGlued`: "ร้าน…", a shop)
// is the prospect's name, no place
const APART_BEFORE_RE = /(?:[(（]|[\p{sc=Thai}"”»)）][ \t])$/u;
const BUSINESS_GLUED_RE = new RegExp(String.raw`^(?:${CUES.businessNounGlued.join("|")})`, "u");
// and after it the contact, the owner or the line's end (`cues.contactAfterPlace`): a word going on is more of the name
const APART_AFTER_RE = new RegExp(
  String.raw`^(?:[ \t]*(?:$|\n)|[)）]|[ \t]+(?:${CUES.contactAfterPlace.join("|")}))`,
  "u",
);
const standsApart = (text: string, at: number, run: string): boolean =>
  !BUSINESS_GLUED_RE.test(run) &&
  APART_BEFORE_RE.test(text.slice(Math.max(0, at - 2), at)) &&
  APART_AFTER_RE.test(text.slice(at + run.length, at + run.length + 30));
/** The subject's places the text puts the prospect in or from: `at` where the text names it, `form` as written there. */
function subjectPlacesMentioned(text: string, subject: string): { value: string; at: number; form: string }[] {
  // the words after a registering phrase ("تسجيل صفقة - …", "ลีดใหม่ …"): the phrase's own name no place
  const from = Math.max(0, ...registeringPhraseEnds(subject));
  const words = allMatches(subject, SUBJECT_WORD_RE).filter((w) => w.index >= from && !LATIN_RE.test(w[0]));
  // one word, or two parted by one blank ("תל אביב")
  const runs = words.flatMap((w, i) => {
    const next = words[i + 1];
    return next && subject.slice(w.index + w[0].length, next.index) === " " ? [`${w[0]} ${next[0]}`, w[0]] : [w[0]];
  });
  const ends = (run: string, at: number) =>
    UNSPACED_RE.test(run) || !WORD_AT_RE.test(text.slice(at + run.length, at + run.length + 1));
  const found: { value: string; at: number; form: string }[] = [];
  for (const run of runs)
    for (let at = text.indexOf(run); at >= 0; at = text.indexOf(run, at + 1))
      if (
        (MENTION_GLUED_RE.test(text.slice(Math.max(0, at - MENTION_GLUED_REACH), at)) && ends(run, at)) ||
        (UNSPACED_RE.test(run) && standsApart(text, at, run))
      )
        found.push({ value: run, at, form: run });
  for (const m of eachMatch(text, MENTION_WORD_RE)) {
    const at = m.index + m[0].length;
    const form = WORD_AT_RE.exec(text.slice(at, at + 40))![0];
    for (const run of runs) {
      // as the subject writes it, or one capitalised word with another ending ("Зарічині" for "Зарічин")
      const exact = text.startsWith(run, at) && ends(run, at);
      const inflected =
        !run.includes(" ") && CAPITALISED_RE.test(run) && CAPITALISED_RE.test(form) && inflectionOf(run, form);
      if (exact || inflected) found.push({ value: run, at, form });
    }
  }
  return found;
}

// A place written as a note of its own: a line or a sentence that holds nothing but a place ("Cebu,
// Philippines", "Latvia (Riga)", "… £2,900 a year. Wiltshire."). The partner names the
// prospect's region so. Capitalised words ("de", "del", "of" … may join them), then a second
// place after a comma, in brackets or after "&"/"and"/"/"; a lone place must end its sentence
// with a full stop ("Kyle" on a line of its own is the writer's name).
const PLACE_WORD = String.raw`\p{Lu}[\p{L}'’-]*`;
// words parted by blanks only: a tab parts a table's cells ("Customer<TAB>Acme Ltd")
const PLACE_RUN = String.raw`(?:Co\. +)?${PLACE_WORD}(?: +(?:(?:de|del|do|da|di|du|am|upon|on|of|sur) +)?${PLACE_WORD}){0,3}`;
const PLACE_ONLY_RE = new RegExp(
  String.raw`(?:^[ \t]*|(?<=\p{L}{3}[.!?]) +)(${PLACE_RUN}(?:, *${PLACE_RUN}\.?| *\(${PLACE_RUN}\)| *(?:&|and|\/) *${PLACE_RUN}|(?=\.)))\.?[ \t]*$`,
  "gmu",
);
const PLACE_ONLY_SCORE = 3;
// A place alone on its line in the partner's note on the prospect, right below the line with its
// address, phone or website ("Acme Ltda — acme.com.br" / "ana@acme.com.br | (48) 9955-2210" /
// "Santa Catarina"): a lone word is a place only there, where the lines above name the prospect
const LONE_PLACE_RE = new RegExp(String.raw`^[ \t]*(${PLACE_RUN}(?: *\/ *${PLACE_RUN})?)[ \t]*$`, "gmu");
const REACH_LINE_RE = /@|www\.|https?:|\d{3}[ .-]?\d{3}/;
const NOTE_BLOCK_LINES = 5;
/** The lines right above `at` up to a blank one, at most NOTE_BLOCK_LINES, nearest last. */
function blockAbove(text: string, at: number): string[] {
  const lines = text.slice(Math.max(0, at - 800), at).split("\n");
  lines.pop();
  const block: string[] = [];
  for (let i = lines.length - 1; i >= 0 && block.length < NOTE_BLOCK_LINES && lines[i]!.trim(); i--)
    block.unshift(lines[i]!);
  return block;
}
const SUBJECT_PLACE_SCORE = 3.25;
const BARE_CODE_RE = /^\p{Lu}{2,3}$/u;
// (the text has the vendor's names masked as "the vendor")
const CAPITALISED_WORD_BEFORE_RE = /(?:\p{Lu}[\p{L}\p{N}]*|the vendor)[ \t]$/u;
/** The vendor's product, named with or without the vendor's name: a vendor's word, or a word the
 * text writes as the end of a longer name ("Acme Ltd - Onboard" where the text writes "Vendorname Onboard"). */
function vendorProduct(value: string, text: string, vendorWords: readonly string[]): boolean {
  const v = fold(value);
  if (vendorWords.some((w) => fold(w).length >= 3 && (v.includes(fold(w)) || fold(w).includes(v)))) return true;
  for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1))
    if (CAPITALISED_WORD_BEFORE_RE.test(text.slice(Math.max(0, at - 40), at))) return true;
  return false;
}
// sign-off and greeting lines ("Thanks, Rhea", "Cheers, Tom") are no places, nor a sign-off cut
// short with a full stop ("Pozdr." for "pozdrawiam")
const SIGN_OFF_WORD_RE = new RegExp(
  String.raw`^(?:${[...Object.values(SIGN_OFFS), ...Object.values(GREETINGS_AND_SHORT_SIGN_OFFS)].flat().join("|")})(?![\p{L}])`,
  "iu",
);
const SIGN_OFF_WORDS = Object.values(SIGN_OFFS)
  .flat()
  .filter((w) => /^\p{L}+$/u.test(w));
const cutSignOff = (value: string): boolean =>
  /^\p{L}{3,}$/u.test(value) && SIGN_OFF_WORDS.some((w) => w.startsWith(value.toLowerCase()));
// A line at the start of a candidate goes on from the line before when that is a full line of
// hard-wrapped prose ending in a lower-case word or a comma ("… bij voorkeur in het Frans of" /
// "Nederlands."): no note of its own
const WRAPPED_BEFORE_RE = /[^\n]{60,}[\p{Ll},][ \t]*\n[ \t]*$/u;
// the lines just above a place in the partner's own signature name the partner ("Alliances Lead, Acme LLC" / "Austin, TX")
const SIGNATURE_ABOVE = 2;
// a legal form or a generic word of a firm's name says nothing of whose firm it is
const GENERIC_ORG_WORD_RE = new RegExp(
  String.raw`^(?:${LEGAL_SUFFIX_SRC}|group|groupe|gruppe|holding|solutions|services|systems|consulting|partners|limited)$`,
  "iu",
);

// a domain's name written in the text: not inside an address or a path ("info@acme", "/acme"); a
// legal form after the name is read by AFTER_NAME ("A/S" is no word of the name)
const NOT_IN_ADDRESS_BEFORE = /(?<![\p{L}\p{N}.@/-])/iuy;
const CAPITALISED_WORDS_RE = /(?:[ \t]+\p{Lu}[\p{L}.&-]*(?![\p{L}\p{N}/]))*/iuy;

/** Region or place the prospect is in, as written ("Lüneburg", "New England"), or null. */
export function findGeography(
  text: string,
  companyName: string | null,
  people: readonly string[] = [],
  domain: string | null = null,
  /** the partner's own names (person, organisation): a place right below them is their signature's */
  partnerNames: readonly string[] = [],
  /** the mail's subject: it may name the prospect with its place ("Acme Ltd (Porto)", "Acme - Pune") */
  subject = "",
  /** the vendor's names and products: the subject may name the product after the prospect instead */
  vendorWords: readonly string[] = [],
): string | null {
  const partner = partnerNames
    .flatMap((p) => fold(p).split(/[^\p{L}\p{N}]+/u))
    .filter((w) => w.length >= 4 && !GENERIC_ORG_WORD_RE.test(w));
  // "Acme Ltd - Jane Smith, CFO": the people named are no place
  const names = new Set(people.flatMap((p) => fold(p).split(/\s+/)).filter((w) => w.length >= 3));
  const company = companyName ? fold(companyName) : null;
  const key = companyName
    ? (fold(companyName)
        .split(/\s+/)
        .find((w) => w.length >= 4) ?? null)
    : null;
  let best: { value: string; score: number } | null = null;
  const nameRe = companyName ? new RegExp(escapeRegExp(companyName), "giu") : null;
  // a place found in a sentence: part of the prospect's name only where that name is written around it
  // ("Agro-Mazowsze Sp. z o.o. — projekt na całe Mazowsze" names Mazowsze as a place)
  const nameCovers = (sentence: string, at: number, length: number): boolean => {
    for (const n of nameRe ? eachMatch(sentence, nameRe) : [])
      if (n.index <= at && at + length <= n.index + n[0].length) return true;
    return false;
  };
  const inName = (sentence: string, m: RegExpExecArray): boolean =>
    nameCovers(sentence, m.index + m[0].lastIndexOf(m[1]!), m[1]!.length);
  const consider = (value: string, score: number, placed?: boolean) => {
    const words = fold(value).split(/[\s,]+/);
    // a month may end a place's name ("Chiang Mai"), it does not start one ("Mai 2026")
    const notGeo = (w: string, i: number) => NOT_GEO.has(w) && !(i > 0 && MONTHS.has(w));
    if (words.some((w, i) => notGeo(w, i) || NOT_PLACE_WORD_RE.test(w) || names.has(w) || TITLES.has(w))) return;
    // a product or company name written in camel case ("ClashPoint") is no place; "McAllen", "LaSalle" are
    if (/\p{Lu}\p{Ll}{3,}\p{Lu}/u.test(value) || (LEGAL_FORM_RE.test(value) && !IRISH_COUNTY_RE.test(value))) return;
    // part of the prospect's own name ("a project at Sri Venkatesa Hospital") is no place
    if (placed === undefined ? company && company.includes(fold(value)) : placed) return;
    if (!best || score > best.score) best = { value, score };
  };
  // the prospect's name, else its domain's name as a word of it ("Gemeinde Hallbrunn" for hallbrunn.gv.at)
  const label = domain?.split(".")[0] ?? "";
  // a hard-wrapped line may break the name anywhere between its words; the name is found without
  // its legal form, which AFTER_NAME reads however it is written ("Pvt Ltd" for "Pvt. Ltd.")
  const core = companyName ? coreName(companyName) : "";
  // built per call without a Unicode property class (text/regex.ts, boundedMatches): the boundary
  // before it and the capitalised words that go on from a domain's name are static patterns
  const anchor = companyName
    ? {
        core: escapeRegExp(core.length >= 4 ? core : companyName).replace(/ /g, String.raw`\s+`),
        before: NO_WORD_BEFORE,
        after: ANYWHERE,
      }
    : /^[\p{L}-]{4,30}$/u.test(label)
      ? { core: spelledAs(label), before: NOT_IN_ADDRESS_BEFORE, after: CAPITALISED_WORDS_RE }
      : null;
  if (anchor) {
    const name = new RegExp(anchor.core, "giu");
    for (const { end } of boundedMatches(text, name, anchor.before, anchor.after)) {
      const after = AFTER_NAME_RE.exec(text.slice(end, end + 90));
      if (after) consider(after[1]!, 4);
    }
    // the subject writes the prospect's place after its name as a note ("Acme Ltd (Porto)", "Acme -
    // Pune"): below a place after the name in the text or under a region word, above a place named
    // in passing; a word on the deal there ("Acme Ltd (Resale)") is none, nor a bare code ("Acme
    // (LA)"), which the text writes out when it names the place
    for (const { end } of boundedMatches(subject, name, anchor.before, anchor.after)) {
      const after = AFTER_NAME_RE.exec(subject.slice(end, end + 90));
      const value = after?.[1]!.trim();
      if (value && !BARE_CODE_RE.test(value) && !LABEL_WORDS.has(fold(value)) && !aboutTheDeal(value))
        if (!vendorProduct(value, text, vendorWords)) consider(value, SUBJECT_PLACE_SCORE);
    }
  }
  // the subject's place the text puts the prospect in: part of the prospect's name only where the
  // text's mention stands inside the name ("في القرنفلية" is a place, "نادي القرنفلية" is the name's)
  // (an inflected word that the prospect's name holds is the name's: "з Зорецвітом" for "Зорецвіт")
  for (const p of subjectPlacesMentioned(text, subject))
    consider(
      p.value,
      SUBJECT_PLACE_SCORE,
      nameCovers(text, p.at, p.form.length) || (p.form !== p.value && !!company?.includes(fold(p.value))),
    );
  // a region named as such is a place even when the prospect's name holds it ("PT Acme Indonesia")
  // a label inside a sentence may hold a place in lower case ("… PLN rocznie. Region: pomorskie."),
  // when the place ends the sentence: "region: north of the country" names none
  for (const m of eachMatch(text, REGION_RE))
    if (
      /^\p{Lu}/u.test(m[1]!) ||
      (m[0].includes(":") && !isPlaceholder(m[1]!) && endsSentence(text, m.index + m[0].length))
    )
      consider(m[1]!.trim(), 3.5, false);
  for (const m of eachMatch(text, GLUED_REGION_RE)) consider(m[0], 3.5, nameCovers(text, m.index, m[0].length));
  for (const s of splitSentences(text.replace(HARD_WRAP_RE, "$1 "))) {
    const mentions = key !== null && fold(s.text).includes(key);
    // chatter about a trip or a beer garden names other places, unless the sentence is about the prospect
    if (TRAVEL_RE.test(s.text) && !mentions) continue;
    const base = mentions ? 3 : ABOUT_PROSPECT_RE.test(s.text) ? 1 : 0.5;
    for (const re of [GEO_RE, FOR_RE])
      for (const m of allMatches(s.text, re))
        consider(m[1]!.trim(), re === FOR_RE ? base + 0.5 : base, inName(s.text, m));
    if (base >= 1) for (const m of allMatches(s.text, COVER_RE)) consider(m[1]!.trim(), COVER_SCORE, inName(s.text, m));
    // a place with a locative ending: before a count of the prospect's sites, or before a noun
    // ("…'deki") in a sentence naming the prospect
    for (const m of allMatches(s.text, SUFFIX_PLACE_RE)) {
      const counted = COUNT_AFTER_RE.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 8));
      if (DATE_WORD_RE.test(m[1]!) || !(counted || (mentions && m[2]!.endsWith("ki")))) continue;
      consider(m[1]!, mentions ? 3 : SUFFIX_PLACE_SCORE, inName(s.text, m));
    }
    if (/\d/.test(s.text))
      for (const m of allMatches(s.text, SIZE_PLACE_RE)) consider(m[1]!.trim(), Math.max(base, 2.5), inName(s.text, m));
  }
  // (the place may open the prospect's name, "a lead from Bali: Bali Surf Camp"; it is the name's only
  // if it makes up the whole name, "a lead from Acme Dental" for Acme Dental Ltd)
  // (nor is the partner's own firm: "oportunidade da Acme" where Acme registers it)
  for (const m of eachMatch(text, LEAD_FROM_RE)) {
    const value = m[1]!.trim();
    if (
      fold(value)
        .split(/[^\p{L}\p{N}]+/u)
        .some((w) => partner.includes(w))
    )
      continue;
    consider(value, LEAD_FROM_SCORE, !!company && (fold(value) === company || fold(value) === fold(core)));
  }
  for (const m of eachMatch(text, LEAD_FROM_CASELESS_RE)) consider(m[1]!, LEAD_FROM_SCORE, inName(text, m));
  // "… للحدادة في الرياض،": a place after "in" in a script without capitals, where the sentence gives it the prospect
  for (const p of caselessPlaces(text, companyName)) consider(p.value, p.score, nameCovers(text, p.at, p.value.length));
  // (a place the prospect's name holds too is one where it stands apart: "부산에 있는 …" for "부산도어락센터")
  for (const m of eachMatch(text, PLACE_PARTICLE_RE)) consider(m[1]!, PLACE_PARTICLE_SCORE, inName(text, m));
  // a lone place below the prospect's address or website, in a block of lines naming the prospect
  const namesProspect = (line: string) =>
    (!!company && fold(line).includes(fold(core || company))) || (label.length >= 4 && fold(line).includes(label));
  if (company || label.length >= 4)
    for (const m of eachMatch(text, LONE_PLACE_RE)) {
      const value = m[1]!.trim();
      const block = blockAbove(text, m.index + m[0].indexOf(m[1]!));
      const last = block[block.length - 1];
      if (!last || !REACH_LINE_RE.test(last) || !block.some(namesProspect)) continue;
      // a sign-off ("Cheers", "Saludos") or a greeting is no place, nor anything below one
      const signOff = (l: string) => SIGN_OFF_WORD_RE.test(l.trim()) || cutSignOff(l.trim());
      if (value.replace(/[^\p{L}]/gu, "").length < 4 || signOff(value) || block.some(signOff)) continue;
      const words = fold(value).split(/[^\p{L}\p{N}]+/u);
      if (partner.some((w) => words.includes(w)) || looksLikeRole(value) || LABEL_WORDS.has(fold(value))) continue;
      if (aboutTheDeal(value) || detectConsent(value) !== null) continue;
      consider(value, PLACE_ONLY_SCORE);
    }
  for (const m of eachMatch(text, PLACE_ONLY_RE)) {
    const value = m[1]!.replace(/\.$/, "").trim();
    const before = text.slice(Math.max(0, m.index - 400), m.index);
    if (WRAPPED_BEFORE_RE.test(before) || cutSignOff(value)) continue;
    // a job title ("Sales Lead, Acme LLC") is no place either
    if (looksLikeRole(value.split(",")[0]!)) continue;
    // the lines above (not the sentence before it on its own line), and the place's own words
    const lines = before.split("\n");
    const above = new Set(fold(`${lines.slice(-SIGNATURE_ABOVE - 1, -1).join(" ")} ${value}`).split(/[^\p{L}\p{N}]+/u));
    if (partner.some((w) => above.has(w))) continue;
    // nor are a label word or a word on the deal ("Referral.", "Resale.", "Yes.")
    if (SIGN_OFF_WORD_RE.test(value) || LABEL_WORDS.has(fold(value)) || aboutTheDeal(value)) continue;
    if (detectConsent(value) !== null) continue;
    consider(value, PLACE_ONLY_SCORE);
  }
  return (best as { value: string } | null)?.value ?? null;
}

// A labelled place's sentence ends at a full stop after a word (not an abbreviation's: "Co. Down",
// "St. Gallen") or a bracket, where a sentence in lower-case words follows ("Region: Scotland. Euan
// has agreed to a call.").
const FULL_STOP_RE = /(?<=\p{L}{3}|\))\.\s+(?=\p{Lu})/u;
const LOWER_WORD_RE = /(?<![\p{L}])\p{Ll}{2,}/gu;
// an aside that names a place ("UK (North West)", "Québec (Montréal et Laval)") is part of it; one
// that counts or comments ("Leeds and York (2 sites, 300 staff)", "São Paulo (zona sul)") is not;
// CJK forms write the brackets full width: a place in a script without capitals is kept when no
// count is in it ("関西（大阪・京都）"), a count is not ("大阪府（3拠点）")
const ASIDE_RE = /\s*[(（]([^()（）]*)[)）]\s*$/u;

// A signature line's parts, as a separator parts them ("Acme Ltd | Porto", "acme.pt · +351 …"): a
// web or mail address or a phone number is no place, nor the part naming the prospect
const SIGNATURE_PART_RE = /([ \t]+[|·•–—-][ \t]+)/u;
// what opens the rest of the name's line after the name: a comma or a separator ("Acme OOO, Kazan")
const AFTER_NAME_MARK_RE = /^[ \t]*(?:,|[|·•–—-](?=[ \t]))[ \t]*/u;
const WEB_PART_RE = /^(?:https?:\/\/)?(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\/?$/u;
const reachPart = (part: string): boolean => REACH_LINE_RE.test(part) || WEB_PART_RE.test(part.trim());
// the place the parts left hold: "Utrecht", "Cebu, Philippines", "Salinas – MG", "Faenza (RA)"
const SIGNATURE_PLACE_PARTS_RE = new RegExp(
  String.raw`^(${PLACE_RUN}(?:(?:, *| *\/ *| +[–—-] +)${PLACE_RUN})?(?: *\(${PLACE_RUN}\))?)$`,
  "u",
);
const SIGNATURE_BELOW = 3;

/** The place among a signature line's parts once its addresses, phone numbers and the prospect's name are set apart. */
function placeInLine(line: string, core: string): string | null {
  // the parts and, between them, the separators as written
  const pieces = line.trim().split(SIGNATURE_PART_RE);
  const kept = pieces
    .map((p, i) => ({ p: p.trim(), i }))
    .filter(({ p, i }) => i % 2 === 0 && p && !reachPart(p) && !fold(p).includes(core));
  if (!kept.length) return null;
  const first = kept[0]!.i;
  const last = kept[kept.length - 1]!.i;
  // parts side by side keep their separator ("Salinas - MG"); parts apart are joined by a dash
  const joined =
    last - first === 2 * (kept.length - 1)
      ? pieces
          .slice(first, last + 1)
          .join("")
          .trim()
      : kept.map(({ p }) => p).join(" – ");
  return SIGNATURE_PLACE_PARTS_RE.exec(joined)?.[1]?.trim() ?? null;
}

/**
 * The prospect's place in its own signature (a forwarded mail's): after its name on the same line
 * ("Acme Ltd | Porto", "Acme B.V. – Gouda (Zuid-Holland)"), or on a line of the few right below it,
 * once the addresses and phone numbers there are set apart ("Acme Ltd" / "acme.pt" / "Braga",
 * "acme.com | Austin, TX"). A street address is passed over: its town is not always the region
 * the partner means.
 */
export function placeBelowName(signature: string, companyName: string | null): string | null {
  if (!companyName) return null;
  const core = fold(coreName(companyName));
  if (core.length < 4) return null;
  const lines = signature.split("\n");
  const at = lines.findIndex((l) => fold(l).includes(core));
  if (at < 0) return null;
  // on the line the name opens, what stands after the name, behind a comma or a separator (a line
  // opened by a role holds the name as part of something longer: "Rector, Parish of X, Y")
  const line = lines[at]!.trim();
  const rest = line.startsWith(companyName) ? line.slice(companyName.length) : "";
  let value = AFTER_NAME_MARK_RE.test(rest) ? placeInLine(rest.replace(AFTER_NAME_MARK_RE, ""), core) : null;
  for (let i = at + 1; !value && i <= at + SIGNATURE_BELOW && i < lines.length && lines[i]!.trim(); i++) {
    value = placeInLine(lines[i]!, core);
    // a line of addresses and numbers only is passed over; any other line ends the search
    if (!value && !lines[i]!.split(SIGNATURE_PART_RE).every((p, k) => k % 2 === 1 || reachPart(p))) break;
  }
  if (!value || core.includes(fold(value)) || LEGAL_FORM_RE.test(value) || looksLikeRole(value)) return null;
  const words = fold(value).split(/[^\p{L}\p{N}]+/u);
  return words.some((w) => NOT_GEO.has(w) || LABEL_WORDS.has(w)) ? null : value;
}

/** The place a region label holds, without the sentence written after it on its line or a comment in brackets. */
export function labelledPlace(value: string): string {
  let v = value.trim();
  const stop = FULL_STOP_RE.exec(v);
  if (stop && (v.slice(stop.index).match(LOWER_WORD_RE) ?? []).length >= 2) v = v.slice(0, stop.index);
  v = v.replace(ASIDE_RE, (aside, inner: string) =>
    /^(?:\p{Lu}|\p{Lo})/u.test(inner) && !/\d/.test(inner) ? aside : "",
  );
  return v.replace(/(?<=\p{L}{4})\.$/u, "").trim();
}

// Letters a domain's name folds to from the written name: "sondergaard-mobler" is "Søndergaard Møbler".
const FOLDS: Record<string, string> = {
  a: "aáàâäãå",
  c: "cç",
  e: "eéèêë",
  i: "iíìîï",
  n: "nñń",
  o: "oóòôöõø",
  u: "uúùûü",
  s: "sśš",
  z: "zżźž",
  l: "lł",
};
/** A pattern for the written name a domain's name spells ("garagedesmet" finds "Garage De Smet"). */
function spelledAs(label: string): string {
  return [...label.replace(/-/g, "")].map((ch) => `[${FOLDS[ch] ?? ch}]`).join(String.raw`[ \t'’.&-]?`);
}
