// The cases of one firm, for status mail, status pages and digests. A firm's cases are those
// registered from its registrable domain (any subdomain) or, for free-mail, from that address.
import { sql } from "kysely";
import type { Database } from "../../db/connection.ts";
import type { DB } from "../../db/schema.ts";
import { toCase, type Case } from "../repos/cases.ts";
import type { Transaction } from "kysely";
import { firmKey, firmOf, type Firm } from "./firm.ts";

type Executor = Database | Transaction<DB>;

/** Closed cases stay listed this long after their last change. */
export const RECENT_DAYS = 30;

function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export async function casesOfFirm(
  db: Executor,
  firm: Firm,
  opts: { now: Date; caseNumber?: string | null; limit?: number },
): Promise<Case[]> {
  const recent = new Date(opts.now.getTime() - RECENT_DAYS * 86_400_000);
  let q = db.selectFrom("cases").selectAll();
  if (firm.kind === "address") q = q.where(sql<string>`lower(partner_email)`, "=", firm.key);
  else {
    const k = likeEscape(firm.key);
    q = q.where((eb) =>
      eb.or([
        eb(sql<string>`lower(partner_email)`, "like", `%@${k}`),
        eb(sql<string>`lower(partner_email)`, "like", `%@%.${k}`),
      ]),
    );
  }
  if (opts.caseNumber) q = q.where("case_number", "=", opts.caseNumber);
  else
    q = q.where((eb) =>
      eb.or([
        eb("status", "in", ["incomplete", "pending", "info_requested", "conflict", "approved"]),
        eb("updated_at", ">=", recent),
      ]),
    );
  const rows = await q
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(opts.limit ?? 200)
    .execute();
  // The LIKE narrows; the firm rule decides (no look-alike domain slips through).
  const key = firmKey(firm);
  return rows
    .filter((r) => {
      const f = firmOf(r.partner_email);
      return f !== null && firmKey(f) === key;
    })
    .map(toCase);
}
