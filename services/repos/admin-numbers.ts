// The figures on top of the cases page, each one SQL aggregate over a bounded window.
import { sql } from "kysely";
import type { Database } from "../../db/connection.ts";
import type { CaseStatus } from "../../db/schema.ts";

/** Every figure looks at the cases created in this window: ops want today's picture, and the
 * aggregates read a bounded slice (index-only, by creation time) however large the table grows. */
export const NUMBERS_WINDOW_DAYS = 30;
/** The medians and approval rates read at most the newest this many cases of the window: at a
 * million cases a month holds 40,000, and joining each to its mail and acknowledgement took
 * seconds; the newest 5,000 give the same picture. Counts by status stay exact (index-only). */
export const NUMBERS_SAMPLE = 5000;

export interface CaseNumbers {
  byStatus: { status: CaseStatus; count: number }[];
  /** how many of the window's newest cases the medians and rates read (at most NUMBERS_SAMPLE) */
  sampled: number;
  /** seconds from the partner's mail arriving to our acknowledgement being sent */
  medianFirstAnswerSeconds: number | null;
  /** seconds from case creation to a manager's decision */
  medianDecisionSeconds: number | null;
  approvalByPartner: { partner: string; approved: number; rejected: number; rate: number }[];
  conflictsThisMonth: number;
}

export async function caseNumbers(db: Database, now: Date): Promise<CaseNumbers> {
  const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const window = new Date(now.getTime() - NUMBERS_WINDOW_DAYS * 86_400_000);
  // where the newest NUMBERS_SAMPLE cases of the window begin (an index-only walk back by creation time)
  const edge = await db
    .selectFrom("cases")
    .select("created_at")
    .where("created_at", ">=", window)
    .orderBy("created_at", "desc")
    .offset(NUMBERS_SAMPLE - 1)
    .limit(1)
    .executeTakeFirst();
  const since = edge?.created_at ?? window;
  const [byStatus, sampled, firstAnswer, decision, partners, conflicts] = await Promise.all([
    db
      .selectFrom("cases")
      .select(["status", sql<string>`count(*)`.as("n")])
      .where("created_at", ">=", window)
      .groupBy("status")
      .orderBy("status")
      .execute(),
    db
      .selectFrom("cases")
      .select(sql<number>`count(*)::int`.as("n"))
      .where("created_at", ">=", since)
      .executeTakeFirstOrThrow(),
    // The first ack per case; the mail's arrival is the start (the case is created while
    // processing it). An ack is queued after its case, so the window applies to both.
    sql<{ median: number | null }>`
      select percentile_cont(0.5) within group (order by extract(epoch from (a.sent_at - coalesce(m.received_at, c.created_at)))) as median
      from (select case_id, min(sent_at) as sent_at from outbox
            where kind = 'ack' and created_at >= ${since} and sent_at is not null group by case_id) a
      join cases c on c.id = a.case_id
      left join inbound_messages m on m.id = c.source_message_id
      where c.created_at >= ${since}`.execute(db),
    sql<{ median: number | null }>`
      select percentile_cont(0.5) within group (order by extract(epoch from (decided_at - created_at))) as median
      from cases where decided_at is not null and created_at >= ${since}`.execute(db),
    sql<{ partner: string; approved: string; rejected: string }>`
      select coalesce(partner_organization, split_part(partner_email, '@', 2)) as partner,
             count(*) filter (where status = 'approved') as approved,
             count(*) filter (where status = 'rejected') as rejected
      from cases where status in ('approved', 'rejected') and created_at >= ${since}
      group by 1 order by count(*) desc, 1 limit 15`.execute(db),
    db
      .selectFrom("cases")
      .select(sql<string>`count(*)`.as("n"))
      .where("created_at", ">=", monthStart)
      .where("conflict_reason", "is not", null)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    byStatus: byStatus.map((r) => ({ status: r.status, count: Number(r.n) })),
    sampled: sampled.n,
    medianFirstAnswerSeconds: numOrNull(firstAnswer.rows[0]?.median),
    medianDecisionSeconds: numOrNull(decision.rows[0]?.median),
    approvalByPartner: partners.rows
      .map((r) => ({ partner: r.partner, approved: Number(r.approved), rejected: Number(r.rejected) }))
      .filter((r) => r.approved + r.rejected > 0)
      .map((r) => ({ ...r, rate: r.approved / (r.approved + r.rejected) })),
    conflictsThisMonth: Number(conflicts.n),
  };
}

function numOrNull(v: unknown): number | null {
  return v === null || v === undefined ? null : Number(v);
}
