// The review queue: what the machine could not decide waits here for a person.
import type { Executor } from "./cases.ts";

export async function addReviewItem(
  trx: Executor,
  item: { reason: string; detail?: string | null; inboundMessageId?: number | null; caseId?: number | null },
): Promise<void> {
  await trx
    .insertInto("review_items")
    .values({
      reason: item.reason,
      detail: item.detail ?? null,
      inbound_message_id: item.inboundMessageId ?? null,
      case_id: item.caseId ?? null,
    })
    .execute();
}
