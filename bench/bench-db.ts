// A scratch database for a bench: a fresh PostgreSQL database on TEST_DATABASE_URL (dropped
// afterwards), else in-memory PGlite.
import { randomBytes } from "node:crypto";
import type { KyselyConfig } from "kysely";
import pg from "pg";
import { openDatabase, openPglite, type DatabaseHandle } from "../db/connection.ts";

export async function openBenchDatabase(
  opts: { poolSize?: number; log?: KyselyConfig["log"] } = {},
): Promise<{ handle: DatabaseHandle; label: string; url: string | null; drop(): Promise<void> }> {
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) return { handle: await openPglite(null), label: "PGlite (in memory)", url: null, drop: async () => {} };
  const name = `dealreg_bench_${randomBytes(4).toString("hex")}`;
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query(`create database ${name}`);
  await c.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    handle: await openDatabase({ url: url.toString(), dataDir: "", ...opts }),
    label: `PostgreSQL (${name})`,
    url: url.toString(),
    async drop() {
      const d = new pg.Client({ connectionString: admin });
      await d.connect();
      await d.query(`drop database if exists ${name} with (force)`);
      await d.end();
    },
  };
}

/** A database an earlier run kept (`--keep`), on TEST_DATABASE_URL's server. */
export async function openExistingDatabase(
  name: string,
  log?: KyselyConfig["log"],
): Promise<{ handle: DatabaseHandle; label: string; drop(): Promise<void> }> {
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin || !/^[a-z0-9_]+$/.test(name))
    throw new Error("--database needs TEST_DATABASE_URL and a plain database name");
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString(), dataDir: "", log });
  return { handle, label: `PostgreSQL (${name})`, drop: async () => {} };
}
