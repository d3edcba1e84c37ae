// `npm run bench:backfill [-- --mails 10000]`: a mailbox with N unread registrations, read from
// scratch by `dealreg serve --roles web,imap,worker` (a child process) on real Dovecot and a
// fresh PostgreSQL database on TEST_DATABASE_URL, acknowledgements to a local SMTP sink. Prints
// the time to drain (every mail processed) and to the last acknowledgement, the child's RSS over
// the run, the progress lines it logged, what /healthz showed, and how often a mail was parsed
// more than once (inbound_messages.attempts counts each processing attempt before the parse).
// Needs root (Dovecot) and TEST_DATABASE_URL.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { sql } from "kysely";
import { z } from "zod";
import { openBenchDatabase } from "./bench-db.ts";
import { startSink } from "./smtp-sink.ts";
import { migrateToLatest } from "../db/migrate.ts";
import { freePort, startDovecot } from "../tests/helpers/dovecot.ts";
import { registrationMail, runId } from "../tests/imap/fixtures.ts";

const mailsArg = process.argv.indexOf("--mails");
const MAILS = mailsArg >= 0 ? Number(process.argv[mailsArg + 1]) : 10_000;
const BIN = resolve(import.meta.dirname, "../bin/dealreg.js");
if (!process.env.TEST_DATABASE_URL) throw new Error("bench:backfill needs TEST_DATABASE_URL (a PostgreSQL server)");

const LogLine = z.object({ msg: z.string() }).passthrough();
/** the watcher's part of GET /healthz: what an operator sees during a backfill */
const WatcherHealth = z.object({
  state: z.string(),
  mailboxTotal: z.number().nullable(),
  toFetch: z.number(),
  backlog: z.number(),
  processed: z.number(),
  lastBatchAt: z.string().nullable(),
  lastSyncAt: z.string().nullable(),
});
const Health = z.record(z.string(), z.unknown());

const rssKiB = (pid: number): number => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) : 0;
};

const dovecot = await startDovecot();
const sink = await startSink();
const { handle, url, label, drop } = await openBenchDatabase({ poolSize: 2 });
const dir = mkdtempSync(join(tmpdir(), "dealreg-backfill-"));
try {
  await migrateToLatest(handle.db);
  const run = runId();
  const tAppend = performance.now();
  for (let i = 0; i < MAILS; i += 500)
    await dovecot.append(Array.from({ length: Math.min(500, MAILS - i) }, (_, k) => registrationMail(i + k, run)));
  console.log(`${MAILS} unread mails appended to Dovecot in ${((performance.now() - tAppend) / 1000).toFixed(1)} s`);
  console.log(
    `${label}; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")} on ${cpus().length} cores\n`,
  );

  const port = await freePort();
  const child = spawn(process.execPath, ["--no-regexp-tier-up", BIN, "serve", "--roles", "web,imap,worker"], {
    env: {
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      LOG_LEVEL: "info",
      DATA_DIR: join(dir, "data"),
      DATABASE_URL: url!,
      IMAP_URL: dovecot.url,
      SMTP_URL: sink.url,
      PORT: String(port),
      INBOUND_ADDRESS: "partners@northbeam.io",
      MAIL_FROM: "Northbeam Partner Team <partners@northbeam.io>",
      // ten thousand registrations at once is the point here, not a storm to stop
      AUTO_ACKS_PER_SENDER_HOUR: "1000000",
      OUTBOUND_MAX_PER_MINUTE: "1000000",
      MANAGER_NOTICES_PER_HOUR: "1000000",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const t0 = performance.now();
  const since = () => ((performance.now() - t0) / 1000).toFixed(1);
  const progress: string[] = [];
  const errors: string[] = [];
  createInterface({ input: child.stdout! }).on("line", (line) => {
    const parsed = LogLine.safeParse(
      (() => {
        try {
          return JSON.parse(line);
        } catch {
          return null;
        }
      })(),
    );
    if (!parsed.success) return;
    const { msg, ...rest } = parsed.data;
    if (msg.startsWith("imap catch-up")) {
      const f = (k: string) => JSON.stringify(rest[k] ?? null);
      progress.push(
        `t+${since()}s ${msg}: fetched ${f("fetched")} processed ${f("processed")} left ${f("left")} of ${f("mailboxTotal")}, ${f("perSecond")}/s, eta ${f("etaSeconds")} s`,
      );
    }
    if (rest.level === 50 || rest.level === "error") errors.push(line.slice(0, 300));
  });
  child.stderr!.on("data", (d: Buffer) => errors.push(d.toString().slice(0, 300)));

  const rss: number[] = [];
  const healthSamples: string[] = [];
  const counts = async () => {
    const r = await sql<{ stored: number; processed: number; acks: number }>`
      select (select count(*)::int from inbound_messages) as stored,
             (select count(*)::int from inbound_messages where outcome is not null) as processed,
             (select count(*)::int from outbox where kind = 'ack' and status = 'sent') as acks`.execute(handle.db);
    return r.rows[0]!;
  };
  let drainedAt: number | null = null;
  let ackedAt: number | null = null;
  let tick = 0;
  while (ackedAt === null && performance.now() - t0 < 30 * 60_000) {
    await new Promise((r) => setTimeout(r, 1000));
    if (child.exitCode !== null) throw new Error(`dealreg exited early (${child.exitCode}): ${errors.join("\n")}`);
    rss.push(rssKiB(child.pid!));
    const c = await counts();
    if (drainedAt === null && c.processed >= MAILS) drainedAt = performance.now() - t0;
    if (c.acks >= MAILS) ackedAt = performance.now() - t0;
    if (tick++ % 10 === 0) {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null);
      const body = res ? Health.safeParse(await res.json()) : null;
      const watcher = Object.values(body?.success ? body.data : {})
        .map((v) => WatcherHealth.safeParse(v))
        .find((w) => w.success);
      const imap = watcher?.success ? JSON.stringify(watcher.data) : "no watcher in /healthz";
      healthSamples.push(
        `t+${since()}s stored ${c.stored} processed ${c.processed} acks ${c.acks}; /healthz imap ${imap}`,
      );
    }
  }
  const attempts = await sql<{ mails: number; parses: number; twice: number }>`
    select count(*)::int as mails, coalesce(sum(attempts), 0)::int as parses,
           count(*) filter (where attempts > 1)::int as twice from inbound_messages`.execute(handle.db);
  const cases = await sql<{ n: number }>`select count(*)::int as n from cases`.execute(handle.db);
  child.kill("SIGTERM");
  await new Promise((r) => child.once("exit", r));

  console.log("progress lines (every 5 s while mail is left):");
  for (const p of progress) console.log(`  ${p}`);
  console.log("\n/healthz every 10 s:");
  for (const h of healthSamples) console.log(`  ${h}`);
  const mib = (k: number) => (k / 1024).toFixed(0);
  const sorted = [...rss].sort((a, b) => a - b);
  const a = attempts.rows[0]!;
  console.log(`\n${MAILS} mails read from scratch:`);
  console.log(
    `  drained (all processed): ${drainedAt === null ? "not within 30 min" : `${(drainedAt / 1000).toFixed(1)} s`}`,
  );
  console.log(
    `  last acknowledgement sent: ${ackedAt === null ? "not within 30 min" : `${(ackedAt / 1000).toFixed(1)} s`}`,
  );
  console.log(
    `  RSS of the serving process: min ${mib(sorted[0] ?? 0)} MiB, median ${mib(sorted[Math.floor(sorted.length / 2)] ?? 0)} MiB, max ${mib(sorted.at(-1) ?? 0)} MiB; first/last quarter medians ${mib(rss.slice(0, rss.length >> 2).sort((x, y) => x - y)[rss.length >> 3] ?? 0)} / ${mib(rss.slice(-(rss.length >> 2)).sort((x, y) => x - y)[rss.length >> 3] ?? 0)} MiB`,
  );
  console.log(
    `  parse attempts: ${a.parses} for ${a.mails} stored mails; ${a.twice} mails processed more than once; ${cases.rows[0]!.n} cases`,
  );
  if (errors.length) console.log(`  error lines: ${errors.length}, first: ${errors[0]}`);
} finally {
  await handle.close();
  await drop();
  await sink.close();
  await dovecot.stop();
  rmSync(dir, { recursive: true, force: true });
}
