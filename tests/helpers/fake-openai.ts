// A local OpenAI-compatible server for tests: POST /v1/chat/completions (non-streaming) on
// 127.0.0.1, answered by a function each test scripts. Records every request body so a test
// can check what the model was shown.
import http from "node:http";
import type { AddressInfo } from "node:net";

/** What the fake answers to one request. */
export type FakeReply =
  /** a chat.completion whose assistant message content is `content` */
  | { content: string | null; finishReason?: string; refusal?: string | null }
  /** a raw HTTP answer (e.g. a 500), body sent as JSON */
  | { status: number; body?: unknown; headers?: Record<string, string> }
  /** never answer (until the server closes): simulates a hung upstream */
  | { hang: true };

export type FakeHandler = (body: ChatRequestBody, index: number) => FakeReply | Promise<FakeReply>;

export interface ChatRequestBody {
  model?: string;
  messages?: { role: string; content: string }[];
  response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema: unknown } };
  [key: string]: unknown;
}

export interface FakeOpenAi {
  /** e.g. http://127.0.0.1:41234/v1 (pass as the SDK's baseURL) */
  baseURL: string;
  requests: ChatRequestBody[];
  /** headers of each request, same order as `requests` */
  requestHeaders: http.IncomingHttpHeaders[];
  close(): Promise<void>;
}

/** Helper: a reply whose content is `value` as JSON. */
export function jsonReply(value: unknown): FakeReply {
  return { content: JSON.stringify(value) };
}

export async function startFakeOpenAi(handler: FakeHandler): Promise<FakeOpenAi> {
  const requests: ChatRequestBody[] = [];
  const requestHeaders: http.IncomingHttpHeaders[] = [];

  const server = http.createServer((req, res) => {
    void handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) send(res, 500, { error: { message: String(err) } });
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.method !== "POST" || !req.url?.endsWith("/chat/completions")) {
      send(res, 404, { error: { message: `no route ${req.method} ${req.url}` } });
      return;
    }
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as ChatRequestBody;
    const index = requests.length;
    requests.push(body);
    requestHeaders.push(req.headers);

    const reply = await handler(body, index);
    if ("hang" in reply) return; // the socket stays open until the client gives up or close()
    if ("status" in reply) {
      send(res, reply.status, reply.body ?? { error: { message: `scripted ${reply.status}` } }, reply.headers);
      return;
    }
    send(res, 200, {
      id: `chatcmpl-fake-${index}`,
      object: "chat.completion",
      created: Math.floor(Date.now() / 1000),
      model: body.model ?? "fake",
      choices: [
        {
          index: 0,
          message: { role: "assistant", content: reply.content, refusal: reply.refusal ?? null },
          finish_reason: reply.finishReason ?? "stop",
          logprobs: null,
        },
      ],
      usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
    });
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    requestHeaders,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(payload),
    ...headers,
  });
  res.end(payload);
}
