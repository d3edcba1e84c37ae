// Held-out corpus 5 (tests/fixtures/corpus-heldout-5: 20 new mails in the dev corpus's Northbeam style,
// labelled before the parser ever ran on it) through `dealreg parse` and the shared scorer.
// First score 0.896 with 2 silent errors and 1 kind wrong; 0.973 after the rules of this round (see the README
// for the labels' judgement calls).
// The gate sits a little below the level reached with general rules.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { canScore, repo, scoreCorpus } from "./score-corpus.ts";

const corpus = join(repo, "tests", "fixtures", "corpus-heldout-5");

describe.skipIf(!canScore(corpus))("held-out corpus 5", () => {
  it("scores at least 0.95 with every kind right (rules only)", () => {
    const r = scoreCorpus(corpus);
    expect(r, "scorer printed no summary").not.toBeNull();
    expect(r!.score, r!.report).toBeGreaterThanOrEqual(0.95);
    expect(r!.kindRight, r!.report).toBe(r!.kindAll);
    // two company names are still taken wrong without a flag (002 keeps a leading 'Architekturbüro', 009 takes the subject)
    expect(r!.silentErrors, r!.report).toBeLessThanOrEqual(2);
  }, 300_000);
});
