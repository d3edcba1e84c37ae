// Cases: the numbers and a searchable, paged list; one case with its timeline; decisions and
// closing review items from the page.
import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from "fastify";
import { z } from "zod";
import { CASE_STATUSES } from "../../cases/case-status.ts";
import type { Decision } from "../../cases/case-transitions.ts";
import { caseTimeline, findCase, searchCases } from "../../repos/admin-cases.ts";
import { openReviewItems } from "../../repos/admin-queue.ts";
import { NUMBERS_WINDOW_DAYS, caseNumbers, type CaseNumbers } from "../../repos/admin-numbers.ts";
import { decideCase } from "../actions/decide-case.ts";
import { dismissItem } from "../actions/message-actions.ts";
import { reasonLabel } from "../reasons.ts";
import { caseView, crmView } from "../view/case-view.ts";
import { caseCrmState, crmNumbers } from "../../repos/admin-crm.ts";
import { formatDuration, formatTime, percent } from "../view/format.ts";
import type { AdminContext } from "../plugin.ts";

const PAGE_SIZE = 50;
/** The numbers are a dashboard, not a ledger: a few seconds old is fine and spares the aggregates on every page view. */
const NUMBERS_TTL_MS = 15_000;
const ListQuery = z.object({
  q: z.string().max(200).optional().catch(undefined),
  status: z.enum(CASE_STATUSES).optional().catch(undefined),
  before: z.coerce
    .number()
    .int()
    .min(1)
    .max(2 ** 31 - 1)
    .optional()
    .catch(undefined),
});
const IdParams = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1),
});
const RefParams = z.object({ ref: z.string().catch("") });
/** `?done=` after an action redirect names the notice to show; anything else shows none. */
const DoneQuery = z.object({ done: z.string().catch("") }).catch({ done: "" });
const DismissForm = z.object({ note: z.string().catch("") }).catch({ note: "" });
const DecideForm = z.object({
  decision: z.enum(["approve", "reject", "info"]),
  argument: z.string().max(1000).default(""),
});
const NOTICES: Record<string, string> = {
  registered: "Registered: the acknowledgement is on its way to the partner.",
  attached: "The message was attached to this case.",
  decided: "Decision saved; the partner is told by mail.",
  dismissed: "Review item closed.",
  revoked: "The partner's status page links were revoked; the next mail carries a new one.",
};

function pageHref(q: string, status: string | undefined, before: number | null): string {
  const p = new URLSearchParams();
  if (q) p.set("q", q);
  if (status) p.set("status", status);
  if (before !== null) p.set("before", String(before));
  const s = p.toString();
  return `/admin/cases${s ? `?${s}` : ""}`;
}

export function caseRoutes(ctx: AdminContext): FastifyPluginAsync {
  const { db } = ctx.deps;
  const user = (req: FastifyRequest) => ctx.auth.session(req)!.user;

  let cached: { at: number; changes: number; value: Promise<CaseNumbers> } | null = null;
  function numbers(now: Date): Promise<CaseNumbers> {
    const t = now.getTime();
    // Any change made on the admin page shows in the numbers at once.
    if (!cached || cached.changes !== ctx.changes.count || t - cached.at >= NUMBERS_TTL_MS || t < cached.at) {
      const value = caseNumbers(db, now);
      cached = { at: t, changes: ctx.changes.count, value };
      value.catch(() => (cached = null));
    }
    return cached.value;
  }

  return async (app: FastifyInstance) => {
    const page = { preHandler: ctx.auth.requireSession };
    const action = { preHandler: ctx.auth.requireSessionAndCsrf };

    app.get("/cases", page, async (req, reply) => {
      const query = ListQuery.parse(req.query ?? {});
      const q = query.q?.trim() ?? "";
      const before = query.before ?? null;
      const now = ctx.now();
      const [figures, found, crm] = await Promise.all([
        numbers(now),
        searchCases(db, { q, status: query.status ?? null, before, pageSize: PAGE_SIZE }),
        crmNumbers(db),
      ]);
      return ctx.page(req, reply, "cases", {
        title: "Cases",
        nav: "cases",
        q,
        statusOptions: [
          { value: "", label: "any status", selected: !query.status },
          ...CASE_STATUSES.map((s) => ({ value: s, label: s.replace(/_/g, " "), selected: s === query.status })),
        ],
        numbers: {
          byStatus: figures.byStatus,
          firstAnswer: formatDuration(figures.medianFirstAnswerSeconds),
          decision: formatDuration(figures.medianDecisionSeconds),
          partners: figures.approvalByPartner.map((p) => ({ ...p, rate: percent(p.rate) })),
          conflictsThisMonth: figures.conflictsThisMonth,
          crm: crm ? { queued: crm.queued, failed: crm.failed, oldest: formatDuration(crm.oldestQueuedSeconds) } : null,
          windowDays: NUMBERS_WINDOW_DAYS,
          sampled: figures.sampled,
        },
        shown: found.rows.length,
        more: found.more,
        rows: found.rows.map((r) => ({
          ...r,
          created: formatTime(r.createdAt),
          protectedUntil: formatTime(r.protectedUntil),
        })),
        prev: before !== null ? pageHref(q, query.status, null) : null,
        next: found.more ? pageHref(q, query.status, found.rows.at(-1)!.id) : null,
      });
    });

    app.get("/cases/:ref", page, async (req, reply) => {
      const ref = RefParams.parse(req.params).ref.slice(0, 40);
      const c = /^(\d+|REG-\d{4}-\d{1,9})$/i.test(ref) ? await findCase(db, ref) : undefined;
      if (!c) return ctx.page(req, reply, "error", { title: "Not found", status: 404, message: "No such case." }, 404);
      const [timeline, items, crm] = await Promise.all([
        caseTimeline(db, c.id),
        openReviewItems(db, { caseId: c.id }),
        caseCrmState(db, c.id),
      ]);
      const { done } = DoneQuery.parse(req.query);
      return ctx.page(req, reply, "case", {
        ...caseView(c, timeline, ctx.now()),
        crm: crmView(c, crm),
        notice: NOTICES[done] ?? null,
        items: items.map((i) => ({
          id: i.id,
          label: reasonLabel(i.reason),
          detail: i.detail,
          since: formatTime(i.created_at),
          inboundMessageId: i.inbound_message_id,
        })),
      });
    });

    app.post("/cases/:id/decide", action, async (req, reply) => {
      const { id } = IdParams.parse(req.params);
      const form = DecideForm.safeParse(req.body ?? {});
      if (!form.success)
        return ctx.page(
          req,
          reply,
          "error",
          { title: "Bad request", status: 400, message: "Choose approve, reject or info." },
          400,
        );
      const r = await decideCase(
        { db, config: ctx.deps.config },
        {
          caseId: id,
          decision: form.data.decision as Decision,
          argument: form.data.argument,
          user: user(req),
          now: ctx.now(),
        },
      );
      const c = await findCase(db, String(id));
      if (!r.ok)
        return ctx.page(
          req,
          reply,
          "error",
          { title: "Not possible", status: 409, message: r.reason, back: c ? `/admin/cases/${c.case_number}` : null },
          409,
        );
      ctx.deps.onMailQueued?.();
      return reply.redirect(`/admin/cases/${c!.case_number}?done=decided`, 303);
    });

    app.post("/cases/:id/revoke-status-links", action, async (req, reply) => {
      const { id } = IdParams.parse(req.params);
      const c = await findCase(db, String(id));
      if (!c || !ctx.deps.revokeStatusLinks)
        return ctx.page(req, reply, "error", { title: "Not found", status: 404, message: "No such case." }, 404);
      await ctx.deps.revokeStatusLinks(c.id, `ops:${user(req)}`, ctx.now());
      return reply.redirect(`/admin/cases/${c.case_number}?done=revoked`, 303);
    });

    app.post("/review-items/:id/dismiss", action, async (req, reply) => {
      const { id } = IdParams.parse(req.params);
      const { note } = DismissForm.parse(req.body);
      const r = await dismissItem(db, { reviewItemId: id, note, user: user(req), now: ctx.now() });
      if (!r.ok) return ctx.page(req, reply, "error", { title: "Not possible", status: 409, message: r.reason }, 409);
      return reply.redirect("/admin/?done=dismissed", 303);
    });
  };
}
