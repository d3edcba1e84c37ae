// The review queue (admin reads and closes): open review items plus incomplete cases that
// waited too long, oldest first, page by page. A missing_fields item stays out of the queue
// while the partner still has time to answer.
import { sql, type Transaction } from "kysely";
import { z } from "zod";
import type { Database } from "../../db/connection.ts";
import type { DB, ReviewItemRow } from "../../db/schema.ts";
import type { Executor } from "./cases.ts";

/** A queue row's reason: a review_items.reason, or "incomplete_case" for a stale incomplete case. */
export const INCOMPLETE_CASE = "incomplete_case";

/** Where a queue row comes from: an open review item, or a stale incomplete case. */
export type QueueSource = "item" | "case";

export interface QueueRow {
  source: QueueSource;
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
  /** keyset of this row: the next page starts after it */
  cursor: QueueCursor;
}

/**
 * The queue's order is (since, source, id): `at` is the row's creation time in microseconds
 * since 1970, so the cursor keeps what a JavaScript Date would round off (and then skip or
 * repeat rows on the next page).
 */
export const QueueCursor = z.object({
  at: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  source: z.enum(["item", "case"]),
  id: z.number().int().positive(),
});
export type QueueCursor = z.infer<typeof QueueCursor>;

export interface QueueQuery {
  reason: string | null;
  now: Date;
  reviewAfterHours: number;
  limit: number;
  after: QueueCursor | null;
}

const micros = (column: "r.created_at" | "c.created_at") =>
  sql<number>`(extract(epoch from ${sql.ref(column)}) * 1000000)::int8`.as("at");
const instant = (us: number) => sql<Date>`(timestamptz 'epoch' + ${us}::int8 * interval '1 microsecond')`;

function cutoff(q: Pick<QueueQuery, "now" | "reviewAfterHours">): Date {
  return new Date(q.now.getTime() - q.reviewAfterHours * 3600_000);
}

/** Counts stop here ("1000+"): a count of 200,000 open items costs a scan of all of them and
 * tells ops nothing more than "very many"; capped counts read at most this many index entries. */
export const QUEUE_COUNT_CAP = 1000;

const CountRow = z.object({ reason: z.string(), n: z.coerce.number().int() });

/** Open items per reason (each at most QUEUE_COUNT_CAP + 1, meaning "more than the cap"). */
export async function queueCounts(
  db: Database,
  q: Pick<QueueQuery, "now" | "reviewAfterHours">,
  reasons: readonly string[],
): Promise<Map<string, number>> {
  const before = cutoff(q);
  const [items, stale] = await Promise.all([
    sql<unknown>`
      select r.reason, (select count(*)::int from (
          select 1 from review_items i
          where i.reason = r.reason and i.resolved_at is null and (i.reason <> 'missing_fields' or i.created_at <= ${before})
          limit ${QUEUE_COUNT_CAP + 1}) capped) as n
      from unnest(${reasons.filter((r) => r !== INCOMPLETE_CASE)}::text[]) as r(reason)`.execute(db),
    db
      .selectFrom(
        staleIncomplete(db, before)
          .select("c.id")
          .limit(QUEUE_COUNT_CAP + 1)
          .as("capped"),
      )
      .select(sql<number>`count(*)::int`.as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  const counts = new Map(
    z
      .array(CountRow)
      .parse(items.rows)
      .filter((r) => r.n > 0)
      .map((r) => [r.reason, r.n]),
  );
  if (stale.n > 0) counts.set(INCOMPLETE_CASE, stale.n);
  return counts;
}

/** Incomplete cases past the cutoff with no open review item: the partial index of migration 81
 * holds exactly these (the per-case counter is kept by a trigger on review_items). */
function staleIncomplete(db: Database, before: Date) {
  return db
    .selectFrom("cases as c")
    .where("c.status", "=", "incomplete")
    .where("c.open_review_items", "=", 0)
    .where("c.created_at", "<=", before);
}

/** One page of the queue, oldest first, starting after `q.after`. */
export async function queueRows(db: Database, q: QueueQuery): Promise<QueueRow[]> {
  const before = cutoff(q);
  const after = q.after;
  const [items, stale] = await Promise.all([
    q.reason === INCOMPLETE_CASE
      ? []
      : db
          .selectFrom("review_items as r")
          .leftJoin("inbound_messages as m", "m.id", "r.inbound_message_id")
          .leftJoin("cases as c", "c.id", "r.case_id")
          .select([
            "r.id",
            "r.reason",
            "r.detail",
            "r.created_at",
            micros("r.created_at"),
            "r.inbound_message_id",
            "r.case_id",
            "c.case_number",
            "m.from_address",
            "m.subject",
            "m.received_at",
          ])
          .where("r.resolved_at", "is", null)
          .where((eb) => eb.or([eb("r.reason", "<>", "missing_fields"), eb("r.created_at", "<=", before)]))
          .$if(q.reason !== null, (b) => b.where("r.reason", "=", q.reason ?? ""))
          // items sort before cases at the same instant
          .$if(after !== null, (b) =>
            b.where((eb) =>
              after?.source === "item"
                ? eb(eb.refTuple("r.created_at", "r.id"), ">", eb.tuple(instant(after.at), after.id))
                : eb("r.created_at", ">", instant(after?.at ?? 0)),
            ),
          )
          .orderBy("r.created_at")
          .orderBy("r.id")
          .limit(q.limit)
          .execute(),
    q.reason !== null && q.reason !== INCOMPLETE_CASE
      ? []
      : staleIncomplete(db, before)
          .leftJoin("inbound_messages as m", "m.id", "c.source_message_id")
          .select([
            "c.id",
            "c.case_number",
            "c.missing",
            "c.created_at",
            micros("c.created_at"),
            "c.source_message_id",
            "m.from_address",
            "m.subject",
            "m.received_at",
          ])
          .$if(after !== null, (b) =>
            b.where((eb) =>
              after?.source === "case"
                ? eb(eb.refTuple("c.created_at", "c.id"), ">", eb.tuple(instant(after.at), after.id))
                : eb("c.created_at", ">=", instant(after?.at ?? 0)),
            ),
          )
          .orderBy("c.created_at")
          .orderBy("c.id")
          .limit(q.limit)
          .execute(),
  ]);
  const rows: QueueRow[] = [
    ...items.map((r) => ({
      source: "item" as const,
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
      cursor: { at: Number(r.at), source: "item" as const, id: r.id },
    })),
    ...stale.map((c) => ({
      source: "case" as const,
      reviewItemId: null,
      reason: INCOMPLETE_CASE,
      detail: `missing ${c.missing.join(", ")}`,
      since: c.created_at,
      inboundMessageId: c.source_message_id,
      caseId: c.id,
      caseNumber: c.case_number,
      fromAddress: c.from_address,
      subject: c.subject,
      receivedAt: c.received_at,
      cursor: { at: Number(c.at), source: "case" as const, id: c.id },
    })),
  ];
  const sourceRank = (r: QueueRow) => (r.source === "item" ? 0 : 1);
  const order = (a: QueueRow, b: QueueRow) =>
    a.cursor.at - b.cursor.at || sourceRank(a) - sourceRank(b) || a.cursor.id - b.cursor.id;
  return rows.sort(order).slice(0, q.limit);
}

/** The open review items about one message or one case, oldest first. */
export async function openReviewItems(
  db: Executor,
  by: { inboundMessageId?: number; caseId?: number },
): Promise<ReviewItemRow[]> {
  let q = db.selectFrom("review_items").selectAll().where("resolved_at", "is", null);
  if (by.inboundMessageId !== undefined) q = q.where("inbound_message_id", "=", by.inboundMessageId);
  if (by.caseId !== undefined) q = q.where("case_id", "=", by.caseId);
  return q.orderBy("id").execute();
}

/** One review item, locked for the transaction that closes it. */
export async function lockReviewItem(trx: Transaction<DB>, id: number): Promise<ReviewItemRow | undefined> {
  return trx.selectFrom("review_items").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
}

/** Closes the open items that match; every action that settles a message or case calls this. */
export async function resolveOpenItems(
  trx: Transaction<DB>,
  where: { inboundMessageId?: number; caseId?: number; reviewItemId?: number },
  by: { actor: string; resolution: string; now: Date },
): Promise<number> {
  let q = trx
    .updateTable("review_items")
    .set({ resolved_at: by.now, resolved_by: by.actor, resolution: by.resolution.slice(0, 500) })
    .where("resolved_at", "is", null);
  if (where.reviewItemId !== undefined) q = q.where("id", "=", where.reviewItemId);
  if (where.inboundMessageId !== undefined) q = q.where("inbound_message_id", "=", where.inboundMessageId);
  if (where.caseId !== undefined) q = q.where("case_id", "=", where.caseId);
  const res = await q.executeTakeFirst();
  return Number(res.numUpdatedRows);
}
