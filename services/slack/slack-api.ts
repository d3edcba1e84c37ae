// The Slack Web API calls dealreg makes, on Slack's official @slack/web-api client. The client's
// own retries are off and rate-limited calls are rejected: the Slack outbox retries, so a 429's
// Retry-After becomes the row's next attempt instead of a sleeping worker. Answers are checked
// with zod; every failure becomes a SlackCallError saying whether retrying can help. The Slack
// packages (and their HTTP client) are loaded with the first call: a service without Slack, the
// embedded default, never holds them.
import type * as SlackSdk from "@slack/web-api";
import type { LogLevel, WebClient, Logger as SlackLogger } from "@slack/web-api";
import type { IncomingWebhookSendArguments } from "@slack/webhook";
import { z } from "zod";
import { errorMessage } from "../core/errors.ts";
import type { Logger } from "../core/logger.ts";

export interface SlackMessage {
  text: string;
  /** Block Kit blocks, as the webhook package types them (the Web API takes the same) */
  blocks?: NonNullable<IncomingWebhookSendArguments["blocks"]>;
}

export interface SlackUser {
  id: string;
  email: string | null;
  active: boolean;
}

export interface SlackApi {
  postMessage(channel: string, msg: SlackMessage): Promise<{ channel: string; ts: string }>;
  update(channel: string, ts: string, msg: SlackMessage): Promise<void>;
  postEphemeral(channel: string, user: string, text: string): Promise<void>;
  openView(triggerId: string, view: Record<string, unknown>): Promise<void>;
  userInfo(userId: string): Promise<SlackUser>;
}

export interface SlackWebhookPoster {
  send(msg: SlackMessage): Promise<void>;
}

export class SlackCallError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = "SlackCallError";
  }
}

// Slack's documented errors that a later attempt can cure; the rest (invalid_auth,
// channel_not_found, missing_scope, invalid_blocks, …) need a person to fix the setup.
const TRANSIENT_ERRORS = new Set([
  "internal_error",
  "fatal_error",
  "service_unavailable",
  "request_timeout",
  "ratelimited",
  "team_added_to_org",
]);

const PostAnswer = z.object({ ok: z.literal(true), channel: z.string().min(1), ts: z.string().min(1) });
const UserAnswer = z.object({
  ok: z.literal(true),
  user: z.object({
    id: z.string(),
    deleted: z.boolean().optional(),
    is_bot: z.boolean().optional(),
    profile: z.object({ email: z.string().optional() }).optional(),
  }),
});

/** The client's own log lines go to our JSON log (pino), not to the console. */
function slackLogger(log: Logger, sdk: typeof SlackSdk): SlackLogger {
  const text = (msg: unknown[]) => msg.map((m) => (typeof m === "string" ? m : errorMessage(m))).join(" ");
  let level = sdk.LogLevel.WARN;
  return {
    debug: (...m: unknown[]) => log.debug(text(m)),
    info: (...m: unknown[]) => log.info(text(m)),
    warn: (...m: unknown[]) => log.warn(text(m)),
    error: (...m: unknown[]) => log.error(text(m)),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

export function createSlackApi(opts: { token: string; apiUrl: string; logger: Logger; timeoutMs?: number }): SlackApi {
  let connected: Promise<{ sdk: typeof SlackSdk; client: WebClient }> | null = null;
  const connect = () =>
    (connected ??= import("@slack/web-api").then((sdk) => ({
      sdk,
      client: new sdk.WebClient(opts.token, {
        logger: slackLogger(opts.logger, sdk),
        logLevel: sdk.LogLevel.WARN,
        slackApiUrl: opts.apiUrl,
        retryConfig: { retries: 0 },
        rejectRateLimitedCalls: true,
        timeout: opts.timeoutMs ?? 10_000,
        allowAbsoluteUrls: false,
      }),
    })));
  const send = async (method: string, args: Record<string, unknown>): Promise<unknown> => {
    const { sdk, client } = await connect();
    try {
      return await client.apiCall(method, args);
    } catch (err) {
      throw classify(sdk, method, err);
    }
  };
  const call = async <T>(method: string, args: Record<string, unknown>, schema: z.ZodType<T>): Promise<T> => {
    const parsed = schema.safeParse(await send(method, args));
    if (!parsed.success)
      throw new SlackCallError(
        `Slack ${method}: unexpected answer (${parsed.error.issues[0]?.message ?? "invalid"})`,
        true,
      );
    return parsed.data;
  };
  return {
    async postMessage(channel, msg) {
      const a = await call(
        "chat.postMessage",
        { channel, text: msg.text, blocks: msg.blocks, unfurl_links: false },
        PostAnswer,
      );
      return { channel: a.channel, ts: a.ts };
    },
    async update(channel, ts, msg) {
      await send("chat.update", { channel, ts, text: msg.text, blocks: msg.blocks ?? [] });
    },
    async postEphemeral(channel, user, text) {
      await send("chat.postEphemeral", { channel, user, text });
    },
    async openView(triggerId, view) {
      await send("views.open", { trigger_id: triggerId, view });
    },
    async userInfo(userId) {
      const a = await call("users.info", { user: userId }, UserAnswer);
      return {
        id: a.user.id,
        email: a.user.profile?.email?.toLowerCase() ?? null,
        active: !a.user.deleted && !a.user.is_bot,
      };
    },
  };
}

function classify(sdk: typeof SlackSdk, method: string, err: unknown): SlackCallError {
  if (err instanceof sdk.WebAPIRateLimitedError)
    return new SlackCallError(`Slack ${method}: rate limited`, false, err.retryAfter);
  if (err instanceof sdk.WebAPIPlatformError)
    return new SlackCallError(`Slack ${method}: ${err.data.error}`, !TRANSIENT_ERRORS.has(err.data.error));
  if (err instanceof sdk.WebAPIHTTPError)
    return new SlackCallError(`Slack ${method}: HTTP ${err.statusCode}`, err.statusCode < 500);
  return new SlackCallError(`Slack ${method}: ${errorMessage(err)}`, false);
}

/** Incoming webhooks answer plain text ("ok", or an error such as "invalid_payload") and 429 with Retry-After. */
export function createSlackWebhook(opts: { url: string; timeoutMs?: number }): SlackWebhookPoster {
  return {
    async send(msg) {
      const { IncomingWebhook, IncomingWebhookHTTPError } = await import("@slack/webhook");
      let retryAfter: number | null = null;
      // a fresh client per send, so the Retry-After of this response is the one we read
      const hook = new IncomingWebhook(opts.url, {
        timeout: opts.timeoutMs ?? 10_000,
        fetch: async (url, init) => {
          const res = await fetch(url, init);
          const header = Number.parseInt(res.headers.get("retry-after") ?? "", 10);
          retryAfter = Number.isFinite(header) ? header : null;
          return res;
        },
      });
      try {
        await hook.send({ text: msg.text, ...(msg.blocks ? { blocks: msg.blocks } : {}) });
      } catch (err) {
        if (!(err instanceof IncomingWebhookHTTPError))
          throw new SlackCallError(`Slack webhook: ${errorMessage(err)}`, false);
        if (err.statusCode === 429) throw new SlackCallError("Slack webhook: rate limited", false, retryAfter ?? 1);
        throw new SlackCallError(`Slack webhook: HTTP ${err.statusCode} ${err.body}`.trim(), err.statusCode < 500);
      }
    },
  };
}
