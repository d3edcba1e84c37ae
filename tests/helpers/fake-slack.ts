// A local Slack: the Web API methods dealreg calls (chat.postMessage, chat.update,
// chat.postEphemeral, views.open, users.info) with Slack's shapes, form-encoded requests with a
// bearer token, `{ ok: false, error }` answers and HTTP 429 with Retry-After; and one incoming
// webhook (JSON in, "ok" or an error text out). Tests script failures with failNext and sign
// interaction payloads as Slack does with signInteraction.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { slackSignature } from "../../services/slack/signature.ts";

export interface FakeSlackCall {
  method: string;
  args: Record<string, unknown>;
}

export type FakeSlackFailure = { status: 429; retryAfter: number } | { error: string };

export interface FakeSlack {
  /** pass as SLACK_API_URL */
  apiUrl: string;
  /** pass as SLACK_WEBHOOK_URL */
  webhookUrl: string;
  token: string;
  channel: string;
  calls: FakeSlackCall[];
  webhookPosts: Record<string, unknown>[];
  /** messages by `${channel}:${ts}`, as last posted or updated */
  messages: Map<string, { text: string; blocks: unknown[] }>;
  addUser(id: string, email: string | null, opts?: { deleted?: boolean; isBot?: boolean }): void;
  /** answer the next calls of `method` ("webhook" for the webhook) with these failures, in order */
  failNext(method: string, ...failures: FakeSlackFailure[]): void;
  /** resolves once `n` calls of `method` have arrived */
  waitFor(method: string, n?: number): Promise<FakeSlackCall[]>;
  close(): Promise<void>;
}

export async function startFakeSlack(opts: { token?: string; channel?: string } = {}): Promise<FakeSlack> {
  const token = opts.token ?? "xoxb-fake-token";
  const channel = opts.channel ?? "C0DEALREG1";
  const calls: FakeSlackCall[] = [];
  const webhookPosts: Record<string, unknown>[] = [];
  const messages = new Map<string, { text: string; blocks: unknown[] }>();
  const users = new Map<string, { id: string; deleted: boolean; is_bot: boolean; profile: { email?: string } }>();
  const scripted = new Map<string, FakeSlackFailure[]>();
  const waiters: { method: string; n: number; resolve: (c: FakeSlackCall[]) => void }[] = [];
  let seq = 0;

  const record = (method: string, args: Record<string, unknown>) => {
    calls.push({ method, args });
    for (const w of [...waiters]) {
      const got = calls.filter((c) => c.method === w.method);
      if (got.length >= w.n) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(got);
      }
    }
  };

  const api: Record<string, (args: Record<string, string>) => Record<string, unknown>> = {
    "chat.postMessage": (a) => {
      if (!a.channel) return { ok: false, error: "channel_not_found" };
      if (a.channel !== channel) return { ok: false, error: "not_in_channel" };
      if (!a.text && !a.blocks) return { ok: false, error: "no_text" };
      const ts = `1764700000.${String(++seq).padStart(6, "0")}`;
      const blocks = a.blocks ? (JSON.parse(a.blocks) as unknown[]) : [];
      messages.set(`${a.channel}:${ts}`, { text: a.text ?? "", blocks });
      return { ok: true, channel: a.channel, ts, message: { type: "message", text: a.text, ts, blocks } };
    },
    "chat.update": (a) => {
      const key = `${a.channel}:${a.ts}`;
      if (!messages.has(key)) return { ok: false, error: "message_not_found" };
      messages.set(key, { text: a.text ?? "", blocks: a.blocks ? (JSON.parse(a.blocks) as unknown[]) : [] });
      return { ok: true, channel: a.channel, ts: a.ts, text: a.text };
    },
    "chat.postEphemeral": (a) =>
      a.channel === channel
        ? { ok: true, message_ts: `1764700000.${String(++seq).padStart(6, "0")}` }
        : { ok: false, error: "channel_not_found" },
    "views.open": (a) =>
      a.trigger_id ? { ok: true, view: { id: `V${++seq}` } } : { ok: false, error: "invalid_trigger_id" },
    "users.info": (a) => {
      const u = a.user ? users.get(a.user) : undefined;
      return u ? { ok: true, user: u } : { ok: false, error: "user_not_found" };
    },
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const path = new URL(req.url ?? "/", "http://x").pathname;
      if (path === "/services/T000/B000/hooksecret") {
        let payload: Record<string, unknown>;
        try {
          payload = JSON.parse(body) as Record<string, unknown>;
        } catch {
          return text(res, 400, "invalid_payload");
        }
        record("webhook", payload);
        const failure = scripted.get("webhook")?.shift();
        if (failure)
          return "status" in failure
            ? text(res, 429, "rate_limited", { "retry-after": String(failure.retryAfter) })
            : text(res, 400, failure.error);
        if (!payload.text && !payload.blocks) return text(res, 400, "no_text");
        webhookPosts.push(payload);
        return text(res, 200, "ok");
      }
      const method = /^\/api\/([\w.]+)$/.exec(path)?.[1];
      const handler = method ? api[method] : undefined;
      if (!method || !handler) return json(res, 404, { ok: false, error: "unknown_method" });
      const args = Object.fromEntries(new URLSearchParams(body)) as Record<string, string>;
      record(method, args);
      if (req.headers.authorization !== `Bearer ${token}`)
        return json(res, 200, { ok: false, error: req.headers.authorization ? "invalid_auth" : "not_authed" });
      const failure = scripted.get(method)?.shift();
      if (failure)
        return "status" in failure
          ? json(res, 429, { ok: false, error: "ratelimited" }, { "retry-after": String(failure.retryAfter) })
          : json(res, 200, { ok: false, error: failure.error });
      json(res, 200, handler(args));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    apiUrl: `${base}/api/`,
    webhookUrl: `${base}/services/T000/B000/hooksecret`,
    token,
    channel,
    calls,
    webhookPosts,
    messages,
    addUser(id, email, o = {}) {
      users.set(id, { id, deleted: o.deleted ?? false, is_bot: o.isBot ?? false, profile: email ? { email } : {} });
    },
    failNext(method, ...failures) {
      scripted.set(method, [...(scripted.get(method) ?? []), ...failures]);
    },
    waitFor(method, n = 1) {
      const got = calls.filter((c) => c.method === method);
      if (got.length >= n) return Promise.resolve(got);
      return new Promise((resolve) => waiters.push({ method, n, resolve }));
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function json(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(JSON.stringify(body));
}

function text(res: http.ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", ...headers });
  res.end(body);
}

/** An interaction request as Slack sends it: form-encoded `payload=<json>`, signed with the app's secret. */
export function signInteraction(
  signingSecret: string,
  payload: unknown,
  at: Date = new Date(),
): { headers: Record<string, string>; body: string } {
  const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  const timestamp = String(Math.floor(at.getTime() / 1000));
  return {
    body,
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "x-slack-request-timestamp": timestamp,
      "x-slack-signature": slackSignature(signingSecret, timestamp, Buffer.from(body)),
    },
  };
}
