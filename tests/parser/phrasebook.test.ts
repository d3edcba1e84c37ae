// The learn halves of the phrasebooks as gates: per field, over all languages, the share of
// entries read right may not fall below what the rules reach now (rounded down). Sealed halves
// stay unread (tests/fixtures/sealed); docs/parser-generalisation.md records both.
import { basename } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { sharedOrSkip } from "../helpers/shared.ts";
import { PHRASEBOOKS, fieldCounts, languageFiles, scoreEntryGroups, type EntryScore } from "./phrasebook.ts";
import { scorer } from "./score-corpus.ts";

/** Minimum share right per phrasebook and field (`kind`: read as a registration at all). */
const FLOORS: Record<string, Record<string, number>> = {
  "phrasebook-cues": { kind: 0.99, consent: 0.99, stage: 0.98, motion: 0.99 },
  "phrasebook-fields": {
    kind: 0.99,
    competitors: 0.91,
    estimatedValue: 1,
    "contact.role": 0.97,
    "estimatedValue.amount": 0.975,
    "estimatedValue.currency": 0.975,
    geography: 0.775,
  },
  "phrasebook-identity": {
    kind: 0.98,
    "company.name": 0.65,
    "contact.name": 0.855,
    "contact.role": 0.79,
    "partner.name": 0.95,
    "partner.organization": 0.95,
  },
};

// every phrasebook parsed by one run, each scored as its own corpus
const scores = new Map<string, EntryScore>();
beforeAll(async () => {
  if (!sharedOrSkip("the phrasebook gate", scorer)) return;
  const all = await scoreEntryGroups(PHRASEBOOKS.map((dir) => languageFiles(dir).map((l) => l.file)));
  PHRASEBOOKS.forEach((dir, i) => scores.set(dir, all[i]!));
}, 600_000);

describe.each(PHRASEBOOKS.map((dir) => ({ dir, book: basename(dir) })))("$book", ({ dir, book }) => {
  it("every field at least at its floor", () => {
    if (!sharedOrSkip("the phrasebook gate", scorer)) return;
    const floors = FLOORS[book];
    expect(floors, `no floors for ${book}`).toBeDefined();
    const totals = fieldCounts(scores.get(dir)!.report);
    for (const [field, floor] of Object.entries(floors!)) {
      const [r, a] = totals.get(field) ?? [0, 0];
      expect(a, `${book}: no entry scores ${field}`).toBeGreaterThan(0);
      expect(r / a, `${book} ${field}: ${r}/${a}`).toBeGreaterThanOrEqual(floor);
    }
  });
});
