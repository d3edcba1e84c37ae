// A thin fetch client for the few Salesforce REST endpoints dealreg calls. The API version
// lives in one place (SALESFORCE_API_VERSION); answers are checked with zod at the call sites;
// errors become CrmError with Salesforce's own errorCode and message.
import type { z } from "zod";
import { CrmError } from "../errors.ts";
import { callJson, retryAfterHeaderMs } from "../http.ts";
import { logIn, type SalesforceLogin, type SalesforceSession } from "./auth.ts";
import { MultipleChoices, RestErrors } from "./schemas.ts";

export interface SalesforceClientOptions {
  login: SalesforceLogin;
  /** e.g. `v62.0` */
  apiVersion: string;
  timeoutMs: number;
  fetch?: typeof fetch;
  now?: () => number;
}

export interface SalesforceClient {
  /** `path` below /services/data/<version> (e.g. `/sobjects/Account`), or a full `/services/data/...` path from Salesforce itself */
  request<T>(
    method: "GET" | "POST" | "PATCH",
    path: string,
    schema: z.ZodType<T>,
    opts?: { body?: unknown; query?: Record<string, string> },
  ): Promise<{ status: number; data: T }>;
  /** the org's own address (from the login), for links to records */
  instanceUrl(): Promise<string>;
}

/** The daily API limit is a rolling 24 hours: try again in an hour rather than hammer it. */
const DAILY_LIMIT_RETRY_MS = 60 * 60_000;
/** Errors that a second attempt can clear: record locks, a unique value written by a racing request. */
const TRANSIENT_CODES = new Set(["UNABLE_TO_LOCK_ROW", "DUPLICATE_VALUE", "SERVER_UNAVAILABLE", "QUERY_TIMEOUT"]);

export function createSalesforceClient(o: SalesforceClientOptions): SalesforceClient {
  const doFetch = o.fetch ?? fetch;
  const now = o.now ?? Date.now;
  let session: Promise<SalesforceSession> | null = null;
  const currentSession = () =>
    (session ??= logIn(o.login, { fetch: doFetch, timeoutMs: o.timeoutMs, now }).catch((err: unknown) => {
      session = null;
      throw err;
    }));

  async function once(
    s: SalesforceSession,
    method: string,
    path: string,
    opts: { body?: unknown; query?: Record<string, string> },
  ): Promise<Response> {
    const url = new URL(path.startsWith("/services/") ? path : `/services/data/${o.apiVersion}${path}`, s.instanceUrl);
    for (const [k, v] of Object.entries(opts.query ?? {})) url.searchParams.set(k, v);
    return callJson(doFetch, {
      crm: "Salesforce",
      method,
      url,
      token: s.accessToken,
      body: opts.body,
      timeoutMs: o.timeoutMs,
    });
  }

  return {
    instanceUrl: async () => (await currentSession()).instanceUrl,
    async request(method, path, schema, opts = {}) {
      let s = await currentSession();
      let res = await once(s, method, path, opts);
      let text = await res.text();
      if (res.status === 401) {
        // Sessions expire (timeout, revoked, password change): log in once more, then give up.
        session = null;
        s = await currentSession();
        res = await once(s, method, path, opts);
        text = await res.text();
      }
      const json = parseJson(text);
      const what = `${method} ${path.split("?")[0]}`;
      if (res.status >= 200 && res.status < 300) {
        const parsed = schema.safeParse(json ?? {});
        if (!parsed.success)
          throw new CrmError(
            "transient",
            `Salesforce answered ${what} with an unexpected shape: ${parsed.error.issues[0]?.message ?? "?"}`,
            { status: res.status },
          );
        return { status: res.status, data: parsed.data };
      }
      throw errorFor(res, json, what, now());
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}

function errorFor(res: Response, json: unknown, what: string, nowMs: number): CrmError {
  if (res.status === 300) {
    const urls = MultipleChoices.safeParse(json);
    const ids = urls.success ? urls.data.map((u) => u.split("/").pop()).join(", ") : "?";
    return new CrmError(
      "permanent",
      `Salesforce found several records with the same external id (${what}): ${ids}. Merge or delete the duplicates, then retry.`,
      { status: 300 },
    );
  }
  const errors = RestErrors.safeParse(json);
  const first = errors.success ? errors.data[0] : undefined;
  const message = first ? `${first.errorCode}: ${first.message}` : `HTTP ${res.status} without an error body`;
  const common = { status: res.status };
  const retryAfter = retryAfterHeaderMs(res.headers, nowMs);
  if (res.status === 429 || first?.errorCode === "REQUEST_LIMIT_EXCEEDED") {
    return new CrmError("rate_limited", `Salesforce API limit (${what}): ${message}`, {
      ...common,
      retryAfterMs: retryAfter ?? (first?.errorCode === "REQUEST_LIMIT_EXCEEDED" ? DAILY_LIMIT_RETRY_MS : 10_000),
    });
  }
  if (res.status >= 500 || (first && TRANSIENT_CODES.has(first.errorCode)))
    return new CrmError("transient", `Salesforce ${res.status} (${what}): ${message}`, {
      ...common,
      retryAfterMs: retryAfter,
    });
  return new CrmError("permanent", `Salesforce ${res.status} (${what}): ${message}`, common);
}
