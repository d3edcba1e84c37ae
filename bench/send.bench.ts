// Sender benchmark: the SMTP transport driven directly (the reference) and dealreg's worker loop
// draining the same number of queued outbox rows to the same local SMTP sink, side by side in one
// run. Both sides do the same per-mail work apart from the database: compose the row's raw bytes
// (composeRaw, same bounce address) and hand them to a fresh SMTP transport with as many mails in
// flight; the worker loop adds the claim/record statements and its one log line per mail (JSON at
// info, written to /dev/null like a sync stdout). The sink runs in a child process, so the sender
// process's CPU per mail is its own. Database: a scratch PostgreSQL database on TEST_DATABASE_URL,
// else PGlite. `npm run bench:send`; BENCH_MAILS=2000, BENCH_ROUNDS=3 by default. Besides the rates it
// prints what each side costs: CPU per mail (and, on a local PostgreSQL, its backends' CPU per
// mail), SQL statements per mail, and the SMTP transactions and connections the sink saw.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { sql } from "kysely";
import { pino } from "pino";
import { migrateToLatest } from "../db/migrate.ts";
import { loadConfig } from "../services/config/env.ts";
import { createLogger } from "../services/core/logger.ts";
import { openAppContext } from "../services/app/context.ts";
import { startWorker } from "../services/app/worker.ts";
import { composeRaw } from "../services/notifier/compose.ts";
import { SEND_CONCURRENCY } from "../services/notifier/sender.ts";
import type { MailTransport } from "../services/notifier/transport.ts";
import { createSmtpTransport } from "../services/notifier/transports/smtp.ts";
import type { OutboxRow } from "../db/schema.ts";
import { openBenchDatabase } from "./bench-db.ts";
import { startSinkProcess, type SinkCounts } from "./smtp-sink.ts";

const MAILS = Number(process.env.BENCH_MAILS ?? 2000);
const TICK_MS = 10; // /proc's clock ticks (USER_HZ = 100)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

/** A fresh SMTP transport that resolves `all` once `mails` sends were acknowledged; `sendMs()`
 * is the mean time from handing a mail over to its acknowledgement (pool queue included). */
function countedTransport(
  url: string,
  mails: number,
): { transport: MailTransport; all: Promise<void>; sendMs(): number } {
  const inner = createSmtpTransport(url);
  let acked = 0;
  let ms = 0;
  let done = () => {};
  const all = new Promise<void>((r) => (done = r));
  return {
    all,
    sendMs: () => ms / acked,
    transport: {
      name: inner.name,
      async send(raw, envelope) {
        const t0 = performance.now();
        const info = await inner.send(raw, envelope);
        ms += performance.now() - t0;
        if (++acked === mails) done();
        return info;
      },
      close: async () => inner.close?.(),
    },
  };
}

/** Wall-clock rate and CPU (user + system, this process) per mail of `run`. */
async function measure(
  mails: number,
  run: () => Promise<void>,
): Promise<{ rate: number; cpuUs: number; lagMs: number }> {
  const lag = monitorEventLoopDelay({ resolution: 5 });
  lag.enable();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await run();
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  lag.disable();
  return { rate: mails / seconds, cpuUs: (cpu.user + cpu.system) / mails, lagMs: lag.percentile(99) / 1e6 };
}

/**
 * CPU (user + system, ms) of the PostgreSQL backends serving this bench's database, read from
 * /proc: the worker's database work runs on the same cores as the sender and the sink. Null when
 * the server is not on this machine (or not PostgreSQL). Background processes (WAL writer,
 * checkpointer, autovacuum) are not counted.
 */
async function backendCpu(db: Parameters<typeof migrateToLatest>[0]): Promise<Map<number, number> | null> {
  if (!process.env.TEST_DATABASE_URL) return null;
  const { rows } = await sql<{ pid: number }>`
    select pid from pg_stat_activity where datname = current_database()`.execute(db);
  const cpu = new Map<number, number>();
  for (const { pid } of rows) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "latin1");
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      cpu.set(pid, (Number(f[11]) + Number(f[12])) * TICK_MS);
    } catch {
      return null;
    }
  }
  return cpu;
}
const cpuSince = (before: Map<number, number> | null, after: Map<number, number> | null) =>
  before && after ? [...after].reduce((sum, [pid, ms]) => sum + ms - (before.get(pid) ?? 0), 0) : null;

const sink = await startSinkProcess();
let statements = 0;
let statementMs = 0;
const { handle, label, drop } = await openBenchDatabase({
  log: (e) => {
    if (e.level !== "query") return;
    statements++;
    statementMs += e.queryDurationMillis;
  },
});
try {
  const db = handle.db;
  await migrateToLatest(db);
  const config = loadConfig({
    DATA_DIR: mkdtempSync(join(tmpdir(), "dealreg-bench-")),
    SMTP_URL: sink.url,
    LOG_LEVEL: "info",
  });
  const logger = createLogger("info", pino.destination({ dest: "/dev/null", sync: true }));
  const ctx = await openAppContext(config, logger, { database: handle });
  const queue = async (round: number, mails: number) => {
    await sql`
      insert into outbox (kind, message_id, from_address, to_addresses, subject, text_body, in_reply_to)
      select 'ack', '<send-' || ${round} || '-' || i || '@northbeam.io>', 'Northbeam Partner Team <partners@northbeam.io>',
             jsonb_build_array('rep' || i || '@partner.example'), '[REG-2026-' || lpad(i::text, 6, '0') || '] Registration received',
             repeat('Thank you, your registration is received. ', 20), '<in-' || ${round} || '-' || i || '@partner.example>'
      from generate_series(1, ${mails}::int) as i`.execute(db);
  };
  const sent = async () =>
    Number(
      (
        await db
          .selectFrom("outbox")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("status", "=", "sent")
          .executeTakeFirstOrThrow()
      ).n,
    );
  console.log(
    `bench:send — ${MAILS} mails per run, ${label}, SMTP sink in its own process, ${SEND_CONCURRENCY} in flight`,
  );
  console.log(
    "CPU: this process's user + system time per mail; send: mean time from handing a mail to the transport to its " +
      "acknowledgement (pool queue included); lag: p99 event-loop delay; statements: SQL statements per mail and their mean round trip; " +
      "PG CPU: the database's backends per mail (this machine only); SMTP: transactions per mail / connections at the sink, " +
      "transport alone then worker loop; CPU ratio: the transport's CPU per mail over the worker's own plus its database's\n",
  );
  /** One round: the reference on `mails` queued rows, then the worker loop on as many. */
  const runRound = async (round: number, mails: number) => {
    // reference: the same rows, already in memory, composed and handed to a fresh transport with
    // as many in flight; no database in the loop
    await queue(round * 2 - 1, mails);
    const rows = (await db.selectFrom("outbox").selectAll().where("status", "=", "queued").execute()) as OutboxRow[];
    const direct = countedTransport(sink.url, rows.length);
    const refSink0 = await sink.counts();
    let next = 0;
    const ref = await measure(rows.length, async () => {
      await Promise.all(
        Array.from({ length: SEND_CONCURRENCY }, async () => {
          while (next < rows.length) {
            const m = await composeRaw(rows[next++]!, config.INBOUND_ADDRESS);
            await direct.transport.send(m.raw, m.envelope);
          }
        }),
      );
    });
    await direct.transport.close?.();
    const refSink = await sink.counts();
    await db.deleteFrom("outbox").execute();
    // dealreg: the worker's send loop (claim, compose, send, log, record) on the same number of rows
    await queue(round * 2, mails);
    const counted = countedTransport(sink.url, mails);
    const loopSink0 = await sink.counts();
    statements = 0;
    statementMs = 0;
    const pg0 = await backendCpu(db);
    let stop = async () => {};
    const loop = await measure(mails, async () => {
      const worker = startWorker({ ...ctx, transport: counted.transport }, [], { sendOnly: true });
      stop = () => worker.stop();
      await counted.all;
    });
    await stop(); // records the last lanes' rows
    const stmt = { perMail: statements / mails, ms: statementMs / statements };
    const pgMs = cpuSince(pg0, await backendCpu(db)); // (counts the two reads of pg_stat_activity too)
    await counted.transport.close?.();
    const loopSink = await sink.counts();
    while ((await sent()) < mails) await new Promise((r) => setTimeout(r, 10));
    await db.deleteFrom("outbox").execute();
    const smtp = (a: SinkCounts, b: SinkCounts, n: number) =>
      `${((b.transactions - a.transactions) / n).toFixed(2)}/${b.connections - a.connections}`;
    return {
      ref: { ...ref, sendMs: direct.sendMs() },
      loop: { ...loop, sendMs: counted.sendMs() },
      stmt,
      pgUs: pgMs === null ? null : (pgMs * 1000) / mails,
      smtp: `${smtp(refSink0, refSink, rows.length)} ${smtp(loopSink0, loopSink, mails)}`,
    };
  };
  // warm-up, not reported: the first round otherwise ran the reference on cold code
  await runRound(0, Math.min(MAILS, 500));
  const col = (r: { rate: number; cpuUs: number; sendMs: number; lagMs: number }) =>
    `${r.rate.toFixed(0).padStart(9)}/s${r.cpuUs.toFixed(0).padStart(7)} µs${r.sendMs.toFixed(1).padStart(7)} ms${r.lagMs.toFixed(0).padStart(5)} ms`;
  console.log(
    "          transport alone                  worker loop                      statements                          SMTP",
  );
  console.log(
    "round     rate    CPU/mail  send    lag      rate    CPU/mail  send    lag   per mail  round trip   PG CPU   ratio  CPU ratio   alone  loop",
  );
  const ratios: number[] = [];
  const cpuRatios: number[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const { ref, loop, stmt, pgUs, smtp } = await runRound(round, MAILS);
    const ratio = loop.rate / ref.rate;
    ratios.push(ratio);
    const cpuRatio = ref.cpuUs / (loop.cpuUs + (pgUs ?? 0));
    cpuRatios.push(cpuRatio);
    console.log(
      `${String(round).padEnd(5)}${col(ref)}${col(loop)}${stmt.perMail.toFixed(2).padStart(10)}${stmt.ms.toFixed(1).padStart(9)} ms` +
        `${pgUs === null ? "      —" : `${pgUs.toFixed(0).padStart(6)} µs`}${ratio.toFixed(2).padStart(8)}${cpuRatio.toFixed(2).padStart(11)}   ${smtp}`,
    );
  }
  const spread = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    const median = (sorted[Math.floor((sorted.length - 1) / 2)]! + sorted[Math.ceil((sorted.length - 1) / 2)]!) / 2;
    return `min ${sorted[0]!.toFixed(2)}, median ${median.toFixed(2)}, max ${sorted.at(-1)!.toFixed(2)}`;
  };
  console.log(`\nratio (worker loop / transport alone): ${spread(ratios)}`);
  console.log(`CPU ratio (transport's CPU per mail / worker's and its database's): ${spread(cpuRatios)}`);
  await ctx.close();
} finally {
  await drop();
  await sink.close();
}
