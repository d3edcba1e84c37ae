// Frozen in time: never edit a migration that has shipped; add a new one.
// Machine mail (issue #12): a bounced outbox row keeps the report's status and diagnostic;
// out-of-office answers leave the date a person is back, which reminders wait for.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("outbox")
    .addColumn("bounced_at", "timestamptz")
    .addColumn("bounce_type", "text")
    .addColumn("bounce_status", "text")
    .addColumn("bounce_diagnostic", "text")
    .execute();
  await db.schema
    .createTable("away_notices")
    .addColumn("address", "text", (c) => c.primaryKey())
    .addColumn("away_until", "timestamptz", (c) => c.notNull())
    .addColumn("return_date", "text")
    .addColumn("inbound_message_id", "integer", (c) => c.references("inbound_messages.id"))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("away_notices").execute();
  await db.schema
    .alterTable("outbox")
    .dropColumn("bounced_at")
    .dropColumn("bounce_type")
    .dropColumn("bounce_status")
    .dropColumn("bounce_diagnostic")
    .execute();
}
