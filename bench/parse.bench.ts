// `npm run bench:parse`: rule-based parsing throughput and peak RSS over the dev corpus,
// repeated to 5,000 messages on one core (no LLM), and mailparser's simpleParser alone on the
// same messages in the same run: the ratio says what the rules cost on top of decoding.
// Corpus: ../shared/corpus/dev or $CORPUS_DIR.
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { simpleParser } from "mailparser";
import { parseMessage } from "../services/parser/parse-message.ts";

const dir = resolve(process.env.CORPUS_DIR ?? join(import.meta.dirname, "..", "..", "shared", "corpus", "dev"));
const total = Number(process.env.BENCH_MESSAGES ?? 5000);
const raws = readdirSync(dir)
  .filter((f) => f.endsWith(".eml"))
  .sort()
  .map((f) => readFileSync(join(dir, f)));
if (raws.length === 0) throw new Error(`no .eml files in ${dir}`);

const opts = { vendorDomains: ["vendor.example"] };
for (const raw of raws) await parseMessage(raw, opts); // warm-up: JIT, lazy module state

// reference: decoding alone, same messages, same count
for (const raw of raws) await simpleParser(raw);
const d0 = performance.now();
for (let i = 0; i < total; i++) await simpleParser(raws[i % raws.length]!);
const decodeRate = total / ((performance.now() - d0) / 1000);

let peakRss = process.memoryUsage().rss;
const t0 = performance.now();
for (let i = 0; i < total; i++) {
  await parseMessage(raws[i % raws.length]!, opts);
  if (i % 250 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
}
const seconds = (performance.now() - t0) / 1000;
peakRss = Math.max(peakRss, process.memoryUsage().rss);
console.log(
  `parse bench: ${total} messages (${raws.length} distinct) in ${seconds.toFixed(2)} s = ${(total / seconds).toFixed(0)} msg/s, peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MiB`,
);
console.log(
  `mailparser simpleParser alone: ${decodeRate.toFixed(0)} msg/s; dealreg parse / simpleParser = ${(total / seconds / decodeRate).toFixed(2)} (target ≥ 0.5)`,
);
