// POST /inbound/raw accepts up to 40 MB: a client without the token must be turned away before
// its body is read, or anyone could make the service buffer (and JSON-parse) that much.
import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { pglite } from "../helpers/db.ts";
import { testApp } from "../helpers/app.ts";
import { buildApp } from "../../services/web/app.ts";

describe("POST /inbound/raw without the token", () => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let app: FastifyInstance;
  let port: number;

  beforeAll(async () => {
    ctx = await testApp(pglite, { INBOUND_TOKEN: "s3cret-token" });
    app = await buildApp(ctx);
    await app.listen({ port: 0, host: "127.0.0.1" });
    port = (app.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  /** Sends the headers and the first KiB of a body announced as 30 MB, and waits for the answer. */
  function partialUpload(headers: Record<string, string>): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const req = request({
        host: "127.0.0.1",
        port,
        method: "POST",
        path: "/inbound/raw",
        headers: { "content-length": String(30 * 1024 * 1024), ...headers },
      });
      req.on("response", (res) => {
        let body = "";
        res.on("data", (c: Buffer) => (body += c.toString()));
        res.on("end", () => {
          req.destroy();
          resolve({ status: res.statusCode ?? 0, body });
        });
      });
      req.on("error", (err) => ((err as NodeJS.ErrnoException).code === "ECONNRESET" ? undefined : reject(err)));
      req.write(Buffer.alloc(1024, 0x61));
    });
  }

  it("answers 401 before the body has arrived", async () => {
    const wrong = await partialUpload({ "content-type": "application/json", authorization: "Bearer nope" });
    expect(wrong.status).toBe(401);
    const none = await partialUpload({ "content-type": "message/rfc822" });
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body)).toMatchObject({ error: { code: "UNAUTHORIZED" } });
  }, 30_000); // a server that waits for the whole body never answers: the test fails by timeout
});
