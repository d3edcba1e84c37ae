// Processing (parse, decide, queue the reply) runs behind the IMAP reader with bounded
// concurrency, so fetching the next batch overlaps with parsing this one. A failure is logged
// and left to the backlog sweep: the raw message is committed already.
import { errorMessage } from "../../core/errors.ts";
import type { Logger } from "../../core/logger.ts";

export interface ProcessQueue {
  /** queues a stored message; resolves when there is room again (backpressure) */
  push(id: number): Promise<void>;
  /** resolves when everything queued so far is done */
  drain(): Promise<void>;
  readonly pending: number;
}

export function createProcessQueue(
  process: (id: number) => Promise<unknown>,
  logger: Logger,
  opts: { concurrency: number; maxQueued: number },
): ProcessQueue {
  const queue: number[] = [];
  let active = 0;
  let roomWaiters: Array<() => void> = [];
  let idleWaiters: Array<() => void> = [];

  const notify = () => {
    if (queue.length < opts.maxQueued) {
      const w = roomWaiters;
      roomWaiters = [];
      for (const r of w) r();
    }
    if (queue.length === 0 && active === 0) {
      const w = idleWaiters;
      idleWaiters = [];
      for (const r of w) r();
    }
  };

  const pump = () => {
    while (active < opts.concurrency && queue.length > 0) {
      const id = queue.shift()!;
      active++;
      process(id)
        .catch((err) =>
          logger.warn(
            { inboundMessageId: id, err: errorMessage(err) },
            "processing failed; the backlog sweep retries it",
          ),
        )
        .finally(() => {
          active--;
          pump();
          notify();
        });
    }
  };

  return {
    async push(id) {
      queue.push(id);
      pump();
      if (queue.length >= opts.maxQueued) await new Promise<void>((r) => roomWaiters.push(r));
    },
    async drain() {
      if (queue.length === 0 && active === 0) return;
      await new Promise<void>((r) => idleWaiters.push(r));
    },
    get pending() {
      return queue.length + active;
    },
  };
}
