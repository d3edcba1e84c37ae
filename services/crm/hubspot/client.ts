// A thin fetch client for the dozen HubSpot endpoints dealreg calls. The date-based API version
// lives here and nowhere else (HubSpot retires /crm/v3 and /crm/v4 paths in 2027). Answers are
// checked with zod at the call sites; errors become CrmError with HubSpot's own message.
import { z } from "zod";
import { CrmError } from "../errors.ts";
import { callJson, retryAfterHeaderMs } from "../http.ts";
import { RateWindow } from "./rate-window.ts";

/** HubSpot's date-based API version for every CRM path. */
export const HUBSPOT_API_VERSION = "2026-03";

export const paths = {
  objects: (type: string) => `/crm/objects/${HUBSPOT_API_VERSION}/${type}`,
  properties: (type: string) => `/crm/properties/${HUBSPOT_API_VERSION}/${type}`,
  pipeline: (type: string, id: string) => `/crm/pipelines/${HUBSPOT_API_VERSION}/${type}/${encodeURIComponent(id)}`,
  associateDefault: (from: string, to: string) =>
    `/crm/associations/${HUBSPOT_API_VERSION}/${from}/${to}/batch/associate/default`,
};

/** HubSpot's error body: `{ status: "error", message, correlationId, category, ... }` */
export const HubSpotErrorBody = z.object({
  status: z.literal("error").optional(),
  message: z.string(),
  correlationId: z.string().optional(),
  category: z.string().optional(),
  policyName: z.string().optional(),
});

export interface HubSpotClientOptions {
  baseUrl: string;
  token: string;
  timeoutMs: number;
  /** requests per 10-second window this client allows itself (HubSpot's private-app limit is 100 or more) */
  maxPer10s: number;
  fetch?: typeof fetch;
  now?: () => number;
}

export interface HubSpotClient {
  request<T>(
    method: "GET" | "POST" | "PATCH" | "PUT",
    path: string,
    schema: z.ZodType<T>,
    opts?: { body?: unknown; query?: Record<string, string> },
  ): Promise<{ status: number; data: T }>;
}

export function createHubSpotClient(o: HubSpotClientOptions): HubSpotClient {
  const doFetch = o.fetch ?? fetch;
  const now = o.now ?? Date.now;
  const window = new RateWindow(o.maxPer10s, 10_000, now);
  const base = o.baseUrl.replace(/\/+$/, "");

  return {
    async request(method, path, schema, opts = {}) {
      await window.take();
      const url = new URL(base + path);
      for (const [k, v] of Object.entries(opts.query ?? {})) url.searchParams.set(k, v);
      const res = await callJson(doFetch, {
        crm: "HubSpot",
        method,
        url,
        token: o.token,
        body: opts.body,
        timeoutMs: o.timeoutMs,
      });
      window.observe(res.headers);
      const text = await res.text();
      let json: unknown = null;
      try {
        json = text ? JSON.parse(text) : null;
      } catch {
        json = null;
      }
      if (res.status >= 200 && res.status < 300) {
        const parsed = schema.safeParse(json);
        if (!parsed.success)
          throw new CrmError(
            "transient",
            `HubSpot answered ${method} ${path} with an unexpected shape: ${parsed.error.issues[0]?.message ?? "?"}`,
            { status: res.status },
          );
        return { status: res.status, data: parsed.data };
      }
      throw errorFor(res, json, `${method} ${path}`, now());
    },
  };
}

function errorFor(res: Response, json: unknown, what: string, nowMs: number): CrmError {
  const body = HubSpotErrorBody.safeParse(json);
  const message = body.success ? body.data.message : `HTTP ${res.status} without an error body`;
  const correlationId = body.success ? (body.data.correlationId ?? null) : null;
  const common = { status: res.status, correlationId };
  if (res.status === 429) {
    const daily = body.success && body.data.policyName === "DAILY";
    return new CrmError("rate_limited", `HubSpot rate limit (${what}): ${message}`, {
      ...common,
      retryAfterMs: retryAfterMs(res.headers, daily, nowMs),
    });
  }
  if (res.status >= 500 || res.status === 408)
    return new CrmError("transient", `HubSpot ${res.status} (${what}): ${message}`, {
      ...common,
      retryAfterMs: retryAfterMs(res.headers, false, nowMs, null),
    });
  return new CrmError("permanent", `HubSpot ${res.status} (${what}): ${message}`, common);
}

/** Retry-After (seconds or an HTTP date) first; else the rate-limit interval; a daily limit waits for midnight UTC. */
export function retryAfterMs(
  headers: Headers,
  daily: boolean,
  nowMs: number,
  fallback: number | null = 10_000,
): number | null {
  const fromHeader = retryAfterHeaderMs(headers, nowMs);
  if (fromHeader !== null) return fromHeader;
  if (daily) {
    const d = new Date(nowMs);
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1) - nowMs;
  }
  const interval = Number(headers.get("x-hubspot-ratelimit-interval-milliseconds"));
  return Number.isFinite(interval) && interval > 0 ? interval : fallback;
}
