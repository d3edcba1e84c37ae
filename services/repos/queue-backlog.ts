// What waits in one of the two work queues (mail outbox, CRM sync jobs), on the database clock
// so every process reports the same figures: for /healthz, the admin numbers and the CLI.
import { sql } from "kysely";
import type { Database } from "../../db/connection.ts";

// a type, not an interface: /healthz takes it as a plain record of figures
export type QueueBacklog = {
  queued: number;
  failed: number;
  oldestQueuedSeconds: number | null;
};

export async function queueBacklog(db: Database, queue: "outbox" | "crm_sync_jobs"): Promise<QueueBacklog> {
  const row = await db
    .selectFrom(queue)
    .select([
      sql<number>`count(*) filter (where status = 'queued')::int`.as("queued"),
      sql<number>`count(*) filter (where status = 'failed')::int`.as("failed"),
      sql<number | null>`extract(epoch from now() - min(created_at) filter (where status = 'queued'))::int`.as(
        "oldest",
      ),
    ])
    .executeTakeFirstOrThrow();
  return {
    queued: Number(row.queued),
    failed: Number(row.failed),
    oldestQueuedSeconds: row.oldest === null ? null : Number(row.oldest),
  };
}
