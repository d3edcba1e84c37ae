// `npm run bench:admin` (10,000 cases) / `npm run bench:scale -- --cases 1000000`: seeds a
// database shaped like a long-running installation (bench/scale-seed.ts) into in-memory PGlite,
// or into a fresh database on TEST_DATABASE_URL (dropped afterwards), then measures each admin
// page through app.inject, the dashboard numbers uncached, and each `dealreg case list` shape
// (p50/p99). On PostgreSQL, every statement of a page over target is shown with
// EXPLAIN (ANALYZE, BUFFERS).
import { mkdtempSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import type { CompiledQuery, LogEvent } from "kysely";
import { z } from "zod";
import type { CaseStatus } from "../db/schema.ts";
import { openBenchDatabase, openExistingDatabase } from "./bench-db.ts";
import { seedScale } from "./scale-seed.ts";
import { migrateToLatest } from "../db/migrate.ts";
import { loadConfig } from "../services/config/env.ts";
import { createLogger } from "../services/core/logger.ts";
import { openAppContext } from "../services/app/context.ts";
import { buildApp } from "../services/web/app.ts";
import { REASONS } from "../services/admin/reasons.ts";
import { caseNumbers } from "../services/repos/admin-numbers.ts";
import { streamCases, type CaseListFilter } from "../services/cases/case-report.ts";

const casesArg = process.argv.indexOf("--cases");
let CASES = Number(casesArg >= 0 ? process.argv[casesArg + 1] : 10_000);
const repeatArg = process.argv.indexOf("--repeat");
const REPEAT = repeatArg >= 0 ? Number(process.argv[repeatArg + 1]) : 50;
const TARGET_MS = 200;
const PlanRows = z.array(z.object({ "QUERY PLAN": z.string() }));

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

/** The statements the app sent while `capturing` is on (benches only: kysely's query log). */
let capturing: { query: CompiledQuery; ms: number }[] | null = null;
const log = (e: LogEvent) => {
  if (capturing && e.level === "query") capturing.push({ query: e.query, ms: e.queryDurationMillis });
};

// `--keep` leaves the seeded database for another run; `--database NAME` runs on such a one
// (on TEST_DATABASE_URL's server) without seeding again.
const argOf = (name: string) =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined;
const reuse = argOf("--database");
const bench = reuse ? await openExistingDatabase(reuse, log) : await openBenchDatabase({ log });
const { handle, label } = bench;
try {
  await migrateToLatest(handle.db);
  if (reuse)
    CASES = (
      await handle.db
        .selectFrom("cases")
        .select((eb) => eb.fn.max("id").as("n"))
        .executeTakeFirstOrThrow()
    ).n;
  else {
    const seeded = await seedScale(handle.db, CASES);
    console.log(
      `seeded in ${(seeded.ms / 1000).toFixed(1)} s: ${Object.entries(seeded.counts)
        .map(([t, n]) => `${n.toLocaleString("en")} ${t}`)
        .join(", ")}`,
    );
  }
  const config = loadConfig({
    DATA_DIR: mkdtempSync(join(tmpdir(), "dealreg-bench-")),
    ADMIN_PASSWORD: "bench",
    SESSION_SECRET: "bench",
    LOG_LEVEL: "silent",
    MAIL_TRANSPORT: "file",
  });
  const ctx = await openAppContext(config, createLogger("silent"), { database: handle });
  const app = await buildApp(ctx);
  const login = await app.inject({
    method: "POST",
    url: "/admin/login",
    payload: "password=bench",
    headers: { "content-type": "application/x-www-form-urlencoded" },
  });
  const cookie = String(login.headers["set-cookie"]).split(";")[0]!;
  const db = handle.db;
  const queued = await db
    .selectFrom("review_items")
    .select("inbound_message_id")
    .where("reason", "=", "low_confidence")
    .where("resolved_at", "is", null)
    .orderBy("id", "desc")
    .executeTakeFirstOrThrow();
  const mid = Math.ceil(CASES / 2);
  const caseOf = async (status: CaseStatus) =>
    (
      await db
        .selectFrom("cases")
        .select("case_number")
        .where("status", "=", status)
        .where("id", "<=", mid)
        .orderBy("id", "desc")
        .limit(1)
        .executeTakeFirstOrThrow()
    ).case_number;
  const midNumber = (await db.selectFrom("cases").select("case_number").where("id", "=", mid).executeTakeFirstOrThrow())
    .case_number;
  // the queue's second page: the keyset of the first page's last row
  const firstQueue = await app.inject({ url: "/admin/", headers: { cookie } });
  const next = /href="(\/admin\/\?[^"]*after(?:=|&#x3D;)[^"]+)"/
    .exec(firstQueue.body)?.[1]
    ?.replaceAll("&amp;", "&")
    .replaceAll("&#x3D;", "=");
  const pages: [string, string][] = [
    ["reference: login page, no database", "/admin/login"],
    ["queue", "/admin/"],
    ...(next ? [["queue, next page", next] as [string, string]] : []),
    ...Object.keys(REASONS).map((r): [string, string] => [`queue, ${r}`, `/admin/?reason=${r}`]),
    ["message detail", `/admin/messages/${queued.inbound_message_id}`],
    ["cases + numbers", "/admin/cases"],
    ["cases, search company", "/admin/cases?q=company%20777"],
    ["cases, search company, rare", `/admin/cases?q=company%20${mid}%20gmbh`],
    ["cases, search partner", "/admin/cases?q=partner%2017"],
    ["cases, search no match", "/admin/cases?q=zzqx"],
    ["cases, search number", `/admin/cases?q=${midNumber}`],
    ["cases, search domain", `/admin/cases?q=company-${mid}.example`],
    ["cases, status", "/admin/cases?status=incomplete"],
    ["cases, status + deep page", `/admin/cases?status=approved&before=${mid}`],
    ["cases, search + deep page", `/admin/cases?q=partner%2017&before=${mid}`],
    ["case page, approved", `/admin/cases/${await caseOf("approved")}`],
    ["case page, conflict", `/admin/cases/${await caseOf("conflict")}`],
    ["case page, incomplete", `/admin/cases/${await caseOf("incomplete")}`],
  ];
  console.log(
    `\nload average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")} on ${cpus().length} cores`,
  );
  console.log(
    `${label}, ${CASES} cases; ${REPEAT} requests per page after 3 warm-ups (target p99 < ${TARGET_MS} ms)\n`,
  );
  console.log(`${"page".padEnd(38)}status   p50 ms   p99 ms`);
  const over: { name: string; url: string }[] = [];
  let worst = 0;
  const row = (name: string, status: string, times: number[]) => {
    times.sort((a, b) => a - b);
    const p99 = percentile(times, 0.99);
    worst = Math.max(worst, p99);
    console.log(
      `${name.padEnd(38)}${status.padEnd(7)}${percentile(times, 0.5).toFixed(1).padStart(7)}  ${p99.toFixed(1).padStart(7)}${p99 >= TARGET_MS ? "  OVER" : ""}`,
    );
    return p99;
  };
  for (const [name, url] of pages) {
    for (let i = 0; i < 3; i++) await app.inject({ url, headers: { cookie } });
    const times: number[] = [];
    let status = 0;
    for (let i = 0; i < REPEAT; i++) {
      const t = performance.now();
      const res = await app.inject({ url, headers: { cookie } });
      times.push(performance.now() - t);
      status = res.statusCode;
    }
    if (row(name, String(status), times) >= TARGET_MS) over.push({ name, url });
  }
  // The cases page caches its numbers for 15 s: a cache miss is what one in 15 s pays.
  const agg: number[] = [];
  for (let i = 0; i < Math.max(10, REPEAT / 2); i++) {
    const t = performance.now();
    await caseNumbers(db, new Date());
    agg.push(performance.now() - t);
  }
  row("numbers (dashboard), uncached", "-", agg);
  // `dealreg case list` shapes: the same generator the command prints from
  const monthAgo = new Date(Date.now() - 30 * 86_400_000);
  const lists: [string, CaseListFilter][] = [
    ["case list --limit 1000", { limit: 1000 }],
    ["case list --status pending --limit 1000", { status: "pending", limit: 1000 }],
    ["case list --status incomplete --limit 100", { status: "incomplete", limit: 100 }],
    ["case list --since 30d --limit 1000", { since: monthAgo, limit: 1000 }],
  ];
  for (const [name, filter] of lists) {
    const times: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t = performance.now();
      for await (const c of streamCases(db, filter)) void c;
      times.push(performance.now() - t);
    }
    row(name, "-", times);
  }
  const rss0 = process.memoryUsage().rss;
  let peak = rss0;
  let all = 0;
  const t = performance.now();
  for await (const c of streamCases(db)) {
    void c;
    if (++all % 10_000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  const allMs = performance.now() - t;
  console.log(
    `case list (all ${all}): ${(allMs / 1000).toFixed(1)} s, ${Math.round(all / (allMs / 1000))} cases/s, RSS +${Math.round((peak - rss0) / 1048576)} MiB while streaming`,
  );
  console.log(`\nworst p99: ${worst.toFixed(1)} ms ${worst < TARGET_MS ? "(within target)" : "(OVER TARGET)"}`);
  if (handle.kind === "postgres") {
    for (const page of over) {
      capturing = [];
      await app.inject({ url: page.url, headers: { cookie } });
      const statements: { query: CompiledQuery; ms: number }[] = capturing;
      capturing = null;
      console.log(`\n--- ${page.name} (${page.url}): ${statements.length} statements`);
      for (const s of statements.sort((a, b) => b.ms - a.ms).slice(0, 3)) {
        console.log(`\n${s.ms.toFixed(1)} ms: ${s.query.sql.replace(/\s+/g, " ").slice(0, 300)}`);
        const plan = await db.executeQuery({ ...s.query, sql: `explain (analyze, buffers) ${s.query.sql}` });
        for (const r of PlanRows.parse(plan.rows)) console.log(r["QUERY PLAN"]);
      }
    }
  }
  await app.close();
  await ctx.close();
} finally {
  if (process.argv.includes("--keep") || reuse) {
    await handle.close();
    console.log(`\nkept ${label}`);
  } else await bench.drop();
}
