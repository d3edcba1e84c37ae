// A region label written inside a line, after a sentence that ends ("… about €20k a year. Region:
// Tyrol.", "…约五十万元。地区：华南。"), or stated as a sentence of its own ("Region is Tyrol."). A label
// opening a line is labels.ts's; this reads the ones a line goes on into. Pure.
import { CUES } from "../lang/cues.ts";
import { isPlausiblePlace } from "../normalise/shape.ts";
import { isPlaceholder } from "./labels.ts";
import { labelledPlace } from "./prose-fields.ts";

// the place runs to the sentence's end (a full stop followed by a blank, or the line's end); no
// figure, colon or second sentence inside it
const PLACE_TO_END = String.raw`([^\s\d.。;；!?！？:：][^\n\d.。;；!?！？:：]{1,39}?)[ \t]*(?:[.。](?=\s|$)|$)`;
// two Latin letters before a full stop are an abbreviation's ("St. Gallen"), no place; two Chinese ones are one
const SHORT_LATIN_RE = /^[\x20-\x7e]{1,2}$/;
const IN_SENTENCE_RE = new RegExp(
  String.raw`(?<=[.。!?！？][ \t]*)(?:${CUES.regionLabelInSentence.join("|")})[ \t]*[:：][ \t]*${PLACE_TO_END}`,
  "gimu",
);
// a statement opens a line or follows a sentence's end; its first letter either case ("Region is …"),
// the place capitalised
const IS_PHRASE = CUES.regionIsPhrase.map((p) => `[${p[0]!.toUpperCase()}${p[0]}]${p.slice(1)}`).join("|");
const IS_RE = new RegExp(String.raw`(?:^|(?<=[.!?][ \t]*))(?:${IS_PHRASE})[ \t]+(?=[A-ZÀ-ÞĀ-Ž])${PLACE_TO_END}`, "gmu");

const placeOf = (raw: string): string | null => {
  const v = labelledPlace(raw);
  return v && !SHORT_LATIN_RE.test(v) && !isPlaceholder(v) && isPlausiblePlace(v) ? v : null;
};

/** The first place a region label inside a line, or a "region is" sentence, names; null when none does. */
export function regionInSentence(text: string): string | null {
  for (const re of [IN_SENTENCE_RE, IS_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const v = placeOf(m[1]!);
      if (v) return v;
    }
  }
  return null;
}
