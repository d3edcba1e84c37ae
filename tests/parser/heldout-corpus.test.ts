// The held-out corpus (tests/fixtures/corpus-heldout: other vendors' inboxes, written apart from the
// dev corpus) through the real `dealreg parse` command and the shared scorer: guards generalisation.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const repo = resolve(import.meta.dirname, "..", "..");
const corpus = join(repo, "tests", "fixtures", "corpus-heldout");
const scorer = resolve(repo, "..", "shared", "eval", "score.mjs");

describe.skipIf(!existsSync(scorer))("held-out corpus", () => {
  it("scores at least 0.96 with no silent errors (rules only)", () => {
    const env = { ...process.env, OPENAI_API_KEY: "", LOG_LEVEL: "error" };
    const run = spawnSync(process.execPath, [scorer, corpus, "--verbose", "--", process.execPath, join(repo, "bin", "dealreg.js"), "parse"], {
      cwd: repo,
      env,
      encoding: "utf8",
      timeout: 240_000,
    });
    const out = run.stdout ?? "";
    const m = /score: ([\d.]+) fields=\d+\/\d+ cases=\d+\/\d+ kind=(\d+)\/(\d+) silent_errors=(\d+)/.exec(out);
    expect(m, `${out}\n${run.stderr}`).not.toBeNull();
    expect(Number(m![1]), out).toBeGreaterThanOrEqual(0.96);
    expect(Number(m![2]), out).toBe(Number(m![3]));
    expect(Number(m![4]), out).toBe(0);
  }, 300_000);
});
