// Signed webhooks for case events, in the Standard Webhooks format, through the same outbox.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { dbBackends } from "../helpers/db.ts";
import { corpusMail, testApp } from "../helpers/app.ts";
import { ingestRawMail } from "../../services/ingest/ingest-raw-mail.ts";
import { signWebhook } from "../../services/crm/webhooks/standard-webhooks.ts";
import { webhookType } from "../../services/repos/sync-jobs.ts";

const SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

describe("Standard Webhooks signature", () => {
  it("matches the specification's test vector", () => {
    expect(signWebhook(SECRET, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, '{"test": 2432232314}')).toBe(
      "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
    );
  });
  it("names case events by what subscribers care about", () => {
    expect(webhookType({ kind: "registered", inboundMessageId: 1 })).toBe("case.created");
    expect(webhookType({ kind: "approved", inboundMessageId: null })).toBe("case.decided");
    expect(webhookType({ kind: "reply_received", inboundMessageId: 3 })).toBe("message.received");
    expect(webhookType({ kind: "fields_updated", inboundMessageId: 3 })).toBe("case.updated");
    expect(webhookType({ kind: "ack_queued", inboundMessageId: null })).toBeNull();
  });
});

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

describe.each(dbBackends())("webhook delivery on $name", (backend) => {
  let server: http.Server;
  let url: string;
  const received: Received[] = [];
  const answers: number[] = [];
  let app: Awaited<ReturnType<typeof testApp>>;

  beforeEach(async () => {
    received.length = 0;
    server = http.createServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString("utf8")));
      req.on("end", () => {
        received.push({ headers: req.headers, body });
        res.writeHead(answers.shift() ?? 204).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/dealreg`;
    app = await testApp(backend, { WEBHOOK_URLS: url, WEBHOOK_SECRET: SECRET });
  });
  afterEach(async () => {
    await app.close();
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  });

  it("posts case.created signed, retries a 500 with the same webhook-id, and parks a 410 as a failure", async () => {
    answers.push(500);
    const r = await ingestRawMail(app.pipeline, corpusMail("001-"), { kind: "cli", file: "001.eml" });
    const first = await app.crm.runDueJobs();
    expect(first.retried).toBe(1);
    await sql`update crm_sync_jobs set next_attempt_at = now()`.execute(app.database.db);
    expect((await app.crm.runDueJobs()).done).toBe(1);

    expect(received).toHaveLength(2);
    const [a, b] = received as [Received, Received];
    expect(b.headers["webhook-id"]).toBe(a.headers["webhook-id"]);
    const ts = Number(b.headers["webhook-timestamp"]);
    expect(Math.abs(ts - Date.now() / 1000)).toBeLessThan(300);
    expect(b.headers["webhook-signature"]).toBe(signWebhook(SECRET, String(b.headers["webhook-id"]), ts, b.body));
    const payload = JSON.parse(b.body) as { type: string; data: { caseNumber: string; status: string } };
    expect(payload.type).toBe("case.created");
    expect(payload.data).toMatchObject({ caseNumber: r.caseNumber, status: "pending" });

    answers.push(410);
    await app.database.db.transaction().execute(async (trx) => {
      const { applyDecision } = await import("../../services/cases/apply-decision.ts");
      const c = await trx.selectFrom("cases").select("id").executeTakeFirstOrThrow();
      await applyDecision(trx, {
        config: app.config,
        caseId: c.id,
        decision: "approve",
        argument: null,
        actor: "ops:test",
        now: new Date(),
      });
    });
    expect((await app.crm.runDueJobs()).failed).toBe(1);
    const item = await app.database.db
      .selectFrom("review_items")
      .select("detail")
      .where("reason", "=", "crm_sync_failed")
      .executeTakeFirstOrThrow();
    expect(item.detail).toContain("410");
  });
});
