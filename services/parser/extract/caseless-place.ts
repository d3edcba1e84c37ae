// A place in a script without capitals (Arabic), after the language's "in" (`cues.caselessPlace.in`:
// "في"). No word there says by its shape that it is a place, and "in" opens as many other things ("في
// المعرض", at the fair; "في السنة", a year), so a place is read only where the sentence says whose
// place it is and the place ends its clause (a comma, a full stop, a colon, a bracket, the line's end,
// or "و" before a number, follows):
// - right after the prospect's name ("ورشة النور للحدادة في الرياض،"),
// - after a count of the prospect's sites (`siteNoun`: "١٢ فرعاً في طنطا والمنصورة"),
// - after the partner's word for the client (`client`: "عميل جديد في الدمام:", "العميل في جدة."),
// - after a business's kind and up to four words of its name (`businessNoun`: "ورشة الريم للنجارة في أبها (").
// Pure.
import { CUES } from "../lang/cues.ts";
import { fold } from "./text-utils.ts";
import { eachMatch } from "../text/regex.ts";

// one word of the script, its marks (shadda, tanween: Script_Extensions, not Script) with it
const WORD = String.raw`[\p{scx=Arabic}]{2,}`;
// the place: one word, or two ("القاهرة الكبرى", "دبي والشارقة", "منطقة القصيم")
const PLACE = String.raw`${WORD}(?:[ \t]+${WORD})?`;
// what ends the place's clause
const CLAUSE_END = String.raw`(?=[ \t]*(?:[،,.:؛;(]|\r?\n|$)|[ \t]+و[ \t]*\p{N})`;
const IN = `(?:${CUES.caselessPlace.in.join("|") || "(?!)"})`;
// (not a noun that opens no place: "في مرحلة التجربة", at the trial stage)
const NOT_PLACE = String.raw`(?!(?:${CUES.caselessPlace.notPlace.join("|") || "(?!)"})(?![\p{L}\p{M}]))`;
const PLACE_RE = new RegExp(String.raw`(?<![\p{L}\p{M}])${IN}[ \t]+${NOT_PLACE}(${PLACE})${CLAUSE_END}`, "gu");
// a count of the prospect's sites, then up to three words, right before "in": "٤٠ فرعاً في"
const COUNT_BEFORE_RE = new RegExp(
  String.raw`\p{N}+[ \t]+(?:${CUES.caselessPlace.siteNoun.join("|") || "(?!)"})(?![\p{L}\p{M}])(?:[ \t]+[^\s،,.:;]+){0,3}[ \t]+$`,
  "u",
);
const CLIENT_BEFORE_RE = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:${CUES.caselessPlace.client.join("|") || "(?!)"})[ \t]+$`,
  "u",
);
// a business's kind opening its name, then one to four words, right before "in": "ورشة الريم للنجارة في"
// (the name the pickers did not settle: the place is the business's all the same)
const BUSINESS_BEFORE_RE = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:${CUES.caselessPlace.businessNoun.join("|") || "(?!)"})(?:[ \t]+[^\s،,.:;]+){1,4}[ \t]+$`,
  "u",
);
// closing quotes or a bracket between a name and "in" ('محل "نجمة البحر" في …')
const NAME_CLOSE_RE = /[\s"”»’)]+$/u;
const BEFORE = 80;

// scores as findGeography weighs them: after the name as a place after the name; after the client
// word as a lead's place; after a count as a place after the prospect's size
export const CASELESS_AFTER_NAME_SCORE = 4;
export const CASELESS_CLIENT_SCORE = 3;
export const CASELESS_COUNT_SCORE = 2.5;
// after a business's kind and its name's words: as a place after the prospect's size
export const CASELESS_BUSINESS_SCORE = 2.5;

/** The places after "in" in a script without capitals that the sentence gives the prospect, with where each stands. */
export function caselessPlaces(
  text: string,
  companyName: string | null,
): { value: string; score: number; at: number }[] {
  const name = companyName ? fold(companyName.trim()) : "";
  const found: { value: string; score: number; at: number }[] = [];
  for (const m of eachMatch(text, PLACE_RE)) {
    const before = text.slice(Math.max(0, m.index - BEFORE), m.index);
    const clause = before.split(/[\n،.:;]/u).pop()!;
    const score =
      name.length >= 3 && fold(before.replace(NAME_CLOSE_RE, "")).endsWith(name)
        ? CASELESS_AFTER_NAME_SCORE
        : CLIENT_BEFORE_RE.test(clause)
          ? CASELESS_CLIENT_SCORE
          : COUNT_BEFORE_RE.test(clause)
            ? CASELESS_COUNT_SCORE
            : BUSINESS_BEFORE_RE.test(clause)
              ? CASELESS_BUSINESS_SCORE
              : 0;
    if (score > 0) found.push({ value: m[1]!, score, at: m.index + m[0].length - m[1]!.length });
  }
  return found;
}
