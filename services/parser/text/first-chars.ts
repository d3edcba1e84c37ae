// The characters a regex pattern's match can begin with: what lets a large alternation be tried
// only at the positions where one of its alternatives can start (see text/first-char-scan.ts).
// The pattern is parsed by regexpp and its first character read by regexp-ast-analysis (the
// libraries behind eslint-plugin-regexp), which follow case folding, classes, escapes and
// lookarounds exactly; the set they give always holds every character a match can begin with.
import { RegExpParser, visitRegExpAST } from "@eslint-community/regexpp";
import { getFirstConsumedChar } from "regexp-ast-analysis";
import { topLevelOf } from "./regex.ts";

/** The ASCII characters (lower-cased letters stand for both cases) a match can begin with, and
 * whether it can begin with a character outside ASCII, and with which (case variants listed). */
export interface FirstChars {
  ascii: Uint8Array; // 128 flags
  nonAscii: boolean;
  /** the code points beyond ASCII a match can begin with, as ranges (min and max included) */
  beyondAscii: ReadonlyArray<{ readonly min: number; readonly max: number }>;
}

const parser = new RegExpParser({ ecmaVersion: 2025 });
// The scan compiles its patterns with the i and u flags (cues.ts); case folding follows them.
const FLAGS = { ignoreCase: true, unicode: true } as const;

/**
 * What a pattern's match can begin with, for a pattern compiled with the i and u flags: "any"
 * when it may begin with any character; null when it can match the empty string, holds a
 * capturing group (whose number a caller may rely on) or does not parse (a pattern read by its
 * first term is not parsed past it: the caller has compiled the pattern, V8 has checked it).
 */
export function firstChars(source: string): FirstChars | "any" | null {
  // most cues (three in five) are read by the one letter they begin with: parsing each whole
  // cost ~0.15 ms a cue, 3,000 cues, at every process start
  if (LETTER_FIRST.test(source)) return readHead(String.fromCodePoint(source.codePointAt(0)!));
  // most of the others by the group or class they open with: a match of the whole begins with a
  // match of that term when the term cannot match empty, the whole is one alternative and holds
  // no group whose number a caller may rely on. The rest is never parsed (some stage cues of 4 KB,
  // which embed every language's meeting nouns, open with a few words) and a term shared by cues
  // is parsed once:
  // regexpp read 48 K characters of the tables' cues in 734 calls where it read 293 K in 2,657
  // (2026-12-07; the first-character sets are the same for every cue, checked one by one).
  const head = leadingTerm(source);
  const f = head === null ? null : (lettersOpening(head) ?? readHead(head));
  return f ?? read(source);
}

/**
 * A group "(?:…)" each of whose alternatives opens with a letter not made optional ("(?:plim|zorb\s+wag)"):
 * its first characters are those letters', joined; regexpp is then not needed at all. Null for any other term.
 */
function lettersOpening(head: string): FirstChars | null {
  if (!head.startsWith("(?:")) return null;
  const ascii = new Uint8Array(128);
  const beyondAscii: Array<{ min: number; max: number }> = [];
  for (const alt of topLevelAlternatives(head.slice(3, -1))) {
    if (!LETTER_OPENS.test(alt)) return null;
    const f = readHead(String.fromCodePoint(alt.codePointAt(0)!));
    if (f === null || f === "any") return null;
    for (let c = 0; c < 128; c++) ascii[c]! |= f.ascii[c]!;
    beyondAscii.push(...f.beyondAscii);
  }
  return { ascii, nonAscii: beyondAscii.length > 0, beyondAscii };
}
const LETTER_OPENS = /^\p{L}(?![?*{])/u;

/** The alternatives at the top level of a pattern whose groups and classes close (leadingTerm checked it). */
function topLevelAlternatives(body: string): string[] {
  const cuts = [-1, ...(topLevelOf(body)?.bars ?? []), body.length];
  return cuts.slice(1).map((end, k) => body.slice(cuts[k]! + 1, end));
}

/** A pattern that begins with a letter not made optional, and holds no alternation or group. */
const LETTER_FIRST = /^\p{L}(?![?*{])[^|(]*$/u;
const byHead = new Map<string, FirstChars | "any" | null>();
function readHead(head: string): FirstChars | "any" | null {
  let f = byHead.get(head);
  if (f === undefined) byHead.set(head, (f = read(head)));
  return f;
}

/**
 * The first term of `source` (a non-capturing group, a class or a letter, not quantified), when
 * `source` is one alternative (no top-level "|"), its groups and classes close, and it holds no
 * capturing group and no back-reference; else null.
 */
function leadingTerm(source: string): string | null {
  const top = topLevelOf(source);
  if (top === null || top.bars.length > 0 || top.numbered || top.firstTermEnd <= 0) return null;
  const head = source.slice(0, top.firstTermEnd);
  // a letter, a class or a non-capturing group (not a lookaround, which consumes nothing)
  const term = head.startsWith("(?:") || head.startsWith("[") || /^\p{L}$/u.test(head);
  return term && !/^[?*+{]/.test(source.slice(top.firstTermEnd)) ? head : null;
}

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
  const beyondAscii = first.char.ranges
    .filter((r) => r.max >= 128)
    .map((r) => ({ min: Math.max(r.min, 128), max: r.max }));
  return { ascii, nonAscii: beyondAscii.length > 0, beyondAscii };
}
