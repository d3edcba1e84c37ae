// Inbound messages: the raw mail stored exactly once, the lease a process takes to work on one,
// its attempts and its outcome. The raw bytes live in inbound_raw_chunks, at most 1 MiB a row,
// written and read one row at a time: neither Node nor PGlite's WebAssembly heap ever holds a
// big mail as one query parameter or result (a bytea travels as hex text, twice its size).
import { sql } from "kysely";
import { z } from "zod";
import type { Database } from "../../db/connection.ts";
import { MESSAGE_OUTCOMES } from "../../db/schema.ts";
import { MessageKind } from "../parser/schema.ts";
import { RAW_CHUNK_BYTES, readAll, type RawMail } from "../parser/raw-mail.ts";
import type { Executor } from "./cases.ts";

export const MESSAGE_SOURCES = ["imap", "ses", "http", "cli"] as const;
export const MessageSource = z.enum(MESSAGE_SOURCES);
export type MessageSource = z.infer<typeof MessageSource>;

/** What SES says about a mail it received (stored with the message, read by sender checks). */
export const SesVerdicts = z.object({
  spf: z.string().nullable(),
  dkim: z.string().nullable(),
  dmarc: z.string().nullable(),
  spam: z.string().nullable(),
  virus: z.string().nullable(),
});
export type SesVerdicts = z.infer<typeof SesVerdicts>;

export interface NewRawMessage {
  raw: Buffer;
  sha256: string;
  messageId: string | null;
  source: MessageSource;
  /** the source's own delivery key (IMAP mailbox:uidvalidity:uid, SES message id), if it has one */
  ref: string | null;
  sesVerdicts: SesVerdicts | null;
}

export interface StoredRaw {
  id: number;
  /** false when the same message (bytes, Message-ID or delivery key) was stored before */
  isNew: boolean;
}

/**
 * Stores a raw mail once: the row and all its chunks commit together, so a crash part-way leaves
 * nothing behind and the retry stores it whole. Duplicates are decided by the unique keys
 * (sha256, Message-ID, source and delivery key), never by check-then-insert.
 */
export async function insertRawMessage(db: Database, m: NewRawMessage): Promise<StoredRaw> {
  return db.transaction().execute(async (trx) => {
    if (m.ref) {
      const known = await trx
        .selectFrom("inbound_source_refs")
        .select("inbound_message_id")
        .where("source", "=", m.source)
        .where("ref", "=", m.ref)
        .executeTakeFirst();
      if (known) return { id: known.inbound_message_id, isNew: false };
    }
    const inserted = await trx
      .insertInto("inbound_messages")
      .values({
        sha256: m.sha256,
        message_id: m.messageId,
        source: m.source,
        size: m.raw.length,
        ses_verdicts: m.sesVerdicts ? JSON.stringify(m.sesVerdicts) : null,
      })
      .onConflict((oc) => oc.doNothing())
      .returning("id")
      .executeTakeFirst();
    if (inserted) {
      for (let seq = 0; seq * RAW_CHUNK_BYTES < Math.max(m.raw.length, 1); seq++) {
        const data = m.raw.subarray(seq * RAW_CHUNK_BYTES, (seq + 1) * RAW_CHUNK_BYTES);
        await trx.insertInto("inbound_raw_chunks").values({ inbound_message_id: inserted.id, seq, data }).execute();
      }
    }
    const id =
      inserted?.id ??
      (
        await trx
          .selectFrom("inbound_messages")
          .select("id")
          .where((eb) =>
            m.messageId
              ? eb.or([eb("sha256", "=", m.sha256), eb("message_id", "=", m.messageId)])
              : eb("sha256", "=", m.sha256),
          )
          .orderBy("id")
          .executeTakeFirstOrThrow()
      ).id;
    if (m.ref) {
      await trx
        .insertInto("inbound_source_refs")
        .values({ source: m.source, ref: m.ref, inbound_message_id: id })
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    return { id, isNew: inserted !== undefined };
  });
}

/** The raw mail of a stored message, read one chunk per query; null when there is no such message. */
export async function rawMailOf(db: Executor, id: number): Promise<RawMail | null> {
  const row = await db.selectFrom("inbound_messages").select("size").where("id", "=", id).executeTakeFirst();
  return row ? storedRawMail(db, id, row.size) : null;
}

/** The raw mail of a message whose size is known (a claimed one). Reading stops once `size`
 * bytes are in: a mail of one chunk (nearly all) is one query, not a second that finds nothing.
 * `first`: its first chunk when the claim brought it along (then a one-chunk mail costs no query). */
export function storedRawMail(db: Executor, id: number, size: number, first?: Buffer): RawMail {
  return {
    size,
    async *chunks() {
      let read = 0;
      let seq = 0;
      if (first) {
        yield first;
        read = first.length;
        seq = 1;
        if (read >= size) return;
      }
      for (; ; seq++) {
        const chunk = await db
          .selectFrom("inbound_raw_chunks")
          .select("data")
          .where("inbound_message_id", "=", id)
          .where("seq", "=", seq)
          .executeTakeFirst();
        if (!chunk) return;
        yield chunk.data;
        read += chunk.data.length;
        if (read >= size) return;
      }
    },
  };
}

/** The whole raw mail in one buffer, for readers that need it whole (admin pages, DKIM). */
export async function readRawMessage(db: Executor, id: number): Promise<Buffer | null> {
  const raw = await rawMailOf(db, id);
  return raw ? readAll(raw) : null;
}

/** Ids of messages without an outcome, received before `receivedBefore`, not leased by another
 * process whose lease still runs (`leaseOwner`'s own leases count as free), in id order. */
export async function unprocessedIds(
  db: Executor,
  opts: { now: Date; receivedBefore: Date; leaseOwner: string; limit: number; afterId: number },
): Promise<number[]> {
  const rows = await db
    .selectFrom("inbound_messages")
    .select("id")
    .where("outcome", "is", null)
    .where("id", ">", opts.afterId)
    .where("received_at", "<=", opts.receivedBefore)
    .where((eb) =>
      eb.or([
        eb("processing_until", "is", null),
        eb("processing_until", "<", opts.now),
        eb("processing_by", "=", opts.leaseOwner),
      ]),
    )
    .orderBy("id")
    .limit(opts.limit)
    .execute();
  return rows.map((r) => r.id);
}

const ClaimedRow = z.object({
  id: z.number().int(),
  attempts: z.number().int(),
  last_error: z.string().nullable(),
  source: MessageSource,
  ses_verdicts: SesVerdicts.nullable(),
  size: z.number().int(),
  first_chunk: z.instanceof(Buffer).nullish(),
});

export interface ClaimedMessage {
  id: number;
  /** attempts including this one */
  attempts: number;
  lastError: string | null;
  source: MessageSource;
  sesVerdicts: SesVerdicts | null;
  size: number;
  /** the first stored chunk of its raw mail, when the claim read it along */
  firstChunk?: Buffer;
}

/** Counts an attempt and leases the message to `owner` until `until`; null when it already has
 * an outcome. Counted before parsing: a mail that kills the process still adds up its attempts. */
export async function claimMessage(
  db: Executor,
  id: number,
  lease: { owner: string; until: Date },
): Promise<ClaimedMessage | null> {
  const row = await db
    .updateTable("inbound_messages")
    .set({ attempts: sql`attempts + 1`, processing_until: lease.until, processing_by: lease.owner })
    .where("id", "=", id)
    .where("outcome", "is", null)
    .returning(["id", "attempts", "last_error", "source", "ses_verdicts", "size"])
    .executeTakeFirst();
  return row ? claimedMessage(row) : null;
}

function claimedMessage(row: unknown): ClaimedMessage {
  const r = ClaimedRow.parse(row);
  return {
    id: r.id,
    attempts: r.attempts,
    lastError: r.last_error,
    source: r.source,
    sesVerdicts: r.ses_verdicts,
    size: r.size,
    ...(r.first_chunk ? { firstChunk: r.first_chunk } : {}),
  };
}

/**
 * The stored mail waiting to be processed, as a queue any number of processes share: leases up
 * to `limit` of the oldest messages without an outcome and without a live lease to `owner` until
 * `until`, counting an attempt on each, in one statement that skips rows another process is
 * claiming at that moment. Mail from sources that process it themselves right after storing
 * (HTTP, SES, CLI) is taken only once it is `selfProcessedAfterMs` old: until then it is theirs.
 */
export async function claimStoredMessages(
  db: Executor,
  opts: { limit: number; owner: string; now: Date; until: Date; selfProcessedAfterMs: number },
): Promise<ClaimedMessage[]> {
  const before = new Date(opts.now.getTime() - opts.selfProcessedAfterMs);
  // the first chunk of each mail comes along (nearly every mail is one chunk): no read per mail
  const { rows } = await sql`
    with claimed as (
      update inbound_messages set attempts = attempts + 1, processing_until = ${opts.until}, processing_by = ${opts.owner}
      where id in (
        select id from inbound_messages
        where outcome is null
          and (processing_until is null or processing_until < ${opts.now})
          and (source = 'imap' or received_at <= ${before})
        order by id
        limit ${opts.limit}
        for update skip locked
      )
      returning id, attempts, last_error, source, ses_verdicts, size
    )
    select claimed.*, c.data as first_chunk
    from claimed left join inbound_raw_chunks c on c.inbound_message_id = claimed.id and c.seq = 0`.execute(db);
  return rows.map(claimedMessage).sort((a, b) => a.id - b.id);
}

/** Notes why an attempt failed and gives up the lease, so the backlog sweep retries it. */
export async function recordAttemptFailure(db: Executor, id: number, error: string): Promise<void> {
  await db
    .updateTable("inbound_messages")
    .set({ last_error: error.slice(0, 2000), processing_until: null })
    .where("id", "=", id)
    .execute();
}

const OutcomeRow = z.object({
  outcome: z.enum(MESSAGE_OUTCOMES).nullable(),
  kind: MessageKind.nullable(),
  case_id: z.number().int().nullable(),
});
export type MessageOutcomeRow = z.infer<typeof OutcomeRow>;

/** What processing made of a message (outcome null: not processed yet). */
export async function messageOutcome(db: Executor, id: number): Promise<MessageOutcomeRow> {
  const row = await db
    .selectFrom("inbound_messages")
    .select(["outcome", "kind", "case_id"])
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
  return OutcomeRow.parse(row);
}

/** What deciding a message records on its row. */
export interface DecidedMessage {
  kind: string;
  fromAddress: string | null;
  subject: string;
  language: string | null;
  textBody: string;
  parse: unknown;
  outcome: (typeof MESSAGE_OUTCOMES)[number];
  detail: string | null;
  caseId: number | null;
  processedAt: Date;
}

/**
 * Writes the decision, only while the message has none: this row lock is what makes processing
 * exactly-once. Another worker deciding the same message waits here for the first to commit, then
 * gets false and must roll its whole transaction back.
 */
export async function recordDecision(trx: Executor, id: number, d: DecidedMessage): Promise<boolean> {
  const recorded = await trx
    .updateTable("inbound_messages")
    .set({
      kind: d.kind,
      from_address: d.fromAddress,
      subject: d.subject.slice(0, 1000),
      language: d.language,
      text_body: d.textBody,
      parse: JSON.stringify(d.parse),
      outcome: d.outcome,
      outcome_detail: d.detail,
      case_id: d.caseId,
      processed_at: d.processedAt,
      processing_until: null,
    })
    .where("id", "=", id)
    .where("outcome", "is", null)
    .returning("id")
    .executeTakeFirst();
  return recorded !== undefined;
}

/** Locks a message that has no outcome yet until the transaction ends; false if it has one. */
export async function lockUndecided(trx: Executor, id: number): Promise<boolean> {
  const row = await trx
    .selectFrom("inbound_messages")
    .select("id")
    .where("id", "=", id)
    .where("outcome", "is", null)
    .forUpdate()
    .executeTakeFirst();
  return row !== undefined;
}

/** Marks a (locked) message as waiting in the review queue. */
export async function recordNeedsReview(trx: Executor, id: number, detail: string, at: Date): Promise<void> {
  await trx
    .updateTable("inbound_messages")
    .set({ outcome: "needs_review", outcome_detail: detail, processed_at: at, processing_until: null })
    .where("id", "=", id)
    .execute();
}
