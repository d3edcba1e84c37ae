// POST /inbound/raw: a raw RFC 5322 message as the request body, bearer token required.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import type { IngestResult } from "../../ingest/process-message.ts";
import type { InboundSource } from "../../ingest/source.ts";
import { MAX_RAW_BYTES } from "../../ingest/store-raw.ts";
import { sameSecret } from "../../core/secrets.ts";
import type { UploadSlots } from "../upload-slots.ts";

export interface InboundRawDeps {
  token: string | undefined;
  ingest: (raw: Buffer, source: InboundSource) => Promise<IngestResult>;
  slots?: UploadSlots;
}

export function inboundRawRoutes(deps: InboundRawDeps): FastifyPluginAsync {
  return async (app) => {
    // Any content type: the body is the message, byte for byte.
    app.addContentTypeParser("*", { parseAs: "buffer", bodyLimit: MAX_RAW_BYTES }, (_req, body, done) =>
      done(null, body),
    );
    // The token is checked in onRequest, before the body is read: a client without it must
    // not make us buffer (or JSON-parse) up to MAX_RAW_BYTES first, nor keep the connection
    // open to trickle that body in.
    const authorize = async (req: FastifyRequest, reply: FastifyReply) => {
      if (!deps.token) {
        return reply
          .code(503)
          .header("connection", "close")
          .send({
            error: { code: "DISABLED", message: "POST /inbound/raw is disabled: set INBOUND_TOKEN to enable it" },
          });
      }
      const auth = req.headers.authorization ?? "";
      const given = /^Bearer\s+(.+)$/i.exec(auth)?.[1] ?? "";
      if (!given || !sameSecret(given, deps.token)) {
        return reply
          .code(401)
          .header("connection", "close")
          .send({
            error: {
              code: "UNAUTHORIZED",
              message: "missing or wrong bearer token (Authorization: Bearer $INBOUND_TOKEN)",
            },
          });
      }
    };
    app.post(
      "/inbound/raw",
      { bodyLimit: MAX_RAW_BYTES, onRequest: deps.slots ? [authorize, deps.slots.take] : authorize },
      async (req, reply) => {
        const body = req.body;
        if (!Buffer.isBuffer(body) || body.length === 0) {
          return reply.code(400).send({
            error: {
              code: "BAD_REQUEST",
              message: "the request body must be the raw message (Content-Type: message/rfc822)",
            },
          });
        }
        const result = await deps.ingest(body, { kind: "http" });
        return reply.code(result.status === "duplicate" ? 200 : 201).send(result);
      },
    );
  };
}
