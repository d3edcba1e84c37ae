// The string SNS signs, and the check of its signature. Pure: no I/O.
// Per the SNS guide, the string is "Name\nValue\n" for a fixed list of fields in byte order of
// their names; Subject only when present, and subscription messages add SubscribeURL and Token.
import { createVerify, type KeyObject } from "node:crypto";
import type { SnsEnvelope } from "./sns-envelope.ts";

/** SignatureVersion → the digest of its RSA PKCS#1 v1.5 signature. */
export const SIGNATURE_ALGORITHMS: ReadonlyMap<string, string> = new Map([
  ["1", "RSA-SHA1"],
  ["2", "RSA-SHA256"],
]);

export function canonicalString(msg: SnsEnvelope): string {
  const fields: [string, string][] =
    msg.Type === "Notification"
      ? [
          ["Message", msg.Message],
          ["MessageId", msg.MessageId],
          ...(msg.Subject != null ? ([["Subject", msg.Subject]] as [string, string][]) : []),
          ["Timestamp", msg.Timestamp],
          ["TopicArn", msg.TopicArn],
          ["Type", msg.Type],
        ]
      : [
          ["Message", msg.Message],
          ["MessageId", msg.MessageId],
          ["SubscribeURL", msg.SubscribeURL],
          ["Timestamp", msg.Timestamp],
          ["Token", msg.Token],
          ["TopicArn", msg.TopicArn],
          ["Type", msg.Type],
        ];
  return fields.map(([name, value]) => `${name}\n${value}\n`).join("");
}

/** True when `msg.Signature` is a valid signature of its canonical string under `key`. */
export function signatureMatches(msg: SnsEnvelope, key: KeyObject): boolean {
  const algorithm = SIGNATURE_ALGORITHMS.get(msg.SignatureVersion);
  if (!algorithm) return false;
  const signature = Buffer.from(msg.Signature, "base64");
  if (signature.length === 0) return false;
  return createVerify(algorithm).update(canonicalString(msg), "utf8").verify(key, signature);
}
