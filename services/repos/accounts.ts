// Existing customers and blocked accounts, imported from a list, matched by registrable domain.
import { sql } from "kysely";
import type { AccountKind } from "../../db/schema.ts";
import type { Executor } from "./cases.ts";

export interface AccountMatch {
  /** imported accounts are customers or blocked; the CRM adds open deals owned by someone else */
  kind: AccountKind | "open_deal";
  reason: string | null;
}

/** An imported account row as the dedupe decision sees it (read with a prospect's claims:
 * findProspect in cases.ts). */
export function accountMatch(row: { kind: AccountKind; reason: string | null }): AccountMatch {
  return { kind: row.kind === "blocked" ? "blocked" : "customer", reason: row.reason };
}

/** Inserts or replaces one imported account; true when the domain was new. */
export async function upsertAccount(
  trx: Executor,
  a: { domain: string; name: string | null; reason: string | null; kind: AccountKind },
  now: Date,
): Promise<boolean> {
  const res = await trx
    .insertInto("accounts")
    .values({ domain: a.domain, name: a.name, reason: a.reason, kind: a.kind, imported_at: now })
    .onConflict((oc) =>
      oc.column("domain").doUpdateSet({ name: a.name, reason: a.reason, kind: a.kind, imported_at: now }),
    )
    // xmax = 0 only for a freshly inserted row: tells inserts from updates in one statement
    .returning(sql<boolean>`(xmax = 0)`.as("inserted"))
    .executeTakeFirstOrThrow();
  return res.inserted;
}
