import { openDatabase } from "../../../db/connection.ts";
import { migrateToLatest } from "../../../db/migrate.ts";
import type { Config } from "../../config/env.ts";
import type { CliIo } from "../main.ts";

export async function runMigrate(io: CliIo, config: Config): Promise<number> {
  const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
  try {
    const result = await migrateToLatest(database.db);
    for (const r of result.results ?? []) io.stdout(JSON.stringify({ migration: r.migrationName, status: r.status }));
    io.stdout(JSON.stringify({ database: database.kind, status: "up to date" }));
    return 0;
  } finally {
    await database.close();
  }
}
