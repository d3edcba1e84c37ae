// Reply tokens of the cases aggregate: the per-case reply addresses (partners+<token>@…), stored
// as hashes. Issuing and retiring them is in repos/cases.ts with the case change that causes it;
// here the look-ups of an answer's tokens and the single use of a manager's token.
import type { Selectable } from "kysely";
import type { ReplyTokenPurpose, ReplyTokensTable } from "../../db/schema.ts";
import type { Executor } from "./cases.ts";

export type ReplyToken = Selectable<ReplyTokensTable>;

export async function findToken(
  db: Executor,
  hash: string,
): Promise<{ caseId: number; purpose: ReplyTokenPurpose } | null> {
  const row = await db
    .selectFrom("reply_tokens")
    .select(["case_id", "purpose"])
    .where("token_hash", "=", hash)
    .executeTakeFirst();
  return row ? { caseId: row.case_id, purpose: row.purpose } : null;
}

export async function findTokens(db: Executor, hashes: readonly string[]): Promise<ReplyToken[]> {
  if (!hashes.length) return [];
  return db
    .selectFrom("reply_tokens")
    .selectAll()
    .where("token_hash", "in", [...hashes])
    .execute();
}

/** Whether `address` was sent a manager's reply address for this case. */
export async function isManagerOfCase(db: Executor, caseId: number, address: string): Promise<boolean> {
  const row = await db
    .selectFrom("reply_tokens")
    .select("case_id")
    .where("case_id", "=", caseId)
    .where("purpose", "=", "manager")
    .where("address", "=", address)
    .executeTakeFirst();
  return row !== undefined;
}

/** Uses the token up unless it was used already: a conditional update, so two deliveries of
 * the same reply cannot both pass. True when this call used it. */
export async function useToken(db: Executor, hash: string, now: Date, inboundMessageId: number): Promise<boolean> {
  const row = await db
    .updateTable("reply_tokens")
    .set({ used_at: now, used_by_inbound_id: inboundMessageId })
    .where("token_hash", "=", hash)
    .where("used_at", "is", null)
    .returning("token_hash")
    .executeTakeFirst();
  return row !== undefined;
}

/** The token is usable again (what it was used for did not happen). */
export async function releaseToken(db: Executor, hash: string): Promise<void> {
  await db
    .updateTable("reply_tokens")
    .set({ used_at: null, used_by_inbound_id: null })
    .where("token_hash", "=", hash)
    .execute();
}
