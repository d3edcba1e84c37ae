// The characters a regex pattern's match can begin with: what lets a large alternation be tried
// only at the positions where one of its alternatives can start (see text/first-char-scan.ts).
// The pattern is parsed by regexpp and its first character read by regexp-ast-analysis (the
// libraries behind eslint-plugin-regexp), which follow case folding, classes, escapes and
// lookarounds exactly; the set they give always holds every character a match can begin with.
import { RegExpParser, visitRegExpAST } from "@eslint-community/regexpp";
import { getFirstConsumedChar } from "regexp-ast-analysis";

/** The ASCII characters (lower-cased letters stand for both cases) a match can begin with, and
 * whether it can begin with a character outside ASCII. */
export interface FirstChars {
  ascii: Uint8Array; // 128 flags
  nonAscii: boolean;
}

const parser = new RegExpParser({ ecmaVersion: 2025 });
// The scan compiles its patterns with the i and u flags (cues.ts); case folding follows them.
const FLAGS = { ignoreCase: true, unicode: true } as const;

/**
 * What a pattern's match can begin with, for a pattern compiled with the i and u flags: "any"
 * when it may begin with any character; null when it can match the empty string, holds a
 * capturing group (whose number a caller may rely on) or does not parse.
 */
export function firstChars(source: string): FirstChars | "any" | null {
  if (!LETTER_FIRST.test(source)) return read(source);
  // most cues (three in five) are read by the one letter they begin with: parsing each whole
  // cost ~0.15 ms a cue, 3,000 cues, at every process start
  const letter = String.fromCodePoint(source.codePointAt(0)!);
  let f = byLetter.get(letter);
  if (f === undefined) byLetter.set(letter, (f = read(letter)));
  return f;
}

/** A pattern that begins with a letter not made optional, and holds no alternation or group. */
const LETTER_FIRST = /^\p{L}(?![?*{])[^|(]*$/u;
const byLetter = new Map<string, FirstChars | "any" | null>();

function read(source: string): FirstChars | "any" | null {
  let pattern;
  try {
    pattern = parser.parsePattern(source, 0, source.length, { unicode: true });
  } catch {
    return null;
  }
  let captures = false;
  visitRegExpAST(pattern, { onCapturingGroupEnter: () => void (captures = true) });
  if (captures) return null;
  const first = getFirstConsumedChar(pattern.alternatives, "ltr", FLAGS);
  if (first.empty) return null;
  if (first.char.isAll) return "any";
  const ascii = new Uint8Array(128);
  for (let c = 0; c < 128; c++) if (first.char.has(c)) ascii[c >= 0x41 && c <= 0x5a ? c + 0x20 : c] = 1;
  return { ascii, nonAscii: first.char.ranges.some((r) => r.max >= 128) };
}
