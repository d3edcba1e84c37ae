// The characters a regex pattern's match can begin with, read from its source: what lets a large
// alternation be tried only at the positions where one of its alternatives can start (see
// text/first-char-scan.ts). Conservative by construction: anything this reader does not know
// (a property class, a backreference, a negated class, an unknown escape) may start with any
// character, so a set it gives always holds every character a match can begin with.

/** The ASCII characters (lower-cased letters stand for both cases) a match can begin with, and
 * whether it can begin with a character outside ASCII. */
export interface FirstChars {
  ascii: Uint8Array; // 128 flags
  nonAscii: boolean;
}

/** What a pattern (or a part of one) may begin with; null `first` when it may begin with anything. */
interface Reading {
  first: FirstChars | null;
  /** can it match the empty string (so what follows it may begin the match too)? */
  nullable: boolean;
  /** does it hold a capturing group (whose number a caller may rely on)? */
  captures: boolean;
}

/** `\t`, `\n`, … : the one character each escape stands for. */
const CONTROL_ESCAPES: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13, "0": 0 };

const none = (): FirstChars => ({ ascii: new Uint8Array(128), nonAscii: false });
const union = (a: FirstChars | null, b: FirstChars | null): FirstChars | null => {
  if (!a || !b) return null;
  const out = none();
  for (let i = 0; i < 128; i++) out.ascii[i] = a.ascii[i]! | b.ascii[i]!;
  out.nonAscii = a.nonAscii || b.nonAscii;
  return out;
};

// Under the i and u flags (simple case folding) two characters outside ASCII match ASCII letters:
// KELVIN SIGN matches k and LATIN SMALL LETTER LONG S matches s.
const FOLDS_TO_ASCII: ReadonlyMap<number, number> = new Map([
  [0x212a, 0x6b],
  [0x17f, 0x73],
]);

/** Adds the code points lo..hi (case-insensitively) to `set`. */
function addRange(set: FirstChars, lo: number, hi: number): void {
  for (let c = lo; c <= Math.min(hi, 127); c++) set.ascii[foldAscii(c)] = 1;
  if (hi >= 128) {
    set.nonAscii = true;
    for (const [from, to] of FOLDS_TO_ASCII) if (from >= lo && from <= hi) set.ascii[to] = 1;
  }
  // an ASCII k or s matches its non-ASCII twin in the text
  if (set.ascii[0x6b] || set.ascii[0x73]) set.nonAscii = true;
}
const foldAscii = (c: number): number => (c >= 0x41 && c <= 0x5a ? c + 0x20 : c);

const WHITE_SPACE_ASCII = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20];

/**
 * What a pattern's match can begin with, for a pattern compiled with the u flag (and maybe i):
 * "any" when it may begin with any character; null when it can match the empty string, holds a
 * capturing group or is written in a way this reader does not follow.
 */
export function firstChars(source: string): FirstChars | "any" | null {
  try {
    const reader = new Reader(source);
    const r = reader.alternatives();
    if (reader.at !== source.length || r.nullable || r.captures) return null;
    return r.first ?? "any";
  } catch {
    return null;
  }
}

class Reader {
  at = 0;
  constructor(private readonly src: string) {}

  private peek(): string | undefined {
    return this.src[this.at];
  }

  /** `a|b|…` up to a closing parenthesis or the end. */
  alternatives(): Reading {
    let out = this.sequence();
    while (this.peek() === "|") {
      this.at++;
      const next = this.sequence();
      out = {
        first: union(out.first, next.first),
        nullable: out.nullable || next.nullable,
        captures: out.captures || next.captures,
      };
    }
    return out;
  }

  /** Terms one after the other: the first that cannot match empty ends what can begin the match. */
  private sequence(): Reading {
    let first: FirstChars | null = none();
    let nullable = true;
    let captures = false;
    while (this.at < this.src.length && this.peek() !== "|" && this.peek() !== ")") {
      const t = this.quantified();
      captures ||= t.captures;
      if (nullable) {
        first = union(first, t.first);
        nullable = t.nullable;
      }
    }
    return { first, nullable, captures };
  }

  /** A term with its quantifier, if any. */
  private quantified(): Reading {
    const t = this.term();
    const q = this.peek();
    let optional = false;
    if (q === "?" || q === "*") {
      optional = true;
      this.at++;
    } else if (q === "+") this.at++;
    else if (q === "{") {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(this.src.slice(this.at));
      if (!m) throw new Error("brace");
      optional = Number(m[1]) === 0;
      this.at += m[0].length;
    } else return t;
    if (this.peek() === "?") this.at++; // lazy
    return optional ? { ...t, nullable: true } : t;
  }

  private term(): Reading {
    const c = this.src[this.at++]!;
    const chars = (set: FirstChars | null): Reading => ({ first: set, nullable: false, captures: false });
    if (c === "(") return this.group();
    if (c === "[") return chars(this.charClass());
    if (c === ".") return chars(null);
    if (c === "^" || c === "$") return { first: none(), nullable: true, captures: false };
    if (c === "\\") {
      const e = this.escape(false);
      if (e === "boundary") return { first: none(), nullable: true, captures: false };
      return chars(e);
    }
    if (c === ")" || c === "|" || c === "*" || c === "+" || c === "?" || c === "{") throw new Error("syntax");
    const set = none();
    const cp = this.codePointBefore();
    addRange(set, cp, cp);
    return chars(set);
  }

  /** The code point whose first code unit was just read (a surrogate pair is one). */
  private codePointBefore(): number {
    const cp = this.src.codePointAt(this.at - 1)!;
    if (cp > 0xffff) this.at++;
    return cp;
  }

  private group(): Reading {
    let captures = true;
    let lookaround = false;
    if (this.peek() === "?") {
      const rest = this.src.slice(this.at, this.at + 4);
      if (rest.startsWith("?:")) {
        captures = false;
        this.at += 2;
      } else if (rest.startsWith("?=") || rest.startsWith("?!")) {
        lookaround = true;
        captures = false;
        this.at += 2;
      } else if (rest.startsWith("?<=") || rest.startsWith("?<!")) {
        lookaround = true;
        captures = false;
        this.at += 3;
      } else if (rest.startsWith("?<")) {
        const end = this.src.indexOf(">", this.at);
        if (end < 0) throw new Error("group name");
        this.at = end + 1;
      } else throw new Error("group");
    }
    const inner = this.alternatives();
    if (this.src[this.at++] !== ")") throw new Error("unclosed");
    // a lookaround matches no character: what follows it begins the match
    if (lookaround) return { first: none(), nullable: true, captures: inner.captures };
    return { first: inner.first, nullable: inner.nullable, captures: captures || inner.captures };
  }

  /** After a backslash: a set of characters, or "boundary" for \b and \B (zero-width); null: any. */
  private escape(inClass: boolean): FirstChars | null | "boundary" {
    const c = this.src[this.at++];
    if (c === undefined) throw new Error("escape");
    const set = none();
    switch (c) {
      case "b":
        if (inClass) {
          addRange(set, 8, 8);
          return set;
        }
        return "boundary";
      case "B":
        if (inClass) throw new Error("escape");
        return "boundary";
      case "d":
        addRange(set, 0x30, 0x39);
        return set;
      case "s":
        for (const w of WHITE_SPACE_ASCII) addRange(set, w, w);
        set.nonAscii = true;
        return set;
      case "w":
        addRange(set, 0x30, 0x39);
        addRange(set, 0x41, 0x5a);
        addRange(set, 0x5f, 0x5f);
        set.nonAscii = true; // under i and u: KELVIN SIGN, LONG S
        return set;
      case "p": {
        // a letter or a digit of some script: in ASCII only the letters or the digits
        const name = this.braced("{");
        if (name === "L" || name === "Lu" || name === "Ll") addRange(set, 0x61, 0x7a);
        else if (name === "N" || name === "Nd") addRange(set, 0x30, 0x39);
        else return null;
        set.nonAscii = true;
        return set;
      }
      case "P":
        this.braced("{");
        return null;
      case "k":
        throw new Error("a backreference may match empty"); // not followed
      case "S":
      case "D":
      case "W":
        return null;
      case "t":
      case "n":
      case "v":
      case "f":
      case "r":
      case "0": {
        const cp = CONTROL_ESCAPES[c]!;
        addRange(set, cp, cp);
        return set;
      }
      case "c":
      case "x":
      case "u": {
        const cp = this.codeEscape(c);
        addRange(set, cp, cp);
        return set;
      }
      default:
        if (/[1-9]/.test(c)) throw new Error("a backreference may match empty");
        // in u mode only syntax characters (and "-" in a class) may be escaped: the character itself
        if (!/[\^$\\.*+?()[\]{}|/-]/.test(c)) throw new Error("escape");
        addRange(set, c.charCodeAt(0), c.charCodeAt(0));
        return set;
    }
  }

  /** After \\c, \\x or \\u (`kind`): the code point it writes. */
  private codeEscape(kind: string): number {
    if (kind === "c") return this.src.charCodeAt(this.at++) % 32;
    const m = (kind === "x" ? /^[0-9a-fA-F]{2}/ : /^(?:\{[0-9a-fA-F]+\}|[0-9a-fA-F]{4})/).exec(this.src.slice(this.at));
    if (!m) throw new Error("escape");
    this.at += m[0].length;
    const cp = parseInt(m[0].replace(/[{}]/g, ""), 16);
    // a surrogate written apart may pair with the next escape: not followed here
    if (cp >= 0xd800 && cp <= 0xdfff) throw new Error("surrogate");
    return cp;
  }

  /** After \\p, \\P or \\k: the name in braces (or angle brackets), read past. */
  private braced(open: string): string {
    const close = open === "{" ? "}" : ">";
    if (this.src[this.at] !== open) throw new Error("escape");
    const end = this.src.indexOf(close, this.at);
    if (end < 0) throw new Error("escape");
    const name = this.src.slice(this.at + 1, end);
    this.at = end + 1;
    return name;
  }

  /** After "[": the class's characters (null: any, as a negated class is read). */
  private charClass(): FirstChars | null {
    let negated = false;
    if (this.peek() === "^") {
      negated = true;
      this.at++;
    }
    let set: FirstChars | null = none();
    // one member: a code point (for a range) or a set
    const member = (): number | FirstChars | null => {
      const c = this.src[this.at++];
      if (c === undefined) throw new Error("class");
      if (c !== "\\") return this.codePointBefore();
      const k = this.src[this.at];
      const simple: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13, "0": 0, b: 8 };
      if (k !== undefined && k in simple) {
        this.at++;
        return simple[k]!;
      }
      if (k === "-" || (k !== undefined && /[\^$\\.*+?()[\]{}|/]/.test(k))) {
        this.at++;
        return k.charCodeAt(0);
      }
      if (k === "u" || k === "x" || k === "c") {
        this.at++;
        return this.codeEscape(k);
      }
      const s = this.escape(true);
      return s === "boundary" ? null : s;
    };
    while (this.peek() !== "]") {
      const lo = member();
      if (this.peek() === "-" && this.src[this.at + 1] !== "]") {
        this.at++;
        const hi = member();
        if (typeof lo !== "number" || typeof hi !== "number") throw new Error("range");
        if (set) addRange(set, lo, hi);
        continue;
      }
      if (lo === null) set = null;
      else if (typeof lo === "number") {
        if (set) addRange(set, lo, lo);
      } else set = union(set, lo);
    }
    this.at++; // "]"
    return negated ? null : set;
  }
}
