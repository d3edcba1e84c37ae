// The one way a case queues a mail: a fresh single-use reply address when the recipient needs
// one, threading headers under the parent mail, a Message-ID that names the case, the outbox
// row and its timeline event, all in the caller's transaction. The notifier sends it later.
import type { Transaction } from "kysely";
import type { DB } from "../../../db/schema.ts";
import type { Case } from "../../repos/cases.ts";
import type { Config } from "../../config/env.ts";
import { enqueueCaseMail } from "../../repos/outbox.ts";
import type { NewStatusToken } from "../../repos/status-tokens.ts";
import type { RenderedMail } from "../../notifier/render.ts";
import { addressDomain, newMessageId, replyHeaders } from "../../notifier/threading.ts";
import { hashToken, newToken, replyAddress } from "../threading/reply-address.ts";
import { addTimelineEvent } from "../../repos/cases.ts";
import { withholdReason } from "./auto-mail-limits.ts";

export interface ParentMail {
  messageId: string | null;
  references: string[];
}

/** The parent of a mail we send again into a thread: an earlier outbox row (or none). */
export function parentOf(row: { message_id: string; references: string | null } | undefined): ParentMail {
  return row
    ? { messageId: row.message_id, references: row.references?.split(/\s+/).filter(Boolean) ?? [] }
    : { messageId: null, references: [] };
}

export interface CaseMail {
  /** outbox kind */
  kind: string;
  /** the kind as it appears in the Message-ID's local part */
  idKind: string;
  to: string[];
  /** an address issued before, or a fresh single-use token for this purpose and recipient */
  replyTo: string | { purpose: "partner" | "manager"; address: string };
  parent: ParentMail;
  rendered: RenderedMail;
  timeline: { kind: string; text?: string; data: Record<string, unknown> };
  /** the status page link the mail carries: stored with it (a withheld mail stores none) */
  statusToken?: NewStatusToken;
}

/** Queues one mail of a case and notes it on the timeline. Returns its outbox id, or null when
 * the mail is withheld (the sender asked for no automatic answer, our own address, or the same mail
 * again within 24 h; noted on the timeline). */
export async function queueCaseMail(
  trx: Transaction<DB>,
  ctx: {
    config: Config;
    caseRow: Case;
    now: Date;
    /** why the sender of the mail being answered asked for no automatic answer, if they did */
    withhold?: string | null | undefined;
    /** created in this transaction: it has sent nothing yet */
    caseIsNew?: boolean;
  },
  mail: CaseMail,
): Promise<number | null> {
  const { config, caseRow } = ctx;
  const withheld =
    ctx.withhold ||
    (await withholdReason(trx, config, {
      caseId: caseRow.id,
      kind: mail.kind,
      to: mail.to,
      text: mail.rendered.text,
      caseIsNew: ctx.caseIsNew ?? false,
    }));
  if (withheld) {
    await addTimelineEvent(trx, {
      caseId: caseRow.id,
      actor: "system",
      kind: "mail_withheld",
      text: withheld,
      data: { kind: mail.kind, to: mail.to, reason: withheld },
    });
    return null;
  }
  // a fresh single-use reply address: its token is stored with the mail, in the same statement
  // (as is the status page link's)
  let replyTo = typeof mail.replyTo === "string" ? mail.replyTo : "";
  let replyToken: Parameters<typeof enqueueCaseMail>[2]["reply"] = null;
  if (typeof mail.replyTo !== "string") {
    const token = newToken();
    replyTo = replyAddress(config.INBOUND_ADDRESS, token);
    replyToken = { hash: hashToken(token), purpose: mail.replyTo.purpose, address: mail.replyTo.address };
  }
  const headers = replyHeaders(mail.parent);
  return enqueueCaseMail(
    trx,
    {
      caseId: caseRow.id,
      kind: mail.kind,
      messageId: newMessageId({
        caseNumber: caseRow.case_number,
        kind: mail.idKind,
        domain: addressDomain(config.INBOUND_ADDRESS),
        now: ctx.now,
      }),
      from: config.MAIL_FROM,
      to: mail.to,
      replyTo,
      subject: mail.rendered.subject,
      text: mail.rendered.text,
      inReplyTo: headers.inReplyTo,
      references: headers.references,
    },
    { reply: replyToken, status: mail.statusToken ?? null },
    { actor: "system", kind: mail.timeline.kind, text: mail.timeline.text, data: mail.timeline.data },
  );
}
