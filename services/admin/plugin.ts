// The ops admin page as one fastify plugin, registered under /admin. Server-rendered pages,
// no script at all; helmet's Content-Security-Policy forbids scripts, remote loads and framing.
import type { StatusLinkIssuer } from "../cases/mail/case-mail.ts";
import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import formbody from "@fastify/formbody";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import { ZodError } from "zod";
import { foreignErrorFields } from "../core/errors.ts";
import type { Database } from "../../db/connection.ts";
import type { Config } from "../config/env.ts";
import type { Logger } from "../core/logger.ts";
import type { ParsedMessage } from "../parser/types.ts";
import type { RawMail } from "../parser/raw-mail.ts";
import { createAuth, type Auth } from "./auth.ts";
import { loadCredentials, type Credentials } from "./credentials.ts";
import { adminCss, createRenderer, type Render } from "./render.ts";
import { sessionKeys } from "./session.ts";
import { revokedSessions } from "../repos/admin-sessions.ts";
import { loginRoutes } from "./routes/login.ts";
import { queueRoutes } from "./routes/queue.ts";
import { messageRoutes } from "./routes/messages.ts";
import { caseRoutes } from "./routes/cases.ts";

export interface AdminDeps {
  db: Database;
  config: Config;
  logger: Logger;
  /** the pipeline's parser (re-parse) */
  parse: (raw: RawMail) => Promise<ParsedMessage>;
  /** called after an action queued mail, so an in-process sender wakes up */
  onMailQueued?: () => void;
  now?: () => Date;
  /** issues the status page link an acknowledgement carries (services/partners, handed in by web) */
  statusLink?: StatusLinkIssuer;
  /** revokes a case's status page links and its firm page's (services/partners, handed in by web) */
  revokeStatusLinks?: (caseId: number, by: string, now: Date) => Promise<number>;
  /** sign-in attempts per IP address and window; default 10 per minute */
  loginRateLimit?: { max: number; timeWindowMs: number };
}

/** What every route module gets. */
export interface AdminContext {
  deps: AdminDeps;
  auth: Auth;
  credentials: Credentials;
  now: () => Date;
  /** counts state-changing requests, so caches can tell that something changed */
  changes: { count: number };
  /** renders a page with the layout's common data (user, CSRF token) */
  page(
    req: FastifyRequest,
    reply: FastifyReply,
    name: string,
    data: Record<string, unknown>,
    status?: number,
  ): FastifyReply;
}

export const ADMIN_CSP = {
  defaultSrc: ["'none'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  frameSrc: ["'self'"], // only the sandboxed HTML view of a mail
  baseUri: ["'none'"],
};

export function adminRoutes(deps: AdminDeps): FastifyPluginAsync {
  return async (app: FastifyInstance) => {
    const now = deps.now ?? (() => new Date());
    const render: Render = createRenderer();
    const css = adminCss();
    await app.register(helmet, {
      contentSecurityPolicy: { useDefaults: false, directives: ADMIN_CSP },
      referrerPolicy: { policy: "no-referrer" },
      crossOriginEmbedderPolicy: false,
    });
    app.addHook("onSend", async (_req, reply) => {
      reply.header("cache-control", reply.getHeader("cache-control") ?? "no-store");
    });
    await app.register(formbody, { bodyLimit: 256 * 1024 });
    app.get("/admin.css", async (_req, reply) =>
      reply.type("text/css; charset=utf-8").header("cache-control", "public, max-age=300").send(css),
    );

    const credentials = await loadCredentials(deps.config);
    if (!credentials) {
      deps.logger.info({ component: "admin" }, "admin page off: set ADMIN_PASSWORD or ADMIN_USERS to enable it");
      const off = async (_req: FastifyRequest, reply: FastifyReply) =>
        reply.code(503).type("text/html; charset=utf-8").send(render("disabled", {}));
      app.get("/", off);
      app.get("/*", off);
      app.post("/*", off);
      return;
    }
    const keys = sessionKeys(deps.config.SESSION_SECRET);
    if (keys.ephemeral) {
      deps.logger.warn(
        { component: "admin" },
        "SESSION_SECRET is not set: a random key is used, admin sessions end when the process restarts",
      );
    }
    const auth = createAuth(keys, now, {
      revoked: revokedSessions(deps.db),
      publicHttps: deps.config.PUBLIC_URL?.startsWith("https:") ?? false,
    });
    await app.register(rateLimit, { global: false });

    const ctx: AdminContext = {
      deps,
      auth,
      credentials,
      now,
      changes: { count: 0 },
      page(req, reply, name, data, status = 200) {
        const s = auth.session(req);
        const html = render(name, { ...data, user: s?.user ?? null, csrf: auth.csrf(req) });
        return reply.code(status).type("text/html; charset=utf-8").send(html);
      },
    };

    app.addHook("onResponse", async (req) => {
      if (req.method === "POST") ctx.changes.count++;
    });
    app.setErrorHandler((err, req, reply) => {
      const e = foreignErrorFields(err);
      // A malformed id or query is the client's mistake, not ours.
      const status = err instanceof ZodError ? 400 : e.statusCode && e.statusCode >= 400 ? e.statusCode : 500;
      if (status >= 500) req.log.error({ err }, "admin request failed");
      const message =
        status >= 500
          ? "Something went wrong; see the service log."
          : err instanceof ZodError
            ? "Malformed request."
            : (e.message ?? "Bad request");
      return ctx.page(req, reply, "error", { title: `Error ${status}`, status, message }, status);
    });
    app.setNotFoundHandler((req, reply) =>
      ctx.page(req, reply, "error", { title: "Not found", status: 404, message: "No such page." }, 404),
    );

    await app.register(loginRoutes(ctx));
    await app.register(queueRoutes(ctx));
    await app.register(messageRoutes(ctx));
    await app.register(caseRoutes(ctx));
  };
}
