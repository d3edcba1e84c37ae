// The gate on the labelled machine-mail set: bounce recall >= 0.98 overall, no auto-reply,
// feedback report or person's mail called a bounce, and LF, CRLF, bare-CR and mbox copies of
// every file get the same answer. `npm run eval:machine-mail` prints the per-family table.
import { beforeAll, describe, expect, it } from "vitest";
import { detailMisses, falseBounces, runSet, scoreFamilies, VARIANTS, type Outcome } from "./labelled-set.ts";
import { observe } from "./observe.ts";

describe("machine-mail labelled set", () => {
  let outcomes: Outcome[];
  beforeAll(async () => {
    outcomes = await runSet(observe);
  }, 120_000);

  it("finds at least 98 % of the bounces on every line-ending copy", () => {
    for (const v of VARIANTS) {
      const all = scoreFamilies(outcomes.filter((o) => o.variant === v)).find((s) => s.family === "ALL")!;
      expect(all.recall, v).toBeGreaterThanOrEqual(0.98);
    }
  });

  it("calls no auto-reply, feedback report or person's mail a bounce", () => {
    expect(falseBounces(outcomes).map((o) => `${o.mail.family}/${o.mail.file} [${o.variant}]`)).toEqual([]);
  });

  it("never takes machine mail for a registration or a case answer", () => {
    const wrong = outcomes.filter(
      (o) => o.mail.label.kind !== "person" && ["registration", "reply"].includes(o.observed.kind),
    );
    expect(wrong.map((o) => `${o.mail.family}/${o.mail.file} [${o.variant}]: ${o.observed.kind}`)).toEqual([]);
  });

  it("recognises every auto-reply as one", () => {
    const missed = outcomes.filter((o) => o.mail.label.kind === "auto_reply" && o.observed.kind !== "auto_reply");
    expect(missed.map((o) => `${o.mail.file} [${o.variant}]: ${o.observed.kind}`)).toEqual([]);
  });

  it("gives the same answer for LF, CRLF, bare CR and a leading mbox From line", () => {
    const byFile = new Map<string, string[]>();
    for (const o of outcomes) {
      const key = `${o.mail.family}/${o.mail.file}`;
      byFile.set(key, [...(byFile.get(key) ?? []), JSON.stringify(o.observed)]);
    }
    const differing = [...byFile].filter(([, answers]) => new Set(answers).size > 1).map(([k]) => k);
    expect(differing).toEqual([]);
  });

  it("reads type, status, recipient, original Message-ID, VERP id and return date as labelled", () => {
    const misses = detailMisses(outcomes).map(
      (m) => `${m.outcome.mail.family}/${m.outcome.mail.file} ${m.field}: want ${String(m.want)}`,
    );
    expect([...new Set(misses)]).toEqual([]);
  });
});
