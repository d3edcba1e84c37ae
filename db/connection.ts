// Opens the database: real PostgreSQL when a URL is given, else embedded PGlite in DATA_DIR.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
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
  return openPglite(embeddedDatabaseDir(opts.dataDir));
}

/** Where the embedded database of DATA_DIR `dataDir` lives. */
export function embeddedDatabaseDir(dataDir: string): string {
  return join(resolve(dataDir), "pglite");
}

/**
 * PostgreSQL settings of the embedded database, on top of PGlite's own start parameters. Its
 * shared memory lives in the WebAssembly heap, which never shrinks: PostgreSQL's default
 * shared_buffers (128MB) is resident from the start (opening an existing data directory: 364 MiB
 * RSS with it, 256 MiB with 16MB). One process on one connection needs far less; the operating
 * system's page cache still holds the data files. maintenance_work_mem bounds index builds.
 */
export const PGLITE_SETTINGS = ["shared_buffers=16MB", "maintenance_work_mem=16MB"] as const;

/**
 * A new data directory is created in a child process. PGlite's initdb runs a second PGlite and
 * the initdb module beside the first; run in this process, what they leave behind stays resident
 * for its lifetime (~125 MiB RSS measured, with the data directory created here versus opened).
 */
async function initialiseDataDir(dir: string): Promise<void> {
  if (existsSync(join(dir, "PG_VERSION"))) return;
  const script = fileURLToPath(new URL("./pglite-init.mjs", import.meta.url));
  await promisify(execFile)(process.execPath, [script, dir]);
}

/** `dir` null: in memory (tests); `snapshot`: start from a dumped data directory. */
export async function openPglite(dir: string | null, snapshot?: Blob): Promise<DatabaseHandle> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  let unlock = async () => {};
  if (dir) {
    mkdirSync(dir, { recursive: true });
    unlock = acquireDirLock(dir);
    try {
      if (!snapshot) await initialiseDataDir(dir);
    } catch (err) {
      await unlock();
      throw err;
    }
  }
  const pglite = await PGlite.create({
    extensions: { pg_trgm },
    startParams: [...PGlite.defaultStartParams, ...PGLITE_SETTINGS.flatMap((s) => ["-c", s])],
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
