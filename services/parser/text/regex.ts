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

/** The spec's AdvanceStringIndex: past one code unit, or one code point in unicode mode. */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const cp = text.codePointAt(index)!;
  return index + (cp > 0xffff ? 2 : 1);
}
