// IMAP ingest benchmark on real PostgreSQL (TEST_DATABASE_URL or DATABASE_URL, an admin URL:
// a scratch database is created and dropped) and a private Dovecot.
//   1. store: BENCH_MAILS mails wait in the mailbox; the IMAP reader (store only) commits them;
//   2. process: 1, then 2 `process` worker processes (bench/process-worker.ts) turn the stored
//      mail into committed cases and queued acknowledgements; mails/s, CPU per mail, SQL
//      statements per mail, and what the database sessions wait for (pg_stat_activity and
//      pg_locks sampled every 25 ms); BENCH_CPU_PROF=FILE.cpuprofile profiles the single worker;
//   3. reference: PostgreSQL alone doing the same writes (bench/write-shape.ts), same run;
//   4. sender: how fast the queued acknowledgements drain to the SMTP sink;
//   5. latency: BENCH_LATENCY_MAILS mails APPENDed at BENCH_RATE per second to an idle reader
//      with a processor and the sender in this process; APPEND → acknowledgement at the SMTP server.
// `npm run bench:ingest`; BENCH_MAILS=1000 BENCH_RATE=10 BENCH_LATENCY_MAILS=200 by default.
import { rawMailFromBuffer } from "../services/parser/raw-mail.ts";
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import pg from "pg";
import { sql } from "kysely";
import { loadConfig } from "../services/config/env.ts";
import { createLogger } from "../services/core/logger.ts";
import { openAppContext, type AppContext } from "../services/app/context.ts";
import { startWorker } from "../services/app/worker.ts";
import { SEND_CONCURRENCY } from "../services/notifier/sender.ts";
import { startImapWatcherFromContext } from "../services/ingest/imap/from-config.ts";
import type { ImapWatcher } from "../services/ingest/imap/watcher.ts";
import { peekMessageId } from "../services/ingest/store-raw.ts";
import { startDovecot, dovecotAvailability } from "../tests/helpers/dovecot.ts";
import { registrationMail } from "../tests/imap/fixtures.ts";
import { startSink } from "./smtp-sink.ts";
import { writeShapeReference } from "./write-shape.ts";
import { describeWaits, sampleWaits } from "./pg-sampler.ts";
import { topFrames } from "./cpu-profile.ts";

const MAILS = Number(process.env.BENCH_MAILS ?? 1000);
const RATE = Number(process.env.BENCH_RATE ?? 10);
const LATENCY_MAILS = Number(process.env.BENCH_LATENCY_MAILS ?? 200);
const CPU_PROF = process.env.BENCH_CPU_PROF;
const adminUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
if (!adminUrl) {
  console.error(
    "bench:ingest needs TEST_DATABASE_URL or DATABASE_URL (PostgreSQL admin URL, e.g. postgres://postgres@127.0.0.1:5432/postgres)",
  );
  process.exit(2);
}
const dovecotOk = dovecotAvailability();
if (!dovecotOk.available) {
  console.error(`bench:ingest needs Dovecot: ${dovecotOk.reason}`);
  process.exit(2);
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! : NaN;
};
const fmt = (xs: number[]) =>
  `p50 ${pct(xs, 50).toFixed(0)} ms, p99 ${pct(xs, 99).toFixed(0)} ms, max ${Math.max(...xs).toFixed(0)} ms`;

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const dbName = `dealreg_bench_${randomBytes(4).toString("hex")}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`create database ${dbName}`);
const u = new URL(adminUrl);
u.pathname = `/${dbName}`;
const dovecot = await startDovecot();
const sink = await startSink();
const dataDir = mkdtempSync(join(tmpdir(), "dealreg-bench-"));
let ctx: AppContext | null = null;
let watcher: ImapWatcher | null = null;

try {
  const env = {
    DATABASE_URL: u.toString(),
    DATA_DIR: dataDir,
    IMAP_URL: dovecot.url,
    SMTP_URL: sink.url,
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    INBOUND_ADDRESS: "partners@northbeam.io",
    MAIL_FROM: "Northbeam Partner Team <partners@northbeam.io>",
    // thousands of registrations a minute are what this bench is about, not a storm to stop
    AUTO_ACKS_PER_SENDER_HOUR: "10000000",
    OUTBOUND_MAX_PER_MINUTE: "10000000",
  };
  const config = loadConfig(env);
  ctx = await openAppContext(config, createLogger(config.LOG_LEVEL));
  const db = ctx.database.db;
  const count = async (q: "processed" | "acks" | "sent") => {
    const r =
      q === "processed"
        ? await db
            .selectFrom("inbound_messages")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .where("outcome", "is not", null)
            .executeTakeFirstOrThrow()
        : await db
            .selectFrom("outbox")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .where("kind", "=", "ack")
            .$if(q === "sent", (qb) => qb.where("status", "=", "sent"))
            .executeTakeFirstOrThrow();
    return Number(r.n);
  };
  console.log(
    `bench:ingest — ${MAILS} mails per phase, PostgreSQL ${(await sql<{ v: string }>`select current_setting('server_version') as v`.execute(db)).rows[0]?.v}, Dovecot, node ${process.version}, load ${(
      await import("node:os")
    )
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(" ")}`,
  );

  // 1. the IMAP reader only fetches and stores; nothing in this process processes. The first
  // round's mails wait in the mailbox before the reader starts (a backlog: the reader's own pace);
  // later rounds arrive while it idles.
  const readerCtx = ctx;
  const store = async (round: string, total: number) => {
    // each round registers new prospects (a repeated company would take the existing-case path,
    // a different write shape from the reference's)
    await dovecot.append(Array.from({ length: MAILS }, (_, i) => registrationMail(total - MAILS + i, round)));
    const t0 = performance.now();
    watcher ??= startImapWatcherFromContext(readerCtx, {}, null)!;
    await until(async () => watcher!.status().ingested >= total, 600_000, "all mails stored");
    return MAILS / ((performance.now() - t0) / 1000);
  };

  // 2. W worker processes share the stored mail
  const processWith = async (workers: number, total: number) => {
    const profile = CPU_PROF && workers === 1 ? CPU_PROF : "";
    const children = Array.from({ length: workers }, () =>
      spawn(process.execPath, ["--no-regexp-tier-up", "bin/run-ts.js", "bench/process-worker.ts"], {
        env: { ...process.env, BENCH_CONFIG: JSON.stringify(env), BENCH_CPU_PROF: profile },
        stdio: ["pipe", "pipe", "inherit"],
      }),
    );
    const lines = children.map((c) => createInterface({ input: c.stdout! })[Symbol.asyncIterator]());
    const next = async (i: number) => String((await lines[i]!.next()).value ?? "");
    for (let i = 0; i < workers; i++) if ((await next(i)) !== "ready") throw new Error("a worker did not start");
    const sampler = await sampleWaits(adminUrl!, dbName);
    const t0 = performance.now();
    await until(async () => (await count("processed")) >= total, 600_000, "all mails processed");
    const ms = performance.now() - t0;
    const waits = await sampler.stop();
    const reports = await Promise.all(
      children.map(async (c: ChildProcess, i) => {
        c.stdin!.write("stop\n");
        // the report is the line with "statements" (log lines share stdout)
        let line = await next(i);
        while (line && !line.includes('"statements"')) {
          console.error(`  worker ${i + 1} logged: ${line.slice(0, 300)}`);
          line = await next(i);
        }
        return JSON.parse(line) as {
          processed: number;
          cpuMs: number;
          statements: { total: number; byKind: Array<[string, number]> };
        };
      }),
    );
    await Promise.all(children.map((c) => new Promise((r) => c.once("exit", r))));
    const rate = MAILS / (ms / 1000);
    const cpu = reports.reduce((a, r) => a + r.cpuMs, 0) / MAILS;
    const statements = reports.reduce((a, r) => a + r.statements.total, 0) / MAILS;
    console.log(
      `process, ${workers} worker process${workers > 1 ? "es" : ""}: ${rate.toFixed(1)} mails/s stored → case + queued reply (${(ms / 1000).toFixed(1)} s); CPU ${cpu.toFixed(2)} ms per mail (all threads); lock wait ${(waits.lockWaitMs / MAILS).toFixed(2)} ms per mail (sampled); ${statements.toFixed(1)} SQL statements per mail (per worker: ${reports.map((r) => r.processed).join(" / ")} mails)`,
    );
    console.log(`  what the database sessions did (${waits.samples} samples): ${describeWaits(waits)}`);
    const byKind = new Map<string, number>();
    for (const r of reports) for (const [k, n] of r.statements.byKind) byKind.set(k, (byKind.get(k) ?? 0) + n);
    console.log(
      `  statements per mail: ${[...byKind]
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${(n / MAILS).toFixed(2)} ${k}`)
        .join("; ")}`,
    );
    if (profile)
      console.log(
        `  main thread's top frames by self time (${profile}): ${topFrames(profile)
          .map((f) => `${f.frame} ${f.selfPct.toFixed(1)}%`)
          .join("; ")}`,
      );
    return rate;
  };

  const storeRate1 = await store(randomBytes(3).toString("hex"), MAILS);
  console.log(
    `store: ${storeRate1.toFixed(0)} mails/s from a waiting mailbox to committed raw mail (the reader alone, connect and login included)`,
  );
  const one = await processWith(1, MAILS);
  await store(randomBytes(3).toString("hex"), 2 * MAILS);
  const two = await processWith(2, 2 * MAILS);
  console.log(`two workers / one worker = ${(two / one).toFixed(2)}`);

  // 3. the database alone, same writes, same run (a pgbench-style reference)
  const ref = await writeShapeReference(u.toString(), MAILS, 4);
  console.log(
    `PostgreSQL alone, the same writes (claim; case, 2 events, 2 tokens, outbox row, outcome in one transaction; 4 clients): ${ref.tps.toFixed(1)} mails/s → one dealreg worker / reference = ${(one / ref.tps).toFixed(2)} (target ≥ 0.6)`,
  );
  await until(async () => (await count("acks")) >= 2 * MAILS, 60_000, "all acknowledgements queued");

  // 2. the sender draining those acknowledgements
  const t0 = performance.now();
  const worker = startWorker(ctx, [], { sendOnly: true });
  await until(async () => (await count("sent")) >= 2 * MAILS, 600_000, "all acknowledgements sent");
  const sendMs = performance.now() - t0;
  console.log(
    `sender: ${((2 * MAILS) / (sendMs / 1000)).toFixed(1)} acknowledgements/s over SMTP (pooled connections, ${SEND_CONCURRENCY} in flight)`,
  );

  // 3. latency at a steady arrival rate, sender woken by each commit
  ctx.pipeline.onMailQueued = () => worker.wake();
  await watcher!.stop();
  watcher = startImapWatcherFromContext(ctx)!; // now with a processor in this process
  // this process's parse threads load the parser before the clock starts
  await Promise.all(
    Array.from({ length: 4 }, (_, i) => ctx!.parsePool.parse(rawMailFromBuffer(registrationMail(i, "warm")))),
  );
  await until(async () => watcher!.status().state === "idle", 60_000, "the watcher to idle");
  const run2 = randomBytes(3).toString("hex");
  const appendedAt = new Map<string, number>();
  const startAt = Date.now();
  for (let i = 0; i < LATENCY_MAILS; i++) {
    const due = startAt + (i * 1000) / RATE;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const raw = registrationMail(i, run2);
    await dovecot.append(raw);
    appendedAt.set(peekMessageId(raw)!, Date.now());
  }
  await until(
    async () => [...appendedAt.keys()].every((id) => sink.arrivals.has(id)),
    600_000,
    "all acknowledgements at the SMTP sink",
  );
  const rows = await db
    .selectFrom("inbound_messages as m")
    .innerJoin("outbox as o", (j) => j.onRef("o.in_reply_to", "=", "m.message_id"))
    .select(["m.message_id", "m.received_at", "m.processed_at", "o.created_at", "o.sent_at"])
    .where("m.message_id", "in", [...appendedAt.keys()])
    .where("o.kind", "=", "ack")
    .execute();
  const total: number[] = [];
  const toStored: number[] = [];
  const toProcessed: number[] = [];
  const toSent: number[] = [];
  for (const r of rows) {
    const a = appendedAt.get(r.message_id!)!;
    total.push(sink.arrivals.get(r.message_id!)! - a);
    toStored.push(new Date(r.received_at).getTime() - a);
    toProcessed.push(new Date(r.processed_at!).getTime() - new Date(r.received_at).getTime());
    toSent.push(sink.arrivals.get(r.message_id!)! - new Date(r.processed_at!).getTime());
  }
  console.log(
    `latency at ${RATE} mails/s, APPEND → acknowledgement at the SMTP server over ${total.length} mails: ${fmt(total)}`,
  );
  console.log(`  APPEND → raw committed (IDLE notice, FETCH, store): ${fmt(toStored)}`);
  console.log(`  committed → case + reply queued (parse, decide):    ${fmt(toProcessed)}`);
  console.log(`  queued → at the SMTP server (sender):               ${fmt(toSent)}`);
  await watcher.stop();
  watcher = null;
  await worker.stop();
} finally {
  await watcher?.stop();
  await ctx?.close();
  await sink.close();
  await dovecot.stop();
  await admin.query(`drop database if exists ${dbName} with (force)`);
  await admin.end();
  rmSync(dataDir, { recursive: true, force: true });
}
