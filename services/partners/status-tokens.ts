// Unguessable links to a partner's status pages: `PUBLIC_URL/status/<token>`, 160 random bits,
// stored only as a sha256 (a leaked row is no link). A token names one case or one firm, and is
// bound to the firm it was issued to: should a case change hands, its old links show nothing.
// Ops revoke links on the admin page or with `dealreg status-links revoke`.
import type { Transaction } from "kysely";
import type { Database } from "../../db/connection.ts";
import type { CaseRow, DB } from "../../db/schema.ts";
import { publicUrl, type Config } from "../config/env.ts";
import { hashToken, newToken } from "../cases/threading/reply-address.ts";
import { firmKey, firmOf } from "../parser/normalise/firm.ts";
import { findCaseById } from "../repos/cases.ts";
import {
  findLiveStatusToken,
  insertStatusToken,
  revokeStatusTokens,
  type NewStatusToken,
} from "../repos/status-tokens.ts";

type Executor = Database | Transaction<DB>;

export type StatusScope = { scope: "case"; caseId: number; firmKey: string } | { scope: "firm"; firmKey: string };

export function statusUrl(config: Config, token: string): string {
  return `${publicUrl(config)}/status/${token}`;
}

/** A link and the row that makes it valid, not stored yet. */
export interface NewLink {
  url: string;
  row: NewStatusToken;
}

/** A new link to one case's page, to be stored by the caller (with the mail that carries it, say),
 * or null when the partner's address names no firm. */
export function newCaseLink(config: Config, c: Pick<CaseRow, "id" | "partner_email">): NewLink | null {
  const firm = firmOf(c.partner_email);
  if (!firm) return null;
  const token = newToken();
  return {
    url: statusUrl(config, token),
    row: { hash: hashToken(token), scope: "case", caseId: c.id, partnerKey: firmKey(firm) },
  };
}

/** A new link to one case's page, stored, or null when the partner's address names no firm. */
export async function issueCaseLink(
  db: Executor,
  config: Config,
  c: Pick<CaseRow, "id" | "partner_email">,
): Promise<string | null> {
  const link = newCaseLink(config, c);
  if (link) await insertStatusToken(db, link.row);
  return link?.url ?? null;
}

/** A new link to a firm's page (all its cases). */
export async function issueFirmLink(db: Executor, config: Config, key: string): Promise<string> {
  const token = newToken();
  await insertStatusToken(db, { hash: hashToken(token), scope: "firm", caseId: null, partnerKey: key });
  return statusUrl(config, token);
}

/** A one-click unsubscribe link for one partner address (RFC 8058; the token is the proof). */
export async function issueUnsubscribeLink(db: Executor, config: Config, address: string): Promise<string> {
  const token = newToken();
  await insertStatusToken(db, {
    hash: hashToken(token),
    scope: "unsubscribe",
    caseId: null,
    partnerKey: `address:${address.toLowerCase()}`,
  });
  return `${publicUrl(config)}/unsubscribe/${token}`;
}

/** The address an unsubscribe token stands for, or null. */
export async function resolveUnsubscribeToken(db: Executor, token: string): Promise<string | null> {
  if (!/^[a-z2-7]{32}$/.test(token)) return null;
  const row = await findLiveStatusToken(db, hashToken(token));
  return row?.scope === "unsubscribe" ? row.partner_key.replace(/^address:/, "") : null;
}

/** What a token opens, or null (unknown, revoked, or the case no longer belongs to that firm). */
export async function resolveStatusToken(db: Executor, token: string): Promise<StatusScope | null> {
  if (!/^[a-z2-7]{32}$/.test(token)) return null;
  const row = await findLiveStatusToken(db, hashToken(token));
  if (!row) return null;
  if (row.scope === "firm") return { scope: "firm", firmKey: row.partner_key };
  if (row.scope !== "case" || row.case_id === null) return null;
  const c = await findCaseById(db, row.case_id);
  const firm = c ? firmOf(c.partner_email) : null;
  if (!firm || firmKey(firm) !== row.partner_key) return null;
  return { scope: "case", caseId: row.case_id, firmKey: row.partner_key };
}

/** Revokes every link to a case and to its firm's page; returns how many. */
export async function revokeCaseLinks(db: Executor, caseId: number, by: string, now: Date): Promise<number> {
  const c = await findCaseById(db, caseId);
  const firm = c ? firmOf(c.partner_email) : null;
  return revokeStatusTokens(db, { caseId, firmPageOf: firm ? firmKey(firm) : null }, by, now);
}

/** Revokes every link of a firm (its page and all its cases' pages). */
export async function revokeFirmLinks(db: Executor, key: string, by: string, now: Date): Promise<number> {
  return revokeStatusTokens(db, { firm: key }, by, now);
}
