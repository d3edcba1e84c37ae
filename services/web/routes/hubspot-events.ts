// POST /crm/hubspot/events: HubSpot's webhook notifications, verified by signature v3 before
// anything is read. A deal's stage change is re-read from HubSpot (the notification names the
// deal; the decision and who took it come from the API, not from the request).
import type { FastifyPluginAsync } from "fastify";
import { z } from "zod";
import type { Logger } from "../../core/logger.ts";
import { errorMessage } from "../../core/errors.ts";
import { verifySignatureV3 } from "../../crm/hubspot/signature.ts";
import type { CrmDecisionChange } from "../../crm/types.ts";

const Events = z.array(
  z.object({
    objectId: z.number(),
    subscriptionType: z.string(),
    propertyName: z.string().optional(),
    propertyValue: z.string().optional(),
    occurredAt: z.number().optional(),
  }),
);

export interface HubSpotEventDeps {
  clientSecret: string | undefined;
  /** where HubSpot sends the requests (PUBLIC_URL): the signed URI is built from it */
  publicUrl: string | undefined;
  decisionsOf: ((dealIds: string[]) => Promise<CrmDecisionChange[]>) | null;
  apply: (changes: CrmDecisionChange[]) => Promise<unknown>;
  logger: Logger;
  now?: () => number;
}

export function hubspotEventRoutes(deps: HubSpotEventDeps): FastifyPluginAsync {
  return async (app) => {
    // The signature covers the body byte for byte: keep it as text.
    app.addContentTypeParser("application/json", { parseAs: "string", bodyLimit: 1024 * 1024 }, (_req, body, done) =>
      done(null, body),
    );
    app.post("/crm/hubspot/events", async (req, reply) => {
      if (!deps.clientSecret || !deps.decisionsOf) {
        return reply.code(503).send({
          error: { code: "DISABLED", message: "HubSpot webhooks need CRM=hubspot and HUBSPOT_CLIENT_SECRET" },
        });
      }
      const body = typeof req.body === "string" ? req.body : "";
      const origin = deps.publicUrl ? new URL(deps.publicUrl).origin : `${req.protocol}://${req.host}`;
      const check = verifySignatureV3(
        deps.clientSecret,
        {
          method: req.method,
          uri: origin + req.url,
          body,
          timestamp: header(req.headers["x-hubspot-request-timestamp"]),
          signature: header(req.headers["x-hubspot-signature-v3"]),
        },
        deps.now?.() ?? Date.now(),
      );
      if (!check.ok) {
        deps.logger.warn({ reason: check.reason }, "HubSpot webhook refused");
        return reply.code(401).send({ error: { code: "UNAUTHORIZED", message: check.reason } });
      }
      let events: z.infer<typeof Events>;
      try {
        events = Events.parse(JSON.parse(body));
      } catch (err) {
        return reply
          .code(400)
          .send({ error: { code: "BAD_REQUEST", message: `not a HubSpot event list: ${errorMessage(err)}` } });
      }
      const dealIds = [
        ...new Set(
          events
            .filter((e) => e.subscriptionType.startsWith("deal.") && (e.propertyName ?? "dealstage") === "dealstage")
            .map((e) => String(e.objectId)),
        ),
      ];
      try {
        const changes = await deps.decisionsOf(dealIds);
        await deps.apply(changes);
      } catch (err) {
        // HubSpot retries on 5xx; the poll would find the change too.
        deps.logger.warn({ err: errorMessage(err) }, "HubSpot webhook could not be processed");
        return reply
          .code(503)
          .send({ error: { code: "CRM_UNAVAILABLE", message: "could not read the deals from HubSpot; retry later" } });
      }
      return reply.code(204).send();
    });
  };
}

function header(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}
