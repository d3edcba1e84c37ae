// POST /inbound/ses: the HTTPS subscriber of the SES receipt topic. Every message is verified
// before it is trusted; the answer is 200 only once the raw mail is stored (or the message is
// knowingly ignored), 4xx for malformed or forged input, 5xx so SNS retries when we failed.
import type { S3Client } from "@aws-sdk/client-s3";
import type { FastifyBaseLogger, FastifyPluginAsync, FastifyReply } from "fastify";
import type { InboundSource } from "../../ingest/source.ts";
import type { FetchCert } from "../../ingest/ses/cert-cache.ts";
import {
  confirmVerifiedSubscription,
  defaultConfirmSubscription,
  type ConfirmSubscription,
} from "../../ingest/ses/confirm-subscription.ts";
import { SesInboundError } from "../../ingest/ses/errors.ts";
import { createS3Client } from "../../ingest/ses/fetch-s3-mail.ts";
import { topicRegion } from "../../ingest/ses/sns-urls.ts";
import type { Config } from "../../config/env.ts";
import type { UploadSlots } from "../upload-slots.ts";
import { parseSesMessage, sesNotificationToInbound } from "../../ingest/ses/ses-notification.ts";
import { createSnsVerifier } from "../../ingest/ses/verify-sns.ts";

export interface SesInboundDeps {
  /** resolves once the raw message is committed; the DB dedupes on (source, ref = sesMessageId) */
  ingest: (raw: Buffer, source: InboundSource) => Promise<unknown>;
  topicArns: readonly string[];
  fetchCert?: FetchCert;
  confirmSubscription?: ConfirmSubscription;
  /** needed when the receipt rule uses the S3 action */
  s3?: S3Client;
  logger: FastifyBaseLogger;
  maxMailBytes?: number;
  now?: () => Date;
  slots?: UploadSlots;
}

// SNS messages are at most 256 KB; the JSON envelope adds a little.
const BODY_LIMIT = 1024 * 1024;

export function sesInboundRoutes(deps: SesInboundDeps): FastifyPluginAsync {
  return async (app) => {
    const log = deps.logger.child({ component: "ses-inbound" });
    if (deps.topicArns.length === 0) {
      log.warn("SES_TOPIC_ARNS is empty: every message to POST /inbound/ses will be refused");
    }
    const verify = createSnsVerifier({ topicArns: deps.topicArns, fetchCert: deps.fetchCert, now: deps.now });
    const confirm = deps.confirmSubscription ?? defaultConfirmSubscription();

    // SNS sends JSON as text/plain; read every body of this scope as a string and parse it here
    app.removeAllContentTypeParsers();
    app.addContentTypeParser("*", { parseAs: "string", bodyLimit: BODY_LIMIT }, (_req, body, done) => {
      done(null, body);
    });

    app.post(
      "/inbound/ses",
      { bodyLimit: BODY_LIMIT, ...(deps.slots ? { onRequest: deps.slots.take } : {}) },
      async (req, reply) => {
        let snsMessageId: string | undefined;
        try {
          const body = parseJson(req.body);
          const msg = await verify(body);
          snsMessageId = msg.MessageId;
          const headerType = req.headers["x-amz-sns-message-type"];
          if (headerType !== undefined && headerType !== msg.Type) {
            throw new SesInboundError("invalid_envelope", "x-amz-sns-message-type differs from Type");
          }
          const mlog = log.child({ snsMessageId, topicArn: msg.TopicArn });

          if (msg.Type === "SubscriptionConfirmation") {
            await confirmVerifiedSubscription(msg, confirm);
            mlog.info("SNS subscription confirmed");
            return reply.code(200).send({ status: "confirmed" });
          }
          if (msg.Type === "UnsubscribeConfirmation") {
            mlog.warn("SNS unsubscribe confirmation received; nothing done");
            return reply.code(200).send({ status: "ignored" });
          }

          const parsed = parseSesMessage(msg.Message);
          if (parsed.kind === "other") {
            mlog.info({ notificationType: parsed.notificationType }, "SES notification ignored: not a received mail");
            return reply.code(200).send({ status: "ignored" });
          }
          const { raw, source } = await sesNotificationToInbound(parsed.notification, {
            s3: deps.s3,
            maxBytes: deps.maxMailBytes,
          });
          try {
            await deps.ingest(raw, source);
          } catch (err) {
            throw new SesInboundError("store_failed", undefined, { cause: err });
          }
          mlog.info({ sesMessageId: parsed.notification.mail.messageId, bytes: raw.length }, "SES mail stored");
          return reply.code(200).send({ status: "stored", sesMessageId: parsed.notification.mail.messageId });
        } catch (err) {
          return sendError(reply, log, err, snsMessageId);
        }
      },
    );
  };
}

/**
 * The config-derived part of the deps: the allowed topics, and an S3 client (for the S3
 * action) in SES_REGION, or else the region of the first topic, pointed at S3_ENDPOINT if set.
 */
export function sesInboundConfig(
  config: Pick<Config, "SES_TOPIC_ARNS" | "SES_REGION" | "S3_ENDPOINT">,
): Pick<SesInboundDeps, "topicArns" | "s3"> {
  const first = config.SES_TOPIC_ARNS[0];
  const region = config.SES_REGION ?? (first ? topicRegion(first) : null);
  return {
    topicArns: config.SES_TOPIC_ARNS,
    s3: region ? createS3Client({ region, endpoint: config.S3_ENDPOINT }) : undefined,
  };
}

function parseJson(body: unknown): unknown {
  if (typeof body !== "string") throw new SesInboundError("invalid_json");
  try {
    return JSON.parse(body);
  } catch {
    throw new SesInboundError("invalid_json");
  }
}

function sendError(reply: FastifyReply, log: FastifyBaseLogger, err: unknown, snsMessageId?: string): FastifyReply {
  if (!(err instanceof SesInboundError)) {
    log.error({ snsMessageId, err }, "SES inbound failed unexpectedly");
    return reply.code(500).send({ error: { code: "internal_error", message: "internal error" } });
  }
  const fields = { snsMessageId, code: err.code, cause: describeCause(err.cause) };
  if (err.status >= 500) log.error(fields, err.message);
  else log.warn(fields, err.message);
  return reply.code(err.status).send({ error: { code: err.code, message: err.message } });
}

// the cause's name and message only: stacks and SDK metadata stay out of the log
function describeCause(cause: unknown): string | undefined {
  if (cause instanceof Error) return `${cause.name}: ${cause.message}`.slice(0, 300);
  return cause === undefined ? undefined : String(cause).slice(0, 300);
}
