// Frozen in time: never edit a migration that has shipped; add a new one.
// Security (issue #10): signed-out admin sessions are stored, so a sign-out survives a restart and
// holds on every instance; the limits on automatic mail count outbox rows by kind and age.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("admin_revoked_sessions")
    .addColumn("session_id", "text", (c) => c.primaryKey())
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("outbox_kind_created").on("outbox").columns(["kind", "created_at"]).execute();
  await sql`create index outbox_created on outbox (created_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists outbox_created`.execute(db);
  await db.schema.dropIndex("outbox_kind_created").execute();
  await db.schema.dropTable("admin_revoked_sessions").execute();
}
