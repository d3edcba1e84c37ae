// The admin pages show where a case is in the CRM and what the sync still owes.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dbBackends } from "../helpers/db.ts";
import { corpusMail } from "../helpers/app.ts";
import { startFakeHubSpot, type FakeHubSpot } from "../helpers/fake-hubspot.ts";
import { adminTestApp, signIn, type AdminTestApp } from "../admin/admin-app.ts";
import { ingestRawMail } from "../../services/ingest/ingest-raw-mail.ts";

describe.each(dbBackends())("CRM on the admin pages on $name", (backend) => {
  let hs: FakeHubSpot;
  let t: AdminTestApp;

  beforeEach(async () => {
    hs = await startFakeHubSpot();
    t = await adminTestApp(backend, {
      CRM: "hubspot",
      HUBSPOT_TOKEN: "test-token",
      HUBSPOT_BASE_URL: hs.url,
      HUBSPOT_PORTAL_ID: "62515",
      HUBSPOT_TIMEOUT_MS: "1500",
    });
    await t.ctx.crm.adapter!.ensureSetup();
  });
  afterEach(async () => {
    await t.close();
    await hs.close();
  });

  it("shows the backlog, then the deal link, then a failure with HubSpot's message", async () => {
    const r = await ingestRawMail(t.ctx.pipeline, corpusMail("001-"), { kind: "cli", file: "001.eml" });
    const cookie = await signIn(t.app);
    const get = async (url: string) => (await t.app.inject({ method: "GET", url, headers: { cookie } })).body;

    expect(await get("/admin/cases")).toMatch(/CRM sync<\/h2>\s*<p>Backlog <strong>[1-9]/);
    expect(await get(`/admin/cases/${r.caseNumber}`)).toContain("no deal yet");

    while ((await t.ctx.crm.runDueJobs()).done > 0);
    const deal = hs.byProperty("deals", "dealreg_case_id", r.caseNumber!)[0]!;
    const page = await get(`/admin/cases/${r.caseNumber}`);
    expect(page).toContain(`href="https://app.hubspot.com/contacts/62515/record/0-3/${deal.id}"`);
    expect(page).toContain("synced");

    hs.failNext({
      status: 403,
      message: "This app hasn't been granted all required scopes to make this call.",
      category: "MISSING_SCOPES",
      on: "/deals/batch/upsert",
    });
    const c = await t.ctx.database.db.selectFrom("cases").select("id").executeTakeFirstOrThrow();
    await t.ctx.database.db.transaction().execute(async (trx) => {
      const { applyDecision } = await import("../../services/cases/apply-decision.ts");
      await applyDecision(trx, {
        config: t.ctx.config,
        caseId: c.id,
        decision: "approve",
        argument: null,
        actor: "ops:test",
        now: new Date(),
      });
    });
    while ((await t.ctx.crm.runDueJobs()).done > 0);
    expect(await get(`/admin/cases/${r.caseNumber}`)).toContain("failed: HubSpot 403");
    expect(await get("/admin/cases")).toContain('<a href="/admin/?reason=crm_sync_failed">1</a>');
    expect(await get("/admin/?reason=crm_sync_failed")).toContain("granted all required scopes");
  });
});
