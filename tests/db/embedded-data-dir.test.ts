import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../db/connection.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("embedded database in DATA_DIR", () => {
  it("creates a new data directory, runs with the small settings and keeps its data on reopening", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "dealreg-embedded-"));
    dirs.push(dataDir);
    const first = await openDatabase({ dataDir });
    const settings = await sql<{ name: string; setting: string }>`
      select name, current_setting(name) as setting from pg_settings
      where name in ('shared_buffers', 'maintenance_work_mem') order by name`.execute(first.db);
    expect(settings.rows).toEqual([
      { name: "maintenance_work_mem", setting: "16MB" },
      { name: "shared_buffers", setting: "16MB" },
    ]);
    await sql`create table kept (v text)`.execute(first.db);
    await sql`insert into kept values ('still here')`.execute(first.db);
    await first.close();

    const again = await openDatabase({ dataDir });
    const rows = await sql<{ v: string }>`select v from kept`.execute(again.db);
    await again.close();
    expect(rows.rows).toEqual([{ v: "still here" }]);
  }, 60_000);
});
