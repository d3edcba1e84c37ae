// The smaller queue actions on one stored message: attach it to a case, mark it as not a
// registration, close one review item. Each runs in one transaction and leaves a timeline
// event with the ops user as actor where a case exists.
import type { Database } from "../../../db/connection.ts";
import { addTimelineEvent, findCaseById, findCaseByNumber } from "../../repos/cases.ts";
import { stripReply } from "../../cases/threading/strip-reply.ts";
import { lockMessage, setMessageCase } from "../../repos/admin-messages.ts";
import { lockReviewItem, resolveOpenItems } from "../../repos/admin-queue.ts";
import type { ActionResult } from "./action-result.ts";

interface Who {
  user: string;
  now: Date;
}

export async function attachToCase(
  db: Database,
  input: Who & { inboundMessageId: number; caseNumber: string },
): Promise<ActionResult<{ caseNumber: string }>> {
  const actor = `ops:${input.user}`;
  return db.transaction().execute(async (trx) => {
    const msg = await lockMessage(trx, input.inboundMessageId);
    if (!msg) return { ok: false, reason: "no such message" } as const;
    const target = await findCaseByNumber(trx, input.caseNumber.trim());
    if (!target) return { ok: false, reason: `no case ${input.caseNumber.trim().slice(0, 40)}` } as const;
    if (msg.caseId !== null && msg.caseId !== target.id)
      return { ok: false, reason: "this message already belongs to another case" } as const;
    const full = msg.textBody ?? "";
    const { newText } = stripReply(full);
    await addTimelineEvent(trx, {
      caseId: target.id,
      actor,
      kind: "message_attached",
      inboundMessageId: msg.id,
      text: newText || full,
      data: { subject: (msg.subject ?? "").slice(0, 300) },
    });
    await setMessageCase(trx, msg.id, { caseId: target.id, detail: `${actor}: attached to ${target.case_number}` });
    await resolveOpenItems(
      trx,
      { inboundMessageId: msg.id },
      { actor, resolution: `attached to ${target.case_number}`, now: input.now },
    );
    return { ok: true, caseNumber: target.case_number } as const;
  });
}

export async function markNotRegistration(
  db: Database,
  input: Who & { inboundMessageId: number },
): Promise<ActionResult> {
  const actor = `ops:${input.user}`;
  return db.transaction().execute(async (trx) => {
    const msg = await lockMessage(trx, input.inboundMessageId);
    if (!msg) return { ok: false, reason: "no such message" } as const;
    if (msg.caseId !== null) {
      await addTimelineEvent(trx, {
        caseId: msg.caseId,
        actor,
        kind: "marked_not_registration",
        inboundMessageId: msg.id,
      });
    } else {
      await setMessageCase(trx, msg.id, { caseId: null, outcome: "ignored", detail: `${actor}: not a registration` });
    }
    await resolveOpenItems(
      trx,
      { inboundMessageId: msg.id },
      { actor, resolution: "not a registration", now: input.now },
    );
    return { ok: true } as const;
  });
}

/** Closes one review item with a note (items about a case, once handled elsewhere). */
export async function dismissItem(
  db: Database,
  input: Who & { reviewItemId: number; note: string },
): Promise<ActionResult> {
  const actor = `ops:${input.user}`;
  const note = input.note.trim().slice(0, 500) || "done";
  return db.transaction().execute(async (trx) => {
    const item = await lockReviewItem(trx, input.reviewItemId);
    if (!item || item.resolved_at) return { ok: false, reason: "no such open review item" } as const;
    if (item.case_id !== null && (await findCaseById(trx, item.case_id))) {
      await addTimelineEvent(trx, {
        caseId: item.case_id,
        actor,
        kind: "review_closed",
        inboundMessageId: item.inbound_message_id,
        text: note,
        data: { reason: item.reason },
      });
    }
    await resolveOpenItems(trx, { reviewItemId: item.id }, { actor, resolution: note, now: input.now });
    return { ok: true } as const;
  });
}
