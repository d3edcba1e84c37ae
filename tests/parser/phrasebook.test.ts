// The learn halves of the phrasebooks as gates: per field, over all languages, the share of
// entries read right may not fall below what the rules reach now (rounded down). The sealed
// halves stay outside the repository; docs/parser-generalisation.md records both.
import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { sharedOrSkip } from "../helpers/shared.ts";
import { PHRASEBOOKS, fieldCounts, languageFiles, scoreEntries } from "./phrasebook.ts";
import { scorer } from "./score-corpus.ts";

/** Minimum share right per phrasebook and field (`kind`: read as a registration at all). */
const FLOORS: Record<string, Record<string, number>> = {
  "phrasebook-cues": { kind: 0.92, consent: 0.5, stage: 0.49, motion: 0.62 },
  "phrasebook-fields": {
    kind: 0.93,
    competitors: 0.45,
    "contact.role": 0.57,
    "estimatedValue.amount": 0.63,
    "estimatedValue.currency": 0.72,
    geography: 0.75,
  },
};

describe.each(PHRASEBOOKS.map((dir) => ({ dir, book: basename(dir) })))("$book", ({ dir, book }) => {
  it("every field at least at its floor", { timeout: 300_000 }, () => {
    if (!sharedOrSkip("the phrasebook gate", scorer)) return;
    const floors = FLOORS[book];
    expect(floors, `no floors for ${book}`).toBeDefined();
    const totals = fieldCounts(scoreEntries(languageFiles(dir).map((l) => l.file)).report);
    for (const [field, floor] of Object.entries(floors!)) {
      const [r, a] = totals.get(field) ?? [0, 0];
      expect(a, `${book}: no entry scores ${field}`).toBeGreaterThan(0);
      expect(r / a, `${book} ${field}: ${r}/${a}`).toBeGreaterThanOrEqual(floor);
    }
  });
});
