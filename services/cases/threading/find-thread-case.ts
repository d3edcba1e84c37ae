// Which case does an inbound answer belong to, and may it change the case? In order of trust:
//   our_message  a Message-ID we sent (In-Reply-To/References), of exactly one case: only its
//                recipients saw it. Verifies a partner's answer when it was mail to the partner.
//   token        the per-case reply address (partners+<token>@…): verifies its purpose.
//   inbound      a Message-ID of mail we received on the case (the partner's original, an earlier
//                answer): everyone in its To/Cc knows it, and an attacker can plant one with a
//                first, parked mail. Threads onto the timeline, verifies nothing.
//   subject      the case tag, which anyone can type (case numbers are not secret and nothing
//                relies on them being so): only for people already on the case, verifies nothing.
import type { Transaction } from "kysely";
import type { DB } from "../../../db/schema.ts";
import type { ParsedMessage } from "../../parser/types.ts";
import { hashToken, tokensInAddresses } from "./reply-address.ts";
import { findCaseRef } from "../../parser/case-number.ts";
import { PARTNER_MAIL_KINDS } from "../mail/partner-mail.ts";
import { findCaseByNumber } from "../../repos/cases.ts";
import { findToken, isManagerOfCase } from "../../repos/reply-tokens.ts";
import { caseOfReceivedMail, sentMailOfCases } from "../../repos/threads.ts";

export type ThreadMatch =
  | {
      caseId: number;
      by: "our_message" | "token" | "inbound" | "subject";
      /** the answer came back on something only the case's partner received: it may change fields */
      partnerVerified: boolean;
      tokenPurpose: string | null;
      tokenHash: string | null;
    }
  | { caseId: null; reason: "no_case" | "stranger" };

const PARTNER_KINDS: readonly string[] = PARTNER_MAIL_KINDS;

export async function findThreadCase(
  trx: Transaction<DB>,
  parsed: ParsedMessage,
  inboundAddress: string,
): Promise<ThreadMatch> {
  // In-Reply-To and the ends of References are what clients keep; a bounded list also keeps a
  // crafted header with thousands of ids from overflowing the query's parameters.
  const refs =
    parsed.references.length > 60
      ? [...parsed.references.slice(0, 10), ...parsed.references.slice(-50)]
      : parsed.references;
  const ids = [parsed.inReplyTo, ...refs].filter((x): x is string => !!x);
  const sent = await sentMailOfCases(trx, ids);
  const sentCases = new Set(sent.map((r) => r.caseId));
  // Our Message-IDs of two cases in one mail: someone stitched threads together; trust neither.
  const ours = sentCases.size === 1 ? sent[0]!.caseId : null;
  if (ours !== null) {
    return {
      caseId: ours,
      by: "our_message",
      partnerVerified: sent.some((r) => PARTNER_KINDS.includes(r.kind)),
      tokenPurpose: null,
      tokenHash: null,
    };
  }

  const tokens = tokensInAddresses(
    [...parsed.to, ...parsed.cc].map((a) => a.address),
    inboundAddress,
  );
  for (const token of tokens) {
    const hash = hashToken(token);
    const row = await findToken(trx, hash);
    if (row)
      return {
        caseId: row.caseId,
        by: "token",
        partnerVerified: row.purpose === "partner",
        tokenPurpose: row.purpose,
        tokenHash: hash,
      };
  }

  if (ids.length && sentCases.size === 0) {
    const received = await caseOfReceivedMail(trx, ids);
    if (received !== null)
      return { caseId: received, by: "inbound", partnerVerified: false, tokenPurpose: null, tokenHash: null };
  }

  const tag = findCaseRef(parsed.subject);
  if (!tag) return { caseId: null, reason: "no_case" };
  const c = await findCaseByNumber(trx, tag);
  if (!c) return { caseId: null, reason: "no_case" };
  const sender = parsed.from?.address ?? "";
  const related = await isRelated(trx, c.id, sender, [c.partner_email, c.contact_email]);
  return related
    ? { caseId: c.id, by: "subject", partnerVerified: false, tokenPurpose: null, tokenHash: null }
    : { caseId: null, reason: "stranger" };
}

async function isRelated(
  trx: Transaction<DB>,
  caseId: number,
  sender: string,
  direct: Array<string | null>,
): Promise<boolean> {
  const s = sender.toLowerCase();
  if (!s) return false;
  if (direct.some((d) => d?.toLowerCase() === s)) return true;
  return isManagerOfCase(trx, caseId, s);
}
