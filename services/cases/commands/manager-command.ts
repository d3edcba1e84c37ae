// A decision by e-mail is trusted only when every check holds: the sender is a configured
// manager; the mail went to that manager's unused single-use token for this very case; the
// sender's domain authenticates (DMARC with aligned DKIM, a trusted Authentication-Results or
// SES verdicts); the mail is not automatic; and the case is open for the decision. Anything
// else changes nothing, is noted on the timeline and lands in review.
import type { Transaction } from "kysely";
import type { DB } from "../../../db/schema.ts";
import type { Case } from "../../repos/cases.ts";
import type { SesVerdicts } from "../../repos/messages.ts";
import type { Config } from "../../config/env.ts";
import type { ParsedMessage } from "../../parser/types.ts";
import type { ReplyCommand } from "./reply-command.ts";
import { hashToken, tokensInAddresses } from "../threading/reply-address.ts";
import { isAligned, judgeSender, type JudgeSenderInput, type SenderJudgement } from "./sender-auth.ts";
import { authorizeCommand, type TokenMatch } from "./authorize-command.ts";
import { addTimelineEvent, retireManagerTokens } from "../../repos/cases.ts";
import { addReviewItem } from "../../repos/review-items.ts";
import { findTokens, releaseToken, useToken } from "../../repos/reply-tokens.ts";
import { queueManagerNotices } from "../mail/case-mail.ts";
import { applyDecision } from "../apply-decision.ts";
import { DECIDABLE } from "../case-transitions.ts";

/** What sender authentication reads besides the parsed message. */
export interface CommandEvidence {
  /** the mail as received, or how to read it: a big mail is read whole only when a check needs it */
  raw?: Buffer | (() => Promise<Buffer>);
  /** where the mail came from (inbound_messages.source): decides whether our MTA's header is trusted */
  source?: string;
  /** SES's receipt verdicts (authentication, spam, virus) when the mail came through SES */
  sesVerdicts?: SesVerdicts | null;
  resolver?: JudgeSenderInput["resolver"];
  /** the sender judged before the transaction (DNS must not run while case rows are locked) */
  judged?: SenderJudgement;
}

/** Judges the From sender before any row is locked (DNS must not run while case rows are
 * locked), and only when it matters, never on a stranger's say-so: a configured manager writing
 * to one of our reply addresses, or a registration whose Reply-To leaves the sender's domain
 * (our acknowledgement goes there only when the sender is authenticated). */
export async function prejudgeSender(
  config: Config,
  parsed: ParsedMessage,
  evidence: CommandEvidence,
): Promise<SenderJudgement | undefined> {
  const sender = senderOf(parsed);
  const managerCommand =
    config.MANAGERS.includes(sender) &&
    tokensInAddresses(
      [...parsed.to, ...parsed.cc].map((a) => a.address),
      config.INBOUND_ADDRESS,
    ).length > 0;
  const replyTo = parsed.replyTo[0]?.address;
  const foreignReplyTo = parsed.output.kind === "registration" && !!replyTo && !sameOrganisation(replyTo, sender);
  if (!managerCommand && !foreignReplyTo) return undefined;
  return judgeWith(config, sender, evidence);
}

/** Both addresses share a registrable domain (relaxed DMARC alignment). */
export function sameOrganisation(a: string, b: string): boolean {
  const da = a.split("@")[1];
  const db = b.split("@")[1];
  return !!da && !!db && isAligned(da, db);
}

/** The raw mail of the evidence (empty when there is none). */
export async function evidenceRaw(evidence: Pick<CommandEvidence, "raw">): Promise<Buffer> {
  const raw = evidence.raw ?? Buffer.alloc(0);
  return Buffer.isBuffer(raw) ? raw : raw();
}

async function judgeWith(config: Config, sender: string, evidence: CommandEvidence): Promise<SenderJudgement> {
  return judgeSender({
    raw: await evidenceRaw(evidence),
    from: sender,
    trustedAuthservId: trustsAuthResults(config, evidence.source) ? (config.AUTHSERV_ID ?? null) : null,
    sesVerdicts: evidence.sesVerdicts ?? null,
    ...(evidence.resolver ? { resolver: evidence.resolver } : {}),
  });
}

/** Our MTA's Authentication-Results is only ours on mail that came through that MTA. */
function trustsAuthResults(config: Config, source: string | undefined): boolean {
  return source !== undefined && (config.TRUST_AUTH_RESULTS_SOURCES as readonly string[]).includes(source);
}

export interface CommandInput {
  config: Config;
  caseRow: Case;
  parsed: ParsedMessage;
  command: ReplyCommand | null;
  inboundMessageId: number;
  now: Date;
  evidence: CommandEvidence;
}

export type CommandResult = { applied: true; detail: string } | { applied: false; detail: string };

export async function handleManagerCommand(trx: Transaction<DB>, input: CommandInput): Promise<CommandResult> {
  const check = await checkCommand(trx, input);
  if (!check.ok) {
    if (check.expired && (DECIDABLE as readonly string[]).includes(input.caseRow.status)) {
      // the manager meant to decide: a fresh notice (new single-use addresses) replaces the stale ones
      await retireManagerTokens(trx, input.caseRow.id, input.now);
      await queueManagerNotices(trx, { config: input.config, caseRow: input.caseRow, conflict: null, now: input.now });
    }
    return refuse(trx, input, check.reason);
  }
  const command = check.command;
  const sender = senderOf(input.parsed);
  // Burn the token first: a conditional update, so two deliveries of the same reply cannot both pass.
  const burnt = await useToken(trx, check.tokenHash, input.now, input.inboundMessageId);
  if (!burnt) return refuse(trx, input, "the reply token was already used");
  const r = await applyDecision(trx, {
    config: input.config,
    caseId: input.caseRow.id,
    decision: command.command,
    argument: command.argument,
    actor: `manager:${sender}`,
    now: input.now,
    inboundMessageId: input.inboundMessageId,
  });
  if (!r.ok) {
    // the decision did not happen: the token stays usable for a corrected reply
    await releaseToken(trx, check.tokenHash);
    return refuse(trx, input, r.reason);
  }
  return { applied: true, detail: `${command.command} by ${sender}: ${r.status}` };
}

type Check = { ok: true; command: ReplyCommand; tokenHash: string } | { ok: false; reason: string; expired?: boolean };

/** Gathers the facts (token, sender authentication, automatic mail, case status) for the policy in authorizeCommand. */
async function checkCommand(trx: Transaction<DB>, input: CommandInput): Promise<Check> {
  const { config, caseRow, parsed, command } = input;
  if (!command)
    return {
      ok: false,
      reason: "no command on the first line of the new text (approve / reject <reason> / info <question>)",
    };
  const sender = senderOf(parsed);
  const token = await matchToken(trx, input, sender);
  const isManager = config.MANAGERS.includes(sender);
  // DNS lookups only for mail that could otherwise pass: never on a stranger's say-so.
  const auth =
    isManager && token.match === "valid"
      ? (input.evidence.judged ?? (await judgeWith(config, sender, input.evidence)))
      : { verdict: "none" as const, reason: "not checked" };
  const verdict = authorizeCommand({
    senderAddress: sender,
    managers: [...config.MANAGERS],
    tokenMatches: token.match,
    senderAuth: auth.verdict,
    isAutoReply: automaticReason(parsed) !== null,
    caseStatus: caseRow.status,
    openStatuses: DECIDABLE,
    command: command.command,
    partnerAddress: caseRow.partner_email,
  });
  if (!verdict.allowed) {
    const why = verdict.code.startsWith("sender_auth")
      ? ` [${auth.reason}]`
      : verdict.code === "auto_reply"
        ? ` [${automaticReason(parsed)}]`
        : "";
    return { ok: false, reason: `${verdict.reason}${why}`, expired: verdict.code === "token_expired" };
  }
  if (!token.hash) return { ok: false, reason: "no usable token" };
  return { ok: true, command, tokenHash: token.hash };
}

/** How the recipient address's token relates to this case and sender. */
async function matchToken(
  trx: Transaction<DB>,
  input: CommandInput,
  sender: string,
): Promise<{ match: TokenMatch; hash: string | null }> {
  const recipients = [...input.parsed.to, ...input.parsed.cc].map((a) => a.address);
  const hashes = tokensInAddresses(recipients, input.config.INBOUND_ADDRESS).map(hashToken);
  const rows = await findTokens(trx, hashes);
  if (!rows.length) return { match: "missing", hash: null };
  const forCase = rows.filter((r) => r.case_id === input.caseRow.id);
  if (!forCase.length)
    return { match: rows.some((r) => r.purpose === "manager") ? "wrong_case" : "missing", hash: null };
  const managerRows = forCase.filter((r) => r.purpose === "manager");
  if (!managerRows.length) return { match: "missing", hash: null }; // a partner token is no manager's
  const mine = managerRows.filter((r) => r.address?.toLowerCase() === sender);
  if (!mine.length) return { match: "wrong_manager", hash: null };
  const fresh = mine.find((r) => r.used_at === null);
  if (!fresh) return { match: "used", hash: null };
  // An approval address lives MANAGER_TOKEN_DAYS: a notice forwarded or leaked long ago must not decide.
  const maxAgeMs = input.config.MANAGER_TOKEN_DAYS * 86_400_000;
  if (input.now.getTime() - new Date(fresh.created_at).getTime() > maxAgeMs) return { match: "expired", hash: null };
  return { match: "valid", hash: fresh.token_hash };
}

async function refuse(trx: Transaction<DB>, input: CommandInput, reason: string): Promise<CommandResult> {
  const sender = senderOf(input.parsed);
  await addTimelineEvent(trx, {
    caseId: input.caseRow.id,
    actor: `sender:${sender || "unknown"}`,
    kind: "command_refused",
    inboundMessageId: input.inboundMessageId,
    text: reason,
    data: { command: input.command?.command ?? null, argument: input.command?.argument ?? null, reason },
  });
  await addReviewItem(trx, {
    reason: "unverified_command",
    detail: `${input.command?.command ?? "no command"} from ${sender || "unknown"}: ${reason}`.slice(0, 500),
    inboundMessageId: input.inboundMessageId,
    caseId: input.caseRow.id,
  });
  return { applied: false, detail: `command refused: ${reason}` };
}

function senderOf(parsed: ParsedMessage): string {
  return parsed.from?.address?.toLowerCase() ?? "";
}

/** RFC 3834 and the usual vacation headers: automatic mail never decides anything. */
function automaticReason(parsed: ParsedMessage): string | null {
  if (parsed.output.kind === "auto_reply" || parsed.output.kind === "bounce") return parsed.output.kind;
  const h = parsed.headers;
  const auto = h["auto-submitted"];
  if (auto && !/^\s*no\b/i.test(auto)) return `Auto-Submitted: ${auto}`;
  for (const name of ["x-autoreply", "x-autorespond", "x-autoresponder"]) if (h[name] !== undefined) return name;
  if (/^(bulk|list|junk|auto_reply)$/i.test((h["precedence"] ?? "").trim())) return `Precedence: ${h["precedence"]}`;
  return null;
}
