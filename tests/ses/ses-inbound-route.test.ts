import Fastify, { type FastifyInstance } from "fastify";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { InboundSource } from "../../services/ingest/source.ts";
import { sesInboundConfig, sesInboundRoutes, type SesInboundDeps } from "../../services/web/routes/ses-inbound.ts";
import {
  CERT_URL,
  RAW_MAIL,
  TOPIC_ARN,
  makeSelfSignedCert,
  notification,
  sesReceived,
  signSns,
  subscriptionConfirmation,
  type TestCert,
} from "./sns-fixtures.ts";

let cert: TestCert;
beforeAll(() => {
  cert = makeSelfSignedCert();
});

interface Harness {
  app: FastifyInstance;
  calls: { raw: Buffer; source: InboundSource }[];
  fetchCert: ReturnType<typeof vi.fn<(url: string) => Promise<string>>>;
  confirm: ReturnType<typeof vi.fn<(url: string) => Promise<void>>>;
  logs: string[];
}

let current: Harness | undefined;
afterEach(async () => {
  await current?.app.close();
  current = undefined;
});

async function build(overrides: Partial<SesInboundDeps> = {}): Promise<Harness> {
  const calls: Harness["calls"] = [];
  const logs: string[] = [];
  const fetchCert = vi.fn(async (url: string) => {
    expect(url).toBe(CERT_URL);
    return cert.certPem;
  });
  const confirm = vi.fn(async (_url: string) => undefined);
  const app = Fastify({
    logger: { level: "info", stream: { write: (line: string) => void logs.push(line) } },
  });
  await app.register(
    sesInboundRoutes({
      ingest: async (raw, source) => {
        calls.push({ raw, source });
        return { status: "stored" };
      },
      topicArns: [TOPIC_ARN],
      fetchCert,
      confirmSubscription: confirm,
      logger: app.log,
      ...overrides,
    }),
  );
  current = { app, calls, fetchCert, confirm, logs };
  return current;
}

function post(app: FastifyInstance, body: unknown, headers: Record<string, string> = {}) {
  return app.inject({
    method: "POST",
    url: "/inbound/ses",
    headers: { "content-type": "text/plain; charset=UTF-8", "x-amz-sns-message-type": "Notification", ...headers },
    payload: typeof body === "string" ? body : JSON.stringify(body),
  });
}

function sesSnsMessage(messageId = "d6iitobk75ur44p8kdnnp7g2n800") {
  const ses = sesReceived({
    action: { type: "SNS", encoding: "BASE64" },
    content: RAW_MAIL.toString("base64"),
    messageId,
  });
  return signSns(notification(JSON.stringify(ses), new Date(), "Amazon SES Email Receipt Notification"), cert.keyPem);
}

describe("POST /inbound/ses", () => {
  it("stores a verified SES mail sent as text/plain and answers 200", async () => {
    const { app, calls } = await build();
    const res = await post(app, sesSnsMessage());
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: "stored", sesMessageId: "d6iitobk75ur44p8kdnnp7g2n800" });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.raw.equals(RAW_MAIL)).toBe(true);
    expect(calls[0]!.source).toMatchObject({ kind: "ses", sesMessageId: "d6iitobk75ur44p8kdnnp7g2n800" });
  });

  it("passes the same SES message id on every redelivery (the DB dedupes)", async () => {
    const { app, calls, fetchCert } = await build();
    const msg = sesSnsMessage();
    for (let i = 0; i < 100; i++) {
      const res = await post(app, msg);
      expect(res.statusCode).toBe(200);
    }
    expect(calls).toHaveLength(100);
    expect(new Set(calls.map((c) => (c.source.kind === "ses" ? c.source.sesMessageId : "")))).toEqual(
      new Set(["d6iitobk75ur44p8kdnnp7g2n800"]),
    );
    expect(fetchCert).toHaveBeenCalledTimes(1);
  });

  it("answers 400 with a JSON error for a body that is not JSON", async () => {
    const { app, calls } = await build();
    const res = await post(app, "{not json");
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ error: { code: "invalid_json", message: expect.any(String) } });
    expect(calls).toHaveLength(0);
  });

  it("answers 403 for a tampered Message and never ingests", async () => {
    const { app, calls } = await build();
    const msg = sesSnsMessage();
    const forged = JSON.parse(msg.Message) as { mail: { messageId: string } };
    forged.mail.messageId = "forged";
    const res = await post(app, { ...msg, Message: JSON.stringify(forged) });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: { code: "invalid_signature" } });
    expect(calls).toHaveLength(0);
  });

  it("answers 403 for a forged certificate URL and a wrong topic", async () => {
    const { app, fetchCert } = await build();
    const ses = JSON.stringify(sesReceived({ action: { type: "SNS" }, content: "x" }));
    const evil = signSns(notification(ses), cert.keyPem, { certUrl: "https://sns.evil.com/x.pem" });
    expect((await post(app, evil)).json()).toMatchObject({ error: { code: "invalid_cert_url" } });
    const otherTopic = signSns({ ...notification(ses), TopicArn: `${TOPIC_ARN}-x` }, cert.keyPem);
    const res = await post(app, otherTopic);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: { code: "topic_not_allowed" } });
    expect(fetchCert).not.toHaveBeenCalled();
  });

  it("answers 500 when storing fails, so SNS retries", async () => {
    const { app } = await build({
      ingest: async () => {
        throw new Error("database down");
      },
    });
    const res = await post(app, sesSnsMessage());
    expect(res.statusCode).toBe(500);
    expect(res.json()).toMatchObject({ error: { code: "store_failed" } });
  });

  it("answers 200 and stores nothing for another SES notification type", async () => {
    const { app, calls } = await build();
    const res = await post(app, signSns(notification(JSON.stringify({ notificationType: "Bounce" })), cert.keyPem));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: "ignored" });
    expect(calls).toHaveLength(0);
  });

  it("refuses a message-type header that contradicts the body", async () => {
    const { app } = await build();
    const res = await post(app, sesSnsMessage(), { "x-amz-sns-message-type": "SubscriptionConfirmation" });
    expect(res.statusCode).toBe(400);
  });

  it("confirms a verified subscription of an allowed topic by its SubscribeURL", async () => {
    const { app, confirm } = await build();
    const sub = signSns(subscriptionConfirmation(), cert.keyPem);
    const res = await post(app, sub, { "x-amz-sns-message-type": "SubscriptionConfirmation" });
    expect(res.statusCode).toBe(200);
    expect(confirm).toHaveBeenCalledExactlyOnceWith(sub.SubscribeURL);
  });

  it("does not confirm a subscription that is forged or for another topic", async () => {
    const { app, confirm } = await build();
    const headers = { "x-amz-sns-message-type": "SubscriptionConfirmation" };
    const sub = signSns(subscriptionConfirmation(), cert.keyPem);
    const tampered = {
      ...sub,
      SubscribeURL: "https://sns.us-east-1.amazonaws.com.evil.com/?Action=ConfirmSubscription",
    };
    expect((await post(app, tampered, headers)).statusCode).toBe(403);
    const other = signSns(subscriptionConfirmation(new Date(), `${TOPIC_ARN}-other`), cert.keyPem);
    expect((await post(app, other, headers)).statusCode).toBe(403);
    expect(confirm).not.toHaveBeenCalled();
  });

  it("warns once at start when no topic is allowed, then refuses everything", async () => {
    const { app, logs, calls } = await build({ topicArns: [] });
    await app.ready();
    expect(logs.some((l) => l.includes("SES_TOPIC_ARNS is empty"))).toBe(true);
    const res = await post(app, sesSnsMessage());
    expect(res.statusCode).toBe(403);
    expect(calls).toHaveLength(0);
  });

  it("parses bodies as text only inside its own scope", async () => {
    const app = Fastify();
    app.post("/elsewhere", async (req) => ({ type: typeof req.body }));
    await app.register(sesInboundRoutes({ ingest: async () => undefined, topicArns: [TOPIC_ARN], logger: app.log }));
    const res = await app.inject({ method: "POST", url: "/elsewhere", payload: { a: 1 } });
    expect(res.json()).toEqual({ type: "object" });
    const noType = await app.inject({ method: "POST", url: "/inbound/ses", payload: "{}" });
    expect(noType.statusCode).toBe(400);
    expect(noType.json()).toMatchObject({ error: { code: "invalid_envelope" } });
    await app.close();
  });

  it("keeps the mail body and signature out of the logs", async () => {
    const { app, logs } = await build();
    const msg = sesSnsMessage();
    await post(app, msg);
    await post(app, { ...msg, Message: msg.Message.replace("PASS", "FAIL") });
    const all = logs.join("\n");
    expect(all).not.toContain(RAW_MAIL.toString("base64").slice(0, 40));
    expect(all).not.toContain(msg.Signature.slice(0, 40));
    expect(all).toContain("invalid_signature");
  });
});

describe("sesInboundConfig", () => {
  it("builds an S3 client in SES_REGION, else in the first topic's region", async () => {
    const a = sesInboundConfig({ SES_TOPIC_ARNS: [TOPIC_ARN], SES_REGION: "eu-west-1", S3_ENDPOINT: undefined });
    expect(a.topicArns).toEqual([TOPIC_ARN]);
    await expect(a.s3!.config.region()).resolves.toBe("eu-west-1");
    const b = sesInboundConfig({
      SES_TOPIC_ARNS: [TOPIC_ARN],
      SES_REGION: undefined,
      S3_ENDPOINT: "http://127.0.0.1:9",
    });
    await expect(b.s3!.config.region()).resolves.toBe("us-east-1");
    expect(b.s3!.config.forcePathStyle).toBe(true);
    expect(sesInboundConfig({ SES_TOPIC_ARNS: [], SES_REGION: undefined, S3_ENDPOINT: undefined }).s3).toBeUndefined();
    a.s3!.destroy();
    b.s3!.destroy();
  });
});
