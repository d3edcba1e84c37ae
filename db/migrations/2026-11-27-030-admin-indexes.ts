// Frozen in time. Indexes behind the admin page: the review queue, a case's mail and the numbers.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index review_items_open_message on review_items (inbound_message_id) where resolved_at is null`.execute(
    db,
  );
  await sql`create index review_items_open_case on review_items (case_id) where resolved_at is null`.execute(db);
  await sql`create index outbox_case on outbox (case_id, kind)`.execute(db);
  await sql`create index cases_created_at on cases (created_at)`.execute(db);
  await sql`create index inbound_messages_case on inbound_messages (case_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const name of [
    "inbound_messages_case",
    "cases_created_at",
    "outbox_case",
    "review_items_open_case",
    "review_items_open_message",
  ]) {
    await sql`drop index if exists ${sql.id(name)}`.execute(db);
  }
}
