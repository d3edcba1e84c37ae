// The timing behind the regex-linearity check (regex-linearity-check.ts, which says why it is
// built so): every pattern against every adversarial line in a worker thread, one pair at a time,
// the CPU time of each pair held to a bound and a pair that hangs stopped. What is timed on a line
// is the pattern's variant for that line (regex-reduce.ts): the pattern cut down, exactly, to what
// can still match there, or the whole pattern when it is not decomposed.
import { Worker } from "node:worker_threads";
import type { PatternPlan } from "./regex-reduce.ts";

export interface TimedRegex {
  source: string;
  flags: string;
  where: string;
}

export interface SlowPair {
  where: string;
  source: string;
  /** the source timed on that line (the pattern's variant for it), when it is not the whole */
  timed?: string;
  input: string;
  ms: number | null;
}

export const BOUND_MS = 1000;
/** Wall time after which a pattern counts as hung and its thread is stopped (CPU time is not
 * measurable while it runs); generous, so that load alone never stops an honest pattern. */
export const HUNG_MS = 30_000;
/** How often the worker's progress is looked at for a hang. */
const HUNG_CHECK_MS = 1000;
export const LINE = 2000;

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

export function adversarialLines(): string[] {
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

/**
 * Times each pattern's variant for each line (`plans[i].variants[plans[i].lineVariant[j]]` on
 * `inputs[j]`) and returns the pairs over `boundMs` of CPU time, and those that ran `hungMs` of wall
 * time without finishing (ms null; the rest of that pattern's lines are then not run).
 */
export function timeAll(
  regexes: readonly TimedRegex[],
  plans: readonly PatternPlan[],
  inputs: readonly string[],
  { boundMs = BOUND_MS, hungMs = HUNG_MS }: { boundMs?: number; hungMs?: number } = {},
): Promise<SlowPair[]> {
  const slow: SlowPair[] = [];
  const describe = (i: number, j: number) => {
    const timed = plans[i]!.variants[plans[i]!.lineVariant[j]!]!;
    return {
      where: regexes[i]!.where,
      source: regexes[i]!.source.slice(0, 120),
      ...(timed === regexes[i]!.source ? {} : { timed: timed.slice(0, 200) }),
      input: JSON.stringify(inputs[j]!.slice(0, 24)) + "…",
    };
  };
  const work = plans.map((p, i) => ({ flags: regexes[i]!.flags, variants: p.variants, lineVariant: p.lineVariant }));
  return new Promise((resolve, reject) => {
    const startAt = (start: number) => {
      // the pair the worker is on and how many it has begun (regex-timer.worker.mjs)
      const progress = new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT);
      const at = new Int32Array(progress);
      const worker = new Worker(new URL("./regex-timer.worker.mjs", import.meta.url), {
        workerData: { plans: work, inputs, start, boundMs, progress },
      });
      // a hung pattern: the same pair for hungMs; stop the thread, record it, go on with the next pattern
      let seen = -1;
      let since = Date.now();
      const watch = setInterval(
        () => {
          const begun = Atomics.load(at, 2);
          if (begun !== seen) {
            seen = begun;
            since = Date.now();
          } else if (Date.now() - since >= hungMs) {
            clearInterval(watch);
            const i = Atomics.load(at, 0);
            slow.push({ ...describe(i, Atomics.load(at, 1)), ms: null });
            void worker.terminate().then(() => startAt(i + 1));
          }
        },
        Math.min(HUNG_CHECK_MS, hungMs),
      );
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
    if (plans.length === 0) resolve(slow);
    else startAt(0);
  });
}
