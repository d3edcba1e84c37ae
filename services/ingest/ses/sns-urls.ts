// Which URLs an SNS message may make us fetch. Both the signing certificate and the
// subscription confirmation must live on the SNS endpoint of the topic's own region; anything
// else (other hosts, look-alike suffixes, S3, plain http, userinfo, odd ports) is a forgery.

// sns.<region>.amazonaws.com or sns.<region>.amazonaws.com.cn, exactly.
const SNS_HOST = /^sns\.([a-z]{2}(?:-[a-z]+)+-\d+)\.amazonaws\.com(?:\.cn)?$/;
const TOPIC_ARN = /^arn:aws(?:-cn|-us-gov)?:sns:([a-z]{2}(?:-[a-z]+)+-\d+):\d{12}:[A-Za-z0-9_.-]{1,256}$/;

/** The region of an SNS topic ARN, or null when the string is not one. */
export function topicRegion(topicArn: string): string | null {
  return TOPIC_ARN.exec(topicArn)?.[1] ?? null;
}

/** Parses `raw` and returns the region of its SNS host, or null when it is not a plain https SNS URL. */
function snsUrl(raw: string): { url: URL; region: string } | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" || url.username !== "" || url.password !== "" || url.port !== "") return null;
  const region = SNS_HOST.exec(url.hostname)?.[1];
  return region ? { url, region } : null;
}

/**
 * The normalised certificate URL to fetch, or null when `raw` is not
 * https://sns.<region of the topic>.amazonaws.com[.cn]/….pem with no query or fragment.
 */
export function signingCertUrl(raw: string, topicArn: string): string | null {
  const parsed = snsUrl(raw);
  if (!parsed || parsed.region !== topicRegion(topicArn)) return null;
  const { url } = parsed;
  if (!url.pathname.endsWith(".pem") || url.search !== "" || url.hash !== "") return null;
  return url.href;
}

/**
 * The normalised SubscribeURL to GET, or null unless it is the ConfirmSubscription action of
 * this very topic on the SNS endpoint of its region.
 */
export function subscribeUrl(raw: string, topicArn: string): string | null {
  const parsed = snsUrl(raw);
  if (!parsed || parsed.region !== topicRegion(topicArn)) return null;
  const { url } = parsed;
  if (url.pathname !== "/" || url.hash !== "") return null;
  if (url.searchParams.get("Action") !== "ConfirmSubscription") return null;
  if (url.searchParams.get("TopicArn") !== topicArn || !url.searchParams.get("Token")) return null;
  return url.href;
}
