// `npm run bench:admin` (10,000 cases) / `npm run bench:scale -- --cases 1000000`: seeds cases
// with 4 timeline events, 2.5 outbox rows and 0.2 open review items each (generate_series, one
// statement per table) into in-memory PGlite, or into a fresh database on TEST_DATABASE_URL, and
// measures each admin page through app.inject and each `dealreg case list` shape (p50/p99).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import type { Database } from "../db/connection.ts";
import { openBenchDatabase } from "./bench-db.ts";
import { migrateToLatest } from "../db/migrate.ts";
import { loadConfig } from "../services/config/env.ts";
import { createLogger } from "../services/core/logger.ts";
import { openAppContext } from "../services/app/context.ts";
import { buildApp } from "../services/web/app.ts";
import { caseNumbers } from "../services/admin/data/numbers.ts";
import { streamCases, type CaseListFilter } from "../services/cases/case-report.ts";

const casesArg = process.argv.indexOf("--cases");
const CASES = Number((casesArg >= 0 ? process.argv[casesArg + 1] : process.argv[2]) ?? 10_000);
const REPEAT = 50;
const TARGET_MS = 200;

const TEXT = `Hi Northbeam partner team,

Please register the following opportunity:

Company: Company NNN GmbH
Website: https://www.company-NNN.example
Contact: Person NNN
Email: person@company-NNN.example
Stage: Discovery call booked for Thursday
Need: invoices are keyed in by hand across many depots.

Thanks,
Partner`;

async function seed(db: Database, n: number): Promise<void> {
  const t0 = performance.now();
  const reg = (i: string) => sql`jsonb_build_object(
      'company', jsonb_build_object('name', 'Company ' || ${sql.raw(i)} || ' GmbH', 'domain', 'company-' || ${sql.raw(i)} || '.example'),
      'contact', jsonb_build_object('name', 'Person ' || ${sql.raw(i)}, 'email', 'person@company-' || ${sql.raw(i)} || '.example', 'role', null, 'phone', null),
      'context', jsonb_build_object('problem', 'manual invoicing', 'solutionFit', null, 'servicesNeeded', null),
      'stage', 'discovery_scheduled', 'motion', null, 'consent', true, 'geography', null, 'estimatedValue', null, 'productInterest', null, 'competitors', '[]'::jsonb)`;
  // One message per case, plus 400 that wait in the queue without a case.
  await sql`
    insert into inbound_messages (sha256, message_id, source, raw, size, received_at, from_address, subject, kind, language, text_body, parse, outcome, processed_at)
    select md5(i::text), '<bench-' || i || '@partner' || (i % 50) || '.example>', 'bench',
           convert_to('Subject: Deal registration ' || i || E'\r\n\r\n' || replace(${TEXT}, 'NNN', i::text), 'UTF8'), 800,
           now() - (i % 365) * interval '1 day' - interval '1 hour', 'rep' || (i % 7) || '@partner' || (i % 50) || '.example',
           'Deal registration: Company ' || i || ' GmbH', 'registration', 'en', replace(${TEXT}, 'NNN', i::text),
           jsonb_build_object('output', jsonb_build_object('kind', 'registration', 'confidence', 0.9,
             'partner', jsonb_build_object('email', 'rep@partner' || (i % 50) || '.example', 'name', 'Rep', 'organization', 'Partner ' || (i % 50)),
             'registration', ${reg("i::text")}, 'missing', '[]'::jsonb, 'caseRef', null),
             'provenance', jsonb_build_object('company.name', jsonb_build_object('source', 'rules', 'snippet', 'Company ' || i || ' GmbH', 'span', null)),
             'attachments', '[]'::jsonb, 'error', null),
           case when i <= ${n} then 'registered' else 'needs_review' end, now()
    from generate_series(1, ${n + 400}::int) as i`.execute(db);
  await sql`
    insert into cases (case_number, status, partner_email, partner_name, partner_organization, company_name, company_key, company_domain,
                       contact_name, contact_email, registration, provenance, missing, confidence, language, conflict_reason,
                       source_message_id, protected_until, decided_at, decided_by, created_at, updated_at)
    select 'REG-2026-' || lpad(i::text, 6, '0'),
           (array['pending','approved','approved','approved','rejected','conflict','incomplete','info_requested','expired','approved'])[1 + i % 10],
           'rep' || (i % 7) || '@partner' || (i % 50) || '.example', 'Rep ' || (i % 7), 'Partner ' || (i % 50),
           'Company ' || i || ' GmbH', 'company ' || i, 'company-' || i || '.example', 'Person ' || i, 'person@company-' || i || '.example',
           ${reg("i::text")}, '{}'::jsonb, case when i % 10 = 6 then '["contact.email"]'::jsonb else '[]'::jsonb end, 0.9, 'en',
           case when i % 10 = 5 then 'registered_by_other_partner' end, i,
           case when i % 10 in (1, 2, 3, 9) then now() + (90 - i % 365) * interval '1 day' end,
           case when i % 10 in (1, 2, 3, 4, 9) then now() - (i % 365) * interval '1 day' + (i % 47) * interval '1 hour' end,
           case when i % 10 in (1, 2, 3, 4, 9) then 'manager:lena.vogt@northbeam.io' end,
           now() - (i % 365) * interval '1 day', now()
    from generate_series(1, ${n}::int) as i`.execute(db);
  await sql`update inbound_messages set case_id = id where id <= ${n}`.execute(db);
  await sql`
    insert into outbox (case_id, kind, message_id, from_address, to_addresses, subject, text_body, status, created_at, sent_at)
    select c.id, k.kind, '<out-' || k.kind || '-' || c.id || '@northbeam.io>', 'partners@northbeam.io', jsonb_build_array(c.partner_email),
           '[' || c.case_number || '] ' || k.kind, 'Thank you, your registration ' || c.case_number || ' is received.', 'sent',
           c.created_at, c.created_at + (30 + c.id % 300) * interval '1 second'
    from cases c cross join (values ('ack'), ('manager_notice'), ('decision')) as k(kind)
    where k.kind <> 'decision' or c.decided_at is not null`.execute(db);
  await sql`
    insert into timeline_events (case_id, at, actor, kind, inbound_message_id, outbox_id, text, data)
    select c.id, c.created_at, 'partner:' || c.partner_email, 'registered', c.source_message_id, null, m.text_body, '{}'::jsonb
    from cases c join inbound_messages m on m.id = c.source_message_id
    union all
    select o.case_id, o.created_at, 'system', o.kind || '_queued', null, o.id, null, '{}'::jsonb from outbox o
    union all
    select c.id, c.decided_at, c.decided_by, c.status, null, null, null, jsonb_build_object('from', 'pending', 'to', c.status)
    from cases c where c.decided_at is not null`.execute(db);
  await sql`
    insert into review_items (reason, detail, inbound_message_id, case_id, created_at)
    select (array['low_confidence','parse_failed','not_registration','unmatched_reply'])[1 + i % 4], 'bench', i, null, now() - (i % 200) * interval '1 hour'
    from generate_series(${n + 1}::int, ${n + 400}::int) as i
    union all
    select 'conflict', 'registered_by_other_partner', c.source_message_id, c.id, c.created_at from cases c where c.status = 'conflict'
    union all
    select 'missing_fields', 'missing contact.email', c.source_message_id, c.id, c.created_at from cases c where c.status = 'incomplete'`.execute(
    db,
  );
  await sql`analyze`.execute(db);
  const counts = await sql<{ t: string; n: string }>`
    select 'cases' as t, count(*)::text as n from cases union all select 'timeline_events', count(*)::text from timeline_events
    union all select 'outbox', count(*)::text from outbox union all select 'open review_items', count(*)::text from review_items where resolved_at is null`.execute(
    db,
  );
  console.log(
    `seeded in ${Math.round(performance.now() - t0)} ms: ${counts.rows.map((r) => `${r.n} ${r.t}`).join(", ")}`,
  );
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

const { handle, label, drop } = await openBenchDatabase();
try {
  await migrateToLatest(handle.db);
  await seed(handle.db, CASES);
  const config = loadConfig({
    DATA_DIR: mkdtempSync(join(tmpdir(), "dealreg-bench-")),
    ADMIN_PASSWORD: "bench",
    SESSION_SECRET: "bench",
    LOG_LEVEL: "silent",
    MAIL_TRANSPORT: "file",
  });
  const ctx = await openAppContext(config, createLogger("silent"), { database: handle });
  const app = await buildApp(ctx);
  const login = await app.inject({
    method: "POST",
    url: "/admin/login",
    payload: "password=bench",
    headers: { "content-type": "application/x-www-form-urlencoded" },
  });
  const cookie = String(login.headers["set-cookie"]).split(";")[0]!;
  const queued = await handle.db
    .selectFrom("review_items")
    .select("inbound_message_id")
    .where("reason", "=", "low_confidence")
    .orderBy("id")
    .executeTakeFirstOrThrow();
  const mid = Math.ceil(CASES / 2);
  const pages: [string, string][] = [
    ["queue", "/admin/"],
    ["queue, one reason", "/admin/?reason=conflict"],
    ["message detail", `/admin/messages/${queued.inbound_message_id}`],
    ["cases + numbers", "/admin/cases"],
    ["cases, search company", "/admin/cases?q=company%20777"],
    ["cases, search partner", "/admin/cases?q=partner%2017"],
    ["cases, search number", `/admin/cases?q=REG-2026-${String(mid).padStart(6, "0")}`],
    ["cases, search domain", `/admin/cases?q=company-${mid}.example`],
    ["cases, status + deep page", `/admin/cases?status=approved&before=${mid}`],
    ["case timeline", `/admin/cases/REG-2026-${String(mid - (mid % 10) + 1).padStart(6, "0")}`],
  ];
  console.log(`\n${label}, ${CASES} cases; ${REPEAT} requests per page after 3 warm-ups (target < ${TARGET_MS} ms)\n`);
  console.log("page                        status   p50 ms   p99 ms");
  let worst = 0;
  for (const [name, url] of pages) {
    for (let i = 0; i < 3; i++) await app.inject({ url, headers: { cookie } });
    const times: number[] = [];
    let status = 0;
    for (let i = 0; i < REPEAT; i++) {
      const t = performance.now();
      const res = await app.inject({ url, headers: { cookie } });
      times.push(performance.now() - t);
      status = res.statusCode;
    }
    times.sort((a, b) => a - b);
    const p50 = percentile(times, 0.5);
    const p99 = percentile(times, 0.99);
    worst = Math.max(worst, p99);
    console.log(
      `${name.padEnd(28)}${String(status).padEnd(9)}${p50.toFixed(1).padStart(6)}   ${p99.toFixed(1).padStart(6)}`,
    );
  }
  // `dealreg case list` shapes: the same generator the command prints from
  const monthAgo = new Date(Date.now() - 30 * 86_400_000);
  const lists: [string, CaseListFilter][] = [
    ["case list --limit 1000", { limit: 1000 }],
    ["case list --status pending --limit 1000", { status: "pending", limit: 1000 }],
    ["case list --since 30d --limit 1000", { since: monthAgo, limit: 1000 }],
  ];
  for (const [name, filter] of lists) {
    const times: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t = performance.now();
      for await (const c of streamCases(handle.db, filter)) void c;
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.log(
      `${name.padEnd(37)}${percentile(times, 0.5).toFixed(1).padStart(6)}   ${percentile(times, 0.99).toFixed(1).padStart(6)}`,
    );
  }
  const rss0 = process.memoryUsage().rss;
  let peak = rss0;
  let all = 0;
  const t = performance.now();
  for await (const c of streamCases(handle.db)) {
    void c;
    if (++all % 10_000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  const allMs = performance.now() - t;
  console.log(
    `case list (all ${all}): ${(allMs / 1000).toFixed(1)} s, ${Math.round(all / (allMs / 1000))} cases/s, RSS +${Math.round((peak - rss0) / 1048576)} MiB while streaming`,
  );
  // The cases page caches its numbers for 15 s: what a cache miss adds, measured alone.
  const agg: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t = performance.now();
    await caseNumbers(handle.db, new Date());
    agg.push(performance.now() - t);
  }
  agg.sort((a, b) => a - b);
  console.log(
    `${"numbers aggregates, uncached".padEnd(37)}${percentile(agg, 0.5).toFixed(1).padStart(6)}   ${agg.at(-1)!.toFixed(1).padStart(6)}`,
  );
  console.log(`\nworst page p99: ${worst.toFixed(1)} ms ${worst < TARGET_MS ? "(within target)" : "(OVER TARGET)"}`);
  await app.close();
  await ctx.close();
} finally {
  await drop();
}
