// Running the CRM sync queue in tests: until nothing is due, and with retries made due at once.
import { sql } from "kysely";
import type { Database } from "../../db/connection.ts";
import type { CrmService } from "../../services/crm/crm-service.ts";

/** runs the queue until nothing is due (jobs waiting for a retry stay) */
export async function drainSync(
  crm: Pick<CrmService, "runDueJobs">,
): Promise<{ done: number; retried: number; failed: number }> {
  const total = { done: 0, retried: 0, failed: 0 };
  for (;;) {
    const s = await crm.runDueJobs();
    total.done += s.done;
    total.retried += s.retried;
    total.failed += s.failed;
    if (s.done + s.retried + s.failed === 0) return total;
  }
}

/** every queued job due now, as if its backoff had passed */
export function makeSyncDue(db: Database): Promise<unknown> {
  return sql`update crm_sync_jobs set next_attempt_at = now() where status = 'queued'`.execute(db);
}

/** drains, making retries due at once, until nothing is queued (at most ten rounds); the retries counted */
export async function settleSync(crm: Pick<CrmService, "runDueJobs">, db: Database): Promise<number> {
  let retried = 0;
  for (let round = 0; round < 10; round++) {
    retried += (await drainSync(crm)).retried;
    if (!(await db.selectFrom("crm_sync_jobs").select("id").where("status", "=", "queued").execute()).length) break;
    await makeSyncDue(db);
  }
  return retried;
}
