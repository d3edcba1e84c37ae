// Every regular expression in services/ against adversarial 2,000-character lines, checked by
// tests/helpers/regex-linearity-check.ts in a child process: a vitest worker keeps the modules of
// every file it ran (isolate: false), and loading them all a second time there crashed the worker
// without a message in the full suite (2026-12-06), though never in a process of its own.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

describe("regular expressions in services/", () => {
  it("all run in bounded time on adversarial 2,000-character lines", async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--no-regexp-tier-up", "bin/run-ts.js", "tests/helpers/regex-linearity-check.ts"],
      { cwd: process.cwd(), maxBuffer: 64 * 1024 * 1024 },
    );
    const result = JSON.parse(stdout) as {
      literals: number;
      constructed: number;
      timed: { patterns: number; whole: number; variants: number };
      slow: unknown[];
    };
    expect(result.literals).toBeGreaterThan(300); // the walk found the literals
    expect(result.constructed).toBeGreaterThan(20); // and the constructor was recorded
    // nearly every pattern is cut down per line (tests/helpers/regex-reduce.ts), not timed whole
    expect(result.timed.whole).toBeLessThan(result.timed.patterns / 10);
    expect(result.slow).toEqual([]);
  }, 600_000);
});
