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
import { stripTeamWords } from "../parser/vendor.ts";
import type { PipelineDeps } from "../ingest/process-message.ts";
import type { MailTransport } from "../notifier/transport.ts";
import { createFileTransport } from "../notifier/transports/file.ts";
import { createSmtpTransport } from "../notifier/transports/smtp.ts";
import { createSesTransport } from "../notifier/transports/ses.ts";
import { createCrmService, type CrmService } from "../crm/crm-service.ts";
import { syncTargetsFromConfig } from "../crm/from-config.ts";
import { registerSyncTargets } from "../repos/sync-jobs-repo.ts";
import { slackFromConfig, type SlackSetup } from "../slack/from-config.ts";
import { issueFirmLink, newCaseLink } from "../partners/status-tokens.ts";

export interface AppContext {
  config: Config;
  logger: Logger;
  database: DatabaseHandle;
  parseOptions: ParseOptions;
  parsePool: ParsePool;
  pipeline: PipelineDeps;
  transport: MailTransport;
  crm: CrmService;
  /** null without SLACK_BOT_TOKEN / SLACK_WEBHOOK_URL */
  slack: SlackSetup | null;
  close(): Promise<void>;
}

/** What the rules need to know of the vendor (the parse workers get just this). */
export function ruleParseOptions(config: Config): Omit<ParseOptions, "llm"> {
  const name = vendorName(config);
  return {
    vendorDomains: vendorDomains(config),
    vendorNames: name ? [name] : [],
    vendorProducts: [...config.VENDOR_PRODUCTS],
    maxRowsPerMail: config.ATTACHMENT_ROWS_PER_MAIL,
  };
}

export function parseOptionsFor(config: Config, logger: Logger): ParseOptions {
  return { ...ruleParseOptions(config), llm: llmFromConfig(config, logger.child({ component: "llm" })) };
}

/** VENDOR_NAME, else the display name of MAIL_FROM without its team words ("Acme Partner Team" -> "Acme"). */
export function vendorName(config: Config): string | null {
  if (config.VENDOR_NAME) return config.VENDOR_NAME;
  const lt = config.MAIL_FROM.indexOf("<");
  const display = lt > 0 ? config.MAIL_FROM.slice(0, lt).trim().replace(/^"|"$/g, "").trim() : "";
  return stripTeamWords(display);
}

export function createTransport(config: Config): MailTransport {
  const choice = config.MAIL_TRANSPORT === "auto" ? (config.SMTP_URL ? "smtp" : "file") : config.MAIL_TRANSPORT;
  switch (choice) {
    case "smtp":
      if (!config.SMTP_URL)
        throw new AppError(
          "CONFIG_INVALID",
          "MAIL_TRANSPORT=smtp needs SMTP_URL (e.g. smtps://user:pass@smtp.example.com:465)",
        );
      return createSmtpTransport(config.SMTP_URL);
    case "ses":
      if (!config.SES_REGION)
        throw new AppError("CONFIG_INVALID", "MAIL_TRANSPORT=ses needs SES_REGION (e.g. eu-central-1)");
      return createSesTransport({
        region: config.SES_REGION,
        ...(config.SES_ENDPOINT ? { endpoint: config.SES_ENDPOINT } : {}),
      });
    default:
      return createFileTransport(join(config.DATA_DIR, "outbox"));
  }
}

export function createParsePoolFor(config: Config): ParsePool {
  return createParsePool({
    size: config.PARSE_WORKERS,
    timeoutMs: config.PARSE_TIMEOUT_MS,
    ...ruleParseOptions(config),
  });
}

/** `parsePool` given: shared with others (tests), so closing this context leaves it running. */
export async function openAppContext(
  config: Config,
  logger: Logger,
  opts: { database?: DatabaseHandle; transport?: MailTransport; parsePool?: ParsePool; fetch?: typeof fetch } = {},
): Promise<AppContext> {
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
  const parsePool = opts.parsePool ?? createParsePoolFor(config);
  const pipeline: PipelineDeps = {
    db: database.db,
    config,
    logger,
    parse: async (raw) => withModel(await parsePool.parse(raw), parseOptions),
  };
  const crm = createCrmService({
    db: database.db,
    config,
    logger,
    onMailQueued: () => pipeline.onMailQueued?.(),
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
  });
  if (crm.adapter) pipeline.crmPrecheck = (parsed) => crm.precheck(parsed);
  // status page links in acknowledgements and status answers (services/partners)
  pipeline.statusLink = (c) => newCaseLink(config, c);
  pipeline.firmPageUrl = (trx, key) => issueFirmLink(trx, config, key);
  const slack = slackFromConfig({ db: database.db, config, logger, onMailQueued: () => pipeline.onMailQueued?.() });
  return {
    config,
    logger,
    database,
    parseOptions,
    parsePool,
    pipeline,
    transport,
    crm,
    slack,
    async close() {
      if (!opts.parsePool) await parsePool.close();
      await transport.close?.();
      await database.close();
    },
  };
}
