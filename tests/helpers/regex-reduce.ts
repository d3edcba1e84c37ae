// What the regex-linearity check (regex-linearity-check.ts) times for a pattern on one adversarial
// line: the pattern cut down, by its regexpp syntax tree, to what the engine explores on that line.
//
// Why this proves the same. A backtracking engine's work on a line is the tree of paths it
// explores. An atom (a character, a class, an escape such as \s or \p{L}) none of whose characters
// occurs in the line fails wherever it is tried, whatever surrounds it. So, on that line:
//  - a sequence is never explored past such an atom (past a group or lookahead that cannot match
//    either): it is kept up to and including it, and the rest dropped (in a lookbehind, matched
//    right to left, from it to the end);
//  - an alternative that cannot match is dropped when trying it costs at most CHEAP_STEPS steps
//    whatever the line's length (no quantifier without an upper bound before the atom it fails
//    on: "approved\s+budget" on a line without "p" fails at its second letter); one that costs more
//    is kept, cut as above, so that what it explores before failing is still timed;
//  - a quantifier over what cannot match fails (min 1) or matches only the empty string (min 0,
//    kept as `(?:…)?` when trying the element costs more than CHEAP_STEPS); a negative lookaround
//    over it always succeeds.
// The cut pattern matches exactly what the original matches on the line, explores every path the
// original explores except the dropped ones, and the original takes at most (1 + CHEAP_STEPS times
// the number of dropped alternatives) times its steps: a constant of the pattern, not a function
// of the line. So it backtracks catastrophically on the line exactly when the original does.
// What is no longer timed is the linear cost of trying at each position thousands of phrases that
// cannot match there (the cue tables joined into alternations of up to 39,000 characters; in a
// sampled profile ~10 % of the patterns and ~76 % of the check's time).
//
// Timed whole as before (`fallback`): a pattern regexpp does not parse, one with a backreference
// (what a group captured changes what can match later) or with modifiers (flags that change inside
// the pattern). A class that can match a string of several characters (\q{…}, properties of
// strings) is never taken to be impossible.
//
// Not done instead: timing each alternative of a big alternation alone and the rest of the pattern
// once with the alternation replaced by one representative. What follows the alternation runs from
// wherever the alternatives end, so a catastrophic continuation that starts only after the one
// phrase a line holds ("ab" in `(?:cat|…|ab)(?:\w+\s?)+$` on "abab…!") is never reached with a
// representative the line does not hold.
import { RegExpParser, type AST } from "@eslint-community/regexpp";

/** Bound on the steps an alternative that cannot match may take to fail, for it to be dropped. */
export const CHEAP_STEPS = 1000;

export interface PatternPlan {
  /** the sources timed for this pattern; the original alone when not decomposed */
  variants: string[];
  /** for each line, the index in `variants` of the source timed on it */
  lineVariant: number[];
  /** why the pattern is timed whole, or null when it was decomposed */
  fallback: string | null;
}

/** Each line's characters, as a bit set over the characters of all the lines. */
export class LineAlphabets {
  readonly chars: string[];
  readonly index = new Map<string, number>();
  /** distinct alphabets, and for each line the index of its own */
  readonly masks: bigint[] = [];
  readonly lineAlphabet: number[];
  private readonly hitsOf = new Map<bigint, Uint8Array | null>();
  private readonly atomMasks = new Map<string, bigint>();
  constructor(lines: readonly string[]) {
    const all = new Set<string>();
    const charsOf = (line: string) => {
      const cs = new Set<string>();
      // code points (u and v mode) and code units (otherwise): a superset is always safe
      for (const c of line) {
        cs.add(c);
        if (c.length > 1) for (let k = 0; k < c.length; k++) cs.add(c[k]!);
      }
      return cs;
    };
    const perLine = lines.map(charsOf);
    for (const cs of perLine) for (const c of cs) all.add(c);
    this.chars = [...all];
    this.chars.forEach((c, k) => this.index.set(c, k));
    const seen = new Map<bigint, number>();
    this.lineAlphabet = perLine.map((cs) => {
      let m = 0n;
      for (const c of cs) m |= 1n << BigInt(this.index.get(c)!);
      let k = seen.get(m);
      if (k === undefined) {
        seen.set(m, (k = this.masks.length));
        this.masks.push(m);
      }
      return k;
    });
  }

  /** For each distinct alphabet, 1 when it holds one of `mask`'s characters; null when all or none do. */
  hits(mask: bigint): Uint8Array | null {
    let h = this.hitsOf.get(mask);
    if (h === undefined) {
      h = Uint8Array.from(this.masks, (m) => ((m & mask) === 0n ? 0 : 1));
      if (h.every((x) => x === h![0])) h = null;
      this.hitsOf.set(mask, h);
    }
    return h;
  }

  /** The characters of all the lines that an atom (its source, in a pattern of `flags`) matches, as
   * bits; all of them for a class that can match a string of several characters. */
  atomMask(a: Atom, flags: string): bigint {
    const key = `${flags}/${a.raw}`;
    let m = this.atomMasks.get(key);
    if (m === undefined) {
      m = 0n;
      if (matchesStrings(a)) m = (1n << BigInt(this.chars.length)) - 1n;
      else {
        const re = new RegExp(`^(?:${a.raw})$`, flags);
        for (let k = 0; k < this.chars.length; k++) if (re.test(this.chars[k]!)) m |= 1n << BigInt(k);
      }
      this.atomMasks.set(key, m);
    }
    return m;
  }
}

const parser = new RegExpParser({ ecmaVersion: 2025 });

/** A node as timed on a line: its source, whether it can match there, and bounds, whatever the
 * line's length, on the steps of trying it once and on the ways it can end (Infinity under a
 * quantifier without an upper bound). */
interface Reduced {
  src: string;
  never: boolean;
  steps: number;
  ends: number;
}
type Atom = AST.Character | AST.CharacterSet | AST.CharacterClass | AST.ExpressionCharacterClass;

/** The plan for every pattern: its variants and which one each line gets. */
export function planPatterns(
  regexes: ReadonlyArray<{ source: string; flags: string }>,
  lines: readonly string[],
): PatternPlan[] {
  const alphabets = new LineAlphabets(lines);
  return regexes.map((r) => planPattern(r.source, r.flags, alphabets));
}

/** The plan for one pattern (`alphabets` made from the lines it is to be timed on). */
export function planPattern(source: string, flags: string, alphabets: LineAlphabets): PatternPlan {
  const whole = (fallback: string): PatternPlan => ({
    variants: [source],
    lineVariant: alphabets.lineAlphabet.map(() => 0),
    fallback,
  });
  let pattern: AST.Pattern;
  try {
    pattern = parser.parsePattern(source, 0, source.length, {
      unicode: flags.includes("u"),
      unicodeSets: flags.includes("v"),
    });
  } catch (e) {
    return whole(`regexpp: ${(e as Error).message}`);
  }
  // every atom's characters among the lines', tested in the pattern's own mode (g, y, d and m do
  // not change what one character matches)
  const atomFlags = [...flags].filter((f) => "isuv".includes(f)).join("");
  const atoms = new Map<AST.Node, bigint>();
  let refused: string | null = null;
  const visit = (n: AST.Node) => {
    switch (n.type) {
      case "Character":
      case "CharacterSet":
      case "CharacterClass":
      case "ExpressionCharacterClass":
        atoms.set(n, alphabets.atomMask(n, atomFlags));
        return;
      case "Backreference":
        refused ??= "backreference";
        return;
      case "Group":
        if (n.modifiers) refused ??= "modifiers";
        n.alternatives.forEach(visit);
        return;
      case "Pattern":
      case "CapturingGroup":
      case "Assertion":
        if ("alternatives" in n) n.alternatives.forEach(visit);
        return;
      case "Alternative":
        n.elements.forEach(visit);
        return;
      case "Quantifier":
        visit(n.element);
        return;
    }
  };
  visit(pattern);
  if (refused !== null) return whole(refused);
  // The reduction reads the line only through the atoms it meets, so an alphabet that agrees with
  // an alphabet already reduced on every atom that reduction met gets the same variant.
  const variants: string[] = [];
  const done: Array<{ alphabet: number; met: Uint8Array[]; variant: number }> = [];
  const byAlphabet = alphabets.masks.map((line, a) => {
    const same = done.find((d) => d.met.every((hits) => hits[a] === hits[d.alphabet]));
    if (same) return same.variant;
    const reducer = new Reducer(line, atoms);
    const src = reducer.disjunction(pattern.alternatives, true).src;
    let variant = variants.indexOf(src);
    if (variant < 0) variant = variants.push(src) - 1;
    const met = [...reducer.met].flatMap((mask) => alphabets.hits(mask) ?? []);
    done.push({ alphabet: a, met, variant });
    return variant;
  });
  return { variants, lineVariant: alphabets.lineAlphabet.map((a) => byAlphabet[a]!), fallback: null };
}

const isCheap = (r: Reduced) => r.never && r.steps <= CHEAP_STEPS;

class Reducer {
  /** the masks of the atoms the reduction met */
  readonly met = new Set<bigint>();
  constructor(
    private readonly line: bigint,
    private readonly atoms: Map<AST.Node, bigint>,
  ) {}

  /** Alternatives: those that cannot match and fail within CHEAP_STEPS are dropped (one is kept
   * when all are, as what the engine fails on). */
  disjunction(alts: AST.Alternative[], forward: boolean): Reduced {
    const reduced = alts.map((a) => this.alternative(a, forward));
    let steps = 0;
    let ends = 0;
    for (const r of reduced) {
      steps += r.steps;
      ends += r.ends;
    }
    const kept = reduced.filter((r) => !isCheap(r));
    const src = (kept.length > 0 ? kept : reduced.slice(0, 1)).map((r) => r.src).join("|");
    return { src, never: reduced.every((r) => r.never), steps, ends };
  }

  private alternative(alt: AST.Alternative, forward: boolean): Reduced {
    const out: string[] = [];
    const order = forward ? alt.elements : [...alt.elements].reverse();
    let steps = 0;
    let paths = 1;
    let never = false;
    for (const e of order) {
      const r = this.element(e, forward);
      out.push(r.src);
      steps += paths * r.steps;
      paths *= r.ends;
      // the engine never gets past this element (right to left in a lookbehind): the rest of the
      // sequence is never explored
      if (r.never) {
        never = true;
        break;
      }
    }
    if (!forward) out.reverse();
    return { src: out.join(""), never, steps, ends: never ? 0 : paths };
  }

  private element(e: AST.Element, forward: boolean): Reduced {
    switch (e.type) {
      case "Character":
      case "CharacterSet":
      case "CharacterClass":
      case "ExpressionCharacterClass": {
        const mask = this.atoms.get(e)!;
        this.met.add(mask);
        const never = (mask & this.line) === 0n;
        return { src: e.raw, never, steps: 1, ends: never ? 0 : 1 };
      }
      case "Backreference": // refused before
        return { src: e.raw, never: false, steps: Infinity, ends: Infinity };
      case "Group":
      case "CapturingGroup": {
        const d = this.disjunction(e.alternatives, forward);
        const open = e.type === "Group" ? "(?:" : e.name === null ? "(" : `(?<${e.name}>`;
        return { ...d, src: `${open}${d.src})` };
      }
      case "Assertion": {
        if (e.kind !== "lookahead" && e.kind !== "lookbehind") return { src: e.raw, never: false, steps: 1, ends: 1 };
        const d = this.disjunction(e.alternatives, e.kind === "lookahead");
        const src = `(?${e.kind === "lookbehind" ? "<" : ""}${e.negate ? "!" : "="}${d.src})`;
        const steps = 1 + d.steps;
        // over what cannot match, a negative lookaround always succeeds and a positive one fails
        if (!d.never) return { src, never: false, steps, ends: 1 };
        if (e.negate) return { src: isCheap(d) ? "(?:)" : src, never: false, steps, ends: 1 };
        return { src, never: true, steps, ends: 0 };
      }
      case "Quantifier": {
        const r = this.element(e.element, forward);
        if (r.never) {
          // the element is tried once and fails: the quantifier fails (min 1) or matches empty (min 0)
          if (e.min > 0) return r;
          const src = isCheap(r) ? "(?:)" : `(?:${r.src})?${e.greedy ? "" : "?"}`;
          return { src, never: false, steps: 1 + r.steps, ends: 1 };
        }
        const src = r.src + e.raw.slice(e.element.end - e.start);
        if (!Number.isFinite(e.max)) return { src, never: false, steps: Infinity, ends: Infinity };
        let steps = 1;
        let ends = e.min === 0 ? 1 : 0;
        for (let k = 1, paths = 1; k <= e.max && steps <= CHEAP_STEPS; k++) {
          steps += paths * r.steps;
          paths *= r.ends;
          if (k >= e.min) ends += paths;
        }
        // a bound over CHEAP_STEPS only needs to be known as such
        return steps <= CHEAP_STEPS
          ? { src, never: false, steps, ends }
          : { src, never: false, steps: Infinity, ends: Infinity };
      }
    }
  }
}

function matchesStrings(a: Atom): boolean {
  if (a.type === "CharacterSet") return a.kind === "property" && a.strings;
  if (a.type === "Character") return false;
  let found = false;
  const visit = (n: AST.Node) => {
    if (found) return;
    if (n.type === "ClassStringDisjunction" || (n.type === "CharacterSet" && n.kind === "property" && n.strings)) {
      found = true;
      return;
    }
    if (n.type === "CharacterClass") n.elements.forEach(visit);
    else if (n.type === "ExpressionCharacterClass") visit(n.expression);
    else if (n.type === "ClassIntersection" || n.type === "ClassSubtraction") {
      visit(n.left);
      visit(n.right);
    }
  };
  visit(a);
  return found;
}
