// Status and unsubscribe links of partners, stored only as hashes (services/partners/status-tokens.ts
// issues them and decides what a link may open).
import type { StatusTokenRow, StatusTokenScope } from "../../db/schema.ts";
import type { Executor } from "./cases.ts";

/** A link's row: its token's hash, what it opens and the firm it was issued to. */
export interface NewStatusToken {
  hash: string;
  scope: StatusTokenScope;
  caseId: number | null;
  partnerKey: string;
}

export async function insertStatusToken(db: Executor, t: NewStatusToken): Promise<void> {
  await db
    .insertInto("status_tokens")
    .values({ token_hash: t.hash, scope: t.scope, case_id: t.caseId, partner_key: t.partnerKey })
    .execute();
}

/** The token unless it is unknown or revoked. */
export async function findLiveStatusToken(db: Executor, hash: string): Promise<StatusTokenRow | null> {
  const row = await db
    .selectFrom("status_tokens")
    .selectAll()
    .where("token_hash", "=", hash)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return row ?? null;
}

/** Revokes the live links to one case, or to a firm's page (`firmPageOf`), or every link of a
 * firm (`firm`); returns how many. */
export async function revokeStatusTokens(
  db: Executor,
  which: { caseId: number; firmPageOf: string | null } | { firm: string },
  by: string,
  now: Date,
): Promise<number> {
  const rows = await db
    .updateTable("status_tokens")
    .set({ revoked_at: now, revoked_by: by })
    .where("revoked_at", "is", null)
    .where((eb) => {
      if ("firm" in which) return eb("partner_key", "=", which.firm);
      const page = which.firmPageOf;
      return eb.or([
        eb("case_id", "=", which.caseId),
        ...(page ? [eb.and([eb("scope", "=", "firm"), eb("partner_key", "=", page)])] : []),
      ]);
    })
    .returning("token_hash")
    .execute();
  return rows.length;
}
