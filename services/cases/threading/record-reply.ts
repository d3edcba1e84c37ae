// An answer in a case thread: it lands on the case timeline with its new text (quotes and
// signature stripped; the raw message stays whole in inbound_messages), then goes where it
// belongs: a manager's command to the command checks, a partner's answer to the field merge.
import type { Transaction } from "kysely";
import type { DB } from "../../../db/schema.ts";
import type { Config } from "../../config/env.ts";
import type { ParsedMessage } from "../../parser/types.ts";
import { isFreeMailDomain } from "../../parser/normalise/domain.ts";
import { stripReply } from "./strip-reply.ts";
import { parseReplyCommand } from "../commands/reply-command.ts";
import { addTimelineEvent, lockCase } from "../../repos/cases.ts";
import { addReviewItem } from "../../repos/review-items.ts";
import { samePartner } from "../decide-registration.ts";
import { findThreadCase } from "./find-thread-case.ts";
import { answerLimitReason } from "../mail/auto-mail-limits.ts";
import { handleManagerCommand, type CommandEvidence } from "../commands/manager-command.ts";
import { applyPartnerAnswer } from "../answers/partner-answer.ts";

export interface ReplyResult {
  status: "reply" | "needs_review";
  caseId: number | null;
  caseNumber: string | null;
  detail: string | null;
  /** mail was queued (a confirmation, a decision, manager notices) */
  queuedMail: boolean;
}

export interface ReplyContext {
  config: Config;
  parsed: ParsedMessage;
  inboundMessageId: number;
  now: Date;
  /** what sender authentication needs: the raw bytes, SES verdicts, an injectable DNS resolver */
  evidence?: CommandEvidence;
  /** the sender asked for no automatic answer (X-Auto-Response-Suppress): the answer is applied, not confirmed */
  answerWithheld?: string | null;
}

export type SenderRole = "manager" | "partner" | "contact" | "other";

export async function recordReply(trx: Transaction<DB>, ctx: ReplyContext): Promise<ReplyResult> {
  const { parsed, config } = ctx;
  const match = await findThreadCase(trx, parsed, config.INBOUND_ADDRESS);
  if (match.caseId === null) {
    const reason = match.reason === "stranger" ? "stranger_thread" : "unmatched_reply";
    await addReviewItem(trx, { reason, detail: parsed.subject.slice(0, 200), inboundMessageId: ctx.inboundMessageId });
    return { status: "needs_review", caseId: null, caseNumber: null, detail: reason, queuedMail: false };
  }
  // Row lock: a decision or another answer on this case commits first, and this answer then
  // works on the case as that left it (never writes back a status read before it).
  const caseRow = await lockCase(trx, match.caseId);
  if (!caseRow) throw new Error(`case ${match.caseId} vanished`);
  const { newText } = stripReply(parsed.text);
  const sender = parsed.from?.address?.toLowerCase() ?? "";
  const role = senderRole(config, caseRow, sender);
  await addTimelineEvent(trx, {
    caseId: caseRow.id,
    actor: `${role === "other" ? "sender" : role}:${sender || "unknown"}`,
    kind: "reply_received",
    inboundMessageId: ctx.inboundMessageId,
    text: newText,
    data: { matchedBy: match.by, subject: parsed.subject.slice(0, 300) },
  });
  const base = { status: "reply" as const, caseId: caseRow.id, caseNumber: caseRow.case_number };

  const command = parseReplyCommand(newText);
  // Anything that reads as a command, or comes back on a manager's reply address, goes through
  // every check; a partner's own answer is still read for fields after its command is refused.
  if (command || role === "manager" || match.tokenPurpose === "manager") {
    const r = await handleManagerCommand(trx, {
      config,
      caseRow,
      parsed,
      command,
      inboundMessageId: ctx.inboundMessageId,
      now: ctx.now,
      evidence: ctx.evidence ?? {},
    });
    if (role !== "partner")
      return {
        ...base,
        status: r.applied ? "reply" : command ? "needs_review" : "reply",
        detail: r.detail,
        queuedMail: r.applied,
      };
  }
  if (role === "partner" && !match.partnerVerified) {
    // From is forgeable, the subject tag is typed by anyone, and the partner's own Message-IDs
    // are known to everyone they wrote to: field changes need a mail that came back on our
    // Message-ID of a mail to the partner, or on the partner's reply address. A person applies this one.
    await addReviewItem(trx, {
      reason: "unverified_answer",
      detail: parsed.subject.slice(0, 200),
      inboundMessageId: ctx.inboundMessageId,
      caseId: caseRow.id,
    });
    return {
      ...base,
      status: "needs_review",
      detail: `partner answer not verified (matched by ${match.by})`,
      queuedMail: false,
    };
  }
  if (role === "partner") {
    // A responder answering every confirmation with a changed line would loop with us for ever.
    const limited = await answerLimitReason(trx, config, caseRow.id);
    if (limited) {
      await addReviewItem(trx, {
        reason: "rate_limited",
        detail: limited.slice(0, 500),
        inboundMessageId: ctx.inboundMessageId,
        caseId: caseRow.id,
      });
      return { ...base, status: "needs_review", detail: limited, queuedMail: false };
    }
    const r = await applyPartnerAnswer(trx, {
      config,
      caseRow,
      newText,
      fullText: parsed.text,
      sender,
      inboundMessageId: ctx.inboundMessageId,
      now: ctx.now,
      confirmationWithheld: ctx.answerWithheld ?? null,
    });
    const detail = r.changed.length ? `updated ${r.changed.join(", ")}; status ${r.status}` : `matched by ${match.by}`;
    return { ...base, detail, queuedMail: r.changed.length > 0 || r.status !== caseRow.status };
  }
  return { ...base, detail: `matched by ${match.by}`, queuedMail: false };
}

function senderRole(
  config: Config,
  c: { partner_email: string; contact_email: string | null },
  sender: string,
): SenderRole {
  if (!sender) return "other";
  if (config.MANAGERS.includes(sender)) return "manager";
  if (samePartner(c.partner_email, sender, isFreeMailDomain)) return "partner";
  if (c.contact_email && c.contact_email.toLowerCase() === sender) return "contact";
  return "other";
}
