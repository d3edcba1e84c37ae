// The scale bench seeds with raw SQL written against the schema; a migration that moves a
// column breaks it without any type error (the raw mail's move to chunks did). Seeding a small
// database here keeps `npm run bench:scale` runnable.
import { afterEach, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { postgres, hasPostgres } from "../helpers/db.ts";
import { seedScale } from "../../bench/scale-seed.ts";
import { readRawMessage } from "../../services/repos/messages.ts";

describe.runIf(hasPostgres())("bench:scale seed on postgres", () => {
  let close = async () => {};
  afterEach(() => close());

  it("seeds every table the admin pages read, with raw mail readable like stored mail", async () => {
    const handle = await postgres.open();
    close = handle.close;
    const { counts } = await seedScale(handle.db, 400);
    expect(counts.cases).toBe(400);
    expect(counts.inbound_messages).toBe(500);
    expect(counts.timeline_events).toBeGreaterThan(400);
    expect(counts.outbox).toBeGreaterThan(400);
    expect(counts["open review_items"]).toBeGreaterThan(0);
    const raw = await readRawMessage(handle.db, 1);
    expect(raw?.toString("utf8")).toMatch(/^Subject: Deal registration 1\r\n\r\n/);
    // the constraints dropped for the bulk insert are back
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from pg_constraint where contype = 'f' and conrelid = 'inbound_raw_chunks'::regclass`.execute(
      handle.db,
    );
    expect(rows[0]!.n).toBe(1);
  });
});
