// Frozen in time. Indexes that keep the admin page and `dealreg case list` fast at a million
// cases: keyset pagination by status, the open review queue in its order, and a trigram index
// for substring search where pg_trgm is available (PostgreSQL contrib, PGlite's bundled
// extension); without it search still works, by a scan.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index cases_status_id on cases (status, id)`.execute(db);
  await sql`create index review_items_open_order on review_items (created_at, id) where resolved_at is null`.execute(
    db,
  );
  await sql`create index review_items_open_reason on review_items (reason, created_at, id) where resolved_at is null`.execute(
    db,
  );
  await sql`create index cases_incomplete on cases (created_at, id) where status = 'incomplete'`.execute(db);
  await sql`create index outbox_queued_id on outbox (id) where status = 'queued'`.execute(db);
  // the numbers on the cases page look at a recent window: index-only scans by creation time
  await sql`create index outbox_ack_recent on outbox (created_at) include (case_id, sent_at) where kind = 'ack'`.execute(
    db,
  );
  await sql`create index cases_recent on cases (created_at) include (status, decided_at, conflict_reason)`.execute(db);
  // pg_trgm is a trusted extension: the database owner may create it; a managed PostgreSQL
  // without it (or a role without CREATE) keeps the scan.
  const trgm = await sql<{ ok: boolean }>`
    select exists (select 1 from pg_available_extensions where name = 'pg_trgm') and has_database_privilege(current_database(), 'CREATE') as ok`.execute(
    db,
  );
  if (!trgm.rows[0]?.ok) return;
  await sql`create extension if not exists pg_trgm`.execute(db);
  // The same expression as CASE_SEARCH_TEXT in services/admin/data/cases.ts: chr(1) between
  // the fields keeps a pattern from matching across two of them.
  await sql`create index cases_search_trgm on cases using gin (
    lower(coalesce(company_name, '') || chr(1) || coalesce(company_domain, '') || chr(1) || partner_email || chr(1) ||
          coalesce(partner_organization, '') || chr(1) || coalesce(partner_name, '')) gin_trgm_ops)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const name of [
    "cases_search_trgm",
    "cases_recent",
    "outbox_ack_recent",
    "outbox_queued_id",
    "review_items_open_reason",
    "review_items_open_order",
    "cases_incomplete",
    "cases_status_id",
  ]) {
    await sql`drop index if exists ${sql.id(name)}`.execute(db);
  }
}
