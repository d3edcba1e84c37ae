// The sync outbox: jobs are written in the same transaction as the case event that causes
// them, and workers claim them with FOR UPDATE SKIP LOCKED and a lease, as the mail outbox does.
import { sql, type Transaction } from "kysely";
import { z } from "zod";
import type { Database } from "../../db/connection.ts";
import { queueBacklog, type QueueBacklog } from "./queue-backlog.ts";
import type { CrmSyncJobRow, DB } from "../../db/schema.ts";
import { jobsForEvent, type CaseEvent, type JobSpec, type SyncTarget, type TargetKind } from "./sync-jobs.ts";

type Executor = Transaction<DB> | Database;

/** Makes the configured targets the only ones that receive new jobs (at start-up). */
export async function registerSyncTargets(db: Database, targets: readonly SyncTarget[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom("crm_sync_targets").execute();
    if (targets.length)
      await trx
        .insertInto("crm_sync_targets")
        .values(targets.map((t) => ({ target: t.target, kind: t.kind })))
        .execute();
  });
}

const TargetsColumn = z.preprocess(
  (v) => (typeof v === "string" ? JSON.parse(v) : v),
  z.array(z.object({ target: z.string(), kind: z.string() })),
);

/** The configured targets as one jsonb column, so the statement that writes a case event reads
 * them in the same round trip (see addTimelineEvent). */
export const syncTargetsColumn = sql<unknown>`(select coalesce(jsonb_agg(jsonb_build_object('target', target, 'kind', kind)), '[]'::jsonb) from crm_sync_targets)`;

/** Called for every case event, inside its transaction, with the targets read by the statement
 * that wrote the event. Without targets it costs nothing. */
export async function enqueueSyncForEvent(trx: Executor, event: CaseEvent, targetsColumn: unknown): Promise<void> {
  const targets = TargetsColumn.parse(targetsColumn).flatMap((t): SyncTarget[] =>
    t.kind === "crm" || t.kind === "webhook" ? [{ target: t.target, kind: t.kind }] : [],
  );
  if (targets.length) await insertJobs(trx, jobsForEvent(event, targets));
}

/** Inserts jobs; one already waiting for the same key only gets its generation bumped, so the
 * worker that holds it knows to run it once more (the case changed while it was syncing). */
export async function insertJobs(trx: Executor, jobs: readonly JobSpec[]): Promise<void> {
  if (!jobs.length) return;
  await trx
    .insertInto("crm_sync_jobs")
    .values(
      jobs.map((j) => ({
        target: j.target,
        kind: j.kind,
        ref: j.ref,
        case_id: j.caseId,
        payload: JSON.stringify(j.payload),
      })),
    )
    .onConflict((oc) =>
      oc
        .columns(["target", "kind", "ref"])
        .where("status", "=", "queued")
        .doUpdateSet({ generation: sql`crm_sync_jobs.generation + 1` }),
    )
    .execute();
}

/** Claims due jobs of one target kind; the lease keeps other workers off them while they run. */
export async function claimDueJobs(
  db: Database,
  opts: { targetKinds: readonly TargetKind[]; limit: number; leaseSeconds: number },
): Promise<CrmSyncJobRow[]> {
  return db
    .updateTable("crm_sync_jobs")
    .set({ locked_until: sql`now() + make_interval(secs => ${opts.leaseSeconds})`, attempts: sql`attempts + 1` })
    .where(
      "id",
      "in",
      db
        .selectFrom("crm_sync_jobs as j")
        .select("j.id")
        .where("j.status", "=", "queued")
        .where(
          "j.target",
          "in",
          db
            .selectFrom("crm_sync_targets")
            .select("target")
            .where("kind", "in", [...opts.targetKinds]),
        )
        .where("j.next_attempt_at", "<=", sql<Date>`now()`)
        .where((eb) => eb.or([eb("j.locked_until", "is", null), eb("j.locked_until", "<", sql<Date>`now()`)]))
        // Mail and notes wait while their case's own job is still queued or running: they would
        // otherwise create the deal, its company and contact alongside it, and a CRM without
        // unique keys for those (Salesforce contacts, contact roles) would get them twice.
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom("crm_sync_jobs as c")
                .select("c.id")
                .whereRef("c.case_id", "=", "j.case_id")
                .whereRef("c.target", "=", "j.target")
                .whereRef("c.id", "!=", "j.id")
                .where("c.kind", "=", "case")
                .where("c.status", "=", "queued"),
            ),
          ),
        )
        // case jobs first: mail and notes need the deal
        .orderBy(sql`case j.kind when 'case' then 0 else 1 end`)
        .orderBy("j.id")
        .limit(opts.limit)
        .forUpdate()
        .skipLocked(),
    )
    .returningAll()
    .execute();
}

/** Done, unless an event arrived meanwhile (generation moved): then it runs again at once. */
export async function markJobDone(db: Database, job: Pick<CrmSyncJobRow, "id" | "generation">): Promise<void> {
  const done = await db
    .updateTable("crm_sync_jobs")
    .set({ status: "done", done_at: sql`now()`, locked_until: null, last_error: null })
    .where("id", "=", job.id)
    .where("generation", "=", job.generation)
    .executeTakeFirst();
  if (Number(done.numUpdatedRows) === 0) {
    await db
      .updateTable("crm_sync_jobs")
      .set({ locked_until: null, attempts: 0, next_attempt_at: sql`now()` })
      .where("id", "=", job.id)
      .execute();
  }
}

/** Back to the queue; a rate-limit wait does not count as a failed attempt. */
export async function markJobRetry(
  db: Database,
  id: number,
  error: string,
  retryInMs: number,
  opts: { countAttempt: boolean },
): Promise<void> {
  await db
    .updateTable("crm_sync_jobs")
    .set({
      last_error: error,
      locked_until: null,
      next_attempt_at: sql`greatest(next_attempt_at, now() + make_interval(secs => ${retryInMs / 1000}))`,
      ...(opts.countAttempt ? {} : { attempts: sql`attempts - 1` }),
    })
    .where("id", "=", id)
    .execute();
}

export async function markJobFailed(trx: Executor, id: number, error: string): Promise<void> {
  await trx
    .updateTable("crm_sync_jobs")
    .set({ status: "failed", last_error: error, locked_until: null })
    .where("id", "=", id)
    .execute();
}

/** Every queued job of a rate-limited target waits until the CRM's limit resets. */
export async function postponeTarget(db: Database, target: string, retryInMs: number): Promise<void> {
  await db
    .updateTable("crm_sync_jobs")
    .set({ next_attempt_at: sql`greatest(next_attempt_at, now() + make_interval(secs => ${retryInMs / 1000}))` })
    .where("target", "=", target)
    .where("status", "=", "queued")
    .execute();
}

export type SyncBacklog = QueueBacklog;

export async function syncBacklog(db: Database): Promise<SyncBacklog> {
  return queueBacklog(db, "crm_sync_jobs");
}

/** Queues everything again for one target (backfill): each case, its mail and its status changes. */
export async function enqueueBackfill(
  db: Database,
  target: string,
  kind: TargetKind = "crm",
): Promise<{ cases: number; jobs: number }> {
  let jobs = 0;
  const cases = new Set<number>();
  for (let after = 0; ;) {
    const events = await db
      .selectFrom("timeline_events")
      .select(["id", "case_id", "kind", "inbound_message_id", "outbox_id", "data"])
      .where("id", ">", after)
      .orderBy("id")
      .limit(1000)
      .execute();
    if (!events.length) return { cases: cases.size, jobs };
    const specs = events.flatMap((e) =>
      jobsForEvent(
        {
          eventId: e.id,
          caseId: e.case_id,
          kind: e.kind,
          inboundMessageId: e.inbound_message_id,
          outboxId: e.outbox_id,
          data: e.data,
        },
        [{ target, kind }],
      ),
    );
    // one job per key in a batch (ON CONFLICT cannot touch the same row twice in one statement)
    const unique = [...new Map(specs.map((j) => [`${j.kind}|${j.ref}`, j])).values()];
    await insertJobs(db, unique);
    jobs += unique.length;
    for (const e of events) cases.add(e.case_id);
    after = events[events.length - 1]!.id;
  }
}
