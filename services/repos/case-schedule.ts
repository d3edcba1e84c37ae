// The cases aggregate's periodic side (services/cases/reminders.ts): which cases are due for a
// manager reminder, an expiry notice or expiry, claimed in batches with FOR UPDATE SKIP LOCKED,
// and the stamps that say it was done. Two workers or a re-run never claim the same case twice.
import { sql, type Transaction } from "kysely";
import type { Database } from "../../db/connection.ts";
import type { DB } from "../../db/schema.ts";
import { toCase, type Case } from "./cases.ts";

/** What a case is due for, with the moments that decide it. */
export type DueFor =
  /** pending or conflict since `due` or earlier, and not reminded since */
  | { kind: "manager_reminder"; due: Date }
  /** approved, protection ending within (now, horizon], no notice yet, partner not away */
  | { kind: "expiry_notice"; now: Date; horizon: Date }
  /** approved and protection over */
  | { kind: "expiry"; now: Date };

function dueQuery(trx: Transaction<DB>, d: DueFor) {
  const q = trx.selectFrom("cases").selectAll();
  switch (d.kind) {
    case "manager_reminder":
      return q
        .where("status", "in", ["pending", "conflict"])
        .where(sql<Date>`coalesce(status_changed_at, created_at)`, "<=", d.due)
        .where((eb) => eb.or([eb("manager_reminded_at", "is", null), eb("manager_reminded_at", "<=", d.due)]));
    case "expiry_notice":
      return (
        q
          .where("status", "=", "approved")
          .where("expiry_notice_sent_at", "is", null)
          // a partner who is away gets the notice after their stated return date
          .where(({ not, exists, selectFrom }) =>
            not(
              exists(
                selectFrom("away_notices")
                  .select("address")
                  .whereRef("away_notices.address", "=", sql`lower(cases.partner_email)`)
                  .where("away_notices.away_until", ">", d.now),
              ),
            ),
          )
          .where("protected_until", ">", d.now)
          .where("protected_until", "<=", d.horizon)
      );
    case "expiry":
      return q.where("status", "=", "approved").where("protected_until", "<=", d.now);
  }
}

/**
 * Claims due cases in batches and acts on each inside the claim's transaction, so a case is
 * stamped in the same commit as the mail it caused. Returns how many were handled.
 */
export async function eachDueCase(
  db: Database,
  due: DueFor,
  batch: number,
  act: (trx: Transaction<DB>, c: Case) => Promise<void>,
): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await db.transaction().execute(async (trx) => {
      const rows = await dueQuery(trx, due).orderBy("id").limit(batch).forUpdate().skipLocked().execute();
      for (const c of rows) await act(trx, toCase(c));
      return rows.length;
    });
    total += n;
    if (n < batch) return total;
  }
}

export async function markManagerReminded(trx: Transaction<DB>, caseId: number, now: Date): Promise<void> {
  await trx.updateTable("cases").set({ manager_reminded_at: now }).where("id", "=", caseId).execute();
}

export async function markExpiryNoticeSent(trx: Transaction<DB>, caseId: number, now: Date): Promise<void> {
  await trx.updateTable("cases").set({ expiry_notice_sent_at: now }).where("id", "=", caseId).execute();
}

export async function markExpired(trx: Transaction<DB>, caseId: number, now: Date): Promise<void> {
  await trx
    .updateTable("cases")
    .set({ status: "expired", status_changed_at: now, updated_at: now })
    .where("id", "=", caseId)
    .execute();
}
