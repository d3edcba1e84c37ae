// Frozen in time: never edit a migration that has shipped; add a new one.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create sequence case_number_seq`.execute(db);

  await db.schema
    .createTable("inbound_messages")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("sha256", "text", (c) => c.notNull().unique())
    .addColumn("message_id", "text")
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("raw", "bytea", (c) => c.notNull())
    .addColumn("size", "integer", (c) => c.notNull())
    .addColumn("received_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("ses_verdicts", "jsonb")
    .addColumn("from_address", "text")
    .addColumn("subject", "text")
    .addColumn("kind", "text")
    .addColumn("language", "text")
    .addColumn("text_body", "text")
    .addColumn("parse", "jsonb")
    .addColumn("outcome", "text")
    .addColumn("outcome_detail", "text")
    .addColumn("case_id", "integer")
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("last_error", "text")
    .addColumn("processed_at", "timestamptz")
    .execute();
  // Message-ID identifies a message across deliveries (a redelivery may differ in Received headers).
  await sql`create unique index inbound_messages_message_id_key on inbound_messages (message_id) where message_id is not null`.execute(
    db,
  );
  await sql`create index inbound_messages_unprocessed on inbound_messages (id) where outcome is null`.execute(db);

  await db.schema
    .createTable("inbound_source_refs")
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("ref", "text", (c) => c.notNull())
    .addColumn("inbound_message_id", "integer", (c) => c.notNull().references("inbound_messages.id"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("inbound_source_refs_pkey", ["source", "ref"])
    .execute();

  await db.schema
    .createTable("cases")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("case_number", "text", (c) => c.notNull().unique())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("partner_email", "text", (c) => c.notNull())
    .addColumn("partner_name", "text")
    .addColumn("partner_organization", "text")
    .addColumn("company_name", "text")
    .addColumn("company_key", "text")
    .addColumn("company_domain", "text")
    .addColumn("contact_name", "text")
    .addColumn("contact_email", "text")
    .addColumn("registration", "jsonb", (c) => c.notNull())
    .addColumn("provenance", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn("missing", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("confidence", "real", (c) => c.notNull())
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("conflict_reason", "text")
    .addColumn("conflict_case_id", "integer", (c) => c.references("cases.id"))
    .addColumn("source_message_id", "integer", (c) => c.references("inbound_messages.id"))
    .addColumn("partner_token_hash", "text")
    .addColumn("protected_until", "timestamptz")
    .addColumn("decided_at", "timestamptz")
    .addColumn("decided_by", "text")
    .addColumn("decision_reason", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex("cases_company_domain").on("cases").column("company_domain").execute();
  await db.schema.createIndex("cases_company_key").on("cases").column("company_key").execute();
  await db.schema.createIndex("cases_partner_email").on("cases").column("partner_email").execute();
  await db.schema.createIndex("cases_status").on("cases").column("status").execute();

  await db.schema
    .alterTable("inbound_messages")
    .addForeignKeyConstraint("inbound_messages_case_id_fkey", ["case_id"], "cases", ["id"])
    .execute();

  await db.schema
    .createTable("outbox")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("case_id", "integer", (c) => c.references("cases.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("message_id", "text", (c) => c.notNull().unique())
    .addColumn("from_address", "text", (c) => c.notNull())
    .addColumn("to_addresses", "jsonb", (c) => c.notNull())
    .addColumn("reply_to", "text")
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("text_body", "text", (c) => c.notNull())
    .addColumn("html_body", "text")
    .addColumn("in_reply_to", "text")
    .addColumn("references", "text")
    .addColumn("status", "text", (c) => c.notNull().defaultTo("queued"))
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_attempt_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("locked_until", "timestamptz")
    .addColumn("last_error", "text")
    .addColumn("provider_message_id", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("sent_at", "timestamptz")
    .execute();
  await sql`create index outbox_due on outbox (next_attempt_at) where status = 'queued'`.execute(db);

  await db.schema
    .createTable("timeline_events")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("case_id", "integer", (c) => c.notNull().references("cases.id"))
    .addColumn("at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("actor", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("inbound_message_id", "integer", (c) => c.references("inbound_messages.id"))
    .addColumn("outbox_id", "integer", (c) => c.references("outbox.id"))
    .addColumn("text", "text")
    .addColumn("data", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .execute();
  await db.schema.createIndex("timeline_events_case").on("timeline_events").columns(["case_id", "id"]).execute();

  await db.schema
    .createTable("review_items")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("detail", "text")
    .addColumn("inbound_message_id", "integer", (c) => c.references("inbound_messages.id"))
    .addColumn("case_id", "integer", (c) => c.references("cases.id"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("resolved_at", "timestamptz")
    .addColumn("resolved_by", "text")
    .addColumn("resolution", "text")
    .execute();
  await sql`create index review_items_open on review_items (created_at) where resolved_at is null`.execute(db);

  await db.schema
    .createTable("accounts")
    .addColumn("domain", "text", (c) => c.primaryKey())
    .addColumn("name", "text")
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("reason", "text")
    .addColumn("imported_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable("reply_tokens")
    .addColumn("token_hash", "text", (c) => c.primaryKey())
    .addColumn("case_id", "integer", (c) => c.notNull().references("cases.id"))
    .addColumn("purpose", "text", (c) => c.notNull())
    .addColumn("address", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("used_at", "timestamptz")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ["reply_tokens", "accounts", "review_items", "timeline_events", "outbox"]) {
    await db.schema.dropTable(t).execute();
  }
  await db.schema.alterTable("inbound_messages").dropConstraint("inbound_messages_case_id_fkey").execute();
  for (const t of ["cases", "inbound_source_refs", "inbound_messages"]) await db.schema.dropTable(t).execute();
  await sql`drop sequence case_number_seq`.execute(db);
}
