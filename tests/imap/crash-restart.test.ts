// The IMAP ingest process is killed with SIGKILL again and again while it works through 1,000
// mails; the outbox senders run in processes of their own. At the end every mail is stored,
// decided and answered exactly once. Real PostgreSQL, real Dovecot, real child processes.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type DatabaseHandle } from "../../db/connection.ts";
import { createPostgresDatabase, hasPostgres } from "../helpers/db.ts";
import { dovecotOrSkip, startDovecot, type Dovecot } from "../helpers/dovecot.ts";
import { startSmtpCapture, type SmtpCapture } from "../helpers/smtp-capture.ts";
import { PROCESSED_KEYWORD } from "../../services/ingest/imap/mark-processed.ts";
import { registrationMail, runId, waitForCount, waitUntil } from "./fixtures.ts";
import { exited, ServeProcesses } from "../helpers/serve-processes.ts";

const TOTAL = 1000;
const KILLS = 10;

/** a small seeded PRNG, so a failing kill schedule can be replayed (seed printed below) */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const runIt = dovecotOrSkip() && hasPostgres();

describe.skipIf(!runIt)("IMAP ingest killed with SIGKILL (PostgreSQL)", () => {
  let dovecot: Dovecot;
  let smtp: SmtpCapture;
  let pgdb: { url: string; drop(): Promise<void> };
  let direct: DatabaseHandle;
  let procs: ServeProcesses;

  beforeAll(async () => {
    dovecot = await startDovecot();
    smtp = await startSmtpCapture();
    pgdb = await createPostgresDatabase();
    direct = await openDatabase({ url: pgdb.url, dataDir: "", poolSize: 2 });
    procs = new ServeProcesses("crash", () => ({
      LOG_LEVEL: "info",
      DATA_DIR: join(procs.dir, "data"),
      DATABASE_URL: pgdb.url,
      IMAP_URL: dovecot.url,
      SMTP_URL: smtp.url,
      INBOUND_ADDRESS: "partners@northbeam.io",
      MAIL_FROM: "Northbeam Partner Team <partners@northbeam.io>",
      // a thousand registrations in seconds is what this test is about, not a storm to stop
      AUTO_ACKS_PER_SENDER_HOUR: "100000",
      OUTBOUND_MAX_PER_MINUTE: "100000",
      // the parse deadline stops hostile mail; these mails are benign, and in CI the corpus gates'
      // parsers hold both cores meanwhile: a 5 s deadline there measures the load, parks a mail
      // for review and leaves it unanswered, which this test would count as lost
      PARSE_TIMEOUT_MS: "30000",
    }));
  });
  afterAll(async () => {
    procs?.close();
    await direct?.close();
    await pgdb?.drop();
    await smtp?.close();
    await dovecot?.stop();
  });

  const serve = (roles: string, logName: string) => procs.start(roles, logName);
  const count = async (table: "inbound_messages" | "outbox", where?: "processed" | "sent") => {
    let q = direct.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as("n"));
    if (table === "inbound_messages" && where === "processed") q = q.where("outcome", "is not", null);
    if (table === "outbox" && where === "sent") q = q.where("status", "=", "sent");
    return Number((await q.executeTakeFirstOrThrow()).n);
  };
  /** what is left and why: outbox rows by status, attempts and last error; warnings in the logs */
  const explain = async () => {
    const unsent = await direct.db
      .selectFrom("outbox")
      .select((eb) => [
        "status",
        "attempts",
        "last_error",
        eb.fn.countAll<number>().as("n"),
        eb.fn.max("next_attempt_at").as("due"),
        eb.fn.max("locked_until").as("locked"),
      ])
      .where("status", "!=", "sent")
      .groupBy(["status", "attempts", "last_error"])
      .execute();
    const unprocessed = await count("inbound_messages").then(
      async (all) => all - (await count("inbound_messages", "processed")),
    );
    const warnings = new Map<string, number>();
    for (const name of readdirSync(procs.dir).filter((f) => f.endsWith(".log")))
      for (const line of readFileSync(join(procs.dir, name), "utf8").split("\n")) {
        if (!/"level":(4|5)\d/.test(line)) continue;
        const { msg, err } = JSON.parse(line) as { msg?: string; err?: string };
        const key = `${name.replace(/-\d+\.log$|\.log$/, "")}: ${msg} ${err ?? ""}`.slice(0, 200);
        warnings.set(key, (warnings.get(key) ?? 0) + 1);
      }
    return JSON.stringify({ now: new Date(), unprocessed, unsent, warnings: Object.fromEntries(warnings) }, null, 1);
  };

  it(
    `stores, decides and answers each of ${TOTAL} mails exactly once across ${KILLS} kills`,
    // generous: the waits below fail on a stall; a loaded machine processes a few mails a second
    { timeout: 900_000 },
    async () => {
      const seed = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);
      console.log(`[crash-restart] seed ${seed} (CRASH_SEED=${seed} replays the kill schedule)`);
      const random = prng(seed);
      const run = runId();
      const mails = Array.from({ length: TOTAL }, (_, i) => registrationMail(i, run));
      // half waits in the mailbox; the other half arrives while the service is being killed
      await dovecot.append(mails.slice(0, TOTAL / 2));
      const lateAppend = dovecot.append(mails.slice(TOTAL / 2));

      // three senders: claims are row-locked, so concurrent senders must not send anything twice;
      // three because one SMTP delivery to the capture takes ~150 ms (see the report in bench/)
      const workers = [1, 2, 3].map((n) => serve("worker", `worker-${n}.log`));
      let finishing = false;
      const early: string[] = [];
      for (const w of workers)
        w.once("exit", (code, signal) => finishing || early.push(`a sender exited early (${code ?? signal})`));
      const kills: string[] = [];
      for (let k = 0; k < KILLS; k++) {
        const child = serve("imap", `imap-${k}.log`);
        const before = await count("inbound_messages");
        if (k % 2 === 0) {
          // at a random time: during start-up, catch-up, processing or IDLE
          const ms = 300 + Math.floor(random() * 2500);
          await new Promise((r) => setTimeout(r, ms));
          kills.push(`t+${ms}ms`);
        } else {
          // right after a random amount of progress: inside a batch
          const step = 1 + Math.floor(random() * 150);
          await waitUntil(
            async () => (await count("inbound_messages")) >= Math.min(TOTAL, before + step),
            `progress of ${step}`,
            60_000,
            10,
          );
          kills.push(`+${step} stored`);
        }
        child.kill("SIGKILL");
        await exited(child);
      }
      await lateAppend;
      const last = serve("imap", "imap-final.log");
      // bounded by progress, not by time: under a full CI run the machine is several times slower,
      // and a mail whose delivery timed out waits out its backoff (30 s, 1 min, 2 min: 300 s covers three)
      await waitForCount(() => count("inbound_messages", "processed"), TOTAL, "processed mails", {
        stallMs: 120_000,
        everyMs: 100,
        explain,
      });
      await waitForCount(() => count("outbox", "sent"), TOTAL, "sent acknowledgements", {
        stallMs: 300_000,
        everyMs: 200,
        explain,
      });
      finishing = true;
      expect(early).toEqual([]);
      last.kill("SIGTERM");
      for (const w of workers) w.kill("SIGTERM");
      await Promise.all([last, ...workers].map(exited));

      // how often a restart met mail it had committed but not recorded (the crash window)
      let duplicates = 0;
      for (let k = 0; k < KILLS; k++) {
        for (const line of readFileSync(join(procs.dir, `imap-${k}.log`), "utf8").split("\n")) {
          if (line.includes('"imap synced"')) duplicates += (JSON.parse(line) as { duplicates: number }).duplicates;
        }
      }
      for (const line of readFileSync(join(procs.dir, "imap-final.log"), "utf8").split("\n")) {
        if (line.includes('"imap synced"')) duplicates += (JSON.parse(line) as { duplicates: number }).duplicates;
      }
      console.log(`[crash-restart] kills: ${kills.join(", ")}; re-fetched already-committed mails: ${duplicates}`);

      const db = direct.db;
      const inbound = await db
        .selectFrom("inbound_messages")
        .select(["id", "message_id", "outcome", "case_id"])
        .execute();
      expect(inbound).toHaveLength(TOTAL);
      const expectedIds = new Set(mails.map((_, i) => `<reg-${run}-${i}@`));
      expect(new Set(inbound.map((r) => r.message_id!.replace(/[^@]+>$/, ""))).size).toBe(expectedIds.size);
      expect(inbound.filter((r) => r.outcome !== "registered")).toEqual([]);
      const cases = await db.selectFrom("cases").select(["id", "source_message_id"]).execute();
      expect(cases).toHaveLength(TOTAL);
      expect(new Set(cases.map((c) => c.source_message_id)).size).toBe(TOTAL);
      const refs = await db.selectFrom("inbound_source_refs").select("inbound_message_id").execute();
      expect(refs).toHaveLength(TOTAL);
      expect(new Set(refs.map((r) => r.inbound_message_id)).size).toBe(TOTAL);
      const acks = await db.selectFrom("outbox").select(["in_reply_to", "status"]).where("kind", "=", "ack").execute();
      expect(acks).toHaveLength(TOTAL);

      const captured = smtp.messages.filter((m) => (m.parsed.subject ?? "").includes("Registration received"));
      expect(captured).toHaveLength(TOTAL);
      expect(new Set(captured.map((m) => m.parsed.inReplyTo)).size).toBe(TOTAL);
      expect(new Set(captured.map((m) => m.parsed.inReplyTo))).toEqual(new Set(inbound.map((r) => r.message_id)));

      const state = await db.selectFrom("imap_state").select("last_uid").executeTakeFirstOrThrow();
      expect(Number(state.last_uid)).toBe(TOTAL);
      const client = await dovecot.client();
      try {
        await client.mailboxOpen("INBOX");
        const unmarked = await client.search({ unKeyword: PROCESSED_KEYWORD }, { uid: true });
        expect(unmarked).toEqual([]);
      } finally {
        await client.logout();
      }
    },
  );
});
