import { describe, expect, it } from "vitest";
import {
  allMatches,
  eachMatch,
  eachMatchOfAny,
  boundedMatches,
  hasMatch,
  literalAlternation,
} from "../../../services/parser/text/regex.ts";
import { clauseAfter, clauseBefore } from "../../../services/parser/normalise/cues.ts";

const asPlain = (ms: RegExpMatchArray[]) => ms.map((m) => ({ at: m.index, text: m[0], groups: [...m] }));

describe("allMatches", () => {
  const cases: Array<[string, RegExp]> = [
    ["Termin am Dienstag, Demo am Mittwoch", /(?<![\p{L}])(?:termin|demo)(?![\p{L}])/giu],
    ["a1b22c333", /\d*/g],
    ["😀x😀", /(?:)/gu],
    ["😀x😀", /(?:)/g],
    ["no hit here", /zzz/g],
    ["key: value\nother: thing", /^(\w+):\s*(\w+)$/gm],
  ];

  it.each(cases)("finds what matchAll finds in %j", (text, re) => {
    expect(asPlain(allMatches(text, re))).toEqual(asPlain([...text.matchAll(re)]));
  });

  it.each(cases)("eachMatch yields the same one at a time in %j", (text, re) => {
    expect(asPlain([...eachMatch(text, re)])).toEqual(asPlain([...text.matchAll(re)]));
  });

  it.each(cases)("hasMatch says whether matchAll finds any in %j, leaving lastIndex alone", (text, re) => {
    re.lastIndex = 0;
    expect(hasMatch(text, re)).toBe([...text.matchAll(re)].length > 0);
    expect(re.lastIndex).toBe(0);
  });

  it("eachMatch keeps its place while the same regex scans another text", () => {
    const re = /\d+/g;
    const seen: string[] = [];
    for (const m of eachMatch("1 22 333", re)) {
      seen.push(m[0]);
      allMatches("9 99", re);
      re.exec("77");
    }
    expect(seen).toEqual(["1", "22", "333"]);
  });

  it("starts where the regex's lastIndex stands and leaves it there, as matchAll does", () => {
    const re = /o/g;
    re.lastIndex = 5;
    expect(allMatches("foo boo", re).map((m) => m.index)).toEqual([5, 6]);
    expect(re.lastIndex).toBe(5);
  });

  it("refuses a regex without the g flag, as matchAll does", () => {
    expect(() => allMatches("x", /x/)).toThrow(TypeError);
  });
});

describe("eachMatchOfAny", () => {
  // each list, joined with |, is the regex whose matches it must reproduce
  const cases: Array<[string, string[], string]> = [
    [
      "demo booked on Tuesday, call scheduled, meeting next week",
      ["demo\\s+booked", "call", "meeting next", "booked"],
      "giu",
    ],
    // equal starts: the earlier alternative wins, as in a joined regex
    ["termin termine terminal", ["termin", "termine", "terminal"], "g"],
    ["termin termine terminal", ["terminal", "termine", "termin"], "g"],
    // overlaps: the scan goes on after a match's end, skipping matches that start inside it
    ["abcabcab", ["abc", "bca", "cab"], "g"],
    // empty matches advance by one character (a code point in unicode mode)
    ["😀x😀", ["(?:)", "x"], "gu"],
    ["a1b22", ["\\d*", "b"], "g"],
    // lookbehinds see the text before the scan position
    ["x1 y2 x3", ["(?<=x)\\d", "(?<=y)\\d"], "g"],
    ["nothing to find", ["zzz", "qqq"], "g"],
  ];

  it.each(cases)("yields what the joined regex yields in %j", (text, parts, flags) => {
    const joined = new RegExp(parts.join("|"), flags);
    const apart = parts.map((p) => new RegExp(p, flags));
    expect(asPlain([...eachMatchOfAny(text, apart)]).map(({ at, text }) => ({ at, text }))).toEqual(
      asPlain([...text.matchAll(joined)]).map(({ at, text }) => ({ at, text })),
    );
  });

  it("refuses a regex without the g flag", () => {
    expect(() => [...eachMatchOfAny("x", [/x/g, /y/])]).toThrow(TypeError);
  });

  // regexes that open with a shared phrase, tried only where it matches: the same matches
  it.each([
    "Demo booked for Tuesday; the demo on 3 May, a call. Meeting: booked. Demos done, démo lundi",
    "démo démo demo",
    "😀demo😀 call-demo 1demo",
    "nothing to find",
    "",
  ])("yields the same with a shared start in %j", (text) => {
    const phrase = "(?:demo|d[ée]mo|call|meeting)";
    const parts = [
      `(?<![\\p{L}])${phrase}\\s+booked`,
      "(?<![\\p{L}\\p{N}])booked",
      `(?<![\\p{L}\\p{N}])(?:${phrase}\\s+(?:on|for)\\s+\\p{L}+)`,
      `(?<![\\p{L}\\p{N}])(?:${phrase})`,
    ];
    const res = parts.map((p) => new RegExp(p, "giu"));
    const shared = {
      start: new RegExp(`(?<![\\p{L}])(?=${phrase})`, "giu"),
      anchored: new Set([res[0]!, res[2]!, res[3]!]),
    };
    const plain = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => ({ at: m.index, text: m[0] }));
    expect(plain(eachMatchOfAny(text, res, shared))).toEqual(plain(eachMatchOfAny(text, res)));
    expect(plain(eachMatchOfAny(text, res, shared))).toEqual(plain(text.matchAll(new RegExp(parts.join("|"), "giu"))));
  });
});

describe("clause bounds", () => {
  const BREAK =
    /[!?;:\n–—]|\.(?=\s+(?:\p{Lu}|$))|(?<=\p{L}{3})\.(?=\s+\p{Ll})|,\s(?=(?:aber|but|however|jedoch|doch)\b)/u;
  const texts = [
    "We spoke on Monday. The customer wants a trial, but nothing is booked yet; call me!",
    "ca. 40 Lizenzen, jedoch noch kein Termin — erst im Mai.",
    "no comp. she's expecting a call",
    "",
  ];
  it.each(texts)("matches the split-based reading of %j", (text) => {
    for (let i = 0; i <= text.length; i++) {
      const head = text.slice(Math.max(0, i - 30), i);
      expect(clauseBefore(text, i, 30)).toBe(head.split(BREAK).at(-1) ?? "");
      expect(clauseAfter(text, i, 25)).toBe(text.slice(i, i + 25).split(BREAK)[0] ?? "");
    }
  });
});

describe("boundedMatches", () => {
  const before = /(?<![\p{L}\p{N}])/iuy;
  const after = /(?![\p{L}\p{N}])/iuy;
  const single = (core: string, text: string) =>
    [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${core}(?![\\p{L}\\p{N}])`, "giu"))].map((m) => [m.index, m[0]]);
  const bounded = (core: string, text: string) =>
    [...boundedMatches(text, new RegExp(core, "giu"), before, after)].map((m) => [m.index, m[0]]);

  it("gives the matches of the one regex with the boundaries inside it", () => {
    const texts = [
      "Acme and ACME, acmeCorp, Acme2, xAcme; acme.",
      // a start refused by the boundary is passed, the next one still found
      "AcmeAcme Acme",
      "Größe größe GRÖSSE Größer",
      "𝐀Acme Acme𝐀 (Acme)",
      "",
    ];
    for (const text of texts)
      for (const core of ["acme", "größe", "acme[ \\t]+acme"]) expect(bounded(core, text)).toEqual(single(core, text));
    expect(bounded("acme", "AcmeAcme Acme")).toEqual([[9, "Acme"]]);
  });

  it("reads on with an `after` that consumes text, ending the match and the scan where it ends", () => {
    const words = /(?:[ \t]+\p{Lu}[\p{L}.&-]*(?![\p{L}\p{N}/]))*/iuy;
    const single = (text: string) =>
      [...text.matchAll(/(?<![\p{L}\p{N}.@/-])z[ \t'’.&-]?[oö]rb(?:[ \t]+\p{Lu}[\p{L}.&-]*(?![\p{L}\p{N}/]))*/giu)].map(
        (m) => [m.index, m.index + m[0].length],
      );
    const read = (text: string) =>
      [...boundedMatches(text, /z[ \t'’.&-]?[oö]rb/giu, /(?<![\p{L}\p{N}.@/-])/iuy, words)].map((m) => [
        m.index,
        m.end,
      ]);
    for (const text of [
      "Zörb Lake Works in Ostvik; info@zorb.example, z.orb Hall and Zorb Zorb Mill/2 zorbs",
      "Z orb Zörb, zörb",
      "",
    ])
      expect(read(text)).toEqual(single(text));
    // the name and the capitalised words after it, as one match; the second "Zorb" is inside it
    expect(read("Zorb Zorb Mill")).toEqual([[0, 14]]);
    // a zero-width `after`: the match ends where the core ends
    expect([...boundedMatches("Zorb.", /zorb/giu, before, after)].map((m) => m.end)).toEqual([4]);
  });

  it("refuses a core that is not global or checks that are not sticky", () => {
    expect(() => boundedMatches("x", /x/u, before, after).next()).toThrow(TypeError);
    expect(() => boundedMatches("x", /x/gu, /(?<!a)/u, after).next()).toThrow(TypeError);
  });
});

describe("literalAlternation", () => {
  it("puts a longer word before its own start, so the whole word is matched", () => {
    const re = new RegExp(`^(?:${literalAlternation(["Re", "Reply", "Rep"])})`);
    expect(re.exec("Reply: soon")?.[0]).toBe("Reply");
  });

  it("matches its words literally (no dot or bracket read as a pattern)", () => {
    const re = new RegExp(`^(?:${literalAlternation(["a.b", "(c)"])})$`);
    expect(re.test("a.b")).toBe(true);
    expect(re.test("axb")).toBe(false);
    expect(re.test("(c)")).toBe(true);
  });

  it("leaves the caller's list in its order", () => {
    const words = ["ab", "abc"];
    literalAlternation(words);
    expect(words).toEqual(["ab", "abc"]);
  });
});
