// GET /healthz: the database answers, and each mailbox watcher's last sync.
import { sql } from "kysely";
import type { FastifyPluginAsync } from "fastify";
import type { Database } from "../../../db/connection.ts";
import { errorMessage } from "../../core/errors.ts";

export interface HealthDeps {
  db: Database;
  /** extra checks by name (IMAP status …): each returns its state and whether it is healthy */
  checks?: Record<string, () => Promise<{ ok: boolean } & Record<string, unknown>>>;
}

export function healthRoutes(deps: HealthDeps): FastifyPluginAsync {
  return async (app) => {
    app.get("/healthz", async (_req, reply) => {
      const result: Record<string, unknown> = {};
      let ok = true;
      try {
        await sql`select 1`.execute(deps.db);
        result.database = { ok: true };
      } catch (err) {
        ok = false;
        result.database = { ok: false, error: errorMessage(err) };
      }
      for (const [name, check] of Object.entries(deps.checks ?? {})) {
        try {
          const state = await check();
          result[name] = state;
          ok &&= state.ok;
        } catch (err) {
          ok = false;
          result[name] = { ok: false, error: errorMessage(err) };
        }
      }
      return reply.code(ok ? 200 : 503).send({ ok, ...result });
    });
  };
}

/** Mail that could not be delivered stays visible here until someone looks (it never blocks health). */
export async function outboxHealth(
  db: Database,
): Promise<{ ok: boolean; queued: number; failed: number; oldestQueuedSeconds: number | null }> {
  const row = await db
    .selectFrom("outbox")
    .select([
      sql<number>`count(*) filter (where status = 'queued')::int`.as("queued"),
      sql<number>`count(*) filter (where status = 'failed')::int`.as("failed"),
      sql<number | null>`extract(epoch from now() - min(created_at) filter (where status = 'queued'))::int`.as(
        "oldest",
      ),
    ])
    .executeTakeFirstOrThrow();
  return {
    ok: true,
    queued: Number(row.queued),
    failed: Number(row.failed),
    oldestQueuedSeconds: row.oldest === null ? null : Number(row.oldest),
  };
}
