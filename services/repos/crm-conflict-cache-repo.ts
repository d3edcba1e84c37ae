// What the CRM said about a domain, cached with a TTL: registration reads it inside its
// transaction (no network there); the look-up itself runs before, or in a re-check job.
import { sql, type Transaction } from "kysely";
import { z } from "zod";
import type { Database } from "../../db/connection.ts";
import type { DB } from "../../db/schema.ts";

/** What the CRM knows against registering a domain (the CrmAdapter returns these). */
export interface CrmConflict {
  kind: "customer" | "open_deal";
  /** for managers: what the CRM knows (never shown to the partner for open deals) */
  reason: string;
  /** an open deal registered through dealreg: its partner (their own deal is no conflict) */
  partnerEmail?: string | null;
}

const Cached = z.array(
  z.object({
    kind: z.enum(["customer", "open_deal"]),
    reason: z.string(),
    partnerEmail: z.string().nullable().optional(),
  }),
);

/** The cached answer, or null when there is none younger than the TTL. */
export async function readCachedConflicts(
  trx: Transaction<DB> | Database,
  domain: string,
  ttlMinutes: number,
): Promise<CrmConflict[] | null> {
  const row = await trx
    .selectFrom("crm_conflict_cache")
    .select("conflicts")
    .where("domain", "=", domain)
    .where("checked_at", ">", sql<Date>`now() - make_interval(secs => ${ttlMinutes * 60})`)
    .executeTakeFirst();
  if (!row) return null;
  const parsed = Cached.safeParse(row.conflicts);
  return parsed.success ? parsed.data : null;
}

export async function storeConflicts(db: Database, domain: string, conflicts: readonly CrmConflict[]): Promise<void> {
  const value = JSON.stringify(conflicts);
  await db
    .insertInto("crm_conflict_cache")
    .values({ domain, conflicts: value })
    .onConflict((oc) => oc.column("domain").doUpdateSet({ conflicts: value, checked_at: sql`now()` }))
    .execute();
}
