// Runs the frozen migrations in db/migrations (date-prefixed, applied in name order).
import { readdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Migrator, type Migration, type MigrationProvider, type MigrationResultSet } from "kysely";
import type { Database } from "./connection.ts";

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), "migrations");

function isMigration(m: unknown): m is Migration {
  return typeof m === "object" && m !== null && "up" in m && typeof m.up === "function";
}

class FolderMigrationProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    const files = (await readdir(MIGRATIONS_DIR)).filter((f) => /^\d{4}-\d{2}-\d{2}-.*\.ts$/.test(f)).sort();
    const out: Record<string, Migration> = {};
    for (const name of files.map((f) => f.replace(/\.ts$/, ""))) {
      // A relative template the bundler can follow: it bundles every file `./migrations/*.ts` matches.
      const mod: unknown = await import(`./migrations/${name}.ts`);
      if (!isMigration(mod)) throw new Error(`migration ${name} exports no up() function`);
      out[name] = mod;
    }
    return out;
  }
}

export async function migrateToLatest(db: Database): Promise<MigrationResultSet> {
  const migrator = new Migrator({ db, provider: new FolderMigrationProvider() });
  const result = await migrator.migrateToLatest();
  if (result.error) throw result.error;
  return result;
}
