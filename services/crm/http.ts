// The one HTTP call both CRM clients make: JSON in and out with a bearer token and a deadline.
// A network failure or a deadline is a transient CrmError naming the CRM; the caller reads and
// classifies every answer that did arrive.
import { CrmError } from "./errors.ts";

export interface JsonCall {
  /** the CRM's name for messages ("HubSpot", "Salesforce") */
  crm: string;
  method: string;
  url: URL;
  token: string;
  body?: unknown;
  timeoutMs: number;
}

export async function callJson(doFetch: typeof fetch, c: JsonCall): Promise<Response> {
  try {
    return await doFetch(c.url, {
      method: c.method,
      headers: {
        authorization: `Bearer ${c.token}`,
        accept: "application/json",
        ...(c.body !== undefined ? { "content-type": "application/json" } : {}),
      },
      body: c.body !== undefined ? JSON.stringify(c.body) : null,
      signal: AbortSignal.timeout(c.timeoutMs),
    });
  } catch (err) {
    const timeout = err instanceof Error && (err.name === "TimeoutError" || err.name === "AbortError");
    const what = `${c.method} ${c.url.pathname}`;
    throw new CrmError(
      "transient",
      timeout
        ? `${c.crm} did not answer within ${c.timeoutMs} ms (${what})`
        : `${c.crm} unreachable: ${err instanceof Error ? err.message : String(err)}`,
      { cause: err },
    );
  }
}

/** `Retry-After` in seconds or as an HTTP date, in milliseconds from now; null without one. */
export function retryAfterHeaderMs(headers: Headers, nowMs: number): number | null {
  const ra = headers.get("retry-after");
  if (!ra) return null;
  const secs = Number(ra);
  if (Number.isFinite(secs)) return Math.max(0, secs * 1000);
  const at = Date.parse(ra);
  return Number.isFinite(at) ? Math.max(0, at - nowMs) : null;
}
