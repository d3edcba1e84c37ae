// A Cyrillic lead's name written as its kind and a quoted name: "Маємо клієнта: Кавова крамниця
// «Світанок»", "Лид: клуб шахмат «Ладья»", or such a phrase alone on a line. The kind words
// (lang/uk-ru.ts kindNounsBeforeQuote, one adjective before, at most two lower-case words after)
// are part of the name. Read only after a colon, a dash or at a line's start, and only when the
// phrase is in the nominative (the table's form): elsewhere the name is left open.
import { kindNounsBeforeQuote } from "../lang/uk-ru.ts";
import { allMatches, literalAlternation } from "../text/regex.ts";
import { labelField } from "./labels.ts";

const NOUNS = literalAlternation(kindNounsBeforeQuote.flatMap((n) => [n, n[0]!.toUpperCase() + n.slice(1)]));
// Cyrillic letters and apostrophes only (no \p{L} under `iu`: a hot path); a word of the phrase
const WORD = String.raw`[А-ЯЁЇІЄҐа-яёїієґ'’]+`;
const LOWER = String.raw`[а-яёїієґ'’]+`;
/** lead mark (colon, dash or line start), [adjective] [prefix-]noun [≤2 lower-case words] «name» */
const KIND_QUOTED_RE = new RegExp(
  String.raw`(^|[:–—][ \t]*)((?:${WORD}[ \t]+)?(?:${WORD}-)?(?:${NOUNS})(?:[ \t]+${LOWER}){0,2}[ \t]+«[^«»\n]{1,60}»)`,
  "gmu",
);
/** what may close the phrase: a comma, the line's end, a bracket, a dash, a place ("в/у/з …") */
const CLOSED_RE = /^(?:[ \t]*(?:[,.;()–—]|$)|[ \t]+(?:в|у|з|из|во)[ \t])/mu;

/** the kind-and-quoted names in `text`, as written, with where they start */
export function kindQuotedNamesIn(text: string): { name: string; index: number }[] {
  const out: { name: string; index: number }[] = [];
  for (const m of allMatches(text, KIND_QUOTED_RE)) {
    const name = m[2]!;
    const index = m.index + m[1]!.length;
    if (!CLOSED_RE.test(text.slice(index + name.length, index + name.length + 4))) continue;
    const lineStart = text.lastIndexOf("\n", m.index) + 1;
    if (m[1] === "") {
      // alone on its line: the whole line is the phrase
      if (!/^[ \t]*(?:\n|$)/u.test(text.slice(index + name.length))) continue;
    } else if (m[1]!.startsWith(":")) {
      // another field's label before the colon ("Конкурент: …") names something else
      const head = text.slice(lineStart, m.index).trim();
      const field = labelField(
        head
          .slice(Math.max(head.search(/[^,.;!?]*$/u), 0))
          .trim()
          .toLowerCase(),
      );
      if (field && field !== "company" && field !== "legalName") continue;
    }
    out.push({ name, index });
  }
  return out;
}
