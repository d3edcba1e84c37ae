// One measurement of `npm run bench:bigmail`, in a process of its own so that its RSS is its
// own: `node bin/run-ts.js bench/bigmail-run.ts <pglite|postgres> <MiB> <count>` opens dealreg
// (PGlite in a temporary DATA_DIR, or the PostgreSQL database in BIGMAIL_DATABASE_URL), ingests
// <count> mails of <MiB> at once and prints one JSON line: RSS before, peak RSS, seconds, outcomes.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../services/config/env.ts";
import { createLogger } from "../services/core/logger.ts";
import { openAppContext } from "../services/app/context.ts";
import { ingestRawMail } from "../services/ingest/ingest-raw-mail.ts";
import { bigMail } from "./big-mail.ts";
import { peakRssBytes, treeRssBytes } from "./proc-rss.ts";

const [backend = "pglite", mib = "5", count = "1"] = process.argv.slice(2);
const dataDir = mkdtempSync(join(tmpdir(), "dealreg-bigmail-"));
const config = loadConfig({
  ...(backend === "postgres" ? { DATABASE_URL: process.env.BIGMAIL_DATABASE_URL } : {}),
  DATA_DIR: dataDir,
  LOG_LEVEL: "warn",
  MAIL_TRANSPORT: "file",
  INBOUND_ADDRESS: "partners@northbeam.io",
});

const ctx = await openAppContext(config, createLogger(config.LOG_LEVEL));
ctx.parsePool.warm();
const mails = Array.from({ length: Number(count) }, (_, i) => bigMail(i, Number(mib) * 1024 * 1024));
// settle start-up (workers loading, migrations) before the baseline
await ingestRawMail(ctx.pipeline, bigMail(999, 4096), { kind: "cli", file: "warm-up.eml" });
global.gc?.();
const toMiB = (n: number) => Math.round(n / 2 ** 20);
const at = (m: NodeJS.MemoryUsage) => ({
  heapUsed: toMiB(m.heapUsed),
  external: toMiB(m.external),
  arrayBuffers: toMiB(m.arrayBuffers),
});
const base = process.memoryUsage();
// this process and the ones it started (tsx's esbuild service): the service's RSS as `top` sums it
const before = treeRssBytes(process.pid);
let peak = before;
// what the main thread holds at the peak (external includes PGlite's WebAssembly memory; the
// rest of RSS is code, the parse workers' heaps and freed memory not yet returned)
let atPeak = at(base);
const sample = () => {
  const rss = treeRssBytes(process.pid);
  if (rss > peak) [peak, atPeak] = [rss, at(process.memoryUsage())];
};
const sampler = setInterval(sample, 10);
const t0 = performance.now();
const results = await Promise.all(
  mails.map((raw, i) => ingestRawMail(ctx.pipeline, raw, { kind: "cli", file: `big-${i}.eml` })),
);
const seconds = (performance.now() - t0) / 1000;
clearInterval(sampler);
sample();
const details = await ctx.database.db
  .selectFrom("inbound_messages")
  .select("outcome_detail")
  .where("outcome", "=", "needs_review")
  .execute();
await ctx.close();
rmSync(dataDir, { recursive: true, force: true });
console.log(
  JSON.stringify({
    backend,
    mib: Number(mib),
    count: Number(count),
    beforeMiB: Math.round(before / 2 ** 20),
    peakMiB: Math.round(peak / 2 ** 20),
    // the kernel's high-water mark of this process alone, start-up included
    hwmMiB: Math.round(peakRssBytes(process.pid) / 2 ** 20),
    seconds: Number(seconds.toFixed(2)),
    statuses: results.map((r) => r.status),
    base: at(base),
    atPeak,
    details: details.map((d) => d.outcome_detail),
  }),
);
