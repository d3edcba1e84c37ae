// Step one of every path in: the raw bytes are committed, exactly once, before anything else
// can fail. Duplicates are decided by the database's unique keys (sha256, Message-ID, and the
// source's own delivery key), never by check-then-insert.
import { createHash } from "node:crypto";
import { sql, type Transaction } from "kysely";
import type { Database } from "../../db/connection.ts";
import type { DB } from "../../db/schema.ts";
import { sourceRef, type InboundSource } from "./source.ts";
import { isInFlight, PROCESS_LEASE_OWNER } from "./in-flight.ts";

export interface StoredRaw {
  id: number;
  /** false when the same message (bytes, Message-ID or delivery key) was stored before */
  isNew: boolean;
}

export const MAX_RAW_BYTES = 40 * 1024 * 1024;

/**
 * Big mail is written in chunks within the storing transaction: a bytea parameter travels as
 * hex text (twice its size, plus the protocol buffer), so one 39 MiB parameter costs the
 * process (and PGlite's WebAssembly heap, which never shrinks) several times the mail at once.
 */
const RAW_CHUNK_BYTES = 4 * 1024 * 1024;

async function appendRawChunks(trx: Transaction<DB>, id: number, raw: Buffer): Promise<void> {
  for (let at = RAW_CHUNK_BYTES; at < raw.length; at += RAW_CHUNK_BYTES) {
    await trx
      .updateTable("inbound_messages")
      .set({ raw: sql<Buffer>`raw || ${raw.subarray(at, at + RAW_CHUNK_BYTES)}` })
      .where("id", "=", id)
      .execute();
  }
}

/** The Message-ID header of the raw bytes, without parsing the whole message. */
export function peekMessageId(raw: Buffer): string | null {
  const crlf = raw.indexOf("\r\n\r\n");
  const end = crlf >= 0 ? crlf : raw.indexOf("\n\n");
  const head = raw
    .subarray(0, end >= 0 ? Math.min(end, 256 * 1024) : Math.min(raw.length, 256 * 1024))
    .toString("latin1");
  const m = /^message-id:[ \t]*((?:.|\r?\n[ \t])*)/im.exec(head);
  const value = m?.[1]?.replace(/\r?\n[ \t]+/g, " ").trim();
  const id = value ? (/<[^<>\s]+>/.exec(value)?.[0] ?? null) : null;
  return id && id.length <= 998 ? id : null;
}

export async function storeRawMessage(db: Database, raw: Buffer, source: InboundSource): Promise<StoredRaw> {
  const sha256 = createHash("sha256").update(raw).digest("hex");
  const messageId = peekMessageId(raw);
  const ref = sourceRef(source);
  return db.transaction().execute(async (trx) => {
    if (ref) {
      const known = await trx
        .selectFrom("inbound_source_refs")
        .select("inbound_message_id")
        .where("source", "=", source.kind)
        .where("ref", "=", ref)
        .executeTakeFirst();
      if (known) return { id: known.inbound_message_id, isNew: false };
    }
    const inserted = await trx
      .insertInto("inbound_messages")
      .values({
        sha256,
        message_id: messageId,
        source: source.kind,
        raw: raw.subarray(0, RAW_CHUNK_BYTES),
        size: raw.length,
        ses_verdicts: source.kind === "ses" && source.verdicts ? JSON.stringify(source.verdicts) : null,
      })
      .onConflict((oc) => oc.doNothing())
      .returning("id")
      .executeTakeFirst();
    if (inserted) await appendRawChunks(trx, inserted.id, raw);
    let id = inserted?.id;
    if (id === undefined) {
      const existing = await trx
        .selectFrom("inbound_messages")
        .select("id")
        .where((eb) =>
          messageId ? eb.or([eb("sha256", "=", sha256), eb("message_id", "=", messageId)]) : eb("sha256", "=", sha256),
        )
        .orderBy("id")
        .executeTakeFirstOrThrow();
      id = existing.id;
    }
    if (ref) {
      await trx
        .insertInto("inbound_source_refs")
        .values({ source: source.kind, ref, inbound_message_id: id })
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    return { id, isNew: inserted !== undefined };
  });
}

/** Ids of stored messages that were never processed to an outcome (crash, database outage):
 * older than `minAgeMs` (a fresh one is still on its way through the path that stored it), not
 * in flight in this process and not leased by another process whose lease still runs. */
export async function unprocessedMessageIds(
  db: Database,
  opts: { now: Date; minAgeMs: number; limit: number; afterId?: number },
): Promise<number[]> {
  const rows = await db
    .selectFrom("inbound_messages")
    .select("id")
    .where("outcome", "is", null)
    .where("id", ">", opts.afterId ?? 0)
    .where("received_at", "<=", new Date(opts.now.getTime() - opts.minAgeMs))
    .where((eb) =>
      eb.or([
        eb("processing_until", "is", null),
        eb("processing_until", "<", opts.now),
        eb("processing_by", "=", PROCESS_LEASE_OWNER),
      ]),
    )
    .orderBy("id")
    .limit(opts.limit)
    .execute();
  return rows.map((r) => r.id).filter((id) => !isInFlight(id));
}
