// One catch-up pass over the selected mailbox: everything above the committed UID, in batches.
// Per batch the order is what makes delivery exactly-once:
//   1. commit each raw message with its (mailbox, UIDVALIDITY, UID) ref   (storeRawMessage)
//   2. record the batch's last UID as progress                           (imap_state)
//   3. mark the batch on the server                                      (keyword or move)
//   4. hand the stored ids to processing                                 (exactly-once by row lock)
// A crash before 2 re-fetches the batch and the refs dedupe it; a crash between 2 and 3 is
// repaired by reconcileMarks on the next connection; a database failure in 1 or 2 aborts the
// batch before anything is marked.
import type { FetchMessageObject, ImapFlow } from "imapflow";
import type { Database } from "../../../db/connection.ts";
import type { Logger } from "../../core/logger.ts";
import { storeRawMessage, type StoredRaw } from "../store-raw.ts";
import { planFetch, uidSet, type PlanLimits } from "./fetch-plan.ts";
import { recordImapProgress } from "../../repos/imap-state.ts";
import { markProcessed, ImapCommandError, type MarkMode } from "./mark-processed.ts";

export interface SyncDeps {
  db: Database;
  logger: Logger;
  /** the mailbox identity (no password) used in delivery refs and progress */
  mailboxKey: string;
  mark: MarkMode;
  limits: PlanLimits;
  /** parallel storeRawMessage calls within a batch */
  storeConcurrency: number;
  /** queue a committed message for processing (may wait for room) */
  enqueue(id: number): Promise<void>;
  /** false when the watcher stops or loses the mailbox lock: no further batch starts */
  mayContinue(): boolean;
  onProgress?(lastUid: number, stored: { fresh: number; duplicates: number }): void;
  /** how many messages this pass will fetch, once they are listed */
  onPlan?(toFetch: number): void;
}

export interface SyncResult {
  fresh: number;
  duplicates: number;
  tooLarge: number;
  lastUid: number;
}

export class MailboxChangedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MailboxChangedError";
  }
}

export async function syncNewMessages(
  client: ImapFlow,
  uidValidity: string,
  lastUid: number,
  deps: SyncDeps,
): Promise<SyncResult> {
  const result: SyncResult = { fresh: 0, duplicates: 0, tooLarge: 0, lastUid };
  assertSameMailbox(client, uidValidity);
  if (!client.mailbox || client.mailbox.exists === 0) return result;

  const listed = await client.fetchAll(`${lastUid + 1}:*`, { uid: true, size: true }, { uid: true });
  const plan = planFetch(
    listed.map((m) => ({ uid: m.uid, size: m.size ?? 0 })),
    lastUid,
    deps.limits,
  );
  for (const m of plan.tooLarge) {
    deps.logger.error(
      { uid: m.uid, size: m.size, limit: deps.limits.maxMessageBytes },
      "message over the size limit: not ingested, left unmarked on the server",
    );
  }
  result.tooLarge = plan.tooLarge.length;
  deps.onPlan?.(plan.batches.reduce((n, b) => n + b.length, 0));

  for (const batch of plan.batches) {
    if (!deps.mayContinue()) return result;
    const messages = await client.fetchAll(uidSet(batch), { uid: true, source: true }, { uid: true });
    assertSameMailbox(client, uidValidity);
    messages.sort((a, b) => a.uid - b.uid);

    const stored = await storeAll(messages, uidValidity, deps); // throws: nothing below happens
    const batchLast = batch.at(-1)!;
    await recordImapProgress(deps.db, deps.mailboxKey, { uidValidity, lastUid: batchLast });
    result.lastUid = batchLast;
    const fresh = stored.filter((s) => s.isNew).length;
    result.fresh += fresh;
    result.duplicates += stored.length - fresh;
    deps.onProgress?.(batchLast, { fresh, duplicates: stored.length - fresh });

    let markError: unknown = null;
    try {
      await markProcessed(
        client,
        deps.mark,
        messages.map((m) => m.uid),
      );
    } catch (err) {
      markError = err; // committed already: process anyway, reconcileMarks repairs the mark later
    }
    for (const s of stored) await deps.enqueue(s.id);
    if (markError) throw markError;
  }

  if (plan.highestUid > result.lastUid) {
    // only messages over the size limit lie above the last batch
    await recordImapProgress(deps.db, deps.mailboxKey, { uidValidity, lastUid: plan.highestUid });
    result.lastUid = plan.highestUid;
    deps.onProgress?.(plan.highestUid, { fresh: 0, duplicates: 0 });
  }
  return result;
}

function assertSameMailbox(client: ImapFlow, uidValidity: string): void {
  const now = client.mailbox ? String(client.mailbox.uidValidity) : null;
  if (now !== uidValidity)
    throw new MailboxChangedError(
      `UIDVALIDITY changed from ${uidValidity} to ${now ?? "(no mailbox)"} during the session`,
    );
}

async function storeAll(messages: FetchMessageObject[], uidValidity: string, deps: SyncDeps): Promise<StoredRaw[]> {
  const out: StoredRaw[] = new Array<StoredRaw>(messages.length);
  let next = 0;
  let failure: { err: unknown } | null = null;
  const worker = async () => {
    while (next < messages.length && !failure) {
      const i = next++;
      const m = messages[i]!;
      try {
        if (!m.source) throw new ImapCommandError(`FETCH returned no body for UID ${m.uid}`);
        out[i] = await storeRawMessage(deps.db, m.source, {
          kind: "imap",
          mailbox: deps.mailboxKey,
          uidValidity,
          uid: m.uid,
        });
      } catch (err) {
        failure ??= { err };
      }
    }
  };
  // every worker settles before the batch fails, so no store is still running behind our back
  await Promise.all(Array.from({ length: Math.min(deps.storeConcurrency, messages.length) }, worker));
  if (failure) throw (failure as { err: unknown }).err;
  return out;
}
