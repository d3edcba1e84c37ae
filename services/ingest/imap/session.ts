// One IMAP session: connect, SELECT, check UIDVALIDITY, choose how handled mail is marked,
// then catch up by UID and IDLE until the server reports new mail (and
// re-check every few minutes regardless). Any failure ends the session by throwing; the
// watcher's loop (watcher.ts) reconnects.
import { setTimeout as sleep } from "node:timers/promises";
import { ImapFlow } from "imapflow";
import type { Database } from "../../../db/connection.ts";
import { errorMessage } from "../../core/errors.ts";
import { isRecord } from "../../core/guards.ts";
import type { Logger } from "../../core/logger.ts";
import { readImapProgress, recordImapProgress } from "../../repos/imap-state.ts";
import type { ImapTarget } from "./imap-url.ts";
import { chooseMarkMode, reconcileMarks, type MarkMode } from "./mark-processed.ts";
import type { ImapWatcherStatus } from "./status.ts";
import { syncNewMessages, type SyncDeps } from "./sync-mailbox.ts";
import type { Wakeup } from "./wakeup.ts";

export interface SessionContext {
  target: ImapTarget;
  processedMailbox: string | undefined;
  db: Database;
  log: Logger;
  /** the watcher's status, updated in place */
  status: ImapWatcherStatus;
  wakeup: Wakeup;
  /** a batch is committed: the processors may take it (the reader itself only stores) */
  onStored: () => void;
  /** called after each committed batch (the watcher's progress log) */
  onBatch: () => void;
  limits: SyncDeps["limits"];
  storeConcurrency: number;
  maxIdleMs: number;
  pollEveryMs: number;
  connectTimeoutMs: number;
  stopped: () => boolean;
  mayContinue: () => boolean;
  /** the live client, so stop() can cut it; null once the session ends */
  setClient: (c: ImapFlow | null) => void;
  /** called once the mailbox is open and reconciled: the reconnect backoff starts over */
  onConnected: () => void;
  /** called when handled mail cannot be marked on the server */
  onNoMark: (mark: Extract<MarkMode, { kind: "none" }>) => void;
}

export async function runSession(ctx: SessionContext): Promise<void> {
  const { target, db, log, status, wakeup, limits, mayContinue } = ctx;
  status.state = "connecting";
  const c = new ImapFlow({
    host: target.host,
    port: target.port,
    secure: target.secure,
    auth: { user: target.user, pass: target.pass },
    logger: imapflowLogger(log),
    disableAutoIdle: true,
    maxIdleTime: ctx.maxIdleMs,
    connectionTimeout: ctx.connectTimeoutMs,
  });
  ctx.setClient(c);
  let closed = false;
  const closedWake = () => {
    closed = true;
    wakeup.fire();
  };
  c.on("close", closedWake);
  // 'error' must have a listener (an emitted error without one crashes the process); the
  // same failure also rejects the running command or closes the connection, handled below
  c.on("error", (err: unknown) => log.debug({ err: errorMessage(err) }, "imap connection error"));
  let dirty = true;
  const onExists = () => {
    dirty = true;
    wakeup.fire();
  };
  try {
    await c.connect();
    const mailbox = await c.mailboxOpen(target.mailbox);
    const uidValidity = String(mailbox.uidValidity);
    const progress = await readImapProgress(db, target.key);
    let lastUid = 0;
    if (progress && progress.uidValidity === uidValidity) {
      lastUid = progress.lastUid;
    } else if (progress) {
      // the server renumbered the mailbox: read it all again; the content keys (sha256,
      // Message-ID) recognise what is stored already
      log.warn(
        { previous: progress.uidValidity, uidValidity, previousLastUid: progress.lastUid },
        "UIDVALIDITY changed: re-reading the mailbox from UID 1",
      );
      await recordImapProgress(db, target.key, { uidValidity, lastUid: 0 });
    }
    const mark = chooseMarkMode(ctx.processedMailbox, mailbox.permanentFlags);
    if (mark.kind === "none") ctx.onNoMark(mark);
    if (mark.kind === "move") await ensureMailbox(c, mark.mailbox);
    const reconciled = await reconcileMarks(c, mark, lastUid, limits.maxMessageBytes);
    Object.assign(status, { connected: true, uidValidity, lastUid, lastError: null, mailboxTotal: mailbox.exists });
    ctx.onConnected();
    log.info({ uidValidity, lastUid, exists: mailbox.exists, mark: mark.kind, reconciled }, "imap connected");
    c.on("exists", onExists);

    while (mayContinue() && !closed) {
      if (dirty) {
        dirty = false;
        status.state = "syncing";
        const started = Date.now();
        const r = await syncNewMessages(c, uidValidity, lastUid, {
          db,
          logger: log,
          mailboxKey: target.key,
          mark,
          limits,
          storeConcurrency: ctx.storeConcurrency,
          enqueue: async () => ctx.onStored(),
          mayContinue,
          onPlan: (n) => {
            status.toFetch = n;
            status.mailboxTotal = c.mailbox ? c.mailbox.exists : null;
          },
          onProgress: (uid, stored) => {
            status.lastUid = uid;
            status.ingested += stored.fresh;
            status.toFetch = Math.max(0, status.toFetch - stored.fresh - stored.duplicates);
            status.lastBatchAt = new Date().toISOString();
            ctx.onBatch();
          },
        });
        status.toFetch = 0;
        lastUid = r.lastUid;
        status.lastSyncAt = new Date().toISOString();
        if (r.fresh + r.duplicates + r.tooLarge > 0) {
          log.info(
            { fresh: r.fresh, duplicates: r.duplicates, tooLarge: r.tooLarge, lastUid, ms: Date.now() - started },
            "imap synced",
          );
        }
        continue;
      }
      status.state = "idle";
      // IDLE runs until the next command breaks it (the sync after a wakeup); its outcome
      // matters only through the connection, which `closed` watches
      void c.idle().catch(() => {});
      const poll = setTimeout(() => {
        dirty = true;
        wakeup.fire();
      }, ctx.pollEveryMs);
      await wakeup.wait();
      clearTimeout(poll);
    }
    if (closed && !ctx.stopped()) throw new Error("IMAP connection closed");
  } finally {
    c.off("exists", onExists);
    status.connected = false;
    ctx.setClient(null);
    // unref: the 5 s cap must not keep a stopping process alive after a quick logout
    if (c.usable) await Promise.race([c.logout().catch(() => {}), sleep(5000, undefined, { ref: false })]);
    c.close();
  }
}

async function ensureMailbox(c: ImapFlow, path: string): Promise<void> {
  const list = await c.list();
  if (!list.some((m) => m.path === path)) await c.mailboxCreate(path);
}

/** imapflow's own log lines go to debug, reduced to message and error (never the raw protocol). */
function imapflowLogger(log: Logger) {
  const forward = (entry: unknown) => {
    const err = isRecord(entry) ? entry.err : undefined;
    log.debug(
      {
        imapflow: isRecord(entry) ? entry.msg : undefined,
        err: isRecord(err) ? err.message : undefined,
        code: isRecord(err) ? err.code : undefined,
      },
      "imapflow",
    );
  };
  return { debug: () => {}, info: () => {}, warn: forward, error: forward };
}
