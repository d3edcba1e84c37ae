// Phrasebooks: short partner-mail bodies written by people who had not read the parser, one
// JSON object per line (`{"id", "body", "expect"}`, one file per language), each labelled only for
// the fields its phrasing is about (tests/fixtures/phrasebook-*/README.md). They measure how far
// the cue and free-text rules reach beyond the corpora they were learnt from, field by field and
// language by language. Each entry becomes a corpus case (`.eml` + `.expected.json`) in a scratch
// folder, scored by the shared scorer like every corpus, so phrasebooks and corpora are judged by
// one set of comparison rules. `npm run eval:phrasebook [DIR...]` prints the table.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { z } from "zod";
import { parseAll, repo, scoreCorpus } from "./score-corpus.ts";

const Entry = z.object({
  id: z.string().min(1),
  body: z.string().min(1),
  expect: z.record(z.string(), z.unknown()),
});
export type PhrasebookEntry = z.infer<typeof Entry>;

export const PHRASEBOOKS = readdirSync(join(repo, "tests", "fixtures"))
  .filter((d) => d.startsWith("phrasebook-"))
  .map((d) => join(repo, "tests", "fixtures", d));

/** The entries of one language file; a malformed line is an error naming the file and line. */
export function readPhrasebook(file: string): PhrasebookEntry[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .map((line, i) => ({ line: line.trim(), no: i + 1 }))
    .filter(({ line }) => line !== "")
    .map(({ line, no }) => {
      const parsed = Entry.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${no}: ${parsed.error.message}`);
      return parsed.data;
    });
}

/** `{"contact.role": "CFO", "partner.name": "Ann Lee"}` → `{registration: {contact: {role: "CFO"}},
 * partner: {name: "Ann Lee"}}`: the expected file's nesting (the partner is the message's, not the
 * registration's). */
export function expectedOf(flat: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { kind: "registration" };
  for (const [path, value] of Object.entries(flat)) {
    const keys = path.startsWith("partner.") ? path.split(".") : ["registration", ...path.split(".")];
    let at = out;
    for (const k of keys.slice(0, -1)) at = (at[k] ??= {}) as Record<string, unknown>;
    at[keys.at(-1)!] = value;
  }
  return out;
}

/** One entry as a mail from a partner to the vendor's partner address. The sender is neutral
 * (the body signs with the partner's own name); headers carry nothing the entry is about. */
export function entryMail(e: PhrasebookEntry): string {
  const body = e.body.replace(/\r?\n/g, "\r\n");
  return [
    "From: Partner Desk <desk@partnerfirm.example>",
    "To: partners@vendor.example",
    `Subject: ${e.id}`,
    `Message-ID: <${e.id}@partnerfirm.example>`,
    "Date: Thu, 03 Dec 2026 10:00:00 +0000",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
    "",
    body,
    "",
  ].join("\r\n");
}

/** The language files of a phrasebook folder, by language code. */
export function languageFiles(dir: string): Array<{ language: string; file: string }> {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()
    .map((f) => ({ language: basename(f, ".jsonl"), file: join(dir, f) }));
}

export interface EntryScore {
  entries: number;
  score: number;
  report: string;
}

/**
 * Scores each group of language files as one scratch corpus, all of them parsed by one
 * `parseAll` run (a `dealreg parse` start costs seconds of module set-up; the scorer's own
 * batches of 40 started one per batch), then removed.
 */
export async function scoreEntryGroups(groups: string[][]): Promise<EntryScore[]> {
  const scratch = mkdtempSync(join(tmpdir(), "dealreg-phrasebook-"));
  try {
    const corpora = groups.map((files, g) => {
      const dir = join(scratch, String(g));
      mkdirSync(dir);
      const entries = files.flatMap(readPhrasebook);
      for (const e of entries) {
        writeFileSync(join(dir, `${e.id}.eml`), entryMail(e));
        writeFileSync(join(dir, `${e.id}.expected.json`), JSON.stringify(expectedOf(e.expect), null, 2));
      }
      return { dir, files, entries: entries.length };
    });
    const parsed = join(scratch, "parsed.jsonl");
    await parseAll(
      corpora.map((c) => c.dir),
      parsed,
    );
    return corpora.map(({ dir, files, entries }) => {
      const s = scoreCorpus(dir, parsed);
      if (!s) throw new Error(`the scorer printed no summary for ${files.join(", ")}`);
      return { entries, score: s.score, report: s.report };
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Per-field right/all lines of a scorer report, as `field -> [right, all]`. */
export function fieldCounts(report: string): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (const m of report.matchAll(/^(registration\.\S+|partner\.\S+|kind)\s+(\d+)\/(\d+)$/gm)) {
    out.set(m[1]!.replace(/^registration\./, ""), [Number(m[2]), Number(m[3])]);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dirs = process.argv.slice(2).length ? process.argv.slice(2) : PHRASEBOOKS;
  const books = dirs.map((dir) => ({ dir, languages: languageFiles(dir) }));
  const scored = await scoreEntryGroups(books.flatMap((b) => b.languages.map((l) => [l.file])));
  for (const { dir, languages } of books) {
    const scores = languages.map(({ language }) => ({ language, ...scored.shift()! }));
    const fields = [...new Set(scores.flatMap((s) => [...fieldCounts(s.report).keys()]))].sort();
    console.log(`\n${basename(dir)}`);
    console.log(["lang", "n", "score", ...fields].map((c) => c.padStart(c === "lang" ? 4 : 12)).join(" "));
    const totals = new Map<string, [number, number]>();
    for (const s of scores) {
      const counts = fieldCounts(s.report);
      const cells = fields.map((f) => {
        const [r, a] = counts.get(f) ?? [0, 0];
        const t = totals.get(f) ?? [0, 0];
        totals.set(f, [t[0] + r, t[1] + a]);
        return (a ? `${r}/${a}` : "-").padStart(12);
      });
      console.log(
        [s.language.padStart(4), String(s.entries).padStart(12), s.score.toFixed(3).padStart(12), ...cells].join(" "),
      );
    }
    const all = fields.map((f) => {
      const [r, a] = totals.get(f)!;
      return `${r}/${a} ${((100 * r) / a).toFixed(0)}%`.padStart(12);
    });
    const n = scores.reduce((k, s) => k + s.entries, 0);
    console.log(["all".padStart(4), String(n).padStart(12), "".padStart(12), ...all].join(" "));
  }
}
