// The dev corpus through the real `dealreg parse` command, scored by the shared scorer.
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { canScore, repo, scoreCorpus } from "./score-corpus.ts";

const corpus = join(resolve(repo, "..", "shared"), "corpus", "dev");

describe.skipIf(!canScore(corpus))("dev corpus", () => {
  it("scores at least 0.98 with no silent errors (rules only)", () => {
    const r = scoreCorpus(corpus);
    expect(r, "scorer printed no summary").not.toBeNull();
    expect(r!.score, r!.report).toBeGreaterThanOrEqual(0.98);
    expect(r!.silentErrors, r!.report).toBe(0);
  }, 300_000);
});
