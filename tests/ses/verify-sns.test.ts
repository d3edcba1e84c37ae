import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { defaultFetchCert } from "../../services/ingest/ses/cert-cache.ts";
import { SesInboundError } from "../../services/ingest/ses/errors.ts";
import { createSnsVerifier } from "../../services/ingest/ses/verify-sns.ts";
import {
  CERT_URL,
  TOPIC_ARN,
  makeSelfSignedCert,
  notification,
  signSns,
  subscriptionConfirmation,
  type TestCert,
} from "./sns-fixtures.ts";

let cert: TestCert;
let otherCert: TestCert;
beforeAll(() => {
  cert = makeSelfSignedCert();
  otherCert = makeSelfSignedCert();
});

function verifierWith(opts: { topicArns?: string[]; now?: () => Date; certPem?: string } = {}) {
  const fetchCert = vi.fn(async (url: string) => {
    // the only URL a well-behaved verifier may ever ask for
    expect(url).toBe(CERT_URL);
    return opts.certPem ?? cert.certPem;
  });
  const verify = createSnsVerifier({ topicArns: opts.topicArns ?? [TOPIC_ARN], fetchCert, now: opts.now });
  return { verify, fetchCert };
}

async function rejection(p: Promise<unknown>): Promise<string> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SesInboundError);
  return (err as SesInboundError).code;
}

describe("SNS signature verification", () => {
  it("accepts a SignatureVersion 1 notification and fetches the certificate once", async () => {
    const { verify, fetchCert } = verifierWith();
    const msg = signSns(notification('{"hello":"world"}'), cert.keyPem, { version: "1" });
    await expect(verify(msg)).resolves.toMatchObject({ Type: "Notification", Message: '{"hello":"world"}' });
    await verify(msg);
    await verify(signSns(notification("second"), cert.keyPem, { version: "2" }));
    expect(fetchCert).toHaveBeenCalledTimes(1);
  });

  it("accepts SignatureVersion 2 with a Subject, and a SubscriptionConfirmation", async () => {
    const { verify } = verifierWith();
    const withSubject = signSns(
      notification("body\nwith lines", new Date(), "Amazon SES Email Receipt Notification"),
      cert.keyPem,
      { version: "2" },
    );
    await expect(verify(withSubject)).resolves.toMatchObject({ Subject: "Amazon SES Email Receipt Notification" });
    const sub = signSns(subscriptionConfirmation(), cert.keyPem, { version: "2" });
    await expect(verify(sub)).resolves.toMatchObject({ Type: "SubscriptionConfirmation" });
  });

  it("rejects a tampered Message, Subject, MessageId or Timestamp", async () => {
    const { verify } = verifierWith();
    const msg = signSns(notification('{"a":1}'), cert.keyPem);
    expect(await rejection(verify({ ...msg, Message: '{"a":2}' }))).toBe("invalid_signature");
    expect(await rejection(verify({ ...msg, Subject: "added" }))).toBe("invalid_signature");
    expect(await rejection(verify({ ...msg, MessageId: "other" }))).toBe("invalid_signature");
    const later = new Date(Date.parse(msg.Timestamp) + 1000).toISOString();
    expect(await rejection(verify({ ...msg, Timestamp: later }))).toBe("invalid_signature");
  });

  it("rejects a v1 signature relabelled as v2 and a SubscribeURL swapped after signing", async () => {
    const { verify } = verifierWith();
    const msg = signSns(notification("x"), cert.keyPem, { version: "1" });
    expect(await rejection(verify({ ...msg, SignatureVersion: "2" }))).toBe("invalid_signature");
    const sub = signSns(subscriptionConfirmation(), cert.keyPem);
    const swapped = { ...sub, SubscribeURL: sub.SubscribeURL.replace("Token=", "Token=evil") };
    expect(await rejection(verify(swapped))).toBe("invalid_signature");
  });

  it("rejects a message signed by another key", async () => {
    const { verify } = verifierWith();
    const msg = signSns(notification("x"), otherCert.keyPem);
    expect(await rejection(verify(msg))).toBe("invalid_signature");
  });

  it.each(["3", "0", "", "1.0", "constructor"])("rejects SignatureVersion %j before any fetch", async (v) => {
    const { verify, fetchCert } = verifierWith();
    const msg = { ...signSns(notification("x"), cert.keyPem), SignatureVersion: v };
    expect(await rejection(verify(msg))).toBe(v === "" ? "invalid_envelope" : "unsupported_signature_version");
    expect(fetchCert).not.toHaveBeenCalled();
  });

  it("rejects a topic that is not allowed, and every topic when the list is empty", async () => {
    const msg = signSns({ ...notification("x"), TopicArn: "arn:aws:sns:us-east-1:123456789012:other" }, cert.keyPem);
    const { verify, fetchCert } = verifierWith();
    expect(await rejection(verify(msg))).toBe("topic_not_allowed");
    const empty = verifierWith({ topicArns: [] });
    const good = signSns(notification("x"), cert.keyPem);
    const err = await empty.verify(good).catch((e: unknown) => e as SesInboundError);
    expect(err).toMatchObject({ code: "topic_not_allowed" });
    expect((err as Error).message).toContain("SES_TOPIC_ARNS is empty");
    expect(fetchCert).not.toHaveBeenCalled();
    expect(empty.fetchCert).not.toHaveBeenCalled();
  });

  it("rejects a Timestamp older than an hour or far in the future", async () => {
    const { verify } = verifierWith();
    const old = signSns(notification("x", new Date(Date.now() - 61 * 60 * 1000)), cert.keyPem);
    expect(await rejection(verify(old))).toBe("stale_message");
    const future = signSns(notification("x", new Date(Date.now() + 60 * 60 * 1000)), cert.keyPem);
    expect(await rejection(verify(future))).toBe("stale_message");
    const recent = signSns(notification("x", new Date(Date.now() - 59 * 60 * 1000)), cert.keyPem);
    await expect(verify(recent)).resolves.toBeTruthy();
    expect(await rejection(verify({ ...recent, Timestamp: "yesterday" }))).toBe("stale_message");
  });

  it("refuses a certificate outside its validity period", async () => {
    const inThreeDays = () => new Date(Date.now() + 3 * 24 * 3600 * 1000);
    const { verify } = verifierWith({ now: inThreeDays });
    const msg = signSns(notification("x", inThreeDays()), cert.keyPem);
    expect(await rejection(verify(msg))).toBe("invalid_certificate");
  });

  it("refuses a malformed envelope", async () => {
    const { verify } = verifierWith();
    expect(await rejection(verify("just a string"))).toBe("invalid_envelope");
    expect(await rejection(verify({ Type: "Notification" }))).toBe("invalid_envelope");
    const msg = signSns(notification("x"), cert.keyPem);
    expect(await rejection(verify({ ...msg, Type: "Bogus" }))).toBe("invalid_envelope");
  });

  it.each([
    ["http scheme", CERT_URL.replace("https:", "http:")],
    ["sns.evil.com", "https://sns.evil.com/SimpleNotificationService-x.pem"],
    ["look-alike suffix", "https://sns.us-east-1.amazonaws.com.evil.com/SimpleNotificationService-x.pem"],
    ["S3 host", "https://s3.amazonaws.com/bucket/SimpleNotificationService-x.pem"],
    ["S3 regional host", "https://s3.us-east-1.amazonaws.com/SimpleNotificationService-x.pem"],
    ["userinfo", "https://sns.us-east-1.amazonaws.com@evil.com/x.pem"],
    ["userinfo on the real host", "https://user@sns.us-east-1.amazonaws.com/x.pem"],
    ["non-default port", "https://sns.us-east-1.amazonaws.com:8443/x.pem"],
    ["other region than the topic", "https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-x.pem"],
    ["not a .pem", "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-x.pem.txt"],
    ["query string", "https://sns.us-east-1.amazonaws.com/x.pem?redirect=evil"],
    ["subdomain", "https://evil.sns.us-east-1.amazonaws.com/x.pem"],
    ["trailing dot", "https://sns.us-east-1.amazonaws.com./x.pem"],
    ["not a URL", "sns.us-east-1.amazonaws.com/x.pem"],
  ])("rejects a SigningCertURL with %s, without fetching it", async (_label, url) => {
    const { verify, fetchCert } = verifierWith();
    const msg = signSns(notification("x"), cert.keyPem, { certUrl: url });
    expect(await rejection(verify(msg))).toBe("invalid_cert_url");
    expect(fetchCert).not.toHaveBeenCalled();
  });

  it("accepts the .amazonaws.com.cn form for a China topic", async () => {
    const cnTopic = "arn:aws-cn:sns:cn-north-1:123456789012:dealreg";
    const cnUrl = "https://sns.cn-north-1.amazonaws.com.cn/SimpleNotificationService-abc.pem";
    const fetchCert = vi.fn(async () => cert.certPem);
    const verify = createSnsVerifier({ topicArns: [cnTopic], fetchCert });
    const msg = signSns({ ...notification("x"), TopicArn: cnTopic }, cert.keyPem, { certUrl: cnUrl });
    await expect(verify(msg)).resolves.toBeTruthy();
    expect(fetchCert).toHaveBeenCalledWith(cnUrl);
  });

  it("answers cert_unavailable when the fetch fails, and tries again next time", async () => {
    const fetchCert = vi
      .fn<(url: string) => Promise<string>>()
      .mockRejectedValueOnce(new Error("boom"))
      .mockResolvedValue(cert.certPem);
    const verify = createSnsVerifier({ topicArns: [TOPIC_ARN], fetchCert });
    const msg = signSns(notification("x"), cert.keyPem);
    expect(await rejection(verify(msg))).toBe("cert_unavailable");
    await expect(verify(msg)).resolves.toBeTruthy();
    expect(fetchCert).toHaveBeenCalledTimes(2);
  });

  it("refuses garbage served as the certificate", async () => {
    const { verify } = verifierWith({ certPem: "<html>not a cert</html>" });
    expect(await rejection(verify(signSns(notification("x"), cert.keyPem)))).toBe("invalid_certificate");
  });
});

describe("default certificate fetcher", () => {
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === "/moved.pem") {
        res.writeHead(302, { Location: "/cert.pem" }).end();
      } else if (req.url === "/cert.pem") {
        res.writeHead(200, { "Content-Type": "application/x-pem-file" }).end(cert.certPem);
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("returns the PEM text", async () => {
    await expect(defaultFetchCert()(`${base}/cert.pem`)).resolves.toBe(cert.certPem);
  });

  it("refuses to follow a redirect", async () => {
    await expect(defaultFetchCert()(`${base}/moved.pem`)).rejects.toThrow();
  });

  it("refuses an error status", async () => {
    await expect(defaultFetchCert()(`${base}/missing.pem`)).rejects.toThrow(/404/);
  });
});
