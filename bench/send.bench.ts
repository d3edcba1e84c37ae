// Sender benchmark: the SMTP transport driven directly (the reference) and dealreg's worker
// loop draining the same number of queued outbox rows to the same local SMTP sink, side by
// side in one run. Database: a scratch PostgreSQL database on TEST_DATABASE_URL, else PGlite.
// `npm run bench:send`; BENCH_MAILS=2000, BENCH_ROUNDS=3 by default.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { migrateToLatest } from "../db/migrate.ts";
import { loadConfig } from "../services/config/env.ts";
import { createLogger } from "../services/core/logger.ts";
import { openAppContext } from "../services/app/context.ts";
import { startWorker } from "../services/app/worker.ts";
import { composeRaw } from "../services/notifier/compose.ts";
import { SEND_CONCURRENCY } from "../services/notifier/sender.ts";
import { createSmtpTransport } from "../services/notifier/transports/smtp.ts";
import type { OutboxRow } from "../db/schema.ts";
import { openBenchDatabase } from "./bench-db.ts";
import { startSink } from "./smtp-sink.ts";

const MAILS = Number(process.env.BENCH_MAILS ?? 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

const sink = await startSink();
const { handle, label, drop } = await openBenchDatabase();
try {
  const db = handle.db;
  await migrateToLatest(db);
  const config = loadConfig({
    DATA_DIR: mkdtempSync(join(tmpdir(), "dealreg-bench-")),
    SMTP_URL: sink.url,
    LOG_LEVEL: "silent",
  });
  const ctx = await openAppContext(config, createLogger("silent"), { database: handle });
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
  console.log(`bench:send — ${MAILS} mails per run, ${label}, local SMTP sink, ${SEND_CONCURRENCY} in flight\n`);
  console.log("round   transport alone   worker loop   ratio");
  for (let round = 1; round <= ROUNDS; round++) {
    // reference: the same rows, already in memory, built and handed to the same transport
    // with as many in flight; no database in the loop
    await queue(round * 2 - 1);
    const rows = (await db.selectFrom("outbox").selectAll().where("status", "=", "queued").execute()) as OutboxRow[];
    const direct = createSmtpTransport(sink.url);
    let next = 0;
    let t0 = performance.now();
    await Promise.all(
      Array.from({ length: SEND_CONCURRENCY }, async () => {
        while (next < rows.length) {
          const m = await composeRaw(rows[next++]!);
          await direct.send(m.raw, m.envelope);
        }
      }),
    );
    const directRate = rows.length / ((performance.now() - t0) / 1000);
    await direct.close?.();
    await db.deleteFrom("outbox").execute();
    // dealreg: the worker's send loop (claim, compose, send, record) on the same number of rows
    await queue(round * 2);
    t0 = performance.now();
    const worker = startWorker(ctx, [], { sendOnly: true });
    const target = sink.arrivals.size + MAILS; // counted at the sink: polling the table would load the database under test
    while (sink.arrivals.size < target) await new Promise((r) => setTimeout(r, 5));
    const loopRate = MAILS / ((performance.now() - t0) / 1000);
    await worker.stop();
    while ((await sent()) < MAILS) await new Promise((r) => setTimeout(r, 10));
    await db.deleteFrom("outbox").execute();
    console.log(
      `${String(round).padEnd(8)}${directRate.toFixed(0).padStart(10)}/s${loopRate.toFixed(0).padStart(12)}/s${(loopRate / directRate).toFixed(2).padStart(8)}`,
    );
  }
  await ctx.close();
} finally {
  await drop();
  await sink.close();
}
