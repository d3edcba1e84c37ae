// Existing customers and blocked accounts, imported from a list, matched by registrable domain.
import type { AccountKind } from "../../db/schema.ts";
import type { Executor } from "./cases.ts";

export interface AccountMatch {
  /** imported accounts are customers or blocked; the CRM adds open deals owned by someone else */
  kind: AccountKind | "open_deal";
  reason: string | null;
}

export async function findAccount(trx: Executor, domain: string | null): Promise<AccountMatch | null> {
  if (!domain) return null;
  const row = await trx
    .selectFrom("accounts")
    .select(["kind", "reason"])
    .where("domain", "=", domain)
    .executeTakeFirst();
  return row ? { kind: row.kind === "blocked" ? "blocked" : "customer", reason: row.reason } : null;
}
