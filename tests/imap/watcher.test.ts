import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ImapFlow } from "imapflow";
import type { DatabaseHandle } from "../../db/connection.ts";
import { dbBackends } from "../helpers/db.ts";
import { corpusMail, testApp } from "../helpers/app.ts";
import { dovecotOrSkip, startDovecot, type Dovecot } from "../helpers/dovecot.ts";
import { startSmtpCapture, type SmtpCapture } from "../helpers/smtp-capture.ts";
import { startTcpProxy, type TcpProxy } from "../helpers/tcp-proxy.ts";
import { startImapWatcherFromContext } from "../../services/ingest/imap/from-config.ts";
import { buildApp } from "../../services/web/app.ts";
import { startImapWatcher, type ImapWatcher, type ImapWatcherOptions } from "../../services/ingest/imap/watcher.ts";
import { startMessageProcessor } from "../../services/ingest/message-processor.ts";
import { advisoryLockKey, parseImapUrl } from "../../services/ingest/imap/imap-url.ts";
import { postgresMailboxLock } from "../../services/ingest/imap/mailbox-lock.ts";
import { PROCESSED_KEYWORD } from "../../services/ingest/imap/mark-processed.ts";
import { registrationMail, runId, waitUntil } from "./fixtures.ts";

const FAST: Partial<ImapWatcherOptions> = { backoff: { baseMs: 50, maxMs: 400 }, lockRetryMs: 100 };

async function flagsByUid(client: ImapFlow, mailbox = "INBOX"): Promise<Map<number, Set<string>>> {
  const lock = await client.getMailboxLock(mailbox);
  try {
    const out = new Map<number, Set<string>>();
    if (client.mailbox && client.mailbox.exists > 0) {
      for (const m of await client.fetchAll("1:*", { uid: true, flags: true }, { uid: true }))
        out.set(m.uid, m.flags ?? new Set());
    }
    return out;
  } finally {
    lock.release();
  }
}

describe.skipIf(!dovecotOrSkip()).each(dbBackends())("IMAP watcher on $name", (backend) => {
  let dovecot: Dovecot;
  let smtp: SmtpCapture;
  let app: Awaited<ReturnType<typeof testApp>> | null;
  let imap: ImapFlow;
  let watchers: ImapWatcher[];
  let proxies: TcpProxy[];
  const run = runId();

  beforeEach(async () => {
    dovecot = await startDovecot();
    smtp = await startSmtpCapture();
    imap = await dovecot.client();
    app = null;
    watchers = [];
    proxies = [];
  });
  afterEach(async () => {
    for (const w of watchers) await w.stop();
    for (const p of proxies) await p.close();
    await imap.logout().catch(() => {});
    await app?.close();
    await smtp.close();
    await dovecot.stop();
  });

  async function openApp(env: Record<string, string> = {}) {
    app = await testApp(backend, { IMAP_URL: dovecot.url, SMTP_URL: smtp.url, ...env });
    return app;
  }
  function watch(tuning: Partial<ImapWatcherOptions> = {}): ImapWatcher {
    const w = startImapWatcherFromContext(app!, { ...FAST, ...tuning });
    if (!w) throw new Error("no IMAP_URL");
    watchers.push(w);
    return w;
  }
  async function stopWatcher(w: ImapWatcher) {
    await w.stop();
    watchers = watchers.filter((x) => x !== w);
  }
  const db = () => app!.database.db;
  const processedCount = async () =>
    (await db().selectFrom("inbound_messages").select("id").where("outcome", "is not", null).execute()).length;
  const rowCount = async () => (await db().selectFrom("inbound_messages").select("id").execute()).length;

  it("commits each mail once, marks it with a keyword (not \\Seen), answers it, and picks up new mail while idling", async () => {
    await openApp();
    await dovecot.append([corpusMail("001-"), corpusMail("002-"), registrationMail(0, run)]);
    const w = watch();
    await waitUntil(async () => (await processedCount()) === 3, "3 processed mails");
    await waitUntil(async () => w.status().state === "idle", "the watcher to idle");

    await dovecot.append(registrationMail(1, run)); // arrives during IDLE
    await waitUntil(async () => (await processedCount()) === 4, "the mail appended during IDLE");

    expect(await rowCount()).toBe(4);
    const cases = await db().selectFrom("cases").select("source_message_id").execute();
    expect(cases).toHaveLength(4);
    const refs = await db().selectFrom("inbound_source_refs").select("ref").where("source", "=", "imap").execute();
    const uidValidity = String(
      imap.mailbox ? imap.mailbox.uidValidity : (await imap.status("INBOX", { uidValidity: true })).uidValidity,
    );
    expect(refs.map((r) => r.ref).sort()).toEqual(
      [1, 2, 3, 4].map((uid) => `${parseImapUrl(dovecot.url).key}:${uidValidity}:${uid}`).sort(),
    );
    const state = await db().selectFrom("imap_state").selectAll().executeTakeFirstOrThrow();
    expect({ last: Number(state.last_uid), validity: state.uid_validity }).toEqual({ last: 4, validity: uidValidity });
    expect(w.status()).toMatchObject({ connected: true, lastUid: 4, ingested: 4, lastError: null });
    expect((await w.health()).ok).toBe(true);

    const flags = await flagsByUid(imap);
    expect([...flags.keys()]).toEqual([1, 2, 3, 4]);
    for (const f of flags.values()) {
      expect(f.has(PROCESSED_KEYWORD)).toBe(true);
      expect(f.has("\\Seen")).toBe(false);
    }

    await app!.send();
    const acks = smtp.messages.filter((m) =>
      /Registration received|Registrierung erhalten/.test(m.parsed.subject ?? ""),
    );
    expect(acks).toHaveLength(4);
    expect(new Set(acks.map((m) => m.parsed.inReplyTo)).size).toBe(4);
    // what /healthz shows an operator during a backfill, here at its end
    expect(w.status()).toMatchObject({ mailboxTotal: 4, toFetch: 0, backlog: 0, processed: 4 });
    expect(w.status().lastBatchAt).not.toBeNull();

    // a restart reads nothing again
    await stopWatcher(w);
    expect((await w.health()).ok).toBe(false);
    const again = watch();
    await waitUntil(async () => again.status().state === "idle", "the restarted watcher to idle");
    expect(again.status()).toMatchObject({ ingested: 0, lastUid: 4 });
    expect(await rowCount()).toBe(4);
  });

  it("reports its status on GET /healthz without the password", async () => {
    await openApp();
    await dovecot.append(registrationMail(5, run));
    const w = watch();
    await waitUntil(
      async () => w.status().state === "idle" && w.status().lastUid === 1,
      "the watcher to catch up and idle",
    );
    const http = await buildApp(app!, { healthChecks: { imap: () => w.health() } });
    try {
      const up = await http.inject({ method: "GET", url: "/healthz" });
      expect(up.statusCode).toBe(200);
      expect(up.json()).toMatchObject({
        ok: true,
        imap: { ok: true, connected: true, lastUid: 1, mailbox: parseImapUrl(dovecot.url).key },
      });
      expect(up.json().imap.lastSyncAt).toEqual(expect.any(String));
      expect(up.body).not.toContain(encodeURIComponent(dovecot.password));
      expect(up.body).not.toContain(dovecot.password);

      await stopWatcher(w);
      const down = await http.inject({ method: "GET", url: "/healthz" });
      expect(down.statusCode).toBe(503);
      expect(down.json()).toMatchObject({ ok: false, imap: { ok: false, state: "stopped", connected: false } });
    } finally {
      await http.close();
    }
  });

  it("moves handled mail to IMAP_PROCESSED_MAILBOX", async () => {
    await openApp({ IMAP_PROCESSED_MAILBOX: "Processed" });
    await dovecot.append([registrationMail(10, run), registrationMail(11, run)]);
    watch();
    await waitUntil(async () => (await processedCount()) === 2, "2 processed mails");
    await waitUntil(async () => (await flagsByUid(imap, "Processed")).size === 2, "2 mails in Processed");
    expect((await flagsByUid(imap, "INBOX")).size).toBe(0);
    expect(await rowCount()).toBe(2);
  });

  it("re-reads a mailbox whose UIDVALIDITY changed and dedupes it by content", async () => {
    await imap.mailboxCreate("Partners");
    await openApp({ IMAP_URL: dovecot.urlVia(dovecot.port, "Partners") });
    const [a, b, c] = [registrationMail(20, run), registrationMail(21, run), registrationMail(22, run)];
    await dovecot.append([a, b], "Partners");
    const first = watch();
    await waitUntil(async () => (await processedCount()) === 2, "2 processed mails");
    await stopWatcher(first);
    const before = await db().selectFrom("imap_state").select("uid_validity").executeTakeFirstOrThrow();

    // deleting and re-creating a mailbox gives it a new UIDVALIDITY, as a server migration would
    await imap.mailboxDelete("Partners");
    await imap.mailboxCreate("Partners");
    await dovecot.append([a, b, c], "Partners");
    const second = watch();
    await waitUntil(async () => (await processedCount()) === 3, "the new mail after the renumbering");
    await waitUntil(async () => second.status().state === "idle", "the watcher to idle");

    const after = await db().selectFrom("imap_state").selectAll().executeTakeFirstOrThrow();
    expect(after.uid_validity).not.toBe(before.uid_validity);
    expect(Number(after.last_uid)).toBe(3);
    expect(await rowCount()).toBe(3);
    expect(await db().selectFrom("cases").select("id").execute()).toHaveLength(3);
    expect(await db().selectFrom("outbox").select("id").where("kind", "=", "ack").execute()).toHaveLength(3);
    // the old and the new delivery keys both point at the same stored messages
    expect(await db().selectFrom("inbound_source_refs").select("ref").execute()).toHaveLength(5);
    const flags = await flagsByUid(imap, "Partners");
    expect([...flags.values()].every((f) => f.has(PROCESSED_KEYWORD))).toBe(true);
  });

  it("marks again what was committed but never marked (a crash between progress and mark)", async () => {
    await openApp();
    await dovecot.append([registrationMail(30, run), registrationMail(31, run), registrationMail(32, run)]);
    const first = watch();
    await waitUntil(async () => (await processedCount()) === 3, "3 processed mails");
    await stopWatcher(first);
    await imap.mailboxOpen("INBOX");
    await imap.messageFlagsRemove("1:*", [PROCESSED_KEYWORD], { uid: true });
    await imap.mailboxClose();

    watch();
    await waitUntil(
      async () => [...(await flagsByUid(imap)).values()].every((f) => f.has(PROCESSED_KEYWORD)),
      "the marks to be repaired",
    );
    expect(await rowCount()).toBe(3);
  });

  it("reconnects and catches up when the IMAP connection drops mid-fetch and mid-IDLE", async () => {
    const proxy = await startTcpProxy({ host: dovecot.host, port: dovecot.port });
    proxies.push(proxy);
    // 150 registrations within seconds: more than the storm limits allow, which is not this test's subject
    await openApp({
      IMAP_URL: dovecot.urlVia(proxy.port),
      AUTO_ACKS_PER_SENDER_HOUR: "1000",
      OUTBOUND_MAX_PER_MINUTE: "1000",
    });
    const total = 150;
    await dovecot.append(Array.from({ length: total }, (_, i) => registrationMail(100 + i, run)));
    const w = watch({ batchSize: 10 });

    // mid-fetch: cut the connection while the catch-up is under way, twice
    const dropsAt: number[] = [];
    for (const threshold of [1, 60]) {
      await waitUntil(async () => w.status().ingested >= threshold, `${threshold} ingested`, 30_000, 5);
      dropsAt.push(w.status().ingested);
      proxy.dropAll();
    }
    expect(dropsAt.every((n) => n < total)).toBe(true);
    await waitUntil(async () => (await processedCount()) === total, `${total} processed mails`, 60_000);
    expect(w.status().failures).toBeGreaterThanOrEqual(2);

    // mid-IDLE
    await waitUntil(async () => w.status().state === "idle", "the watcher to idle");
    const accepted = proxy.accepted;
    proxy.dropAll();
    await dovecot.append(registrationMail(999, run));
    await waitUntil(async () => (await processedCount()) === total + 1, "the mail appended after the drop");
    expect(proxy.accepted).toBeGreaterThan(accepted);

    expect(await rowCount()).toBe(total + 1);
    expect(await db().selectFrom("inbound_source_refs").select("ref").execute()).toHaveLength(total + 1);
    expect(await db().selectFrom("outbox").select("id").where("kind", "=", "ack").execute()).toHaveLength(total + 1);
    await waitUntil(
      async () => [...(await flagsByUid(imap)).values()].every((f) => f.has(PROCESSED_KEYWORD)),
      "every mail marked",
    );
  });

  it.runIf(backend.name === "postgres")(
    "lets one of two instances read the mailbox; the other takes over when it stops",
    async () => {
      await openApp();
      const url = (app!.database as DatabaseHandle & { url: string | null }).url!;
      const target = parseImapUrl(dovecot.url);
      // the readers only store; one processor takes the mail from the database
      const processor = startMessageProcessor(app!.pipeline, { idlePollMs: 50 });
      const two = [0, 1].map(() => {
        const w = startImapWatcher({
          ...FAST,
          target,
          db: db(),
          processor,
          lock: postgresMailboxLock(url, advisoryLockKey(target.key)),
          logger: app!.logger,
        });
        watchers.push(w);
        return w;
      });
      await dovecot.append(Array.from({ length: 30 }, (_, i) => registrationMail(200 + i, run)));
      await waitUntil(async () => (await processedCount()) === 30, "30 processed mails");
      const holder = two.find((w) => w.status().holdsLock)!;
      const standby = two.find((w) => w !== holder)!;
      expect(holder).toBeDefined();
      expect(standby.status()).toMatchObject({ holdsLock: false, state: "waiting_for_lock", ingested: 0 });
      expect((await standby.health()).ok).toBe(true);

      await stopWatcher(holder);
      await dovecot.append(registrationMail(230, run));
      await waitUntil(async () => (await processedCount()) === 31, "the mail after the takeover");
      expect(standby.status()).toMatchObject({ holdsLock: true, ingested: 1 });
      expect(await rowCount()).toBe(31);
      await processor.stop();
    },
  );
});
