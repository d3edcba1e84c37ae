// Which case does an inbound answer belong to? In order of trust: a Message-ID we sent (or
// the partner's original) in In-Reply-To/References; a reply token in the recipient address;
// the case tag in the subject, which anyone can type, so only for people already on the case.
import type { Transaction } from "kysely";
import type { DB } from "../../../db/schema.ts";
import type { ParsedMessage } from "../../parser/types.ts";
import { hashToken, tokensInAddresses } from "./reply-address.ts";
import { findCaseRef } from "../../parser/case-number.ts";

export type ThreadMatch =
  | { caseId: number; by: "references" | "token" | "subject"; tokenPurpose: string | null; tokenHash: string | null }
  | { caseId: null; reason: "no_case" | "stranger" };

export async function findThreadCase(trx: Transaction<DB>, parsed: ParsedMessage, inboundAddress: string): Promise<ThreadMatch> {
  // In-Reply-To and the ends of References are what clients keep; a bounded list also keeps a
  // crafted header with thousands of ids from overflowing the query's parameters.
  const refs = parsed.references.length > 60 ? [...parsed.references.slice(0, 10), ...parsed.references.slice(-50)] : parsed.references;
  const ids = [parsed.inReplyTo, ...refs].filter((x): x is string => !!x);
  if (ids.length) {
    const sent = await trx.selectFrom("outbox").select("case_id").where("message_id", "in", ids).where("case_id", "is not", null).orderBy("id", "desc").executeTakeFirst();
    const own = sent?.case_id
      ? null
      : await trx.selectFrom("inbound_messages").select("case_id").where("message_id", "in", ids).where("case_id", "is not", null).orderBy("id", "desc").executeTakeFirst();
    const caseId = sent?.case_id ?? own?.case_id ?? null;
    if (caseId) return { caseId, by: "references", tokenPurpose: null, tokenHash: null };
  }

  const tokens = tokensInAddresses([...parsed.to, ...parsed.cc].map((a) => a.address), inboundAddress);
  for (const token of tokens) {
    const hash = hashToken(token);
    const row = await trx.selectFrom("reply_tokens").select(["case_id", "purpose"]).where("token_hash", "=", hash).executeTakeFirst();
    if (row) return { caseId: row.case_id, by: "token", tokenPurpose: row.purpose, tokenHash: hash };
  }

  const tag = findCaseRef(parsed.subject);
  if (!tag) return { caseId: null, reason: "no_case" };
  const c = await trx.selectFrom("cases").select(["id", "partner_email", "contact_email"]).where("case_number", "=", tag).executeTakeFirst();
  if (!c) return { caseId: null, reason: "no_case" };
  const sender = parsed.from?.address ?? "";
  const related = await isRelated(trx, c.id, sender, [c.partner_email, c.contact_email]);
  return related ? { caseId: c.id, by: "subject", tokenPurpose: null, tokenHash: null } : { caseId: null, reason: "stranger" };
}

async function isRelated(trx: Transaction<DB>, caseId: number, sender: string, direct: Array<string | null>): Promise<boolean> {
  const s = sender.toLowerCase();
  if (!s) return false;
  if (direct.some((d) => d?.toLowerCase() === s)) return true;
  const manager = await trx.selectFrom("reply_tokens").select("case_id").where("case_id", "=", caseId).where("purpose", "=", "manager").where("address", "=", s).executeTakeFirst();
  return manager !== undefined;
}
