// The transactional outbox: mail is queued in the same transaction as the case change that
// caused it, and a sender delivers it afterwards with retries.
import { sql, type Transaction } from "kysely";
import type { Database } from "../../db/connection.ts";
import type { DB, OutboxRow } from "../../db/schema.ts";
import { claimDue } from "./claim-due.ts";

export interface OutgoingMail {
  caseId: number | null;
  kind: string;
  messageId: string;
  from: string;
  to: string[];
  replyTo: string | null;
  subject: string;
  text: string;
  html?: string | null;
  inReplyTo: string | null;
  references: string | null;
  /** extra header fields (List-Unsubscribe, …); never the ones compose sets itself */
  headers?: Record<string, string> | null;
}

export async function enqueueMail(trx: Transaction<DB> | Database, mail: OutgoingMail): Promise<number> {
  const row = await trx
    .insertInto("outbox")
    .values({
      case_id: mail.caseId,
      kind: mail.kind,
      message_id: mail.messageId,
      from_address: mail.from,
      to_addresses: JSON.stringify(mail.to),
      reply_to: mail.replyTo,
      subject: mail.subject,
      text_body: mail.text,
      html_body: mail.html ?? null,
      in_reply_to: mail.inReplyTo,
      references: mail.references,
      headers: mail.headers ? JSON.stringify(mail.headers) : null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

const LEASE_SECONDS = 120;

/** Claims due mail for one sender: a lease (locked_until) keeps two senders off the same row. */
export function claimDueMail(db: Database, limit: number, leaseSeconds = LEASE_SECONDS): Promise<OutboxRow[]> {
  return claimDue(db, "outbox", limit, leaseSeconds);
}

export interface SentRow {
  id: number;
  providerMessageId: string | null;
}

/**
 * Records sent rows and claims up to `limit` further due rows in one statement: the sender's
 * lanes share one round trip instead of two per mail. The claim skips the rows being marked,
 * which the statement's snapshot still shows as queued (their lease may have run out during a
 * slow send).
 */
export async function markSentAndClaim(
  db: Database,
  sent: SentRow[],
  limit: number,
  leaseSeconds = LEASE_SECONDS,
): Promise<OutboxRow[]> {
  const done = JSON.stringify(sent.map((s) => ({ id: s.id, pid: s.providerMessageId })));
  const result = await sql<OutboxRow>`
    with d as (select * from jsonb_to_recordset(${done}::jsonb) as d(id int, pid text)),
    done as (
      update outbox set status = 'sent', sent_at = now(), locked_until = null, last_error = null, provider_message_id = d.pid
      from d where outbox.id = d.id
    )
    update outbox set locked_until = now() + make_interval(secs => ${leaseSeconds}), attempts = attempts + 1
    where id in (
      select id from outbox
      where status = 'queued' and next_attempt_at <= now() and (locked_until is null or locked_until < now())
        and id not in (select id from d)
      order by id limit ${limit}
      for update skip locked
    )
    returning *`.execute(db);
  return result.rows;
}

export async function markFailed(
  db: Database,
  id: number,
  error: string,
  retryInSeconds: number | null,
): Promise<void> {
  await db
    .updateTable("outbox")
    .set(
      retryInSeconds === null
        ? { status: "failed", last_error: error, locked_until: null }
        : {
            last_error: error,
            locked_until: null,
            next_attempt_at: sql`now() + make_interval(secs => ${retryInSeconds})`,
          },
    )
    .where("id", "=", id)
    .execute();
}

/** A case's earlier mail of these kinds, newest first: what the next mail threads under. */
export async function caseMailOfKinds(trx: Transaction<DB> | Database, caseId: number, kinds: readonly string[]) {
  return trx
    .selectFrom("outbox")
    .select(["message_id", "references", "to_addresses", "reply_to"])
    .where("case_id", "=", caseId)
    .where("kind", "in", [...kinds])
    .orderBy("id", "desc")
    .execute();
}
