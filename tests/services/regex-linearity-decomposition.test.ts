// The regex-linearity check times each pattern on a line as cut down to what can match there
// (tests/helpers/regex-reduce.ts). These tests hold it to what the whole pattern would show: a
// catastrophic pattern hidden in, or built around, a big alternation is still caught, a pattern the
// cut does not handle is timed whole, and the cut never changes what a pattern matches.
import { describe, expect, it } from "vitest";
import { planPattern, planPatterns, LineAlphabets } from "../helpers/regex-reduce.ts";
import { adversarialLines, timeAll } from "../helpers/regex-timing.ts";

// Short lines: an exponential pattern takes 0.05–0.5 s of CPU on these, an honest one well under
// a millisecond, so a bound of 10 ms tells them apart under any load.
const LINES = ["a".repeat(23) + "!", "ab".repeat(14) + "!", "Aa ".repeat(8) + "!", "1.".repeat(12)];
const ALL_A = 0;
const LIMITS = { boundMs: 10, hungMs: 20_000 };

/** `n` phrases of a cue table: plain words, words joined by \s+, an optional article. */
function phrases(n: number): string[] {
  const letters = "bcdefghijklmnopqrstuvwxyz";
  const word = (k: number) => letters[k % 25]! + letters[(k * 7 + 3) % 25]! + "a" + letters[(k * 11 + 5) % 25]!;
  return Array.from({ length: n }, (_, k) =>
    k % 3 === 0 ? word(k) : k % 3 === 1 ? `${word(k)}\\s+${word(k + 1)}` : `(?:the\\s+)?${word(k)}`,
  );
}

const regex = (source: string, flags = "", where = source.slice(0, 40)) => ({ source, flags, where });

/** The named patterns' slow pairs, as [name, the line's first 4 characters]. */
async function slowPairs(named: Record<string, string>): Promise<string[][]> {
  const regexes = Object.entries(named).map(([where, source]) => regex(source, "", where));
  const slow = await timeAll(regexes, planPatterns(regexes, LINES), LINES, LIMITS);
  return slow.map((s) => [s.where, s.input.slice(1, 5)]);
}

describe("regex-linearity check on big alternations", () => {
  it("catches a catastrophic entry hidden among 500 alternatives", async () => {
    const table = phrases(499);
    const hidden = `(?:${[...table.slice(0, 250), "(?:a+)+$", ...table.slice(250)].join("|")})`;
    // one that never matches on the line but backtracks before it fails at its last letter
    const failing = `(?:${[...table.slice(0, 250), "(?:a|a)+z", ...table.slice(250)].join("|")})`;
    const honest = `(?:${[...table, "a+$"].join("|")})`;
    const alphabets = new LineAlphabets(LINES);
    for (const source of [hidden, failing]) {
      const plan = planPattern(source, "", alphabets);
      expect(plan.fallback).toBeNull();
      const timed = plan.variants[plan.lineVariant[ALL_A]!]!;
      expect(timed.length).toBeLessThan(source.length / 10); // cut down: the phrases cannot match
      expect(timed).toMatch(/\(\?:a\+\)\+\$|\(\?:a\|a\)\+z/);
    }
    const slow = await slowPairs({ hidden, failing, honest });
    expect(slow).toContainEqual(["hidden", "aaaa"]);
    expect(slow).toContainEqual(["failing", "aaaa"]);
    expect(slow.filter(([name]) => name === "honest")).toEqual([]);
  }, 30_000);

  it("catches a catastrophic shape around a big alternation of plain phrases", async () => {
    const words = phrases(500).filter((_, k) => k % 3 === 0);
    // the alternation under a nested quantifier, on a line of a's: (a+)+ once the other words drop
    const nested = `^(?:(?:${[...words, "a"].join("|")})+)+$`;
    // a continuation that only a phrase the line holds ("ab") reaches
    const after = `(?:${[...words, "ab"].join("|")})(?:\\w+\\s?)+$`;
    const honest = `(?:${[...words, "ab"].join("|")})(?:\\w\\s?)+$`;
    const alphabets = new LineAlphabets(LINES);
    for (const source of [nested, after]) {
      const plan = planPattern(source, "", alphabets);
      expect(plan.fallback).toBeNull();
      expect(plan.variants[plan.lineVariant[ALL_A]!]!.length).toBeLessThan(source.length / 10);
    }
    const slow = await slowPairs({ nested, after, honest });
    expect(slow).toContainEqual(["nested", "aaaa"]);
    expect(slow).toContainEqual(["after", "abab"]);
    expect(slow.filter(([name]) => name === "honest")).toEqual([]);
  }, 30_000);

  it("times whole a pattern it does not decompose", async () => {
    const table = phrases(499);
    const backref = `(?:${[...table, "^(a+)+\\1?$"].join("|")})`;
    const plan = planPattern(backref, "", new LineAlphabets(LINES));
    expect(plan.fallback).toBe("backreference");
    expect(plan.variants).toEqual([backref]);
    expect(new Set(plan.lineVariant)).toEqual(new Set([0]));
    expect(await slowPairs({ backref })).toContainEqual(["backref", "aaaa"]);
    // flags that change inside the pattern (V8 of Node 20 does not run them; regexpp reads them)
    expect(planPattern(`(?i:${table.join("|")})`, "", new LineAlphabets(LINES)).fallback).toBe("modifiers");
    // and what regexpp cannot parse
    expect(planPattern("(?<n>a)(?<n>b)", "", new LineAlphabets(LINES)).fallback).toMatch(/^regexpp/);
  }, 30_000);

  it("matches on every adversarial line exactly what the whole pattern matches", () => {
    // the adversarial lines, shortened (with their last character, the near miss): what a pattern
    // matches does not need 2,000 characters to differ
    const lines = adversarialLines().map((l) => l.slice(0, 199) + l.slice(-1));
    const sources: Array<[string, string]> = [
      [`(?<![\\p{L}\\p{N}])(?:${phrases(60).join("|")}|a\\s+(?:from|to)\\s+\\p{L}+)(?![\\p{L}])`, "giu"],
      ["(?<=(?:on|mr|to)\\s*[:.]?\\s)(\\p{Lu}\\p{Ll}+)(?:\\s+(\\p{Lu}\\p{Ll}*))?", "gu"],
      ["^(?:from|to|website|contact)\\s*:\\s*(.+?)(?:\\s+<([^>]+)>)?$", "im"],
      ["(?:https?://|www\\.)[^\\s<>]+?(?=[.,;:!?)]*(?:\\s|$))", "gi"],
      ["[\\w.+-]+@(?:[\\w-]+\\.)+[a-z]{2,}|\\bcall\\s+(?:me|us)\\b", "gi"],
      ["(?:a|b)*?c|(?:zz)+|(?!x)\\d{1,3}(?:[.,]\\d{3})*(?:\\.\\d+)?", "gy"],
      ["(?<!\\$)\\b(?:usd|eur|€|\\$)\\s?\\d+(?:[.,]\\d+)?(?:k|m)?\\b", "gi"],
    ];
    const regexes = sources.map(([s, f]) => regex(s, f));
    const plans = planPatterns(regexes, lines);
    const matches = (re: RegExp, line: string) => {
      re.lastIndex = 0;
      if (!re.global && !re.sticky) return re.exec(line)?.[0] ?? null;
      const out: string[] = [];
      for (let m; (m = re.exec(line)) !== null;) {
        out.push(`${m.index}:${m[0]}`);
        if (m[0] === "") re.lastIndex++;
      }
      return out;
    };
    let cut = 0;
    regexes.forEach(({ source, flags }, i) => {
      expect(plans[i]!.fallback).toBeNull();
      const whole = new RegExp(source, flags);
      lines.forEach((line, j) => {
        const timed = plans[i]!.variants[plans[i]!.lineVariant[j]!]!;
        if (timed !== source) cut++;
        expect(matches(new RegExp(timed, flags), line), `${source} on ${line.slice(0, 20)}`).toEqual(
          matches(whole, line),
        );
      });
    });
    expect(cut).toBeGreaterThan(lines.length); // the cut did happen on many lines
  });
});
