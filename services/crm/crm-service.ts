// The CRM side of dealreg put together from the configuration: the adapter, the sync outbox's
// handlers, the poll and CRM decisions. The composition root (services/app) holds one.
import type { Database } from "../../db/connection.ts";
import type { Config } from "../config/env.ts";
import type { Logger } from "../core/logger.ts";
import { applyCrmDecisions } from "./apply-crm-decisions.ts";
import { crmAdapterFromConfig } from "./from-config.ts";
import { pollCrmChanges } from "./poll-changes.ts";
import type { TargetKind } from "../repos/sync-jobs.ts";
import { crmJobHandler, runDueSyncJobs, type SyncSummary, type SyncWorkerDeps } from "./sync-worker.ts";
import type { CrmAdapter, CrmDecisionChange } from "./types.ts";
import type { ParsedMessage } from "../parser/types.ts";
import { refreshCrmConflicts } from "./conflict-check.ts";
import { webhookJobHandler } from "./webhooks/webhook-job.ts";

export interface CrmService {
  adapter: CrmAdapter | null;
  /** fills the conflict cache for a registration's domain before its transaction */
  precheck(parsed: ParsedMessage): Promise<void>;
  /** true when anything (CRM or webhooks) is configured */
  enabled: boolean;
  runDueJobs(batch?: number): Promise<SyncSummary>;
  /** decisions taken in the CRM since the last poll; null without a CRM */
  poll(): Promise<{ seen: number; decided: number } | null>;
  applyDecisions(changes: CrmDecisionChange[]): Promise<{ decided: number; unchanged: number }>;
}

export interface CrmServiceDeps {
  db: Database;
  config: Config;
  logger: Logger;
  onMailQueued?: () => void;
  fetch?: typeof fetch;
  /** lease of a claimed job; a killed worker's jobs are taken over after it */
  leaseSeconds?: number;
}

export function createCrmService(deps: CrmServiceDeps): CrmService {
  const { db, config } = deps;
  const logger = deps.logger.child({ component: "crm" });
  const adapter = crmAdapterFromConfig(config, deps.fetch ? { fetch: deps.fetch } : {});
  const handlers: Partial<Record<TargetKind, SyncWorkerDeps["handlers"]["crm"]>> = {};
  if (adapter)
    handlers.crm = crmJobHandler({ db, adapter, publicUrl: config.PUBLIC_URL, inboundAddress: config.INBOUND_ADDRESS });
  if (config.WEBHOOK_URLS.length && config.WEBHOOK_SECRET)
    handlers.webhook = webhookJobHandler({
      db,
      secret: config.WEBHOOK_SECRET,
      timeoutMs: 10_000,
      ...(deps.fetch ? { fetch: deps.fetch } : {}),
    });
  const decisionDeps = { db, config, logger, ...(deps.onMailQueued ? { onMailQueued: deps.onMailQueued } : {}) };
  return {
    adapter,
    async precheck(parsed) {
      const domain = parsed.output.kind === "registration" ? parsed.output.registration?.company.domain : null;
      if (adapter && domain)
        await refreshCrmConflicts({ db, adapter, ttlMinutes: config.CRM_CONFLICT_TTL_MINUTES, logger }, domain);
    },
    enabled: Object.keys(handlers).length > 0,
    runDueJobs: (batch) =>
      runDueSyncJobs({ db, logger, handlers, leaseSeconds: deps.leaseSeconds ?? config.CRM_SYNC_LEASE_SECONDS }, batch),
    poll: () => (adapter ? pollCrmChanges({ ...decisionDeps, adapter }) : Promise.resolve(null)),
    applyDecisions: (changes) => applyCrmDecisions(decisionDeps, changes),
  };
}
