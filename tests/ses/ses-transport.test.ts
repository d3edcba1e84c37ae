import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DeliveryError, type MailTransport } from "../../services/notifier/transport.ts";
import { classifySesError, createSesTransport } from "../../services/notifier/transports/ses.ts";
import { startFakeSes, type FakeSes } from "../helpers/fake-ses.ts";

const credentials = { accessKeyId: "AKIDFAKE", secretAccessKey: "fake-secret" };
const envelope = { from: "partners@vendor.example", to: ["anna@partner.example", "boss@partner.example"] };

// A reply as the notifier builds it: threading headers, 8-bit UTF-8 body, CRLF line ends.
const REPLY = Buffer.from(
  [
    "From: Partner Team <partners@vendor.example>",
    "To: anna@partner.example",
    "Cc: boss@partner.example",
    "Subject: Re: Deal registration: Globex GmbH [REG-2026-000123]",
    "Message-ID: <reg-2026-000123.1@vendor.example>",
    "In-Reply-To: <reg-1@partner.example>",
    "References: <thread-0@partner.example> <reg-1@partner.example>",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=UTF-8",
    "Content-Transfer-Encoding: 8bit",
    "",
    "Grüße — your case is REG-2026-000123.",
    "",
  ].join("\r\n"),
  "utf8",
);

async function failure(p: Promise<unknown>): Promise<DeliveryError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DeliveryError);
  return err as DeliveryError;
}

describe("SES transport", () => {
  let fake: FakeSes;
  let transport: MailTransport;
  beforeAll(async () => {
    fake = await startFakeSes();
    transport = createSesTransport({ region: "us-east-1", endpoint: fake.endpoint, credentials, maxAttempts: 1 });
  });
  afterAll(async () => {
    await transport.close?.();
    await fake.close();
  });

  it("sends the raw bytes unchanged with the envelope as Source and Destinations", async () => {
    const info = await transport.send(REPLY, envelope);
    const sent = fake.sends.at(-1)!;
    expect(sent.raw.equals(REPLY)).toBe(true);
    expect(sent.source).toBe(envelope.from);
    expect(sent.destinations).toEqual(envelope.to);
    expect(info.providerMessageId).toBe(sent.messageId);
  });

  it("classifies Throttling as transient", async () => {
    fake.failNext({ status: 400, code: "Throttling", message: "Maximum sending rate exceeded." });
    const err = await failure(transport.send(REPLY, envelope));
    expect(err).toMatchObject({ permanent: false, code: "SES_Throttling" });
  });

  it("classifies ServiceUnavailable and other 5xx as transient", async () => {
    fake.failNext({ status: 503, code: "ServiceUnavailable" });
    expect(await failure(transport.send(REPLY, envelope))).toMatchObject({ permanent: false });
    fake.failNext({ status: 500, code: "InternalFailure" });
    expect(await failure(transport.send(REPLY, envelope))).toMatchObject({ permanent: false });
  });

  it("classifies MessageRejected and sending-setup errors as permanent", async () => {
    fake.failNext({ status: 400, code: "MessageRejected", message: "Email address is not verified." });
    const err = await failure(transport.send(REPLY, envelope));
    expect(err).toMatchObject({ permanent: true, code: "SES_MessageRejected" });
    expect(err.message).toContain("Email address is not verified.");
    for (const code of [
      "MailFromDomainNotVerifiedException",
      "ConfigurationSetDoesNotExist",
      "AccountSendingPausedException",
      "InvalidParameterValue",
    ]) {
      fake.failNext({ status: 400, code });
      expect(await failure(transport.send(REPLY, envelope)), code).toMatchObject({ permanent: true });
    }
  });

  it("classifies a refused connection as transient", async () => {
    const closed = await startFakeSes();
    await closed.close();
    const dead = createSesTransport({ region: "us-east-1", endpoint: closed.endpoint, credentials, maxAttempts: 1 });
    const err = await failure(dead.send(REPLY, envelope));
    expect(err.permanent).toBe(false);
    await dead.close?.();
  });

  it("retries throttling inside the SDK when attempts allow", async () => {
    const retrying = createSesTransport({ region: "us-east-1", endpoint: fake.endpoint, credentials, maxAttempts: 2 });
    const before = fake.requestCount();
    fake.failNext({ status: 400, code: "Throttling" });
    await expect(retrying.send(REPLY, envelope)).resolves.toMatchObject({ providerMessageId: expect.any(String) });
    expect(fake.requestCount() - before).toBe(2);
    await retrying.close?.();
  });
});

describe("classifySesError", () => {
  it("never calls an error without an answer from SES permanent", () => {
    expect(classifySesError(Object.assign(new Error("socket hang up"), { code: "ECONNRESET" })).permanent).toBe(false);
    expect(classifySesError("weird").permanent).toBe(false);
    const rejectedWithout = Object.assign(new Error("x"), { name: "MessageRejected" });
    expect(classifySesError(rejectedWithout).permanent).toBe(false);
  });

  it("keeps credential problems transient (fixing the setup lets the mail go)", () => {
    const denied = Object.assign(new Error("denied"), {
      name: "AccessDenied",
      $fault: "client",
      $metadata: { httpStatusCode: 403 },
    });
    expect(classifySesError(denied)).toMatchObject({ permanent: false, code: "SES_AccessDenied" });
  });
});
