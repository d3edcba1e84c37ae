// Regex helpers for the hot paths of the rule extractors.

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
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push(m);
      if (m[0] === "") re.lastIndex = advance(text, re.lastIndex, unicode);
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
    re.lastIndex = at;
    const m = re.exec(text);
    at = re.lastIndex;
    re.lastIndex = 0;
    if (!m) return;
    if (m[0] === "") at = advance(text, at, unicode);
    yield m;
  }
}

/**
 * The matches of the alternation `a|b|…` of global regexes, in the order the single regex would
 * give them: the leftmost match first, at equal starts the earlier regex's, and the scan goes on
 * after the match's end. For alternatives that each embed a large alternation (a stage cue with
 * all the meeting nouns of every language) V8 runs them apart ten times faster than joined: a
 * joined pattern leaves it no first-character filter, and over 20 KB of source it is not
 * optimised at all (measured on the corpora's stage texts: 530 ms against 53 ms per pass).
 */
export function* eachMatchOfAny(text: string, res: readonly RegExp[]): Generator<RegExpExecArray> {
  for (const re of res) if (!re.global) throw new TypeError(`eachMatchOfAny needs global regexes: /${re.source}/`);
  const unicode = res.some((re) => re.unicode || re.flags.includes("v"));
  const execFrom = (re: RegExp, at: number): RegExpExecArray | null => {
    re.lastIndex = at;
    const m = re.exec(text);
    re.lastIndex = 0;
    return m;
  };
  // each regex's next match at or after `at`; one found earlier stays valid while it starts at or after `at`
  const next = res.map((re) => execFrom(re, 0));
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
      if (n && n.index < at) next[i] = at <= text.length ? execFrom(res[i]!, at) : null;
    });
  }
}

/** The spec's AdvanceStringIndex: past one code unit, or one code point in unicode mode. */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const cp = text.codePointAt(index)!;
  return index + (cp > 0xffff ? 2 : 1);
}

/**
 * The matches `new RegExp(before.source + core.source + after.source, core.flags)` would give,
 * for a `core` built per call (a name, an address's words) and word-boundary checks built once:
 * sticky, zero-width lookarounds such as /(?<![\p{L}\p{N}])/iuy. Compiling a lookaround over
 * \p{L} with the i and u flags takes V8 about as long as the whole rest of the search, and a
 * pattern built per call is compiled again for every mail. Equal for a `core` that can match
 * only one way at a position (a literal, words joined by `[ \t]+`): then a start the boundary
 * checks refuse is simply passed, as the single regex would pass it.
 */
export function* boundedMatches(text: string, core: RegExp, before: RegExp, after: RegExp): Generator<RegExpExecArray> {
  if (!core.global || !before.sticky || !after.sticky)
    throw new TypeError("boundedMatches needs a global core and sticky checks");
  const unicode = core.unicode || core.flags.includes("v");
  for (let at = 0; at <= text.length;) {
    core.lastIndex = at;
    const m = core.exec(text);
    core.lastIndex = 0;
    if (!m) return;
    const end = m.index + m[0].length;
    before.lastIndex = m.index;
    after.lastIndex = end;
    const bounded = before.test(text) && after.test(text);
    before.lastIndex = after.lastIndex = 0;
    if (bounded) yield m;
    at = bounded && end > m.index ? end : advance(text, m.index, unicode);
  }
}

/** Text to match literally inside a pattern. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
