// Step one of every path in: the raw bytes are committed, exactly once, before anything else
// can fail. Duplicates are decided by the database's unique keys (sha256, Message-ID, and the
// source's own delivery key), never by check-then-insert.
import { createHash } from "node:crypto";
import type { Database } from "../../db/connection.ts";
import { insertRawMessage, unprocessedIds, type StoredRaw } from "../repos/messages.ts";
import { sourceRef, type InboundSource } from "./source.ts";
import { isInFlight, PROCESS_LEASE_OWNER } from "./in-flight.ts";

export type { StoredRaw };

export const MAX_RAW_BYTES = 40 * 1024 * 1024;

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
  return insertRawMessage(db, {
    raw,
    sha256: createHash("sha256").update(raw).digest("hex"),
    messageId: peekMessageId(raw),
    source: source.kind,
    ref: sourceRef(source),
    sesVerdicts: source.kind === "ses" ? source.verdicts : null,
  });
}

/** Ids of stored messages that were never processed to an outcome (crash, database outage):
 * older than `minAgeMs` (a fresh one is still on its way through the path that stored it), not
 * in flight in this process and not leased by another process whose lease still runs. */
export async function unprocessedMessageIds(
  db: Database,
  opts: { now: Date; minAgeMs: number; limit: number; afterId?: number },
): Promise<number[]> {
  const ids = await unprocessedIds(db, {
    now: opts.now,
    receivedBefore: new Date(opts.now.getTime() - opts.minAgeMs),
    leaseOwner: PROCESS_LEASE_OWNER,
    limit: opts.limit,
    afterId: opts.afterId ?? 0,
  });
  return ids.filter((id) => !isInFlight(id));
}
