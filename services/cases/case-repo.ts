// Plain functions over the case tables. Anything that must be atomic takes a Transaction.
import { sql, type Transaction } from "kysely";
import type { Database } from "../../db/connection.ts";
import type { CaseRow, DB, NewCase } from "../../db/schema.ts";
import { ACTIVE_STATUSES, type CaseStatus } from "./case-status.ts";
import type { AccountMatch, ExistingClaim } from "./decide-registration.ts";
import { formatCaseNumber } from "../parser/case-number.ts";

type Executor = Transaction<DB> | Database;

export async function nextCaseNumber(trx: Executor, now: Date): Promise<string> {
  const { rows } = await sql<{ n: number | string }>`select nextval('case_number_seq') as n`.execute(trx);
  return formatCaseNumber(now.getUTCFullYear(), Number(rows[0]?.n));
}

export async function insertCase(trx: Executor, values: NewCase): Promise<CaseRow> {
  return trx.insertInto("cases").values(values).returningAll().executeTakeFirstOrThrow();
}

export async function findCaseById(db: Executor, id: number): Promise<CaseRow | undefined> {
  return db.selectFrom("cases").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function findCaseByNumber(db: Executor, caseNumber: string): Promise<CaseRow | undefined> {
  return db.selectFrom("cases").selectAll().where("case_number", "=", caseNumber.toUpperCase()).executeTakeFirst();
}

/**
 * Serialises dedupe decisions on one prospect: two registrations of the same domain or company
 * (IMAP processes several mails at once, workers may run side by side) would otherwise both
 * find no claim and both become unconflicted cases. A transaction-scoped advisory lock per key,
 * taken in sorted order so two transactions never wait on each other crosswise; call it before
 * findClaims, in the transaction that inserts or changes the case.
 */
export async function lockProspect(trx: Transaction<DB>, key: { domain: string | null; companyKey: string | null }): Promise<void> {
  const names = [key.domain ? `domain:${key.domain}` : null, key.companyKey ? `company:${key.companyKey}` : null].filter((n): n is string => n !== null).sort();
  if (!names.length) return;
  // one round trip for both keys; the locks are taken in the array's (sorted) order
  const keys = names.map((name) => `dealreg:prospect:${name}`);
  await sql`select pg_advisory_xact_lock(hashtextextended(k, 0)) from unnest(${keys}::text[]) with ordinality as t(k, i) order by i`.execute(trx);
}

/** Active cases that claim the same prospect, by registrable domain or normalised company name. */
export async function findClaims(trx: Executor, key: { domain: string | null; companyKey: string | null }, now: Date): Promise<ExistingClaim[]> {
  if (!key.domain && !key.companyKey) return [];
  const rows = await trx
    .selectFrom("cases")
    .select(["id", "case_number", "partner_email", "status", "protected_until", "created_at"])
    .where("status", "in", [...ACTIVE_STATUSES])
    .where((eb) => {
      const ors = [];
      if (key.domain) ors.push(eb("company_domain", "=", key.domain));
      if (key.companyKey) ors.push(eb("company_key", "=", key.companyKey));
      return eb.or(ors);
    })
    .orderBy("id")
    .execute();
  return rows
    .filter((r) => r.status !== "approved" || !r.protected_until || r.protected_until > now)
    .map((r) => ({ caseId: r.id, caseNumber: r.case_number, partnerEmail: r.partner_email, status: r.status as CaseStatus, protectedUntil: r.protected_until, createdAt: r.created_at }));
}

export async function findAccount(trx: Executor, domain: string | null): Promise<AccountMatch | null> {
  if (!domain) return null;
  const row = await trx.selectFrom("accounts").select(["kind", "reason"]).where("domain", "=", domain).executeTakeFirst();
  return row ? { kind: row.kind === "blocked" ? "blocked" : "customer", reason: row.reason } : null;
}

export async function addTimelineEvent(
  trx: Executor,
  event: { caseId: number; actor: string; kind: string; inboundMessageId?: number | null; outboxId?: number | null; text?: string | null; data?: Record<string, unknown> },
): Promise<number> {
  const row = await trx
    .insertInto("timeline_events")
    .values({
      case_id: event.caseId,
      actor: event.actor,
      kind: event.kind,
      inbound_message_id: event.inboundMessageId ?? null,
      outbox_id: event.outboxId ?? null,
      text: event.text ?? null,
      data: JSON.stringify(event.data ?? {}),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function addReviewItem(
  trx: Executor,
  item: { reason: string; detail?: string | null; inboundMessageId?: number | null; caseId?: number | null },
): Promise<void> {
  await trx
    .insertInto("review_items")
    .values({ reason: item.reason, detail: item.detail ?? null, inbound_message_id: item.inboundMessageId ?? null, case_id: item.caseId ?? null })
    .execute();
}

export async function storeReplyToken(trx: Executor, t: { hash: string; caseId: number; purpose: "partner" | "manager"; address: string | null }): Promise<void> {
  await trx.insertInto("reply_tokens").values({ token_hash: t.hash, case_id: t.caseId, purpose: t.purpose, address: t.address }).execute();
}

/** Managers' unused reply tokens of a case stop working (the case changed under them). */
export async function retireManagerTokens(trx: Executor, caseId: number, now: Date): Promise<void> {
  await trx.updateTable("reply_tokens").set({ used_at: now }).where("case_id", "=", caseId).where("purpose", "=", "manager").where("used_at", "is", null).execute();
}
