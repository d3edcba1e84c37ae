// /inbound/ses faces the internet and /inbound/raw takes up to 40 MB: a client that trickles its
// body, or keeps sending after it was refused, must lose its connection, and uploads in flight
// are bounded. Raw sockets, so nothing between the test and the server buffers or retries.
import { connect, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { pglite } from "../helpers/db.ts";
import { testApp } from "../helpers/app.ts";
import { buildApp } from "../../services/web/app.ts";

describe("slow and refused request bodies", () => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let app: FastifyInstance;
  let port: number;

  beforeAll(async () => {
    ctx = await testApp(pglite, {
      INBOUND_TOKEN: "s3cret-token",
      HTTP_REQUEST_TIMEOUT_MS: "1000",
      INBOUND_MAX_CONCURRENT: "2",
    });
    app = await buildApp(ctx);
    await app.listen({ port: 0, host: "127.0.0.1" });
    port = (app.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  async function until(cond: () => Promise<boolean>): Promise<void> {
    while (!(await cond())) await new Promise((r) => setImmediate(r));
  }

  interface Upload {
    socket: Socket;
    /** everything the server sent, once it closed the connection */
    closed: Promise<string>;
    /** the status line's code, as soon as it arrives */
    status: Promise<number>;
    stop(): void;
  }

  /** Sends headers announcing `length` bytes, then one byte every 100 ms until the server closes. */
  function trickle(path: string, headers: Record<string, string>, length = 1_000_000): Upload {
    const socket = connect(port, "127.0.0.1");
    let received = "";
    let onStatus: (n: number) => void = () => {};
    const status = new Promise<number>((r) => (onStatus = r));
    const closed = new Promise<string>((resolve) => {
      socket.on("data", (d: Buffer) => {
        received += d.toString("latin1");
        const m = /^HTTP\/1\.1 (\d{3})/.exec(received);
        if (m) onStatus(Number(m[1]));
      });
      socket.on("close", () => resolve(received));
      socket.on("error", () => {}); // a reset is a close too
    });
    const head = [
      `POST ${path} HTTP/1.1`,
      `Host: 127.0.0.1:${port}`,
      `Content-Length: ${length}`,
      ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
      "",
      "",
    ].join("\r\n");
    socket.write(head);
    const timer = setInterval(() => {
      if (!socket.destroyed) socket.write("a");
    }, 100);
    socket.on("close", () => clearInterval(timer));
    return { socket, closed, status, stop: () => (clearInterval(timer), socket.destroy()) };
  }

  it("closes a connection whose body trickles in past the request timeout", async () => {
    const u = trickle("/inbound/raw", { "Content-Type": "message/rfc822", Authorization: "Bearer s3cret-token" });
    const text = await u.closed; // a server without a request timeout never closes: the test fails by timeout
    expect(text === "" || /^HTTP\/1\.1 408/.test(text)).toBe(true);
  }, 30_000);

  it("closes the connection after refusing a client without the token, instead of reading on", async () => {
    const u = trickle("/inbound/raw", { "Content-Type": "message/rfc822", Authorization: "Bearer wrong" });
    const text = await u.closed;
    expect(text).toMatch(/^HTTP\/1\.1 401/);
    expect(text).toMatch(/connection: close/i);
  }, 30_000);

  it("closes the connection after refusing a body over the limit", async () => {
    const u = trickle("/inbound/ses", { "Content-Type": "text/plain" }, 5 * 1024 * 1024);
    const text = await u.closed;
    expect(text).toMatch(/^HTTP\/1\.1 413/);
    expect(text).toMatch(/connection: close/i);
  }, 30_000);

  it("bounds uploads in flight: the one over the limit is told to come back later", async () => {
    const auth = { "Content-Type": "message/rfc822", Authorization: "Bearer s3cret-token" };
    const a = trickle("/inbound/raw", auth);
    const b = trickle("/inbound/raw", auth);
    await until(async () => (await app.inject({ method: "GET", url: "/healthz" })).json().uploads?.inFlight === 2);
    const c = trickle("/inbound/raw", auth);
    expect(await c.status).toBe(503);
    expect(await c.closed).toMatch(/retry-after/i);
    a.stop();
    b.stop();
    await Promise.all([a.closed, b.closed]);
  }, 30_000);
});
