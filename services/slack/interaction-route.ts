// POST /slack/interactions: Slack's Interactivity Request URL. The signature is checked over the
// raw bytes (so the body is read as a buffer, never re-encoded), the answer goes out at once
// (Slack gives up after 3 s), and the work runs after it.
import type { FastifyPluginAsync } from "fastify";
import type { Logger } from "../core/logger.ts";
import { parseInteraction } from "./interaction-payload.ts";
import { verifySlackSignature } from "./signature.ts";
import { handleInteraction, runAfterAck, type InteractionDeps, type InteractionOutcome } from "./handle-interaction.ts";

export interface InteractionRouteDeps {
  signingSecret: string;
  logger: Logger;
  handler: InteractionDeps;
  now?: () => Date;
  /** called when the work after the answer is done (tests wait on it) */
  onSettled?: (o: InteractionOutcome | Error) => void;
}

const MAX_BODY = 1024 * 1024;

export function slackInteractionRoutes(deps: InteractionRouteDeps): FastifyPluginAsync {
  return async (app) => {
    app.addContentTypeParser(
      "application/x-www-form-urlencoded",
      { parseAs: "buffer", bodyLimit: MAX_BODY },
      (_req, body, done) => done(null, body),
    );
    app.post("/slack/interactions", { bodyLimit: MAX_BODY }, async (req, reply) => {
      const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const check = verifySlackSignature({
        signingSecret: deps.signingSecret,
        timestamp: header(req.headers["x-slack-request-timestamp"]),
        signature: header(req.headers["x-slack-signature"]),
        rawBody: raw,
        now: deps.now?.() ?? new Date(),
      });
      if (!check.ok) {
        deps.logger.warn({ reason: check.reason, ip: req.ip }, "slack request refused");
        return reply
          .code(401)
          .send({ error: { code: "UNAUTHORIZED", message: `Slack signature check failed: ${check.reason}` } });
      }
      const payload = parseInteraction(raw);
      if (payload) runAfterAck(deps, () => handleInteraction(deps.handler, payload), deps.onSettled);
      else deps.onSettled?.({ status: "ignored" });
      // An empty 200 acknowledges; for a modal submission it also closes the modal.
      return reply.code(200).send();
    });
  };
}

function header(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}
