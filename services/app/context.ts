// The composition root for every role: database, parser, pipeline, mail transport.
import { join } from "node:path";
import { openDatabase, type DatabaseHandle } from "../../db/connection.ts";
import { migrateToLatest } from "../../db/migrate.ts";
import { vendorDomains, type Config } from "../config/env.ts";
import type { Logger } from "../core/logger.ts";
import { AppError } from "../core/errors.ts";
import { withModel } from "../parser/parse-message.ts";
import { createParsePool, type ParsePool } from "../parser/pool/parse-pool.ts";
import { llmFromConfig } from "../parser/llm/from-config.ts";
import type { ParseOptions } from "../parser/types.ts";
import type { PipelineDeps } from "../ingest/process-message.ts";
import type { MailTransport } from "../notifier/transport.ts";
import { createFileTransport } from "../notifier/transports/file.ts";
import { createSmtpTransport } from "../notifier/transports/smtp.ts";
import { createSesTransport } from "../notifier/transports/ses.ts";

export interface AppContext {
  config: Config;
  logger: Logger;
  database: DatabaseHandle;
  parseOptions: ParseOptions;
  parsePool: ParsePool;
  pipeline: PipelineDeps;
  transport: MailTransport;
  close(): Promise<void>;
}

export function parseOptionsFor(config: Config, logger: Logger): ParseOptions {
  return { vendorDomains: vendorDomains(config), llm: llmFromConfig(config, logger.child({ component: "llm" })) };
}

export function createTransport(config: Config): MailTransport {
  const choice = config.MAIL_TRANSPORT === "auto" ? (config.SMTP_URL ? "smtp" : "file") : config.MAIL_TRANSPORT;
  switch (choice) {
    case "smtp":
      if (!config.SMTP_URL) throw new AppError("CONFIG_INVALID", "MAIL_TRANSPORT=smtp needs SMTP_URL (e.g. smtps://user:pass@smtp.example.com:465)");
      return createSmtpTransport(config.SMTP_URL);
    case "ses":
      if (!config.SES_REGION) throw new AppError("CONFIG_INVALID", "MAIL_TRANSPORT=ses needs SES_REGION (e.g. eu-central-1)");
      return createSesTransport({ region: config.SES_REGION, ...(config.SES_ENDPOINT ? { endpoint: config.SES_ENDPOINT } : {}) });
    default:
      return createFileTransport(join(config.DATA_DIR, "outbox"));
  }
}

export function createParsePoolFor(config: Config): ParsePool {
  return createParsePool({ size: config.PARSE_WORKERS, timeoutMs: config.PARSE_TIMEOUT_MS, vendorDomains: vendorDomains(config) });
}

/** `parsePool` given: shared with others (tests), so closing this context leaves it running. */
export async function openAppContext(
  config: Config,
  logger: Logger,
  opts: { database?: DatabaseHandle; transport?: MailTransport; parsePool?: ParsePool } = {},
): Promise<AppContext> {
  const database = opts.database ?? (await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR }));
  try {
    await migrateToLatest(database.db);
  } catch (err) {
    await database.close();
    throw err;
  }
  const parseOptions = parseOptionsFor(config, logger);
  const transport = opts.transport ?? createTransport(config);
  const parsePool = opts.parsePool ?? createParsePoolFor(config);
  const pipeline: PipelineDeps = {
    db: database.db,
    config,
    logger,
    parse: async (raw) => withModel(await parsePool.parse(raw), parseOptions),
  };
  return {
    config,
    logger,
    database,
    parseOptions,
    parsePool,
    pipeline,
    transport,
    async close() {
      if (!opts.parsePool) await parsePool.close();
      await transport.close?.();
      await database.close();
    },
  };
}
