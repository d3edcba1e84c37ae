// The process role: takes stored, unprocessed mail from the database's shared queue and
// processes it (parse, decide, store, queue the reply). Any number of processes may run one
// against the same database; a claim is one statement with a lease per message. Several
// messages are in flight at once, so the parse pool works on the next mails while the
// current one talks to the database.
import { errorMessage } from "../core/errors.ts";
import { claimStoredMessages, type ClaimedMessage } from "../repos/messages.ts";
import { isInFlight, markInFlight, PROCESS_LEASE_OWNER } from "./in-flight.ts";
import { leaseUntil, processClaimed, type PipelineDeps } from "./process-message.ts";
import { BACKLOG_MIN_AGE_MS } from "./recovery.ts";

/** Messages in flight per process: enough to keep the parse pool and the database busy at once. */
export const PROCESS_CONCURRENCY = 8;

/** With nothing to do, the queue is looked at this often (a wake() from this process's own
 * reader or sender comes sooner). */
const IDLE_POLL_MS = 500;

export interface MessageProcessor {
  /** new mail was stored: look at the queue now */
  wake(): void;
  /** messages processed by this process since it started */
  readonly processed: number;
  /** messages claimed and not finished yet */
  readonly inFlight: number;
  /** finishes the messages in flight and stops claiming */
  stop(): Promise<void>;
}

export function startMessageProcessor(
  deps: PipelineDeps,
  opts: { concurrency?: number; idlePollMs?: number } = {},
): MessageProcessor {
  const concurrency = opts.concurrency ?? PROCESS_CONCURRENCY;
  const log = deps.logger.child({ component: "processor" });
  let stopped = false;
  let active = 0;
  let processed = 0;
  let signal: (() => void) | null = null;
  const poke = () => {
    const s = signal;
    signal = null;
    s?.();
  };
  const running = new Set<Promise<void>>();

  const waitForSignal = (ms?: number) =>
    new Promise<void>((r) => {
      signal = r;
      if (ms !== undefined) setTimeout(poke, ms).unref();
    });

  const run = async () => {
    while (!stopped) {
      const room = concurrency - active;
      // claims come in batches of at least half the slots: one statement for several mails
      if (active > 0 && room < Math.ceil(concurrency / 2)) {
        await waitForSignal();
        continue;
      }
      let claimed = 0;
      try {
        const rows = await claimStoredMessages(deps.db, {
          limit: room,
          owner: PROCESS_LEASE_OWNER,
          now: deps.now?.() ?? new Date(),
          until: leaseUntil(deps),
          selfProcessedAfterMs: BACKLOG_MIN_AGE_MS,
        });
        claimed = rows.length;
        for (const row of rows) start(row);
      } catch (err) {
        log.warn({ err: errorMessage(err) }, "claiming stored mail failed; trying again");
      }
      if (stopped) break;
      // a full claim: the queue may hold more, claim again once slots are free
      if (claimed === room) continue;
      await waitForSignal(opts.idlePollMs ?? IDLE_POLL_MS);
    }
  };

  const start = (row: ClaimedMessage) => {
    // a message this process works on already (an HTTP request, say) is left to it
    if (isInFlight(row.id)) return;
    const done = markInFlight(row.id);
    active++;
    const p = processClaimed(deps, row)
      .then(() => void processed++)
      .catch((err) =>
        log.warn(
          { inboundMessageId: row.id, err: errorMessage(err) },
          "processing failed; retried when its lease runs out",
        ),
      )
      .finally(() => {
        done();
        active--;
        running.delete(p);
        poke();
      });
    running.add(p);
  };
  const loop = run();

  return {
    wake: poke,
    get processed() {
      return processed;
    },
    get inFlight() {
      return active;
    },
    async stop() {
      stopped = true;
      poke();
      await loop;
      await Promise.all([...running]);
    },
  };
}
