// One fresh, migrated database per test: in-memory PGlite always; a copy of the migrated
// PostgreSQL template when TEST_DATABASE_URL is set. `describe.each(dbBackends())` runs a
// suite on both.
import { randomBytes } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import pg from "pg";
import { sql } from "kysely";
import { embeddedDatabaseDir, openDatabase, openPglite, type DatabaseHandle } from "../../db/connection.ts";
import { migrateToLatest } from "../../db/migrate.ts";
import { withDatabase } from "./global-setup.ts";

export interface TestBackend {
  name: "pglite" | "postgres";
  open(): Promise<DatabaseHandle & { url: string | null }>;
}

// Starting PGlite costs seconds, so each test worker keeps one migrated instance and every
// open() hands it out emptied (truncate is milliseconds). Tests in a file run one at a time.
let shared: Promise<Awaited<ReturnType<typeof openPglite>>> | null = null;

async function emptyAllTables(handle: Awaited<ReturnType<typeof openPglite>>): Promise<void> {
  const { rows } = await sql<{ name: string }>`
    select quote_ident(tablename) as name from pg_tables
    where schemaname = 'public' and tablename not like 'kysely_migration%'`.execute(handle.db);
  if (rows.length)
    await sql.raw(`truncate ${rows.map((r) => r.name).join(", ")} restart identity cascade`).execute(handle.db);
  const seqs = await sql<{
    name: string;
  }>`select quote_ident(sequencename) as name from pg_sequences where schemaname = 'public'`.execute(handle.db);
  for (const s of seqs.rows) await sql.raw(`alter sequence ${s.name} restart with 1`).execute(handle.db);
}

export const pglite: TestBackend = {
  name: "pglite",
  async open() {
    shared ??= openPglite(null, new Blob([readFileSync(inject("pgliteSnapshot"))])).then(async (h) => {
      await migrateToLatest(h.db); // a no-op unless a migration was added after the snapshot
      return h;
    });
    const handle = await shared;
    await emptyAllTables(handle);
    // close() leaves the shared instance open for the next test; the worker's exit ends it.
    return { ...handle, url: null, close: async () => {} };
  },
};

/** The worker's snapshot written out once as a DATA_DIR (PGlite loads it and closes). */
let migratedTemplate: Promise<string> | null = null;

/**
 * A new DATA_DIR whose embedded database is already created and migrated, copied from the
 * worker's snapshot: a `dealreg` command run in it skips initdb and the migrations, some 13 of
 * its 24 CPU-seconds. For tests of a command, not of a new data directory (that is
 * tests/db/embedded-data-dir.test.ts, and the bundle test runs one from scratch).
 */
export async function migratedDataDir(): Promise<string> {
  migratedTemplate ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), "dealreg-migrated-"));
    process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
    const handle = await openPglite(embeddedDatabaseDir(dir), new Blob([readFileSync(inject("pgliteSnapshot"))]));
    await handle.close();
    return dir;
  })();
  const dir = mkdtempSync(join(tmpdir(), "dealreg-data-"));
  cpSync(embeddedDatabaseDir(await migratedTemplate), embeddedDatabaseDir(dir), { recursive: true });
  return dir;
}

/** A fresh PostgreSQL database copied from the migrated template; dropped on close. */
export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = process.env.TEST_DATABASE_URL;
  const template = inject("pgTemplate");
  if (!admin || !template) throw new Error("no PostgreSQL for tests (TEST_DATABASE_URL unset)");
  const name = `dealreg_t_${template.split("_").pop()}_${randomBytes(4).toString("hex")}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`create database ${name} template ${template}`);
        break;
      } catch (err) {
        // Two files copying the template at the same moment: PostgreSQL refuses one; try again.
        if (attempt > 20 || !/being accessed by other users/.test(String(err))) throw err;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  } finally {
    await client.end();
  }
  return {
    url: withDatabase(admin, name),
    async drop() {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`).catch(() => {});
      await c.end();
    },
  };
}

export const postgres: TestBackend = {
  name: "postgres",
  async open() {
    const created = await createPostgresDatabase();
    const handle = await openDatabase({ url: created.url, dataDir: "" });
    return {
      ...handle,
      url: created.url,
      async close() {
        await handle.close();
        await created.drop();
      },
    };
  },
};

export function hasPostgres(): boolean {
  return !!process.env.TEST_DATABASE_URL && !!inject("pgTemplate");
}

/** The backends to run database suites on. */
export function dbBackends(): TestBackend[] {
  return hasPostgres() ? [pglite, postgres] : [pglite];
}
