// A rivals label written inside a line, after a sentence that ends ("… call set for Thursday. Competitor
// on the table: X.", "… Termin steht. Mitbewerber im Rennen: X.", "… 3 cabang. Pesaing: Y."): the
// label read as labels.ts reads one that opens a line (its words in the label tables, qualified as
// there), its value to the sentence's end. A label opening a line is labels.ts's. Pure.
import { labelField } from "./labels.ts";
import { allMatches } from "../text/regex.ts";

// after a sentence's end and a blank: up to four words (no figure, colon or stop), a colon, and the
// value to the next full stop before a blank or the line's end
const IN_SENTENCE_RE =
  /(?<=[.!?。！？][ \t]+)([^\s\d.:：!?。,;][^\n\d.:：!?。,;]{1,40}?)[ \t]*[:：][ \t]*([^\n.。:：]{1,80}?)[ \t]*(?:[.。](?=\s|$)|$)/gmu;

/** The values of rivals labels that stand inside a line after a sentence's end, in order. */
export function rivalLabelsInSentence(text: string): string[] {
  return allMatches(text, IN_SENTENCE_RE)
    .filter((m) => m[1]!.trim().split(/\s+/).length <= 4 && labelField(m[1]!) === "competitors")
    .map((m) => m[2]!.trim());
}
