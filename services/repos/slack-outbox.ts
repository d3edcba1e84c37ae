// The Slack outbox: Slack calls are queued as rows and delivered by the Slack sender, never
// inside a case's transaction. A unique dedupe key makes queueing idempotent.
import { sql } from "kysely";
import type { Database } from "../../db/connection.ts";
import type { SlackOutboxRow } from "../../db/schema.ts";
import { claimDue } from "./leased-queue.ts";

export type SlackAction = "post" | "update" | "ephemeral" | "webhook";

export interface SlackOutboxEntry {
  dedupeKey: string;
  caseId: number | null;
  action: SlackAction;
  payload: Record<string, unknown>;
  postId?: number | null;
  channel?: string | null;
}

/** Queues entries whose keys are new; returns how many were added. */
export async function enqueueSlack(db: Database, entries: SlackOutboxEntry[]): Promise<number> {
  if (!entries.length) return 0;
  const rows = await db
    .insertInto("slack_outbox")
    .values(
      entries.map((e) => ({
        dedupe_key: e.dedupeKey,
        case_id: e.caseId,
        action: e.action,
        payload: JSON.stringify(e.payload),
        post_id: e.postId ?? null,
        channel: e.channel ?? null,
      })),
    )
    .onConflict((oc) => oc.column("dedupe_key").doNothing())
    .returning("id")
    .execute();
  return rows.length;
}

export async function existingKeys(db: Database, keys: string[]): Promise<Set<string>> {
  if (!keys.length) return new Set();
  const rows = await db.selectFrom("slack_outbox").select("dedupe_key").where("dedupe_key", "in", keys).execute();
  return new Set(rows.map((r) => r.dedupe_key));
}

/** The case's messages (bot posts or webhook notices), oldest first. */
export async function postsOfCase(db: Database, caseId: number, action: "post" | "webhook"): Promise<{ id: number }[]> {
  return db
    .selectFrom("slack_outbox")
    .select("id")
    .where("case_id", "=", caseId)
    .where("action", "=", action)
    .orderBy("id")
    .execute();
}

/** For /healthz: Slack calls waiting and given up (a failed call never blocks health; it stays visible). */
export async function slackOutboxHealth(
  db: Database,
): Promise<{ ok: boolean; queued: number; failed: number; lastError: string | null }> {
  const row = await db
    .selectFrom("slack_outbox")
    .select([
      sql<number>`count(*) filter (where status = 'queued')::int`.as("queued"),
      sql<number>`count(*) filter (where status = 'failed')::int`.as("failed"),
    ])
    .executeTakeFirstOrThrow();
  const last = await db
    .selectFrom("slack_outbox")
    .select("last_error")
    .where("status", "=", "failed")
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
  return { ok: true, queued: Number(row.queued), failed: Number(row.failed), lastError: last?.last_error ?? null };
}

/** Claims due rows with a lease, so two workers never deliver the same row. */
export function claimDueSlack(db: Database, limit: number, leaseSeconds = 60): Promise<SlackOutboxRow[]> {
  return claimDue(db, "slack_outbox", limit, leaseSeconds);
}

/** Rows claimed but not tried go back after `afterSeconds`, without counting an attempt. */
export async function releaseSlackRows(db: Database, ids: number[], afterSeconds: number): Promise<void> {
  if (!ids.length) return;
  await db
    .updateTable("slack_outbox")
    .set((eb) => ({
      locked_until: null,
      attempts: eb("attempts", "-", 1),
      next_attempt_at: sql`now() + make_interval(secs => ${afterSeconds})`,
    }))
    .where("id", "in", ids)
    .execute();
}

export async function findSlackRow(db: Database, id: number): Promise<SlackOutboxRow | undefined> {
  return db.selectFrom("slack_outbox").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function markSlackSent(
  db: Database,
  id: number,
  posted: { channel: string; ts: string } | null,
): Promise<void> {
  await db
    .updateTable("slack_outbox")
    .set({
      status: "sent",
      sent_at: sql`now()`,
      locked_until: null,
      last_error: null,
      ...(posted ? { channel: posted.channel, ts: posted.ts } : {}),
    })
    .where("id", "=", id)
    .execute();
}
