import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { pglite } from "../helpers/db.ts";
import { corpusMail, testApp } from "../helpers/app.ts";
import { buildApp } from "../../services/web/app.ts";

describe("HTTP", () => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let app: FastifyInstance;

  beforeAll(async () => {
    ctx = await testApp(pglite, { INBOUND_TOKEN: "s3cret-token" });
    app = await buildApp(ctx);
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  it("GET /healthz checks the database", async () => {
    const res = await app.inject({ method: "GET", url: "/healthz" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ok: true, database: { ok: true }, outbox: { queued: 0, failed: 0 } });
  });

  it("POST /inbound/raw refuses a missing or wrong token", async () => {
    const raw = corpusMail("003-");
    const none = await app.inject({
      method: "POST",
      url: "/inbound/raw",
      payload: raw,
      headers: { "content-type": "message/rfc822" },
    });
    const wrong = await app.inject({
      method: "POST",
      url: "/inbound/raw",
      payload: raw,
      headers: { "content-type": "message/rfc822", authorization: "Bearer s3cret-tokeN" },
    });
    expect(none.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(await ctx.database.db.selectFrom("inbound_messages").select("id").execute()).toHaveLength(0);
  });

  it("POST /inbound/raw ingests the body as a message, once", async () => {
    const raw = corpusMail("003-");
    const headers = { "content-type": "message/rfc822", authorization: "Bearer s3cret-token" };
    const first = await app.inject({ method: "POST", url: "/inbound/raw", payload: raw, headers });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ status: "registered", kind: "registration" });
    const again = await app.inject({
      method: "POST",
      url: "/inbound/raw",
      payload: raw,
      headers: { ...headers, "content-type": "application/octet-stream" },
    });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ status: "duplicate", caseNumber: first.json().caseNumber });
  });

  it("POST /inbound/raw rejects an empty body with a clear error", async () => {
    const res = await app.inject({
      method: "POST",
      url: "/inbound/raw",
      payload: "",
      headers: { "content-type": "message/rfc822", authorization: "Bearer s3cret-token" },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/raw message/);
  });

  it("POST /inbound/raw is off without INBOUND_TOKEN", async () => {
    const app2 = await buildApp({ ...ctx, config: Object.freeze({ ...ctx.config, INBOUND_TOKEN: undefined }) });
    const res = await app2.inject({
      method: "POST",
      url: "/inbound/raw",
      payload: "x",
      headers: { "content-type": "message/rfc822", authorization: "Bearer x" },
    });
    expect(res.statusCode).toBe(503);
    expect(res.json().error.message).toMatch(/INBOUND_TOKEN/);
    await app2.close();
  });
});
