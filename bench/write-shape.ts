// The PostgreSQL ceiling for dealreg's write shape, measured like pgbench: the rows dealreg
// wrote for one registration copied per "mail" by plain SQL. No parsing, no decisions, no
// reads: what the database alone sustains for the same writes.
import pg from "pg";

const UNIQUE: Record<string, Record<string, string>> = {
  inbound_messages: {
    sha256: "md5(random()::text || clock_timestamp()::text)",
    message_id: "'<ref-' || md5(random()::text) || '@bench>'",
  },
  inbound_source_refs: { ref: "'ref:' || md5(random()::text)" },
  cases: { case_number: "'REF-' || md5(random()::text)" },
  outbox: { message_id: "'<ref-out-' || md5(random()::text) || '@bench>'" },
  reply_tokens: { token_hash: "md5(random()::text || clock_timestamp()::text)" },
  status_tokens: { token_hash: "md5(random()::text || clock_timestamp()::text)" },
};

async function copyStatement(
  c: pg.ClientBase,
  table: string,
  overrides: Record<string, string>,
  key = "id",
): Promise<string> {
  const { rows } = await c.query<{ column_name: string }>(
    "select column_name from information_schema.columns where table_name = $1 and column_name <> 'id' and (column_default is null or column_default not like 'nextval%') order by ordinal_position",
    [table],
  );
  const cols = rows.map((r) => r.column_name);
  const all = { ...UNIQUE[table], ...overrides };
  return `insert into ${table} (${cols.map((c) => `"${c}"`).join(", ")}) select ${cols.map((c) => all[c] ?? `"${c}"`).join(", ")} from ${table} where ${key} = $1 limit 1`;
}

/**
 * Stored mail → case + queued reply, by plain SQL, from `clients` connections at once: per mail
 * the claim (an update of the stored row) and the read of its raw chunks, then one transaction with the case, its two
 * timeline events, the reply token, the status-page token, the outbox row and the message's
 * outcome. The raw messages (rows and chunks) are copied first, untimed (the processing phase starts from them).
 */
export async function writeShapeReference(url: string, mails: number, clients: number): Promise<{ tps: number }> {
  const pool = new pg.Pool({ connectionString: url, max: clients, options: "-c jit=off" });
  pool.on("error", () => {}); // an idle client losing its server fails the next query instead
  const c0 = await pool.connect();
  const tpl = (
    await c0.query<{ m: number; c: number; t1: number; t2: number; o: number }>(`
    select m.id as m, c.id as c,
           (select min(id) from timeline_events where case_id = c.id) as t1, (select max(id) from timeline_events where case_id = c.id) as t2,
           (select id from outbox where case_id = c.id limit 1) as o
    from cases c join inbound_messages m on m.id = c.source_message_id order by c.id limit 1`)
  ).rows[0];
  if (!tpl) throw new Error("write-shape reference needs one registered case to copy");
  const q = {
    msg: `${await copyStatement(c0, "inbound_messages", { outcome: "null", case_id: "null", processed_at: "null", processing_until: "null", processing_by: "null" })} returning id`,
    kase: `${await copyStatement(c0, "cases", { source_message_id: "$2::int" })} returning id`,
    event: await copyStatement(c0, "timeline_events", { case_id: "$2::int", inbound_message_id: "$3::int" }),
    token: await copyStatement(c0, "reply_tokens", { case_id: "$2::int" }, "case_id"),
    status: await copyStatement(c0, "status_tokens", { case_id: "$2::int" }, "case_id"),
    out: await copyStatement(c0, "outbox", { case_id: "$2::int" }),
  };
  const ids: number[] = [];
  for (let i = 0; i < mails; i++) {
    const id: number = (await c0.query(q.msg, [tpl.m])).rows[0].id;
    await c0.query(
      "insert into inbound_raw_chunks (inbound_message_id, seq, data) select $2, seq, data from inbound_raw_chunks where inbound_message_id = $1",
      [tpl.m, id],
    );
    ids.push(id);
  }
  c0.release();
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      const c = await pool.connect();
      try {
        while (next < ids.length) {
          const m = ids[next++]!;
          await c.query(
            "update inbound_messages set attempts = attempts + 1, processing_until = now() + interval '20 s' where id = $1 and outcome is null returning id",
            [m],
          );
          await c.query("select data from inbound_raw_chunks where inbound_message_id = $1 order by seq", [m]);
          await c.query("begin");
          const k = (await c.query(q.kase, [tpl.c, m])).rows[0].id;
          await c.query(q.event, [tpl.t1, k, m]);
          await c.query(q.token, [tpl.c, k]);
          await c.query(q.status, [tpl.c, k]);
          await c.query(q.out, [tpl.o, k]);
          await c.query(q.event, [tpl.t2, k, null]);
          await c.query(
            "update inbound_messages set outcome = 'registered', case_id = $2, processed_at = now(), processing_until = null where id = $1 and outcome is null",
            [m, k],
          );
          await c.query("commit");
        }
      } finally {
        c.release();
      }
    }),
  );
  const tps = mails / ((performance.now() - t0) / 1000);
  await pool.end();
  return { tps };
}
