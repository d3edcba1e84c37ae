// What CRM sync reads and writes on the other aggregates: a case's CRM ids and check state, one
// mail of a case's thread, one status change, a webhook's event with its case, and the poll's
// watermark. Rows leave as the plain shapes the sync worker sends.
import type { Transaction } from "kysely";
import type { Database } from "../../db/connection.ts";
import type { CaseStatus, DB } from "../../db/schema.ts";
import type { Executor } from "./cases.ts";

/** One mail of a case's thread as a CRM logs it. */
export interface CrmMail {
  /** our idempotency key: the mail's Message-ID (or a stable stand-in) */
  messageId: string;
  direction: "incoming" | "outgoing";
  from: string | null;
  to: string[];
  subject: string;
  text: string;
  at: Date;
}

/** One status change as a note on the deal. */
export interface CrmStatusNote {
  /** our idempotency key: the timeline event */
  eventKey: string;
  from: string | null;
  to: string;
  actor: string;
  text: string | null;
  at: Date;
}

export async function readCrmState(db: Executor, key: string): Promise<string | null> {
  const row = await db.selectFrom("crm_state").select("value").where("key", "=", key).executeTakeFirst();
  return row?.value ?? null;
}

export async function writeCrmState(db: Executor, key: string, value: string, now: Date): Promise<void> {
  await db
    .insertInto("crm_state")
    .values({ key, value })
    .onConflict((oc) => oc.column("key").doUpdateSet({ value, updated_at: now }))
    .execute();
}

/** Stores the CRM's ids and the status it now shows (read before the call, so a change during it syncs again). */
export async function storeCrmIds(
  db: Executor,
  caseId: number,
  ids: { companyId: string | null; contactId: string | null; dealId: string | null; dealUrl: string | null },
  sentStatus: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable("cases")
    .set({
      crm_company_id: ids.companyId,
      crm_contact_id: ids.contactId,
      crm_deal_id: ids.dealId,
      crm_deal_url: ids.dealUrl,
      crm_synced_status: sentStatus,
      crm_synced_at: now,
    })
    .where("id", "=", caseId)
    .execute();
}

/** The domain of a case whose CRM check is still pending, or null. */
export async function pendingCrmCheck(db: Executor, caseId: number): Promise<string | null> {
  const row = await db
    .selectFrom("cases")
    .select(["company_domain", "crm_check"])
    .where("id", "=", caseId)
    .executeTakeFirst();
  return row?.crm_check === "pending" ? row.company_domain : null;
}

export async function loadMail(
  db: Executor,
  ref: { inboundMessageId?: unknown; outboxId?: unknown },
  inboundAddress: string,
): Promise<CrmMail | null> {
  if (typeof ref.inboundMessageId === "number") {
    const m = await db
      .selectFrom("inbound_messages")
      .select(["id", "message_id", "from_address", "subject", "text_body", "received_at"])
      .where("id", "=", ref.inboundMessageId)
      .executeTakeFirst();
    if (!m) return null;
    return {
      messageId: m.message_id ?? `<inbound-${m.id}@dealreg.invalid>`,
      direction: "incoming",
      from: m.from_address,
      to: [inboundAddress],
      subject: m.subject ?? "",
      text: m.text_body ?? "",
      at: m.received_at,
    };
  }
  if (typeof ref.outboxId === "number") {
    const m = await db
      .selectFrom("outbox")
      .select(["message_id", "from_address", "to_addresses", "subject", "text_body", "created_at", "sent_at"])
      .where("id", "=", ref.outboxId)
      .executeTakeFirst();
    if (!m) return null;
    return {
      messageId: m.message_id,
      direction: "outgoing",
      from: m.from_address,
      to: m.to_addresses,
      subject: m.subject,
      text: m.text_body,
      at: m.sent_at ?? m.created_at,
    };
  }
  return null;
}

export async function loadStatusNote(db: Executor, eventId: unknown): Promise<CrmStatusNote | null> {
  if (typeof eventId !== "number") return null;
  const e = await db
    .selectFrom("timeline_events")
    .select(["id", "at", "actor", "kind", "text", "data"])
    .where("id", "=", eventId)
    .executeTakeFirst();
  if (!e) return null;
  const to = typeof e.data.to === "string" ? e.data.to : e.kind;
  return {
    eventKey: `dealreg-event-${e.id}`,
    from: typeof e.data.from === "string" ? e.data.from : null,
    to,
    actor: e.actor,
    text: e.text,
    at: e.at,
  };
}

/** A timeline event with its case's state now and the inbound mail that caused it, for a webhook. */
export interface WebhookEvent {
  id: number;
  at: Date;
  kind: string;
  actor: string;
  text: string | null;
  case_number: string;
  status: CaseStatus;
  company_name: string | null;
  company_domain: string | null;
  partner_email: string;
  protected_until: Date | null;
  decision_reason: string | null;
  crm_deal_url: string | null;
  message_id: string | null;
  from_address: string | null;
  subject: string | null;
}

export async function loadWebhookEvent(db: Database | Transaction<DB>, eventId: number): Promise<WebhookEvent | null> {
  const row = await db
    .selectFrom("timeline_events as e")
    .innerJoin("cases as c", "c.id", "e.case_id")
    .leftJoin("inbound_messages as m", "m.id", "e.inbound_message_id")
    .select([
      "e.id",
      "e.at",
      "e.kind",
      "e.actor",
      "e.text",
      "c.case_number",
      "c.status",
      "c.company_name",
      "c.company_domain",
      "c.partner_email",
      "c.protected_until",
      "c.decision_reason",
      "c.crm_deal_url",
      "m.message_id",
      "m.from_address",
      "m.subject",
    ])
    .where("e.id", "=", eventId)
    .executeTakeFirst();
  return row ?? null;
}
