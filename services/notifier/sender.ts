// Delivers queued mail: claim due rows, build the bytes, hand them to the transport, record
// the result. Transient failures back off exponentially; permanent ones stay visible as failed.
import type { Database } from "../../db/connection.ts";
import type { OutboxRow } from "../../db/schema.ts";
import type { Logger } from "../core/logger.ts";
import { errorMessage } from "../core/errors.ts";
import { composeRaw } from "./compose.ts";
import { claimDueMail, markFailed, markSent } from "../repos/outbox.ts";
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
}

/** Deliveries in flight at once (the SMTP pool has as many connections). */
export const SEND_CONCURRENCY = 5;

/**
 * One pass over due mail (at most `batch` rows); returns how many were sent. Each lane claims
 * its next row only when it is free, so a row's lease starts just before its own send: rows
 * claimed in bulk would wait behind a slow server until their lease ran out, and another
 * sender process would claim and send them a second time.
 */
export async function deliverDueMail(deps: SenderDeps, batch = 50): Promise<{ sent: number; failed: number }> {
  const first = await claimDueMail(deps.db, Math.min(SEND_CONCURRENCY, batch));
  let claimed = first.length;
  let sent = 0;
  let failed = 0;
  const lane = async (start: OutboxRow) => {
    for (let row: OutboxRow | undefined = start; row; ) {
      if (await deliverOne(deps, row)) sent++;
      else failed++;
      if (claimed >= batch) return;
      claimed++;
      [row] = await claimDueMail(deps.db, 1);
      if (!row) claimed--;
    }
  };
  await Promise.all(first.map(lane));
  return { sent, failed };
}

async function deliverOne(deps: SenderDeps, row: OutboxRow): Promise<boolean> {
  const log = deps.logger.child({ component: "sender", outboxId: row.id, kind: row.kind });
  try {
    const { raw, envelope } = await composeRaw(row);
    const info = await deps.transport.send(raw, envelope);
    await markSent(deps.db, row.id, info.providerMessageId);
    log.info({ transport: deps.transport.name, to: envelope.to.length }, "mail sent");
    return true;
  } catch (err) {
    const permanent = err instanceof DeliveryError && err.permanent;
    const giveUp = permanent || row.attempts >= MAX_ATTEMPTS;
    await markFailed(deps.db, row.id, errorMessage(err), giveUp ? null : backoffSeconds(row.attempts));
    log.warn({ err: errorMessage(err), permanent, attempts: row.attempts, giveUp }, "mail delivery failed");
    return false;
  }
}
