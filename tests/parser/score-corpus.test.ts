import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scoreCorpus } from "./score-corpus.ts";

const dev = join(import.meta.dirname, "..", "..", "..", "shared", "corpus", "dev");
const MAILS = ["001-plain-labels-couk-url", "002-firma-labels-de-qp"];

/** A corpus of two dev mails and a parsed file whose lines are their labels, for the named mails. */
function corpusWithLines(parsedMails: string[]): { dir: string; parsed: string } {
  const dir = mkdtempSync(join(tmpdir(), "dealreg-score-corpus-"));
  for (const m of MAILS) {
    copyFileSync(join(dev, `${m}.eml`), join(dir, `${m}.eml`));
    copyFileSync(join(dev, `${m}.expected.json`), join(dir, `${m}.expected.json`));
  }
  const lines = parsedMails.map((m) => {
    const label = JSON.parse(readFileSync(join(dev, `${m}.expected.json`), "utf8")) as object;
    return JSON.stringify({ ...label, file: join(dir, `${m}.eml`) });
  });
  const parsed = join(dir, "..", `${dir.split("/").pop()}.parsed.jsonl`);
  writeFileSync(parsed, `${lines.join("\n")}\n`);
  return { dir, parsed };
}

describe("scoreCorpus over a shared parse run's lines", () => {
  it("lets the shared scorer read every mail's line back", () => {
    const { dir, parsed } = corpusWithLines(MAILS);
    const score = scoreCorpus(dir, parsed);
    expect(score?.score).toBe(1);
    expect(score?.kindAll).toBe(2);
  });

  it("fails loudly when the run did not parse one of the corpus's mails", () => {
    const { dir, parsed } = corpusWithLines(MAILS.slice(0, 1));
    expect(() => scoreCorpus(dir, parsed)).toThrow(/002-firma-labels-de-qp\.eml was not parsed by the shared run/);
  });
});
