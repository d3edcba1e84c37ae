// Delivers queued mail: claim due rows, build the bytes, hand them to the transport, record
// the result. Transient failures back off exponentially; permanent ones stay visible as failed.
import type { Database } from "../../db/connection.ts";
import type { OutboxRow } from "../../db/schema.ts";
import type { Logger } from "../core/logger.ts";
import { errorMessage } from "../core/errors.ts";
import { composeRaw } from "./compose.ts";
import { claimDueMail, markFailed, markSentAndClaim, type SentRow } from "../repos/outbox.ts";
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
 * Lanes at once: four per SMTP pool connection (5). A lane waits for the statement that records
 * its sent row and claims its next one; with four lanes per connection the pool always has the
 * next mail queued while the other lanes wait, even when a statement takes as long as three sends
 * (a busy database). A claimed row waits for at most three sends ahead of it in the pool's queue,
 * far inside its lease.
 */
export const SEND_CONCURRENCY = 20;

/** Rows one pass takes at most when the caller gives no stop signal (the CLI and tests). */
export const SEND_BATCH = 200;

/**
 * One pass over due mail; returns how many were sent and failed. The pass takes at most
 * SEND_BATCH rows, or, given `stop`, runs until no due mail is left or `stop` is aborted (the worker's
 * drain: no pause and no pipeline refill between passes). Each lane claims its next row only when
 * it is free, so a row's lease starts just before its own send: rows claimed in bulk would wait
 * behind a slow server until their lease ran out, and another sender process would claim and send
 * them a second time. Lanes that finish while a statement is in flight share the next one, which
 * records their sent rows and claims their next rows.
 */
export async function deliverDueMail(
  deps: SenderDeps,
  opts: { stop?: AbortSignal } = {},
): Promise<{ sent: number; failed: number }> {
  const batch = opts.stop ? Infinity : SEND_BATCH;
  const first = await claimDueMail(deps.db, Math.min(SEND_CONCURRENCY, batch));
  const exchange = new SentExchange(deps.db, batch - first.length, opts.stop);
  // one child logger per pass: a child per mail cost more than the log line itself
  const log = deps.logger.child({ component: "sender", transport: deps.transport.name });
  let sent = 0;
  let failed = 0;
  const lane = async (start: OutboxRow) => {
    for (let row: OutboxRow | undefined = start; row;) {
      const done = await deliverOne(deps, log, row);
      if (done) sent++;
      else failed++;
      row = await exchange.next(done);
    }
  };
  try {
    await Promise.all(first.map(lane));
  } finally {
    await exchange.flush();
  }
  return { sent, failed };
}

/** Batches "this row is sent, give me the next" requests of concurrent lanes into one statement. */
class SentExchange {
  private sent: SentRow[] = [];
  private waiting: Array<{ resolve(row: OutboxRow | undefined): void; reject(err: unknown): void }> = [];
  private running: Promise<void> | null = null;

  constructor(
    private readonly db: Database,
    private budget: number,
    private readonly stop?: AbortSignal,
  ) {}

  /** Records `done` (a sent row, or null after a failure) and resolves with the lane's next row, if any. */
  next(done: SentRow | null): Promise<OutboxRow | undefined> {
    if (done) this.sent.push(done);
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.kick();
    });
  }

  /** Records what is still unrecorded (the last lanes' rows). */
  async flush(): Promise<void> {
    while (this.running || this.sent.length) {
      this.kick();
      await this.running;
    }
  }

  private kick(): void {
    if (this.running || (!this.sent.length && !this.waiting.length)) return;
    const sent = this.sent.splice(0);
    const waiting = this.waiting.splice(0);
    const want = this.stop?.aborted ? 0 : Math.min(waiting.length, this.budget);
    this.budget -= want;
    this.running = (async () => {
      try {
        const rows = sent.length
          ? await markSentAndClaim(this.db, sent, want)
          : want
            ? await claimDueMail(this.db, want)
            : [];
        this.budget += want - rows.length;
        waiting.forEach((w, i) => w.resolve(rows[i]));
      } catch (err) {
        waiting.forEach((w) => w.reject(err));
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
    await markFailed(deps.db, row.id, errorMessage(err), giveUp ? null : backoffSeconds(row.attempts));
    log.warn(
      { outboxId: row.id, kind: row.kind, err: errorMessage(err), permanent, attempts: row.attempts, giveUp },
      "mail delivery failed",
    );
    return null;
  }
}
