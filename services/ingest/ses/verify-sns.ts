// Proves that an SNS message was signed by SNS for one of our topics, before anything in it
// is trusted. Cheap checks (shape, version, topic, age, URL) run before the certificate fetch.
import { createCertCache, defaultFetchCert, type FetchCert } from "./cert-cache.ts";
import { SesInboundError } from "./errors.ts";
import { SIGNATURE_ALGORITHMS, signatureMatches } from "./sns-signature.ts";
import { SnsEnvelope } from "./sns-envelope.ts";
import { signingCertUrl } from "./sns-urls.ts";

export interface SnsVerifierOptions {
  /** SES_TOPIC_ARNS: the only topics accepted; empty means every message is refused. */
  topicArns: readonly string[];
  fetchCert?: FetchCert;
  now?: () => Date;
  /** oldest accepted Timestamp; SNS's own guidance is one hour */
  maxAgeMs?: number;
  /** how far in the future a Timestamp may be (clock skew) */
  maxSkewMs?: number;
  certCacheSize?: number;
}

export type SnsVerifier = (body: unknown) => Promise<SnsEnvelope>;

const HOUR = 60 * 60 * 1000;

export function createSnsVerifier(opts: SnsVerifierOptions): SnsVerifier {
  const allowed = new Set(opts.topicArns);
  const now = opts.now ?? (() => new Date());
  const maxAgeMs = opts.maxAgeMs ?? HOUR;
  const maxSkewMs = opts.maxSkewMs ?? 5 * 60 * 1000;
  const certs = createCertCache(opts.fetchCert ?? defaultFetchCert(), opts.certCacheSize);

  return async (body) => {
    const parsed = SnsEnvelope.safeParse(body);
    if (!parsed.success) throw new SesInboundError("invalid_envelope", parsed.error.issues[0]?.message);
    const msg = parsed.data;

    if (!SIGNATURE_ALGORITHMS.has(msg.SignatureVersion)) {
      throw new SesInboundError("unsupported_signature_version");
    }
    if (!allowed.has(msg.TopicArn)) {
      throw new SesInboundError(
        "topic_not_allowed",
        allowed.size === 0 ? "SES_TOPIC_ARNS is empty, so every topic is refused" : undefined,
      );
    }
    const at = now();
    const sent = Date.parse(msg.Timestamp);
    if (Number.isNaN(sent) || at.getTime() - sent > maxAgeMs || sent - at.getTime() > maxSkewMs) {
      throw new SesInboundError("stale_message");
    }
    const certUrl = signingCertUrl(msg.SigningCertURL, msg.TopicArn);
    if (!certUrl) throw new SesInboundError("invalid_cert_url");

    const key = await certs.get(certUrl, at);
    if (!signatureMatches(msg, key)) throw new SesInboundError("invalid_signature");
    return msg;
  };
}
