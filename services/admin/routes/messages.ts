// One inbound message: the detail page, its HTML part (sandboxed, behind a click) and the
// queue actions on it (register with corrected fields, attach, not a registration, re-parse).
import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { findMessage, readStoredParse } from "../../repos/admin-messages.ts";
import { readCorrection } from "../actions/correction-form.ts";
import { registerCorrected } from "../actions/register-corrected.ts";
import { attachToCase, markNotRegistration } from "../actions/message-actions.ts";
import { reparseMessage } from "../actions/reparse.ts";
import { loadDecoded, messageView } from "../view/message-view.ts";
import type { AdminContext } from "../plugin.ts";

const Params = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1),
});

/** `?done=` after an action redirect names the notice to show. */
const DoneQuery = z.object({ done: z.string().optional().catch(undefined) }).catch({});
const AttachForm = z.object({ caseNumber: z.string().catch("") }).catch({ caseNumber: "" });

/** A mail's own HTML may style itself and show inline images, nothing else: no script, no remote load. */
export const MAIL_HTML_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox; frame-ancestors 'self'; form-action 'none'; base-uri 'none'";

export function messageRoutes(ctx: AdminContext): FastifyPluginAsync {
  const { db } = ctx.deps;
  const user = (req: FastifyRequest) => ctx.auth.session(req)!.user;

  async function showMessage(
    req: FastifyRequest,
    reply: FastifyReply,
    id: number,
    extra: Record<string, unknown> = {},
    status = 200,
  ) {
    const view = await messageView(db, id, ctx.now());
    if (!view)
      return ctx.page(req, reply, "error", { title: "Not found", status: 404, message: "No such message." }, 404);
    return ctx.page(req, reply, "message", { ...view, ...extra }, status);
  }

  return async (app: FastifyInstance) => {
    const page = { preHandler: ctx.auth.requireSession };
    const action = { preHandler: ctx.auth.requireSessionAndCsrf };

    app.get("/messages/:id", page, async (req, reply) => {
      const { id } = Params.parse(req.params);
      const { done } = DoneQuery.parse(req.query);
      return showMessage(req, reply, id, {
        notice: done === "not_registration" ? "Marked as not a registration." : null,
      });
    });

    app.get("/messages/:id/html-view", page, async (req, reply) => {
      const { id } = Params.parse(req.params);
      const row = await findMessage(db, id);
      if (!row)
        return ctx.page(req, reply, "error", { title: "Not found", status: 404, message: "No such message." }, 404);
      return ctx.page(req, reply, "html-view", {
        title: `HTML of message ${id}`,
        nav: "queue",
        id,
        subject: row.subject ?? "",
      });
    });

    app.get("/messages/:id/html", page, async (req, reply) => {
      const { id } = Params.parse(req.params);
      const row = await findMessage(db, id);
      const html = row ? (await loadDecoded(db, id))?.html : null;
      if (!html) return reply.code(404).type("text/plain; charset=utf-8").send("no HTML part");
      return reply
        .header("content-security-policy", MAIL_HTML_CSP)
        .header("x-frame-options", "SAMEORIGIN")
        .type("text/html; charset=utf-8")
        .send(html);
    });

    app.post("/messages/:id/register", action, async (req, reply) => {
      const { id } = Params.parse(req.params);
      const row = await findMessage(db, id);
      if (!row) return showMessage(req, reply, id);
      const correction = readCorrection(req.body, readStoredParse(row.parse).output);
      if (!correction.ok)
        return showMessage(req, reply, id, { error: `Please fix: ${correction.problems.join("; ")}` }, 400);
      const r = await registerCorrected(
        { db, config: ctx.deps.config, statusLink: ctx.deps.statusLink },
        { inboundMessageId: id, correction: correction.value, user: user(req), now: ctx.now() },
      );
      if (!r.ok) return showMessage(req, reply, id, { error: r.reason }, 409);
      if (r.result.caseId !== null) ctx.deps.onMailQueued?.();
      if (r.result.caseNumber) return reply.redirect(`/admin/cases/${r.result.caseNumber}?done=registered`, 303);
      return showMessage(req, reply, id, { notice: `Not registered: ${r.result.detail ?? r.result.status}` });
    });

    app.post("/messages/:id/attach", action, async (req, reply) => {
      const { id } = Params.parse(req.params);
      const caseNumber = AttachForm.parse(req.body).caseNumber.slice(0, 60);
      const r = await attachToCase(db, { inboundMessageId: id, caseNumber, user: user(req), now: ctx.now() });
      if (!r.ok) return showMessage(req, reply, id, { error: r.reason }, 409);
      return reply.redirect(`/admin/cases/${r.caseNumber}?done=attached`, 303);
    });

    app.post("/messages/:id/not-registration", action, async (req, reply) => {
      const { id } = Params.parse(req.params);
      const r = await markNotRegistration(db, { inboundMessageId: id, user: user(req), now: ctx.now() });
      if (!r.ok) return showMessage(req, reply, id, { error: r.reason }, 409);
      return reply.redirect(`/admin/messages/${id}?done=not_registration`, 303);
    });

    app.post("/messages/:id/reparse", action, async (req, reply) => {
      const { id } = Params.parse(req.params);
      const r = await reparseMessage({ db, parse: ctx.deps.parse }, { inboundMessageId: id, user: user(req) });
      if (!r.ok) return showMessage(req, reply, id, { error: r.reason }, 404);
      return ctx.page(req, reply, "reparse", {
        title: `Re-parsed message ${id}`,
        nav: "queue",
        id,
        changes: r.changes,
        error: r.error,
      });
    });
  };
}
