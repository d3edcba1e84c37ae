// `npm run eval:corpora [NAME...]`: every labelled corpus here (../shared/corpus/dev and
// tests/fixtures/corpus-heldout*), or the ones named (`dev`, `heldout`, `52`, …), parsed by one
// `dealreg parse` run per core and scored by the shared scorer, rules only: one line per corpus
// (score, silent errors, kinds right, and the non-Latin names read strictly: script-strict.ts);
// `--verbose` adds the scorer's report of wrong fields.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { parseAll, repo, scoreCorpus } from "./score-corpus.ts";
import { strictNonLatin } from "./script-strict.ts";

const fixtures = join(repo, "tests", "fixtures");
const number = (dir: string) => Number(/-(\d+)$/.exec(dir)?.[1] ?? 1);
const heldOut = readdirSync(fixtures)
  .filter((d) => d.startsWith("corpus-heldout"))
  .sort((a, b) => number(a) - number(b))
  .map((d) => join(fixtures, d));
const dev = join(repo, "..", "shared", "corpus", "dev");
const all = [...(existsSync(dev) ? [dev] : []), ...heldOut];

/** A corpus's short name: `dev`, `heldout` (the first), or the held-out number. */
const nameOf = (dir: string) =>
  dir === dev ? "dev" : basename(dir) === "corpus-heldout" ? "heldout" : String(number(dir));

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const wanted = args.filter((a) => a !== "--verbose");
const dirs = wanted.length ? all.filter((d) => wanted.includes(nameOf(d))) : all;
if (dirs.length === 0) {
  console.error(`no corpus named ${wanted.join(", ")}; known: ${all.map(nameOf).join(" ")}`);
  process.exit(2);
}
const scratch = mkdtempSync(join(tmpdir(), "dealreg-eval-"));
try {
  const parsed = join(scratch, "parsed.jsonl");
  await parseAll(dirs, parsed);
  const lines = readFileSync(parsed, "utf8").split("\n");
  for (const dir of dirs) {
    const s = scoreCorpus(dir, parsed);
    if (!s) {
      console.log(`${nameOf(dir).padStart(7)}  the scorer printed no summary`);
      continue;
    }
    const strict = strictNonLatin(dir, lines);
    const names = strict.all ? `  non-Latin names ${strict.right}/${strict.all}` : "";
    const line = `${nameOf(dir).padStart(7)}  ${s.score.toFixed(3)}  silent ${s.silentErrors}  kind ${s.kindRight}/${s.kindAll}${names}`;
    console.log(line);
    if (verbose) console.log(s.report);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
