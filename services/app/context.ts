// The composition root for every role: database, parser, pipeline, mail transport.
import { join } from "node:path";
import { openDatabase, type DatabaseHandle } from "../../db/connection.ts";
import { migrateToLatest } from "../../db/migrate.ts";
import { vendorDomains, type Config } from "../config/env.ts";
import type { Logger } from "../core/logger.ts";
import { AppError } from "../core/errors.ts";
import { parseMessage } from "../parser/parse-message.ts";
import { llmFromConfig } from "../parser/llm/from-config.ts";
import type { ParseOptions } from "../parser/types.ts";
import type { PipelineDeps } from "../ingest/process-message.ts";
import type { MailTransport } from "../notifier/transport.ts";
import { createFileTransport } from "../notifier/transports/file.ts";
import { createSmtpTransport } from "../notifier/transports/smtp.ts";
import { createSesTransport } from "../notifier/transports/ses.ts";
import { createCrmService, type CrmService } from "../crm/crm-service.ts";
import { syncTargetsFromConfig } from "../crm/from-config.ts";
import { registerSyncTargets } from "../repos/sync-jobs-repo.ts";

export interface AppContext {
  config: Config;
  logger: Logger;
  database: DatabaseHandle;
  parseOptions: ParseOptions;
  pipeline: PipelineDeps;
  transport: MailTransport;
  crm: CrmService;
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

export async function openAppContext(config: Config, logger: Logger, opts: { database?: DatabaseHandle; transport?: MailTransport; fetch?: typeof fetch } = {}): Promise<AppContext> {
  const database = opts.database ?? (await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR }));
  try {
    await migrateToLatest(database.db);
    // case events enqueue sync jobs for exactly the configured CRM and webhook endpoints
    await registerSyncTargets(database.db, syncTargetsFromConfig(config));
  } catch (err) {
    await database.close();
    throw err;
  }
  const parseOptions = parseOptionsFor(config, logger);
  const transport = opts.transport ?? createTransport(config);
  const pipeline: PipelineDeps = {
    db: database.db,
    config,
    logger,
    parse: (raw) => parseMessage(raw, parseOptions),
  };
  const crm = createCrmService({ db: database.db, config, logger, onMailQueued: () => pipeline.onMailQueued?.(), ...(opts.fetch ? { fetch: opts.fetch } : {}) });
  if (crm.adapter) pipeline.crmPrecheck = (parsed) => crm.precheck(parsed);
  return {
    config,
    logger,
    database,
    parseOptions,
    pipeline,
    transport,
    crm,
    async close() {
      await transport.close?.();
      await database.close();
    },
  };
}
