// Frozen in time: never edit a migration that has shipped; add a new one.
// Case threads: when the status last changed (decision SLA), reminder bookkeeping (idempotent
// periodic tasks), and which inbound message used a manager's single-use token.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("cases")
    .addColumn("status_changed_at", "timestamptz")
    .addColumn("manager_reminded_at", "timestamptz")
    .addColumn("expiry_notice_sent_at", "timestamptz")
    .execute();
  await sql`update cases set status_changed_at = created_at where status_changed_at is null`.execute(db);
  await db.schema
    .alterTable("reply_tokens")
    .addColumn("used_by_inbound_id", "integer", (c) => c.references("inbound_messages.id"))
    .execute();
  await db.schema.createIndex("reply_tokens_case").on("reply_tokens").columns(["case_id", "purpose"]).execute();
  await sql`create index cases_protected_until on cases (protected_until) where status = 'approved'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists cases_protected_until`.execute(db);
  await db.schema.dropIndex("reply_tokens_case").execute();
  await db.schema.alterTable("reply_tokens").dropColumn("used_by_inbound_id").execute();
  await db.schema
    .alterTable("cases")
    .dropColumn("status_changed_at")
    .dropColumn("manager_reminded_at")
    .dropColumn("expiry_notice_sent_at")
    .execute();
}
