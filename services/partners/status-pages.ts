// GET /status/<token>[/<case number>]: a partner's read-only status pages, no login; and
// /unsubscribe/<token>: the digest's one-click unsubscribe (RFC 8058: POST unsubscribes, GET only
// shows a button, so a link scanner fetching the URL changes nothing). Rendered on
// the server with handlebars (escaped), no script, under the admin page's Content-Security-Policy;
// never cached, never sending the token on as a Referer. Every failure is the same 404.
import { resolve } from "node:path";
import { readFileSync } from "node:fs";
import type { FastifyPluginAsync, FastifyReply } from "fastify";
import helmet from "@fastify/helmet";
import type { Database } from "../../db/connection.ts";
import { texts } from "../notifier/i18n/index.ts";
import { resolveStatusToken, resolveUnsubscribeToken } from "./status-tokens.ts";
import { optOutOfDigest } from "../repos/partner-settings.ts";
import { firmCaseId, loadCaseStatus, loadFirmStatus, type CaseStatusView } from "./status-view.ts";

export const STATUS_TEMPLATES_DIR = resolve(import.meta.dirname, "../../templates/partners");

export interface StatusPageDeps {
  db: Database;
  /** the admin page's Content-Security-Policy directives (no script, nothing remote) */
  csp: Record<string, string[]>;
  /** handlebars pages from STATUS_TEMPLATES_DIR, escaped (the admin page's renderer) */
  render: (page: string, data: Record<string, unknown>) => string;
  now?: () => Date;
}

export function statusPageRoutes(deps: StatusPageDeps): FastifyPluginAsync {
  return async (app) => {
    const { render } = deps;
    const css = readFileSync(resolve(STATUS_TEMPLATES_DIR, "status.css"), "utf8");
    await app.register(helmet, {
      contentSecurityPolicy: { useDefaults: false, directives: deps.csp },
      referrerPolicy: { policy: "no-referrer" },
      crossOriginEmbedderPolicy: false,
    });
    app.addHook("onSend", async (_req, reply) => {
      reply.header("cache-control", reply.getHeader("cache-control") ?? "no-store");
      reply.header("x-robots-tag", "noindex, nofollow");
    });
    const html = (reply: FastifyReply, status: number, page: string, data: Record<string, unknown>) =>
      reply.code(status).type("text/html; charset=utf-8").send(render(page, data));
    const notFound = (reply: FastifyReply) => html(reply, 404, "not-found", { lang: "en", title: "Not found" });
    /** one case's page; `back` links to the firm's list when the case was opened from it */
    const caseView = (reply: FastifyReply, view: CaseStatusView, back?: string) =>
      html(reply, 200, "case", {
        lang: view.lang,
        title: `${view.caseNumber} · ${view.company}`,
        t: texts(view.lang).page,
        view,
        ...(back ? { back } : {}),
      });

    // The one-click POST carries "List-Unsubscribe=One-Click" (form-encoded or multipart); the token is the proof.
    for (const type of ["application/x-www-form-urlencoded", "multipart/form-data"]) {
      app.addContentTypeParser(type, { parseAs: "buffer", bodyLimit: 4096 }, (_req, _body, done) => done(null, null));
    }
    app.get<{ Params: { token: string } }>("/unsubscribe/:token", async (req, reply) => {
      const address = await resolveUnsubscribeToken(deps.db, req.params.token);
      if (!address) return notFound(reply);
      return html(reply, 200, "unsubscribe", { lang: "en", title: "Weekly digest", address, done: false });
    });
    app.post<{ Params: { token: string } }>("/unsubscribe/:token", async (req, reply) => {
      const address = await resolveUnsubscribeToken(deps.db, req.params.token);
      if (!address) return notFound(reply);
      await optOutOfDigest(deps.db, address, "one-click", deps.now?.() ?? new Date());
      return html(reply, 200, "unsubscribe", { lang: "en", title: "Unsubscribed", address, done: true });
    });

    app.get("/status.css", async (_req, reply) =>
      reply.type("text/css; charset=utf-8").header("cache-control", "public, max-age=300").send(css),
    );

    app.get<{ Params: { token: string } }>("/status/:token", async (req, reply) => {
      const scope = await resolveStatusToken(deps.db, req.params.token);
      if (!scope) return notFound(reply);
      if (scope.scope === "case") {
        const view = await loadCaseStatus(deps.db, scope.caseId, scope.firmKey);
        return view ? caseView(reply, view) : notFound(reply);
      }
      const view = await loadFirmStatus(deps.db, scope.firmKey, deps.now?.() ?? new Date());
      if (!view) return notFound(reply);
      return html(reply, 200, "firm", {
        lang: view.lang,
        title: texts(view.lang).page.yourCases,
        t: texts(view.lang).page,
        view,
        base: `/status/${req.params.token}`,
      });
    });

    app.get<{ Params: { token: string; caseNumber: string } }>("/status/:token/:caseNumber", async (req, reply) => {
      const scope = await resolveStatusToken(deps.db, req.params.token);
      if (!scope || scope.scope !== "firm") return notFound(reply);
      const caseId = await firmCaseId(deps.db, scope.firmKey, req.params.caseNumber);
      const view = caseId ? await loadCaseStatus(deps.db, caseId, scope.firmKey) : null;
      return view ? caseView(reply, view, `/status/${req.params.token}`) : notFound(reply);
    });
  };
}
