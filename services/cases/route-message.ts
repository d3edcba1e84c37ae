// What a parsed message means for the cases: an answer in a case thread, a new registration, or
// nothing to answer (RFC 3834 and friends; a person's mail that is no registration goes to
// review). Runs in the caller's transaction, which also records the message's outcome.
import type { Transaction } from "kysely";
import type { DB } from "../../db/schema.ts";
import type { Config } from "../config/env.ts";
import type { ParsedMessage } from "../parser/types.ts";
import { addReviewItem } from "../repos/review-items.ts";
import type { CommandEvidence } from "./commands/manager-command.ts";
import { neverAnswerReason } from "./mail/never-answer.ts";
import { registerLead } from "./register-lead.ts";
import { tokensInAddresses } from "./threading/reply-address.ts";
import { recordReply } from "./threading/record-reply.ts";

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
  if (isThreadAnswer(parsed, config) && !skip) {
    return recordReply(trx, { config, parsed, inboundMessageId: id, now, evidence });
  }
  if (kind === "registration" && !skip) {
    const r = await registerLead(trx, { config, parsed, inboundMessageId: id, replyTo: ackRecipient(parsed), actor: `partner:${parsed.from?.address}`, now });
    return { ...r, queuedMail: r.caseId !== null };
  }
  if (kind === "other" && !parsed.headers["list-id"] && !parsed.headers["list-unsubscribe"] && !/^(bulk|list|junk)$/i.test(parsed.headers["precedence"] ?? "")) {
    // A person wrote something that is not a registration (a question, say): a human should see it.
    await addReviewItem(trx, { reason: "not_registration", detail: parsed.subject.slice(0, 200), inboundMessageId: id });
  }
  return { status: "ignored", caseId: null, caseNumber: null, detail: skip ?? kind, queuedMail: false };
}

/** A reply by classification, or person-written mail without a prospect sent to one of our
 * per-case `+token` addresses (a reply whose subject lost the case tag). A new registration
 * sent to a remembered token address stays a registration. */
function isThreadAnswer(parsed: ParsedMessage, config: Config): boolean {
  if (parsed.output.kind === "reply") return true;
  if (parsed.output.kind !== "other") return false;
  return tokensInAddresses([...parsed.to, ...parsed.cc].map((a) => a.address), config.INBOUND_ADDRESS).length > 0;
}

/** Where our answer goes: the partner's Reply-To when they set one, else From. */
function ackRecipient(parsed: ParsedMessage): string {
  return parsed.replyTo[0]?.address ?? parsed.from?.address ?? "";
}
