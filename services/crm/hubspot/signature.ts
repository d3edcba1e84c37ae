// HubSpot's webhook signature v3: base64(HMAC-SHA256(client secret, method + URI + body +
// timestamp)), sent as X-HubSpot-Signature-v3 with X-HubSpot-Request-Timestamp (ms). Requests
// older than five minutes are refused, so a captured request cannot be replayed later.
import { createHmac } from "node:crypto";
import { sameSecret } from "../../core/secrets.ts";

export const MAX_SIGNATURE_AGE_MS = 5 * 60_000;

// HubSpot signs the URI with these characters decoded (its v3 documentation lists them).
const DECODE: Record<string, string> = {
  "%3A": ":",
  "%2F": "/",
  "%3F": "?",
  "%40": "@",
  "%21": "!",
  "%24": "$",
  "%27": "'",
  "%28": "(",
  "%29": ")",
  "%2A": "*",
  "%2C": ",",
  "%3B": ";",
};

export function signatureV3(
  secret: string,
  input: { method: string; uri: string; body: string; timestamp: string },
): string {
  const uri = input.uri.replace(/%(3A|2F|3F|40|21|24|27|28|29|2A|2C|3B)/gi, (m) => DECODE[m.toUpperCase()] ?? m);
  return createHmac("sha256", secret)
    .update(`${input.method}${uri}${input.body}${input.timestamp}`, "utf8")
    .digest("base64");
}

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

export function verifySignatureV3(
  secret: string,
  input: { method: string; uri: string; body: string; timestamp: string | undefined; signature: string | undefined },
  nowMs: number,
): SignatureCheck {
  if (!input.signature || !input.timestamp)
    return { ok: false, reason: "X-HubSpot-Signature-v3 and X-HubSpot-Request-Timestamp are required" };
  const ts = Number(input.timestamp);
  if (!Number.isFinite(ts) || Math.abs(nowMs - ts) > MAX_SIGNATURE_AGE_MS)
    return { ok: false, reason: "the request timestamp is more than five minutes away" };
  const expected = signatureV3(secret, {
    method: input.method,
    uri: input.uri,
    body: input.body,
    timestamp: input.timestamp,
  });
  return sameSecret(expected, input.signature) ? { ok: true } : { ok: false, reason: "signature mismatch" };
}
