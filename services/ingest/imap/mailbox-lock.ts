// Only one service instance reads a mailbox at a time: a PostgreSQL session advisory lock held
// on a dedicated connection (it lives exactly as long as that connection). Correctness does not
// rest on it (the database dedupes deliveries and processing), it avoids two readers doing the
// same work and racing each other's flags. PGlite is single-process: no lock needed.
import pg from "pg";
import { errorMessage } from "../../core/errors.ts";

export interface MailboxLock {
  /** true when this instance holds the lock (already held: true at once) */
  acquire(): Promise<boolean>;
  /** false once the lock connection is lost: stop reading */
  held(): boolean;
  /** called once when a held lock is lost (connection error or end) */
  onLost(listener: (reason: string) => void): void;
  release(): Promise<void>;
}

export function noMailboxLock(): MailboxLock {
  return { acquire: async () => true, held: () => true, onLost: () => {}, release: async () => {} };
}

export function postgresMailboxLock(
  databaseUrl: string,
  key: bigint,
  opts: { connectTimeoutMs?: number } = {},
): MailboxLock {
  let client: pg.Client | null = null;
  let isHeld = false;
  const listeners: Array<(reason: string) => void> = [];

  const lost = (reason: string) => {
    const wasHeld = isHeld;
    isHeld = false;
    const c = client;
    client = null;
    c?.end().catch(() => {});
    if (wasHeld) for (const l of listeners) l(reason);
  };

  return {
    async acquire() {
      if (isHeld && client) return true;
      const c = new pg.Client({
        connectionString: databaseUrl,
        connectionTimeoutMillis: opts.connectTimeoutMs ?? 10_000,
        application_name: "dealreg-imap-lock",
        keepAlive: true,
      });
      // an error on an idle client is emitted, not thrown: without a listener it would crash the process
      c.on("error", (err) => {
        if (client === c) lost(`lock connection failed: ${errorMessage(err)}`);
      });
      c.on("end", () => {
        if (client === c) lost("lock connection closed");
      });
      try {
        await c.connect();
        const { rows } = await c.query<{ locked: boolean }>("select pg_try_advisory_lock($1::bigint) as locked", [
          key.toString(),
        ]);
        if (rows[0]?.locked) {
          client = c;
          isHeld = true;
          return true;
        }
        await c.end();
        return false;
      } catch (err) {
        await c.end().catch(() => {});
        throw err;
      }
    },
    held: () => isHeld,
    onLost(listener) {
      listeners.push(listener);
    },
    async release() {
      const c = client;
      isHeld = false;
      client = null;
      if (!c) return;
      // closing the session releases a session lock; the explicit unlock is for clarity
      await c.query("select pg_advisory_unlock($1::bigint)", [key.toString()]).catch(() => {});
      await c.end().catch(() => {});
    },
  };
}
