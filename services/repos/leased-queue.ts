// The lease of every queue table that a sender drains (mail and Slack): due rows, soonest due
// first, taken with a lease (locked_until) under FOR UPDATE SKIP LOCKED, so two senders never
// deliver the same row and a crashed sender's rows come back when the lease runs out; a failed
// delivery gives its lease back and is due again later, or gives up.
import { sql, type RawBuilder, type Selectable } from "kysely";
import type { Database } from "../../db/connection.ts";
import type { DB } from "../../db/schema.ts";

export type LeasedQueue = "outbox" | "slack_outbox";

/**
 * The ids of up to `limit` due, unleased rows, locked for this statement. Read by the table's
 * `<table>_due_ids` function (migration 2026-12-05-10) in next_attempt_at order, the key of the
 * table's partial "due" index, so the scan stops after `limit` rows: ordered by id, PostgreSQL
 * read and sorted every queued row per
 * claim, and planned inline it did the same whenever the table's statistics showed few queued
 * rows (a burst after a quiet time, a table never analysed). An array, so the update finds the
 * rows by primary key.
 */
function dueIds(table: LeasedQueue, limit: number): RawBuilder<unknown> {
  const fn = sql.raw(`${table}_due_ids`);
  // the function's second argument (ids to leave out) served a statement that no longer exists
  return sql`array(select ${fn}(${limit}::int, '{}'::int[]))`;
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
    where id = any(${dueIds(table, limit)})
    returning *`.execute(db);
  return rows;
}

/**
 * Records a failed delivery of a claimed row. `retryInSeconds` null gives up (status failed);
 * else the row is due again after that long. `refund`: the attempt does not count (a rate limit,
 * or a wait for something the row needs).
 */
export async function failDelivery(
  db: Database,
  table: LeasedQueue,
  id: number,
  error: string,
  retryInSeconds: number | null,
  refund = false,
): Promise<void> {
  const set =
    retryInSeconds === null
      ? sql`status = 'failed'`
      : sql`next_attempt_at = now() + make_interval(secs => ${retryInSeconds})${refund ? sql`, attempts = attempts - 1` : sql``}`;
  await sql`update ${sql.table(table)} set last_error = ${error}, locked_until = null, ${set} where id = ${id}`.execute(
    db,
  );
}
