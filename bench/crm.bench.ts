// `npm run bench:crm [cases]`: cases synced per second against the fake HubSpot at HubSpot's
// private-app limit (100 requests per rolling 10 s, answered with 429 beyond it), and the
// delay from a case's creation to its deal existing while registrations keep arriving.
// In-memory PGlite, or a fresh database on TEST_DATABASE_URL.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { openBenchDatabase } from "./bench-db.ts";
import { pct } from "./stats.ts";
import { loadConfig } from "../services/config/env.ts";
import { createLogger } from "../services/core/logger.ts";
import { openAppContext } from "../services/app/context.ts";
import { ingestRawMail } from "../services/ingest/ingest-raw-mail.ts";
import { startFakeHubSpot } from "../tests/helpers/fake-hubspot.ts";
import { registrationMail } from "../tests/imap/fixtures.ts";

const CASES = Number(process.argv[2] ?? 40);
const LIVE_CASES = 10;
const LIVE_EVERY_MS = 3000;

async function main() {
  const hs = await startFakeHubSpot({ per10s: 100, latencyMs: 40 });
  const db = await openBenchDatabase();
  const config = loadConfig({
    DATA_DIR: mkdtempSync(join(tmpdir(), "dealreg-bench-crm-")),
    INBOUND_ADDRESS: "partners@northbeam.io",
    MAIL_FROM: "Northbeam Partner Team <partners@northbeam.io>",
    MANAGERS: "lena.vogt@northbeam.io",
    MAIL_TRANSPORT: "file",
    CRM: "hubspot",
    HUBSPOT_TOKEN: "test-token",
    HUBSPOT_BASE_URL: hs.url,
    LOG_LEVEL: "silent",
  });
  const ctx = await openAppContext(config, createLogger("silent"), { database: db.handle });
  const run = randomBytes(3).toString("hex");
  try {
    await ctx.crm.adapter!.ensureSetup();
    // 1. throughput: a backlog of registrations (each: the partner's mail in, the ack and one manager notice out)
    for (let i = 0; i < CASES; i++)
      await ingestRawMail(ctx.pipeline, registrationMail(i, run), { kind: "cli", file: `${i}.eml` });
    const before = hs.log.length;
    const t0 = performance.now();
    for (;;) {
      const s = await ctx.crm.runDueJobs(1000);
      if (s.done + s.retried + s.failed === 0) {
        const left = await ctx.database.db
          .selectFrom("crm_sync_jobs")
          .select("id")
          .where("status", "=", "queued")
          .limit(1)
          .execute();
        if (!left.length) break;
        await new Promise((r) => setTimeout(r, 250)); // waiting out a 429
      }
    }
    const secs = (performance.now() - t0) / 1000;
    const requests = hs.log.length - before;
    console.log(
      `${db.label}; fake HubSpot at 100 requests / 10 s, 40 ms latency; client limit ${config.HUBSPOT_MAX_REQUESTS_PER_10S} / 10 s`,
    );
    console.log(
      `backlog of ${CASES} cases (${requests} requests): ${(CASES / secs).toFixed(2)} cases/s, ${(requests / secs).toFixed(1)} requests/s, ${hs.rateLimited} answered 429`,
    );
    console.log(
      `requests per case: ${(requests / CASES).toFixed(1)} (company search + upsert, contact, deal, 2 associations; 3 mails x (e-mail + 2 associations))`,
    );

    // 2. latency: registrations arriving one every 3 s while the worker polls every 250 ms
    let stop = false;
    const loop = (async () => {
      while (!stop) {
        await ctx.crm.runDueJobs(1000);
        await new Promise((r) => setTimeout(r, 250));
      }
    })();
    const delays: number[] = [];
    for (let i = 0; i < LIVE_CASES; i++) {
      const created = Date.now();
      const r = await ingestRawMail(ctx.pipeline, registrationMail(CASES + i, run), {
        kind: "cli",
        file: `live-${i}.eml`,
      });
      while (!hs.byProperty("deals", "dealreg_case_id", r.caseNumber!).length)
        await new Promise((res) => setTimeout(res, 20));
      delays.push(Date.now() - created); // from the mail's arrival: ingest, commit, the worker's next pass, the HubSpot calls
      await new Promise((res) => setTimeout(res, Math.max(0, LIVE_EVERY_MS - (Date.now() - created))));
    }
    stop = true;
    await loop;
    console.log(
      `creation -> deal, ${LIVE_CASES} cases arriving every ${LIVE_EVERY_MS / 1000} s: p50 ${pct(delays, 50).toFixed(0)} ms, max ${Math.max(...delays).toFixed(0)} ms; 429s in total ${hs.rateLimited}`,
    );
  } finally {
    await ctx.close();
    await db.drop();
    await hs.close();
  }
}

await main();
