// A name written in a script other than Latin ("中村 悠真", "정민재", "خالد الحربي") and spelt in
// Latin letters beside it by the same writer: "中村 悠真 (NAKAMURA Yuma)", "Jung Min-jae (정민재)",
// or the Latin line under the native one in a signature. The Latin spelling is the name as the
// mail's other readers write it. Pure.
import { looksLikePersonName } from "../normalise/person.ts";
import { LATIN_LETTER_RE } from "../text/regex.ts";

/** "(NAKAMURA Yuma)" right after the native name */
const BRACKET_AFTER_RE = /^[ \t]*[(（]([^()（）\n]{3,40})[)）]/u;
/** "Jung Min-jae (" right before the native name */
const LATIN_BEFORE_RE = /(\p{Script=Latin}[\p{Script=Latin}'’. -]{2,40}?)[ \t]*[(（][ \t]*$/u;
const BRACKET_CLOSE_RE = /^[ \t]*[)）]/u;
/** only Latin letters, blanks, hyphens, apostrophes and dots */
const LATIN_ONLY_RE = /^[\p{Script=Latin}\p{M}'’. -]+$/u;
const CAPS_WORD_RE = /^\p{Lu}{2,}$/u;
const HYPHEN_LOWER_RE = /(?<=-)\p{Ll}/gu;
/** the native name closes its line: the next line */
const NEXT_LINE_RE = /^[ \t]*\n[ \t]*([^\n]*)/u;

/**
 * The Latin spelling `text` gives for `name`, a name without Latin letters; null when the name
 * has Latin letters or the text spells it nowhere. "NAKAMURA Yuma" keeps its order, in one capital.
 */
export function latinSpelling(name: string, text: string): string | null {
  if (!name || LATIN_LETTER_RE.test(name)) return null;
  for (const written of new Set([name, name.replace(/\s+/g, "")])) {
    for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) {
      const rest = text.slice(at + written.length);
      const candidates = [
        BRACKET_AFTER_RE.exec(rest)?.[1],
        BRACKET_CLOSE_RE.test(rest) ? LATIN_BEFORE_RE.exec(text.slice(Math.max(0, at - 60), at))?.[1] : undefined,
        // a signature's native line and the Latin line under it
        NEXT_LINE_RE.exec(rest)?.[1],
      ];
      for (const c of candidates) {
        const latin = c && trailingName(c.trim());
        if (latin) return latin;
      }
    }
  }
  return null;
}

/** "this is Jung Min-jae": the longest run of the last two to four words that is a person's name */
function trailingName(s: string): string | null {
  if (!LATIN_ONLY_RE.test(s)) return null;
  const words = oneCapital(s).split(/\s+/);
  for (let k = Math.max(0, words.length - 4); k <= words.length - 2; k++) {
    const name = words.slice(k).join(" ");
    // "Min-jae": a romanised Korean or Chinese given name writes its second syllable in lower case
    if (looksLikePersonName(name.replace(HYPHEN_LOWER_RE, (c) => c.toUpperCase()))) return name;
  }
  return null;
}

/** "NAKAMURA Yuma" -> "Nakamura Yuma": a family name in capitals marks the family name, not the spelling */
function oneCapital(s: string): string {
  return s
    .split(" ")
    .map((w) => (CAPS_WORD_RE.test(w) ? w.charAt(0) + w.slice(1).toLowerCase() : w))
    .join(" ");
}
