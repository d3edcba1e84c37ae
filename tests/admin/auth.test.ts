import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { pglite } from "../helpers/db.ts";
import { ADMIN_PASSWORD, adminTestApp, csrfOf, form, signIn, type AdminTestApp } from "./admin-app.ts";
import { formatHash, hashPassword } from "../../services/admin/credentials.ts";
import { buildApp } from "../../services/web/app.ts";

describe("admin sign-in and guards", () => {
  let t: AdminTestApp;
  beforeEach(async () => {
    t = await adminTestApp(pglite);
  });
  afterEach(async () => {
    await t.close();
  });

  it("sends a visitor without a session to the sign-in page", async () => {
    for (const url of ["/admin", "/admin/", "/admin/cases", "/admin/messages/1", "/admin/cases/REG-2026-000001"]) {
      const res = await t.app.inject({ url });
      expect(res.statusCode, url).toBe(303);
      expect(res.headers.location).toBe("/admin/login");
    }
    const login = await t.app.inject({ url: "/admin/login" });
    expect(login.statusCode).toBe(200);
    expect(login.body).toContain('name="password"');
    expect(login.body).not.toContain('name="username"');
  });

  it("refuses a wrong password and signs in with the right one", async () => {
    const wrong = await t.app.inject({ method: "POST", url: "/admin/login", ...form({ password: "nope" }) });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.headers["set-cookie"]).toBeUndefined();
    expect(wrong.body).toContain("Wrong user name or password");

    const cookie = await signIn(t.app);
    const home = await t.app.inject({ url: "/admin/", headers: { cookie } });
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain("Review queue");
    expect(home.body).toContain("Sign out admin");
  });

  it("rejects a tampered session cookie", async () => {
    const cookie = await signIn(t.app);
    const [name, value] = cookie.split("=") as [string, string];
    const [body, sig] = value.split(".") as [string, string];
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(body, "base64url").toString()), u: "mallory" }),
    ).toString("base64url");
    const res = await t.app.inject({ url: "/admin/", headers: { cookie: `${name}=${forged}.${sig}` } });
    expect(res.statusCode).toBe(303);
  });

  it("rate-limits sign-in attempts", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const res = await t.app.inject({ method: "POST", url: "/admin/login", ...form({ password: `guess-${i}` }) });
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
    // even the right password waits out the window
    const right = await t.app.inject({ method: "POST", url: "/admin/login", ...form({ password: ADMIN_PASSWORD }) });
    expect(right.statusCode).toBe(429);
  });

  it("needs the session's CSRF token for every state change", async () => {
    const cookie = await signIn(t.app);
    const home = await t.app.inject({ url: "/admin/", headers: { cookie } });
    const token = csrfOf(home.body);

    const missing = await t.app.inject({
      method: "POST",
      url: "/admin/logout",
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
      payload: "",
    });
    expect(missing.statusCode).toBe(403);
    const wrong = await t.app.inject({
      method: "POST",
      url: "/admin/messages/1/reparse",
      headers: { ...form({}).headers, cookie },
      payload: "_csrf=AAAA",
    });
    expect(wrong.statusCode).toBe(403);
    // another session's token does not fit this session
    const other = await signIn(t.app);
    const otherToken = csrfOf((await t.app.inject({ url: "/admin/", headers: { cookie: other } })).body);
    expect(otherToken).not.toBe(token);
    const crossed = await t.app.inject({
      method: "POST",
      url: "/admin/logout",
      ...form({ _csrf: otherToken }),
      headers: { ...form({}).headers, cookie },
    });
    expect(crossed.statusCode).toBe(403);

    const ok = await t.app.inject({
      method: "POST",
      url: "/admin/logout",
      payload: form({ _csrf: token }).payload,
      headers: { ...form({}).headers, cookie },
    });
    expect(ok.statusCode).toBe(303);
    // signed out: the old cookie is dead in this process
    expect((await t.app.inject({ url: "/admin/", headers: { cookie } })).statusCode).toBe(303);
  });

  it("a signed-out session stays dead after a restart (the revocation is stored)", async () => {
    const cookie = await signIn(t.app);
    const token = csrfOf((await t.app.inject({ url: "/admin/", headers: { cookie } })).body);
    await t.app.inject({
      method: "POST",
      url: "/admin/logout",
      payload: form({ _csrf: token }).payload,
      headers: { ...form({}).headers, cookie },
    });
    // a new process: same SESSION_SECRET, same database, nothing in memory
    const restarted = await buildApp(t.ctx);
    try {
      expect((await restarted.inject({ url: "/admin/", headers: { cookie } })).statusCode).toBe(303);
      const still = await signIn(restarted);
      expect((await restarted.inject({ url: "/admin/", headers: { cookie: still } })).statusCode).toBe(200);
    } finally {
      await restarted.close();
    }
  });

  it("marks the cookie Secure when PUBLIC_URL is https, even behind a proxy that speaks http", async () => {
    const secure = await adminTestApp(pglite, { PUBLIC_URL: "https://dealreg.vendor.example" });
    try {
      const res = await secure.app.inject({
        method: "POST",
        url: "/admin/login",
        ...form({ password: ADMIN_PASSWORD }),
      });
      expect(String(res.headers["set-cookie"])).toMatch(/;\s*Secure/);
    } finally {
      await secure.close();
    }
    const res = await t.app.inject({ method: "POST", url: "/admin/login", ...form({ password: ADMIN_PASSWORD }) });
    expect(String(res.headers["set-cookie"])).not.toMatch(/Secure/);
  });

  it("sends a state change without a session to the sign-in page", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/admin/messages/1/not-registration",
      ...form({ _csrf: "x" }),
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe("/admin/login");
  });

  it("answers with a strict Content-Security-Policy and no caching", async () => {
    const res = await t.app.inject({ url: "/admin/login" });
    const csp = String(res.headers["content-security-policy"]);
    for (const d of [
      "default-src 'none'",
      "style-src 'self'",
      "img-src 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ])
      expect(csp).toContain(d);
    expect(csp).not.toContain("script-src");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(res.body).not.toMatch(/<script/i);
  });
});

describe("admin users and the switched-off page", () => {
  it("signs in named users from ADMIN_USERS, plain or pre-hashed", async () => {
    const bobHash = formatHash(await hashPassword("bob's pass"));
    const t = await adminTestApp(pglite, { ADMIN_PASSWORD: "", ADMIN_USERS: `alice:alice pass,bob:${bobHash}` });
    try {
      expect((await t.app.inject({ url: "/admin/login" })).body).toContain('name="username"');
      const wrongUser = await t.app.inject({
        method: "POST",
        url: "/admin/login",
        ...form({ username: "bob", password: "alice pass" }),
      });
      expect(wrongUser.statusCode).toBe(401);
      const bob = await signIn(t.app, { username: "bob", password: "bob's pass" });
      expect((await t.app.inject({ url: "/admin/", headers: { cookie: bob } })).body).toContain("Sign out bob");
      const alice = await signIn(t.app, { username: "alice", password: "alice pass" });
      expect((await t.app.inject({ url: "/admin/", headers: { cookie: alice } })).body).toContain("Sign out alice");
    } finally {
      await t.close();
    }
  });

  it("explains how to switch the page on when no password is set", async () => {
    const t = await adminTestApp(pglite, { ADMIN_PASSWORD: "" });
    try {
      const res = await t.app.inject({ url: "/admin/" });
      expect(res.statusCode).toBe(503);
      expect(res.body).toContain("ADMIN_PASSWORD");
      const post = await t.app.inject({ method: "POST", url: "/admin/login", ...form({ password: "x" }) });
      expect(post.statusCode).toBe(503);
    } finally {
      await t.close();
    }
  });
});
