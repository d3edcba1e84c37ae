import type { S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SesInboundError } from "../../services/ingest/ses/errors.ts";
import { createS3Client } from "../../services/ingest/ses/fetch-s3-mail.ts";
import { parseSesMessage, sesNotificationToInbound } from "../../services/ingest/ses/ses-notification.ts";
import { startFakeS3, type FakeS3 } from "../helpers/fake-s3.ts";
import { RAW_MAIL, sesReceived } from "./sns-fixtures.ts";

function received(json: unknown) {
  const parsed = parseSesMessage(JSON.stringify(json));
  if (parsed.kind !== "received") throw new Error(`not received: ${parsed.notificationType}`);
  return parsed.notification;
}

async function code(p: Promise<unknown>): Promise<string> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SesInboundError);
  return (err as SesInboundError).code;
}

describe("SES receipt notification, SNS action", () => {
  it("decodes BASE64 content byte for byte and maps the verdicts", async () => {
    const n = received(
      sesReceived({ action: { type: "SNS", encoding: "BASE64" }, content: RAW_MAIL.toString("base64") }),
    );
    const { raw, source } = await sesNotificationToInbound(n);
    expect(raw.equals(RAW_MAIL)).toBe(true);
    expect(source).toEqual({
      kind: "ses",
      sesMessageId: "d6iitobk75ur44p8kdnnp7g2n800",
      verdicts: { spf: "PASS", dkim: "GRAY", dmarc: "PASS", spam: "PASS", virus: "PASS" },
    });
  });

  it("takes UTF8 content (the default encoding) as UTF-8 bytes", async () => {
    const n = received(sesReceived({ action: { type: "SNS" }, content: RAW_MAIL.toString("utf8") }));
    const { raw } = await sesNotificationToInbound(n);
    expect(raw.equals(RAW_MAIL)).toBe(true);
  });

  it("gives null verdicts when SES left them out", async () => {
    const json = sesReceived({ action: { type: "SNS" }, content: "x" });
    delete (json.receipt as Partial<typeof json.receipt>).dmarcVerdict;
    const { source } = await sesNotificationToInbound(received(json));
    expect(source).toMatchObject({ verdicts: { dmarc: null, spf: "PASS" } });
  });

  it("refuses content over the size limit and a notification without content", async () => {
    const big = received(sesReceived({ action: { type: "SNS" }, content: "x".repeat(2000) }));
    expect(await code(sesNotificationToInbound(big, { maxBytes: 1000 }))).toBe("message_too_large");
    const none = received(sesReceived({ action: { type: "SNS" } }));
    expect(await code(sesNotificationToInbound(none))).toBe("invalid_notification");
  });

  it("sets aside other SES notification types and refuses a malformed Received one", () => {
    expect(parseSesMessage('{"notificationType":"Bounce"}')).toEqual({ kind: "other", notificationType: "Bounce" });
    expect(parseSesMessage("[1]")).toEqual({ kind: "other", notificationType: "unknown" });
    expect(() => parseSesMessage("not json")).toThrow(SesInboundError);
    expect(() => parseSesMessage('{"notificationType":"Received","mail":{}}')).toThrow(/mail/);
    const lambda = sesReceived({ action: { type: "SNS" } });
    (lambda.receipt.action as { type: string }).type = "Lambda";
    expect(() => parseSesMessage(JSON.stringify(lambda))).toThrow(SesInboundError);
  });
});

describe("SES receipt notification, S3 action", () => {
  let fake: FakeS3;
  let s3: S3Client;
  beforeAll(async () => {
    fake = await startFakeS3();
    s3 = createS3Client({
      region: "us-east-1",
      endpoint: fake.endpoint,
      credentials: { accessKeyId: "AKIDFAKE", secretAccessKey: "fake-secret" },
    });
  });
  afterAll(async () => {
    s3.destroy();
    await fake.close();
  });

  const s3Action = (objectKey: string) =>
    received(
      sesReceived({ action: { type: "S3", bucketName: "dealreg-mail", objectKey, objectKeyPrefix: "inbound/" } }),
    );

  it("reads the object at objectKey through GetObject", async () => {
    fake.put("dealreg-mail", "inbound/d6iitobk75ur44p8kdnnp7g2n800", RAW_MAIL);
    const { raw, source } = await sesNotificationToInbound(s3Action("inbound/d6iitobk75ur44p8kdnnp7g2n800"), { s3 });
    expect(raw.equals(RAW_MAIL)).toBe(true);
    expect(source).toMatchObject({ kind: "ses", sesMessageId: "d6iitobk75ur44p8kdnnp7g2n800" });
    expect(fake.gets).toContain("dealreg-mail/inbound/d6iitobk75ur44p8kdnnp7g2n800");
  });

  it("refuses an object whose Content-Length is over the limit", async () => {
    fake.put("dealreg-mail", "inbound/big", Buffer.alloc(5000, 0x61));
    expect(await code(sesNotificationToInbound(s3Action("inbound/big"), { s3, maxBytes: 1000 }))).toBe(
      "message_too_large",
    );
  });

  it("stops streaming an object without Content-Length once it passes the limit", async () => {
    fake.put("dealreg-mail", "inbound/chunked-big", Buffer.alloc(5000, 0x61), { chunked: true });
    expect(await code(sesNotificationToInbound(s3Action("inbound/chunked-big"), { s3, maxBytes: 1000 }))).toBe(
      "message_too_large",
    );
    fake.put("dealreg-mail", "inbound/chunked-ok", RAW_MAIL, { chunked: true });
    const { raw } = await sesNotificationToInbound(s3Action("inbound/chunked-ok"), { s3 });
    expect(raw.equals(RAW_MAIL)).toBe(true);
  });

  it("answers s3_fetch_failed for a missing object (so SNS retries) and s3_not_configured without a client", async () => {
    expect(await code(sesNotificationToInbound(s3Action("inbound/missing"), { s3 }))).toBe("s3_fetch_failed");
    expect(await code(sesNotificationToInbound(s3Action("inbound/missing")))).toBe("s3_not_configured");
  });
});
