// The CRM side of a case and of the whole queue, for the admin pages.
import { sql } from "kysely";
import type { Database } from "../../db/connection.ts";
import { syncBacklog, type SyncBacklog } from "./sync-jobs-repo.ts";

export interface CaseCrmState {
  queued: number;
  failed: number;
  lastError: string | null;
}

export async function caseCrmState(db: Database, caseId: number): Promise<CaseCrmState> {
  const row = await db
    .selectFrom("crm_sync_jobs")
    .select([
      sql<number>`count(*) filter (where status = 'queued')::int`.as("queued"),
      sql<number>`count(*) filter (where status = 'failed')::int`.as("failed"),
      sql<
        string | null
      >`(array_agg(last_error order by id desc) filter (where status <> 'done' and last_error is not null))[1]`.as(
        "last_error",
      ),
    ])
    .where("case_id", "=", caseId)
    .executeTakeFirstOrThrow();
  return { queued: Number(row.queued), failed: Number(row.failed), lastError: row.last_error };
}

/** The sync backlog and failures, or null when no CRM or webhook is configured. */
export async function crmNumbers(db: Database): Promise<SyncBacklog | null> {
  const target = await db.selectFrom("crm_sync_targets").select("target").limit(1).executeTakeFirst();
  return target ? syncBacklog(db) : null;
}
