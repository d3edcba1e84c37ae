// Case search and one case with its whole timeline (events joined with their mail), for the
// admin pages.
import { sql } from "kysely";
import { z } from "zod";
import type { Database } from "../../db/connection.ts";
import type { CaseStatus, OutboxStatus } from "../../db/schema.ts";
import { findCaseById, findCaseByNumber, type Case } from "./cases.ts";

export interface CaseSearch {
  q: string;
  status: CaseStatus | null;
  /** keyset cursor: only cases with a smaller id (the last row of the previous page) */
  before: number | null;
  pageSize: number;
}

export interface CaseListRow {
  id: number;
  caseNumber: string;
  status: CaseStatus;
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

/** What substring search looks in, lowercased; chr(1) between the fields keeps a pattern from
 * matching across two of them. The trigram index of migration 70 is on exactly this expression. */
const CASE_SEARCH_TEXT = sql`lower(coalesce(company_name, '') || chr(1) || coalesce(company_domain, '') || chr(1) || partner_email || chr(1) ||
          coalesce(partner_organization, '') || chr(1) || coalesce(partner_name, ''))`;

/** A whole domain (company-5.example): the btree on company_domain answers it exactly. */
const DOMAIN_RE = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

/**
 * Substring search reads the newest cases in order first, this many at most: a common term
 * (a partner's name) fills a page from them. Only a rarer term goes on to the trigram index,
 * which then returns few rows. Either plan alone is slow for the other kind of term at a
 * million cases (an ordered scan that never fills the page, or a bitmap of 20,000 matches).
 */
const RECENT_SCAN = 5000;

type CaseFilter = Pick<CaseSearch, "status" | "before">;

function filtered(db: Database, f: CaseFilter) {
  let base = db.selectFrom("cases");
  if (f.status) base = base.where("status", "=", f.status);
  if (f.before !== null) base = base.where("id", "<", f.before);
  return base;
}

/** The ids of the newest `limit` cases whose search text contains `q`, below the filter's keyset. */
async function substringIds(db: Database, f: CaseFilter, q: string, limit: number): Promise<number[]> {
  const pattern = likePattern(q.toLowerCase());
  const recent = await filtered(db, f)
    .select(["id", sql<boolean>`${CASE_SEARCH_TEXT} like ${pattern}`.as("hit")])
    .orderBy("id", "desc")
    .limit(RECENT_SCAN)
    .execute();
  const hits = recent.filter((r) => r.hit).map((r) => r.id);
  const lowest = recent.at(-1)?.id;
  if (hits.length >= limit || recent.length < RECENT_SCAN || lowest === undefined) return hits.slice(0, limit);
  // materialized: the planner must not turn this back into the ordered scan it prefers
  const older = await sql<{ id: number }>`
    with m as materialized (
      select id from cases
      where ${CASE_SEARCH_TEXT} like ${pattern} and id < ${lowest} ${f.status ? sql`and status = ${f.status}` : sql``})
    select id from m order by id desc limit ${limit - hits.length}`.execute(db);
  return [...hits, ...older.rows.map((r) => r.id)];
}

/**
 * One page of cases, newest first, by keyset (`before`): the cost of a page does not grow with
 * its depth, and no count runs over the whole table; `more` says whether an older page exists.
 * A case number and a whole company domain are exact btree lookups (a domain falls back to
 * substring search when no case has it as company domain: it may be the partner's).
 */
export async function searchCases(db: Database, s: CaseSearch): Promise<{ rows: CaseListRow[]; more: boolean }> {
  const q = s.q.trim().slice(0, 200);
  const limit = s.pageSize + 1;
  let base = filtered(db, s);
  if (CASE_NUMBER_RE.test(q)) base = base.where("case_number", "=", q.toUpperCase());
  else if (q) {
    let ids: number[] = [];
    if (DOMAIN_RE.test(q))
      ids = (
        await filtered(db, s)
          .select("id")
          .where("company_domain", "=", q.toLowerCase())
          .orderBy("id", "desc")
          .limit(limit)
          .execute()
      ).map((r) => r.id);
    if (!ids.length) ids = await substringIds(db, s, q, limit);
    if (!ids.length) return { rows: [], more: false };
    base = db.selectFrom("cases").where("id", "in", ids);
  }
  const found = await base
    .select([
      "id",
      "case_number",
      "status",
      "company_name",
      "company_domain",
      "partner_email",
      "partner_organization",
      "created_at",
      "protected_until",
    ])
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
  return {
    more: found.length > s.pageSize,
    rows: found.slice(0, s.pageSize).map((r) => ({
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
  data: EventData;
  inbound: { id: number; from: string | null; subject: string | null; text: string | null; receivedAt: Date } | null;
  outbound: {
    id: number;
    to: string[];
    subject: string;
    text: string;
    status: OutboxStatus;
    sentAt: Date | null;
  } | null;
}

/** An event's data column: an object whose keys the event kind defines (the page shows them as they are). */
const EventData = z.record(z.string(), z.unknown());
type EventData = z.infer<typeof EventData>;
const Recipients = z.array(z.string());

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
    data: EventData.parse(r.data ?? {}),
    inbound:
      r.m_id !== null && r.m_received !== null
        ? { id: r.m_id, from: r.m_from, subject: r.m_subject, text: r.m_text, receivedAt: r.m_received }
        : null,
    outbound:
      r.o_id !== null
        ? {
            id: r.o_id,
            to: Recipients.parse(r.o_to ?? []),
            subject: r.o_subject ?? "",
            text: r.o_text ?? "",
            status: r.o_status ?? "queued",
            sentAt: r.o_sent,
          }
        : null,
  }));
}
