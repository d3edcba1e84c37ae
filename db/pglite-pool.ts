// A minimal `pg.Pool` look-alike over embedded PGlite, so kysely's own PostgresDialect runs on
// it unchanged. Why not the `kysely-pglite` package: it pulls in a CLI toolchain (oclif,
// kysely-codegen, chokidar) for ~40 lines of adapter. PGlite is a single connection, so
// "connections" are handed out one at a time: a transaction holds it until release().
import type { PGlite, QueryOptions } from "@electric-sql/pglite";
import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from "kysely";

const COMMANDS = ["UPDATE", "DELETE", "INSERT", "SELECT", "MERGE", "COMMIT", "ROLLBACK"] as const;

export function pgliteAsPool(pglite: PGlite, onEnd: () => Promise<void>): PostgresPool {
  let busy = false;
  const waiting: Array<() => void> = [];

  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else busy = false;
  };

  async function run<R>(sql: string, parameters?: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>> {
    const result = await pglite.query<R>(sql, parameters ? [...parameters] : undefined, BYTEA_CODEC);
    const verb = sql.trimStart().split(/\s/, 1)[0]?.toUpperCase() ?? "SELECT";
    return {
      command: COMMANDS.find((c) => c === verb) ?? "SELECT",
      rowCount: result.affectedRows ?? result.rows.length,
      rows: result.rows.map(normaliseRow),
    };
  }
  function query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>>;
  function query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
  function query<R>(
    sql: string | PostgresCursor<R>,
    parameters?: ReadonlyArray<unknown>,
  ): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
    if (typeof sql !== "string") throw new Error("cursors are not supported on PGlite");
    return run<R>(sql, parameters);
  }
  const client: PostgresPoolClient = { query, release };

  return {
    async connect() {
      if (busy) await new Promise<void>((resolve) => waiting.push(resolve));
      busy = true;
      return client;
    },
    end: onEnd,
  };
}

const BYTEA_OID = 17;

/**
 * bytea in as binary, out through Node's native hex codec. A Uint8Array parameter goes to
 * PostgreSQL as a binary-format value (pg-protocol's bind), i.e. the bytes themselves: no hex
 * text twice the size in the JS heap (a 1 MiB chunk of raw mail was a 2 MiB string plus the
 * message built from it). PGlite's own codec turns every byte into a JS string (out) or a
 * parseInt call (in): for one 1 MiB chunk some 30 MiB of garbage and a second of CPU; results
 * come back as text, and Buffer's hex is one allocation of the final size.
 */
const BYTEA_CODEC: QueryOptions = {
  serializers: {},
  parsers: { [BYTEA_OID]: (text: string) => Buffer.from(text.slice(2), "hex") },
};
// PGlite types a serializer as returning text, but hands the value to pg-protocol's bind, which
// sends an ArrayBufferView as a binary parameter: set through Reflect, as the typing cannot say so.
Reflect.set(BYTEA_CODEC.serializers!, BYTEA_OID, (v: unknown) => {
  if (!(v instanceof Uint8Array)) throw new Error("bytea parameter must be a Buffer or Uint8Array");
  return v;
});

// node-postgres returns bytea as Buffer; PGlite as Uint8Array. Make rows look the same.
// The row is PGlite's own fresh object, changed in place.
function normaliseRow<R>(row: R): R {
  if (row === null || typeof row !== "object") return row;
  for (const [k, v] of Object.entries(row))
    if (v instanceof Uint8Array && !Buffer.isBuffer(v))
      Reflect.set(row, k, Buffer.from(v.buffer, v.byteOffset, v.byteLength));
  return row;
}
