// Regex helpers for the hot paths of the rule extractors.
import type { Scan } from "./first-char-scan.ts";

// faster equivalents of a global regex's exec from a position, registered with scanWith; each
// made when its regex is first scanned (`scan` undefined until then, null when there is none)
const scans = new WeakMap<RegExp, { make: () => Scan | null; scan?: Scan | null }>();
// the scans registered and not made yet, for makeAllScans
const unmade: Array<{ make: () => Scan | null; scan?: Scan | null }> = [];

/** The letters of the East Asian scripts (Han, kana, Hangul), written without capitals and without
 * blanks between words: a regex class body, for `[${EAST_ASIAN_LETTERS}]`. */
export const EAST_ASIAN_LETTERS = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}`;

/** A letter of the Latin script anywhere in a text (not global: no lastIndex to share). */
export const LATIN_LETTER_RE = /\p{Script=Latin}/u;

/**
 * `re`, with the scan `make` gives to find its matches in allMatches, eachMatch and
 * eachMatchOfAny instead of `re.exec` (the same matches, found faster: text/first-char-scan.ts);
 * a null scan leaves `re.exec`. `re` itself (its test, exec, source) is unchanged. `make` runs
 * when `re` is first scanned, not at module load: reading a table's first characters costs
 * start-up time, and a process may never scan the table (one that loads the parser and parses
 * nothing, or whose mails never reach it: detectStage stops at the first stage that counts).
 */
export function scanWith(re: RegExp, make: () => Scan | null): RegExp {
  const entry = { make };
  scans.set(re, entry);
  unmade.push(entry);
  return re;
}

/**
 * Makes every registered scan not made yet. For a long-lived parse worker: it would rather pay
 * at start-up, before it takes a mail, than inside its first mails' parse deadline.
 */
export function makeAllScans(): void {
  for (const entry of unmade.splice(0)) if (entry.scan === undefined) entry.scan = entry.make();
}

/** `re.exec(text)` of the global `re` from `at`, leaving `re.lastIndex` at 0. */
function execFrom(re: RegExp, text: string, at: number): RegExpExecArray | null {
  const entry = scans.get(re);
  const scan = entry && (entry.scan === undefined ? (entry.scan = entry.make()) : entry.scan);
  if (scan) return at <= text.length ? scan(text, at) : null;
  re.lastIndex = at;
  const m = re.exec(text);
  re.lastIndex = 0;
  return m;
}

/**
 * Every match of a global regex, as `[...text.matchAll(re)]` gives them, but run on `re` itself.
 * matchAll clones its regex on every call, and V8 re-parses and re-compiles a clone whenever its
 * compilation cache has dropped the pattern (after a few garbage collections): for the large
 * cue alternations that costs more than the scan. Eager, so a caller may reuse `re` freely, and
 * `re.lastIndex` is left as it was (matchAll starts from it too).
 */
export function allMatches(text: string, re: RegExp): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches needs a global regex: /${re.source}/${re.flags}`);
  const saved = re.lastIndex;
  const unicode = re.unicode || re.flags.includes("v");
  const out: RegExpExecArray[] = [];
  try {
    for (let at = saved, m = execFrom(re, text, at); m; m = execFrom(re, text, at)) {
      out.push(m);
      at = m.index + m[0].length;
      if (m[0] === "") at = advance(text, at, unicode);
    }
  } finally {
    re.lastIndex = saved;
  }
  return out;
}

/**
 * allMatches one at a time, for a caller that stops at the first match that counts (the rest of
 * the text is then not scanned). The position is kept here, not in `re`, which other scans may
 * use while this one waits; it starts at 0.
 */
export function* eachMatch(text: string, re: RegExp): Generator<RegExpExecArray> {
  if (!re.global) throw new TypeError(`eachMatch needs a global regex: /${re.source}/${re.flags}`);
  const unicode = re.unicode || re.flags.includes("v");
  for (let at = 0; ;) {
    const m = execFrom(re, text, at);
    if (!m) return;
    at = m.index + m[0].length;
    if (m[0] === "") at = advance(text, at, unicode);
    yield m;
  }
}

/** Does the global `re` match anywhere in `text`? The scan stops at the first match. */
export function hasMatch(text: string, re: RegExp): boolean {
  return !eachMatch(text, re).next().done;
}

/**
 * The matches of the alternation `a|b|…` of global regexes, in the order the single regex would
 * give them: the leftmost match first, at equal starts the earlier regex's, and the scan goes on
 * after the match's end. For alternatives that each embed a large alternation (a stage cue with
 * all the meeting nouns of every language) V8 runs them apart ten times faster than joined: a
 * joined pattern leaves it no first-character filter, and over 20 KB of source it is not
 * optimised at all (measured on the corpora's stage texts: 530 ms against 53 ms per pass).
 */
export function* eachMatchOfAny(
  text: string,
  res: readonly RegExp[],
  shared?: SharedStart,
): Generator<RegExpExecArray> {
  for (const re of res)
    if (!re.global && !(re.sticky && shared?.anchored.has(re)))
      throw new TypeError(`eachMatchOfAny needs global regexes (or sticky anchored ones): /${re.source}/`);
  const unicode = res.some((re) => re.unicode || re.flags.includes("v"));
  let starts: number[] | null = null;
  const execAt = (re: RegExp, at: number): RegExpExecArray | null => {
    if (shared?.anchored.has(re)) {
      // tried only where the shared start matches: the positions a scan from `at` could match at
      starts ??= startsOf(text, shared.start);
      const sticky = stickyTwin(re);
      for (let i = firstAtOrAfter(starts, at); i < starts.length; i++) {
        sticky.lastIndex = starts[i]!;
        const m = sticky.exec(text);
        sticky.lastIndex = 0;
        if (m) return m;
      }
      return null;
    }
    return execFrom(re, text, at);
  };
  // each regex's next match at or after `at`; one found earlier stays valid while it starts at or after `at`
  const next = res.map((re) => execAt(re, 0));
  for (let at = 0; ;) {
    let best = -1;
    next.forEach((m, i) => {
      if (m && (best < 0 || m.index < next[best]!.index)) best = i;
    });
    if (best < 0) return;
    const m = next[best]!;
    const end = m.index + m[0].length;
    at = end > m.index ? end : advance(text, end, unicode);
    yield m;
    next.forEach((n, i) => {
      if (n && n.index < at) next[i] = at <= text.length ? execAt(res[i]!, at) : null;
    });
  }
}

/**
 * Regexes of an eachMatchOfAny alternation that each begin with the same costly phrase (a stage
 * cue's meeting nouns of every language): `start`, a global zero-width regex, matches at least
 * everywhere one of `anchored` can start a match. The phrase is then sought once per text
 * instead of once per regex, and each anchored regex is tried only at those positions (sticky):
 * the same matches, as a position where `start` does not match cannot start one of theirs. An
 * anchored regex may be built sticky (not global) to begin with: it is then tried as it is, where
 * a global one is built again as a sticky twin (V8 parses a 4 KB cue twice, ~1 ms each).
 */
export interface SharedStart {
  start: RegExp;
  anchored: ReadonlySet<RegExp>;
}

/**
 * Does every match of the pattern `source` start with a match of `head` (a group, "(?:…)")?
 * True when `source` opens with `head` as a whole term, not quantified, and has no alternative
 * at its top level that could go without it. For building a SharedStart from a cue table.
 */
export function opensWith(source: string, head: string): boolean {
  if (!head.startsWith("(?:") || !source.startsWith(head) || /^[?*+{]/.test(source.slice(head.length))) return false;
  // the head is one group: it closes at its end, not before
  const top = topLevelOf(source);
  return top !== null && top.bars.length === 0 && top.firstTermEnd === head.length;
}

/** A pattern's part whose groups all close within it and that has no alternative at its top level. */
export function isOneAlternative(part: string): boolean {
  const top = topLevelOf(part);
  return top !== null && top.bars.length === 0;
}

/** A pattern source read at its top level (topLevelOf). */
export interface TopLevel {
  /** where each "|" at the top level stands */
  bars: number[];
  /** where the first term ends (exclusive): a letter, an escape, a class or a group with its close */
  firstTermEnd: number;
  /** a group that captures ("(…)", "(?<name>…)") or a back-reference ("\1", "\k<name>") stands in it */
  numbered: boolean;
}

/**
 * A pattern source read at its top level, token by token (an escape and a class are passed whole,
 * so a "|" or "(" in them counts for nothing); null when a group or a class does not close within
 * it or an escape is cut off. The one reader of a pattern's source here: whatever it can match is
 * regexpp's to read (text/first-chars.ts).
 */
export function topLevelOf(source: string): TopLevel | null {
  const bars: number[] = [];
  let depth = 0;
  let firstTermEnd = -1;
  let numbered = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      const e = source[++i];
      if (e === undefined) return null;
      if (e === "k" || (e >= "1" && e <= "9")) numbered = true;
    } else if (c === "[") {
      // a class, to its unescaped end
      for (i++; i < source.length && source[i] !== "]"; i++) if (source[i] === "\\") i++;
      if (i >= source.length) return null;
    } else if (c === "(") {
      // only "(?:" and the lookarounds capture nothing; "(?<name>" does
      const d = source[i + 2];
      if (
        source[i + 1] !== "?" ||
        (d !== ":" && d !== "=" && d !== "!" && !(d === "<" && "=!".includes(source[i + 3]!)))
      )
        numbered = true;
      depth++;
    } else if (c === ")") {
      if (--depth < 0) return null;
    } else if (c === "|" && depth === 0) bars.push(i);
    if (firstTermEnd < 0 && depth === 0) firstTermEnd = i + 1;
  }
  return depth === 0 ? { bars, firstTermEnd, numbered } : null;
}

/**
 * The alternation of `sources` as regexes for eachMatchOfAny, in order: each source that `apart`
 * picks is a regex of its own (`index`: its place in `sources`), the runs between are joined by
 * `wrap`. For tables some of whose entries are costly and are to be tried only where they can match.
 */
export function splitAlternation(
  sources: readonly string[],
  apart: (index: number) => boolean,
  wrap: (sources: readonly string[], apart: boolean) => RegExp,
): Array<{ re: RegExp; index: number | null }> {
  const out: Array<{ re: RegExp; index: number | null }> = [];
  let run: string[] = [];
  sources.forEach((source, i) => {
    if (!apart(i)) {
      run.push(source);
      return;
    }
    if (run.length) out.push({ re: wrap(run, false), index: null });
    run = [];
    out.push({ re: wrap([source], true), index: i });
  });
  if (run.length) out.push({ re: wrap(run, false), index: null });
  return out;
}

// the last text's start positions per start regex: the alternations that share one are read on the same text in turn
const lastStarts = new WeakMap<RegExp, { text: string; positions: number[] }>();
function startsOf(text: string, start: RegExp): number[] {
  const last = lastStarts.get(start);
  if (last?.text === text) return last.positions;
  const positions = allMatches(text, start).map((m) => m.index);
  lastStarts.set(start, { text, positions });
  return positions;
}

const stickyTwins = new WeakMap<RegExp, RegExp>();
/** `re` matching only at its lastIndex (the same pattern and flags, sticky instead of global; `re` itself when sticky). */
function stickyTwin(re: RegExp): RegExp {
  if (re.sticky && !re.global) return re;
  let twin = stickyTwins.get(re);
  if (!twin) stickyTwins.set(re, (twin = new RegExp(re.source, `${re.flags.replace("g", "")}y`)));
  return twin;
}

/** The index of the first of the ascending `positions` at or after `at`. */
function firstAtOrAfter(positions: readonly number[], at: number): number {
  let [lo, hi] = [0, positions.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positions[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The spec's AdvanceStringIndex: past one code unit, or one code point in unicode mode. */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const cp = text.codePointAt(index)!;
  return index + (cp > 0xffff ? 2 : 1);
}

/** A match of boundedMatches: `m[0]` is the core's text, `end` where the whole match ends (after `after`'s part). */
export type BoundedMatch = RegExpExecArray & { end: number };

/**
 * The matches `new RegExp(before.source + core.source + after.source, core.flags)` would give,
 * for a `core` built per call (a name, an address's words) and checks built once, sticky:
 * lookarounds such as /(?<![\p{L}\p{N}])/iuy, or for `after` a pattern that reads on (capitalised
 * words after a name). Compiling a Unicode property class with the i and u flags takes V8 about as
 * long as the whole rest of the search (0.2–3 ms), and a pattern built per call is compiled again
 * for every mail. Equal for a `core` that can match only one way at a position (a literal, words
 * joined by `[ \t]+`): then a start the checks refuse is simply passed, as the single regex would
 * pass it, and after a match the scan goes on from its `end`.
 */
export function* boundedMatches(text: string, core: RegExp, before: RegExp, after: RegExp): Generator<BoundedMatch> {
  if (!core.global || !before.sticky || !after.sticky)
    throw new TypeError("boundedMatches needs a global core and sticky checks");
  const unicode = core.unicode || core.flags.includes("v");
  for (let at = 0; at <= text.length;) {
    core.lastIndex = at;
    const m = core.exec(text);
    core.lastIndex = 0;
    if (!m) return;
    before.lastIndex = m.index;
    after.lastIndex = m.index + m[0].length;
    const bounded = before.test(text) && after.test(text);
    const end = after.lastIndex;
    before.lastIndex = after.lastIndex = 0;
    if (bounded) yield Object.assign(m, { end });
    at = bounded && end > m.index ? end : advance(text, m.index, unicode);
  }
}

// Checks for boundedMatches, compiled once: no letter (or digit) before or after, and none.
export const NO_LETTER_BEFORE = /(?<![\p{L}])/iuy;
export const NO_LETTER_AFTER = /(?![\p{L}])/iuy;
export const NO_WORD_BEFORE = /(?<![\p{L}\p{N}])/iuy;
export const NO_WORD_AFTER = /(?![\p{L}\p{N}])/iuy;
export const ANYWHERE = /(?:)/y;

/** Text to match literally inside a pattern. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Words to match literally as one alternation, longest first (so a longer word wins over its own start). */
export function literalAlternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|");
}
