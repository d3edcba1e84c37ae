// Cases, their mail and status changes reach the fake HubSpot exactly once, whatever fails on
// the way: retries, 429 with Retry-After, 5xx, timeouts, validation errors, partial batches,
// a search index that lags behind writes.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { dbBackends } from "../helpers/db.ts";
import { drainSync, makeSyncDue } from "../helpers/crm-sync.ts";
import { corpusMail, testApp } from "../helpers/app.ts";
import { startFakeHubSpot, type FakeHubSpot } from "../helpers/fake-hubspot.ts";
import { ingestRawMail } from "../../services/ingest/ingest-raw-mail.ts";
import { enqueueBackfill } from "../../services/repos/sync-jobs-repo.ts";
import { CRM_TARGET } from "../../services/crm/from-config.ts";
import { buildApp } from "../../services/web/app.ts";

describe.each(dbBackends())("HubSpot sync on $name", (backend) => {
  let hs: FakeHubSpot;
  let app: Awaited<ReturnType<typeof testApp>>;

  const open = async (searchLagMs = 0, extra: Record<string, string> = {}) => {
    hs = await startFakeHubSpot({ searchLagMs });
    app = await testApp(backend, {
      CRM: "hubspot",
      HUBSPOT_TOKEN: "test-token",
      HUBSPOT_BASE_URL: hs.url,
      HUBSPOT_TIMEOUT_MS: "1500",
      PUBLIC_URL: "https://dealreg.example",
      ...extra,
    });
    await app.crm.adapter!.ensureSetup();
  };
  const drain = () => drainSync(app.crm);
  const makeDue = () => makeSyncDue(app.database.db);

  beforeEach(() => open());
  afterEach(async () => {
    await app.close();
    await hs.close();
  });

  it("creates company, contact and deal with the partner's attribution, associated, and every mail once", async () => {
    const result = await ingestRawMail(app.pipeline, corpusMail("001-"), { kind: "cli", file: "001.eml" });
    await drain();
    const deals = hs.byProperty("deals", "dealreg_case_id", result.caseNumber!);
    expect(deals).toHaveLength(1);
    const deal = deals[0]!;
    expect(deal.properties).toMatchObject({
      dealstage: "appointmentscheduled",
      dealreg_case_status: "pending",
      dealreg_partner_email: "oliver.grant@ledgerline.co.uk",
      pipeline: "default",
    });
    expect(deal.properties.dealreg_case_url).toBe(`https://dealreg.example/admin/cases/${result.caseNumber}`);
    const [company] = hs.associated("deals", deal.id, "companies");
    expect(hs.records.get(company!)!.properties.domain).toBe("castlegatedental.co.uk");
    expect(hs.associated("deals", deal.id, "contacts")).toHaveLength(1);

    const row = await app.database.db.selectFrom("cases").selectAll().executeTakeFirstOrThrow();
    expect(row.crm_deal_id).toBe(deal.id);
    expect(row.crm_synced_status).toBe("pending");
    // the partner's mail in, the acknowledgement and two manager notices out
    const emails = hs.all("emails").filter((e) => hs.associated("emails", e.id, "deals").includes(deal.id));
    expect(emails.map((e) => e.properties.hs_email_direction).sort()).toEqual([
      "EMAIL",
      "EMAIL",
      "EMAIL",
      "INCOMING_EMAIL",
    ]);

    // everything again (a backfill, a retry after a crash): nothing twice
    await enqueueBackfill(app.database.db, CRM_TARGET);
    await drain();
    expect(hs.all("deals")).toHaveLength(1);
    expect(hs.all("companies")).toHaveLength(1);
    expect(hs.all("contacts")).toHaveLength(1);
    expect(hs.all("emails")).toHaveLength(4);
  });

  it("does not duplicate the company while HubSpot's search still lags behind its creation", async () => {
    await app.close();
    await hs.close();
    await open(60_000);
    await ingestRawMail(app.pipeline, corpusMail("001-"), { kind: "cli", file: "001.eml" });
    await drain();
    await sql`update cases set crm_company_id = null, crm_deal_id = null`.execute(app.database.db); // as if the ids were never stored
    await enqueueBackfill(app.database.db, CRM_TARGET);
    await drain();
    expect(hs.all("companies")).toHaveLength(1);
    expect(hs.all("deals")).toHaveLength(1);
  });

  it("waits out a 429 with Retry-After for every job of the target, retries 5xx and timeouts", async () => {
    hs.failNext({
      status: 429,
      policyName: "TEN_SECONDLY_ROLLING",
      headers: { "retry-after": "30" },
      on: "/batch/upsert",
    });
    await ingestRawMail(app.pipeline, corpusMail("001-"), { kind: "cli", file: "001.eml" });
    const first = await app.crm.runDueJobs();
    expect(first.rateLimited).toBe(true);
    const waiting = await app.database.db
      .selectFrom("crm_sync_jobs")
      .select(["next_attempt_at", "attempts"])
      .where("status", "=", "queued")
      .execute();
    expect(waiting.length).toBeGreaterThan(1);
    for (const j of waiting) expect(j.next_attempt_at.getTime()).toBeGreaterThan(Date.now() + 25_000);
    expect(await app.crm.runDueJobs()).toMatchObject({ done: 0, retried: 0 });

    hs.failNext(
      { status: 503, message: "Service Unavailable", on: "/batch/upsert" },
      { hang: true, on: "/batch/upsert" },
    );
    let retried = 0;
    for (let round = 0; round < 10; round++) {
      await makeDue();
      retried += (await drain()).retried;
      if (
        !(await app.database.db.selectFrom("crm_sync_jobs").select("id").where("status", "=", "queued").execute())
          .length
      )
        break;
    }
    expect(retried).toBe(2);
    expect(hs.all("deals")).toHaveLength(1);
    expect(hs.all("emails")).toHaveLength(4);
    const left = await app.database.db
      .selectFrom("crm_sync_jobs")
      .select("status")
      .where("status", "!=", "done")
      .execute();
    expect(left).toEqual([]);
  });

  it("keeps a permanent failure visible: review item crm_sync_failed with HubSpot's message, count in /healthz", async () => {
    hs.failNext({ partial: 'Property values were not valid: "dealname" is required', on: "/deals/batch/upsert" });
    const result = await ingestRawMail(app.pipeline, corpusMail("001-"), { kind: "cli", file: "001.eml" });
    await drain();
    const items = await app.database.db
      .selectFrom("review_items")
      .innerJoin("cases", "cases.id", "review_items.case_id")
      .select(["reason", "detail", "case_number"])
      .where("reason", "=", "crm_sync_failed")
      .execute();
    expect(items).toHaveLength(1);
    expect(items[0]!.detail).toContain('"dealname" is required');
    expect(items[0]!.case_number).toBe(result.caseNumber);
    const web = await buildApp(app);
    const health = (await web.inject({ method: "GET", url: "/healthz" })).json<{ crmSync: { failed: number } }>();
    expect(health.crmSync.failed).toBe(1);
    await web.close();
  });

  it("refuses a stage HubSpot does not know as a permanent validation failure", async () => {
    await app.close();
    await hs.close();
    await open(0, { HUBSPOT_STAGES: "pending=nosuchstage,approved=qualifiedtobuy,rejected=closedlost" });
    const steps = await app.crm.adapter!.ensureSetup();
    expect(steps).toContainEqual(expect.objectContaining({ what: "stage nosuchstage for pending", action: "missing" }));
    await ingestRawMail(app.pipeline, corpusMail("001-"), { kind: "cli", file: "001.eml" });
    const s = await drain();
    expect(s.failed).toBeGreaterThan(0);
    const item = await app.database.db
      .selectFrom("review_items")
      .select("detail")
      .where("reason", "=", "crm_sync_failed")
      .executeTakeFirstOrThrow();
    expect(item.detail).toContain("nosuchstage is not a valid pipeline stage");
  });

  it("setup creates the properties once, then finds them", async () => {
    const again = await app.crm.adapter!.ensureSetup();
    expect(again.filter((s) => s.action === "created")).toEqual([]);
    expect(again).toContainEqual({ what: "deals property dealreg_case_id", action: "exists" });
    expect(again).toContainEqual(expect.objectContaining({ what: "deal pipeline default", action: "checked" }));
  });
});
