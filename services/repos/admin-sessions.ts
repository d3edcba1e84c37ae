// Signed-out admin sessions, stored so that a sign-out survives a restart and holds on every
// instance. A row lives until the cookie it revokes would have expired anyway.
import { sql } from "kysely";
import type { Database } from "../../db/connection.ts";

export interface RevokedSessions {
  isRevoked(sessionId: string): Promise<boolean>;
  revoke(sessionId: string, expires: Date): Promise<void>;
}

export function revokedSessions(db: Database): RevokedSessions {
  return {
    async isRevoked(sessionId) {
      const row = await db
        .selectFrom("admin_revoked_sessions")
        .select("session_id")
        .where("session_id", "=", sessionId)
        .executeTakeFirst();
      return row !== undefined;
    },
    async revoke(sessionId, expires) {
      await db
        .insertInto("admin_revoked_sessions")
        .values({ session_id: sessionId, expires_at: expires })
        .onConflict((oc) => oc.column("session_id").doNothing())
        .execute();
      await db
        .deleteFrom("admin_revoked_sessions")
        .where("expires_at", "<", sql<Date>`now()`)
        .execute();
    },
  };
}
