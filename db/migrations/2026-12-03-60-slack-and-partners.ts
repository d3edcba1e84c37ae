// Frozen in time. Slack for managers: an outbox of Slack calls (post, update, ephemeral,
// webhook) written from timeline events, with the feed's cursor. Partners without a login:
// hashed status-page tokens (per case or per firm, revocable) and per-partner digest settings.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("slack_outbox")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("dedupe_key", "text", (c) => c.notNull().unique())
    .addColumn("case_id", "integer", (c) => c.references("cases.id"))
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("payload", "jsonb", (c) => c.notNull())
    .addColumn("post_id", "integer", (c) => c.references("slack_outbox.id"))
    .addColumn("channel", "text")
    .addColumn("ts", "text")
    .addColumn("status", "text", (c) => c.notNull().defaultTo("queued"))
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_attempt_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("locked_until", "timestamptz")
    .addColumn("last_error", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("sent_at", "timestamptz")
    .execute();
  await sql`create index slack_outbox_due on slack_outbox (next_attempt_at) where status = 'queued'`.execute(db);
  await db.schema.createIndex("slack_outbox_case").on("slack_outbox").columns(["case_id", "action"]).execute();

  await db.schema
    .createTable("feed_cursors")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("last_event_id", "integer", (c) => c.notNull())
    .execute();
  // Existing history is not replayed into Slack: the feed starts after the newest event.
  await sql`insert into feed_cursors (name, last_event_id) select 'slack', coalesce(max(id), 0) from timeline_events`.execute(
    db,
  );

  await db.schema
    .createTable("status_tokens")
    .addColumn("token_hash", "text", (c) => c.primaryKey())
    .addColumn("scope", "text", (c) => c.notNull())
    .addColumn("case_id", "integer", (c) => c.references("cases.id"))
    .addColumn("partner_key", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("revoked_at", "timestamptz")
    .addColumn("revoked_by", "text")
    .execute();
  await db.schema.createIndex("status_tokens_case").on("status_tokens").columns(["case_id"]).execute();
  await db.schema.createIndex("status_tokens_partner").on("status_tokens").columns(["partner_key"]).execute();

  // extra header fields of an outgoing mail (the digest's List-Unsubscribe and List-Unsubscribe-Post)
  await db.schema.alterTable("outbox").addColumn("headers", "jsonb").execute();

  await db.schema
    .createTable("partner_settings")
    .addColumn("address", "text", (c) => c.primaryKey())
    .addColumn("digest_opt_out_at", "timestamptz")
    .addColumn("digest_opt_out_source", "text")
    .addColumn("digest_sent_at", "timestamptz")
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ["partner_settings", "status_tokens", "feed_cursors", "slack_outbox"])
    await db.schema.dropTable(t).execute();
  await db.schema.alterTable("outbox").dropColumn("headers").execute();
}
