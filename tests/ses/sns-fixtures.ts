// Test material for SNS: a self-signed RSA certificate made with openssl (node:crypto has no
// X.509 generator), and SNS messages in the documented field layout, signed with its key.
import { execFileSync } from "node:child_process";
import { createSign } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { canonicalString } from "../../services/ingest/ses/sns-signature.ts";
import type { SnsEnvelope } from "../../services/ingest/ses/sns-envelope.ts";

export interface TestCert {
  certPem: string;
  keyPem: string;
}

export function makeSelfSignedCert(cn = "sns.amazonaws.com"): TestCert {
  const dir = mkdtempSync(join(tmpdir(), "dealreg-sns-"));
  try {
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-sha256",
        "-days",
        "2",
        "-subj",
        `/CN=${cn}`,
        "-keyout",
        join(dir, "key.pem"),
        "-out",
        join(dir, "cert.pem"),
      ],
      { stdio: "ignore" },
    );
    return {
      certPem: readFileSync(join(dir, "cert.pem"), "utf8"),
      keyPem: readFileSync(join(dir, "key.pem"), "utf8"),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const REGION = "us-east-1";
export const TOPIC_ARN = "arn:aws:sns:us-east-1:123456789012:dealreg-inbound";
export const CERT_URL =
  "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-9c6465fa7f48f5cacd23014631ec1136.pem";

type Unsigned<T> = Omit<T, "Signature" | "SignatureVersion" | "SigningCertURL">;

/** Signs with the given key the way SNS does (v1 = SHA1withRSA, v2 = SHA256withRSA). */
export function signSns<T extends Unsigned<SnsEnvelope>>(
  msg: T,
  keyPem: string,
  opts: { version?: "1" | "2"; certUrl?: string } = {},
): T & { SignatureVersion: string; Signature: string; SigningCertURL: string } {
  const version = opts.version ?? "1";
  const full = { ...msg, SignatureVersion: version, Signature: "", SigningCertURL: opts.certUrl ?? CERT_URL };
  const signer = createSign(version === "1" ? "RSA-SHA1" : "RSA-SHA256");
  signer.update(canonicalString(full as SnsEnvelope), "utf8");
  return { ...full, Signature: signer.sign(keyPem, "base64") };
}

/** An unsigned SNS Notification carrying `message`, sent at `timestamp`. */
export function notification(message: string, timestamp = new Date(), subject?: string) {
  return {
    Type: "Notification" as const,
    MessageId: "22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324",
    TopicArn: TOPIC_ARN,
    ...(subject !== undefined ? { Subject: subject } : {}),
    Message: message,
    Timestamp: timestamp.toISOString(),
    UnsubscribeURL: `https://sns.${REGION}.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=${TOPIC_ARN}:c9135db0`,
  };
}

export function subscriptionConfirmation(timestamp = new Date(), topicArn = TOPIC_ARN) {
  const token =
    "2336412f37fb687f5d51e6e241d09c805a5a57b30d712f794cc5f6a988666d92768dd60a747ba6f3beb71854e285d6ad02428b09ceece29417f1f02d609c582afbacc99c583a916b9981dd2728f4ae6fdb82efd087cc3b7849e05798d2d2785c03b0879594eeac82c01f235d0e717736";
  return {
    Type: "SubscriptionConfirmation" as const,
    MessageId: "165545c9-2a5c-472c-8df2-7ff2be2b3b1b",
    Token: token,
    TopicArn: topicArn,
    Message: `You have chosen to subscribe to the topic ${topicArn}.\nTo confirm the subscription, visit the SubscribeURL included in this message.`,
    SubscribeURL: `https://sns.${REGION}.amazonaws.com/?Action=ConfirmSubscription&TopicArn=${topicArn}&Token=${token}`,
    Timestamp: timestamp.toISOString(),
  };
}

export const RAW_MAIL = Buffer.from(
  [
    "Return-Path: <anna@partner.example>",
    "From: Anna Partner <anna@partner.example>",
    "To: partners@vendor.example",
    "Subject: Deal registration: Globex GmbH",
    "Message-ID: <reg-1@partner.example>",
    "Date: Fri, 11 Sep 2015 20:32:32 +0000",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=UTF-8",
    "Content-Transfer-Encoding: 8bit",
    "",
    "Prospect: Globex GmbH (globex.example), 40 seats, Müller.",
    "",
  ].join("\r\n"),
  "utf8",
);

type Action =
  | { type: "SNS"; encoding?: "UTF8" | "BASE64" }
  | { type: "S3"; bucketName: string; objectKey: string; objectKeyPrefix?: string };

/** An SES "Received" notification, laid out as in the SES guide's SNS-action example. */
export function sesReceived(opts: { action: Action; content?: string; messageId?: string }) {
  return {
    notificationType: "Received",
    receipt: {
      timestamp: "2015-09-11T20:32:33.936Z",
      processingTimeMillis: 222,
      recipients: ["partners@vendor.example"],
      spamVerdict: { status: "PASS" },
      virusVerdict: { status: "PASS" },
      spfVerdict: { status: "PASS" },
      dkimVerdict: { status: "GRAY" },
      dmarcVerdict: { status: "PASS" },
      action: { topicArn: TOPIC_ARN, ...opts.action },
    },
    mail: {
      timestamp: "2015-09-11T20:32:33.936Z",
      source: "anna@partner.example",
      messageId: opts.messageId ?? "d6iitobk75ur44p8kdnnp7g2n800",
      destination: ["partners@vendor.example"],
      headersTruncated: false,
      headers: [{ name: "From", value: "Anna Partner <anna@partner.example>" }],
      commonHeaders: { from: ["Anna Partner <anna@partner.example>"], subject: "Deal registration: Globex GmbH" },
    },
    ...(opts.content !== undefined ? { content: opts.content } : {}),
  };
}
