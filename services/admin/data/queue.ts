// The review queue: open review items plus incomplete cases that waited too long. A
// missing_fields item stays out of the queue while the partner still has time to answer.
import { sql } from "kysely";
import type { Database } from "../../../db/connection.ts";

/** A queue row's reason: a review_items.reason, or "incomplete_case" for a stale incomplete case. */
export const INCOMPLETE_CASE = "incomplete_case";

export interface QueueRow {
  reviewItemId: number | null;
  reason: string;
  detail: string | null;
  since: Date;
  inboundMessageId: number | null;
  caseId: number | null;
  caseNumber: string | null;
  fromAddress: string | null;
  subject: string | null;
  receivedAt: Date | null;
}

export interface QueueQuery {
  reason: string | null;
  now: Date;
  reviewAfterHours: number;
  limit: number;
}

function cutoff(q: Pick<QueueQuery, "now" | "reviewAfterHours">): Date {
  return new Date(q.now.getTime() - q.reviewAfterHours * 3600_000);
}

/** Counts stop here ("1000+"): a count of 200,000 open items costs a scan of all of them and
 * tells ops nothing more than "very many"; capped counts read at most this many index entries. */
export const QUEUE_COUNT_CAP = 1000;

/** Open items per reason (each at most QUEUE_COUNT_CAP + 1, meaning "more than the cap"). */
export async function queueCounts(db: Database, q: Pick<QueueQuery, "now" | "reviewAfterHours">, reasons: readonly string[]): Promise<Map<string, number>> {
  const before = cutoff(q);
  const items = await sql<{ reason: string; n: number }>`
    select r.reason, (select count(*)::int from (
        select 1 from review_items i
        where i.reason = r.reason and i.resolved_at is null and (i.reason <> 'missing_fields' or i.created_at <= ${before})
        limit ${QUEUE_COUNT_CAP + 1}) capped) as n
    from unnest(${reasons.filter((r) => r !== INCOMPLETE_CASE)}::text[]) as r(reason)`.execute(db);
  const stale = await db
    .selectFrom(staleIncomplete(db, before).select("c.id").limit(QUEUE_COUNT_CAP + 1).as("capped"))
    .select(sql<number>`count(*)::int`.as("n"))
    .executeTakeFirstOrThrow();
  const counts = new Map(items.rows.filter((r) => r.n > 0).map((r) => [r.reason, Number(r.n)]));
  if (Number(stale.n) > 0) counts.set(INCOMPLETE_CASE, Number(stale.n));
  return counts;
}

function staleIncomplete(db: Database, before: Date) {
  return db
    .selectFrom("cases as c")
    .where("c.status", "=", "incomplete")
    .where("c.created_at", "<=", before)
    .where((eb) => eb.not(eb.exists(eb.selectFrom("review_items as r").select("r.id").whereRef("r.case_id", "=", "c.id").where("r.resolved_at", "is", null))));
}

export async function queueRows(db: Database, q: QueueQuery): Promise<QueueRow[]> {
  const before = cutoff(q);
  const rows: QueueRow[] = [];
  if (q.reason !== INCOMPLETE_CASE) {
    let items = db
      .selectFrom("review_items as r")
      .leftJoin("inbound_messages as m", "m.id", "r.inbound_message_id")
      .leftJoin("cases as c", "c.id", "r.case_id")
      .select(["r.id", "r.reason", "r.detail", "r.created_at", "r.inbound_message_id", "r.case_id", "c.case_number", "m.from_address", "m.subject", "m.received_at"])
      .where("r.resolved_at", "is", null)
      .where((eb) => eb.or([eb("r.reason", "<>", "missing_fields"), eb("r.created_at", "<=", before)]))
      .orderBy("r.created_at")
      .orderBy("r.id")
      .limit(q.limit);
    if (q.reason) items = items.where("r.reason", "=", q.reason);
    for (const r of await items.execute()) {
      rows.push({
        reviewItemId: r.id,
        reason: r.reason,
        detail: r.detail,
        since: r.created_at,
        inboundMessageId: r.inbound_message_id,
        caseId: r.case_id,
        caseNumber: r.case_number,
        fromAddress: r.from_address,
        subject: r.subject,
        receivedAt: r.received_at,
      });
    }
  }
  if (!q.reason || q.reason === INCOMPLETE_CASE) {
    const stale = await staleIncomplete(db, before)
      .leftJoin("inbound_messages as m", "m.id", "c.source_message_id")
      .select(["c.id", "c.case_number", "c.missing", "c.created_at", "c.source_message_id", "m.from_address", "m.subject", "m.received_at"])
      .orderBy("c.created_at")
      .limit(q.limit)
      .execute();
    for (const c of stale) {
      rows.push({
        reviewItemId: null,
        reason: INCOMPLETE_CASE,
        detail: `missing ${(c.missing ?? []).join(", ")}`,
        since: c.created_at,
        inboundMessageId: c.source_message_id,
        caseId: c.id,
        caseNumber: c.case_number,
        fromAddress: c.from_address,
        subject: c.subject,
        receivedAt: c.received_at,
      });
    }
  }
  return rows.sort((a, b) => a.since.getTime() - b.since.getTime()).slice(0, q.limit);
}
