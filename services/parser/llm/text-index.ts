// Case-insensitive, whitespace-folded search in the mail text that still reports spans in
// the original text (the provenance contract points into ParsedMessage.text).

export interface FoldedText {
  /** lower case, every whitespace run turned into one space */
  folded: string;
  /** original start offset of each folded code unit */
  starts: number[];
  /** original end offset (exclusive) of each folded code unit */
  ends: number[];
  original: string;
}

/** Which neighbours make an occurrence a whole one (a name inside a longer word is not). */
export type Boundary = "word" | "email" | "domain" | "none";

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** left of an address (its local part may be longer); right of it the host rules apply */
const EMAIL_CHAR = /[\p{L}\p{N}._%+-]/u;
const DOMAIN_CHAR = /[\p{L}\p{N}-]/u;

export function foldText(original: string): FoldedText {
  let folded = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  let inSpace = false;
  for (const ch of original) {
    const end = i + ch.length;
    if (/\s/u.test(ch)) {
      if (!inSpace) {
        folded += " ";
        starts.push(i);
        ends.push(end);
        inSpace = true;
      } else {
        ends[ends.length - 1] = end;
      }
    } else {
      inSpace = false;
      // lower-casing may change the length ("İ"): map every produced unit to this char
      for (const unit of ch.toLowerCase().split("")) {
        folded += unit;
        starts.push(i);
        ends.push(end);
      }
    }
    i = end;
  }
  return { folded, starts, ends, original };
}

export function foldValue(value: string): string {
  return value.replace(/\s+/gu, " ").trim().toLowerCase();
}

/** First whole occurrence of `value` in the text, as an original-text span, or null. */
export function findSpan(text: FoldedText, value: string, boundary: Boundary = "word"): [number, number] | null {
  const needle = foldValue(value);
  if (!needle) return null;
  const rightClass = boundary === "word" ? WORD_CHAR : DOMAIN_CHAR;
  const leftClass = boundary === "email" ? EMAIL_CHAR : rightClass;
  let from = 0;
  for (;;) {
    const at = text.folded.indexOf(needle, from);
    if (at < 0) return null;
    const endAt = at + needle.length;
    const before = text.folded[at - 1];
    const after = text.folded[endAt];
    const whole =
      boundary === "none" ||
      ((before === undefined || !touches(before, needle[0], leftClass)) &&
        (after === undefined || !touches(after, needle[needle.length - 1], rightClass)) &&
        !continuesHost(text.folded, endAt, boundary));
    if (whole) return [text.starts[at]!, text.ends[endAt - 1]!];
    from = at + 1;
  }
}

/**
 * "a@x.com." ends a sentence, but "a@x.com.evil.net" is another host: for addresses and
 * domains a following dot only ends the match when no label follows it.
 */
function continuesHost(folded: string, endAt: number, boundary: Boundary): boolean {
  if (boundary !== "email" && boundary !== "domain") return false;
  return folded[endAt] === "." && DOMAIN_CHAR.test(folded[endAt + 1] ?? "");
}

/** A neighbour only breaks the match when both it and the needle's edge are "inside" chars. */
function touches(neighbour: string, edge: string | undefined, charClass: RegExp): boolean {
  return charClass.test(neighbour) && edge !== undefined && charClass.test(edge);
}

export function sliceSpan(text: FoldedText, span: [number, number]): string {
  return text.original.slice(span[0], span[1]);
}
