// What a parsed message means for the cases: an answer in a case thread, a new registration, or
// nothing to answer (RFC 3834 and friends; a person's mail that is no registration goes to
// review). Runs in the caller's transaction, which also records the message's outcome.
import type { Transaction } from "kysely";
import type { DB } from "../../db/schema.ts";
import type { Config } from "../config/env.ts";
import type { ParsedMessage } from "../parser/types.ts";
import { addReviewItem } from "../repos/review-items.ts";
import { sameOrganisation, type CommandEvidence } from "./commands/manager-command.ts";
import { senderAnswerLimitReason } from "./mail/auto-mail-limits.ts";
import type { StatusLinkIssuer } from "./mail/case-mail.ts";
import { answerSuppressedReason, neverAnswerReason } from "./mail/never-answer.ts";
import { registerMail } from "./register-mail.ts";
import { tokensInAddresses } from "./threading/reply-address.ts";
import { recordReply } from "./threading/record-reply.ts";
import { recordMachineMail } from "./machine-mail/record-machine-mail.ts";

export type MessageStatus = "registered" | "conflict" | "needs_review" | "reply" | "ignored";

export interface MessageOutcome {
  status: MessageStatus;
  caseId: number | null;
  caseNumber: string | null;
  detail: string | null;
  /** mail was queued (an acknowledgement, a confirmation, a decision, manager notices) */
  queuedMail: boolean;
}

export interface RouteContext {
  config: Config;
  parsed: ParsedMessage;
  inboundMessageId: number;
  now: Date;
  /** what sender authentication needs for a manager's command */
  evidence: CommandEvidence;
  /** why the receiving side judged the mail spam or infected (receivedAsSpam), or null */
  spam: string | null;
  /** a status page link for acknowledgements */
  statusLink?: StatusLinkIssuer | undefined;
}

export async function routeMessage(trx: Transaction<DB>, ctx: RouteContext): Promise<MessageOutcome> {
  const { config, parsed, inboundMessageId: id, now, evidence } = ctx;
  const kind = parsed.output.kind;
  const skip = neverAnswerReason(parsed, config);
  if (parsed.error) {
    const detail = `parse failed: ${parsed.error}`;
    await addReviewItem(trx, { reason: "parse_failed", detail, inboundMessageId: id });
    return { status: "needs_review", caseId: null, caseNumber: null, detail, queuedMail: false };
  }
  if (ctx.spam && !parsed.machine) {
    // No case and no answer. What reads as a registration or a case answer waits for a person, who
    // registers it if the filter was wrong; the rest stays stored, like any mail not meant for us.
    const meant = kind === "registration" || isThreadAnswer(parsed, config);
    if (meant) await addReviewItem(trx, { reason: "spam", detail: ctx.spam, inboundMessageId: id });
    return {
      status: meant ? "needs_review" : "ignored",
      caseId: null,
      caseNumber: null,
      detail: ctx.spam,
      queuedMail: false,
    };
  }
  if (isThreadAnswer(parsed, config) && !skip) {
    return recordReply(trx, {
      config,
      parsed,
      inboundMessageId: id,
      now,
      evidence,
      answerWithheld: answerSuppressedReason(parsed),
    });
  }
  if (kind === "registration" && !skip) {
    const replyTo = ackRecipient(parsed, evidence);
    // A storm from one sender (or aimed at one recipient), or too much mail overall: stored, not
    // answered, and a person registers it from the review queue.
    const limited = await senderAnswerLimitReason(trx, config, replyTo, "ack");
    if (limited) {
      const rows = parsed.rows.length + parsed.rowsOverLimit.length;
      const detail = rows
        ? `${limited}; the ${rows} further rows of its attachment are not registered either`
        : limited;
      await addReviewItem(trx, { reason: "rate_limited", detail: detail.slice(0, 500), inboundMessageId: id });
      return { status: "needs_review", caseId: null, caseNumber: null, detail: limited, queuedMail: false };
    }
    const ackWithheld = answerSuppressedReason(parsed);
    return registerMail(trx, {
      config,
      parsed,
      inboundMessageId: id,
      replyTo,
      ackWithheld,
      actor: `partner:${parsed.from?.address}`,
      now,
      statusLink: ctx.statusLink,
    });
  }
  if (parsed.machine) {
    // bounces and out-of-office answers: recorded on their case, never answered
    const r = await recordMachineMail(trx, { config, parsed, inboundMessageId: id, now });
    return { status: "ignored", ...r, queuedMail: false };
  }
  if (
    kind === "other" &&
    !parsed.headers["list-id"] &&
    !parsed.headers["list-unsubscribe"] &&
    !/^(bulk|list|junk)$/i.test(parsed.headers["precedence"] ?? "")
  ) {
    // A person wrote something that is not a registration (a question, say): a human should see it.
    await addReviewItem(trx, {
      reason: "not_registration",
      detail: parsed.subject.slice(0, 200),
      inboundMessageId: id,
    });
  }
  return { status: "ignored", caseId: null, caseNumber: null, detail: skip ?? kind, queuedMail: false };
}

/** A reply by classification, or person-written mail without a prospect sent to one of our
 * per-case `+token` addresses (a reply whose subject lost the case tag). A new registration
 * sent to a remembered token address stays a registration. */
function isThreadAnswer(parsed: ParsedMessage, config: Config): boolean {
  if (parsed.output.kind === "reply") return true;
  if (parsed.output.kind !== "other") return false;
  return (
    tokensInAddresses(
      [...parsed.to, ...parsed.cc].map((a) => a.address),
      config.INBOUND_ADDRESS,
    ).length > 0
  );
}

/** Where our answer goes: the partner's Reply-To when it is at the sender's own organisation,
 * or the sender is authenticated (else anyone could aim our acknowledgements at a victim); From otherwise. */
function ackRecipient(parsed: ParsedMessage, evidence: CommandEvidence): string {
  const from = parsed.from?.address ?? "";
  const replyTo = parsed.replyTo[0]?.address;
  if (!replyTo) return from;
  return sameOrganisation(replyTo, from) || evidence.judged?.verdict === "pass" ? replyTo : from;
}
