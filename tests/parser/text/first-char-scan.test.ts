import { describe, expect, it } from "vitest";
import { firstChars } from "../../../services/parser/text/first-chars.ts";
import { firstCharScan } from "../../../services/parser/text/first-char-scan.ts";
import { allMatches, makeAllScans, scanWith } from "../../../services/parser/text/regex.ts";
import { CUE_END, CUE_START, cueRegex } from "../../../services/parser/normalise/cues.ts";
import { CUES } from "../../../services/parser/lang/cues.ts";

const shown = (source: string): string | null => {
  const f = firstChars(source);
  if (f === null || f === "any") return f;
  const ascii = [...f.ascii.keys()].filter((c) => f.ascii[c]).map((c) => String.fromCharCode(c));
  return ascii.join("") + (f.nonAscii ? "+" : "");
};

describe("firstChars", () => {
  it.each([
    [String.raw`(?:plim|zorb)\s+wag`, "pz"],
    [String.raw`a?b*[cD-F]`, "abcdef"],
    [String.raw`\d+x`, "0123456789"],
    [String.raw`(?<=fl)onk`, "o"],
    [String.raw`(?=q)quab`, "q"],
    [String.raw`\bvorn`, "v"],
    [String.raw`[\p{L}]+'s`, "abcdefghijklmnopqrstuvwxyz+"],
    [String.raw`[\s\S]x`, "any"],
    [String.raw`(?:q|[^q])z`, "any"],
    [String.raw`é`, "+"],
    [String.raw`\u00e9t`, "+"],
    // under i and u a KELVIN SIGN in the text matches k: k may begin with a character beyond ASCII
    [String.raw`kolp`, "k+"],
  ])("%s may begin with %s", (source, chars) => {
    expect(shown(source)).toBe(chars);
  });

  it.each([String.raw`zwib\s+\d`, String.raw`Ñandu`, String.raw`kelp+`, String.raw`ſtal`])(
    "reads %s, a cue opening with a letter, as the same pattern in a group is read",
    (source) => {
      expect(shown(source)).toBe(shown(`(?:${source})`));
    },
  );

  // read by their first term (a group of letter-led alternatives, a class), or whole when that
  // term may be skipped, the pattern has alternatives of its own or a class hides a "|" or "("
  it.each([
    [String.raw`(?:plim|zorb)?wag`, "pwz"],
    [String.raw`(?:ſnik|quab)(?:x|y)z`, "qs+"],
    [String.raw`[xy]+z|q`, "qxy"],
    [String.raw`(?:flim|(?:x)?zug)wap`, "fxz"],
    [String.raw`(?:wib|Ñu)\s+(?:[|(]|x)`, "w+"],
    [String.raw`[\d]\s+(?:a|b)`, "0123456789"],
    [String.raw`(?:flim|zug)(?<!x)wap`, "fz"],
  ])("reads %s, a cue opening with a term, as the whole pattern is read: %s", (source, chars) => {
    expect(shown(source)).toBe(chars);
  });

  it("reads negated classes and the dot exactly: [^a] may begin with anything but a, . with anything but a line break", () => {
    const notA = firstChars(String.raw`[^a]z`);
    const dot = firstChars(String.raw`.z`);
    if (notA === null || notA === "any" || dot === null || dot === "any") throw new Error("expected sets");
    expect([notA.ascii[0x61], notA.ascii[0x62], notA.nonAscii]).toEqual([0, 1, true]);
    expect([dot.ascii[0x0a], dot.ascii[0x0d], dot.ascii[0x20], dot.nonAscii]).toEqual([0, 0, 1, true]);
  });

  it.each([
    String.raw`(?:x)?`,
    String.raw`(a)b`,
    String.raw`(?<n>a)b`,
    String.raw`x{0,2}`,
    String.raw`\k<n>`,
    String.raw`(?:a|b)(c)`,
    String.raw`(?:a|b)(?<n>c)`,
  ])("%s gives no set (it may match empty, captures or is not followed)", (source) => {
    expect(firstChars(source)).toBeNull();
  });
});

describe("firstCharScan", () => {
  const parts = [
    String.raw`[\p{L}]+(?:'s|'re)\s+keen`,
    String.raw`(?:blorp|snee)\s+vat`,
    String.raw`(?<=(?:he|she)\s)quim`,
    String.raw`kelv`,
    String.raw`ésta\s+vez`,
    String.raw`\d+\s+wugs`,
  ];
  const joined = new RegExp(String.raw`${CUE_START}(?:${parts.join("|")})${CUE_END}`, "giu");
  const scanned = scanWith(new RegExp(joined.source, joined.flags), () =>
    firstCharScan(CUE_START, parts, CUE_END, "giu"),
  );
  const plain = (ms: RegExpExecArray[]) => ms.map((m) => ({ at: m.index, text: m[0] }));

  it.each([
    "Tam's keen, blorp vat and she quim; xblorp vat",
    "\u212Aelv and kelv, KELV",
    "Ésta vez 12 wugs, a12 wugs, 😀blorp vat 😀 snee\n vat",
    "日本blorp vat and Ñu's keen",
    // no "'s keen" anywhere: the part that may begin with any letter is left out of the groups
    "日本語ésta vez, blorp vat; Ñu keen",
    // beyond ASCII only where a part can begin: the long s and the Kelvin sign fold to s and k
    "ſnee vat 日本 \u212Aelv ÉSTA VEZ",
    "",
  ])("finds what the whole alternation finds in %j", (text) => {
    expect(plain(allMatches(text, scanned))).toEqual(plain(allMatches(text, joined)));
  });

  it("is used whenever a part's first characters are known, not when every part may begin with anything", () => {
    expect(firstCharScan(CUE_START, parts.slice(1), CUE_END, "giu")).not.toBeNull();
    expect(firstCharScan(CUE_START, [String.raw`[\s\S]wug`], CUE_END, "giu")).toBeNull();
  });

  it("gives the permission cues' matches on invented text", () => {
    const re = cueRegex(CUES.consent.permission);
    const text =
      "Mira's happy for you to call her. He's keen to meet your team; they'd love to hear from you.\nOk to contact: yes";
    expect(plain(allMatches(text, re))).toEqual(plain([...text.matchAll(new RegExp(re.source, re.flags))]));
  });
});

describe("makeAllScans", () => {
  it("makes a registered scan once, ahead of its first use", () => {
    let made = 0;
    const re = scanWith(/\bzorp\b/gu, () => {
      made++;
      return null;
    });
    expect(made).toBe(0);
    makeAllScans();
    expect(made).toBe(1);
    expect(allMatches("zorp and zorp", re)).toHaveLength(2);
    makeAllScans();
    expect(made).toBe(1);
  });
});
