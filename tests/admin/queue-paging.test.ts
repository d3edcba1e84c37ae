// The review queue's repository: the per-case count of open items that the stale-incomplete
// check reads (kept by a trigger, migration 81), and keyset pages that show every row once.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { dbBackends } from "../helpers/db.ts";
import type { DatabaseHandle } from "../../db/connection.ts";
import type { CaseStatus } from "../../db/schema.ts";
import {
  INCOMPLETE_CASE,
  queueCounts,
  queueRows,
  resolveOpenItems,
  type QueueRow,
} from "../../services/repos/admin-queue.ts";

const NOW = new Date("2026-12-03T12:00:00Z");
const AT = "2026-11-01T08:00:00.123456Z"; // microseconds a JavaScript Date cannot hold

describe.each(dbBackends())("review queue repository on $name", (backend) => {
  let handle: DatabaseHandle;
  const db = () => handle.db;
  beforeEach(async () => {
    handle = await backend.open();
  });
  afterEach(async () => {
    await handle.close();
  });

  async function addCase(status: CaseStatus, createdAt = AT): Promise<number> {
    const n = (
      await db()
        .selectFrom("cases")
        .select(sql<number>`count(*)::int`.as("n"))
        .executeTakeFirstOrThrow()
    ).n;
    const row = await db()
      .insertInto("cases")
      .values({
        case_number: `REG-2026-${String(n + 1).padStart(6, "0")}`,
        status,
        partner_email: "rep@partner.example",
        registration: "{}",
        provenance: "{}",
        missing: '["contact.email"]',
        confidence: 0.9,
        language: "en",
        created_at: createdAt,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    return row.id;
  }
  async function addItem(reason: string, caseId: number | null, createdAt = AT): Promise<number> {
    const row = await db()
      .insertInto("review_items")
      .values({ reason, case_id: caseId, created_at: createdAt })
      .returning("id")
      .executeTakeFirstOrThrow();
    return row.id;
  }
  const openCount = async (id: number) =>
    (await db().selectFrom("cases").select("open_review_items").where("id", "=", id).executeTakeFirstOrThrow())
      .open_review_items;

  it("keeps each case's count of open review items through insert, close, move and delete", async () => {
    const a = await addCase("incomplete");
    const b = await addCase("pending");
    const first = await addItem("missing_fields", a);
    await addItem("conflict", a);
    expect(await openCount(a)).toBe(2);
    await db()
      .transaction()
      .execute((trx) =>
        resolveOpenItems(trx, { reviewItemId: first }, { actor: "ops:t", resolution: "done", now: NOW }),
      );
    expect(await openCount(a)).toBe(1);
    await db().updateTable("review_items").set({ detail: "unrelated change" }).execute();
    expect(await openCount(a)).toBe(1);
    await db().updateTable("review_items").set({ case_id: b }).where("case_id", "=", a).execute();
    expect([await openCount(a), await openCount(b)]).toEqual([0, 1]);
    await db().deleteFrom("review_items").where("case_id", "=", b).execute();
    expect([await openCount(a), await openCount(b)]).toEqual([0, 0]);
  });

  it("shows an incomplete case as stale only while it has no open item", async () => {
    const c = await addCase("incomplete");
    const item = await addItem("missing_fields", c);
    const q = { now: NOW, reviewAfterHours: 72 };
    expect((await queueCounts(db(), q, [INCOMPLETE_CASE])).get(INCOMPLETE_CASE)).toBeUndefined();
    await db()
      .transaction()
      .execute((trx) =>
        resolveOpenItems(trx, { reviewItemId: item }, { actor: "ops:t", resolution: "called", now: NOW }),
      );
    expect((await queueCounts(db(), q, [INCOMPLETE_CASE])).get(INCOMPLETE_CASE)).toBe(1);
    const rows = await queueRows(db(), { ...q, reason: INCOMPLETE_CASE, limit: 10, after: null });
    expect(rows.map((r) => r.caseId)).toEqual([c]);
  });

  it("pages through items and stale cases created at the same instant, each row once, oldest first", async () => {
    const expected: string[] = [];
    for (let i = 0; i < 3; i++) expected.push(`case:${await addCase("incomplete")}`);
    for (let i = 0; i < 4; i++) expected.push(`item:${await addItem("low_confidence", null)}`);
    expected.push(`item:${await addItem("conflict", null, "2026-11-01T08:00:00.123457Z")}`);
    expected.unshift(`item:${await addItem("parse_failed", null, "2026-11-01T08:00:00.123455Z")}`);
    const seen: QueueRow[] = [];
    let after: QueueRow["cursor"] | null = null;
    for (let page = 0; page < 10; page++) {
      const rows = await queueRows(db(), { reason: null, now: NOW, reviewAfterHours: 72, limit: 2, after });
      if (!rows.length) break;
      seen.push(...rows);
      after = rows.at(-1)!.cursor;
    }
    // the queue's order: by time, items before cases at the same instant, then by id
    const order = [expected[0]!, ...expected.slice(4, 8), ...expected.slice(1, 4), expected[8]!];
    expect(seen.map((r) => `${r.source}:${r.cursor.id}`)).toEqual(order);
  });
});
