// A partner's `status` or `unsubscribe` mail, answered in the pipeline's transaction.
// Status lists the sender's firm's cases only when the sender is authenticated the way manager
// commands are (DMARC with aligned DKIM, judged before the transaction) or wrote to a reply
// address we gave that very address; anyone else gets exactly the answer for "no cases", so the
// inbox is no oracle for which prospects are registered. The answer goes to From (never a
// Reply-To a forger could choose), threaded under the request.
import type { Transaction } from "kysely";
import type { DB } from "../../db/schema.ts";
import type { Config } from "../config/env.ts";
import type { ParsedMessage } from "../parser/types.ts";
import { judgeSender, type JudgeSenderInput, type SenderJudgement } from "../cases/commands/sender-auth.ts";
import { hashToken, tokensInAddresses } from "../cases/threading/reply-address.ts";
import { companyLabel, teamName } from "../cases/mail/case-mail.ts";
import { fieldLabel, formatDate, mailLang, oneLine, statusText, type Lang } from "../cases/mail/i18n.ts";
import { enqueueMail } from "../repos/outbox.ts";
import { renderMail } from "../notifier/render.ts";
import { addressDomain, newMessageId, replyHeaders } from "../notifier/threading.ts";
import { firmOf } from "../parser/normalise/firm.ts";
import { casesOfFirm } from "../repos/partner-cases.ts";
import { optOutOfDigest } from "../repos/partner-settings.ts";
import { findTokens } from "../repos/reply-tokens.ts";
import { addTimelineEvent } from "../repos/cases.ts";
import { addReviewItem } from "../repos/review-items.ts";
import { senderAnswerLimitReason } from "../cases/mail/auto-mail-limits.ts";
import { answerSuppressedReason } from "../cases/mail/never-answer.ts";
import type { PartnerCommand } from "./partner-command.ts";

/** Cases listed in one mail; the rest are counted (the status page has them all). */
const MAIL_LIST_LIMIT = 15;

export interface PartnerCommandInput {
  config: Config;
  parsed: ParsedMessage;
  command: PartnerCommand;
  /** the sender judged before the transaction (DNS must not run while rows are locked) */
  judged: SenderJudgement | null;
  inboundMessageId: number;
  now: Date;
  /** the firm-wide status page link for a verified sender (services/partners/status-tokens) */
  firmPageUrl?: (trx: Transaction<DB>, firmKey: string, now: Date) => Promise<string>;
}

export interface PartnerCommandResult {
  detail: string;
  queuedMail: boolean;
}

/** DMARC/DKIM judgement of a partner command's sender; run before the transaction. */
export function judgePartnerSender(
  config: Config,
  parsed: ParsedMessage,
  evidence: Pick<JudgeSenderInput, "raw" | "sesVerdicts" | "resolver">,
): Promise<SenderJudgement> | null {
  const from = parsed.from?.address;
  if (!from) return null;
  return judgeSender({
    raw: evidence.raw,
    from,
    trustedAuthservId: config.AUTHSERV_ID ?? null,
    sesVerdicts: evidence.sesVerdicts,
    ...(evidence.resolver ? { resolver: evidence.resolver } : {}),
  });
}

export async function answerPartnerCommand(
  trx: Transaction<DB>,
  input: PartnerCommandInput,
): Promise<PartnerCommandResult> {
  const sender = input.parsed.from?.address?.toLowerCase() ?? "";
  if (!sender || !firmOf(sender)) return { detail: "partner command without a usable sender", queuedMail: false };
  const verified = input.judged?.verdict === "pass" || (await wroteToOwnReplyAddress(trx, input, sender));
  const lang: Lang = input.command.lang ?? mailLang(input.parsed.language);
  if (input.command.command === "unsubscribe") return unsubscribe(trx, input, sender, verified, lang);
  return answerStatus(trx, input, sender, verified, lang, input.command.caseNumber);
}

async function wroteToOwnReplyAddress(
  trx: Transaction<DB>,
  input: PartnerCommandInput,
  sender: string,
): Promise<boolean> {
  const recipients = [...input.parsed.to, ...input.parsed.cc].map((a) => a.address);
  const hashes = tokensInAddresses(recipients, input.config.INBOUND_ADDRESS).map(hashToken);
  if (!hashes.length) return false;
  const rows = await findTokens(trx, hashes);
  return rows.some((r) => r.purpose === "partner" && r.address?.toLowerCase() === sender);
}

async function answerStatus(
  trx: Transaction<DB>,
  input: PartnerCommandInput,
  sender: string,
  verified: boolean,
  lang: Lang,
  caseNumber: string | null,
): Promise<PartnerCommandResult> {
  const firm = firmOf(sender)!;
  const withheld = answerSuppressedReason(input.parsed);
  if (withheld) return { detail: `status request from ${sender}: no answer (${withheld})`, queuedMail: false };
  // a sender (or a forged From) asking again and again gets at most the acknowledgements' hourly number
  const limited = await senderAnswerLimitReason(trx, input.config, sender, "status_reply");
  if (limited) {
    await addReviewItem(trx, {
      reason: "rate_limited",
      detail: limited.slice(0, 500),
      inboundMessageId: input.inboundMessageId,
    });
    return { detail: limited, queuedMail: false };
  }
  const rows = verified ? await casesOfFirm(trx, firm, { now: input.now, caseNumber }) : [];
  const cases = rows.slice(0, MAIL_LIST_LIMIT).map((c) => ({
    caseNumber: c.case_number,
    company: companyLabel(c.registration, lang),
    status: statusText(c.status, lang),
    protectedUntil: c.status === "approved" && c.protected_until ? formatDate(c.protected_until, lang) : null,
    missing: oneLine(c.missing.map((p) => fieldLabel(p, lang)).join(", "), 200),
  }));
  const pageUrl =
    rows.length && input.firmPageUrl ? await input.firmPageUrl(trx, `${firm.kind}:${firm.key}`, input.now) : null;
  const rendered = renderMail("status", lang, {
    caseNumber,
    cases,
    more: Math.max(0, rows.length - cases.length),
    pageUrl,
    teamName: teamName(input.config),
  });
  const outboxId = await queueAnswer(trx, input, sender, "status_reply", rendered);
  // each listed case shows that its partner asked and what they were told
  for (const c of rows.slice(0, MAIL_LIST_LIMIT))
    await addTimelineEvent(trx, {
      caseId: c.id,
      actor: "system",
      kind: "status_reply_queued",
      text: rendered.text,
      data: { to: [sender], outboxId, inboundMessageId: input.inboundMessageId },
    });
  return {
    // ops see why a sender was not verified, as for an unsubscribe
    detail: `status request from ${sender}: ${verified ? `${rows.length} case(s)` : `sender not verified${input.judged ? ` (${input.judged.reason})` : ""}, answered as no cases`}`,
    queuedMail: true,
  };
}

async function unsubscribe(
  trx: Transaction<DB>,
  input: PartnerCommandInput,
  sender: string,
  verified: boolean,
  lang: Lang,
): Promise<PartnerCommandResult> {
  // Honoured at once for the From address: stopping a digest harms nobody, so no proof is needed;
  // a confirmation goes out only to a verified sender (no backscatter to forged addresses).
  const changed = await optOutOfDigest(trx, sender, `mail:${input.inboundMessageId}`, input.now);
  const confirm = verified && changed && !answerSuppressedReason(input.parsed);
  if (confirm)
    await queueAnswer(
      trx,
      input,
      sender,
      "unsubscribe_reply",
      renderMail("unsubscribed", lang, { teamName: teamName(input.config) }),
    );
  // ops see why no confirmation went out (an unverified sender is the usual reason)
  const why = confirm
    ? ""
    : !changed
      ? " (already opted out)"
      : !verified
        ? ` (not confirmed: sender not verified${input.judged ? `, ${input.judged.reason}` : ""})`
        : " (not confirmed: answers suppressed)";
  return { detail: `digest opt-out for ${sender}${why}`.slice(0, 500), queuedMail: confirm };
}

async function queueAnswer(
  trx: Transaction<DB>,
  input: PartnerCommandInput,
  to: string,
  kind: string,
  rendered: { subject: string; text: string },
): Promise<number> {
  const headers = replyHeaders({ messageId: input.parsed.messageId, references: input.parsed.references });
  return enqueueMail(trx, {
    caseId: null,
    kind,
    messageId: newMessageId({
      caseNumber: null,
      kind: kind.replace(/_/g, "-"),
      domain: addressDomain(input.config.INBOUND_ADDRESS),
      now: input.now,
    }),
    from: input.config.MAIL_FROM,
    to: [to],
    replyTo: null,
    subject: rendered.subject,
    text: rendered.text,
    inReplyTo: headers.inReplyTo,
    references: headers.references,
  });
}
