// The smaller queue actions on one stored message: attach it to a case, mark it as not a
// registration, close one review item. Each runs in one transaction and leaves a timeline
// event with the ops user as actor where a case exists.
import type { Database } from "../../../db/connection.ts";
import { addTimelineEvent, findCaseById, findCaseByNumber } from "../../repos/cases.ts";
import { stripReply } from "../../cases/threading/strip-reply.ts";
import { resolveOpenItems, type ActionResult } from "./resolve-items.ts";

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
    const msg = await trx
      .selectFrom("inbound_messages")
      .select(["id", "case_id", "text_body", "subject"])
      .where("id", "=", input.inboundMessageId)
      .forUpdate()
      .executeTakeFirst();
    if (!msg) return { ok: false, reason: "no such message" } as const;
    const target = await findCaseByNumber(trx, input.caseNumber.trim());
    if (!target) return { ok: false, reason: `no case ${input.caseNumber.trim().slice(0, 40)}` } as const;
    if (msg.case_id !== null && msg.case_id !== target.id)
      return { ok: false, reason: "this message already belongs to another case" } as const;
    const full = msg.text_body ?? "";
    const { newText } = stripReply(full);
    await addTimelineEvent(trx, {
      caseId: target.id,
      actor,
      kind: "message_attached",
      inboundMessageId: msg.id,
      text: newText || full,
      data: { subject: (msg.subject ?? "").slice(0, 300) },
    });
    await trx
      .updateTable("inbound_messages")
      .set({ case_id: target.id, outcome_detail: `${actor}: attached to ${target.case_number}` })
      .where("id", "=", msg.id)
      .execute();
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
    const msg = await trx
      .selectFrom("inbound_messages")
      .select(["id", "case_id"])
      .where("id", "=", input.inboundMessageId)
      .forUpdate()
      .executeTakeFirst();
    if (!msg) return { ok: false, reason: "no such message" } as const;
    if (msg.case_id !== null) {
      await addTimelineEvent(trx, {
        caseId: msg.case_id,
        actor,
        kind: "marked_not_registration",
        inboundMessageId: msg.id,
      });
    } else {
      await trx
        .updateTable("inbound_messages")
        .set({ outcome: "ignored", outcome_detail: `${actor}: not a registration` })
        .where("id", "=", msg.id)
        .execute();
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
    const item = await trx
      .selectFrom("review_items")
      .select(["id", "case_id", "reason", "inbound_message_id", "resolved_at"])
      .where("id", "=", input.reviewItemId)
      .forUpdate()
      .executeTakeFirst();
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
