// Frozen in time. A mail whose attached table holds several registrations makes a case per
// further row; the row's place among the mail's further rows (1, 2, … over all its tables) is
// the case's idempotency key together with the mail (the mail's own registration has none):
// processing the mail again can never give one row two cases.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table cases add column source_row integer`.execute(db);
  await sql`create unique index cases_source_row on cases (source_message_id, source_row) where source_row is not null`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists cases_source_row`.execute(db);
  await sql`alter table cases drop column if exists source_row`.execute(db);
}
