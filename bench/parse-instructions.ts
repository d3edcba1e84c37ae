// `npm run bench:parse-instructions`: the parse bench's ratio (dealreg parse / mailparser's
// simpleParser alone) by instructions executed instead of time, so that it repeats on a busy
// machine. Each side runs in its own process under valgrind's callgrind, once with `short` and
// once with `long` timed passes over the corpus after the same two warm-up passes; the
// difference between the two counts, divided by the messages of the extra passes, is the cost
// per message with start-up, module loading and warm-up taken out. The measured processes run
// this file bundled by esbuild, without tsx's loader thread (slow under valgrind, which runs
// one thread at a time).
// Corpus: ../shared/corpus/dev or $CORPUS_DIR. Needs valgrind; slow (minutes a side).
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { readFileSync, readdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { simpleParser } from "mailparser";
import { parseMessage } from "../services/parser/parse-message.ts";
import { REGEXP_FLAGS, bundleSelf } from "./bundle-self.ts";

const dir = resolve(process.env.CORPUS_DIR ?? join(import.meta.dirname, "..", "..", "shared", "corpus", "dev"));
const SIDES = {
  dealreg: (raw: Buffer) => parseMessage(raw, { vendorDomains: ["vendor.example"] }),
  simpleParser: (raw: Buffer) => simpleParser(raw),
};
type SideName = keyof typeof SIDES;
// one measured pass: instruction counts barely vary, and each pass costs minutes under valgrind
const PASSES = { short: 0, long: 1 };

function corpus(): Buffer[] {
  const raws = readdirSync(dir)
    .filter((f) => f.endsWith(".eml"))
    .sort()
    .map((f) => readFileSync(join(dir, f)));
  if (raws.length === 0) throw new Error(`no .eml files in ${dir}`);
  return raws;
}

/** In the measured process: two warm-up passes, then `passes` more, for one side. */
async function runPasses(side: SideName, passes: number): Promise<void> {
  const raws = corpus();
  const run = SIDES[side];
  for (let k = 0; k < 2 + passes; k++) for (const raw of raws) await run(raw);
}

/** Instructions callgrind counted in one process running `passes` passes of `side`. */
async function instructions(script: string, side: SideName, passes: number): Promise<number> {
  const { stderr } = await promisify(execFile)(
    "valgrind",
    ["--tool=callgrind", "--callgrind-out-file=/dev/null", process.execPath, ...REGEXP_FLAGS, script],
    {
      env: { ...process.env, CORPUS_DIR: dir, PARSE_INSTRUCTIONS_RUN: `${side}:${passes}` },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const collected = /Collected\s*:\s*(\d+)/.exec(stderr);
  if (!collected) throw new Error(`callgrind counted nothing (${side}, ${passes}):\n${stderr}`);
  return Number(collected[1]);
}

const child = process.env.PARSE_INSTRUCTIONS_RUN;
if (child) {
  const [side, passes] = child.split(":");
  await runPasses(side as SideName, Number(passes));
} else {
  execFileSync("valgrind", ["--version"]); // fails early, and clearly, without valgrind
  const n = corpus().length;
  const perMessage = {} as Record<SideName, number>;
  const script = await bundleSelf(import.meta.filename);
  try {
    // four independent processes: run side by side, each count is its own
    await Promise.all(
      (Object.keys(SIDES) as SideName[]).map(async (side) => {
        const [short, long] = await Promise.all([
          instructions(script, side, PASSES.short),
          instructions(script, side, PASSES.long),
        ]);
        perMessage[side] = (long - short) / ((PASSES.long - PASSES.short) * n);
      }),
    );
  } finally {
    rmSync(script, { force: true });
  }
  const m = (x: number) => `${(x / 1e6).toFixed(2)} M`;
  console.log(
    `parse instructions per message (${n} messages, ${PASSES.long - PASSES.short} passes measured): dealreg ${m(perMessage.dealreg)}, simpleParser ${m(perMessage.simpleParser)}`,
  );
  console.log(
    `dealreg parse / simpleParser by instructions = ${(perMessage.simpleParser / perMessage.dealreg).toFixed(2)} (target ≥ 0.5)`,
  );
}
