// Wires a watcher from configuration: IMAP_URL, IMAP_PROCESSED_MAILBOX, and the mailbox lock
// that fits the database (PostgreSQL advisory lock; none on single-process PGlite). The
// composition root (services/app) hands in what the watcher needs.
import type { DatabaseHandle } from "../../../db/connection.ts";
import type { Config } from "../../config/env.ts";
import type { Logger } from "../../core/logger.ts";
import type { PipelineDeps } from "../process-message.ts";
import { startMessageProcessor, type MessageProcessor } from "../message-processor.ts";
import { parseImapUrl, advisoryLockKey } from "./imap-url.ts";
import { noMailboxLock, postgresMailboxLock } from "./mailbox-lock.ts";
import { startImapWatcher, type ImapWatcher, type ImapWatcherOptions } from "./watcher.ts";

/** null when IMAP_URL is unset. Throws AppError CONFIG_INVALID for a malformed IMAP_URL. */
export interface ImapWatcherDeps {
  config: Pick<Config, "IMAP_URL" | "IMAP_PROCESSED_MAILBOX" | "DATABASE_URL">;
  database: Pick<DatabaseHandle, "kind" | "db">;
  pipeline: PipelineDeps;
  logger: Logger;
}

/** `processor`: the process role's processor in this process (woken after each batch), or null
 * when processors run elsewhere; left out, the watcher brings its own and stops it with itself. */
export function startImapWatcherFromContext(
  ctx: ImapWatcherDeps,
  tuning: Partial<ImapWatcherOptions> = {},
  processor?: MessageProcessor | null,
): ImapWatcher | null {
  const { config } = ctx;
  if (!config.IMAP_URL) return null;
  const target = parseImapUrl(config.IMAP_URL);
  const lock =
    ctx.database.kind === "postgres" && config.DATABASE_URL
      ? postgresMailboxLock(config.DATABASE_URL, advisoryLockKey(target.key))
      : noMailboxLock();
  const own = processor === undefined ? startMessageProcessor(ctx.pipeline) : null;
  const watcher = startImapWatcher({
    ...tuning,
    target,
    processedMailbox: config.IMAP_PROCESSED_MAILBOX,
    db: ctx.database.db,
    processor: own ?? processor ?? null,
    lock,
    logger: ctx.logger,
  });
  if (!own) return watcher;
  return {
    ...watcher,
    async stop() {
      await watcher.stop();
      await own.stop();
    },
  };
}
