// Reads what a sync job sends: the case as the CRM sees it, one mail of its thread, one status
// change; and writes back the CRM's ids. Queries only; the mapping to CRM words is here too.
import type { Database } from "../../db/connection.ts";
import type { CaseRow } from "../../db/schema.ts";
import type { CaseStatus } from "../cases/case-status.ts";
import type { CrmCase, CrmCaseResult, CrmIds, CrmMail, CrmStatusNote } from "./types.ts";

export async function loadCase(db: Database, caseId: number): Promise<CaseRow | undefined> {
  return db.selectFrom("cases").selectAll().where("id", "=", caseId).executeTakeFirst();
}

export function crmIdsOf(row: CaseRow): CrmIds {
  return { companyId: row.crm_company_id, contactId: row.crm_contact_id, dealId: row.crm_deal_id };
}

export function toCrmCase(row: CaseRow, publicUrl: string | undefined): CrmCase {
  return {
    caseNumber: row.case_number,
    status: row.status as CaseStatus,
    writeStage: row.crm_deal_id === null || row.crm_synced_status !== row.status,
    companyName: row.company_name,
    companyDomain: row.company_domain,
    contactName: row.contact_name,
    contactEmail: row.contact_email,
    partnerEmail: row.partner_email,
    partnerName: row.partner_name,
    partnerCompany: row.partner_organization,
    protectedUntil: row.protected_until,
    decisionReason: row.decision_reason,
    caseUrl: publicUrl
      ? new URL(
          `admin/cases/${encodeURIComponent(row.case_number)}`,
          publicUrl.endsWith("/") ? publicUrl : `${publicUrl}/`,
        ).href
      : null,
    createdAt: row.created_at,
  };
}

/** Stores the CRM's ids and the status it now shows (read before the call, so a change during it syncs again). */
export async function storeCrmIds(
  db: Database,
  caseId: number,
  ids: CrmCaseResult,
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

export async function loadMail(
  db: Database,
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

export async function loadStatusNote(db: Database, eventId: unknown): Promise<CrmStatusNote | null> {
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
