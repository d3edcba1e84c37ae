// Counts over the outbox (the database clock, so every worker sees the same numbers): the
// bounds on automatic mail in services/cases/mail/auto-mail-limits.ts and /healthz.
import { sql } from "kysely";
import type { Database } from "../../db/connection.ts";
import type { Executor } from "./cases.ts";
import { queueBacklog, type QueueBacklog } from "./queue-backlog.ts";

/** What countRecentMail counts: mail queued in the last `seconds`, narrowed by kind, recipient and case. */
export interface RecentMailQuery {
  kinds?: readonly string[];
  to?: string;
  caseId?: number;
  seconds: number;
}

/** Mail queued in the last `seconds`, narrowed by kind, recipient and case. */
export async function countRecentMail(db: Executor, q: RecentMailQuery): Promise<number> {
  const [n] = await countsOfRecentMail(db, [q]);
  return n!;
}

/** Several counts of countRecentMail in one statement (one round trip on the ingest hot path). */
export async function countsOfRecentMail(db: Executor, qs: readonly RecentMailQuery[]): Promise<number[]> {
  const row = await db
    .selectNoFrom(() =>
      qs.map((q, i) => {
        let query = db
          .selectFrom("outbox")
          .select(sql<number>`count(*)::int`.as("n"))
          .where("created_at", ">", sql<Date>`now() - make_interval(secs => ${q.seconds})`);
        if (q.kinds) query = query.where("kind", "in", [...q.kinds]);
        if (q.to) query = query.where(sql<boolean>`to_addresses @> ${JSON.stringify([q.to])}::jsonb`);
        if (q.caseId !== undefined) query = query.where("case_id", "=", q.caseId);
        return query.$asScalar().as(`n${i}`);
      }),
    )
    .executeTakeFirstOrThrow();
  const counts = row as Record<string, number | null>;
  return qs.map((_, i) => Number(counts[`n${i}`]));
}

/** Whether the same text of this kind went to exactly these recipients on the case within 24 hours. */
export async function sameMailWithinDay(
  db: Executor,
  mail: { caseId: number; kind: string; to: readonly string[]; text: string },
): Promise<boolean> {
  const same = await db
    .selectFrom("outbox")
    .select("id")
    .where("case_id", "=", mail.caseId)
    .where("kind", "=", mail.kind)
    .where("text_body", "=", mail.text)
    .where(sql<boolean>`to_addresses = ${JSON.stringify(mail.to)}::jsonb`)
    .where("created_at", ">", sql<Date>`now() - interval '24 hours'`)
    .executeTakeFirst();
  return same !== undefined;
}

/** Mail that could not be delivered stays visible here until someone looks (it never blocks health). */
export async function outboxHealth(db: Database): Promise<{ ok: boolean } & QueueBacklog> {
  return { ok: true, ...(await queueBacklog(db, "outbox")) };
}
