// One claim for every queue table that a sender drains (mail and Slack): due rows, soonest due
// first, taken with a lease (locked_until) under FOR UPDATE SKIP LOCKED, so two senders never
// deliver the same row and a crashed sender's rows come back when the lease runs out.
import { sql, type RawBuilder, type Selectable } from "kysely";
import type { Database } from "../../db/connection.ts";
import type { DB } from "../../db/schema.ts";

export type LeasedQueue = "outbox" | "slack_outbox";

/**
 * The ids of up to `limit` due, unleased rows, locked for this statement; `except` (a subquery
 * of ids) leaves rows out. Ordered by next_attempt_at, the key of the table's partial "due"
 * index, so the scan stops after `limit` rows: ordered by id, PostgreSQL read and sorted every
 * queued row per claim, which made draining a backlog quadratic.
 */
export function dueIds(table: LeasedQueue, limit: number, except?: RawBuilder<unknown>): RawBuilder<unknown> {
  const t = sql.table(table);
  return sql`
    select id from ${t}
    where status = 'queued' and next_attempt_at <= now() and (locked_until is null or locked_until < now())
      ${except ? sql`and id not in (${except})` : sql``}
    order by next_attempt_at limit ${limit}
    for update skip locked`;
}

/** Claims up to `limit` due rows of `table`, counting an attempt on each. */
export async function claimDue<T extends LeasedQueue>(
  db: Database,
  table: T,
  limit: number,
  leaseSeconds: number,
): Promise<Array<Selectable<DB[T]>>> {
  const { rows } = await sql<Selectable<DB[T]>>`
    update ${sql.table(table)} set locked_until = now() + make_interval(secs => ${leaseSeconds}), attempts = attempts + 1
    where id in (${dueIds(table, limit)})
    returning *`.execute(db);
  return rows;
}
