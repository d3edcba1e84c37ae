// The CRM at dedupe time: an existing customer or someone else's open deal is a conflict; the
// answer is cached; a CRM that cannot be asked leaves the case "CRM check pending" until it answers.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { dbBackends } from "../helpers/db.ts";
import { corpusMail, testApp } from "../helpers/app.ts";
import { startFakeHubSpot, type FakeHubSpot } from "../helpers/fake-hubspot.ts";
import { ingestRawMail } from "../../services/ingest/ingest-raw-mail.ts";
import { rawMailFromBuffer } from "../../services/parser/raw-mail.ts";

const DOMAIN = "castlegatedental.co.uk"; // the prospect of corpus mail 001

describe.each(dbBackends())("CRM conflicts on $name", (backend) => {
  let hs: FakeHubSpot;
  let app: Awaited<ReturnType<typeof testApp>>;

  beforeEach(async () => {
    hs = await startFakeHubSpot();
    app = await testApp(backend, {
      CRM: "hubspot",
      HUBSPOT_TOKEN: "test-token",
      HUBSPOT_BASE_URL: hs.url,
      HUBSPOT_TIMEOUT_MS: "1500",
    });
    await app.crm.adapter!.ensureSetup();
  });
  afterEach(async () => {
    await app.close();
    await hs.close();
  });
  const ingest001 = () => ingestRawMail(app.pipeline, corpusMail("001-"), { kind: "cli", file: "001.eml" });
  const theCase = () => app.database.db.selectFrom("cases").selectAll().executeTakeFirstOrThrow();
  const searches = () => hs.log.filter((r) => r.path.endsWith("/companies/search")).length;

  it("an existing customer in HubSpot is a conflict; the answer is cached", async () => {
    hs.create("companies", { name: "Castlegate Dental Group Ltd", domain: DOMAIN, lifecyclestage: "customer" });
    const r = await ingest001();
    expect(r.status).toBe("conflict");
    const c = await theCase();
    expect(c.conflict_reason).toBe("existing_customer");
    expect(c.crm_check).toBeNull();
    const before = searches();
    await app.crm.precheck(await app.pipeline.parse(rawMailFromBuffer(corpusMail("001-"))));
    expect(searches()).toBe(before);
  });

  it("someone else's open deal is a conflict; the partner is not told whose", async () => {
    const co = hs.create("companies", {
      name: "Castlegate Dental Group Ltd",
      domain: DOMAIN,
      lifecyclestage: "opportunity",
    });
    const deal = hs.create("deals", {
      dealname: "Castlegate renewal",
      pipeline: "default",
      dealstage: "presentationscheduled",
      hubspot_owner_id: "31337",
    });
    hs.associate("deals", deal.id, "companies", co.id);
    expect((await ingest001()).status).toBe("conflict");
    const c = await theCase();
    expect(c.conflict_reason).toBe("open_crm_deal");
    const ack = await app.database.db
      .selectFrom("outbox")
      .select("text_body")
      .where("kind", "=", "ack")
      .executeTakeFirstOrThrow();
    expect(ack.text_body).toContain("open opportunity");
    expect(ack.text_body).not.toContain("31337");
    const item = await app.database.db
      .selectFrom("review_items")
      .select("detail")
      .where("reason", "=", "conflict")
      .executeTakeFirstOrThrow();
    expect(item.detail).toBe("open_crm_deal");
  });

  it("registers as usual while HubSpot is down, marks the case, and re-checks when it answers", async () => {
    hs.failNext({ status: 503, on: "/companies/search" });
    const r = await ingest001();
    expect(r.status).toBe("registered");
    let c = await theCase();
    expect(c.status).toBe("pending");
    expect(c.crm_check).toBe("pending");

    hs.create("companies", { name: "Castlegate Dental Group Ltd", domain: DOMAIN, lifecyclestage: "customer" });
    while ((await app.crm.runDueJobs()).done > 0);
    c = await theCase();
    expect(c.crm_check).toBeNull();
    expect(c.status).toBe("conflict");
    expect(c.conflict_reason).toBe("existing_customer");
    const events = await app.database.db
      .selectFrom("timeline_events")
      .select(["kind", "actor"])
      .where("kind", "=", "crm_conflict_found")
      .execute();
    expect(events).toEqual([{ kind: "crm_conflict_found", actor: "crm:check" }]);
    expect(
      await sql`select 1 from review_items where reason = 'conflict'`
        .execute(app.database.db)
        .then((x) => x.rows.length),
    ).toBe(1);
  });
});
