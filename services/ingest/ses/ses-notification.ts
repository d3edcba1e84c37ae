// The SES receipt notification carried in a verified SNS Message, and how to get the raw mail
// out of it: inline (SNS action, at most 150 KB) or from the bucket (S3 action).
// Field layout: SES developer guide, "Contents of notifications for Amazon SES email receiving".
import type { S3Client } from "@aws-sdk/client-s3";
import { z } from "zod";
import { isRecord } from "../../core/guards.ts";
import type { InboundSource, SesVerdicts } from "../source.ts";
import { SesInboundError } from "./errors.ts";
import { DEFAULT_MAX_MAIL_BYTES, fetchS3Mail } from "./fetch-s3-mail.ts";

export { SnsEnvelope, SnsNotification, SnsSubscriptionMessage } from "./sns-envelope.ts";

const Verdict = z.object({ status: z.string() }).nullish();

const SnsAction = z.object({
  type: z.literal("SNS"),
  topicArn: z.string().optional(),
  // SES writes "UTF8" or "BASE64"; the receipt rule setting defaults to UTF-8
  encoding: z.enum(["UTF8", "BASE64"]).default("UTF8"),
});

const S3Action = z.object({
  type: z.literal("S3"),
  topicArn: z.string().optional(),
  bucketName: z.string().min(1),
  // the full key of the object, prefix included
  objectKey: z.string().min(1),
  objectKeyPrefix: z.string().optional(),
});

export const SesReceivedNotification = z.object({
  notificationType: z.literal("Received"),
  mail: z.object({
    messageId: z.string().min(1).max(256),
    timestamp: z.string().optional(),
    source: z.string().optional(),
    destination: z.array(z.string()).optional(),
  }),
  receipt: z.object({
    spfVerdict: Verdict,
    dkimVerdict: Verdict,
    dmarcVerdict: Verdict,
    spamVerdict: Verdict,
    virusVerdict: Verdict,
    action: z.discriminatedUnion("type", [SnsAction, S3Action]),
  }),
  content: z.string().optional(),
});
export type SesReceivedNotification = z.infer<typeof SesReceivedNotification>;

export type ParsedSesMessage =
  | { kind: "received"; notification: SesReceivedNotification }
  // other SES notifications (setup tests, bounce/complaint feedback on a shared topic)
  | { kind: "other"; notificationType: string };

/** Parses the Message of a verified SNS Notification. */
export function parseSesMessage(message: string): ParsedSesMessage {
  let json: unknown;
  try {
    json = JSON.parse(message);
  } catch {
    throw new SesInboundError("invalid_notification", "Message is not JSON");
  }
  const type = isRecord(json) ? json.notificationType : undefined;
  if (type !== "Received") {
    return { kind: "other", notificationType: typeof type === "string" ? type.slice(0, 64) : "unknown" };
  }
  const parsed = SesReceivedNotification.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SesInboundError("invalid_notification", issue ? `${issue.path.join(".")}: ${issue.message}` : undefined);
  }
  return { kind: "received", notification: parsed.data };
}

export function sesVerdicts(n: SesReceivedNotification): SesVerdicts {
  const r = n.receipt;
  return {
    spf: r.spfVerdict?.status ?? null,
    dkim: r.dkimVerdict?.status ?? null,
    dmarc: r.dmarcVerdict?.status ?? null,
    spam: r.spamVerdict?.status ?? null,
    virus: r.virusVerdict?.status ?? null,
  };
}

export interface SesMailDeps {
  /** needed for the S3 action only */
  s3?: S3Client;
  maxBytes?: number;
}

/** The raw mail of a Received notification and where it came from. */
export async function sesNotificationToInbound(
  n: SesReceivedNotification,
  deps: SesMailDeps = {},
): Promise<{ raw: Buffer; source: InboundSource }> {
  const maxBytes = deps.maxBytes ?? DEFAULT_MAX_MAIL_BYTES;
  const raw = await rawMail(n, deps.s3, maxBytes);
  return { raw, source: { kind: "ses", sesMessageId: n.mail.messageId, verdicts: sesVerdicts(n) } };
}

async function rawMail(n: SesReceivedNotification, s3: S3Client | undefined, maxBytes: number): Promise<Buffer> {
  const action = n.receipt.action;
  if (action.type === "S3") {
    if (!s3) throw new SesInboundError("s3_not_configured");
    return fetchS3Mail(s3, { bucket: action.bucketName, key: action.objectKey }, maxBytes);
  }
  if (n.content === undefined) throw new SesInboundError("invalid_notification", "SNS action without content");
  const raw = action.encoding === "BASE64" ? Buffer.from(n.content, "base64") : Buffer.from(n.content, "utf8");
  if (raw.length > maxBytes) throw new SesInboundError("message_too_large", `${raw.length} bytes`);
  if (raw.length === 0) throw new SesInboundError("invalid_notification", "empty content");
  return raw;
}
