// Case search and one case with its whole timeline (events joined with their mail).
import { sql } from "kysely";
import type { Database } from "../../../db/connection.ts";
import type { CaseRow, CaseStatus } from "../../../db/schema.ts";
import { findCaseById, findCaseByNumber, type Case } from "../../repos/cases.ts";

export interface CaseSearch {
  q: string;
  status: CaseStatus | null;
  page: number; // 1-based
  pageSize: number;
}

export interface CaseListRow {
  id: number;
  caseNumber: string;
  status: string;
  companyName: string | null;
  companyDomain: string | null;
  partnerEmail: string;
  partnerOrganization: string | null;
  createdAt: Date;
  protectedUntil: Date | null;
}

const CASE_NUMBER_RE = /^REG-\d{4}-\d{1,9}$/i;

/** LIKE pattern for a user's text: its own % and _ are literal. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export async function searchCases(db: Database, s: CaseSearch): Promise<{ rows: CaseListRow[]; total: number }> {
  const q = s.q.trim().slice(0, 200);
  let base = db.selectFrom("cases");
  if (s.status) base = base.where("status", "=", s.status);
  if (CASE_NUMBER_RE.test(q)) {
    base = base.where("case_number", "=", q.toUpperCase());
  } else if (q) {
    const like = likePattern(q.toLowerCase());
    base = base.where((eb) =>
      eb.or([
        eb("company_domain", "=", q.toLowerCase()),
        eb(sql`lower(company_name)`, "like", like),
        eb("partner_email", "like", like),
        eb(sql`lower(partner_organization)`, "like", like),
        eb(sql`lower(partner_name)`, "like", like),
        eb("company_domain", "like", like),
      ]),
    );
  }
  const columns = ["id", "case_number", "status", "company_name", "company_domain", "partner_email", "partner_organization", "created_at", "protected_until"] as const;
  const paged = (qb: typeof base) => qb.orderBy("id", "desc").limit(s.pageSize).offset((s.page - 1) * s.pageSize);
  let rows: Pick<CaseRow, (typeof columns)[number]>[];
  let total: number;
  if (q) {
    // A filtered search scans once: the total rides along as a window count.
    const found = await paged(base).select([...columns, sql<string>`count(*) over ()`.as("total")]).execute();
    rows = found;
    total = found.length ? Number(found[0]!.total) : Number((await base.select(sql<string>`count(*)`.as("n")).executeTakeFirstOrThrow()).n);
  } else {
    rows = await paged(base).select([...columns]).execute();
    total = Number((await base.select(sql<string>`count(*)`.as("n")).executeTakeFirstOrThrow()).n);
  }
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      caseNumber: r.case_number,
      status: r.status,
      companyName: r.company_name,
      companyDomain: r.company_domain,
      partnerEmail: r.partner_email,
      partnerOrganization: r.partner_organization,
      createdAt: r.created_at,
      protectedUntil: r.protected_until,
    })),
  };
}

export async function findCase(db: Database, ref: string): Promise<Case | undefined> {
  return /^\d+$/.test(ref) ? findCaseById(db, Number(ref)) : findCaseByNumber(db, ref);
}

export interface TimelineRow {
  id: number;
  at: Date;
  actor: string;
  kind: string;
  text: string | null;
  data: Record<string, unknown>;
  inbound: { id: number; from: string | null; subject: string | null; text: string | null; receivedAt: Date } | null;
  outbound: { id: number; to: string[]; subject: string; text: string; status: string; sentAt: Date | null } | null;
}

export async function caseTimeline(db: Database, caseId: number): Promise<TimelineRow[]> {
  const rows = await db
    .selectFrom("timeline_events as e")
    .leftJoin("inbound_messages as m", "m.id", "e.inbound_message_id")
    .leftJoin("outbox as o", "o.id", "e.outbox_id")
    .select([
      "e.id",
      "e.at",
      "e.actor",
      "e.kind",
      "e.text",
      "e.data",
      "m.id as m_id",
      "m.from_address as m_from",
      "m.subject as m_subject",
      "m.text_body as m_text",
      "m.received_at as m_received",
      "o.id as o_id",
      "o.to_addresses as o_to",
      "o.subject as o_subject",
      "o.text_body as o_text",
      "o.status as o_status",
      "o.sent_at as o_sent",
    ])
    .where("e.case_id", "=", caseId)
    .orderBy("e.id")
    .limit(1000)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    kind: r.kind,
    text: r.text,
    data: r.data ?? {},
    inbound: r.m_id !== null ? { id: r.m_id, from: r.m_from, subject: r.m_subject, text: r.m_text, receivedAt: r.m_received! } : null,
    outbound:
      r.o_id !== null
        ? { id: r.o_id, to: r.o_to ?? [], subject: r.o_subject!, text: r.o_text!, status: r.o_status!, sentAt: r.o_sent }
        : null,
  }));
}
