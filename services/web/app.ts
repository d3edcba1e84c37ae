// Builds the fastify app (plugins, routes, error handler); server.ts only listens and closes.
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from "fastify";
import type { DatabaseHandle } from "../../db/connection.ts";
import type { Config } from "../config/env.ts";
import type { Logger } from "../core/logger.ts";
import type { PipelineDeps } from "../ingest/process-message.ts";
import { ingestRawMail } from "../ingest/ingest-raw-mail.ts";
import { AppError, foreignErrorFields } from "../core/errors.ts";
import { healthRoutes, type HealthDeps } from "./routes/health.ts";
import { outboxHealth } from "../repos/outbox-stats.ts";
import { inboundRawRoutes } from "./routes/inbound-raw.ts";
import { sesInboundConfig, sesInboundRoutes } from "./routes/ses-inbound.ts";
import { ADMIN_CSP, adminRoutes } from "../admin/plugin.ts";
import { uploadSlots } from "./upload-slots.ts";
import { hubspotEventRoutes } from "./routes/hubspot-events.ts";
import { syncBacklog } from "../repos/sync-jobs-repo.ts";
import type { CrmService } from "../crm/crm-service.ts";
import { createRenderer } from "../admin/render.ts";
import { STATUS_TEMPLATES_DIR, statusPageRoutes } from "../partners/status-pages.ts";
import { revokeCaseLinks } from "../partners/status-tokens.ts";
import { slackInteractionRoutes, type InteractionRouteDeps } from "../slack/interaction-route.ts";
import type { SlackSetup } from "../slack/from-config.ts";
import { slackOutboxHealth } from "../repos/slack-outbox.ts";

export interface BuildAppOptions {
  healthChecks?: HealthDeps["checks"];
  /** tests wait on the work a Slack interaction does after its answer */
  onSlackSettled?: InteractionRouteDeps["onSettled"];
}

/** A hop count as fastify's trust function (its types take no number); addresses as they are. */
function trustProxy(v: Config["TRUST_PROXY"]): false | string[] | ((address: string, hop: number) => boolean) {
  return typeof v === "number" ? (_address, hop) => hop < v : v;
}

/** What the web part needs; the composition root (services/app) hands it in. */
export interface WebDeps {
  config: Config;
  logger: Logger;
  database: Pick<DatabaseHandle, "db">;
  pipeline: PipelineDeps;
  crm: Pick<CrmService, "enabled" | "adapter" | "applyDecisions">;
  /** Slack's interaction endpoint, when a bot token is configured */
  slack?: Pick<SlackSetup, "interactions"> | null;
}

export async function buildApp(ctx: WebDeps, opts: BuildAppOptions = {}): Promise<FastifyInstance> {
  const app: FastifyInstance = Fastify({
    loggerInstance: ctx.logger.child({ component: "http" }) as FastifyBaseLogger,
    trustProxy: trustProxy(ctx.config.TRUST_PROXY),
    requestTimeout: ctx.config.HTTP_REQUEST_TIMEOUT_MS,
    connectionTimeout: ctx.config.HTTP_IDLE_TIMEOUT_MS,
    // node 20 only enforces a request timeout given to the server's constructor (fastify sets it
    // afterwards), and checks it on an interval of 30 s by default
    http: {
      requestTimeout: ctx.config.HTTP_REQUEST_TIMEOUT_MS,
      connectionsCheckingInterval: Math.min(1000, ctx.config.HTTP_REQUEST_TIMEOUT_MS),
    },
  });
  const slots = uploadSlots(ctx.config.INBOUND_MAX_CONCURRENT);
  const ingest = (raw: Buffer, source: Parameters<typeof ingestRawMail>[2]) => ingestRawMail(ctx.pipeline, raw, source);

  app.setErrorHandler((err, req, reply) => {
    if (err instanceof AppError) {
      return reply.code(err.statusCode).send({ error: { code: err.code, message: err.message } });
    }
    const e = foreignErrorFields(err);
    if (e.statusCode && e.statusCode < 500) {
      // a refused body (413, …) is not read any further: the connection goes with the answer
      if (!req.raw.complete) reply.header("connection", "close");
      return reply
        .code(e.statusCode)
        .send({ error: { code: e.code ?? "BAD_REQUEST", message: e.message ?? "bad request" } });
    }
    req.log.error({ err }, "request failed");
    return reply.code(500).send({ error: { code: "INTERNAL", message: "internal error; see the service log" } });
  });

  const checks = {
    outbox: () => outboxHealth(ctx.database.db),
    uploads: async () => ({ ok: true, inFlight: slots.inFlight() }),
    // failed sync jobs stay visible here (and in the review queue); they never make the service unhealthy
    ...(ctx.crm.enabled ? { crmSync: async () => ({ ok: true, ...(await syncBacklog(ctx.database.db)) }) } : {}),
    ...(ctx.slack ? { slack: () => slackOutboxHealth(ctx.database.db) } : {}),
    ...opts.healthChecks,
  };
  await app.register(healthRoutes({ db: ctx.database.db, checks }));
  await app.register(inboundRawRoutes({ token: ctx.config.INBOUND_TOKEN, ingest, slots }));
  const adapter = ctx.crm.adapter;
  await app.register(
    hubspotEventRoutes({
      clientSecret: ctx.config.CRM === "hubspot" ? ctx.config.HUBSPOT_CLIENT_SECRET : undefined,
      publicUrl: ctx.config.PUBLIC_URL,
      decisionsOf: adapter ? (ids) => adapter.decisionsOf(ids) : null,
      apply: (changes) => ctx.crm.applyDecisions(changes),
      logger: ctx.logger.child({ component: "hubspot-webhook" }),
    }),
  );
  const ses = sesInboundConfig(ctx.config);
  await app.register(sesInboundRoutes({ ingest, logger: app.log, slots, ...ses }));
  app.addHook("onClose", async () => ses.s3?.destroy());
  await app.register(
    adminRoutes({
      db: ctx.database.db,
      config: ctx.config,
      logger: ctx.logger,
      parse: ctx.pipeline.parse,
      onMailQueued: () => ctx.pipeline.onMailQueued?.(),
      revokeStatusLinks: (caseId, by, now) => revokeCaseLinks(ctx.database.db, caseId, by, now),
      ...(ctx.pipeline.statusLink ? { statusLink: ctx.pipeline.statusLink } : {}),
    }),
    { prefix: "/admin" },
  );
  // partners' status pages: the admin page's CSP and escaping renderer, their own templates
  await app.register(
    statusPageRoutes({ db: ctx.database.db, csp: ADMIN_CSP, render: createRenderer(STATUS_TEMPLATES_DIR) }),
  );
  const slack = ctx.slack?.interactions;
  if (slack)
    await app.register(
      slackInteractionRoutes({
        ...slack,
        logger: ctx.logger.child({ component: "slack" }),
        ...(opts.onSlackSettled ? { onSettled: opts.onSlackSettled } : {}),
      }),
    );
  return app;
}
