// Sender benchmark: the SMTP transport driven directly (the reference) and dealreg's worker loop
// draining the same number of queued outbox rows to the same local SMTP sink, side by side in one
// run. Both sides do the same per-mail work apart from the database: compose the row's raw bytes
// (composeRaw, same bounce address) and hand them to a fresh SMTP transport with as many mails in
// flight; the worker loop adds the claim/record statements and its one log line per mail (JSON at
// info, written to /dev/null like a sync stdout). The sink runs in a child process, so the sender
// process's CPU per mail is its own. Database: a scratch PostgreSQL database on TEST_DATABASE_URL,
// else PGlite. `npm run bench:send`; BENCH_MAILS=2000, BENCH_ROUNDS=3 by default.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
import { startSinkProcess } from "./smtp-sink.ts";

const MAILS = Number(process.env.BENCH_MAILS ?? 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

/** A fresh SMTP transport that resolves `all` once `mails` sends were acknowledged. */
function countedTransport(url: string, mails: number): { transport: MailTransport; all: Promise<void> } {
  const inner = createSmtpTransport(url);
  let acked = 0;
  let done = () => {};
  const all = new Promise<void>((r) => (done = r));
  return {
    all,
    transport: {
      name: inner.name,
      async send(raw, envelope) {
        const info = await inner.send(raw, envelope);
        if (++acked === mails) done();
        return info;
      },
      close: async () => inner.close?.(),
    },
  };
}

/** Wall-clock rate and CPU (user + system, this process) per mail of `run`. */
async function measure(mails: number, run: () => Promise<void>): Promise<{ rate: number; cpuUs: number }> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await run();
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return { rate: mails / seconds, cpuUs: (cpu.user + cpu.system) / mails };
}

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
  const queue = async (round: number) => {
    await sql`
      insert into outbox (kind, message_id, from_address, to_addresses, subject, text_body, in_reply_to)
      select 'ack', '<send-' || ${round} || '-' || i || '@northbeam.io>', 'Northbeam Partner Team <partners@northbeam.io>',
             jsonb_build_array('rep' || i || '@partner.example'), '[REG-2026-' || lpad(i::text, 6, '0') || '] Registration received',
             repeat('Thank you, your registration is received. ', 20), '<in-' || ${round} || '-' || i || '@partner.example>'
      from generate_series(1, ${MAILS}::int) as i`.execute(db);
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
    "CPU: this process's user + system time per mail; statements: SQL statements per mail and their mean round trip\n",
  );
  console.log("round   transport alone  CPU/mail   worker loop  CPU/mail  statements  round trip   ratio");
  const ratios: number[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    // reference: the same rows, already in memory, composed and handed to a fresh transport with
    // as many in flight; no database in the loop
    await queue(round * 2 - 1);
    const rows = (await db.selectFrom("outbox").selectAll().where("status", "=", "queued").execute()) as OutboxRow[];
    const direct = countedTransport(sink.url, rows.length);
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
    await db.deleteFrom("outbox").execute();
    // dealreg: the worker's send loop (claim, compose, send, log, record) on the same number of rows
    await queue(round * 2);
    const counted = countedTransport(sink.url, MAILS);
    statements = 0;
    statementMs = 0;
    let stop = async () => {};
    const loop = await measure(MAILS, async () => {
      const worker = startWorker({ ...ctx, transport: counted.transport }, [], { sendOnly: true });
      stop = () => worker.stop();
      await counted.all;
    });
    await stop(); // records the last lanes' rows
    const perMail = statements / MAILS;
    const roundTrip = statementMs / statements;
    await counted.transport.close?.();
    while ((await sent()) < MAILS) await new Promise((r) => setTimeout(r, 10));
    await db.deleteFrom("outbox").execute();
    const ratio = loop.rate / ref.rate;
    ratios.push(ratio);
    console.log(
      `${String(round).padEnd(8)}${ref.rate.toFixed(0).padStart(13)}/s${ref.cpuUs.toFixed(0).padStart(8)} µs` +
        `${loop.rate.toFixed(0).padStart(12)}/s${loop.cpuUs.toFixed(0).padStart(8)} µs${perMail.toFixed(2).padStart(12)}${roundTrip.toFixed(1).padStart(9)} ms${ratio.toFixed(2).padStart(8)}`,
    );
  }
  const sorted = [...ratios].sort((a, b) => a - b);
  const median = (sorted[Math.floor((sorted.length - 1) / 2)]! + sorted[Math.ceil((sorted.length - 1) / 2)]!) / 2;
  console.log(
    `\nratio (worker loop / transport alone): min ${sorted[0]!.toFixed(2)}, median ${median.toFixed(2)}, max ${sorted.at(-1)!.toFixed(2)}`,
  );
  await ctx.close();
} finally {
  await drop();
  await sink.close();
}
