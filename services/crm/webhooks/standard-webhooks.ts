// Signed webhooks in the Standard Webhooks format (standardwebhooks.com): headers webhook-id,
// webhook-timestamp (seconds) and webhook-signature `v1,<base64 HMAC-SHA256 over
// "id.timestamp.body">` with the secret `whsec_<base64>`; n8n, Zapier or any CRM can verify them.
import { createHmac } from "node:crypto";
import { errorMessage } from "../../core/errors.ts";
import { CrmError } from "../errors.ts";
import { retryAfterMs } from "../hubspot/client.ts";

export function secretBytes(whsec: string): Buffer {
  return Buffer.from(whsec.replace(/^whsec_/, ""), "base64");
}

export function signWebhook(whsec: string, id: string, timestampSeconds: number, body: string): string {
  return `v1,${createHmac("sha256", secretBytes(whsec)).update(`${id}.${timestampSeconds}.${body}`).digest("base64")}`;
}

export interface WebhookMessage {
  id: string;
  type: string;
  /** when the event happened */
  at: Date;
  data: Record<string, unknown>;
}

/** Sends one message; failures are CrmErrors so the sync outbox retries them by the same rules. */
export async function postWebhook(
  url: string,
  whsec: string,
  m: WebhookMessage,
  opts: { timeoutMs: number; now?: () => number; fetch?: typeof fetch },
): Promise<void> {
  const body = JSON.stringify({ type: m.type, timestamp: m.at.toISOString(), data: m.data });
  const ts = Math.floor((opts.now?.() ?? Date.now()) / 1000);
  let res: Response;
  try {
    res = await (opts.fetch ?? fetch)(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "webhook-id": m.id,
        "webhook-timestamp": String(ts),
        "webhook-signature": signWebhook(whsec, m.id, ts, body),
        "user-agent": "dealreg-webhooks/1",
      },
      body,
      signal: AbortSignal.timeout(opts.timeoutMs),
      redirect: "manual",
    });
  } catch (err) {
    throw new CrmError("transient", `webhook ${new URL(url).host} unreachable: ${errorMessage(err)}`, { cause: err });
  }
  await res.body?.cancel();
  if (res.status >= 200 && res.status < 300) return;
  const nowMs = opts.now?.() ?? Date.now();
  if (res.status === 429)
    throw new CrmError("rate_limited", `webhook ${new URL(url).host} answered 429`, {
      status: 429,
      retryAfterMs: retryAfterMs(res.headers, false, nowMs, 60_000),
    });
  if (res.status >= 500 || res.status === 408)
    throw new CrmError("transient", `webhook ${new URL(url).host} answered ${res.status}`, {
      status: res.status,
      retryAfterMs: retryAfterMs(res.headers, false, nowMs, null),
    });
  throw new CrmError("permanent", `webhook ${new URL(url).host} refused the message with ${res.status}`, {
    status: res.status,
  });
}
