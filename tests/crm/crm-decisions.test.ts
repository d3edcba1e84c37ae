// A deal moved in HubSpot decides the case like a manager's reply: found by the poll or named
// by a webhook notification whose v3 signature must be valid and fresh.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dbBackends } from "../helpers/db.ts";
import { corpusMail, testApp } from "../helpers/app.ts";
import { startFakeHubSpot, type FakeHubSpot } from "../helpers/fake-hubspot.ts";
import { ingestRawMail } from "../../services/ingest/ingest-raw-mail.ts";
import { buildApp } from "../../services/web/app.ts";
import { signatureV3 } from "../../services/crm/hubspot/signature.ts";

const SECRET = "hubspot-app-client-secret";

describe.each(dbBackends())("decisions from HubSpot on $name", (backend) => {
  let hs: FakeHubSpot;
  let app: Awaited<ReturnType<typeof testApp>>;

  beforeEach(async () => {
    hs = await startFakeHubSpot();
    app = await testApp(backend, {
      CRM: "hubspot",
      HUBSPOT_TOKEN: "test-token",
      HUBSPOT_BASE_URL: hs.url,
      HUBSPOT_CLIENT_SECRET: SECRET,
      PUBLIC_URL: "https://dealreg.example",
    });
    await app.crm.adapter!.ensureSetup();
  });
  afterEach(async () => {
    await app.close();
    await hs.close();
  });

  const registered = async (prefix: string) => {
    const r = await ingestRawMail(app.pipeline, corpusMail(prefix), { kind: "cli", file: `${prefix}.eml` });
    while ((await app.crm.runDueJobs()).done > 0);
    const deal = hs.byProperty("deals", "dealreg_case_id", r.caseNumber!)[0]!;
    return { caseNumber: r.caseNumber!, dealId: deal.id };
  };
  const caseRow = (n: string) =>
    app.database.db.selectFrom("cases").selectAll().where("case_number", "=", n).executeTakeFirstOrThrow();

  it("approves by the poll: actor crm:<user>, the window starts, the partner is told; our own echo changes nothing", async () => {
    const { caseNumber, dealId } = await registered("001-");
    hs.moveDeal(dealId, "qualifiedtobuy", 4242);
    expect(await app.crm.poll()).toEqual({ seen: 1, decided: 1 });
    const row = await caseRow(caseNumber);
    expect(row.status).toBe("approved");
    expect(row.decided_by).toBe("crm:hubspot-user-4242");
    expect(row.protected_until!.getTime()).toBeGreaterThan(Date.now() + 89 * 86_400_000);
    const mail = await app.database.db
      .selectFrom("outbox")
      .select(["kind", "to_addresses"])
      .where("case_id", "=", row.id)
      .where("kind", "=", "decision")
      .execute();
    expect(mail).toEqual([{ kind: "decision", to_addresses: ["oliver.grant@ledgerline.co.uk"] }]);

    // the sync writes the approval back (status, protected-until) and a note; the next poll sees it and leaves it
    while ((await app.crm.runDueJobs()).done > 0);
    expect(hs.records.get(dealId)!.properties.dealreg_case_status).toBe("approved");
    expect(hs.all("notes").map((n) => n.properties.hs_note_body)).toEqual([
      expect.stringContaining("pending → approved by crm:hubspot-user-4242"),
    ]);
    expect(await app.crm.poll()).toEqual({ seen: 1, decided: 0 });
  });

  it("rejects with HubSpot's closed-lost reason", async () => {
    const { caseNumber, dealId } = await registered("001-");
    hs.moveDeal(dealId, "closedlost", 77, { closed_lost_reason: "Customer already buys from us directly" });
    await app.crm.poll();
    const row = await caseRow(caseNumber);
    expect(row.status).toBe("rejected");
    expect(row.decision_reason).toBe("Customer already buys from us directly");
    expect(row.decided_by).toBe("crm:hubspot-user-77");
  });

  describe("webhook POST /crm/hubspot/events", () => {
    const post = async (web: Awaited<ReturnType<typeof buildApp>>, body: string, headers: Record<string, string>) =>
      web.inject({
        method: "POST",
        url: "/crm/hubspot/events",
        payload: body,
        headers: { "content-type": "application/json", ...headers },
      });
    const events = (dealId: string) =>
      JSON.stringify([
        {
          eventId: 1,
          subscriptionId: 9,
          portalId: 62515,
          appId: 1,
          occurredAt: Date.now(),
          subscriptionType: "deal.propertyChange",
          attemptNumber: 0,
          objectId: Number(dealId),
          propertyName: "dealstage",
          propertyValue: "qualifiedtobuy",
          changeSource: "CRM_UI",
        },
      ]);
    const signed = (body: string, ts: number, secret = SECRET) => ({
      "x-hubspot-request-timestamp": String(ts),
      "x-hubspot-signature-v3": signatureV3(secret, {
        method: "POST",
        uri: "https://dealreg.example/crm/hubspot/events",
        body,
        timestamp: String(ts),
      }),
    });

    it("refuses forged, tampered and stale notifications and decides on a valid one", async () => {
      const { caseNumber, dealId } = await registered("001-");
      hs.moveDeal(dealId, "qualifiedtobuy", 4242);
      const web = await buildApp(app);
      try {
        const body = events(dealId);
        expect((await post(web, body, {})).statusCode).toBe(401);
        expect((await post(web, body, signed(body, Date.now(), "wrong-secret"))).statusCode).toBe(401);
        expect((await post(web, body.replace("dealstage", "dealname"), signed(body, Date.now()))).statusCode).toBe(401);
        expect((await post(web, body, signed(body, Date.now() - 6 * 60_000))).statusCode).toBe(401);
        expect((await caseRow(caseNumber)).status).toBe("pending");

        const ok = await post(web, body, signed(body, Date.now()));
        expect(ok.statusCode).toBe(204);
        const row = await caseRow(caseNumber);
        expect(row.status).toBe("approved");
        expect(row.decided_by).toBe("crm:hubspot-user-4242");
        // HubSpot retries a delivery: the second one decides nothing more
        expect((await post(web, body, signed(body, Date.now()))).statusCode).toBe(204);
        const approvals = await app.database.db
          .selectFrom("timeline_events")
          .select("kind")
          .where("case_id", "=", row.id)
          .where("kind", "=", "approved")
          .execute();
        expect(approvals).toHaveLength(1);
      } finally {
        await web.close();
      }
    });
  });
});
