// Has the prospect agreed to be contacted by the vendor directly? true / false / null (not said).
//
// Evidence, strongest first: a labelled answer ("Consent: yes", "Zgoda na kontakt: tak",
// "Samtykke: Kunden har ikke gitt samtykke ennå"), then prose: a prohibition ("please don't reach
// out before I introduce you") or a permission ("she's happy for you to call"); a negated
// permission ("hasn't agreed yet", "n'a pas encore donné son accord") counts as a refusal.
// Within prose a prohibition wins over a permission, because contacting too early is the costly
// mistake. Labelled answers that disagree with each other, or with the prose, give null: the
// partner is asked rather than a guess stored. A permission in a sign-off about questions ("feel
// free to call me with any questions") is about the partner, not the prospect, and is ignored.
//
// The phrases are data: services/parser/lang/* (`cues.consent`, `yes`, `no`, `labels.consent`).
import { CUES } from "../lang/cues.ts";
import { LANGUAGES } from "../lang/index.ts";
import {
  alternation,
  clauseAfter,
  CONDITIONAL,
  cueRegex,
  eachHit,
  hits,
  isNegated,
  negatedBefore,
  sentenceAround,
  type CueHit,
} from "./cues.ts";
import { allMatches } from "../text/regex.ts";

const YES = alternation(CUES.yes);
const NO = alternation(CUES.no);
// an answer ends at a non-letter that is not a slash ("n/a" is no answer)
const ANSWER = String.raw`(?<answer>${NO}|${YES})(?![\p{L}\/])`;
const YES_RE = new RegExp(`^(?:${YES})$`, "iu");

const CONSENT_LABELS = alternation([
  ...new Set(Object.values(LANGUAGES).flatMap((l) => l.consent ?? [])),
  String.raw`(?:ok|okay|permission|allowed) to (?:contact|reach out|call)`,
  String.raw`freigabe zur kontaktaufnahme`,
  String.raw`kontaktaufnahme erlaubt`,
  String.raw`direkte[rn]? (?:kontakt(?:aufnahme)?|ansprache)`,
  String.raw`(?:kontakt|contact) (?:erlaubt|allowed|permitted|ok)`,
]);
/** "Consent: yes", "Einverständnis zur Kontaktaufnahme Nein", "Consenso al contatto: sì", "同意联系：否". */
const LABELLED = new RegExp(
  String.raw`(?<![\p{L}])(?:${CONSENT_LABELS})(?:\s+(?:durch|by|von|from|via|til|till|to|na|al|au|à|para|per|zur|für die|for|zum)\s+[\p{L}-]+)?` +
    String.raw`(?:\s+(?:to|zur|für die|for|zum)\s+(?:contact|kontaktaufnahme|kontakt|direct contact|outreach|reach out))?\s*[?？]?\s*(?:[:=：–-]\s*|\s+)${ANSWER}`,
  "giu",
);
/** Any label line about contact and whether it is allowed ("Contact by vendor allowed: yes", "Direktkontakt OK? nein"). */
const LINE_LABELLED = new RegExp(
  String.raw`^[ \t]*(?=[^:=?\n]{0,60}(?:kontakt|contact|outreach|ansprache|anruf|reach out))(?=[^:=?\n]{0,60}(?<![\p{L}])(?:allowed|permitted|erlaubt|ok|okay|direct|direkte[rn]?|durch|by|may|darf|dürfen|permission|consent|accord|acordul|autoriz\p{L}*|consentimento|consentement|consenso)(?![\p{L}]))[^:=?\n]{2,60}[?]?[ \t]*[:=][ \t]*${ANSWER}`,
  "gimu",
);
/** A labelled value on its own ("Yes – she expects your call", "Nein, erst nach Rücksprache"); the answer
 * stands alone, so a terse note opening "no budget yet" is no answer. */
const BARE_ANSWER = new RegExp(
  String.raw`^\s*(?:(?:the\s+)?(?:customer|client|prospect|contact|kunde|kundin|endkunde)\s+(?:has\s+|hat\s+)?)?${ANSWER}(?=\s*(?:$|[,.;:!()–—-]))`,
  "iu",
);

/** A labelled value whose answer closes it ("Consent: she asked for the proposal, so yes"): the reason
 * comes first, the answer last, after a comma, dash or "so". */
const CLOSING_ANSWER = new RegExp(
  String.raw`(?:[,;–—-]|(?<![\p{L}])(?:so|thus|hence|therefore|daher|also|donc|dus|así que|quindi|então))\s*${ANSWER}\s*[.!]?\s*$`,
  "iu",
);

const PROHIBITION = cueRegex(CUES.consent.prohibition);
const PERMISSION = cueRegex(CUES.consent.permission);
// an agreeing verb and a word of being contacted in one sentence (`cues.consent.agreeWord`,
// `contactWord`), in either order: "S kontaktováním souhlasí", "souhlasil, abyste ho kontaktovali"
const AGREE = cueRegex(CUES.consent.agreeWord);
const CONTACT_WORD = cueRegex(CUES.consent.contactWord);
/**
 * A line's label head ("Съгласие за контакт:", "Consent to contact?:", "同意联系："): its words up
 * to the colon, no sentence's end or comma among them. A consent label's own words ("Согласие на
 * контакт") read like a sentence of agreement; its answer decides, not they.
 */
const LABEL_HEAD = /^[ \t]*(?:[-*•][ \t]*)?[^\n:=.!?;,。！？：]{2,60}?[?？]?[ \t]*[:=：]/gmu;
const KNOWN_HEAD = new RegExp(String.raw`^[ \t]*(?:[-*•][ \t]*)?(?:${CONSENT_LABELS})[ \t]*[?？]?[ \t]*[:=：]$`, "iu");
const ANSWER_AT = new RegExp(String.raw`^[ \t]*${ANSWER}`, "iu");

/** The label heads of `text` that name consent: a known consent label, or an agreeing word and a
 * word of being contacted in one head answered yes or no ("Согласие клиента на звонок: нет"); a
 * sentence that ends in a colon before what it announces ("she agreed to pass on her contact:") is none. */
function consentHeads(text: string): CueHit[] {
  if (!/[:=：]/.test(text)) return [];
  return hits(text, LABEL_HEAD).filter(
    (h) =>
      KNOWN_HEAD.test(h.text) ||
      (!eachHit(h.text, AGREE).next().done &&
        !eachHit(h.text, CONTACT_WORD).next().done &&
        answerAfter(text, h) !== undefined),
  );
}
/** The yes or no right after a label head, on its line. */
const answerAfter = (text: string, h: CueHit): string | undefined =>
  ANSWER_AT.exec(text.slice(h.end, h.end + 40))?.groups?.answer;
const inside = (heads: readonly CueHit[], h: CueHit) => heads.some((x) => x.index <= h.index && h.end <= x.end);

/** A cue with no "if"/"unless" just before it. */
function unconditional(text: string, h: CueHit): boolean {
  return !CONDITIONAL.test(text.slice(Math.max(0, h.index - 20), h.index));
}

/** The agreeing verbs that have a word of being contacted in their sentence, not negated nor conditional
 * nor a consent label's own words (`heads`). */
function agreedToContact(text: string, heads: () => readonly CueHit[]): CueHit[] {
  return hits(text, AGREE).filter(
    (h) =>
      !eachHit(sentenceAround(text, h), CONTACT_WORD).next().done &&
      !isNegated(text, h) &&
      unconditional(text, h) &&
      !inside(heads(), h),
  );
}

/** "… if you have any questions": a sign-off, about the partner */
const SIGN_OFF =
  /(?<![\p{L}])(?:questions?|fragen|vragen|preguntas|domand[ae]|chiarimenti|chiarimento|dúvidas|pytania|frågor|spørgsmål|spørsmål)(?![\p{L}])/iu;

/** A label's words in a sentence rather than before a colon ("heeft nog geen
 * toestemming gegeven"): negated there, it is no labelled answer but prose, read as such. */
const LABEL_SEPARATOR = /[:=：–]/;
const negatedProse = (text: string, index: number, match: string): boolean =>
  !LABEL_SEPARATOR.test(match) && negatedBefore(text, index);
/** `text` with each of `matches` (in order, not overlapping) written as one blank. */
function blankedOut(text: string, matches: readonly RegExpExecArray[]): string {
  let out = "";
  let at = 0;
  for (const m of matches) {
    out += `${text.slice(at, m.index)} `;
    at = m.index + m[0].length;
  }
  return out + text.slice(at);
}

/** true: prospect agreed to direct contact; false: not (yet); null: the text does not say, or says both.
 * `labelled`: the text is a consent label's value, which may close with its answer. */
export function detectConsent(text: string, { labelled = false } = {}): boolean | null {
  const byLabel = allMatches(text, LABELLED).filter((m) => !negatedProse(text, m.index, m[0]));
  const byLine = allMatches(text, LINE_LABELLED);
  const labelledAtAll = byLabel.length + byLine.length > 0;
  // a label head the tables do not list, holding an agreeing word and a word of contact, answered ("Согласие клиента на звонок: нет")
  const byHead = labelledAtAll ? [] : consentHeads(text);
  const headAnswers = byHead.flatMap((h) => answerAfter(text, h) ?? []);
  const answered = [...[...byLabel, ...byLine].map((m) => m.groups?.answer ?? ""), ...headAnswers];
  const bare =
    text.length < 120
      ? (BARE_ANSWER.exec(text) ?? (labelled ? CLOSING_ANSWER.exec(text) : null))?.groups?.answer
      : undefined;
  const answers = [...new Set([...answered, ...(bare ? [bare] : [])].map((a) => YES_RE.test(a.trim())))];
  // the label itself ("Okay to contact?: no") is the question, not evidence: judge the rest
  // (the labels found are blanked where they stand: the text is not searched for them again)
  const withoutLabels = blankedOut(text, byLabel);
  // (the unlabelled text's consent heads are those just found: not searched for again)
  const prose = labelledAtAll ? proseConsent(withoutLabels.replace(LINE_LABELLED, " ")) : proseConsent(text, byHead);
  if (answers.length > 1) return null;
  if (answers.length === 1) return prose !== null && prose !== answers[0] ? null : answers[0]!;
  return prose;
}

/** `knownHeads`: the consent heads of `text` when the caller has found them already. */
function proseConsent(text: string, knownHeads?: CueHit[]): boolean | null {
  // the first prohibition that is not conditional decides: the rest of the text is not scanned
  if (!eachHit(text, PROHIBITION, (h) => unconditional(text, h)).next().done) return false;
  // a consent label's own words are no permission ("同意联系：待定"): found once, when first asked
  let found = knownHeads;
  const heads = () => (found ??= consentHeads(text));
  const permissions = hits(text, PERMISSION).filter(
    (h) => !SIGN_OFF.test(clauseAfter(text, h.end, 60)) && !inside(heads(), h),
  );
  if (permissions.some((h) => isNegated(text, h))) return false;
  return permissions.length > 0 || agreedToContact(text, heads).length > 0 ? true : null;
}
