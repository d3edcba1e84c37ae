// Closing review items: every action that settles a message or case closes its open items.
import type { Transaction } from "kysely";
import type { DB } from "../../../db/schema.ts";

export async function resolveOpenItems(
  trx: Transaction<DB>,
  where: { inboundMessageId?: number; caseId?: number; reviewItemId?: number },
  by: { actor: string; resolution: string; now: Date },
): Promise<number> {
  let q = trx
    .updateTable("review_items")
    .set({ resolved_at: by.now, resolved_by: by.actor, resolution: by.resolution.slice(0, 500) })
    .where("resolved_at", "is", null);
  if (where.reviewItemId !== undefined) q = q.where("id", "=", where.reviewItemId);
  if (where.inboundMessageId !== undefined) q = q.where("inbound_message_id", "=", where.inboundMessageId);
  if (where.caseId !== undefined) q = q.where("case_id", "=", where.caseId);
  const res = await q.executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** Result of an admin action: done (with what to show next) or refused with a reason for the page. */
export type ActionResult<T extends object = Record<never, never>> = ({ ok: true } & T) | { ok: false; reason: string };
