// `dealreg serve`: web, worker and IMAP reader in one process by default; `--roles` (or
// ROLES) picks a subset so a deployment can scale them apart: the IMAP reader only stores, and
// any number of `process` processes share the stored mail through the database.
import { ROLE_NAMES, type Config } from "../../config/env.ts";
import type { Logger } from "../../core/logger.ts";
import { safeUrl } from "../../core/logger.ts";
import { openAppContext } from "../../app/context.ts";
import { startWorker, type Worker } from "../../app/worker.ts";
import { reminderTask } from "../../cases/reminders.ts";
import { digestTask } from "../../partners/digest.ts";
import { buildApp } from "../../web/app.ts";
import { startImapWatcherFromContext } from "../../ingest/imap/from-config.ts";
import type { ImapWatcher } from "../../ingest/imap/watcher.ts";
import { startMessageProcessor, type MessageProcessor } from "../../ingest/message-processor.ts";

export async function runServe(args: string[], config: Config, logger: Logger): Promise<number> {
  const i = args.indexOf("--roles");
  const roles = new Set(i >= 0 && args[i + 1] ? args[i + 1]!.split(",").map((s) => s.trim()) : config.ROLES);
  const unknown = [...roles].filter((r) => !(ROLE_NAMES as readonly string[]).includes(r));
  if (unknown.length || roles.size === 0) {
    process.stderr.write(
      `dealreg serve: unknown role(s) ${unknown.join(", ") || "(none given)"}; use a comma-separated subset of ${ROLE_NAMES.join(",")}\n`,
    );
    return 2;
  }
  const ctx = await openAppContext(config, logger);
  logger.info(
    {
      roles: [...roles],
      database: ctx.database.kind,
      databaseUrl: safeUrl(config.DATABASE_URL),
      dataDir: config.DATA_DIR,
      transport: ctx.transport.name,
    },
    "dealreg starting",
  );

  let worker: Worker | null = null;
  let processor: MessageProcessor | null = null;
  let imap: ImapWatcher | null = null;
  let app: Awaited<ReturnType<typeof buildApp>> | null = null;
  const shutdown = async () => {
    await app?.close();
    await imap?.stop();
    await processor?.stop();
    await worker?.stop();
    await ctx.close();
  };
  try {
    const readsImap = roles.has("imap") && !!config.IMAP_URL;
    const healthChecks = readsImap
      ? { imap: async () => (imap ? imap.health() : { ok: true, state: "starting" }) }
      : undefined;
    app = roles.has("web") ? await buildApp(ctx, healthChecks ? { healthChecks } : {}) : null;
    if (app) await app.listen({ port: config.PORT, host: config.HOST });
    // Only now does mail get parsed: the port answers first, even when a restart finds a
    // backlog (parsing runs in worker threads anyway, see services/parser/pool).
    const processes = roles.has("worker") || roles.has("process");
    if (processes) {
      ctx.parsePool.warm();
      processor = startMessageProcessor(ctx.pipeline);
    }
    if (roles.has("send") && !roles.has("worker")) {
      worker = startWorker(ctx, [], { sendOnly: true });
      ctx.pipeline.onMailQueued = () => worker?.wake();
    }
    if (roles.has("worker")) {
      const reminders = reminderTask({
        db: ctx.database.db,
        config,
        logger: ctx.logger.child({ component: "reminders" }),
        onMailQueued: () => worker?.wake(),
      });
      const digest = digestTask({
        db: ctx.database.db,
        config,
        logger: ctx.logger.child({ component: "digest" }),
        onMailQueued: () => worker?.wake(),
      });
      worker = startWorker(ctx, [reminders, digest, ...(ctx.slack ? [ctx.slack.task] : [])]);
      ctx.pipeline.onMailQueued = () => worker?.wake();
    }
    // the reader only stores; this process's processor (if any) is woken after each batch
    imap = roles.has("imap") ? startImapWatcherFromContext(ctx, {}, processor) : null;
    if (roles.has("imap") && !imap) logger.info("IMAP_URL is not set: the imap role has nothing to read");
  } catch (err) {
    // A start-up failure (the port in use, say) must end the process, not leave the worker's
    // timers and the IMAP loop running in a service that answers nothing.
    await shutdown().catch(() => {});
    throw err;
  }

  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      logger.info({ signal }, "dealreg stopping");
      resolve();
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await shutdown();
  return 0;
}
