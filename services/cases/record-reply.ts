// An answer in a case thread lands on the case timeline with its new text (quotes and
// signature stripped); the raw message stays whole in inbound_messages.
import type { Transaction } from "kysely";
import type { DB } from "../../db/schema.ts";
import type { Config } from "../config/env.ts";
import type { ParsedMessage } from "../parser/types.ts";
import { stripReply } from "../threads/strip-reply.ts";
import { addReviewItem, addTimelineEvent, findCaseById } from "./case-repo.ts";
import { findThreadCase } from "./find-thread-case.ts";

export interface ReplyResult {
  status: "reply" | "needs_review";
  caseId: number | null;
  caseNumber: string | null;
  detail: string | null;
}

export async function recordReply(trx: Transaction<DB>, ctx: { config: Config; parsed: ParsedMessage; inboundMessageId: number; now: Date }): Promise<ReplyResult> {
  const { parsed } = ctx;
  const match = await findThreadCase(trx, parsed, ctx.config.INBOUND_ADDRESS);
  if (match.caseId === null) {
    const reason = match.reason === "stranger" ? "stranger_thread" : "unmatched_reply";
    await addReviewItem(trx, { reason, detail: parsed.subject.slice(0, 200), inboundMessageId: ctx.inboundMessageId });
    return { status: "needs_review", caseId: null, caseNumber: null, detail: reason };
  }
  const caseRow = await findCaseById(trx, match.caseId);
  if (!caseRow) throw new Error(`case ${match.caseId} vanished`);
  const { newText } = stripReply(parsed.text);
  const sender = parsed.from?.address ?? "unknown";
  await addTimelineEvent(trx, {
    caseId: caseRow.id,
    actor: `${sender === caseRow.partner_email ? "partner" : "sender"}:${sender}`,
    kind: "reply_received",
    inboundMessageId: ctx.inboundMessageId,
    text: newText,
    data: { matchedBy: match.by, subject: parsed.subject.slice(0, 300) },
  });
  return { status: "reply", caseId: caseRow.id, caseNumber: caseRow.case_number, detail: `matched by ${match.by}` };
}
