// A large alternation of patterns (a cue table: hundreds of phrases in twenty languages) matched
// only where one of its alternatives can begin. V8 tries every alternative of an alternation at
// every position of the text, one after the other, and has no first-character filter for a
// pattern that opens with a lookbehind: a table's cost grew with every phrase added to it
// (the permission cues: ~0.5 µs per character of text). Here the text's characters are read
// once in a plain loop; at a position where the bound before holds, only the alternatives that
// can begin with the character there are tried (a sticky regex of those alternatives, in their
// order, compiled when first needed). The same matches as the whole alternation, because an
// alternative that cannot begin with the character at a position cannot match there, and the
// others keep their order.
import { firstChars, type FirstChars } from "./first-chars.ts";

/** The leftmost match at or after `from`, as `re.exec` of the whole alternation would give it. */
export type Scan = (text: string, from: number) => RegExpExecArray | null;

interface Group {
  sources: readonly string[];
  re?: RegExp;
}

/** A table's groups by the character at a position (text/first-char-scan.ts's scan). */
interface ByChar {
  byAscii: ReadonlyArray<Group | null>;
  beyondAscii: Group | null;
  beyondBits: Uint32Array | null;
}

/** The lower-case ASCII letters' codes. */
const ALPHABET = Array.from({ length: 26 }, (_, k) => 0x61 + k);

const LOW_SURROGATE = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const HIGH_SURROGATE = (c: number) => c >= 0xd800 && c <= 0xdbff;
const SURROGATE = (c: number) => c >= 0xd800 && c <= 0xdfff;

/** One bit per code point below 0x10000 that one of `firsts` can begin with beyond ASCII. */
function bmpBits(firsts: readonly FirstChars[]): Uint32Array {
  const bits = new Uint32Array(0x10000 >> 5);
  for (const f of firsts)
    for (const { min, max } of f.beyondAscii) {
      const top = Math.min(max, 0xffff);
      let c = min;
      // bit by bit to a word's start, then whole words (a part opening with a letter class spans most of the plane)
      for (; c <= top && c & 31; c++) bits[c >> 5]! |= 1 << (c & 31);
      for (; c + 31 <= top; c += 32) bits[c >> 5] = 0xffffffff;
      for (; c <= top; c++) bits[c >> 5]! |= 1 << (c & 31);
    }
  return bits;
}

// The bound regex and its verdict after each ASCII character (it reads one character), per
// bound and flags: every cue table has the same bound, built and tried 128 times once, not per table.
const bounds = new Map<string, { bound: RegExp; boundAfterAscii: Uint8Array }>();
function boundOf(before: string, sticky: string): { bound: RegExp; boundAfterAscii: Uint8Array } {
  const key = `${sticky}/${before}`;
  let b = bounds.get(key);
  if (!b) {
    const bound = new RegExp(before, sticky);
    const boundAfterAscii = new Uint8Array(128);
    for (let c = 0; c < 128; c++) {
      bound.lastIndex = 1;
      boundAfterAscii[c] = bound.test(`${String.fromCharCode(c)} `) ? 1 : 0;
    }
    bound.lastIndex = 0;
    bounds.set(key, (b = { bound, boundAfterAscii }));
  }
  return b;
}

/**
 * A Scan for `new RegExp(before + "(?:" + parts.join("|") + ")" + after, flags)`, or null when
 * a part's first characters cannot be read (it may begin with anything or match empty, or it
 * holds a capturing group, whose number would change). `before` must be a lookbehind that
 * looks at one character only (a word bound such as cues.ts's CUE_START); `flags` must hold u.
 */
export function firstCharScan(before: string, parts: readonly string[], after: string, flags: string): Scan | null {
  if (!flags.includes("u")) return null;
  const firsts: Array<FirstChars | "any"> = [];
  for (const part of parts) {
    const f = firstChars(part);
    if (f === null) return null;
    firsts.push(f);
  }
  // parts that may all begin with anything are tried everywhere: nothing to filter. (V8's own
  // first-character filter once served small tables better; with every language's phrases in one
  // table it no longer does: over 300 kB of mail the evaluation cues took 224 ms natively and 7
  // here, the prohibition cues 110 and 2, the referral cues 3.8 and 2.1.)
  if (firsts.every((f) => f === "any")) return null;
  const sticky = `${flags.replace("g", "")}y`;
  const { bound, boundAfterAscii } = boundOf(before, sticky);

  // The parts each character can begin, in their order, as one sticky regex per character
  // (characters with the same parts share it; the first alternative that matches wins, as in the
  // whole alternation), compiled when first needed. A part that may begin with any letter is in
  // every character's regex: one exec per position instead of one per run of parts (the
  // permission cues, whose one such part stood between two runs, ~30 % faster over the corpora).
  const groups = new Map<string, Group>();
  const groupOf = (member: (f: FirstChars | "any", i: number) => boolean): Group | null => {
    const picked: number[] = [];
    firsts.forEach((f, i) => {
      if (member(f, i)) picked.push(i);
    });
    if (picked.length === 0) return null;
    const key = picked.join(",");
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { sources: picked.map((i) => parts[i]!) }));
    return g;
  };
  /** The groups by character of the parts `kept` lets in. */
  const byCharOf = (kept: (i: number) => boolean): ByChar => {
    const byAscii: Array<Group | null> = [];
    for (let c = 0; c < 128; c++) {
      const folded = c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
      byAscii.push(groupOf((f, i) => kept(i) && (f === "any" || f.ascii[folded] === 1)));
    }
    const beyondAscii = groupOf((f, i) => kept(i) && (f === "any" || f.nonAscii));
    // Which characters of the Basic Multilingual Plane beyond ASCII some part can begin with (one
    // bit each; null when a part may begin with anything): in a text of a script without blanks
    // (Chinese, Japanese, Thai) the bound holds at every letter, and the group tried at each one
    // was a table's largest share of its execs (the prohibition cues: 25 K of 91 K over 739 mails)
    // where a cue can begin at few of them (10.7–11.1 → 9.4–9.6 ms CPU per such mail).
    const keptFirsts = firsts.filter((_, i) => kept(i));
    const known = keptFirsts.filter((f): f is FirstChars => f !== "any");
    const beyondBits = known.length < keptFirsts.length ? null : bmpBits(known);
    return { byAscii, beyondAscii, beyondBits };
  };
  // A part that may begin with any letter at all (the permission cues' "[\p{L}]+'s happy to …") is
  // tried at every word, in every group. It is sought in the text once, alone (its own regex, no
  // bounds: it matches at least wherever it matches bounded); where it is nowhere, the groups
  // without it give the same matches, and a character no other part begins with is passed.
  const broad = firsts.map((f) => f !== "any" && ALPHABET.every((c) => f.ascii[c] === 1));
  const broadRes = parts.filter((_, i) => broad[i]).map((part) => new RegExp(part, sticky.replace("y", "")));
  let all: ByChar | undefined;
  let narrow: ByChar | undefined;
  let lastText: string | undefined;
  let lastByChar: ByChar | undefined;
  const byCharFor = (text: string): ByChar => {
    if (text === lastText) return lastByChar!;
    const anyBroad = broadRes.some((re) => re.test(text));
    lastText = text;
    return (lastByChar = anyBroad ? (all ??= byCharOf(() => true)) : (narrow ??= byCharOf((i) => !broad[i])));
  };
  // without `before`: the loop below tries a group only where the bound holds, so the lookbehind
  // would only be tested twice, and compiled into each of the ~200 groups a parse meets (~0.25 ms
  // each under the i and u flags, half of a small group's compile time); the matches are the same
  const compiled = (g: Group): RegExp => (g.re ??= new RegExp(`(?:${g.sources.join("|")})${after}`, sticky));

  return (text, from) => {
    const { byAscii, beyondAscii, beyondBits } = byCharFor(text);
    for (let p = from; p < text.length; p++) {
      const c = text.charCodeAt(p);
      let g: Group | null;
      if (c < 128) g = byAscii[c]!;
      else {
        // in u mode no match begins between the two halves of a surrogate pair
        if (LOW_SURROGATE(c) && p > 0 && HIGH_SURROGATE(text.charCodeAt(p - 1))) continue;
        // (a surrogate stands for a code point beyond the plane: tried as before)
        if (beyondBits && !SURROGATE(c) && !(beyondBits[c >> 5]! & (1 << (c & 31)))) continue;
        g = beyondAscii;
      }
      if (!g) continue;
      const b = p > 0 ? text.charCodeAt(p - 1) : -1;
      if (b >= 0 && b < 128) {
        if (!boundAfterAscii[b]) continue;
      } else {
        bound.lastIndex = p;
        const ok = bound.test(text);
        bound.lastIndex = 0;
        if (!ok) continue;
      }
      const re = compiled(g);
      re.lastIndex = p;
      const m = re.exec(text);
      re.lastIndex = 0;
      if (m) return m;
    }
    return null;
  };
}
