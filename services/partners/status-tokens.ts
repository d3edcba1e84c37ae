// Unguessable links to a partner's status pages: `PUBLIC_URL/status/<token>`, 160 random bits,
// stored only as a sha256 (a leaked row is no link). A token names one case or one firm, and is
// bound to the firm it was issued to: should a case change hands, its old links show nothing.
// Ops revoke links on the admin page or with `dealreg status-links revoke`.
import type { Transaction } from "kysely";
import type { Database } from "../../db/connection.ts";
import type { CaseRow, DB } from "../../db/schema.ts";
import { publicUrl, type Config } from "../config/env.ts";
import { hashToken, newToken } from "../cases/threading/reply-address.ts";
import { firmKey, firmOf } from "./firm.ts";

type Executor = Database | Transaction<DB>;

export type StatusScope = { scope: "case"; caseId: number; firmKey: string } | { scope: "firm"; firmKey: string };

export function statusUrl(config: Config, token: string): string {
  return `${publicUrl(config)}/status/${token}`;
}

/** A new link to one case's page, or null when the partner's address names no firm. */
export async function issueCaseLink(
  db: Executor,
  config: Config,
  c: Pick<CaseRow, "id" | "partner_email">,
): Promise<string | null> {
  const firm = firmOf(c.partner_email);
  if (!firm) return null;
  const token = newToken();
  await db
    .insertInto("status_tokens")
    .values({ token_hash: hashToken(token), scope: "case", case_id: c.id, partner_key: firmKey(firm) })
    .execute();
  return statusUrl(config, token);
}

/** A new link to a firm's page (all its cases). */
export async function issueFirmLink(db: Executor, config: Config, key: string): Promise<string> {
  const token = newToken();
  await db
    .insertInto("status_tokens")
    .values({ token_hash: hashToken(token), scope: "firm", case_id: null, partner_key: key })
    .execute();
  return statusUrl(config, token);
}

/** A one-click unsubscribe link for one partner address (RFC 8058; the token is the proof). */
export async function issueUnsubscribeLink(db: Executor, config: Config, address: string): Promise<string> {
  const token = newToken();
  await db
    .insertInto("status_tokens")
    .values({
      token_hash: hashToken(token),
      scope: "unsubscribe",
      case_id: null,
      partner_key: `address:${address.toLowerCase()}`,
    })
    .execute();
  return `${publicUrl(config)}/unsubscribe/${token}`;
}

/** The address an unsubscribe token stands for, or null. */
export async function resolveUnsubscribeToken(db: Executor, token: string): Promise<string | null> {
  if (!/^[a-z2-7]{32}$/.test(token)) return null;
  const row = await db
    .selectFrom("status_tokens")
    .select("partner_key")
    .where("token_hash", "=", hashToken(token))
    .where("scope", "=", "unsubscribe")
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return row ? row.partner_key.replace(/^address:/, "") : null;
}

/** What a token opens, or null (unknown, revoked, or the case no longer belongs to that firm). */
export async function resolveStatusToken(db: Executor, token: string): Promise<StatusScope | null> {
  if (!/^[a-z2-7]{32}$/.test(token)) return null;
  const row = await db
    .selectFrom("status_tokens")
    .selectAll()
    .where("token_hash", "=", hashToken(token))
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  if (!row) return null;
  if (row.scope === "firm") return { scope: "firm", firmKey: row.partner_key };
  if (row.scope !== "case" || row.case_id === null) return null;
  const c = await db.selectFrom("cases").select("partner_email").where("id", "=", row.case_id).executeTakeFirst();
  const firm = c ? firmOf(c.partner_email) : null;
  if (!firm || firmKey(firm) !== row.partner_key) return null;
  return { scope: "case", caseId: row.case_id, firmKey: row.partner_key };
}

/** Revokes every link to a case and to its firm's page; returns how many. */
export async function revokeCaseLinks(db: Executor, caseId: number, by: string, now: Date): Promise<number> {
  const c = await db.selectFrom("cases").select("partner_email").where("id", "=", caseId).executeTakeFirst();
  const firm = c ? firmOf(c.partner_email) : null;
  const rows = await db
    .updateTable("status_tokens")
    .set({ revoked_at: now, revoked_by: by })
    .where("revoked_at", "is", null)
    .where((eb) =>
      eb.or([
        eb("case_id", "=", caseId),
        ...(firm ? [eb.and([eb("scope", "=", "firm"), eb("partner_key", "=", firmKey(firm))])] : []),
      ]),
    )
    .returning("token_hash")
    .execute();
  return rows.length;
}

/** Revokes every link of a firm (its page and all its cases' pages). */
export async function revokeFirmLinks(db: Executor, key: string, by: string, now: Date): Promise<number> {
  const rows = await db
    .updateTable("status_tokens")
    .set({ revoked_at: now, revoked_by: by })
    .where("revoked_at", "is", null)
    .where("partner_key", "=", key)
    .returning("token_hash")
    .execute();
  return rows.length;
}
