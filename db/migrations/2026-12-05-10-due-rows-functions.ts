// Frozen in time. The senders' claim of due rows as a function per queue table that plans its
// query with bitmap and sequential scans and sorts off: the due rows are read in the order of
// the partial "due" index, and the scan stops after `n` rows. Planned inline, the claim depended
// on the table's statistics: with an outbox last analysed when little was queued (the normal state
// before a burst) or never, PostgreSQL estimated a handful of due rows and took a bitmap scan
// that read and sorted every queued row for each claim (1,040 rows, 435 pages and 0.85 ms for
// eight rows halfway through a 2,000-mail backlog), which made draining a burst quadratic.
import { sql, type Kysely } from "kysely";

const TABLES = ["outbox", "slack_outbox"] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const t of TABLES) {
    await sql`
      create or replace function ${sql.raw(`${t}_due_ids`)}(n integer, skip integer[]) returns setof integer
      language sql volatile
      set enable_bitmapscan = off set enable_seqscan = off set enable_sort = off
      as ${sql.lit(`
        select id from ${t}
        where status = 'queued' and next_attempt_at <= now() and (locked_until is null or locked_until < now())
          and not (id = any(skip))
        order by next_attempt_at limit n
        for update skip locked`)}`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of TABLES) await sql`drop function if exists ${sql.raw(`${t}_due_ids`)}(integer, integer[])`.execute(db);
}
