// Slack's request signing (v0): HMAC-SHA256 with the app's signing secret over
// `v0:<X-Slack-Request-Timestamp>:<raw body>`, sent as `X-Slack-Signature: v0=<hex>`.
// Requests older (or newer) than five minutes are refused so a captured request cannot be replayed.
// Pure: the caller passes the raw bytes exactly as received and the clock.
import { createHmac } from "node:crypto";
import { sameSecret } from "../core/secrets.ts";

export const MAX_SKEW_SECONDS = 5 * 60;

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

export interface SignedRequest {
  signingSecret: string;
  timestamp: string | undefined;
  signature: string | undefined;
  rawBody: Buffer;
  now: Date;
}

export function slackSignature(signingSecret: string, timestamp: string, rawBody: Buffer): string {
  const mac = createHmac("sha256", signingSecret);
  mac.update(`v0:${timestamp}:`);
  mac.update(rawBody);
  return `v0=${mac.digest("hex")}`;
}

export function verifySlackSignature(req: SignedRequest): SignatureCheck {
  if (!req.timestamp || !/^\d{1,12}$/.test(req.timestamp))
    return { ok: false, reason: "missing or malformed X-Slack-Request-Timestamp" };
  if (!req.signature || !req.signature.startsWith("v0="))
    return { ok: false, reason: "missing or malformed X-Slack-Signature" };
  const skew = Math.abs(req.now.getTime() / 1000 - Number(req.timestamp));
  if (skew > MAX_SKEW_SECONDS) return { ok: false, reason: "request timestamp is more than 5 minutes off (replay?)" };
  const expected = slackSignature(req.signingSecret, req.timestamp, req.rawBody);
  return sameSecret(expected, req.signature) ? { ok: true } : { ok: false, reason: "signature does not match" };
}
