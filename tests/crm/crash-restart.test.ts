// The sync worker is killed with SIGKILL three times while it pushes 200 cases (their mail and
// status changes) to the fake HubSpot; killed calls may have reached HubSpot without their
// answer being recorded. At the end every case is one deal, every mail one e-mail engagement
// on its deal, every status change one note. Real PostgreSQL, real child processes.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type DatabaseHandle } from "../../db/connection.ts";
import { createPostgresDatabase, hasPostgres } from "../helpers/db.ts";
import { startFakeHubSpot, type FakeHubSpot } from "../helpers/fake-hubspot.ts";
import { testConfig } from "../helpers/app.ts";
import { exited, ServeProcesses } from "../helpers/serve-processes.ts";
import { registrationMail, runId, waitUntil } from "../imap/fixtures.ts";
import { openAppContext } from "../../services/app/context.ts";
import { createLogger } from "../../services/core/logger.ts";
import { ingestRawMail } from "../../services/ingest/ingest-raw-mail.ts";
import { applyDecision } from "../../services/cases/apply-decision.ts";

const TOTAL = 200;
/** kill points: during the deals (case jobs run first), then twice while mail is being logged */
const KILLS: { what: "deals" | "emails"; at: number }[] = [
  { what: "deals", at: 70 },
  { what: "emails", at: 120 },
  { what: "emails", at: 500 },
];

describe.skipIf(!hasPostgres())("CRM sync worker killed with SIGKILL (PostgreSQL)", () => {
  let hs: FakeHubSpot;
  let pgdb: { url: string; drop(): Promise<void> };
  let direct: DatabaseHandle;
  let procs: ServeProcesses;

  beforeAll(async () => {
    hs = await startFakeHubSpot({ per10s: 0, latencyMs: 3 });
    pgdb = await createPostgresDatabase();
    direct = await openDatabase({ url: pgdb.url, dataDir: "", poolSize: 2 });
    procs = new ServeProcesses("crm-crash", () => ({
      LOG_LEVEL: "warn",
      INBOUND_ADDRESS: "partners@northbeam.io",
      MAIL_FROM: "Northbeam Partner Team <partners@northbeam.io>",
      MANAGERS: "lena.vogt@northbeam.io",
      ...env(),
    }));
  });
  afterAll(async () => {
    procs?.close();
    await direct?.close();
    await pgdb?.drop();
    await hs?.close();
  });

  const env = () => ({
    DATABASE_URL: pgdb.url,
    DATA_DIR: join(procs.dir, "data"),
    CRM: "hubspot",
    HUBSPOT_TOKEN: "test-token",
    HUBSPOT_BASE_URL: hs.url,
    HUBSPOT_MAX_REQUESTS_PER_10S: "100000",
    CRM_SYNC_LEASE_SECONDS: "2",
    MAIL_TRANSPORT: "file",
    // 200 registrations in seconds are this test's load, not a storm to stop
    AUTO_ACKS_PER_SENDER_HOUR: "100000",
    OUTBOUND_MAX_PER_MINUTE: "100000",
    MANAGER_NOTICES_PER_HOUR: "100000",
    // every mail is parsed here before the workers start; a worker still warms its parse pool,
    // a thread per core by default, each loading the parser (seconds of CPU) for nothing
    PARSE_WORKERS: "1",
  });

  const worker = (n: number) => procs.start("worker", `worker-${n}.log`);
  const openJobs = async () =>
    Number(
      (
        await direct.db
          .selectFrom("crm_sync_jobs")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("status", "!=", "done")
          .executeTakeFirstOrThrow()
      ).n,
    );

  it(
    `puts each of ${TOTAL} cases, its mail and status changes into HubSpot exactly once across 3 kills`,
    { timeout: 600_000 },
    async () => {
      // registrations and half of them approved, committed with their sync jobs, before any worker runs
      const tReg = Date.now();
      const config = testConfig({ ...env(), MANAGERS: "lena.vogt@northbeam.io" });
      const ctx = await openAppContext(config, createLogger("silent"));
      await ctx.crm.adapter!.ensureSetup();
      const run = runId();
      for (let i = 0; i < TOTAL; i++)
        await ingestRawMail(ctx.pipeline, registrationMail(i, run), { kind: "cli", file: `${i}.eml` });
      const cases = await ctx.database.db.selectFrom("cases").select(["id", "case_number"]).orderBy("id").execute();
      expect(cases).toHaveLength(TOTAL);
      for (const c of cases.filter((_, i) => i % 2 === 0)) {
        await ctx.database.db.transaction().execute((trx) =>
          applyDecision(trx, {
            config,
            caseId: c.id,
            decision: "approve",
            argument: null,
            actor: "manager:lena.vogt@northbeam.io",
            now: new Date(),
          }),
        );
      }
      await ctx.close();
      console.log(
        `[crm crash-restart] ${TOTAL} cases registered in ${Date.now() - tReg} ms, ${await openJobs()} sync jobs queued`,
      );

      const t0 = Date.now();
      for (const [k, { what, at }] of KILLS.entries()) {
        const child = worker(k);
        await waitUntil(async () => hs.all(what).length >= at, `${at} ${what}`, 120_000, 5);
        child.kill("SIGKILL");
        await exited(child);
        console.log(
          `[crm crash-restart] t+${Date.now() - t0} ms: killed at ${hs.all("deals").length} deals, ${hs.all("emails").length} e-mails`,
        );
      }
      const last = worker(KILLS.length);
      await waitUntil(async () => (await openJobs()) === 0, "every sync job done", 180_000, 200);
      console.log(`[crm crash-restart] t+${Date.now() - t0} ms: all jobs done; ${hs.log.length} HubSpot requests`);
      last.kill("SIGTERM");
      await exited(last);

      const deals = hs.all("deals");
      expect(deals).toHaveLength(TOTAL);
      expect(new Set(deals.map((d) => d.properties.dealreg_case_id))).toEqual(new Set(cases.map((c) => c.case_number)));
      expect(hs.all("companies")).toHaveLength(TOTAL);
      expect(hs.all("contacts")).toHaveLength(TOTAL);

      const mails = [
        ...(await direct.db.selectFrom("inbound_messages").select(["message_id as id", "case_id"]).execute()),
        ...(await direct.db.selectFrom("outbox").select(["message_id as id", "case_id"]).execute()),
      ];
      const emails = hs.all("emails");
      console.log(
        `[crm crash-restart] ${mails.length} mails, ${emails.length} e-mail engagements, ${hs.all("notes").length} notes`,
      );
      expect(emails).toHaveLength(mails.length);
      const dealOf = new Map(
        (await direct.db.selectFrom("cases").select(["id", "crm_deal_id"]).execute()).map((c) => [c.id, c.crm_deal_id]),
      );
      for (const m of mails) {
        const logged = hs.byProperty("emails", "dealreg_message_id", m.id!);
        expect(logged).toHaveLength(1);
        expect(hs.associated("emails", logged[0]!.id, "deals")).toEqual([dealOf.get(m.case_id!)]);
      }
      const approvals = await direct.db
        .selectFrom("timeline_events")
        .select("id")
        .where("kind", "=", "approved")
        .execute();
      expect(hs.all("notes")).toHaveLength(approvals.length);
      expect(approvals).toHaveLength(TOTAL / 2);
      const approvedDeals = deals.filter((d) => d.properties.dealstage === "qualifiedtobuy");
      expect(approvedDeals).toHaveLength(TOTAL / 2);
    },
  );
});
