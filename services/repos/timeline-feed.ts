// Timeline events read in id order behind a named cursor (feed_cursors): a room that reacts to
// committed case events (Slack) reads them here, outside the case's transaction.
import { sql } from "kysely";
import type { Database } from "../../db/connection.ts";
import type { TimelineEventRow } from "../../db/schema.ts";

export async function readFeedCursor(db: Database, name: string): Promise<number> {
  const row = await db.selectFrom("feed_cursors").select("last_event_id").where("name", "=", name).executeTakeFirst();
  return row?.last_event_id ?? 0;
}

/** Moves the cursor forward only (two runs may race; the later id wins). */
export async function advanceFeedCursor(db: Database, name: string, lastEventId: number): Promise<void> {
  await db
    .insertInto("feed_cursors")
    .values({ name, last_event_id: lastEventId })
    .onConflict((oc) =>
      oc
        .column("name")
        .doUpdateSet({ last_event_id: sql`greatest(feed_cursors.last_event_id, excluded.last_event_id)` }),
    )
    .execute();
}

/** Events of these kinds after `afterId`, oldest first. */
export async function timelineEventsAfter(
  db: Database,
  afterId: number,
  kinds: readonly string[],
  limit: number,
): Promise<TimelineEventRow[]> {
  return db
    .selectFrom("timeline_events")
    .selectAll()
    .where("id", ">", afterId)
    .where("kind", "in", [...kinds])
    .orderBy("id")
    .limit(limit)
    .execute();
}
