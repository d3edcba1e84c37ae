// Messages stored but never processed (a crash, a database outage mid-way) are picked up
// again; processStoredMessage parks one that keeps failing, so it cannot block the rest.
import { errorMessage } from "../core/errors.ts";
import { processStoredMessage, type PipelineDeps } from "./process-message.ts";
import { unprocessedMessageIds } from "./store-raw.ts";

/** A message younger than this is left to the path that stored it (IMAP queue, HTTP, CLI). */
export const BACKLOG_MIN_AGE_MS = 60_000;

export async function processBacklog(deps: PipelineDeps, limit = 100): Promise<number> {
  let done = 0;
  const now = deps.now?.() ?? new Date();
  for (const id of await unprocessedMessageIds(deps.db, { now, minAgeMs: BACKLOG_MIN_AGE_MS, limit })) {
    try {
      await processStoredMessage(deps, id);
      done++;
    } catch (err) {
      deps.logger.warn(
        { component: "recovery", inboundMessageId: id, err: errorMessage(err) },
        "backlog message failed again",
      );
    }
  }
  return done;
}
