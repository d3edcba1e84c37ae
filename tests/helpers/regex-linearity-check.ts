// Run by tests/services/regex-linearity.test.ts in a process of its own (its module tables are
// built fresh here, not beside those of every test file a vitest worker ran before), this checks
// every regular expression in services/ against adversarial 2,000-character lines (the longest
// line the extractor sees, see MAX_LINE_CHARS). A linear or quadratic pattern finishes such a
// line in milliseconds; catastrophic backtracking (cubic, exponential) takes seconds to hours.
// The bound is therefore a correctness gate, not a benchmark: it is far above any honest
// pattern's time and far below a catastrophic one's: at 2,000 characters a quadratic pattern
// makes ~4M steps (tens of ms), a cubic one ~8G steps (tens of seconds). It bounds CPU time, not
// wall time: on a machine with ten times more work than cores wall time grew tenfold and honest
// patterns crossed the bound.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { recordConstructedRegexes, regexLiterals, type FoundRegex } from "./regex-inventory.ts";

const BOUND_MS = 1000;
/** Wall time after which a pattern counts as hung and its thread is stopped (CPU time is not
 * measurable while it runs); generous, so that load alone never stops an honest pattern. */
const HUNG_MS = 30_000;
/** How often the worker's progress is looked at for a hang. */
const HUNG_CHECK_MS = 1000;
const LINE = 2000;

const TOKENS = [
  "a@",
  "1.",
  " ",
  "a",
  "A",
  "1",
  "a ",
  "A ",
  "Aa ",
  "a.",
  "a-",
  "a,",
  "a:",
  "a;",
  "<a",
  "a@a.",
  "a.b@",
  "\t",
  "-",
  "_",
  "*",
  ">",
  ". ",
  ", ",
  "Ab Cd, ",
  "ä",
  "Ö ",
  "1,",
  "0.0",
  "$1",
  "www.a",
  "http://a.",
  "a/",
  "'a",
  "(a",
  "a)",
  '"a',
  "=",
  "|",
  "x: ",
  "1 ",
  "+1 ",
];
const PREFIXES = ["", "From: ", "To: ", "Website: ", "Contact: ", "On ", "Mr "];

function adversarialLines(): string[] {
  const out = new Set<string>();
  for (const t of TOKENS) {
    const body = t.repeat(Math.ceil(LINE / t.length));
    for (const p of PREFIXES) {
      out.add((p + body).slice(0, LINE));
      out.add(`${(p + body).slice(0, LINE - 1)}!`); // a near miss at the very end
    }
  }
  // mixed: alternating word chars, separators and at-signs that keep many paths alive
  out.add("a@b.".repeat(LINE / 4));
  out.add("Aa Bb@".repeat(LINE / 6));
  out.add("a1.-_".repeat(LINE / 5));
  // a run of words joined by "and" and commas after a verb that opens a list of names
  for (const verb of ["had ", "has ", "asked ", "added "])
    out.add((verb + "ab and Cd, ".repeat(LINE / 11)).slice(0, LINE));
  return [...out];
}

function timeAll(
  regexes: FoundRegex[],
  inputs: string[],
): Promise<{ where: string; source: string; input: string; ms: number | null }[]> {
  const slow: { where: string; source: string; input: string; ms: number | null }[] = [];
  const describe = (i: number, j: number) => ({
    where: regexes[i]!.where,
    source: regexes[i]!.source.slice(0, 120),
    input: JSON.stringify(inputs[j]!.slice(0, 24)) + "…",
  });
  return new Promise((resolve, reject) => {
    const startAt = (start: number) => {
      // the pair the worker is on and how many it has begun (regex-timer.worker.mjs)
      const progress = new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT);
      const at = new Int32Array(progress);
      const worker = new Worker(new URL("./regex-timer.worker.mjs", import.meta.url), {
        workerData: { regexes, inputs, start, boundMs: BOUND_MS, progress },
      });
      // a hung pattern: the same pair for HUNG_MS; stop the thread, record it, go on with the next pattern
      let seen = -1;
      let since = Date.now();
      const watch = setInterval(() => {
        const begun = Atomics.load(at, 2);
        if (begun !== seen) {
          seen = begun;
          since = Date.now();
        } else if (Date.now() - since >= HUNG_MS) {
          clearInterval(watch);
          const i = Atomics.load(at, 0);
          slow.push({ ...describe(i, Atomics.load(at, 1)), ms: null });
          void worker.terminate().then(() => startAt(i + 1));
        }
      }, HUNG_CHECK_MS);
      worker.on("message", (msg: { type: string; i: number; j: number; ms: number }) => {
        if (msg.type === "slow") slow.push({ ...describe(msg.i, msg.j), ms: Math.round(msg.ms) });
        else if (msg.type === "done") {
          clearInterval(watch);
          void worker.terminate().then(() => resolve(slow));
        }
      });
      worker.on("error", (err) => {
        clearInterval(watch);
        reject(err);
      });
    };
    startAt(0);
  });
}

const { literals, constructingFiles } = regexLiterals(join(process.cwd(), "services"));
const constructed = await recordConstructedRegexes(async () => {
  const { parseMessage } = await import("../../services/parser/parse-message.ts");
  for (const file of constructingFiles) await import(file);
  // function-level patterns are built while parsing: run the shared dev corpus once
  const dir = join(process.cwd(), "../shared/corpus/dev");
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".eml")))
    await parseMessage(readFileSync(join(dir, f)), { vendorDomains: ["vendor.example"] });
});
const unique = new Map<string, FoundRegex>();
for (const r of [...literals, ...constructed]) unique.set(`/${r.source}/${r.flags}`, r);
const slow = await timeAll([...unique.values()], adversarialLines());
// exits once written: a timer or handle left by a module must not keep the test waiting
process.stdout.write(JSON.stringify({ literals: literals.length, constructed: constructed.length, slow }), () =>
  process.exit(0),
);
