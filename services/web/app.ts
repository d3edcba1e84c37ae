// Builds the fastify app (plugins, routes, error handler); server.ts only listens and closes.
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from "fastify";
import type { DatabaseHandle } from "../../db/connection.ts";
import type { Config } from "../config/env.ts";
import type { Logger } from "../core/logger.ts";
import type { PipelineDeps } from "../ingest/process-message.ts";
import { ingestRawMail } from "../ingest/ingest-raw-mail.ts";
import { AppError } from "../core/errors.ts";
import { healthRoutes, outboxHealth, type HealthDeps } from "./routes/health.ts";
import { inboundRawRoutes } from "./routes/inbound-raw.ts";
import { sesInboundConfig, sesInboundRoutes } from "./routes/ses-inbound.ts";
import { adminRoutes } from "../admin/plugin.ts";

export interface BuildAppOptions {
  healthChecks?: HealthDeps["checks"];
}

/** What the web part needs; the composition root (services/app) hands it in. */
export interface WebDeps {
  config: Config;
  logger: Logger;
  database: Pick<DatabaseHandle, "db">;
  pipeline: PipelineDeps;
}

export async function buildApp(ctx: WebDeps, opts: BuildAppOptions = {}): Promise<FastifyInstance> {
  const app: FastifyInstance = Fastify({
    loggerInstance: ctx.logger.child({ component: "http" }) as FastifyBaseLogger,
    trustProxy: ctx.config.TRUST_PROXY,
  });
  const ingest = (raw: Buffer, source: Parameters<typeof ingestRawMail>[2]) => ingestRawMail(ctx.pipeline, raw, source);

  app.setErrorHandler((err, req, reply) => {
    if (err instanceof AppError) {
      return reply.code(err.statusCode).send({ error: { code: err.code, message: err.message } });
    }
    const e = err as { statusCode?: number; code?: string; message?: string };
    if (e.statusCode && e.statusCode < 500) {
      return reply.code(e.statusCode).send({ error: { code: e.code ?? "BAD_REQUEST", message: e.message ?? "bad request" } });
    }
    req.log.error({ err }, "request failed");
    return reply.code(500).send({ error: { code: "INTERNAL", message: "internal error; see the service log" } });
  });

  const checks = { outbox: () => outboxHealth(ctx.database.db), ...opts.healthChecks };
  await app.register(healthRoutes({ db: ctx.database.db, checks }));
  await app.register(inboundRawRoutes({ token: ctx.config.INBOUND_TOKEN, ingest }));
  const ses = sesInboundConfig(ctx.config);
  await app.register(sesInboundRoutes({ ingest, logger: app.log, ...ses }));
  app.addHook("onClose", async () => ses.s3?.destroy());
  await app.register(
    adminRoutes({
      db: ctx.database.db,
      config: ctx.config,
      logger: ctx.logger,
      parse: ctx.pipeline.parse,
      onMailQueued: () => ctx.pipeline.onMailQueued?.(),
    }),
    { prefix: "/admin" },
  );
  return app;
}
