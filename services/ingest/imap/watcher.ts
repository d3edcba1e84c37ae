// The IMAP watcher: takes the mailbox lock and runs one session after another (session.ts:
// connect, SELECT, catch up by UID, IDLE). Every failure ends the session and the loop
// reconnects with exponential backoff and jitter (imapflow does not reconnect by itself); no
// error escapes to crash the process.
import { setTimeout as sleep } from "node:timers/promises";
import type { ImapFlow } from "imapflow";
import type { Database } from "../../../db/connection.ts";
import { errorMessage } from "../../core/errors.ts";
import { isRecord } from "../../core/guards.ts";
import type { Logger } from "../../core/logger.ts";
import type { MessageProcessor } from "../message-processor.ts";
import { MAX_RAW_BYTES } from "../store-raw.ts";
import { backoffDelay } from "./backoff.ts";
import type { ImapTarget } from "./imap-url.ts";
import type { MailboxLock } from "./mailbox-lock.ts";
import { runSession } from "./session.ts";
import { imapHealth, type ImapWatcherStatus } from "./status.ts";
import { Wakeup } from "./wakeup.ts";

export interface ImapWatcherOptions {
  target: ImapTarget;
  /** move handled mail here; unset: add the $Dealreg keyword instead */
  processedMailbox?: string | undefined;
  db: Database;
  /** the processor woken after each stored batch (in this process), or null: processors
   * elsewhere take the mail from the database */
  processor: Pick<MessageProcessor, "wake" | "processed"> | null;
  lock: MailboxLock;
  logger: Logger;
  batchSize?: number;
  batchBytes?: number;
  storeConcurrency?: number;
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
  /** ends the session (logout), releases the lock */
  stop(): Promise<void>;
}

export function startImapWatcher(opts: ImapWatcherOptions): ImapWatcher {
  const { target, db, lock } = opts;
  const log = opts.logger.child({ component: "imap", mailbox: target.key });
  const limits = {
    maxCount: opts.batchSize ?? 100,
    maxBytes: opts.batchBytes ?? 20 * 1024 * 1024,
    maxMessageBytes: MAX_RAW_BYTES,
  };
  const backoff = opts.backoff ?? { baseMs: 1000, maxMs: 60_000 };
  const stopper = new AbortController();
  const wakeup = new Wakeup();
  const processor = opts.processor;
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
  // what this reader stored and its process has not processed yet (processors elsewhere: unknown, 0)
  const current = (): ImapWatcherStatus =>
    processor
      ? { ...status, processed: processor.processed, backlog: Math.max(0, status.ingested - processor.processed) }
      : { ...status };
  const catchUp = progressLog(log, current);
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
        await runSession({
          target,
          processedMailbox: opts.processedMailbox,
          db,
          log,
          status,
          wakeup,
          onStored: () => processor?.wake(),
          onBatch: () => catchUp.tick(),
          limits,
          storeConcurrency: opts.storeConcurrency ?? 4,
          maxIdleMs: opts.maxIdleMs ?? 20 * 60_000,
          pollEveryMs: opts.pollEveryMs ?? 4 * 60_000,
          connectTimeoutMs: opts.connectTimeoutMs ?? 30_000,
          stopped: () => stopper.signal.aborted,
          mayContinue,
          setClient: (c) => {
            client = c;
          },
          onConnected: () => {
            attempt = 0;
          },
          onNoMark: (mark) => {
            if (warnedNoMark) return;
            warnedNoMark = true;
            log.warn({ reason: mark.reason }, "handled mail is not marked on the server");
          },
        });
        if (stopper.signal.aborted) break;
        if (!lock.held()) continue; // lost the lock without an error: try to take it again
      } catch (err) {
        status.failures++;
        status.lastError = { message: errorMessage(err), at: new Date().toISOString() };
        const delayMs = backoffDelay(attempt, backoff);
        log.warn(
          { err: errorMessage(err), code: isRecord(err) ? err.code : undefined, attempt, delayMs },
          "imap session failed; reconnecting",
        );
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
    status: current,
    health: async () => imapHealth(current()),
    async stop() {
      stopper.abort();
      wakeup.fire();
      const c = client;
      // a batch in flight gets a moment to finish; then the connection is cut
      const hard = setTimeout(() => c?.close(), 10_000);
      await running;
      clearTimeout(hard);
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
  const stop = () => {
    if (timer) clearInterval(timer);
    timer = null;
  };
  const line = () => {
    const s = read();
    const now = Date.now();
    const rate = last.at ? ((s.processed - last.processed) * 1000) / (now - last.at) : null;
    const left = s.toFetch + s.backlog;
    last = { at: now, processed: s.processed };
    log.info(
      {
        fetched: s.ingested,
        processed: s.processed,
        toFetch: s.toFetch,
        backlog: s.backlog,
        left,
        mailboxTotal: s.mailboxTotal,
        perSecond: rate === null ? null : Math.round(rate * 10) / 10,
        etaSeconds: rate ? Math.round(left / rate) : null,
      },
      left > 0 ? "imap catch-up progress" : "imap catch-up done",
    );
    if (left === 0) stop();
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
