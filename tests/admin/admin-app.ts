// A whole dealreg with the admin page on, for inject and browser tests.
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../services/web/app.ts";
import { testApp } from "../helpers/app.ts";
import type { TestBackend } from "../helpers/db.ts";

export const ADMIN_PASSWORD = "correct horse battery staple";

export interface AdminTestApp {
  ctx: Awaited<ReturnType<typeof testApp>>;
  app: FastifyInstance;
  close(): Promise<void>;
}

export async function adminTestApp(backend: TestBackend, env: Record<string, string> = {}): Promise<AdminTestApp> {
  const ctx = await testApp(backend, { ADMIN_PASSWORD, SESSION_SECRET: "a test secret that is long enough", ...env });
  const app = await buildApp(ctx);
  return {
    ctx,
    app,
    async close() {
      await app.close();
      await ctx.close();
    },
  };
}

/** Signs in through the form and returns the Cookie header value. */
export async function signIn(
  app: FastifyInstance,
  form: Record<string, string> = { password: ADMIN_PASSWORD },
): Promise<string> {
  const res = await app.inject({
    method: "POST",
    url: "/admin/login",
    payload: new URLSearchParams(form).toString(),
    headers: { "content-type": "application/x-www-form-urlencoded" },
  });
  if (res.statusCode !== 303) throw new Error(`sign-in failed: ${res.statusCode} ${res.body.slice(0, 200)}`);
  const cookie = String(res.headers["set-cookie"]).split(";")[0]!;
  return cookie;
}

export function csrfOf(html: string): string {
  const m = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!m) throw new Error("no CSRF token in the page");
  return m[1]!;
}

export function form(values: Record<string, string>): { payload: string; headers: Record<string, string> } {
  return {
    payload: new URLSearchParams(values).toString(),
    headers: { "content-type": "application/x-www-form-urlencoded" },
  };
}
