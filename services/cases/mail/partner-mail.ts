// Mail to the case's partner after the acknowledgement (decisions, questions, confirmations,
// expiry notices): threaded under the last mail we sent them, to the same address, with the
// same partner reply address, queued in the caller's transaction and noted on the timeline.
import type { Transaction } from "kysely";
import type { DB } from "../../../db/schema.ts";
import type { Case } from "../../repos/cases.ts";
import type { Config } from "../../config/env.ts";
import { caseLang } from "./i18n.ts";
import { renderMail } from "../../notifier/render.ts";
import { caseMailOfKinds } from "../../repos/outbox.ts";
import { parentOf, queueCaseMail } from "./queue-case-mail.ts";

/** Outbox kinds that went to the partner (never to managers). */
export const PARTNER_MAIL_KINDS = ["ack", "decision", "info_request", "field_update", "expiry_notice"] as const;
export type PartnerMailKind = (typeof PARTNER_MAIL_KINDS)[number];

export async function queuePartnerMail(
  trx: Transaction<DB>,
  ctx: {
    config: Config;
    caseRow: Case;
    kind: PartnerMailKind;
    template: string;
    context: Record<string, unknown>;
    now: Date;
    data?: Record<string, unknown>;
    /** the partner asked for no automatic answer to the mail this answers (X-Auto-Response-Suppress) */
    withhold?: string | null | undefined;
  },
): Promise<number | null> {
  const { caseRow } = ctx;
  const lang = caseLang(caseRow);
  const [previous] = await caseMailOfKinds(trx, caseRow.id, PARTNER_MAIL_KINDS);
  const to = previous?.to_addresses ?? [caseRow.partner_email];
  const rendered = renderMail(ctx.template, lang, { caseNumber: caseRow.case_number, ...ctx.context });
  return queueCaseMail(trx, ctx, {
    kind: ctx.kind,
    idKind: ctx.kind.replace(/_/g, "-"),
    to,
    replyTo: previous?.reply_to || { purpose: "partner", address: to[0] ?? caseRow.partner_email },
    parent: parentOf(previous),
    rendered,
    timeline: { kind: `${ctx.kind}_queued`, text: rendered.text, data: { to, ...ctx.data } },
  });
}
