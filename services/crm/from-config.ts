// Builds the CRM adapter and the list of sync targets from the configuration.
import type { Config } from "../config/env.ts";
import { createHubSpotAdapter } from "./hubspot/adapter.ts";
import { createHubSpotClient } from "./hubspot/client.ts";
import type { SyncTarget } from "../repos/sync-jobs.ts";
import type { CrmAdapter } from "./types.ts";

/** The target name of the one configured CRM. */
export const CRM_TARGET = "crm";

export function crmAdapterFromConfig(config: Config, opts: { fetch?: typeof fetch } = {}): CrmAdapter | null {
  if (config.CRM !== "hubspot" || !config.HUBSPOT_TOKEN) return null;
  const client = createHubSpotClient({
    baseUrl: config.HUBSPOT_BASE_URL,
    token: config.HUBSPOT_TOKEN,
    timeoutMs: config.HUBSPOT_TIMEOUT_MS,
    maxPer10s: config.HUBSPOT_MAX_REQUESTS_PER_10S,
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
  });
  return createHubSpotAdapter(client, {
    pipeline: config.HUBSPOT_PIPELINE,
    stages: config.HUBSPOT_STAGES,
    customerStages: config.HUBSPOT_CUSTOMER_STAGES,
    portalId: config.HUBSPOT_PORTAL_ID ?? null,
  });
}

export function syncTargetsFromConfig(config: Config): SyncTarget[] {
  return [...(config.CRM !== "none" ? [{ target: CRM_TARGET, kind: "crm" as const }] : []), ...config.WEBHOOK_URLS.map((url) => ({ target: `webhook:${url}`, kind: "webhook" as const }))];
}
