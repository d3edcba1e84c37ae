// The JSON document SNS POSTs to an HTTPS subscriber, per the SNS developer guide
// ("HTTP/HTTPS notification JSON format" and "subscription confirmation JSON format").
import { z } from "zod";

const common = {
  MessageId: z.string().min(1),
  TopicArn: z.string().min(1),
  Message: z.string(),
  Timestamp: z.string().min(1),
  // kept as a string: an unknown version must be refused as a forgery (403), not as malformed input
  SignatureVersion: z.string().min(1),
  Signature: z.string().min(1),
  SigningCertURL: z.string().min(1),
};

export const SnsNotification = z.object({
  ...common,
  Type: z.literal("Notification"),
  // "if present": null counts as absent, as in AWS's own SDK verifiers
  Subject: z.string().nullish(),
  UnsubscribeURL: z.string().optional(),
});

export const SnsSubscriptionMessage = z.object({
  ...common,
  Type: z.enum(["SubscriptionConfirmation", "UnsubscribeConfirmation"]),
  Token: z.string().min(1),
  SubscribeURL: z.string().min(1),
});

export const SnsEnvelope = z.discriminatedUnion("Type", [SnsNotification, SnsSubscriptionMessage]);
export type SnsEnvelope = z.infer<typeof SnsEnvelope>;
export type SnsNotification = z.infer<typeof SnsNotification>;
export type SnsSubscriptionMessage = z.infer<typeof SnsSubscriptionMessage>;
