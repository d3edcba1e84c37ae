// GET /healthz: the database answers, and each mailbox watcher's last sync.
import type { FastifyPluginAsync } from "fastify";
import { pingDatabase, type Database } from "../../../db/connection.ts";
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
        await pingDatabase(deps.db);
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
