// The background roles: `send` delivers queued mail; `worker` also runs the periodic tasks (CRM
// sync, reminders, digests, Slack). Stored mail is processed by the process role
// (services/ingest/message-processor.ts), which the worker role includes.
import { errorMessage } from "../core/errors.ts";
import type { Logger } from "../core/logger.ts";
import { deliverDueMail } from "../notifier/sender.ts";
import type { AppContext } from "./context.ts";

export interface PeriodicTask {
  name: string;
  everyMs: number;
  run(): Promise<unknown>;
}

export interface Worker {
  /** wake the sender now (after a commit that queued mail) */
  wake(): void;
  stop(): Promise<void>;
}

export function startWorker(
  ctx: AppContext,
  extra: PeriodicTask[] = [],
  opts: { sendEveryMs?: number; crmSyncEveryMs?: number; sendOnly?: boolean } = {},
): Worker {
  const log: Logger = ctx.logger.child({ component: "worker" });
  const tasks: PeriodicTask[] = [
    { name: "send", everyMs: opts.sendEveryMs ?? 1000, run: () => drainDueMail() },
    ...(!opts.sendOnly && ctx.crm.enabled
      ? [{ name: "crm-sync", everyMs: opts.crmSyncEveryMs ?? 2000, run: () => ctx.crm.runDueJobs(1000) }]
      : []),
    ...(!opts.sendOnly && ctx.crm.adapter
      ? [{ name: "crm-poll", everyMs: ctx.config.CRM_POLL_SECONDS * 1000, run: () => ctx.crm.poll() }]
      : []),
    ...extra,
  ];
  let stopped = false;
  const stopSending = new AbortController();
  // One pass drains all due mail without a pause: a fixed pause after every batch held a fast
  // transport to a fraction of its rate, and every pass boundary emptied the lanes. Stopping
  // lets the lanes finish the mail in hand and records it.
  const drainDueMail = () =>
    deliverDueMail(
      { db: ctx.database.db, transport: ctx.transport, logger: ctx.logger, bounceAddress: ctx.config.INBOUND_ADDRESS },
      { stop: stopSending.signal },
    );
  const timers = new Map<string, NodeJS.Timeout>();
  const running = new Map<string, Promise<void>>();
  const again = new Set<string>();

  const runTask = (task: PeriodicTask) => {
    if (stopped) return;
    if (running.has(task.name)) {
      again.add(task.name); // woken while busy: run once more right after
      return;
    }
    clearTimeout(timers.get(task.name));
    const p = task
      .run()
      .catch((err) => log.warn({ task: task.name, err: errorMessage(err) }, "periodic task failed"))
      .then(() => {
        running.delete(task.name);
        const soon = again.delete(task.name);
        if (!stopped)
          timers.set(
            task.name,
            setTimeout(() => runTask(task), soon ? 0 : task.everyMs),
          );
      });
    running.set(task.name, p);
  };
  for (const task of tasks) runTask(task);

  return {
    wake() {
      const send = tasks[0];
      if (send) runTask(send);
    },
    async stop() {
      stopped = true;
      stopSending.abort();
      for (const t of timers.values()) clearTimeout(t);
      await Promise.all(running.values());
    },
  };
}
