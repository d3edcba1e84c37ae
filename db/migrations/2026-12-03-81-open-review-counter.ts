// Frozen in time. The review queue's "stale incomplete case" (an incomplete case with no open
// review item) was an anti-join over every incomplete case: at a million cases it read all of
// them to find none. Each case now carries the number of its open review items, kept by a
// trigger in the same transaction as the item's insert, resolution or delete (so no write path
// can forget it), and a partial index holds exactly the incomplete cases without an open item.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table cases add column open_review_items integer not null default 0`.execute(db);
  await sql`
    update cases c set open_review_items = r.n
    from (select case_id, count(*)::int as n from review_items
          where resolved_at is null and case_id is not null group by case_id) r
    where r.case_id = c.id`.execute(db);
  await sql`
    create function review_items_count_open() returns trigger language plpgsql as $$
    declare
      was_open integer := case when tg_op <> 'INSERT' and old.resolved_at is null then old.case_id end;
      now_open integer := case when tg_op <> 'DELETE' and new.resolved_at is null then new.case_id end;
    begin
      if was_open is not distinct from now_open then return null; end if;
      if was_open is not null then
        update cases set open_review_items = open_review_items - 1 where id = was_open;
      end if;
      if now_open is not null then
        update cases set open_review_items = open_review_items + 1 where id = now_open;
      end if;
      return null;
    end $$`.execute(db);
  await sql`
    create trigger review_items_count_open after insert or delete or update of resolved_at, case_id on review_items
    for each row execute function review_items_count_open()`.execute(db);
  // the queue's stale-incomplete rows and their count: an index range scan by age
  await sql`create index cases_stale_incomplete on cases (created_at, id) where status = 'incomplete' and open_review_items = 0`.execute(
    db,
  );
  // `dealreg case list --since`: the first id of a period, index-only (the plain created_at
  // index it replaces fetched every case of the period from the table to find it)
  await sql`create index cases_created_id on cases (created_at) include (id)`.execute(db);
  await sql`drop index if exists cases_created_at`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`create index if not exists cases_created_at on cases (created_at)`.execute(db);
  await sql`drop index if exists cases_created_id`.execute(db);
  await sql`drop index if exists cases_stale_incomplete`.execute(db);
  await sql`drop trigger if exists review_items_count_open on review_items`.execute(db);
  await sql`drop function if exists review_items_count_open()`.execute(db);
  await sql`alter table cases drop column if exists open_review_items`.execute(db);
}
