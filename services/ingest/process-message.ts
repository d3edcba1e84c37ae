// Turns one stored raw message into its outcome: parse, classify, decide, store, queue mail.
// Parsing (and a model call, if configured) happens outside the transaction; the decision and
// every write it causes commit together, under a row lock that makes processing exactly-once.
import type { Database } from "../../db/connection.ts";
import type { Config } from "../config/env.ts";
import type { Logger } from "../core/logger.ts";
import { errorMessage } from "../core/errors.ts";
import type { MessageKind } from "../parser/schema.ts";
import type { ParsedMessage } from "../parser/types.ts";
import { rawMailFromBuffer, type RawMail } from "../parser/raw-mail.ts";
import {
  claimMessage,
  lockUndecided,
  recordDecision,
  recordNeedsReview,
  type ClaimedMessage,
  messageOutcome,
  readRawMessage,
  recordAttemptFailure,
  storedRawMail,
} from "../repos/messages.ts";
import { findCaseById, type Executor } from "../repos/cases.ts";
import { addReviewItem } from "../repos/review-items.ts";
import { evidenceRaw, prejudgeSender, type CommandEvidence } from "../cases/commands/manager-command.ts";
import { routeMessage } from "../cases/route-message.ts";
import { neverAnswerReason } from "../cases/mail/never-answer.ts";
import { receivedAsSpam } from "./received-as-spam.ts";
import type { StatusLinkIssuer } from "../cases/mail/case-mail.ts";
import { stripReply } from "../cases/threading/strip-reply.ts";
import type { SenderJudgement } from "../cases/commands/sender-auth.ts";
import { parsePartnerCommand, type PartnerCommand } from "../partners/partner-command.ts";
import { answerPartnerCommand, judgePartnerSender } from "../partners/answer-partner-command.ts";
import { markInFlight, PROCESS_LEASE_OWNER } from "./in-flight.ts";

export type IngestStatus =
  "registered" | "duplicate" | "conflict" | "needs_review" | "reply" | "partner_command" | "ignored";

export interface IngestResult {
  status: IngestStatus;
  caseNumber: string | null;
  kind: MessageKind | null;
  inboundMessageId: number;
}

export interface PipelineDeps {
  db: Database;
  config: Config;
  logger: Logger;
  /** the parse (in a worker thread, reading the mail piece by piece) */
  parse: (raw: RawMail) => Promise<ParsedMessage>;
  now?: () => Date;
  /** called after a commit that queued mail, so an in-process sender can wake up */
  onMailQueued?: () => void;
  /** DNS resolver for sender authentication of manager commands (tests inject a stub) */
  resolver?: CommandEvidence["resolver"];
  /** asks the CRM about the prospect before the transaction that registers it (network stays outside) */
  crmPrecheck?: (parsed: ParsedMessage) => Promise<void>;
  /** the case's status page link put into acknowledgements */
  statusLink?: StatusLinkIssuer;
  /** the firm-wide status page link put into status answers */
  firmPageUrl?: PartnerCommandContext["firmPageUrl"];
}

/** Attempts after which a message that keeps failing is parked in review instead of retried. */
export const MAX_PROCESSING_ATTEMPTS = 5;

/** How long a claimed message is left to its process before another may take it (beyond the
 * parse deadline: deciding and storing take a moment too). */
const LEASE_BEYOND_PARSE_MS = 15_000;

/** `raw`: the stored bytes when the caller has them in hand (just stored), which spares
 * reading them back from the database. */
export async function processStoredMessage(deps: PipelineDeps, id: number, raw?: Buffer): Promise<IngestResult> {
  // Counted before parsing: a mail that kills the process (or its parse worker) never gets to
  // record an error, but its attempts still add up until it is parked.
  const done = markInFlight(id);
  try {
    const claim = await claimMessage(deps.db, id, { owner: PROCESS_LEASE_OWNER, until: leaseUntil(deps) });
    if (!claim) return await resultOf(deps.db, id);
    return await processClaimed(deps, claim, raw);
  } finally {
    done();
  }
}

/** The lease a claim takes: beyond the parse deadline, deciding and storing take a moment too. */
export function leaseUntil(deps: Pick<PipelineDeps, "config" | "now">): Date {
  const now = deps.now?.() ?? new Date();
  return new Date(now.getTime() + deps.config.PARSE_TIMEOUT_MS + LEASE_BEYOND_PARSE_MS);
}

/** A message whose attempt is counted and whose lease this process holds (processStoredMessage,
 * or the process role's shared queue). `given`: its raw bytes when the caller has them in hand. */
export async function processClaimed(deps: PipelineDeps, claim: ClaimedMessage, given?: Buffer): Promise<IngestResult> {
  const { id } = claim;
  const log = deps.logger.child({ component: "pipeline", inboundMessageId: id });
  if (claim.attempts > MAX_PROCESSING_ATTEMPTS) {
    const why = claim.lastError ?? "the process stopped while processing it (killed, or out of memory?)";
    log.warn({ attempts: claim.attempts - 1 }, "message keeps failing; parked in review");
    return parkInReview(deps, id, `processing failed ${claim.attempts - 1} times: ${why}`);
  }

  let parsed: ParsedMessage;
  try {
    parsed = await deps.parse(
      given ? rawMailFromBuffer(given) : storedRawMail(deps.db, id, claim.size, claim.firstChunk),
    );
  } catch (err) {
    // A parse past its deadline, a dead parse worker, a parser that threw: never retried, the
    // message goes to review with the reason (the raw mail is kept).
    log.error({ err: errorMessage(err) }, "parse failed; parked in review");
    return parkInReview(deps, id, `parse failed: ${errorMessage(err)}`);
  }

  try {
    const evidence: CommandEvidence = {
      // read whole only if sender authentication needs it (commands, a foreign Reply-To)
      raw: given ?? (async () => (await readRawMessage(deps.db, id)) ?? Buffer.alloc(0)),
      source: claim.source,
      sesVerdicts: claim.sesVerdicts,
      resolver: deps.resolver,
    };
    evidence.judged = await prejudgeSender(deps.config, parsed, evidence);
    const partner = await prejudgePartnerCommand(deps.config, parsed, evidence);
    await deps.crmPrecheck?.(parsed);
    const { queuedMail, ...result } = await decideAndStore(deps, id, parsed, log, evidence, partner);
    if (queuedMail) deps.onMailQueued?.();
    log.info({ status: result.status, caseNumber: result.caseNumber, kind: parsed.output.kind }, "message processed");
    return result;
  } catch (err) {
    await recordAttemptFailure(deps.db, id, errorMessage(err)).catch(() => {});
    log.error({ err: errorMessage(err) }, "processing failed; the raw message is kept and will be retried");
    throw err;
  }
}

type PartnerCommandContext = Parameters<typeof answerPartnerCommand>[1];

/** A partner's `status` / `unsubscribe` mail, with its sender judged before the transaction. */
async function prejudgePartnerCommand(
  config: Config,
  parsed: ParsedMessage,
  evidence: CommandEvidence,
): Promise<{ command: PartnerCommand; judged: SenderJudgement | null } | null> {
  if (parsed.error || parsed.output.kind === "registration") return null;
  const command = parsePartnerCommand(stripReply(parsed.text).newText, parsed.subject);
  if (!command) return null;
  const judged = await judgePartnerSender(config, parsed, {
    raw: await evidenceRaw(evidence),
    sesVerdicts: evidence.sesVerdicts ?? null,
    resolver: evidence.resolver,
  });
  return { command, judged };
}

async function decideAndStore(
  deps: PipelineDeps,
  id: number,
  parsed: ParsedMessage,
  log: Logger,
  evidence: CommandEvidence,
  partner: { command: PartnerCommand; judged: SenderJudgement | null } | null,
): Promise<IngestResult & { queuedMail: boolean }> {
  const { config } = deps;
  const now = deps.now?.() ?? new Date();
  const kind = parsed.output.kind;
  const spam = receivedAsSpam(parsed.headers, evidence.sesVerdicts ?? null);
  try {
    return await deps.db.transaction().execute(async (trx) => {
      // A partner's `status` / `unsubscribe` is answered here; everything else is the cases' to route.
      const { status, caseId, detail, caseNumber, queuedMail } =
        partner && !parsed.error && !spam && !neverAnswerReason(parsed, config)
          ? {
              status: "partner_command" as const,
              caseId: null,
              caseNumber: null,
              ...(await answerPartnerCommand(trx, {
                config,
                parsed,
                ...partner,
                inboundMessageId: id,
                now,
                ...(deps.firmPageUrl ? { firmPageUrl: deps.firmPageUrl } : {}),
              })),
            }
          : await routeMessage(trx, {
              config,
              parsed,
              inboundMessageId: id,
              now,
              evidence,
              spam,
              statusLink: deps.statusLink,
            });

      // The outcome is written last and only while the message has none: this row lock is what
      // makes processing exactly-once. Another worker deciding the same message waits here for
      // the first to commit, then finds an outcome and rolls its whole transaction back (one
      // statement where a `select … for update` first and an update last were two).
      const recorded = await recordDecision(trx, id, {
        kind,
        fromAddress: parsed.from?.address ?? null,
        subject: parsed.subject,
        language: parsed.language,
        textBody: parsed.text,
        parse: {
          output: parsed.output,
          provenance: parsed.provenance,
          attachments: parsed.attachments,
          attachmentNotes: parsed.attachmentNotes,
          machine: parsed.machine,
          error: parsed.error,
        },
        outcome: status,
        detail,
        caseId,
        processedAt: now,
      });
      if (!recorded) throw new DecidedElsewhere();
      log.debug({ status, detail }, "decided");
      return { status, caseNumber, kind, inboundMessageId: id, queuedMail };
    });
  } catch (err) {
    if (!(err instanceof DecidedElsewhere)) throw err;
    return { ...(await resultOf(deps.db, id)), queuedMail: false };
  }
}

/** Rolls back a decision on a message another worker recorded first. */
class DecidedElsewhere extends Error {}

async function parkInReview(deps: PipelineDeps, id: number, detail: string): Promise<IngestResult> {
  await deps.db.transaction().execute(async (trx) => {
    if (!(await lockUndecided(trx, id))) return;
    await addReviewItem(trx, { reason: "parse_failed", detail, inboundMessageId: id });
    await recordNeedsReview(trx, id, detail, deps.now?.() ?? new Date());
  });
  return resultOf(deps.db, id);
}

/** The stored outcome of a message (for duplicates and for messages processed elsewhere). */
export async function resultOf(db: Executor, id: number): Promise<IngestResult> {
  const row = await messageOutcome(db, id);
  const c = row.case_id ? await findCaseById(db, row.case_id) : undefined;
  return {
    status: row.outcome ?? "needs_review",
    caseNumber: c?.case_number ?? null,
    kind: row.kind,
    inboundMessageId: id,
  };
}
