// Fields read from free prose when no label gives them: the prospect's problem and region. Pure.
import { CUES } from "../lang/cues.ts";
import { fold, splitSentences } from "./text-utils.ts";

// Strong cues describe the broken process itself (weight 2); weak ones only say a wish or a
// volume (weight 1), so "she wants a proper evaluation" loses to "mostly by hand". Per language
// in services/parser/lang (`cues.problem`).
const cueRe = (sources: readonly string[]) =>
  new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${sources.join("|")})(?![\p{L}\p{N}])`, "giu");
const PAIN_RE = cueRe(CUES.problem.strong);
const WEAK_PAIN_RE = cueRe(CUES.problem.weak);
const NOT_PAIN_RE =
  /\b(?:register\w*|registrier\w*|deal registration|consent|einverstanden|contact(?:ed)? (?:her|him|them)|kontaktier|demo|call|termin|budget|meeting|flight|conference|messe)\b/i;

/** The sentence that best describes the prospect's problem, or null. */
export function findProblem(texts: string[]): string | null {
  let best: { text: string; score: number } | null = null;
  texts.forEach((text, k) => {
    // a soft-wrapped line continues its sentence when the next line starts in lower case
    const unwrapped = text.replace(/([^\n.!?:])[ \t]*\n[ \t]*(?=\p{Ll})/gu, "$1 ");
    for (const sentence of splitSentences(unwrapped)) {
      // "Quick registration: X is drowning in paper": the clause after a colon is judged on its own
      const clauses = [sentence.text, ...(sentence.text.includes(": ") ? sentence.text.split(/:\s+/).slice(1) : [])];
      for (const text of clauses) {
        const hits = 2 * (text.match(PAIN_RE) ?? []).length + (text.match(WEAK_PAIN_RE) ?? []).length;
        if (hits === 0) continue;
        const score = hits - (NOT_PAIN_RE.test(text) ? 2.5 : 0) - k * 0.1;
        if (score > 0 && (!best || score > best.score)) best = { text, score };
      }
    }
  });
  const pick = (best as { text: string } | null)?.text;
  return pick
    ? pick
        .replace(/\s+/g, " ")
        .trim()
        .replace(/^[-–•*]\s*/, "")
        .slice(0, 240)
    : null;
}

const GEO_RE =
  /\b(?:in|im|aus|am|around|across(?: the)?|along the|throughout|based in|headquartered in|mit sitz in|located in)\s+(?:(?:dem|der|den|the)\s+)?((?:[A-ZÄÖÜ][\p{L}-]+)(?:\s+(?:am|an der|im|upon|on)\s+[A-ZÄÖÜ][\p{L}-]+|\s+[A-ZÄÖÜ][\p{L}-]+)?)/gu;
const NOT_GEO = new Set(
  (
    "word excel datev sage sap teams zoom outlook google microsoft papierform kopie testversion zukunft " +
    "montag dienstag mittwoch donnerstag freitag samstag sonntag monday tuesday wednesday thursday friday saturday sunday " +
    "january february march april may june july august september october november december januar februar märz mai juni juli oktober dezember " +
    "telefon person summe ordnung bezug zusammenarbeit abstimmung rücksprache form pdf erp crm spring summer autumn winter q1 q2 q3 q4 " +
    // German nouns after "im/in/am" that are no places: "im Namen der …", "im Rahmen", "am Telefon"
    "namen auftrag rahmen sinne grunde falle übrigen allgemeinen moment vorfeld anschluss nachgang kalender cloud büro homeoffice einsatz gespräch haus"
  ).split(" "),
);
const TRAVEL_RE =
  /\b(?:messe|conference|summit|flight|flug|airport|angekommen|bahnstreik|urlaub|vacation|holiday|pub|beer garden|dinner|abendessen|wochenende|weekend|ausflug|trip|travel|gr(?:ü|ue)(?:ß|ss)e aus|greetings from)\b/i;
const ABOUT_PROSPECT_RE =
  /^\s*(?:they|they're|they are|it|it's|sie|es|er|ein|eine|die firma|das unternehmen|the company|their|ihr|ihre|the business|we're talking about)\b/i;

/** Region or place the prospect is in, as written ("Lüneburg", "New England"), or null. */
export function findGeography(text: string, companyName: string | null): string | null {
  const key = companyName
    ? (fold(companyName)
        .split(/\s+/)
        .find((w) => w.length >= 4) ?? null)
    : null;
  let best: { value: string; score: number } | null = null;
  for (const s of splitSentences(text)) {
    const mentions = key !== null && fold(s.text).includes(key);
    // chatter about a trip or a beer garden names other places, unless the sentence is about the prospect
    if (TRAVEL_RE.test(s.text) && !mentions) continue;
    const base = mentions ? 3 : ABOUT_PROSPECT_RE.test(s.text) ? 1 : 0.5;
    for (const m of s.text.matchAll(GEO_RE)) {
      const value = m[1]!.trim();
      const words = fold(value).split(/\s+/);
      if (words.some((w) => NOT_GEO.has(w) || /(?:ung|ungen|keit|heit|schaft|tion|rechnungen|ismus|form)$/.test(w)))
        continue;
      if (key && fold(value).includes(key)) continue;
      if (!best || base > best.score) best = { value, score: base };
    }
  }
  return (best as { value: string } | null)?.value ?? null;
}
