// IMAP ingest benchmark on real PostgreSQL (TEST_DATABASE_URL or DATABASE_URL, an admin URL:
// a scratch database is created and dropped) and a private Dovecot.
//   1. throughput: BENCH_MAILS mails wait in the mailbox; the watcher starts; mails/second until
//      every one has its committed case and queued acknowledgement (the sender is off);
//   2. sender: how fast the queued acknowledgements drain to the SMTP sink;
//   3. latency: BENCH_MAILS mails APPENDed at BENCH_RATE per second to an idle watcher with the
//      sender on; APPEND → acknowledgement at the SMTP server, p50/p99, split by stage.
// `npm run bench:ingest`; BENCH_MAILS=1000 BENCH_RATE=10 by default.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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

const MAILS = Number(process.env.BENCH_MAILS ?? 1000);
const RATE = Number(process.env.BENCH_RATE ?? 10);
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
  const config = loadConfig({
    DATABASE_URL: u.toString(),
    DATA_DIR: dataDir,
    IMAP_URL: dovecot.url,
    SMTP_URL: sink.url,
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    INBOUND_ADDRESS: "partners@northbeam.io",
    MAIL_FROM: "Northbeam Partner Team <partners@northbeam.io>",
  });
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
    `bench:ingest — ${MAILS} mails, PostgreSQL ${(await sql<{ v: string }>`select current_setting('server_version') as v`.execute(db)).rows[0]?.v}, Dovecot, node ${process.version}`,
  );

  // 1. throughput of the catch-up: Dovecot → committed case + queued acknowledgement
  const run1 = randomBytes(3).toString("hex");
  await dovecot.append(Array.from({ length: MAILS }, (_, i) => registrationMail(i, run1)));
  let t0 = performance.now();
  watcher = startImapWatcherFromContext(ctx)!;
  await until(async () => watcher!.status().ingested >= MAILS, 600_000, "all mails stored");
  const storedMs = performance.now() - t0;
  await until(async () => (await count("acks")) >= MAILS, 600_000, "all acknowledgements queued");
  const doneMs = performance.now() - t0;
  console.log(
    `throughput: ${(MAILS / (doneMs / 1000)).toFixed(1)} mails/s to committed case + queued reply (${(doneMs / 1000).toFixed(1)} s; raw bytes of all committed after ${(storedMs / 1000).toFixed(1)} s = ${(MAILS / (storedMs / 1000)).toFixed(0)} mails/s)`,
  );

  // 1b. the database alone, same write shape, same run (a pgbench-style reference)
  const ref = await writeShapeReference(u.toString(), MAILS, 4);
  const dealregRate = MAILS / (doneMs / 1000);
  console.log(
    `PostgreSQL alone, dealreg's write shape (2 transactions, 9 statements per mail, 4 clients): ${ref.tps.toFixed(1)} mails/s → dealreg / reference = ${(dealregRate / ref.tps).toFixed(2)} (target ≥ 0.6)`,
  );

  // 2. the sender draining those acknowledgements
  t0 = performance.now();
  const worker = startWorker(ctx);
  await until(async () => (await count("sent")) >= MAILS, 600_000, "all acknowledgements sent");
  const sendMs = performance.now() - t0;
  console.log(
    `sender: ${(MAILS / (sendMs / 1000)).toFixed(1)} acknowledgements/s over SMTP (pooled connections, ${SEND_CONCURRENCY} in flight)`,
  );

  // 3. latency at a steady arrival rate, sender woken by each commit
  ctx.pipeline.onMailQueued = () => worker.wake();
  await until(async () => watcher!.status().state === "idle", 60_000, "the watcher to idle");
  const run2 = randomBytes(3).toString("hex");
  const appendedAt = new Map<string, number>();
  const startAt = Date.now();
  for (let i = 0; i < MAILS; i++) {
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
