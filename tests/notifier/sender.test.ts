import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { pglite } from "../helpers/db.ts";
import { testApp } from "../helpers/app.ts";
import { startSmtpCapture, type SmtpCapture } from "../helpers/smtp-capture.ts";
import { enqueueMail } from "../../services/repos/outbox.ts";
import { backoffSeconds, deliverDueMail } from "../../services/notifier/sender.ts";
import { sql } from "kysely";
import { pooledUrl } from "../../services/notifier/transports/smtp.ts";

describe("outbox sender", () => {
  let smtp: SmtpCapture;
  let app: Awaited<ReturnType<typeof testApp>>;

  beforeEach(async () => {
    smtp = await startSmtpCapture();
    app = await testApp(pglite, { SMTP_URL: smtp.url });
    await enqueueMail(app.database.db, {
      caseId: null,
      kind: "ack",
      messageId: "<reg-2026-000009.1.ack.x@northbeam.io>",
      from: "Northbeam Partner Team <partners@northbeam.io>",
      to: ["anna@partner.example"],
      replyTo: "partners+abc@northbeam.io",
      subject: "[REG-2026-000009] Registration received: Ünïcode & Co",
      text: "Hello\n",
      inReplyTo: "<orig@partner.example>",
      references: "<root@partner.example> <orig@partner.example>",
    });
  });
  afterEach(async () => {
    await app.close();
    await smtp.close();
  });

  const deps = () => ({ db: app.database.db, transport: app.transport, logger: app.logger });
  const row = () => app.database.db.selectFrom("outbox").selectAll().executeTakeFirstOrThrow();

  it("sends the stored headers byte for byte", async () => {
    expect(await deliverDueMail(deps())).toEqual({ sent: 1, failed: 0 });
    const [m] = await smtp.waitFor(1);
    expect(m!.parsed.messageId).toBe("<reg-2026-000009.1.ack.x@northbeam.io>");
    expect(m!.parsed.inReplyTo).toBe("<orig@partner.example>");
    expect(m!.parsed.references).toEqual(["<root@partner.example>", "<orig@partner.example>"]);
    expect(m!.parsed.subject).toBe("[REG-2026-000009] Registration received: Ünïcode & Co");
    expect(m!.parsed.headers.get("x-auto-response-suppress")).toBe("All");
    expect(m!.envelope).toEqual({ from: "partners@northbeam.io", to: ["anna@partner.example"] });
    expect((await row()).status).toBe("sent");
    expect(await deliverDueMail(deps())).toEqual({ sent: 0, failed: 0 });
  });

  it("retries a temporary failure later, and only then", async () => {
    smtp.failNext(1, 451);
    expect(await deliverDueMail(deps())).toEqual({ sent: 0, failed: 1 });
    const after = await row();
    expect(after.status).toBe("queued");
    expect(after.last_error).toMatch(/451/);
    expect(after.next_attempt_at.getTime()).toBeGreaterThan(Date.now() + 20_000);
    expect(await deliverDueMail(deps())).toEqual({ sent: 0, failed: 0 }); // not due yet
    await app.database.db
      .updateTable("outbox")
      .set({ next_attempt_at: sql`now()` })
      .execute();
    expect(await deliverDueMail(deps())).toEqual({ sent: 1, failed: 0 });
    expect(smtp.messages).toHaveLength(1);
  });

  it("records a permanent failure and does not retry it", async () => {
    smtp.failNext(1, 550);
    await deliverDueMail(deps());
    const after = await row();
    expect(after.status).toBe("failed");
    expect(after.last_error).toMatch(/550/);
  });

  it("backs off exponentially, capped at an hour", () => {
    expect([1, 2, 3, 10].map(backoffSeconds)).toEqual([30, 60, 120, 3600]);
  });
});

describe("SMTP transport", () => {
  it("pools connections unless the URL says otherwise", () => {
    expect(new URL(pooledUrl("smtps://u:p@smtp.example.com:465")).searchParams.get("pool")).toBe("true");
    expect(new URL(pooledUrl("smtp://smtp.example.com/?pool=false")).searchParams.get("pool")).toBe("false");
    expect(new URL(pooledUrl("smtp://smtp.example.com/?maxConnections=2")).searchParams.get("maxConnections")).toBe(
      "2",
    );
  });
});
