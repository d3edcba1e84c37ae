// One table of the ways an SNS/SES delivery can be refused, each with the HTTP status the
// route answers. 4xx: the input is malformed (400) or not provably from our SNS topic (403);
// 5xx: our side failed, so SNS should retry later.

export const SES_INBOUND_ERRORS = {
  invalid_json: { status: 400, message: "the body is not JSON" },
  invalid_envelope: { status: 400, message: "the body is not an SNS message" },
  invalid_notification: { status: 400, message: "the SNS Message is not an SES receipt notification" },
  message_too_large: { status: 413, message: "the e-mail is larger than the configured limit" },
  unsupported_signature_version: { status: 403, message: "unsupported SNS SignatureVersion" },
  topic_not_allowed: { status: 403, message: "the TopicArn is not in SES_TOPIC_ARNS" },
  stale_message: { status: 403, message: "the SNS Timestamp is outside the accepted window" },
  invalid_cert_url: { status: 403, message: "the SigningCertURL is not an SNS certificate URL" },
  invalid_certificate: { status: 403, message: "the signing certificate is unusable" },
  invalid_signature: { status: 403, message: "the SNS signature does not verify" },
  invalid_subscribe_url: { status: 403, message: "the SubscribeURL is not an SNS URL" },
  cert_unavailable: { status: 503, message: "the signing certificate could not be fetched" },
  subscription_confirm_failed: { status: 502, message: "confirming the SNS subscription failed" },
  s3_fetch_failed: { status: 500, message: "the e-mail could not be read from S3" },
  s3_not_configured: { status: 500, message: "an S3 action arrived but no S3 client is configured" },
  store_failed: { status: 500, message: "the e-mail could not be stored" },
} as const;

export type SesInboundErrorCode = keyof typeof SES_INBOUND_ERRORS;

export class SesInboundError extends Error {
  readonly code: SesInboundErrorCode;
  readonly status: number;
  constructor(code: SesInboundErrorCode, detail?: string, opts?: { cause?: unknown }) {
    const base = SES_INBOUND_ERRORS[code];
    super(detail ? `${base.message}: ${detail}` : base.message, { cause: opts?.cause });
    this.name = "SesInboundError";
    this.code = code;
    this.status = base.status;
  }
}
