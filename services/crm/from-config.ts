// Builds the CRM adapter and the list of sync targets from the configuration.
import type { Config } from "../config/env.ts";
import { createHubSpotAdapter } from "./hubspot/adapter.ts";
import { createHubSpotClient } from "./hubspot/client.ts";
import { createSalesforceAdapter } from "./salesforce/adapter.ts";
import type { SalesforceLogin } from "./salesforce/auth.ts";
import { createSalesforceClient } from "./salesforce/client.ts";
import type { SyncTarget } from "../repos/sync-jobs.ts";
import type { CrmAdapter } from "./types.ts";

/** The target name of the one configured CRM. */
export const CRM_TARGET = "crm";

export function crmAdapterFromConfig(config: Config, opts: { fetch?: typeof fetch } = {}): CrmAdapter | null {
  if (config.CRM === "salesforce") return salesforceFromConfig(config, opts);
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
  return [
    ...(config.CRM !== "none" ? [{ target: CRM_TARGET, kind: "crm" as const }] : []),
    ...config.WEBHOOK_URLS.map((url) => ({ target: `webhook:${url}`, kind: "webhook" as const })),
  ];
}

function salesforceFromConfig(config: Config, opts: { fetch?: typeof fetch }): CrmAdapter | null {
  const clientId = config.SALESFORCE_CLIENT_ID;
  if (!clientId) return null;
  const loginUrl = config.SALESFORCE_LOGIN_URL;
  // The JWT bearer flow when a key is given (no secret to rotate), else client credentials.
  const login: SalesforceLogin | null =
    config.SALESFORCE_PRIVATE_KEY && config.SALESFORCE_USERNAME
      ? {
          flow: "jwt_bearer",
          loginUrl,
          clientId,
          username: config.SALESFORCE_USERNAME,
          privateKey: config.SALESFORCE_PRIVATE_KEY,
        }
      : config.SALESFORCE_CLIENT_SECRET
        ? { flow: "client_credentials", loginUrl, clientId, clientSecret: config.SALESFORCE_CLIENT_SECRET }
        : null;
  if (!login) return null;
  const client = createSalesforceClient({
    login,
    apiVersion: config.SALESFORCE_API_VERSION,
    timeoutMs: config.SALESFORCE_TIMEOUT_MS,
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
  });
  return createSalesforceAdapter(client, {
    stages: config.SALESFORCE_STAGES,
    customerTypes: config.SALESFORCE_CUSTOMER_TYPES,
    caseField: config.SALESFORCE_CASE_FIELD,
    accountKeyField: config.SALESFORCE_ACCOUNT_KEY_FIELD,
    activityKeyField: config.SALESFORCE_ACTIVITY_KEY_FIELD,
    partnerFields: config.SALESFORCE_PARTNER_FIELDS,
  });
}
