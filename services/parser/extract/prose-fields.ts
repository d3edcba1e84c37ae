// Fields read from free prose when no label gives them: the prospect's problem and region. Pure.
import { fold, splitSentences } from "./text-utils.ts";
import { allMatches } from "../text/regex.ts";

// Strong cues describe the broken process itself (weight 2); weak ones only say a wish or a
// volume (weight 1), so "she wants a proper evaluation" loses to "mostly by hand".
const PAIN_RE =
  /(?<![\p{L}\p{N}])(?:manual(?:ly)?|by hand|paper|papier\w*|spreadsheets?|excel|re-?key\w*|keys every|key(?:s|ed|ing)? (?:them|it|everything|each|every|all|invoices|bills|\w+ invoices) (?:in|into)|chas(?:e|es|ed|ing)|late[- ]paying|late payments|drowning|buried|headache|struggl\w*|a mess|all over the place|can'?t keep up|bottleneck|manuell\w*|von hand|händisch|überblick|ertrinkt|getrennt\w*|disconnected|two systems|umlaufmappe|laufzettel|hauspost|in word|by post|by courier|courier|per post|per kurier|re-?typ\w*|abtipp\w*|tipp(?:t|en) (?:\w+ ){0,3}ab|approved by email|approvals? run through|per e-?mail|mahnungen|ablösen|digital erfassen|papierform|invoices? (?:arrive|come)|rechnungen kommen|rechnungen werden|stapeln sich|stapel|piles? of|stacks? of|(?:lose|lost|losing|verlier\w*) (?:a |eine |several |mehrere |\d+ )?(?:week|weeks|days?|hours?|woche|wochen|tage?|stunden)|in (?:whatever|any|every) format|in jedem format|(?:no|keine[nm]?) (?:overview|visibility|transparenz)|separat erfasst|separately|fehleranfällig|error-prone|pain|problem|issue|challenge|herausforderung|aufwand|ransomware|phishing|compromis\w*|breach\w*|vulnerabilit\w*|skimming|whatsapp|group chat|stempel\w*|über den schreibtisch|zettel\w*|shared inbox|one person|eine person|sammelpostfach|in a folder|in einer mappe|(?:go|goes|going|wander\w*|circulat\w*|kursier\w*)\s+(?:around|round|herum))(?![\p{L}\p{N}])/giu;
const WEAK_PAIN_RE =
  /(?<![\p{L}\p{N}])(?:consolidate|automatisier\w*|automate\w*|scan\w*|slow|langsam|delays?|wants?|needs?|looking for|requires?|suchen|sucht|brauch\w*|benötig\w*|insurer|audit|freigabe\w*|freigegeben|approv\w*|\d[\d.,]*\s*(?:invoices|bills|rechnungen|eingangsrechnungen|belege) (?:a|per|im|pro|each|every) (?:month|monat|year|jahr|week|woche))(?![\p{L}\p{N}])/giu;
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
    for (const m of allMatches(s.text, GEO_RE)) {
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
