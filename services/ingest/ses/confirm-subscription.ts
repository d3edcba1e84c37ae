// Confirms an SNS subscription by visiting its SubscribeURL, only once the message has been
// verified and its topic is ours, and only on the SNS endpoint of the topic's region.
import { SesInboundError } from "./errors.ts";
import type { SnsSubscriptionMessage } from "./sns-envelope.ts";
import { subscribeUrl } from "./sns-urls.ts";

export type ConfirmSubscription = (url: string) => Promise<void>;

/** Default: a GET with redirects refused and a timeout. */
export function defaultConfirmSubscription(timeoutMs = 10_000): ConfirmSubscription {
  return async (url) => {
    const res = await fetch(url, { redirect: "error", signal: AbortSignal.timeout(timeoutMs) });
    await res.body?.cancel();
    if (!res.ok) throw new Error(`ConfirmSubscription answered HTTP ${res.status}`);
  };
}

/** `msg` must come from the SNS verifier. Returns the URL that was confirmed. */
export async function confirmVerifiedSubscription(
  msg: SnsSubscriptionMessage,
  confirm: ConfirmSubscription,
): Promise<string> {
  const url = subscribeUrl(msg.SubscribeURL, msg.TopicArn);
  if (!url) throw new SesInboundError("invalid_subscribe_url");
  try {
    await confirm(url);
  } catch (err) {
    throw new SesInboundError("subscription_confirm_failed", undefined, { cause: err });
  }
  return url;
}
