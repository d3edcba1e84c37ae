// The held-out corpus (tests/fixtures/corpus-heldout: other vendors' inboxes, written apart from the
// dev corpus) through the real `dealreg parse` command and the shared scorer: guards generalisation.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { canScore, repo, scoreCorpus } from "./score-corpus.ts";

const corpus = join(repo, "tests", "fixtures", "corpus-heldout");

describe.skipIf(!canScore(corpus))("held-out corpus", () => {
  it("scores at least 0.96 with no silent errors (rules only)", () => {
    const r = scoreCorpus(corpus);
    expect(r, "scorer printed no summary").not.toBeNull();
    expect(r!.score, r!.report).toBeGreaterThanOrEqual(0.96);
    expect(r!.kindRight, r!.report).toBe(r!.kindAll);
    expect(r!.silentErrors, r!.report).toBe(0);
  }, 300_000);
});
