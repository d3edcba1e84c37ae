// Seeds a database shaped like a long-running installation, for `npm run bench:scale`: cases
// over two years (older ones mostly decided, recent ones mostly open), a source message per
// case, ~2.5 outbox rows and ~4 timeline events per case, and ~0.2 open review items per case
// over every reason (conflicts and missing fields on their cases, the rest on stored mail that
// became no case). One INSERT … SELECT generate_series per table; the secondary indexes are
// dropped first and built once afterwards (a bulk build is several times faster than a million
// index inserts), the foreign keys checked once when added back, then VACUUM ANALYZE leaves the tables as autovacuum would.
import { sql } from "kysely";
import type { Database } from "../db/connection.ts";

const TABLES = ["inbound_messages", "inbound_raw_chunks", "cases", "outbox", "timeline_events", "review_items"];
const DAY = 86_400;
const SPAN_DAYS = 730;

/** reasons of open review items on stored mail without a case of their own, with their weight */
const MESSAGE_REASONS = [
  "low_confidence",
  "low_confidence",
  "low_confidence",
  "parse_failed",
  "not_registration",
  "not_registration",
  "unmatched_reply",
  "stranger_thread",
  "unverified_answer",
  "rate_limited",
  "partner_unreachable",
  "unverified_command",
  "crm_sync_failed",
];
/** of these, the ones that name a case */
const CASE_REASONS = new Set(["stranger_thread", "unverified_answer", "partner_unreachable", "crm_sync_failed"]);

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

export interface SeedCounts {
  ms: number;
  counts: Record<string, number>;
}

async function run(db: Database, text: string): Promise<void> {
  await sql.raw(text).execute(db);
}

export async function seedScale(db: Database, n: number): Promise<SeedCounts> {
  const t0 = performance.now();
  const m = Math.round(n * 0.25); // stored mail that became no case (review items, open or closed)
  const h = (i: string) => `mod(abs(hashint4(${i})), 1000)`; // a stable pseudo-random 0..999 per row
  // case i is created at a time rising with i over SPAN_DAYS; review mail j alike
  const createdAt = (i: string, of: number) =>
    `(now() - make_interval(secs => (${of} - ${i})::float8 / ${of} * ${SPAN_DAYS * DAY} + 600))`;
  const reg = (i: string) => `jsonb_build_object(
      'company', jsonb_build_object('name', 'Company ' || ${i} || ' GmbH', 'domain', 'company-' || ${i} || '.example'),
      'contact', jsonb_build_object('name', 'Person ' || ${i}, 'email', 'person@company-' || ${i} || '.example', 'role', null, 'phone', null),
      'context', jsonb_build_object('problem', 'manual invoicing', 'solutionFit', null, 'servicesNeeded', null),
      'stage', 'discovery_scheduled', 'motion', null, 'consent', true, 'geography', null, 'estimatedValue', null,
      'productInterest', null, 'competitors', '[]'::jsonb)`;
  const text = `replace('${TEXT.replaceAll("'", "''")}', 'NNN', i::text)`;

  const indexes = await sql<{ name: string; def: string }>`
    select indexname as name, indexdef as def from pg_indexes
    where schemaname = current_schema() and tablename = any(${TABLES})
      and indexname not in (select conindid::regclass::text from pg_constraint where conindid <> 0)`.execute(db);
  for (const ix of indexes.rows) await sql`drop index ${sql.id(ix.name)}`.execute(db);
  // foreign keys alike: checked once when added back, not once per row (and messages and cases
  // point at each other)
  const fks = await sql<{ table: string; name: string; def: string }>`
    select conrelid::regclass::text as table, conname as name, pg_get_constraintdef(oid) as def from pg_constraint
    where contype = 'f' and conrelid::regclass::text = any(${TABLES})`.execute(db);
  for (const fk of fks.rows) await sql`alter table ${sql.id(fk.table)} drop constraint ${sql.id(fk.name)}`.execute(db);

  await run(
    db,
    `insert into inbound_messages (id, sha256, message_id, source, size, received_at, from_address, subject, kind, language,
                                   text_body, parse, outcome, processed_at, case_id)
     select i, md5(i::text), '<bench-' || i || '@partner' || (i % 50) || '.example>', 'bench',
            800,
            t, 'rep' || (i % 7) || '@partner' || (i % 50) || '.example',
            'Deal registration: Company ' || i || ' GmbH', 'registration', 'en', ${text},
            jsonb_build_object('output', jsonb_build_object('kind', 'registration', 'confidence', case when i > ${n} then 0.4 else 0.9 end,
              'partner', jsonb_build_object('email', 'rep@partner' || (i % 50) || '.example', 'name', 'Rep', 'organization', 'Partner ' || (i % 50)),
              'registration', ${reg("i::text")}, 'missing', '[]'::jsonb, 'caseRef', null),
              'provenance', jsonb_build_object('company.name', jsonb_build_object('source', 'rules', 'snippet', 'Company ' || i || ' GmbH', 'span', null)),
              'attachments', '[]'::jsonb, 'error', null),
            case when i <= ${n} then 'registered' else 'needs_review' end, t + interval '2 seconds',
            case when i <= ${n} then i end
     from (select i, case when i <= ${n} then ${createdAt("i", n)} else ${createdAt(`(i - ${n})`, m)} end as t
           from generate_series(1, ${n + m}) as i) s`,
  );
  // the raw mail, one chunk each (migration 80 keeps it out of the message row)
  await run(
    db,
    `insert into inbound_raw_chunks (inbound_message_id, seq, data)
     select i, 0, convert_to('Subject: Deal registration ' || i || E'\\r\\n\\r\\n' || ${text}, 'UTF8')
     from generate_series(1, ${n + m}) as i`,
  );
  // Older cases are mostly decided; the last 45 days hold most of the open ones.
  await run(
    db,
    `insert into cases (id, case_number, status, partner_email, partner_name, partner_organization, company_name, company_key, company_domain,
                        contact_name, contact_email, registration, provenance, missing, confidence, language, conflict_reason,
                        source_message_id, protected_until, decided_at, decided_by, created_at, updated_at, status_changed_at)
     select i, 'REG-' || extract(year from t)::int || '-' || lpad(i::text, 7, '0'), st,
            'rep' || (i % 7) || '@partner' || (i % 50) || '.example', 'Rep ' || (i % 7), 'Partner ' || (i % 50),
            'Company ' || i || ' GmbH', 'company ' || i, 'company-' || i || '.example', 'Person ' || i, 'person@company-' || i || '.example',
            ${reg("i::text")}, '{}'::jsonb, case when st = 'incomplete' then '["contact.email"]'::jsonb else '[]'::jsonb end, 0.9, 'en',
            case when st = 'conflict' then 'registered_by_other_partner' end, i,
            case when st = 'approved' then t + interval '90 days' end,
            case when st in ('approved', 'rejected') then t + (1 + h % 47) * interval '1 hour' end,
            case when st in ('approved', 'rejected') then 'manager:lena.vogt@northbeam.io' end,
            t, t, t + case when st in ('approved', 'rejected') then (1 + h % 47) * interval '1 hour' else interval '0' end
     from (select i, t, h,
                  case when t < now() - interval '45 days' then
                    case when h < 550 then 'approved' when h < 700 then 'rejected' when h < 930 then 'expired'
                         when h < 945 then 'conflict' when h < 975 then 'incomplete' when h < 990 then 'info_requested' else 'pending' end
                  else
                    case when h < 300 then 'pending' when h < 550 then 'approved' when h < 650 then 'rejected' when h < 800 then 'incomplete'
                         when h < 880 then 'info_requested' when h < 960 then 'conflict' else 'expired' end
                  end as st
           from (select i, ${createdAt("i", n)} as t, ${h("i")} as h from generate_series(1, ${n}) as i) g) s`,
  );
  // ack to every partner, a notice to the manager for most, the decision mail for decided cases
  await run(
    db,
    `insert into outbox (case_id, kind, message_id, from_address, to_addresses, subject, text_body, status, created_at, next_attempt_at, sent_at)
     select c.id, k.kind, '<out-' || k.kind || '-' || c.id || '@northbeam.io>', 'partners@northbeam.io', jsonb_build_array(c.partner_email),
            '[' || c.case_number || '] ' || k.kind, 'Thank you, your registration ' || c.case_number || ' is received.',
            case when c.created_at > now() - interval '2 minutes' then 'queued' when ${h("c.id + k.n")} < 5 then 'bounced' else 'sent' end,
            coalesce(case when k.kind = 'decision' then c.decided_at end, c.created_at),
            coalesce(case when k.kind = 'decision' then c.decided_at end, c.created_at),
            coalesce(case when k.kind = 'decision' then c.decided_at end, c.created_at) + (20 + c.id % 300) * interval '1 second'
     from cases c cross join (values ('ack', 1), ('manager_notice', 2), ('decision', 3)) as k(kind, n)
     where (k.kind = 'ack') or (k.kind = 'manager_notice' and c.id % 20 <> 0) or (k.kind = 'decision' and c.decided_at is not null)
     order by 9`,
  );
  await run(
    db,
    `insert into timeline_events (case_id, at, actor, kind, inbound_message_id, outbox_id, text, data)
     select case_id, at, actor, kind, inbound_message_id, outbox_id, text, data from (
       select c.id as case_id, c.created_at as at, 'partner:' || c.partner_email as actor, 'registered' as kind,
              c.source_message_id as inbound_message_id, null::int as outbox_id, 'Company ' || c.id || ' GmbH, Person ' || c.id as text,
              '{}'::jsonb as data
       from cases c
       union all
       select o.case_id, o.created_at, 'system', o.kind || '_queued', null, o.id, null, '{}'::jsonb from outbox o
       union all
       select c.id, c.decided_at, c.decided_by, 'status_changed', null, null, null, jsonb_build_object('from', 'pending', 'to', c.status)
       from cases c where c.decided_at is not null) e
     order by at`,
  );
  const reasons = `(array[${MESSAGE_REASONS.map((r) => `'${r}'`).join(",")}])`;
  const caseReasons = `array[${[...CASE_REASONS].map((r) => `'${r}'`).join(",")}]`;
  await run(
    db,
    `insert into review_items (reason, detail, inbound_message_id, case_id, created_at, resolved_at, resolved_by, resolution)
     select reason, detail, inbound_message_id, case_id, created_at, resolved_at, resolved_by, resolution from (
       -- stored mail that became no case: 62 % still open, the rest handled by ops
       select r.reason, 'bench' as detail, m.id as inbound_message_id,
              case when r.reason = any(${caseReasons}) then greatest(1, ((m.id - ${n})::int8 * ${n} / ${m})::int) end as case_id,
              m.received_at as created_at,
              case when ${h("m.id + 7")} >= 620 then m.received_at + interval '5 hours' end as resolved_at,
              case when ${h("m.id + 7")} >= 620 then 'ops:bench' end as resolved_by,
              case when ${h("m.id + 7")} >= 620 then 'done' end as resolution
       from inbound_messages m
       cross join lateral (select ${reasons}[1 + ${h("m.id + 3")} % ${MESSAGE_REASONS.length}] as reason) r
       where m.id > ${n}
       union all
       -- conflicts: open on conflict cases, closed on a tenth of the decided ones
       select 'conflict', 'registered_by_other_partner', c.source_message_id, c.id, c.created_at,
              case when c.status <> 'conflict' then c.decided_at end, case when c.status <> 'conflict' then c.decided_by end,
              case when c.status <> 'conflict' then 'approved on the admin page' end
       from cases c where c.status = 'conflict' or (c.decided_at is not null and c.id % 10 = 0)
       union all
       -- missing fields on incomplete cases; a fifth were closed by ops while the case stayed incomplete
       select 'missing_fields', 'missing contact.email', c.source_message_id, c.id, c.created_at,
              case when c.id % 5 = 0 then c.created_at + interval '3 days' end, case when c.id % 5 = 0 then 'ops:bench' end,
              case when c.id % 5 = 0 then 'partner called' end
       from cases c where c.status = 'incomplete') x
     order by created_at`,
  );
  for (const t of ["inbound_messages", "cases"])
    await run(db, `select setval(pg_get_serial_sequence('${t}', 'id'), (select max(id) from ${t}))`);
  await run(db, `select setval('case_number_seq', ${n + 1})`);
  for (const ix of indexes.rows) await sql.raw(ix.def).execute(db);
  for (const fk of fks.rows)
    await sql`alter table ${sql.id(fk.table)} add constraint ${sql.id(fk.name)} ${sql.raw(fk.def)}`.execute(db);
  for (const t of TABLES) await sql`vacuum analyze ${sql.id(t)}`.execute(db);
  const counts = await sql<{ t: string; n: string }>`
    select 'cases' as t, count(*)::text as n from cases
    union all select 'inbound_messages', count(*)::text from inbound_messages
    union all select 'timeline_events', count(*)::text from timeline_events
    union all select 'outbox', count(*)::text from outbox
    union all select 'open review_items', count(*)::text from review_items where resolved_at is null`.execute(db);
  return { ms: performance.now() - t0, counts: Object.fromEntries(counts.rows.map((r) => [r.t, Number(r.n)])) };
}
