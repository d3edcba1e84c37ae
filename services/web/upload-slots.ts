// A bound on request bodies being received at once on the inbound routes: each may be up to
// 40 MB held in memory, so a crowd of slow uploads must not add up. Over the bound the client
// is told to come back (503 + Retry-After) and its connection closed before its body is read.
import type { FastifyReply, FastifyRequest } from "fastify";

export interface UploadSlots {
  /** onRequest hook: takes a slot until the response is done or the connection drops */
  take(req: FastifyRequest, reply: FastifyReply): Promise<void>;
  inFlight(): number;
}

export function uploadSlots(max: number): UploadSlots {
  let used = 0;
  return {
    inFlight: () => used,
    async take(_req, reply) {
      if (used >= max) {
        await reply
          .code(503)
          .header("retry-after", "5")
          .header("connection", "close")
          .send({
            error: {
              code: "BUSY",
              message: `more than ${max} uploads in flight (INBOUND_MAX_CONCURRENT); retry shortly`,
            },
          });
        return;
      }
      used++;
      // "close" fires once per response, whether it finished or the client went away
      reply.raw.once("close", () => used--);
    },
  };
}
