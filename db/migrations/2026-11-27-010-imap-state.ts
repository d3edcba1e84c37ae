// Frozen in time: never edit a migration that has shipped; add a new one.
// The IMAP watcher's progress per mailbox: the highest UID whose raw bytes are committed,
// valid only together with the mailbox's UIDVALIDITY.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("imap_state")
    // account and mailbox without the password, e.g. partners@mail.example.com/INBOX
    .addColumn("mailbox", "text", (c) => c.primaryKey())
    .addColumn("uid_validity", "text", (c) => c.notNull())
    // IMAP UIDs are unsigned 32-bit: integer is too small
    .addColumn("last_uid", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("imap_state").execute();
}
