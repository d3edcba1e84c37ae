// What the watcher reports to GET /healthz and to the log. Never contains the password.
export type ImapWatcherState =
  "starting" | "waiting_for_lock" | "connecting" | "syncing" | "idle" | "backoff" | "stopped";

// a type alias (not an interface) so it fits the health route's Record<string, unknown>
export type ImapWatcherStatus = {
  /** account and mailbox without the password */
  mailbox: string;
  state: ImapWatcherState;
  connected: boolean;
  /** this instance holds the mailbox lock (always true on PGlite) */
  holdsLock: boolean;
  /** ISO time of the last catch-up pass that completed */
  lastSyncAt: string | null;
  lastUid: number | null;
  uidValidity: string | null;
  lastError: { message: string; at: string } | null;
  /** sessions that ended in an error since start */
  failures: number;
  /** new messages committed since start */
  ingested: number;
  /** messages in the mailbox (EXISTS) at the last select or sync */
  mailboxTotal: number | null;
  /** listed by the current catch-up pass and not fetched yet */
  toFetch: number;
  /** committed by this watcher and not processed yet (parse, decide, queue the reply) */
  backlog: number;
  /** messages this watcher's queue has processed since start */
  processed: number;
  /** ISO time the last batch was committed */
  lastBatchAt: string | null;
};

/**
 * Healthy when connected, or when standing by because another instance holds the mailbox.
 * A watcher between reconnects is reported unhealthy with its last error.
 */
export function imapHealth(status: ImapWatcherStatus): { ok: boolean } & ImapWatcherStatus {
  const ok = status.state !== "stopped" && (status.connected || status.state === "waiting_for_lock");
  return { ok, ...status };
}
