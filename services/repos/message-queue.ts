// Stored mail waiting to be processed, as a queue that any number of processes share: a claim
// takes the oldest messages without an outcome and without a live lease, in one statement,
// skipping rows another process is claiming at that moment.
import { sql } from "kysely";
import type { Database } from "../../db/connection.ts";

export interface ClaimedMessage {
  id: number;
  attempts: number;
  last_error: string | null;
  raw: Buffer;
  ses_verdicts: unknown;
  source: string;
}

/**
 * Leases up to `limit` unprocessed messages to `owner` until `until` and counts an attempt on
 * each. Mail from sources that process it themselves right after storing (HTTP, SES, CLI) is
 * taken only once it is `selfProcessedAfterMs` old: until then it belongs to that path.
 */
export async function claimStoredMessages(
  db: Database,
  opts: { limit: number; owner: string; now: Date; until: Date; selfProcessedAfterMs: number },
): Promise<ClaimedMessage[]> {
  const before = new Date(opts.now.getTime() - opts.selfProcessedAfterMs);
  const { rows } = await sql<ClaimedMessage>`
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
    returning id, attempts, last_error, raw, ses_verdicts, source`.execute(db);
  return rows.sort((a, b) => a.id - b.id);
}
