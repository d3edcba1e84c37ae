// Opens the database: real PostgreSQL when a URL is given, else embedded PGlite in DATA_DIR.
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { Kysely, PostgresDialect, sql, type KyselyConfig } from "kysely";
import pg from "pg";
import type { DB } from "./schema.ts";
import { pgliteAsPool } from "./pglite-pool.ts";
import { acquireDirLock } from "./dir-lock.ts";
import { StripNulPlugin } from "./strip-nul.ts";

export type Database = Kysely<DB>;

export interface DatabaseHandle {
  db: Database;
  kind: "postgres" | "pglite";
  close(): Promise<void>;
  /** PGlite only: the data directory as a tarball (test snapshots, backups) */
  dumpDataDir?: () => Promise<Blob>;
}

// jsonb columns are written as JSON text (see Json<T> in schema.ts); int8 (counts) as numbers.
pg.types.setTypeParser(20, (v) => Number(v));

export async function openDatabase(opts: {
  url?: string | undefined;
  dataDir: string;
  poolSize?: number;
  /** kysely's query log (benches time and EXPLAIN the statements a page sends) */
  log?: KyselyConfig["log"];
}): Promise<DatabaseHandle> {
  if (opts.url) {
    // A server that drops packets instead of refusing must not hang a request forever.
    // JIT compiles a plan for seconds to save milliseconds: it made the admin numbers take 1.8 s
    // at a million cases. Every query here is short.
    const pool = new pg.Pool({
      connectionString: opts.url,
      max: opts.poolSize ?? 10,
      connectionTimeoutMillis: 10_000,
      options: "-c jit=off",
    });
    // An idle client that loses its server (restart, failover) must not crash the process.
    pool.on("error", () => {});
    // A client checked out of the pool that loses its server emits 'error' as well as failing
    // its query; pg-pool listens only while a client is idle, so without this the process dies.
    pool.on("connect", (client) => client.on("error", () => {}));
    const db = new Kysely<DB>({
      dialect: new PostgresDialect({ pool }),
      plugins: [new StripNulPlugin()],
      ...(opts.log ? { log: opts.log } : {}),
    });
    return { db, kind: "postgres", close: () => db.destroy() };
  }
  return openPglite(join(resolve(opts.dataDir), "pglite"));
}

/** `dir` null: in memory (tests); `snapshot`: start from a dumped data directory. */
export async function openPglite(dir: string | null, snapshot?: Blob): Promise<DatabaseHandle> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  let unlock = async () => {};
  if (dir) {
    mkdirSync(dir, { recursive: true });
    unlock = acquireDirLock(dir);
  }
  const pglite = await PGlite.create({
    extensions: { pg_trgm },
    ...(dir ? { dataDir: dir } : {}),
    ...(snapshot ? { loadDataDir: snapshot } : {}),
  });
  const close = async () => {
    if (!pglite.closed) await pglite.close();
    await unlock();
  };
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({ pool: pgliteAsPool(pglite, close) }),
    plugins: [new StripNulPlugin()],
  });
  return { db, kind: "pglite", close: () => db.destroy(), dumpDataDir: () => pglite.dumpDataDir("none") };
}

/** Throws unless the database answers (for /healthz). */
export async function pingDatabase(db: Database): Promise<void> {
  await sql`select 1`.execute(db);
}
