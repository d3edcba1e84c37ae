// PostgreSQL goes away (a proxy in front of it refuses new connections and cuts open ones),
// once in the middle of a catch-up and once while idling with new mail arriving: ingest stops,
// nothing is marked on the server that is not committed, and when the database is back every
// mail arrives exactly once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ImapFlow } from "imapflow";
import { openDatabase, type DatabaseHandle } from "../../db/connection.ts";
import { createPostgresDatabase, hasPostgres } from "../helpers/db.ts";
import { testConfig } from "../helpers/app.ts";
import { dovecotOrSkip, startDovecot, type Dovecot } from "../helpers/dovecot.ts";
import { startTcpProxy, type TcpProxy } from "../helpers/tcp-proxy.ts";
import { createLogger } from "../../services/core/logger.ts";
import { openAppContext, type AppContext } from "../../services/app/context.ts";
import { startImapWatcherFromContext } from "../../services/ingest/imap/from-config.ts";
import type { ImapWatcher } from "../../services/ingest/imap/watcher.ts";
import { PROCESSED_KEYWORD } from "../../services/ingest/imap/mark-processed.ts";
import { registrationMail, runId, waitUntil } from "./fixtures.ts";

describe.skipIf(!(dovecotOrSkip() && hasPostgres()))("IMAP ingest while PostgreSQL is unavailable", () => {
  let dovecot: Dovecot;
  let pgdb: { url: string; drop(): Promise<void> };
  let pgProxy: TcpProxy;
  let ctx: AppContext;
  let direct: DatabaseHandle;
  let imap: ImapFlow;
  let watcher: ImapWatcher;

  beforeAll(async () => {
    dovecot = await startDovecot();
    pgdb = await createPostgresDatabase();
    const u = new URL(pgdb.url);
    pgProxy = await startTcpProxy({ host: u.hostname, port: Number(u.port || 5432) });
    u.port = String(pgProxy.port);
    // 150 registrations at once: above the storm limits, which are not what this test is about
    const config = testConfig({
      DATABASE_URL: u.toString(),
      IMAP_URL: dovecot.url,
      AUTO_ACKS_PER_SENDER_HOUR: "1000",
      OUTBOUND_MAX_PER_MINUTE: "1000",
    });
    ctx = await openAppContext(config, createLogger(config.LOG_LEVEL));
    direct = await openDatabase({ url: pgdb.url, dataDir: "", poolSize: 2 });
    imap = await dovecot.client();
    await imap.mailboxOpen("INBOX");
  });
  afterAll(async () => {
    pgProxy?.resume();
    await watcher?.stop();
    await imap?.logout().catch(() => {});
    await ctx?.close();
    await direct?.close();
    await pgProxy?.close();
    await pgdb?.drop();
    await dovecot?.stop();
  });

  const committedUids = async () => {
    const refs = await direct.db.selectFrom("inbound_source_refs").select("ref").where("source", "=", "imap").execute();
    return new Set(refs.map((r) => Number(r.ref.split(":").pop())));
  };
  const markedUids = async () => {
    await imap.noop();
    return (await imap.search({ keyword: PROCESSED_KEYWORD }, { uid: true })) || [];
  };
  const processed = async () =>
    Number(
      (
        await direct.db
          .selectFrom("inbound_messages")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("outcome", "is not", null)
          .executeTakeFirstOrThrow()
      ).n,
    );
  /** the watcher has noticed the outage and retried at least twice */
  const sawOutage = async () => {
    const from = watcher.status().failures;
    await waitUntil(
      async () => watcher.status().failures >= from + 2 && !watcher.status().connected,
      "the watcher to fail against the missing database",
    );
    expect(watcher.status().lastError).not.toBeNull();
    expect((await watcher.health()).ok).toBe(false);
  };

  it(
    "stops without marking anything uncommitted and resumes with every mail exactly once",
    { timeout: 120_000 },
    async () => {
      const run = runId();
      watcher = startImapWatcherFromContext(ctx, {
        backoff: { baseMs: 50, maxMs: 500 },
        lockRetryMs: 100,
        batchSize: 10,
      })!;

      // 1. the database goes away in the middle of a catch-up
      await dovecot.append(Array.from({ length: 150 }, (_, i) => registrationMail(i, run)));
      await waitUntil(async () => watcher.status().ingested >= 20, "20 ingested", 30_000, 5);
      pgProxy.pause();
      pgProxy.dropAll();
      await sawOutage();
      const marked = await markedUids();
      const committed = await committedUids();
      expect(marked.length).toBeLessThan(150);
      expect(marked.filter((uid) => !committed.has(uid))).toEqual([]);
      await sawOutage(); // still down: nothing more is marked
      expect(await markedUids()).toEqual(marked);

      pgProxy.resume();
      await waitUntil(
        async () => (await processed()) === 150,
        "150 processed mails after the database returned",
        60_000,
      );

      // 2. the database goes away while the watcher idles, and mail arrives meanwhile
      await waitUntil(async () => watcher.status().state === "idle", "the watcher to idle");
      pgProxy.pause();
      pgProxy.dropAll();
      await dovecot.append(Array.from({ length: 20 }, (_, i) => registrationMail(150 + i, run)));
      await sawOutage();
      expect((await markedUids()).filter((uid) => uid > 150)).toEqual([]);
      expect((await committedUids()).size).toBe(150);

      pgProxy.resume();
      await waitUntil(async () => (await processed()) === 170, "170 processed mails", 60_000);
      await waitUntil(async () => (await markedUids()).length === 170, "every mail marked");

      const db = direct.db;
      expect(await db.selectFrom("inbound_messages").select("id").execute()).toHaveLength(170);
      expect(await db.selectFrom("inbound_source_refs").select("ref").execute()).toHaveLength(170);
      const cases = await db.selectFrom("cases").select("source_message_id").execute();
      expect(new Set(cases.map((c) => c.source_message_id)).size).toBe(170);
      expect(cases).toHaveLength(170);
      expect(await db.selectFrom("outbox").select("id").where("kind", "=", "ack").execute()).toHaveLength(170);
      const state = await db.selectFrom("imap_state").select("last_uid").executeTakeFirstOrThrow();
      expect(Number(state.last_uid)).toBe(170);
      await waitUntil(async () => watcher.status().connected, "the watcher to be connected again");
      expect(watcher.status().holdsLock).toBe(true);
    },
  );
});
