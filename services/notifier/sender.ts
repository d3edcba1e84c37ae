// Delivers queued mail: claim due rows, build the bytes, hand them to the transport, record
// the result. Transient failures back off exponentially; permanent ones stay visible as failed.
import type { Database } from "../../db/connection.ts";
import type { OutboxRow } from "../../db/schema.ts";
import type { Logger } from "../core/logger.ts";
import { errorMessage } from "../core/errors.ts";
import { composeRaw } from "./compose.ts";
import { failDelivery } from "../repos/leased-queue.ts";
import { LEASE_SECONDS, releaseClaimed, sendExchange, type SentRow } from "../repos/outbox.ts";
import { DeliveryError, type MailTransport } from "./transport.ts";

export const MAX_ATTEMPTS = 8;

/** Seconds to wait before attempt n+1 (n = attempts so far): 30 s, 1 min, 2 min, … capped at 1 h. */
export function backoffSeconds(attempts: number): number {
  return Math.min(3600, 30 * 2 ** Math.max(0, attempts - 1));
}

export interface SenderDeps {
  db: Database;
  transport: MailTransport;
  logger: Logger;
  /** the inbox that reads bounces: the envelope sender becomes its VERP variant (services/core/verp.ts) */
  bounceAddress?: string;
}

/**
 * Lanes at once: four per SMTP pool connection (5), so the pool always has the next mail queued.
 */
export const SEND_CONCURRENCY = 20;

/** Rows one pass takes at most when the caller gives no stop signal (the CLI and tests). */
export const SEND_BATCH = 200;

/**
 * Claimed rows kept ready for the lanes: a claim tops them up to twice the lanes once fewer than
 * the lanes are left, so a lane never waits for a statement and a claim brings ~20 rows.
 */
const READY_TARGET = 2 * SEND_CONCURRENCY;
const READY_LOW = SEND_CONCURRENCY;
/**
 * Sent rows are recorded in batches: once this many are waiting, or the oldest has waited
 * ACK_WAIT_MS, or with the next claim. A sender killed between a send and its record sends that
 * mail again when the lease runs out, so the wait stays short (it was one to two statements' round trip).
 */
const ACK_BATCH = SEND_CONCURRENCY;
const ACK_WAIT_MS = 20;

export interface SendOptions {
  stop?: AbortSignal;
  /** the claim's lease (tests); a claimed row is sent only within the first half of it */
  leaseSeconds?: number;
}

/**
 * One pass over due mail; returns how many were sent and failed. The pass takes at most
 * SEND_BATCH rows, or, given `stop`, runs until no due mail is left or `stop` is aborted (the worker's
 * drain: no pause and no pipeline refill between passes). Rows are claimed ahead of the lanes
 * (up to READY_TARGET), with a lease; a lane sends a claimed row only while at most half its
 * lease has gone by, measured from before the claim was sent, so a row that waited behind a slow
 * server is left to run out its lease (and be sent by whichever sender claims it then), never
 * sent by this one after another sender may have claimed it. Sent rows and the next claim share
 * one statement; rows still unstarted when the pass ends are given back at once.
 */
export async function deliverDueMail(
  deps: SenderDeps,
  opts: SendOptions = {},
): Promise<{ sent: number; failed: number }> {
  const exchange = new SendExchange(deps.db, opts.stop ? Infinity : SEND_BATCH, opts);
  // one child logger per pass: a child per mail cost more than the log line itself
  const log = deps.logger.child({ component: "sender", transport: deps.transport.name });
  let sent = 0;
  let failed = 0;
  const lane = async () => {
    for (let row = await exchange.take(); row; row = await exchange.take()) {
      const done = await deliverOne(deps, log, row);
      if (done) {
        sent++;
        exchange.sent(done);
      } else failed++;
    }
  };
  try {
    // as many lanes as the first claim found rows, up to SEND_CONCURRENCY: an idle pass is one statement
    const lanes = Math.min(SEND_CONCURRENCY, await exchange.start());
    await Promise.all(Array.from({ length: lanes }, lane));
  } finally {
    await exchange.close();
  }
  return { sent, failed };
}

interface Claimed {
  row: OutboxRow;
  /** performance.now() before the claim was sent: the lease started after this */
  at: number;
}

/**
 * Claims rows ahead of the lanes and records their sent rows, one statement at a time: each
 * statement carries every sent row waiting and, when the ready rows run low or a lane waits, a
 * claim that tops them up.
 */
class SendExchange {
  private ready: Claimed[] = [];
  private acks: SentRow[] = [];
  private oldestAck = 0;
  private waiting: Array<{ resolve(row: OutboxRow | undefined): void; reject(err: unknown): void }> = [];
  private running: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  /** the last claim found fewer due rows than it asked for: claim again only for a waiting lane */
  private dry = false;
  private closed = false;
  /** a statement failed: the lanes end (the pass fails); close() tries once more to record the sent rows */
  private error: { err: unknown } | null = null;
  private readonly leaseSeconds: number;

  constructor(
    private readonly db: Database,
    private budget: number,
    private readonly opts: SendOptions,
  ) {
    this.leaseSeconds = opts.leaseSeconds ?? LEASE_SECONDS;
  }

  /** The first claim; returns how many rows it found. */
  async start(): Promise<number> {
    this.kick();
    await this.running;
    this.throwIfFailed();
    return this.ready.length;
  }

  /** The next row to send, or undefined when none is due (the lane ends). */
  take(): Promise<OutboxRow | undefined> {
    if (this.error) return Promise.reject(this.error.err);
    // stopping: the lanes finish the mail in hand, the rows claimed ahead are given back
    if (this.opts.stop?.aborted) return Promise.resolve(undefined);
    for (let c = this.ready.shift(); c; c = this.ready.shift()) {
      // waited past half its lease (a slow server): not sent here; its lease runs out
      if (this.fresh(c)) {
        this.kick();
        return Promise.resolve(c.row);
      }
    }
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.kick();
    });
  }

  sent(row: SentRow): void {
    if (!this.acks.length) this.oldestAck = performance.now();
    this.acks.push(row);
    this.kick();
  }

  /** Records what is still unrecorded and gives back the rows no lane started. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    this.error = null;
    while (this.acks.length) {
      this.kick();
      await this.running;
      this.throwIfFailed();
    }
    const unstarted = this.ready.splice(0).filter((c) => this.fresh(c));
    await releaseClaimed(
      this.db,
      unstarted.map((c) => c.row.id),
    );
  }

  private throwIfFailed(): void {
    if (this.error) throw this.error.err;
  }

  private fresh(c: Claimed): boolean {
    return performance.now() - c.at < (this.leaseSeconds * 1000) / 2;
  }

  private kick(): void {
    if (this.running || this.error) return;
    const stopping = this.closed || !!this.opts.stop?.aborted;
    // a waiting lane gets a row (or its end); ahead of the lanes only while rows were found
    const topUp = !stopping && !this.dry && this.ready.length < READY_LOW;
    const want = stopping ? 0 : Math.min(this.budget, topUp ? READY_TARGET - this.ready.length : this.waiting.length);
    const ackDue =
      this.acks.length >= ACK_BATCH ||
      (this.acks.length > 0 && (this.closed || performance.now() - this.oldestAck >= ACK_WAIT_MS));
    if (!ackDue && !this.waiting.length && want === 0) {
      if (this.acks.length && !this.timer)
        this.timer = setTimeout(
          () => {
            this.timer = null;
            this.kick();
          },
          Math.max(0, ACK_WAIT_MS - (performance.now() - this.oldestAck)),
        );
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const acks = this.acks.splice(0);
    this.budget -= want;
    const at = performance.now();
    this.running = (async () => {
      try {
        const rows = acks.length || want ? await sendExchange(this.db, acks, want, this.leaseSeconds) : [];
        this.budget += want - rows.length;
        this.dry = rows.length < want;
        this.ready.push(...rows.map((row) => ({ row, at })));
        // waiting lanes first, in order; those left over end once no due row is left to claim
        while (this.waiting.length && this.ready.length) this.waiting.shift()!.resolve(this.ready.shift()!.row);
        if (this.dry || this.budget <= 0 || this.closed || this.opts.stop?.aborted)
          for (const w of this.waiting.splice(0)) w.resolve(undefined);
      } catch (err) {
        // the sent rows wait for the next statement; the claim's rows (if it committed) run out their lease
        this.acks.unshift(...acks);
        this.error = { err };
        for (const w of this.waiting.splice(0)) w.reject(err);
      } finally {
        this.running = null;
      }
      this.kick();
    })();
  }
}

async function deliverOne(deps: SenderDeps, log: Logger, row: OutboxRow): Promise<SentRow | null> {
  try {
    const { raw, envelope } = await composeRaw(row, deps.bounceAddress);
    const info = await deps.transport.send(raw, envelope);
    log.info({ outboxId: row.id, kind: row.kind, to: envelope.to.length }, "mail sent");
    return { id: row.id, providerMessageId: info.providerMessageId };
  } catch (err) {
    const permanent = err instanceof DeliveryError && err.permanent;
    const giveUp = permanent || row.attempts >= MAX_ATTEMPTS;
    await failDelivery(deps.db, "outbox", row.id, errorMessage(err), giveUp ? null : backoffSeconds(row.attempts));
    log.warn(
      { outboxId: row.id, kind: row.kind, err: errorMessage(err), permanent, attempts: row.attempts, giveUp },
      "mail delivery failed",
    );
    return null;
  }
}
