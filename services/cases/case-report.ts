// A case as the CLI prints it (`dealreg case show`, `case list`): its fields, status, protection
// window and timeline (the admin page has its own view in services/admin/view). Rows in, plain
// JSON-able objects out.
import type { Database } from "../../db/connection.ts";
import { CASE_STATUSES, type CaseStatus } from "./case-status.ts";
import {
  firstCaseIdSince,
  findCaseByNumber,
  findCaseNumberById,
  listCaseSummaries,
  listTimeline,
  type CaseSummaryRow,
} from "../repos/cases.ts";

export interface TimelineEntry {
  at: string;
  actor: string;
  kind: string;
  /** the new text of the message (quotes and signature stripped), or the mail we sent */
  text: string | null;
  data: Record<string, unknown>;
  inboundMessageId: number | null;
  outboxId: number | null;
}

export interface CaseView extends CaseSummary {
  registration: unknown;
  missing: string[];
  provenance: unknown;
  confidence: number;
  language: string;
  conflict: { reason: string; caseNumber: string | null } | null;
  decision: { at: string; by: string | null; reason: string | null } | null;
  protection: { from: string | null; until: string } | null;
  updatedAt: string;
  timeline: TimelineEntry[];
}

export async function loadCaseView(db: Database, caseNumber: string): Promise<CaseView | null> {
  const c = await findCaseByNumber(db, caseNumber.trim());
  if (!c) return null;
  const events = await listTimeline(db, c.id);
  const other = c.conflict_case_id ? await findCaseNumberById(db, c.conflict_case_id) : null;
  return {
    ...caseSummary(c),
    registration: c.registration,
    missing: c.missing,
    provenance: c.provenance,
    confidence: c.confidence,
    language: c.language,
    conflict: c.conflict_reason ? { reason: c.conflict_reason, caseNumber: other } : null,
    decision: c.decided_at ? { at: c.decided_at.toISOString(), by: c.decided_by, reason: c.decision_reason } : null,
    protection: c.protected_until
      ? { from: c.decided_at?.toISOString() ?? null, until: c.protected_until.toISOString() }
      : null,
    updatedAt: c.updated_at.toISOString(),
    timeline: events.map((e) => ({
      at: e.at.toISOString(),
      actor: e.actor,
      kind: e.kind,
      text: e.text,
      data: e.data,
      inboundMessageId: e.inbound_message_id,
      outboxId: e.outbox_id,
    })),
  };
}

export interface CaseSummary {
  caseNumber: string;
  status: CaseStatus;
  partner: { email: string; name: string | null; organization: string | null };
  company: { name: string | null; domain: string | null };
  createdAt: string;
  protectedUntil: string | null;
}

function caseSummary(c: CaseSummaryRow): CaseSummary {
  return {
    caseNumber: c.case_number,
    status: c.status,
    partner: { email: c.partner_email, name: c.partner_name, organization: c.partner_organization },
    company: { name: c.company_name, domain: c.company_domain },
    createdAt: c.created_at.toISOString(),
    protectedUntil: c.protected_until?.toISOString() ?? null,
  };
}

export function isCaseStatus(s: string): s is CaseStatus {
  return (CASE_STATUSES as readonly string[]).includes(s);
}

export interface CaseListFilter {
  status?: CaseStatus;
  /** only cases created at or after this time */
  since?: Date;
  limit?: number;
}

/** Rows fetched per round trip while streaming: memory stays at one batch however many cases match. */
const LIST_BATCH = 1000;

/**
 * Every matching case in id order, fetched in keyset batches (`id > last`) so that a listing of
 * a million cases holds one batch in memory and each batch costs the same (no OFFSET); works the
 * same on PostgreSQL and PGlite, which has no server-side cursor through kysely.
 */
export async function* streamCases(db: Database, filter: CaseListFilter = {}): AsyncGenerator<CaseSummary> {
  let left = filter.limit ?? Infinity;
  let after = 0;
  if (filter.since) {
    // start at the first case of the period: read by creation time once, not by walking every
    // older id (ids rise with creation, so the period's cases sit at the end of the id order)
    const first = await firstCaseIdSince(db, filter.since);
    if (first === null) return;
    after = first - 1;
  }
  while (left > 0) {
    const rows = await listCaseSummaries(db, {
      after,
      limit: Math.min(LIST_BATCH, left),
      status: filter.status,
      since: filter.since,
    });
    for (const r of rows) yield caseSummary(r);
    if (rows.length < LIST_BATCH) return;
    left -= rows.length;
    after = rows.at(-1)!.id;
  }
}

/** `REG-2026-000123  pending  Acme GmbH <acme.de>  anna@partner.example  2026-03-01` */
export function caseLine(s: CaseSummary): string {
  const company = [s.company.name ?? "(no name)", s.company.domain ? `<${s.company.domain}>` : null]
    .filter(Boolean)
    .join(" ");
  const until = s.protectedUntil ? `  until ${s.protectedUntil.slice(0, 10)}` : "";
  return `${s.caseNumber}\t${s.status}\t${company}\t${s.partner.email}\t${s.createdAt.slice(0, 10)}${until}`;
}
