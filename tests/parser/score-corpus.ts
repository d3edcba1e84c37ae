// Runs the real `dealreg parse` command over a corpus folder through the shared scorer
// (shared/eval/score.mjs, the same rules CI and the unseen corpora use), rules only.
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";

export const repo = resolve(import.meta.dirname, "..", "..");
export const scorer = resolve(repo, "..", "shared", "eval", "score.mjs");

export interface CorpusScore {
  score: number;
  kindRight: number;
  kindAll: number;
  silentErrors: number;
  /** the scorer's verbose output: the wrong fields per case, for failure messages */
  report: string;
}

/** Scores `corpus` with the LLM switched off; null when the scorer printed no summary. */
export function scoreCorpus(corpus: string): CorpusScore | null {
  const env = { ...process.env, OPENAI_API_KEY: "", LOG_LEVEL: "error" };
  const run = spawnSync(
    process.execPath,
    [
      scorer,
      corpus,
      "--verbose",
      "--",
      process.execPath,
      "--no-regexp-tier-up",
      join(repo, "bin", "dealreg.js"),
      "parse",
    ],
    {
      cwd: repo,
      env,
      encoding: "utf8",
      timeout: 240_000,
    },
  );
  const report = `${run.stdout ?? ""}\n${run.stderr ?? ""}`;
  const m = /score: ([\d.]+) fields=\d+\/\d+ cases=\d+\/\d+ kind=(\d+)\/(\d+) silent_errors=(\d+)/.exec(
    run.stdout ?? "",
  );
  if (!m) return null;
  return { score: Number(m[1]), kindRight: Number(m[2]), kindAll: Number(m[3]), silentErrors: Number(m[4]), report };
}
