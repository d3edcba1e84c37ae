// Runs due sync jobs: claim (FOR UPDATE SKIP LOCKED, with a lease), call the CRM or the webhook
// endpoint, record the outcome. Transient failures back off, honouring Retry-After and the CRM's
// rate limits; permanent ones stay visible as a review item `crm_sync_failed` with the CRM's message.
import type { Database } from "../../db/connection.ts";
import type { CrmSyncJobRow } from "../../db/schema.ts";
import { addReviewItem } from "../repos/review-items.ts";
import type { Logger } from "../core/logger.ts";
import { asCrmError, CrmError } from "./errors.ts";
import { crmIdsOf, toCrmCase } from "./sync-data.ts";
import { loadMail, loadStatusNote, storeCrmIds } from "../repos/crm-sync.ts";
import { findCaseById } from "../repos/cases.ts";
import { claimDueJobs, markJobDone, markJobFailed, markJobRetry, postponeTarget } from "../repos/sync-jobs-repo.ts";
import { TARGET_KINDS, type TargetKind } from "../repos/sync-jobs.ts";
import type { CrmAdapter } from "./types.ts";
import { recheckCrmConflicts } from "./recheck-conflicts.ts";

export const MAX_SYNC_ATTEMPTS = 10;

/** 15 s, 30 s, 1 min, … capped at 1 h; the CRM's own wait wins when it is longer. */
export function syncBackoffMs(attempts: number, crmWaitMs: number | null): number {
  const ours = Math.min(3_600_000, 15_000 * 2 ** Math.max(0, attempts - 1));
  return Math.max(ours, crmWaitMs ?? 0);
}

export interface SyncWorkerDeps {
  db: Database;
  logger: Logger;
  /** how each target kind runs a job; a kind without a handler is left queued */
  handlers: Partial<Record<TargetKind, (job: CrmSyncJobRow) => Promise<void>>>;
  leaseSeconds: number;
}

export interface SyncSummary {
  done: number;
  retried: number;
  failed: number;
  rateLimited: boolean;
}

/** Jobs run at once per pass; the HubSpot client's rate window paces the requests. */
export const SYNC_LANES = 3;

export async function runDueSyncJobs(deps: SyncWorkerDeps, batch = 100): Promise<SyncSummary> {
  const summary: SyncSummary = { done: 0, retried: 0, failed: 0, rateLimited: false };
  const kinds = TARGET_KINDS.filter((k) => deps.handlers[k]);
  if (!kinds.length) return summary;
  let claimed = 0;
  const lane = async () => {
    while (claimed < batch && !summary.rateLimited) {
      claimed++;
      const [job] = await claimDueJobs(deps.db, { targetKinds: kinds, limit: 1, leaseSeconds: deps.leaseSeconds });
      if (!job) return;
      await runOne(deps, job, summary);
    }
  };
  await Promise.all(Array.from({ length: SYNC_LANES }, lane));
  return summary;
}

async function runOne(deps: SyncWorkerDeps, job: CrmSyncJobRow, summary: SyncSummary): Promise<void> {
  const log = deps.logger.child({
    component: "crm-sync",
    jobId: job.id,
    target: job.target.replace(/\?.*$/, ""),
    kind: job.kind,
    caseId: job.case_id,
  });
  const handler = deps.handlers[job.target === "crm" ? "crm" : "webhook"];
  try {
    if (!handler) throw new CrmError("permanent", `no handler for target ${job.target}`);
    await handler(job);
    await markJobDone(deps.db, job);
    summary.done++;
  } catch (raw) {
    const err = asCrmError(raw);
    if (err.kind === "rate_limited") {
      // Everything for this target waits: the limit is the target's, not this job's.
      const wait = err.retryAfterMs ?? 10_000;
      await postponeTarget(deps.db, job.target, wait);
      await markJobRetry(deps.db, job.id, err.message, wait, { countAttempt: false });
      summary.rateLimited = true;
      summary.retried++;
      log.warn({ retryInMs: wait }, "rate limited; the target's jobs wait");
      return;
    }
    if (err.kind === "permanent" || job.attempts >= MAX_SYNC_ATTEMPTS) {
      await deps.db.transaction().execute(async (trx) => {
        await markJobFailed(trx, job.id, err.message);
        await addReviewItem(trx, {
          reason: "crm_sync_failed",
          detail: `${job.target === "crm" ? "CRM" : "webhook"} ${job.kind} ${job.ref}: ${err.message}`,
          caseId: job.case_id,
        });
      });
      summary.failed++;
      log.error(
        { err: err.message, correlationId: err.correlationId, attempts: job.attempts },
        "sync job failed for good",
      );
      return;
    }
    const wait = syncBackoffMs(job.attempts, err.retryAfterMs);
    await markJobRetry(deps.db, job.id, err.message, wait, { countAttempt: true });
    summary.retried++;
    log.warn({ err: err.message, attempts: job.attempts, retryInMs: wait }, "sync job will be retried");
  }
}

/** The CRM handler: one job kind each; mail and notes first make sure the deal exists. */
export function crmJobHandler(deps: {
  db: Database;
  adapter: CrmAdapter;
  publicUrl: string | undefined;
  inboundAddress: string;
  now?: () => Date;
}): (job: CrmSyncJobRow) => Promise<void> {
  const now = deps.now ?? (() => new Date());
  const syncCase = async (caseId: number) => {
    const row = await findCaseById(deps.db, caseId);
    if (!row) throw new CrmError("permanent", `case ${caseId} does not exist`);
    const result = await deps.adapter.upsertCase(toCrmCase(row, deps.publicUrl), crmIdsOf(row));
    await storeCrmIds(deps.db, caseId, result, row.status, now());
    return { ...crmIdsOf(row), ...result };
  };
  const withDeal = async (caseId: number) => {
    const row = await findCaseById(deps.db, caseId);
    if (!row) throw new CrmError("permanent", `case ${caseId} does not exist`);
    return row.crm_deal_id ? { ...crmIdsOf(row), dealId: row.crm_deal_id } : syncCase(caseId);
  };
  return async (job) => {
    if (job.case_id === null) throw new CrmError("permanent", "sync job without a case");
    switch (job.kind) {
      case "case":
        await syncCase(job.case_id);
        return;
      case "mail": {
        const mail = await loadMail(deps.db, job.payload, deps.inboundAddress);
        if (!mail) throw new CrmError("permanent", `mail ${job.ref} no longer exists`);
        await deps.adapter.logMail(mail, await withDeal(job.case_id));
        return;
      }
      case "note": {
        const note = await loadStatusNote(deps.db, job.payload.eventId);
        if (!note) throw new CrmError("permanent", `timeline event ${job.ref} no longer exists`);
        await deps.adapter.logStatusChange(note, await withDeal(job.case_id));
        return;
      }
      case "check":
        await recheckCrmConflicts({ db: deps.db, adapter: deps.adapter, now }, job.case_id);
        return;
      default:
        throw new CrmError("permanent", `unknown CRM job kind ${job.kind}`);
    }
  };
}
