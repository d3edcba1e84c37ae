// The cases aggregate: cases, their timeline and their reply tokens. Rows leave here as typed
// domain objects (the registration and provenance jsonb parsed with zod), so a change to the
// registration's shape fails to compile or to parse here, not somewhere downstream. Anything
// that must be atomic takes a Transaction.
import { sql, type Transaction, type Updateable } from "kysely";
import { z } from "zod";
import type { Database } from "../../db/connection.ts";
import type {
  AccountKind,
  CasesTable,
  CaseRow,
  CaseStatus,
  DB,
  NewCase,
  ReplyTokenPurpose,
  TimelineEventRow,
} from "../../db/schema.ts";
import { formatCaseNumber } from "../parser/case-number.ts";
import { Provenance, Registration, type ProvenanceMap } from "../parser/schema.ts";
import { enqueueSyncForEvent, syncTargetsColumn } from "./sync-jobs-repo.ts";
import { accountMatch, type AccountMatch } from "./accounts.ts";

export type Executor = Transaction<DB> | Database;

/** A case as the services see it: the row with its jsonb columns parsed. */
export interface Case extends Omit<CaseRow, "registration" | "provenance"> {
  registration: Registration;
  provenance: ProvenanceMap;
}

const ProvenanceColumn = z.record(z.string(), Provenance);

export function toCase(row: CaseRow): Case {
  return {
    ...row,
    registration: Registration.parse(row.registration),
    provenance: ProvenanceColumn.parse(row.provenance ?? {}),
  };
}

/** Another active case's claim on the same prospect. */
export interface ExistingClaim {
  caseId: number;
  caseNumber: string;
  partnerEmail: string;
  status: CaseStatus;
  protectedUntil: Date | null;
  createdAt: Date;
}

export async function nextCaseNumber(trx: Executor, now: Date): Promise<string> {
  const { rows } = await sql<{ n: number | string }>`select nextval('case_number_seq') as n`.execute(trx);
  return formatCaseNumber(now.getUTCFullYear(), Number(rows[0]?.n));
}

/**
 * Inserts a case, numbered in the same statement (formatCaseNumber's `REG-YYYY-NNNNNN` from the
 * sequence's next value), together with its first timeline event: one round trip where the
 * number, the case, the event and the sync targets were four.
 */
export async function insertNumberedCase(
  trx: Executor,
  values: Omit<NewCase, "case_number">,
  now: Date,
  first: Omit<NewTimelineEvent, "caseId">,
): Promise<Case> {
  const year = String(now.getUTCFullYear());
  const caseNumber = sql<string>`(select 'REG-' || ${year}::text || '-' || lpad(n::text, greatest(6, length(n::text)), '0') from nextval('case_number_seq') as n)`;
  const e = timelineValues({ ...first, caseId: 0 });
  const row = await trx
    .with("c", (db) =>
      db
        .insertInto("cases")
        .values({ ...values, case_number: caseNumber })
        .returningAll(),
    )
    .with("e", (db) =>
      db
        .insertInto("timeline_events")
        .columns(["case_id", "actor", "kind", "inbound_message_id", "outbox_id", "text", "data"])
        .expression((eb) =>
          eb
            .selectFrom("c")
            .select([
              "c.id",
              sql<string>`${e.actor}::text`.as("actor"),
              sql<string>`${e.kind}::text`.as("kind"),
              sql<number | null>`${e.inbound_message_id}::int`.as("inbound_message_id"),
              sql<number | null>`${e.outbox_id}::int`.as("outbox_id"),
              sql<string | null>`${e.text}::text`.as("text"),
              sql<string>`${e.data}::jsonb`.as("data"),
            ]),
        )
        .returning("id"),
    )
    .selectFrom(["c", "e"])
    .selectAll("c")
    .select(["e.id as event_id", syncTargetsColumn.as("targets")])
    .executeTakeFirstOrThrow();
  const { event_id: eventId, targets, ...caseRow } = row;
  await syncEvent(trx, { ...first, caseId: caseRow.id }, eventId, targets);
  return toCase(caseRow);
}

export async function insertCase(trx: Executor, values: NewCase): Promise<Case> {
  return toCase(await trx.insertInto("cases").values(values).returningAll().executeTakeFirstOrThrow());
}

export async function findCaseById(db: Executor, id: number): Promise<Case | undefined> {
  const row = await db.selectFrom("cases").selectAll().where("id", "=", id).executeTakeFirst();
  return row && toCase(row);
}

export async function findCaseByNumber(db: Executor, caseNumber: string): Promise<Case | undefined> {
  const row = await db
    .selectFrom("cases")
    .selectAll()
    .where("case_number", "=", caseNumber.toUpperCase())
    .executeTakeFirst();
  return row && toCase(row);
}

export async function findCaseNumberById(db: Executor, id: number): Promise<string | null> {
  const row = await db.selectFrom("cases").select("case_number").where("id", "=", id).executeTakeFirst();
  return row?.case_number ?? null;
}

/** A case's timeline, oldest first. */
export async function listTimeline(db: Executor, caseId: number): Promise<TimelineEventRow[]> {
  return db.selectFrom("timeline_events").selectAll().where("case_id", "=", caseId).orderBy("id").execute();
}

/** How many cases wait for a manager's decision. */
export async function countWaitingCases(db: Executor): Promise<number> {
  const row = await db
    .selectFrom("cases")
    .select(sql<number>`count(*)::int`.as("n"))
    .where("status", "in", ["pending", "conflict"])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The columns a case listing needs: it leaves the large jsonb columns in the table. */
export const SUMMARY_COLUMNS = [
  "id",
  "case_number",
  "status",
  "partner_email",
  "partner_name",
  "partner_organization",
  "company_name",
  "company_domain",
  "created_at",
  "protected_until",
] as const;
export type CaseSummaryRow = Pick<CaseRow, (typeof SUMMARY_COLUMNS)[number]>;

/** One keyset page of a case listing (`id > after`, id order): each page costs the same, no OFFSET. */
export async function listCaseSummaries(
  db: Executor,
  page: { after: number; limit: number; status?: CaseStatus | undefined; since?: Date | undefined },
): Promise<CaseSummaryRow[]> {
  let q = db.selectFrom("cases").select(SUMMARY_COLUMNS).where("id", ">", page.after).orderBy("id").limit(page.limit);
  if (page.status) q = q.where("status", "=", page.status);
  if (page.since) q = q.where("created_at", ">=", page.since);
  return q.execute();
}

/** The case under a row lock: a concurrent decision or answer on it commits first. */
/** The id of the first case created at or after `since` (ids rise with creation), or null. */
export async function firstCaseIdSince(db: Executor, since: Date): Promise<number | null> {
  const row = await db
    // offset 0 keeps the planner from turning min() into a walk up the id index
    .selectFrom((eb) => eb.selectFrom("cases").select("id").where("created_at", ">=", since).offset(0).as("s"))
    .select((eb) => eb.fn.min("s.id").as("id"))
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function lockCase(trx: Transaction<DB>, id: number): Promise<Case | undefined> {
  const row = await trx.selectFrom("cases").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
  return row && toCase(row);
}

export async function updateCase(trx: Transaction<DB>, id: number, values: Updateable<CasesTable>): Promise<Case> {
  return toCase(
    await trx.updateTable("cases").set(values).where("id", "=", id).returningAll().executeTakeFirstOrThrow(),
  );
}

/**
 * Serialises dedupe decisions on one prospect: two registrations of the same domain or company
 * (IMAP processes several mails at once, workers may run side by side) would otherwise both
 * find no claim and both become unconflicted cases. A transaction-scoped advisory lock per key,
 * taken in sorted order so two transactions never wait on each other crosswise; call it before
 * findProspect, in the transaction that inserts or changes the case.
 */
export async function lockProspect(
  trx: Transaction<DB>,
  key: { domain: string | null; companyKey: string | null },
): Promise<void> {
  const names = [key.domain ? `domain:${key.domain}` : null, key.companyKey ? `company:${key.companyKey}` : null]
    .filter((n): n is string => n !== null)
    .sort();
  if (!names.length) return;
  // one round trip for both keys; the locks are taken in the array's (sorted) order
  const keys = names.map((name) => `dealreg:prospect:${name}`);
  await sql`select pg_advisory_xact_lock(hashtextextended(k, 0)) from unnest(${keys}::text[]) with ordinality as t(k, i) order by i`.execute(
    trx,
  );
}

/** What the database knows of a prospect: the cases in `statuses` that claim it (by registrable
 * domain or normalised company name, oldest first) and its imported account, if any. */
export interface ProspectRecords {
  claims: ExistingClaim[];
  account: AccountMatch | null;
}

/** The prospect's claims and account in one round trip (the account's columns ride on every row;
 * a prospect nobody claims still gets one row, for the account). */
export async function findProspect(
  trx: Executor,
  key: { domain: string | null; companyKey: string | null },
  statuses: readonly CaseStatus[],
  now: Date,
): Promise<ProspectRecords> {
  if (!key.domain && !key.companyKey) return { claims: [], account: null };
  const { rows } = await sql<{
    account_kind: AccountKind | null;
    account_reason: string | null;
    id: number | null;
    case_number: string;
    partner_email: string;
    status: CaseStatus;
    protected_until: Date | null;
    created_at: Date;
  }>`
    select a.kind as account_kind, a.reason as account_reason,
           c.id, c.case_number, c.partner_email, c.status, c.protected_until, c.created_at
    from (select 1) as one
    left join accounts a on a.domain = ${key.domain}
    left join lateral (
      select id, case_number, partner_email, status, protected_until, created_at from cases
      where status in (${sql.join([...statuses])})
        and (company_domain = ${key.domain} or company_key = ${key.companyKey})
    ) c on true
    order by c.id`.execute(trx);
  const first = rows[0];
  return {
    account: first?.account_kind ? accountMatch({ kind: first.account_kind, reason: first.account_reason }) : null,
    claims: rows
      .filter((r) => r.id !== null && (r.status !== "approved" || !r.protected_until || r.protected_until > now))
      .map((r) => ({
        caseId: r.id!,
        caseNumber: r.case_number,
        partnerEmail: r.partner_email,
        status: r.status,
        protectedUntil: r.protected_until,
        createdAt: r.created_at,
      })),
  };
}

export interface NewTimelineEvent {
  caseId: number;
  actor: string;
  kind: string;
  inboundMessageId?: number | null;
  outboxId?: number | null;
  text?: string | null;
  data?: Record<string, unknown>;
}

export function timelineValues(event: NewTimelineEvent) {
  return {
    case_id: event.caseId,
    actor: event.actor,
    kind: event.kind,
    inbound_message_id: event.inboundMessageId ?? null,
    outbox_id: event.outboxId ?? null,
    text: event.text ?? null,
    data: JSON.stringify(event.data ?? {}),
  };
}

/** Every case event reaches the CRM and webhook subscribers through the sync outbox, in the
 * event's transaction; `targets` is syncTargetsColumn as read by the statement that wrote it. */
export async function syncEvent(
  trx: Executor,
  event: NewTimelineEvent & { outboxId?: number | null },
  eventId: number,
  targets: unknown,
): Promise<void> {
  await enqueueSyncForEvent(
    trx,
    {
      eventId,
      caseId: event.caseId,
      kind: event.kind,
      inboundMessageId: event.inboundMessageId ?? null,
      outboxId: event.outboxId ?? null,
      data: event.data ?? {},
    },
    targets,
  );
}

/** Writes the event and reads the sync targets in one statement. */
export async function addTimelineEvent(trx: Executor, event: NewTimelineEvent): Promise<number> {
  const row = await trx
    .with("e", (db) => db.insertInto("timeline_events").values(timelineValues(event)).returning("id"))
    .selectFrom("e")
    .select(["e.id", syncTargetsColumn.as("targets")])
    .executeTakeFirstOrThrow();
  await syncEvent(trx, event, row.id, row.targets);
  return row.id;
}

export async function storeReplyToken(
  trx: Executor,
  t: { hash: string; caseId: number; purpose: ReplyTokenPurpose; address: string | null },
): Promise<void> {
  await trx
    .insertInto("reply_tokens")
    .values({ token_hash: t.hash, case_id: t.caseId, purpose: t.purpose, address: t.address })
    .execute();
}

/** Managers' unused reply tokens of a case stop working (the case changed under them). */
export async function retireManagerTokens(trx: Executor, caseId: number, now: Date): Promise<void> {
  await trx
    .updateTable("reply_tokens")
    .set({ used_at: now })
    .where("case_id", "=", caseId)
    .where("purpose", "=", "manager")
    .where("used_at", "is", null)
    .execute();
}
