// The look-ups that place an inbound answer in a case's thread by the Message-IDs it quotes:
// mail we sent (the outbox) and mail we received (inbound messages) on a case.
import type { Executor } from "./cases.ts";

/** Our sent mail among these Message-IDs that belongs to a case, with its kind. */
export async function sentMailOfCases(
  db: Executor,
  messageIds: readonly string[],
): Promise<Array<{ caseId: number; kind: string }>> {
  if (!messageIds.length) return [];
  const rows = await db
    .selectFrom("outbox")
    .select(["case_id", "kind"])
    .where("message_id", "in", [...messageIds])
    .where("case_id", "is not", null)
    .execute();
  return rows.flatMap((r) => (r.case_id === null ? [] : [{ caseId: r.case_id, kind: r.kind }]));
}

/** The case of the latest received mail among these Message-IDs, or null. */
export async function caseOfReceivedMail(db: Executor, messageIds: readonly string[]): Promise<number | null> {
  if (!messageIds.length) return null;
  const row = await db
    .selectFrom("inbound_messages")
    .select("case_id")
    .where("message_id", "in", [...messageIds])
    .where("case_id", "is not", null)
    .orderBy("id", "desc")
    .executeTakeFirst();
  return row?.case_id ?? null;
}
