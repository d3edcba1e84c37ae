// Progress per mailbox: the highest UID whose raw bytes are committed. Only meaningful with the
// UIDVALIDITY it was recorded under; a new UIDVALIDITY starts over at 0.
import { sql } from "kysely";
import type { Database } from "../../db/connection.ts";

export interface ImapProgress {
  uidValidity: string;
  lastUid: number;
}

export async function readImapProgress(db: Database, mailbox: string): Promise<ImapProgress | null> {
  const row = await db
    .selectFrom("imap_state")
    .select(["uid_validity", "last_uid"])
    .where("mailbox", "=", mailbox)
    .executeTakeFirst();
  // int8 arrives as a number from node-postgres (see connection.ts) but may be a bigint from PGlite
  return row ? { uidValidity: row.uid_validity, lastUid: Number(row.last_uid) } : null;
}

/**
 * Records that every message up to `lastUid` is committed. Never moves backwards under the same
 * UIDVALIDITY (two writers, a late retry); a different UIDVALIDITY replaces the row.
 */
export async function recordImapProgress(db: Database, mailbox: string, progress: ImapProgress): Promise<void> {
  await db
    .insertInto("imap_state")
    .values({ mailbox, uid_validity: progress.uidValidity, last_uid: progress.lastUid, updated_at: new Date() })
    .onConflict((oc) =>
      oc.column("mailbox").doUpdateSet({
        last_uid: sql<number>`case when imap_state.uid_validity = excluded.uid_validity then greatest(imap_state.last_uid, excluded.last_uid) else excluded.last_uid end`,
        uid_validity: sql<string>`excluded.uid_validity`,
        updated_at: sql<Date>`excluded.updated_at`,
      }),
    )
    .execute();
}
