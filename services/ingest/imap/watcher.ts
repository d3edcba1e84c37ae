// The IMAP watcher: takes the mailbox lock, connects, SELECTs, catches up by UID, then IDLEs
// until the server reports new mail (and re-checks every few minutes regardless). Every
// failure ends the session and the loop reconnects with exponential backoff and jitter
// (imapflow does not reconnect by itself); no error escapes to crash the process.
import { setTimeout as sleep } from "node:timers/promises";
import { ImapFlow } from "imapflow";
import type { Database } from "../../../db/connection.ts";
import { errorMessage } from "../../core/errors.ts";
import type { Logger } from "../../core/logger.ts";
import { processStoredMessage, type PipelineDeps } from "../process-message.ts";
import { MAX_RAW_BYTES, unprocessedMessageIds } from "../store-raw.ts";
import { backoffDelay } from "./backoff.ts";
import { readImapProgress, recordImapProgress } from "./imap-state.ts";
import type { ImapTarget } from "./imap-url.ts";
import type { MailboxLock } from "./mailbox-lock.ts";
import { chooseMarkMode, reconcileMarks } from "./mark-processed.ts";
import { createProcessQueue } from "./process-queue.ts";
import { imapHealth, type ImapWatcherStatus } from "./status.ts";
import { syncNewMessages } from "./sync-mailbox.ts";

export interface ImapWatcherOptions {
  target: ImapTarget;
  /** move handled mail here; unset: add the $Dealreg keyword instead */
  processedMailbox?: string | undefined;
  db: Database;
  pipeline: PipelineDeps;
  lock: MailboxLock;
  logger: Logger;
  batchSize?: number;
  batchBytes?: number;
  storeConcurrency?: number;
  processConcurrency?: number;
  /** IDLE is re-issued at least this often (servers drop IDLE after 30 min; RFC 2177 says re-issue within 29) */
  maxIdleMs?: number;
  /**
   * a catch-up pass runs at least this often even without an EXISTS notification (default 4 min,
   * under imapflow's 5 min socket inactivity timeout, so a silent server never idles us out)
   */
  pollEveryMs?: number;
  backoff?: { baseMs: number; maxMs: number };
  /** wait between attempts while another instance holds the mailbox */
  lockRetryMs?: number;
  connectTimeoutMs?: number;
}

export interface ImapWatcher {
  status(): ImapWatcherStatus;
  /** for buildApp(ctx, { healthChecks: { imap: watcher.health } }) */
  health(): Promise<{ ok: boolean } & ImapWatcherStatus>;
  /** ends the session (logout), waits for queued processing, releases the lock */
  stop(): Promise<void>;
}

/** Resolves waiters on fire(); a fire() with nobody waiting is remembered until the next wait. */
class Wakeup {
  private pending = false;
  private waiters: Array<() => void> = [];
  fire(): void {
    if (this.waiters.length === 0) this.pending = true;
    const w = this.waiters;
    this.waiters = [];
    for (const r of w) r();
  }
  wait(): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((r) => this.waiters.push(r));
  }
}

export function startImapWatcher(opts: ImapWatcherOptions): ImapWatcher {
  const { target, db, lock } = opts;
  const log = opts.logger.child({ component: "imap", mailbox: target.key });
  const limits = { maxCount: opts.batchSize ?? 100, maxBytes: opts.batchBytes ?? 20 * 1024 * 1024, maxMessageBytes: MAX_RAW_BYTES };
  const backoff = opts.backoff ?? { baseMs: 1000, maxMs: 60_000 };
  const stopper = new AbortController();
  const wakeup = new Wakeup();
  // a message from an earlier run that keeps failing is parked by processStoredMessage itself
  const processOne = async (id: number): Promise<void> => {
    await processStoredMessage(opts.pipeline, id);
    status.processed++;
  };
  const queue = createProcessQueue(processOne, log, { concurrency: opts.processConcurrency ?? 4, maxQueued: limits.maxCount * 2 });
  const status: ImapWatcherStatus = {
    mailbox: target.key,
    state: "starting",
    connected: false,
    holdsLock: false,
    lastSyncAt: null,
    lastUid: null,
    uidValidity: null,
    lastError: null,
    failures: 0,
    ingested: 0,
    mailboxTotal: null,
    toFetch: 0,
    backlog: 0,
    processed: 0,
    lastBatchAt: null,
  };
  const catchUp = progressLog(log, () => ({ ...status, backlog: queue.pending }));
  let client: ImapFlow | null = null;
  let attempt = 0;
  let warnedNoMark = false;

  lock.onLost((reason) => {
    status.holdsLock = false;
    log.warn({ reason }, "mailbox lock lost; stopping reads until it is re-acquired");
    wakeup.fire();
  });
  const mayContinue = () => !stopper.signal.aborted && lock.held();

  const pause = async (ms: number) => {
    await sleep(ms, undefined, { signal: stopper.signal }).catch(() => {});
  };

  // Stored-but-unprocessed mail (killed between commit and processing, database lost mid-way)
  // is queued at the start of every session, before new mail, so recovery does not wait for
  // the worker's 30 s backlog cycle and older mail is answered first.
  async function queueBacklog(): Promise<number> {
    let after = 0;
    let queued = 0;
    for (;;) {
      // rows a worker is parsing right now (leased) are left to it
      const ids = await unprocessedMessageIds(db, { now: new Date(), minAgeMs: 0, limit: 500, afterId: after });
      for (const id of ids) {
        if (!mayContinue()) return queued;
        await queue.push(id);
        queued++;
      }
      if (ids.length < 500) return queued;
      after = ids.at(-1)!;
    }
  }

  async function session(): Promise<void> {
    status.state = "connecting";
    const c = new ImapFlow({
      host: target.host,
      port: target.port,
      secure: target.secure,
      auth: { user: target.user, pass: target.pass },
      logger: imapflowLogger(log),
      disableAutoIdle: true,
      maxIdleTime: opts.maxIdleMs ?? 20 * 60_000,
      connectionTimeout: opts.connectTimeoutMs ?? 30_000,
    });
    client = c;
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
        log.warn({ previous: progress.uidValidity, uidValidity, previousLastUid: progress.lastUid }, "UIDVALIDITY changed: re-reading the mailbox from UID 1");
        await recordImapProgress(db, target.key, { uidValidity, lastUid: 0 });
      }
      const mark = chooseMarkMode(opts.processedMailbox, mailbox.permanentFlags);
      if (mark.kind === "none" && !warnedNoMark) {
        warnedNoMark = true;
        log.warn({ reason: mark.reason }, "handled mail is not marked on the server");
      }
      if (mark.kind === "move") await ensureMailbox(c, mark.mailbox);
      const reconciled = await reconcileMarks(c, mark, lastUid, limits.maxMessageBytes);
      Object.assign(status, { connected: true, uidValidity, lastUid, lastError: null, mailboxTotal: mailbox.exists });
      attempt = 0;
      log.info({ uidValidity, lastUid, exists: mailbox.exists, mark: mark.kind, reconciled }, "imap connected");
      c.on("exists", onExists);
      const backlog = await queueBacklog();
      if (backlog > 0) log.info({ backlog }, "queued stored but unprocessed mail");

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
            storeConcurrency: opts.storeConcurrency ?? 4,
            enqueue: (id) => queue.push(id),
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
              catchUp.tick();
            },
          });
          status.toFetch = 0;
          lastUid = r.lastUid;
          status.lastSyncAt = new Date().toISOString();
          if (r.fresh + r.duplicates + r.tooLarge > 0) {
            log.info({ fresh: r.fresh, duplicates: r.duplicates, tooLarge: r.tooLarge, lastUid, ms: Date.now() - started }, "imap synced");
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
        }, opts.pollEveryMs ?? 4 * 60_000);
        await wakeup.wait();
        clearTimeout(poll);
      }
      if (closed && !stopper.signal.aborted) throw new Error("IMAP connection closed");
    } finally {
      c.off("exists", onExists);
      status.connected = false;
      client = null;
      // unref: the 5 s cap must not keep a stopping process alive after a quick logout
      if (c.usable) await Promise.race([c.logout().catch(() => {}), sleep(5000, undefined, { ref: false })]);
      c.close();
    }
  }

  async function run(): Promise<void> {
    let waitingLogged = false;
    while (!stopper.signal.aborted) {
      try {
        status.state = "waiting_for_lock";
        if (!(await lock.acquire())) {
          status.holdsLock = false;
          if (!waitingLogged) log.info("another instance reads this mailbox; standing by");
          waitingLogged = true;
          await pause(backoffDelay(0, { baseMs: opts.lockRetryMs ?? 10_000, maxMs: opts.lockRetryMs ?? 10_000 }));
          continue;
        }
        waitingLogged = false;
        status.holdsLock = true;
        await session();
        if (stopper.signal.aborted) break;
        if (!lock.held()) continue; // lost the lock without an error: try to take it again
      } catch (err) {
        status.failures++;
        status.lastError = { message: errorMessage(err), at: new Date().toISOString() };
        const delayMs = backoffDelay(attempt, backoff);
        log.warn({ err: errorMessage(err), code: (err as { code?: unknown }).code, attempt, delayMs }, "imap session failed; reconnecting");
        attempt++;
        status.state = "backoff";
        await pause(delayMs);
        continue;
      }
      status.state = "backoff";
      await pause(backoffDelay(attempt++, backoff));
    }
    status.state = "stopped";
  }

  const running = run().catch((err) => log.error({ err: errorMessage(err) }, "imap watcher loop crashed"));

  return {
    status: () => ({ ...status, backlog: queue.pending }),
    health: async () => imapHealth({ ...status }),
    async stop() {
      stopper.abort();
      wakeup.fire();
      const c = client;
      // a batch in flight gets a moment to finish; then the connection is cut
      const hard = setTimeout(() => c?.close(), 10_000);
      await running;
      clearTimeout(hard);
      await queue.drain();
      await lock.release();
      status.holdsLock = false;
      status.state = "stopped";
      catchUp.stop();
      log.info({ lastUid: status.lastUid, ingested: status.ingested }, "imap watcher stopped");
    },
  };
}

/** While a catch-up is under way (mail left to fetch or to process): one line every
 * PROGRESS_EVERY_MS with counts, the processing rate and what is left, and a last one when done. */
const PROGRESS_EVERY_MS = 5_000;

function progressLog(log: Logger, read: () => ImapWatcherStatus): { tick(): void; stop(): void } {
  let timer: NodeJS.Timeout | null = null;
  let last = { at: 0, processed: 0 };
  const line = () => {
    const s = read();
    const now = Date.now();
    const rate = last.at ? ((s.processed - last.processed) * 1000) / (now - last.at) : null;
    const left = s.toFetch + s.backlog;
    last = { at: now, processed: s.processed };
    log.info(
      { fetched: s.ingested, processed: s.processed, toFetch: s.toFetch, backlog: s.backlog, left, mailboxTotal: s.mailboxTotal, perSecond: rate === null ? null : Math.round(rate * 10) / 10, etaSeconds: rate ? Math.round(left / rate) : null },
      left > 0 ? "imap catch-up progress" : "imap catch-up done",
    );
    if (left === 0) stop();
  };
  const stop = () => {
    if (timer) clearInterval(timer);
    timer = null;
  };
  return {
    tick() {
      if (timer) return;
      last = { at: Date.now(), processed: read().processed };
      timer = setInterval(line, PROGRESS_EVERY_MS);
      timer.unref();
    },
    stop,
  };
}

async function ensureMailbox(c: ImapFlow, path: string): Promise<void> {
  const list = await c.list();
  if (!list.some((m) => m.path === path)) await c.mailboxCreate(path);
}

/** imapflow's own log lines go to debug, reduced to message and error (never the raw protocol). */
function imapflowLogger(log: Logger) {
  const forward = (o: unknown) => {
    const entry = o as { msg?: unknown; err?: { message?: unknown; code?: unknown } } | null;
    log.debug({ imapflow: entry?.msg, err: entry?.err?.message, code: entry?.err?.code }, "imapflow");
  };
  return { debug: () => {}, info: () => {}, warn: forward, error: forward };
}
