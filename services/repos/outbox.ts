// The transactional outbox: mail is queued in the same transaction as the case change that
// caused it, and a sender delivers it afterwards with retries.
import { sql, type Transaction } from "kysely";
import type { Database } from "../../db/connection.ts";
import type { DB, OutboxRow, ReplyTokenPurpose } from "../../db/schema.ts";
import { syncEvent, timelineValues, type NewTimelineEvent } from "./cases.ts";
import { syncTargetsColumn } from "./sync-jobs-repo.ts";
import type { NewStatusToken } from "./status-tokens.ts";

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

function outboxValues(mail: OutgoingMail) {
  return {
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
  };
}

export async function enqueueMail(trx: Transaction<DB> | Database, mail: OutgoingMail): Promise<number> {
  const row = await trx.insertInto("outbox").values(outboxValues(mail)).returning("id").executeTakeFirstOrThrow();
  return row.id;
}

/**
 * A case's mail in one statement: its single-use reply token and the token of the status page
 * link it carries (when it has them), the outbox row, and the timeline event that names the row,
 * plus the sync targets for that event (see addTimelineEvent). Four inserts and a read were five
 * round trips. Returns the outbox id.
 */
export async function enqueueCaseMail(
  trx: Transaction<DB>,
  mail: OutgoingMail & { caseId: number },
  tokens: {
    reply: { hash: string; purpose: ReplyTokenPurpose; address: string | null } | null;
    /** the status page link in the mail */
    status: NewStatusToken | null;
  },
  event: Omit<NewTimelineEvent, "caseId" | "outboxId">,
): Promise<number> {
  const o = outboxValues(mail);
  const e = timelineValues({ ...event, caseId: mail.caseId });
  const { reply, status } = tokens;
  const replyToken = reply
    ? sql`t as (insert into reply_tokens (token_hash, case_id, purpose, address) values (${reply.hash}, ${mail.caseId}, ${reply.purpose}, ${reply.address})),`
    : sql``;
  const statusToken = status
    ? sql`s as (insert into status_tokens (token_hash, scope, case_id, partner_key) values (${status.hash}, ${status.scope}, ${status.caseId}, ${status.partnerKey})),`
    : sql``;
  const { rows } = await sql<{ outbox_id: number; event_id: number; targets: unknown }>`
    with ${replyToken} ${statusToken}
    o as (
      insert into outbox (case_id, kind, message_id, from_address, to_addresses, reply_to, subject, text_body, html_body, in_reply_to, "references", headers)
      values (${o.case_id}, ${o.kind}, ${o.message_id}, ${o.from_address}, ${o.to_addresses}, ${o.reply_to}, ${o.subject}, ${o.text_body}, ${o.html_body}, ${o.in_reply_to}, ${o.references}, ${o.headers})
      returning id
    ),
    e as (
      insert into timeline_events (case_id, actor, kind, inbound_message_id, outbox_id, text, data)
      select ${e.case_id}::int, ${e.actor}::text, ${e.kind}::text, ${e.inbound_message_id}::int, o.id, ${e.text}::text, ${e.data}::jsonb from o
      returning id
    )
    select o.id as outbox_id, e.id as event_id, ${syncTargetsColumn} as targets from o, e`.execute(trx);
  const row = rows[0];
  if (!row) throw new Error("queueing a case's mail wrote no row");
  await syncEvent(trx, { ...event, caseId: mail.caseId, outboxId: row.outbox_id }, row.event_id, row.targets);
  return row.outbox_id;
}

export const LEASE_SECONDS = 120;

export interface SentRow {
  id: number;
  providerMessageId: string | null;
}

/**
 * Records sent rows and claims up to `limit` further due rows, with a lease, in one statement
 * (`outbox_send_exchange`, migration 2026-12-05-20; either part may be empty): the sender's
 * lanes share one round trip, and the database keeps the statement's plans for the session.
 */
export async function sendExchange(
  db: Database,
  sent: SentRow[],
  limit: number,
  leaseSeconds = LEASE_SECONDS,
): Promise<OutboxRow[]> {
  const done = JSON.stringify(sent.map((s) => ({ id: s.id, pid: s.providerMessageId })));
  const result = await sql<OutboxRow>`
    select * from outbox_send_exchange(${done}::jsonb, ${limit}::int, ${leaseSeconds}::int)`.execute(db);
  return result.rows;
}

/**
 * Gives claimed rows that were never handed to the transport back at once (a sender stopping
 * with mail claimed ahead), uncounting their attempt; only while the claim's lease still holds,
 * which the caller makes sure of: a row whose lease ran out may be another sender's by now.
 */
export async function releaseClaimed(db: Database, ids: number[]): Promise<void> {
  if (!ids.length) return;
  await db
    .updateTable("outbox")
    .set({ locked_until: null, attempts: sql`greatest(attempts - 1, 0)` })
    .where("id", "in", ids)
    .where("status", "=", "queued")
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
