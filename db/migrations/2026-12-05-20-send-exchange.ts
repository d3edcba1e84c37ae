// Frozen in time. The mail sender's one statement as a PL/pgSQL function: records the sent rows
// and claims up to `n` due rows with a lease, counting an attempt on each. A PL/pgSQL function
// keeps its statements' plans for the session, where the statement it replaces (a CTE around
// `outbox_due_ids`, a SQL function) was parsed and planned on every call, the function's query
// once more inside it: about a tenth of the database's CPU per statement. The claim reads the
// due rows in the order of the partial `outbox_due` index with bitmap and sequential scans and
// sorts off, as `outbox_due_ids` does (migration 2026-12-05-10), and runs after the sent rows
// are recorded, in a snapshot of its own, so it cannot take them again.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create or replace function outbox_send_exchange(sent jsonb, n integer, lease_seconds integer) returns setof outbox
    language plpgsql volatile
    set enable_bitmapscan = off set enable_seqscan = off set enable_sort = off
    as $$
    begin
      if jsonb_array_length(sent) > 0 then
        update outbox set status = 'sent', sent_at = now(), locked_until = null, last_error = null, provider_message_id = d.pid
        from jsonb_to_recordset(sent) as d(id int, pid text)
        where outbox.id = d.id;
      end if;
      if n > 0 then
        return query
          update outbox set locked_until = now() + make_interval(secs => lease_seconds), attempts = attempts + 1
          where id = any(array(
            select id from outbox
            where status = 'queued' and next_attempt_at <= now() and (locked_until is null or locked_until < now())
            order by next_attempt_at limit n
            for update skip locked))
          returning *;
      end if;
    end
    $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop function if exists outbox_send_exchange(jsonb, integer, integer)`.execute(db);
}
