// Frozen in time: never edit a migration that has shipped; add a new one.
// CRM sync (issue #11): the sync outbox, the targets it fans out to, the CRM's ids on the case,
// the poll watermark and the cache of CRM conflict look-ups.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // Which targets (the CRM, each webhook URL) get jobs: written at start-up from the
  // configuration, read by the enqueue in the case's own transaction.
  await db.schema
    .createTable("crm_sync_targets")
    .addColumn("target", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("crm_sync_jobs")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("target", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("ref", "text", (c) => c.notNull())
    .addColumn("case_id", "integer", (c) => c.references("cases.id"))
    .addColumn("payload", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn("status", "text", (c) => c.notNull().defaultTo("queued"))
    .addColumn("generation", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_attempt_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("locked_until", "timestamptz")
    .addColumn("last_error", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("done_at", "timestamptz")
    .execute();
  // One queued job per (target, kind, ref): a second event on the same case while its job
  // waits bumps the generation instead of adding a twin.
  await sql`create unique index crm_sync_jobs_queued_key on crm_sync_jobs (target, kind, ref) where status = 'queued'`.execute(
    db,
  );
  await sql`create index crm_sync_jobs_due on crm_sync_jobs (next_attempt_at) where status = 'queued'`.execute(db);
  await sql`create index crm_sync_jobs_case on crm_sync_jobs (case_id)`.execute(db);

  await db.schema
    .alterTable("cases")
    .addColumn("crm_company_id", "text")
    .addColumn("crm_contact_id", "text")
    .addColumn("crm_deal_id", "text")
    .addColumn("crm_deal_url", "text")
    .addColumn("crm_synced_status", "text")
    .addColumn("crm_synced_at", "timestamptz")
    .addColumn("crm_check", "text")
    .execute();

  await db.schema
    .createTable("crm_state")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable("crm_conflict_cache")
    .addColumn("domain", "text", (c) => c.primaryKey())
    .addColumn("conflicts", "jsonb", (c) => c.notNull())
    .addColumn("checked_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("crm_conflict_cache").execute();
  await db.schema.dropTable("crm_state").execute();
  await db.schema
    .alterTable("cases")
    .dropColumn("crm_company_id")
    .dropColumn("crm_contact_id")
    .dropColumn("crm_deal_id")
    .dropColumn("crm_deal_url")
    .dropColumn("crm_synced_status")
    .dropColumn("crm_synced_at")
    .dropColumn("crm_check")
    .execute();
  await db.schema.dropTable("crm_sync_jobs").execute();
  await db.schema.dropTable("crm_sync_targets").execute();
}
