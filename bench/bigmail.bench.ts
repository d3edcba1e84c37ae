// `npm run bench:bigmail`: peak RSS and time to ingest (store, parse, decide) big mails of
// 5, 25 and 39 MiB on embedded PGlite and on PostgreSQL, and four 39 MiB mails at once on
// PostgreSQL. Each case runs in a fresh process (bench/bigmail-run.ts); RSS is that process's and
// its children's. First, the embedded default as a user runs it: `dealreg serve` reading the
// mail from Dovecot (bench/bigmail-serve.ts; needs root). PostgreSQL cases need TEST_DATABASE_URL
// (a server where a scratch database may be created and dropped).
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { resolve } from "node:path";
import pg from "pg";
import { dovecotAvailability } from "../tests/helpers/dovecot.ts";

const root = resolve(import.meta.dirname, "..");
const admin = process.env.TEST_DATABASE_URL;

function run(backend: string, mib: number, count: number, url?: string): Record<string, unknown> {
  const out = execFileSync(
    process.execPath,
    backend === "serve"
      ? ["--no-regexp-tier-up", "bin/run-ts.js", "bench/bigmail-serve.ts", String(mib)]
      : [
          "--expose-gc",
          "--no-regexp-tier-up",
          "bin/run-ts.js",
          "bench/bigmail-run.ts",
          backend,
          String(mib),
          String(count),
        ],
    {
      cwd: root,
      env: { ...process.env, ...(url ? { BIGMAIL_DATABASE_URL: url } : {}) },
      encoding: "utf8",
      maxBuffer: 1 << 20,
    },
  );
  return JSON.parse(out.trim().split("\n").at(-1)!) as Record<string, unknown>;
}

async function withScratchDatabase<T>(fn: (url: string) => T): Promise<T> {
  const name = `dealreg_bigmail_${randomBytes(4).toString("hex")}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`create database ${name}`);
  try {
    const url = new URL(admin!);
    url.pathname = `/${name}`;
    return fn(url.toString());
  } finally {
    await client.query(`drop database ${name} with (force)`);
    await client.end();
  }
}

const rows: Record<string, unknown>[] = [];
const breakdown = (m: unknown) => {
  if (!m) return "(another process)";
  const { heapUsed, external, arrayBuffers } = m as Record<string, number>;
  return `${heapUsed} / ${external} / ${arrayBuffers}`;
};
const sizes = (process.env.BIGMAIL_SIZES ?? "5,25,39").split(",").map(Number);
const dovecot = dovecotAvailability();
if (dovecot.available) for (const mib of sizes) rows.push(run("serve", mib, 1));
else console.log(`the served case is skipped: ${dovecot.reason}`);
for (const mib of sizes) rows.push(run("pglite", mib, 1));
if (admin) {
  for (const mib of sizes) rows.push(await withScratchDatabase((url) => run("postgres", mib, 1, url)));
  rows.push(await withScratchDatabase((url) => run("postgres", 39, 4, url)));
} else {
  console.log("TEST_DATABASE_URL is not set: PostgreSQL cases skipped");
}
console.log(
  "| database | mail | at once | RSS before | peak RSS | growth per mail (× size) | main thread at peak: heap / external / array buffers (before) | seconds | outcomes | VmHWM of the main process (start-up peak with children) |",
);
console.log("|---|---|---|---|---|---|---|---|---|---|");
for (const r of rows) {
  const growth = ((r.peakMiB as number) - (r.beforeMiB as number)) / (r.count as number);
  console.log(
    `| ${r.backend} | ${r.mib} MiB | ${r.count} | ${r.beforeMiB} MiB | ${r.peakMiB} MiB | ${growth.toFixed(0)} MiB (${(growth / (r.mib as number)).toFixed(2)}×) | ${breakdown(r.atPeak)} (${breakdown(r.base)}) | ${r.seconds} | ${[...new Set(r.statuses as string[])].join(", ")} | ${r.hwmMiB} MiB${r.startPeakMiB ? ` (${r.startPeakMiB} MiB)` : ""} |`,
  );
}
for (const r of rows) {
  const details = [...new Set((r.details as string[] | undefined) ?? [])];
  if (details.length) console.log(`${r.backend} ${r.mib} MiB × ${r.count} in review: ${details.join("; ")}`);
}
