// `npm run bench:parse`: rule-based parsing throughput and peak RSS over the dev corpus,
// repeated to 5,000 messages on one core (no LLM), and mailparser's simpleParser alone on the
// same messages in the same run: the ratio says what the rules cost on top of decoding.
// Corpus: ../shared/corpus/dev or $CORPUS_DIR.
//
// Fair to both: the same buffers, two warm-up passes each, then the two run in alternating
// passes over the corpus (ABBA order, so neither always runs after the other) until each has
// parsed $BENCH_MESSAGES; wall time and this process's CPU time are summed per side. On a
// shared machine the CPU-time ratio is the steadier of the two: time spent waiting for a core
// counts in neither.
//
// What is measured is what `dealreg parse` runs: this file bundled as bin/bundle.js bundles the
// sources (bench/bundle-self.ts), in a child process started with V8's regex flags, as
// bin/dealreg.js is. PARSE_BENCH_RUNTIME=tsx measures the sources through tsx instead.
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { simpleParser } from "mailparser";
import { parseMessage } from "../services/parser/parse-message.ts";
import { REGEXP_FLAGS, bundleSelf } from "./bundle-self.ts";

// resolved here, where this file lies in bench/ (the bundled copy lies in node_modules/.cache)
const dir = resolve(process.env.CORPUS_DIR ?? join(import.meta.dirname, "..", "..", "shared", "corpus", "dev"));
if (process.env.PARSE_BENCH_RUNTIME !== "tsx" && process.env.PARSE_BENCH_CHILD !== "1") {
  const script = await bundleSelf(import.meta.filename);
  try {
    const child = spawnSync(process.execPath, [...REGEXP_FLAGS, script], {
      stdio: "inherit",
      env: { ...process.env, PARSE_BENCH_CHILD: "1", CORPUS_DIR: dir },
    });
    process.exitCode = child.status ?? 1;
  } finally {
    rmSync(script, { force: true });
  }
} else {
  await bench();
}

async function bench(): Promise<void> {
  const total = Number(process.env.BENCH_MESSAGES ?? 5000);
  const raws = readdirSync(dir)
    .filter((f) => f.endsWith(".eml"))
    .sort()
    .map((f) => readFileSync(join(dir, f)));
  if (raws.length === 0) throw new Error(`no .eml files in ${dir}`);

  const opts = { vendorDomains: ["vendor.example"] };
  interface Side {
    run: (raw: Buffer) => Promise<unknown>;
    done: number;
    wallMs: number;
    cpuMs: number;
  }
  const sides: Record<"dealreg" | "simpleParser", Side> = {
    dealreg: { run: (raw) => parseMessage(raw, opts), done: 0, wallMs: 0, cpuMs: 0 },
    simpleParser: { run: (raw) => simpleParser(raw), done: 0, wallMs: 0, cpuMs: 0 },
  };
  const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  let peakRss = process.memoryUsage().rss;

  /** One pass over the corpus (or what is left of the side's count), timed. */
  async function pass(side: Side, timed: boolean): Promise<void> {
    const n = timed ? Math.min(raws.length, total - side.done) : raws.length;
    const c0 = cpuMs();
    const w0 = performance.now();
    for (let i = 0; i < n; i++) await side.run(raws[i]!);
    if (!timed) return;
    side.wallMs += performance.now() - w0;
    side.cpuMs += cpuMs() - c0;
    side.done += n;
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }

  // warm-up: JIT, lazy module state, compiled patterns, for both
  for (let k = 0; k < 2; k++) for (const side of Object.values(sides)) await pass(side, false);
  for (let round = 0; sides.dealreg.done < total || sides.simpleParser.done < total; round++) {
    const order = round % 2 === 0 ? [sides.dealreg, sides.simpleParser] : [sides.simpleParser, sides.dealreg];
    for (const side of order) if (side.done < total) await pass(side, true);
  }

  const { dealreg, simpleParser: decode } = sides;
  const rate = (s: Side) => s.done / (s.wallMs / 1000);
  console.log(
    `parse bench (${process.env.PARSE_BENCH_CHILD === "1" ? "bundled as bin/bundle.js" : "through tsx"}): ${total} messages (${raws.length} distinct) in ${(dealreg.wallMs / 1000).toFixed(2)} s = ${rate(dealreg).toFixed(0)} msg/s, peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MiB`,
  );
  console.log(
    `mailparser simpleParser alone: ${rate(decode).toFixed(0)} msg/s; dealreg parse / simpleParser = ${(rate(dealreg) / rate(decode)).toFixed(2)} (target ≥ 0.5)`,
  );
  console.log(
    `CPU time per message: dealreg ${(dealreg.cpuMs / dealreg.done).toFixed(3)} ms, simpleParser ${(decode.cpuMs / decode.done).toFixed(3)} ms; ratio by CPU time ${(decode.cpuMs / decode.done / (dealreg.cpuMs / dealreg.done)).toFixed(2)}`,
  );
}
