// Runs once before all test files: with a real PostgreSQL (TEST_DATABASE_URL), a template
// database is migrated once; each test file then gets its own copy (fast, isolated).
import type { TestProject } from "vitest/node";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openPglite } from "../../db/connection.ts";
import { Kysely, PostgresDialect } from "kysely";
import { migrateToLatest } from "../../db/migrate.ts";
import type { DB } from "../../db/schema.ts";

declare module "vitest" {
  export interface ProvidedContext {
    pgTemplate: string | null;
    pgliteSnapshot: string;
  }
}

/** A migrated PGlite data directory, dumped once: workers load it instead of running initdb. */
async function pgliteSnapshot(): Promise<{ file: string; cleanup: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), "dealreg-pglite-"));
  const handle = await openPglite(null);
  await migrateToLatest(handle.db);
  const dump = await handle.dumpDataDir!();
  const file = join(dir, "snapshot.tar");
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await handle.close();
  return { file, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The same server URL, naming another database. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const snapshot = await pgliteSnapshot();
  project.provide("pgliteSnapshot", snapshot.file);
  const teardown = await setupPostgres(project);
  return async () => {
    await teardown();
    snapshot.cleanup();
  };
}

async function setupPostgres(project: TestProject): Promise<() => Promise<void>> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const must = process.env.CI === "true" || process.env.REQUIRE_POSTGRES === "1";
    if (must) throw new Error("TEST_DATABASE_URL is not set, but CI requires the real-PostgreSQL suites");
    console.warn(
      "\n[dealreg tests] TEST_DATABASE_URL is not set: PostgreSQL suites are SKIPPED (PGlite suites still run).\n",
    );
    project.provide("pgTemplate", null);
    return async () => {};
  }
  const template = `dealreg_tpl_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`drop database if exists ${template}`);
  await admin.query(`create database ${template}`);
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: withDatabase(url, template), max: 1 }) }),
  });
  await migrateToLatest(db);
  await db.destroy();
  project.provide("pgTemplate", template);
  return async () => {
    const { rows } = await admin.query<{ datname: string }>(
      `select datname from pg_database where datname like 'dealreg_t_${process.pid}_%' or datname = $1`,
      [template],
    );
    for (const r of rows) await admin.query(`drop database if exists ${r.datname} with (force)`).catch(() => {});
    await admin.end();
  };
}
