// Cases, their mail and decisions through a fake Salesforce: upsert by the case number's
// external id, nothing twice on retries, expired sessions, both login flows, 300 multiple
// matches, DUPLICATE_VALUE races, the daily API limit, decisions by poll, conflicts.
import { generateKeyPairSync } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { dbBackends } from "../helpers/db.ts";
import { drainSync, settleSync } from "../helpers/crm-sync.ts";
import { corpusMail, testApp } from "../helpers/app.ts";
import { startFakeSalesforce, type FakeSalesforce, type FakeSalesforceOptions } from "../helpers/fake-salesforce.ts";
import { ingestRawMail } from "../../services/ingest/ingest-raw-mail.ts";
import { enqueueBackfill } from "../../services/repos/sync-jobs-repo.ts";
import { CRM_TARGET } from "../../services/crm/from-config.ts";

const PARTNER = "oliver.grant@ledgerline.co.uk";
const DOMAIN = "castlegatedental.co.uk";

describe.each(dbBackends())("Salesforce sync on $name", (backend) => {
  let sf: FakeSalesforce;
  let app: Awaited<ReturnType<typeof testApp>>;

  const open = async (fake: FakeSalesforceOptions = {}, extra: Record<string, string> = {}) => {
    sf = await startFakeSalesforce(fake);
    app = await testApp(backend, {
      CRM: "salesforce",
      SALESFORCE_LOGIN_URL: sf.url,
      SALESFORCE_CLIENT_ID: "client-id",
      SALESFORCE_CLIENT_SECRET: "client-secret",
      SALESFORCE_TIMEOUT_MS: "2000",
      PUBLIC_URL: "https://dealreg.example",
      ...extra,
    });
  };
  const drain = () => drainSync(app.crm);
  const settle = () => settleSync(app.crm, app.database.db);
  const register = async () =>
    (await ingestRawMail(app.pipeline, corpusMail("001-"), { kind: "cli", file: "001.eml" })).caseNumber!;
  const opportunity = (caseNumber: string) =>
    sf.all("Opportunity").filter((o) => o.fields.DealReg_Case__c === caseNumber);

  afterEach(async () => {
    await app.close();
    await sf.close();
  });

  describe("with client credentials", () => {
    beforeEach(() => open());

    it("creates account, contact, opportunity with the partner's fields, contact role and a Task per mail, and nothing twice", async () => {
      const caseNumber = await register();
      await drain();
      const [opp] = opportunity(caseNumber);
      expect(opp!.fields).toMatchObject({
        StageName: "Prospecting",
        DealReg_Partner_Email__c: PARTNER,
        DealReg_Status__c: "pending",
        DealReg_Case_Url__c: `https://dealreg.example/admin/cases/${caseNumber}`,
      });
      expect(opp!.fields.CloseDate).toMatch(/^\d{4}-\d\d-\d\d$/);
      const account = sf.records.get(String(opp!.fields.AccountId))!;
      expect(account.fields).toMatchObject({ Website: DOMAIN, DealReg_Company_Key__c: DOMAIN });
      const roles = sf.all("OpportunityContactRole");
      expect(roles).toHaveLength(1);
      expect(sf.records.get(String(roles[0]!.fields.ContactId))!.fields.AccountId).toBe(account.Id);
      const tasks = sf.all("Task").filter((t) => t.fields.WhatId === opp!.Id);
      expect(tasks.map((t) => String(t.fields.Subject).split(":")[0]).sort()).toEqual([
        "Email received",
        "Email sent",
        "Email sent",
        "Email sent",
      ]);
      const row = await app.database.db.selectFrom("cases").selectAll().executeTakeFirstOrThrow();
      expect(row.crm_deal_id).toBe(opp!.Id);

      // a backfill (or a retry after a crash, with the ids never stored) creates nothing new
      await sql`update cases set crm_company_id = null, crm_contact_id = null, crm_deal_id = null`.execute(
        app.database.db,
      );
      await enqueueBackfill(app.database.db, CRM_TARGET);
      await drain();
      for (const type of ["Account", "Contact", "Opportunity", "OpportunityContactRole"])
        expect(sf.all(type)).toHaveLength(1);
      expect(sf.all("Task")).toHaveLength(4);
    });

    it("finds an account a person created with only its website and uses it", async () => {
      const existing = sf.insert("Account", { Name: "Castlegate Dental Group", Website: `https://www.${DOMAIN}/` });
      const caseNumber = await register();
      await drain();
      expect(opportunity(caseNumber)[0]!.fields.AccountId).toBe(existing.Id);
      expect(sf.all("Account")).toHaveLength(1);
    });

    it("logs in again when the session expired", async () => {
      await register();
      await drain();
      sf.expireSessions();
      await enqueueBackfill(app.database.db, CRM_TARGET);
      await drain();
      expect(sf.logins).toBe(2);
      expect(sf.all("Opportunity")).toHaveLength(1);
      expect(
        await app.database.db.selectFrom("crm_sync_jobs").select("status").where("status", "!=", "done").execute(),
      ).toEqual([]);
    });

    it("retries a DUPLICATE_VALUE race and a 503, and waits out the daily API limit", async () => {
      sf.failNext({
        status: 400,
        errorCode: "DUPLICATE_VALUE",
        message: "duplicate value found: DealReg_Case__c",
        on: "PATCH /sobjects/Opportunity",
      });
      sf.failNext({
        status: 503,
        errorCode: "SERVER_UNAVAILABLE",
        message: "Server Unavailable",
        on: "POST /sobjects/Task",
      });
      const caseNumber = await register();
      expect(await settle()).toBe(2);
      await enqueueBackfill(app.database.db, CRM_TARGET);
      sf.failNext({ status: 403, errorCode: "REQUEST_LIMIT_EXCEEDED", message: "TotalRequests Limit exceeded." });
      const limited = await app.crm.runDueJobs();
      expect(limited.rateLimited).toBe(true);
      const waiting = await app.database.db
        .selectFrom("crm_sync_jobs")
        .select("next_attempt_at")
        .where("status", "=", "queued")
        .execute();
      for (const j of waiting) expect(j.next_attempt_at.getTime()).toBeGreaterThan(Date.now() + 50 * 60_000);
      await settle();
      expect(opportunity(caseNumber)).toHaveLength(1);
      expect(sf.all("Task")).toHaveLength(4);
    });

    it("parks 300 Multiple Choices as crm_sync_failed naming the duplicate records", async () => {
      const a = sf.insert("Opportunity", {
        Name: "dup 1",
        StageName: "Prospecting",
        CloseDate: "2027-01-01",
        DealReg_Case__c: "REG-2026-000001",
      });
      const b = sf.insert("Opportunity", {
        Name: "dup 2",
        StageName: "Prospecting",
        CloseDate: "2027-01-01",
        DealReg_Case__c: "REG-2026-000001",
      });
      const caseNumber = await register();
      expect(caseNumber).toBe("REG-2026-000001");
      const s = await drain();
      expect(s.failed).toBeGreaterThan(0);
      const item = await app.database.db
        .selectFrom("review_items")
        .select("detail")
        .where("reason", "=", "crm_sync_failed")
        .executeTakeFirstOrThrow();
      expect(item.detail).toContain(a.Id);
      expect(item.detail).toContain(b.Id);
    });

    it("decides the case when a salesperson moves the opportunity; the echo of our own update changes nothing", async () => {
      const caseNumber = await register();
      await drain();
      expect(await app.crm.poll()).toEqual({ seen: 0, decided: 0 });
      const lead = sf.addUser("sales.lead@vendor.example", "Sales Lead");
      sf.moveStage(opportunity(caseNumber)[0]!.Id, "Qualification", lead);
      expect(await app.crm.poll()).toEqual({ seen: 1, decided: 1 });
      const row = await app.database.db
        .selectFrom("cases")
        .selectAll()
        .where("case_number", "=", caseNumber)
        .executeTakeFirstOrThrow();
      expect(row.status).toBe("approved");
      expect(row.decided_by).toBe("crm:sales.lead@vendor.example");
      const mail = await app.database.db
        .selectFrom("outbox")
        .select("to_addresses")
        .where("case_id", "=", row.id)
        .where("kind", "=", "decision")
        .execute();
      expect(mail).toEqual([{ to_addresses: [PARTNER] }]);
      await drain();
      expect(opportunity(caseNumber)[0]!.fields.DealReg_Status__c).toBe("approved");
      expect(
        sf
          .all("Task")
          .some((t) => String(t.fields.Subject).includes("pending → approved by crm:sales.lead@vendor.example")),
      ).toBe(true);
      const again = await app.crm.poll();
      expect(again?.decided).toBe(0);
    });

    it("reports an existing customer and open opportunities, each with the partner that registered it", async () => {
      const account = sf.insert("Account", {
        Name: "Castlegate Dental Group",
        Website: `http://${DOMAIN}`,
        Type: "Customer - Direct",
      });
      const rep = sf.addUser("rep@vendor.example", "Rita Rep");
      sf.insert(
        "Opportunity",
        { Name: "Castlegate renewal", StageName: "Negotiation/Review", CloseDate: "2027-01-01", AccountId: account.Id },
        rep,
      );
      sf.insert("Opportunity", {
        Name: "Castlegate via Ledgerline",
        StageName: "Prospecting",
        CloseDate: "2027-01-01",
        AccountId: account.Id,
        DealReg_Partner_Email__c: PARTNER,
      });
      sf.insert(
        "Opportunity",
        { Name: "Castlegate lost", StageName: "Closed Lost", CloseDate: "2026-01-01", AccountId: account.Id },
        rep,
      );
      const conflicts = await app.crm.adapter!.lookupConflicts(DOMAIN);
      expect(conflicts.map((c) => c.kind).sort()).toEqual(["customer", "open_deal", "open_deal"]);
      const open = conflicts.filter((c) => c.kind === "open_deal");
      expect(open.find((c) => c.reason.includes("Castlegate renewal"))).toMatchObject({ partnerEmail: null });
      expect(open.find((c) => c.reason.includes("via Ledgerline"))).toMatchObject({ partnerEmail: PARTNER });
      expect(await app.crm.adapter!.lookupConflicts("unrelated-prospect.example")).toEqual([]);
    });

    it("setup lists the fields an admin must create and the stages that do not exist", async () => {
      await app.close();
      await sf.close();
      await open(
        { customFields: { Opportunity: ["DealReg_Case__c"], Account: [], Task: ["DealReg_Key__c"] } },
        { SALESFORCE_STAGES: "pending=Prospecting,approved=Registered,rejected=Closed Lost" },
      );
      const steps = await app.crm.adapter!.ensureSetup();
      expect(steps).toContainEqual({ what: "Opportunity field DealReg_Case__c", action: "exists" });
      expect(steps).toContainEqual(
        expect.objectContaining({ what: "Account field DealReg_Company_Key__c", action: "missing" }),
      );
      expect(steps).toContainEqual(
        expect.objectContaining({
          what: "Opportunity field DealReg_Partner_Email__c (partnerEmail)",
          action: "missing",
        }),
      );
      expect(steps).toContainEqual(
        expect.objectContaining({ what: "stage Registered for approved", action: "missing" }),
      );
      expect(steps).toContainEqual({ what: "stage Closed Lost for rejected", action: "checked" });
    });
  });

  it("logs in with the JWT bearer flow, and a wrong key is a permanent failure with a hint", async () => {
    const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const pem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    await open(
      { publicKey: publicKey.export({ type: "spki", format: "pem" }).toString() },
      {
        SALESFORCE_CLIENT_SECRET: "",
        SALESFORCE_PRIVATE_KEY: pem.replace(/\n/g, "\\n"),
        SALESFORCE_USERNAME: "integration@vendor.example",
      },
    );
    await register();
    await drain();
    expect(sf.all("Opportunity")).toHaveLength(1);
    await app.close();
    await sf.close();

    const other = generateKeyPairSync("rsa", { modulusLength: 2048 })
      .privateKey.export({ type: "pkcs8", format: "pem" })
      .toString();
    await open(
      { publicKey: publicKey.export({ type: "spki", format: "pem" }).toString() },
      {
        SALESFORCE_CLIENT_SECRET: "",
        SALESFORCE_PRIVATE_KEY: other,
        SALESFORCE_USERNAME: "integration@vendor.example",
      },
    );
    await register();
    await drain();
    const item = await app.database.db
      .selectFrom("review_items")
      .select("detail")
      .where("reason", "=", "crm_sync_failed")
      .executeTakeFirstOrThrow();
    expect(item.detail).toContain("invalid_grant");
    expect(item.detail).toContain("SALESFORCE_USERNAME");
  });
});
