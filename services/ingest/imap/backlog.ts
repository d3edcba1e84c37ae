// Stored-but-unprocessed mail (killed between commit and processing, database lost mid-way)
// is queued at the start of every session, before new mail, so recovery does not wait for
// the worker's 30 s backlog cycle and older mail is answered first.
import type { Database } from "../../../db/connection.ts";
import { unprocessedMessageIds } from "../store-raw.ts";
import type { ProcessQueue } from "./process-queue.ts";

export async function queueBacklog(
  db: Database,
  queue: Pick<ProcessQueue, "push">,
  mayContinue: () => boolean,
): Promise<number> {
  let after = 0;
  let queued = 0;
  for (;;) {
    // rows in flight here or leased by another live process are left to them
    const ids = await unprocessedMessageIds(db, { now: new Date(), minAgeMs: 0, limit: 500, afterId: after });
    for (const id of ids) {
      if (!mayContinue()) return queued;
      await queue.push(id);
      queued++;
    }
    if (ids.length < 500) return queued;
    after = ids.at(-1)!;
  }
}
