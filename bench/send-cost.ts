// What the sender's loop costs beyond composing and sending, measured without a transport's
// noise: the worker's drain (claim, compose, send, log, record) against a transport that
// acknowledges at once, on a scratch PostgreSQL database (TEST_DATABASE_URL). Prints, per mail:
// this process's CPU, the database backends' CPU (/proc, local server only), SQL statements,
// row versions written (updates, and how many of them were HOT) and the heap and index pages
// the statements touched, next to a loop that only composes the same rows (the reference's
// per-mail work without its transport). CPU still moves with the machine's load; the counts
// do not. `npm run bench:send-cost`; BENCH_MAILS=2000, BENCH_ROUNDS=3. SEND_COST_SETUP=SQL runs
// after the migrations (a schema experiment), SEND_COST_PERF=FILE records the backends with
// `perf record`, SEND_COST_CPUPROF=FILE writes V8 profiles of the measured loops.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql, type Kysely } from "kysely";
import { pino } from "pino";
import { migrateToLatest } from "../db/migrate.ts";
import { loadConfig } from "../services/config/env.ts";
import { createLogger } from "../services/core/logger.ts";
import { composeRaw } from "../services/notifier/compose.ts";
import { deliverDueMail } from "../services/notifier/sender.ts";
import type { OutboxRow } from "../db/schema.ts";
import { openBenchDatabase } from "./bench-db.ts";

const MAILS = Number(process.env.BENCH_MAILS ?? 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const TICK_MS = 10;

if (!process.env.TEST_DATABASE_URL) throw new Error("bench/send-cost.ts needs TEST_DATABASE_URL");

let statements = 0;
const { handle, label, drop } = await openBenchDatabase({
  log: (e) => {
    if (e.level === "query") statements++;
  },
});

async function backendCpuMs(db: Kysely<never>): Promise<number> {
  const { rows } = await sql<{ pid: number }>`
    select pid from pg_stat_activity where datname = current_database()`.execute(db);
  let ms = 0;
  for (const { pid } of rows) {
    const stat = readFileSync(`/proc/${pid}/stat`, "latin1");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    ms += (Number(f[11]) + Number(f[12])) * TICK_MS;
  }
  return ms;
}

interface TableStats {
  upd: number;
  hot: number;
  heapHit: number;
  idxHit: number;
}
async function tableStats(db: Kysely<never>): Promise<TableStats> {
  await sql`select pg_stat_clear_snapshot()`.execute(db);
  // the statistics collector is flushed at most once a second (PostgreSQL 15: at transaction end
  // of an idle backend, rate-limited); wait it out
  await new Promise((r) => setTimeout(r, 1100));
  await sql`select pg_stat_clear_snapshot()`.execute(db);
  const { rows } = await sql<{ upd: string; hot: string; heap: string; idx: string }>`
    select t.n_tup_upd as upd, t.n_tup_hot_upd as hot,
           io.heap_blks_hit + io.heap_blks_read as heap, coalesce(io.idx_blks_hit + io.idx_blks_read, 0) as idx
    from pg_stat_user_tables t join pg_statio_user_tables io using (relid)
    where t.relname = 'outbox'`.execute(db);
  const r = rows[0]!;
  return { upd: Number(r.upd), hot: Number(r.hot), heapHit: Number(r.heap), idxHit: Number(r.idx) };
}

try {
  const db = handle.db as unknown as Kysely<never>;
  await migrateToLatest(handle.db);
  // an experiment's schema change on top of the migrations, e.g. "alter table outbox set (fillfactor = 80)"
  if (process.env.SEND_COST_SETUP) await sql.raw(process.env.SEND_COST_SETUP).execute(db);
  const config = loadConfig({
    DATA_DIR: mkdtempSync(join(tmpdir(), "dealreg-bench-")),
    LOG_LEVEL: "info",
  });
  const logger = createLogger("info", pino.destination({ dest: "/dev/null", sync: true }));
  const queue = async (round: number, mails: number) => {
    await sql`
      insert into outbox (kind, message_id, from_address, to_addresses, subject, text_body, in_reply_to)
      select 'ack', '<cost-' || ${round} || '-' || i || '@northbeam.io>', 'Northbeam Partner Team <partners@northbeam.io>',
             jsonb_build_array('rep' || i || '@partner.example'), '[REG-2026-' || lpad(i::text, 6, '0') || '] Registration received',
             repeat('Thank you, your registration is received. ', 20), '<in-' || ${round} || '-' || i || '@partner.example>'
      from generate_series(1, ${mails}::int) as i`.execute(db);
  };
  console.log(`send-cost — ${MAILS} mails per round, ${label}, transport that acknowledges at once`);
  console.log(
    "round  compose-only µs  loop µs  beyond µs   PG µs  statements  updates  HOT   heap pages  index pages  (per mail)",
  );
  let perf: ChildProcess | null = null;
  for (let round = 0; round <= ROUNDS; round++) {
    if (round === 1 && process.env.SEND_COST_PERF) {
      // SEND_COST_PERF=file: samples the database's backends over the measured rounds (perf record)
      const { rows } = await sql<{ pid: number }>`
        select pid from pg_stat_activity where datname = current_database()`.execute(db);
      perf = spawn(
        "perf",
        ["record", "-F", "2000", "-g", "-o", process.env.SEND_COST_PERF, "-p", rows.map((r) => r.pid).join(",")],
        {
          stdio: "ignore",
        },
      );
      await new Promise((r) => setTimeout(r, 1000));
    }
    await queue(round, MAILS);
    // reference: compose the same rows, no database
    const rows = (await handle.db
      .selectFrom("outbox")
      .selectAll()
      .where("status", "=", "queued")
      .execute()) as OutboxRow[];
    const c0 = process.cpuUsage();
    for (const row of rows) await composeRaw(row, config.INBOUND_ADDRESS);
    const c1 = process.cpuUsage(c0);
    const composeUs = (c1.user + c1.system) / rows.length;

    const s0 = await tableStats(db);
    const pg0 = await backendCpuMs(db);
    statements = 0;
    // SEND_COST_CPUPROF=file.cpuprofile: V8's profile of the measured loops (not the reference)
    const prof = round > 0 && process.env.SEND_COST_CPUPROF ? new Session() : null;
    if (prof) {
      prof.connect();
      await prof.post("Profiler.setSamplingInterval", { interval: 200 });
      await prof.post("Profiler.enable");
      await prof.post("Profiler.start");
    }
    const l0 = process.cpuUsage();
    const stop = new AbortController();
    const { sent } = await deliverDueMail(
      {
        db: handle.db,
        transport: { name: "instant", send: async () => ({ providerMessageId: null }) },
        logger,
        bounceAddress: config.INBOUND_ADDRESS,
      },
      { stop: stop.signal },
    );
    const l1 = process.cpuUsage(l0);
    if (prof) {
      const { profile } = await prof.post("Profiler.stop");
      writeFileSync(`${process.env.SEND_COST_CPUPROF}.${round}`, JSON.stringify(profile));
      prof.disconnect();
    }
    const stmts = statements;
    const pgMs = (await backendCpuMs(db)) - pg0;
    const s1 = await tableStats(db);
    if (sent !== MAILS) throw new Error(`sent ${sent} of ${MAILS}`);
    const loopUs = (l1.user + l1.system) / sent;
    const per = (n: number) => (n / sent).toFixed(2);
    if (round > 0)
      console.log(
        `${String(round).padEnd(7)}${composeUs.toFixed(0).padStart(15)}${loopUs.toFixed(0).padStart(9)}${(loopUs - composeUs).toFixed(0).padStart(11)}` +
          `${((pgMs * 1000) / sent).toFixed(0).padStart(8)}${per(stmts).padStart(12)}${per(s1.upd - s0.upd).padStart(9)}` +
          `${per(s1.hot - s0.hot).padStart(5)}${per(s1.heapHit - s0.heapHit).padStart(13)}${per(s1.idxHit - s0.idxHit).padStart(13)}`,
      );
    await handle.db.deleteFrom("outbox").execute();
  }
  if (perf) {
    perf.kill("SIGINT");
    await new Promise((r) => perf!.once("exit", r));
  }
} finally {
  await handle.close();
  await drop();
}
