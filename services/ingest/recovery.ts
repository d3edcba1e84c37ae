// Messages stored but never processed (a crash, a database outage mid-way) are picked up
// again; one that keeps failing is parked in review so it cannot block the rest.
import { errorMessage } from "../core/errors.ts";
import { parkIfExhausted, processStoredMessage, type PipelineDeps } from "./process-message.ts";
import { unprocessedMessageIds } from "./store-raw.ts";

export async function processBacklog(deps: PipelineDeps, limit = 100): Promise<number> {
  let done = 0;
  for (const id of await unprocessedMessageIds(deps.db, limit)) {
    try {
      if (await parkIfExhausted(deps, id)) continue;
      await processStoredMessage(deps, id);
      done++;
    } catch (err) {
      deps.logger.warn({ component: "recovery", inboundMessageId: id, err: errorMessage(err) }, "backlog message failed again");
    }
  }
  return done;
}
