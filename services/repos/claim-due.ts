// One claim for every queue table that a sender drains (mail and Slack): due rows, oldest first,
// taken with a lease (locked_until) under FOR UPDATE SKIP LOCKED, so two senders never deliver
// the same row and a crashed sender's rows come back when the lease runs out.
import { sql, type Selectable } from "kysely";
import type { Database } from "../../db/connection.ts";
import type { DB } from "../../db/schema.ts";

export type LeasedQueue = "outbox" | "slack_outbox";

/** Claims up to `limit` due rows of `table`, counting an attempt on each. */
export async function claimDue<T extends LeasedQueue>(
  db: Database,
  table: T,
  limit: number,
  leaseSeconds: number,
): Promise<Array<Selectable<DB[T]>>> {
  const t = sql.table(table);
  const { rows } = await sql<Selectable<DB[T]>>`
    update ${t} set locked_until = now() + make_interval(secs => ${leaseSeconds}), attempts = attempts + 1
    where id in (
      select id from ${t}
      where status = 'queued' and next_attempt_at <= now() and (locked_until is null or locked_until < now())
      order by id limit ${limit} for update skip locked)
    returning *`.execute(db);
  return rows;
}
