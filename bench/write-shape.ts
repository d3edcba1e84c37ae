// The PostgreSQL ceiling for dealreg's write shape, measured like pgbench: the rows dealreg
// wrote for one registration (raw message and its delivery ref; then case, two timeline
// events, reply token, outbox row and the message's outcome) copied per "mail" by plain SQL,
// with the same two transactions per mail, from `clients` connections at once. No parsing, no
// decisions: what the database alone sustains.
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
    msg: `${await copyStatement(c0, "inbound_messages", { outcome: "null", case_id: "null", processed_at: "null" })} returning id`,
    ref: await copyStatement(c0, "inbound_source_refs", { inbound_message_id: "$2::int" }, "inbound_message_id"),
    kase: `${await copyStatement(c0, "cases", { source_message_id: "$2::int" })} returning id`,
    event: await copyStatement(c0, "timeline_events", { case_id: "$2::int", inbound_message_id: "$3::int" }),
    token: await copyStatement(c0, "reply_tokens", { case_id: "$2::int" }, "case_id"),
    out: await copyStatement(c0, "outbox", { case_id: "$2::int" }),
  };
  c0.release();
  let left = mails;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      const c = await pool.connect();
      try {
        while (left-- > 0) {
          await c.query("begin");
          const m = (await c.query(q.msg, [tpl.m])).rows[0].id;
          await c.query(q.ref, [tpl.m, m]);
          await c.query("commit");
          await c.query("begin");
          await c.query("select id from inbound_messages where id = $1 for update", [m]);
          const k = (await c.query(q.kase, [tpl.c, m])).rows[0].id;
          await c.query(q.event, [tpl.t1, k, m]);
          await c.query(q.token, [tpl.c, k]);
          await c.query(q.out, [tpl.o, k]);
          await c.query(q.event, [tpl.t2, k, null]);
          await c.query(
            "update inbound_messages set outcome = 'registered', case_id = $2, processed_at = now() where id = $1",
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
