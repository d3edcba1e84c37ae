// Frozen in time. Raw mail leaves the inbound_messages row for rows of at most 1 MiB in
// inbound_raw_chunks: a whole mail in one bytea travels as hex text (twice its size) and sits
// in memory at once, in Node and in PGlite's WebAssembly heap (which never shrinks). Chunks are
// written and read one at a time. Mail stored before is moved here by the database itself, so
// nothing already stored becomes unreadable, and the column goes (a `select *` on messages no
// longer drags the whole mail along).
import { sql, type Kysely } from "kysely";

const CHUNK_BYTES = 1024 * 1024;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("inbound_raw_chunks")
    .addColumn("inbound_message_id", "integer", (c) =>
      c.notNull().references("inbound_messages.id").onDelete("cascade"),
    )
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("data", "bytea", (c) => c.notNull())
    .addPrimaryKeyConstraint("inbound_raw_chunks_pkey", ["inbound_message_id", "seq"])
    .execute();
  // Random-looking attachments do not compress; pglz would only spend time trying.
  await sql`alter table inbound_raw_chunks alter column data set storage external`.execute(db);
  await sql`
    insert into inbound_raw_chunks (inbound_message_id, seq, data)
    select m.id, s.seq, substring(m.raw from s.seq * ${sql.lit(CHUNK_BYTES)} + 1 for ${sql.lit(CHUNK_BYTES)})
    from inbound_messages m
    cross join lateral generate_series(0, greatest(length(m.raw) - 1, 0) / ${sql.lit(CHUNK_BYTES)}) as s(seq)
  `.execute(db);
  await db.schema.alterTable("inbound_messages").dropColumn("raw").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("inbound_messages").addColumn("raw", "bytea").execute();
  await sql`
    update inbound_messages m set raw = (
      select string_agg(c.data, ''::bytea order by c.seq) from inbound_raw_chunks c where c.inbound_message_id = m.id
    )
  `.execute(db);
  await sql`update inbound_messages set raw = ''::bytea where raw is null`.execute(db);
  await sql`alter table inbound_messages alter column raw set not null`.execute(db);
  await db.schema.dropTable("inbound_raw_chunks").execute();
}
