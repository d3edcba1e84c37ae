// A company name read in the text from after a lower-case word inside it ("… am Weidenbach GmbH",
// "… på Strandgade I/S", "… at Quillmoor Prints"), while the subject writes the same words before
// it ("Lead: Tanzstudio am Weidenbach"): the words the subject and the text's line both write before
// the name are its head. Pure.
import { LEGAL_SUFFIX_RE } from "./organization.ts";
import { fold } from "./text-utils.ts";
import { allMatches } from "../text/regex.ts";

/** a word as written: a run of non-blanks */
const TOKEN_RE = /\S+/gu;
/** punctuation around a word, off for comparing */
const EDGE_PUNCT_RE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
/** a word closed by a mark that ends a label or a phrase ("Firma:", "Lead –", "(QC)") */
const CLOSED_RE = /[:;,!?()[\]"“”«»|]$|^[–—-]$/u;
/** a list's bullet before a line's value */
const BULLET_RE = /^(?:[*•·▪◦-]|\d{1,2}[.)])$/u;
/** a word that opens with a lower-case letter */
const LOWER_RE = /^\p{Ll}/u;
/** a word that opens with a capital */
const UPPER_RE = /^\p{Lu}/u;

interface Token {
  raw: string;
  key: string;
  index: number;
}

const tokens = (s: string): Token[] =>
  allMatches(s, TOKEN_RE).map((m) => ({ raw: m[0], key: fold(m[0].replace(EDGE_PUNCT_RE, "")), index: m.index }));

/**
 * Where the head of `name` (read at `at` of `text`) opens: the start of the words right before it
 * on its line that the subject writes right before the name's words (a lower-case word the text
 * writes and the subject leaves out, as an article, is passed), when they open with a capital and
 * hold a lower-case word (the word the reading stopped at). -1 when the subject writes none.
 */
export function subjectHeadStart(text: string, at: number, name: string, subject: string): number {
  if (at <= 0 || !subject) return -1;
  const core = tokens(name.replace(LEGAL_SUFFIX_RE, "")).map((t) => t.key);
  if (core.length === 0) return -1;
  const said = tokens(subject);
  const p = said.findIndex((_, i) => i > 0 && core.every((k, n) => said[i + n]?.key === k));
  if (p < 0) return -1;
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  const before = text.slice(lineStart, at);
  if (!/[ \t]$/u.test(before)) return -1;
  const written = tokens(before);
  let j = p - 1;
  let first = -1;
  let lower = false;
  for (let k = written.length - 1; k >= 0 && j >= 0; k--) {
    const t = written[k]!;
    const s = said[j]!;
    if (CLOSED_RE.test(t.raw) || CLOSED_RE.test(s.raw)) break;
    if (t.key && t.key === s.key) {
      if (LOWER_RE.test(t.raw)) lower = true;
      first = k;
      j--;
    } else if (!LOWER_RE.test(t.raw)) break;
  }
  if (first < 0 || !lower || !UPPER_RE.test(written[first]!.raw)) return -1;
  // the head opens the line's value (its start, a bullet, a label's colon): a word before it may
  // be one more of the name's ("Pekarna Most pod Lipo d.o.o." under the subject's "Most pod Lipo")
  const prev = written[first - 1];
  if (prev && !CLOSED_RE.test(prev.raw) && !BULLET_RE.test(prev.raw)) return -1;
  return lineStart + written[first]!.index;
}
