// Turns one stored raw message into its outcome: parse, classify, decide, store, queue mail.
// Parsing (and a model call, if configured) happens outside the transaction; the decision and
// every write it causes commit together, under a row lock that makes processing exactly-once.
import { sql } from "kysely";
import type { Database } from "../../db/connection.ts";
import type { Config } from "../config/env.ts";
import type { Logger } from "../core/logger.ts";
import { errorMessage } from "../core/errors.ts";
import type { MessageKind } from "../parser/schema.ts";
import type { ParsedMessage } from "../parser/types.ts";
import { findCaseById, type Executor } from "../repos/cases.ts";
import { addReviewItem } from "../repos/review-items.ts";
import { prejudgeManagerSender, type CommandEvidence } from "../cases/commands/manager-command.ts";
import { routeMessage } from "../cases/route-message.ts";

export type IngestStatus = "registered" | "duplicate" | "conflict" | "needs_review" | "reply" | "ignored";

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
  parse: (raw: Buffer) => Promise<ParsedMessage>;
  now?: () => Date;
  /** called after a commit that queued mail, so an in-process sender can wake up */
  onMailQueued?: () => void;
  /** DNS resolver for sender authentication of manager commands (tests inject a stub) */
  resolver?: CommandEvidence["resolver"];
}

/** Attempts after which a message that keeps failing is parked in review instead of retried. */
export const MAX_PROCESSING_ATTEMPTS = 5;

/** How long a claimed message is left to its worker before the backlog sweep may take it
 * (beyond the parse deadline: deciding and storing take a moment too). */
const LEASE_BEYOND_PARSE_MS = 60_000;

export async function processStoredMessage(deps: PipelineDeps, id: number): Promise<IngestResult> {
  const log = deps.logger.child({ component: "pipeline", inboundMessageId: id });
  // Counted before parsing: a mail that kills the process (or its parse worker) never gets to
  // record an error, but its attempts still add up until it is parked.
  const claim = await claimAttempt(deps, id);
  if (!claim) return resultOf(deps.db, id);
  if (claim.attempts > MAX_PROCESSING_ATTEMPTS) {
    const why = claim.last_error ?? "the process stopped while processing it (killed, or out of memory?)";
    log.warn({ attempts: claim.attempts - 1 }, "message keeps failing; parked in review");
    return parkInReview(deps, id, `processing failed ${claim.attempts - 1} times: ${why}`);
  }
  const row = claim;

  let parsed: ParsedMessage;
  try {
    parsed = await deps.parse(row.raw);
  } catch (err) {
    // A parse past its deadline, a dead parse worker, a parser that threw: never retried, the
    // message goes to review with the reason (the raw mail is kept).
    log.error({ err: errorMessage(err) }, "parse failed; parked in review");
    return parkInReview(deps, id, `parse failed: ${errorMessage(err)}`);
  }

  try {
    const evidence: CommandEvidence = { raw: row.raw, sesVerdicts: row.ses_verdicts as CommandEvidence["sesVerdicts"], resolver: deps.resolver };
    evidence.judged = await prejudgeManagerSender(deps.config, parsed, evidence);
    const { queuedMail, ...result } = await decideAndStore(deps, id, parsed, log, evidence);
    if (queuedMail) deps.onMailQueued?.();
    log.info({ status: result.status, caseNumber: result.caseNumber, kind: parsed.output.kind }, "message processed");
    return result;
  } catch (err) {
    await deps.db
      .updateTable("inbound_messages")
      .set({ last_error: errorMessage(err).slice(0, 2000), processing_until: null })
      .where("id", "=", id)
      .execute()
      .catch(() => {});
    log.error({ err: errorMessage(err) }, "processing failed; the raw message is kept and will be retried");
    throw err;
  }
}

/** Counts an attempt and takes the lease that keeps the backlog sweep away, returning the raw
 * mail in the same round trip; null when the message already has an outcome. */
async function claimAttempt(deps: PipelineDeps, id: number) {
  const now = deps.now?.() ?? new Date();
  const until = new Date(now.getTime() + deps.config.PARSE_TIMEOUT_MS + LEASE_BEYOND_PARSE_MS);
  const row = await deps.db
    .updateTable("inbound_messages")
    .set({ attempts: sql`attempts + 1`, processing_until: until })
    .where("id", "=", id)
    .where("outcome", "is", null)
    .returning(["attempts", "last_error", "raw", "ses_verdicts"])
    .executeTakeFirst();
  return row ?? null;
}

async function decideAndStore(deps: PipelineDeps, id: number, parsed: ParsedMessage, log: Logger, evidence: CommandEvidence): Promise<IngestResult & { queuedMail: boolean }> {
  const { config } = deps;
  const now = deps.now?.() ?? new Date();
  const kind = parsed.output.kind;
  return deps.db.transaction().execute(async (trx) => {
    // Wait (no SKIP LOCKED) for another worker deciding this message: once it commits, the row
    // no longer matches `outcome is null` and its outcome is answered, not a guess.
    const locked = await trx.selectFrom("inbound_messages").select("id").where("id", "=", id).where("outcome", "is", null).forUpdate().executeTakeFirst();
    if (!locked) return { ...(await resultOf(trx, id)), queuedMail: false };

    const { status, caseId, detail, caseNumber, queuedMail } = await routeMessage(trx, { config, parsed, inboundMessageId: id, now, evidence });

    await trx
      .updateTable("inbound_messages")
      .set({
        kind,
        from_address: parsed.from?.address ?? null,
        subject: parsed.subject.slice(0, 1000),
        language: parsed.language,
        text_body: parsed.text,
        parse: JSON.stringify({ output: parsed.output, provenance: parsed.provenance, attachments: parsed.attachments, error: parsed.error }),
        outcome: status,
        outcome_detail: detail,
        case_id: caseId,
        processed_at: now,
        processing_until: null,
      })
      .where("id", "=", id)
      .execute();
    log.debug({ status, detail }, "decided");
    return { status, caseNumber, kind, inboundMessageId: id, queuedMail };
  });
}

async function parkInReview(deps: PipelineDeps, id: number, detail: string): Promise<IngestResult> {
  await deps.db.transaction().execute(async (trx) => {
    const locked = await trx.selectFrom("inbound_messages").select("id").where("id", "=", id).where("outcome", "is", null).forUpdate().executeTakeFirst();
    if (!locked) return;
    await addReviewItem(trx, { reason: "parse_failed", detail, inboundMessageId: id });
    await trx
      .updateTable("inbound_messages")
      .set({ outcome: "needs_review", outcome_detail: detail, processed_at: deps.now?.() ?? new Date(), processing_until: null })
      .where("id", "=", id)
      .execute();
  });
  return resultOf(deps.db, id);
}

/** The stored outcome of a message (for duplicates and for messages processed elsewhere). */
export async function resultOf(db: Executor, id: number): Promise<IngestResult> {
  const row = await db.selectFrom("inbound_messages").select(["outcome", "kind", "case_id"]).where("id", "=", id).executeTakeFirstOrThrow();
  const c = row.case_id ? await findCaseById(db, row.case_id) : undefined;
  return {
    status: (row.outcome ?? "needs_review") as IngestStatus,
    caseNumber: c?.case_number ?? null,
    kind: (row.kind as MessageKind | null) ?? null,
    inboundMessageId: id,
  };
}
