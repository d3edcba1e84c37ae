// Mail to the case's partner after the acknowledgement (decisions, questions, confirmations,
// expiry notices): threaded under the last mail we sent them, to the same address, with the
// same partner reply address, queued in the caller's transaction and noted on the timeline.
import type { Transaction } from "kysely";
import type { CaseRow, DB } from "../../db/schema.ts";
import type { Config } from "../config/env.ts";
import type { Lang } from "../notifier/i18n.ts";
import { enqueueMail } from "../notifier/outbox-repo.ts";
import { renderMail } from "../notifier/render.ts";
import { addressDomain, newMessageId, replyHeaders } from "../notifier/threading.ts";
import { hashToken, newToken, replyAddress } from "../threads/reply-address.ts";
import { addTimelineEvent, storeReplyToken } from "./case-repo.ts";

/** Outbox kinds that went to the partner (never to managers). */
export const PARTNER_MAIL_KINDS = ["ack", "decision", "info_request", "field_update", "expiry_notice"] as const;
export type PartnerMailKind = (typeof PARTNER_MAIL_KINDS)[number];

export function caseLang(caseRow: Pick<CaseRow, "language">): Lang {
  return caseRow.language === "de" ? "de" : "en";
}

export async function queuePartnerMail(
  trx: Transaction<DB>,
  ctx: { config: Config; caseRow: CaseRow; kind: PartnerMailKind; template: string; context: Record<string, unknown>; now: Date; data?: Record<string, unknown> },
): Promise<number> {
  const { config, caseRow } = ctx;
  const lang = caseLang(caseRow);
  const previous = await trx
    .selectFrom("outbox")
    .select(["message_id", "references", "to_addresses", "reply_to"])
    .where("case_id", "=", caseRow.id)
    .where("kind", "in", [...PARTNER_MAIL_KINDS])
    .orderBy("id", "desc")
    .executeTakeFirst();
  const to = (previous?.to_addresses as unknown as string[] | undefined) ?? [caseRow.partner_email];
  let replyTo = previous?.reply_to ?? null;
  if (!replyTo) {
    const token = newToken();
    await storeReplyToken(trx, { hash: hashToken(token), caseId: caseRow.id, purpose: "partner", address: to[0] ?? caseRow.partner_email });
    replyTo = replyAddress(config.INBOUND_ADDRESS, token);
  }
  const parent = previous ? { messageId: previous.message_id, references: previous.references?.split(/\s+/).filter(Boolean) ?? [] } : { messageId: null, references: [] };
  const headers = replyHeaders(parent);
  const rendered = renderMail(ctx.template, lang, { caseNumber: caseRow.case_number, ...ctx.context });
  const outboxId = await enqueueMail(trx, {
    caseId: caseRow.id,
    kind: ctx.kind,
    messageId: newMessageId({ caseNumber: caseRow.case_number, kind: ctx.kind.replace(/_/g, "-"), domain: addressDomain(config.INBOUND_ADDRESS), now: ctx.now }),
    from: config.MAIL_FROM,
    to,
    replyTo,
    subject: rendered.subject,
    text: rendered.text,
    inReplyTo: headers.inReplyTo,
    references: headers.references,
  });
  await addTimelineEvent(trx, { caseId: caseRow.id, actor: "system", kind: `${ctx.kind}_queued`, outboxId, text: rendered.text, data: { to, ...ctx.data } });
  return outboxId;
}
