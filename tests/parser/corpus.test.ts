// The dev corpus through the real `dealreg parse` command, scored by the shared scorer
// (shared/eval/score.mjs, the same rules CI and the unseen corpora use).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const repo = resolve(import.meta.dirname, "..", "..");
const shared = resolve(repo, "..", "shared");
const corpus = join(shared, "corpus", "dev");
const scorer = join(shared, "eval", "score.mjs");

describe.skipIf(!existsSync(corpus) || !existsSync(scorer))("dev corpus", () => {
  it("scores at least 0.92 with no silent errors (rules only)", () => {
    const env = { ...process.env, OPENAI_API_KEY: "", LOG_LEVEL: "error" };
    const run = spawnSync(process.execPath, [scorer, corpus, "--verbose", "--", process.execPath, join(repo, "bin", "dealreg.js"), "parse"], {
      cwd: repo,
      env,
      encoding: "utf8",
      timeout: 240_000,
    });
    const out = run.stdout ?? "";
    const m = /score: ([\d.]+) fields=\d+\/\d+ cases=\d+\/\d+ kind=\d+\/\d+ silent_errors=(\d+)/.exec(out);
    expect(m, `${out}\n${run.stderr}`).not.toBeNull();
    expect(Number(m![1]), out).toBeGreaterThanOrEqual(0.92);
    expect(Number(m![2]), out).toBe(0);
  }, 300_000);
});
