// The review queue (the home page): what needs a person, oldest first, filterable by reason.
import type { FastifyInstance, FastifyPluginAsync } from "fastify";
import { z } from "zod";
import { QUEUE_COUNT_CAP, QueueCursor, queueCounts, queueRows } from "../../repos/admin-queue.ts";
import { REASONS, reasonLabel } from "../reasons.ts";
import { formatAge, formatTime } from "../view/format.ts";
import type { AdminContext } from "../plugin.ts";

const Query = z.object({
  reason: z
    .string()
    .regex(/^[a-z_]{1,40}$/)
    .optional()
    .catch(undefined),
  /** keyset of the previous page's last row: `<microseconds>-<item|case>-<id>` */
  after: z
    .string()
    .regex(/^\d{1,16}-(item|case)-\d{1,10}$/)
    .transform((s) => {
      const [at, source, id] = s.split("-");
      return { at: Number(at), source, id: Number(id) };
    })
    .pipe(QueueCursor)
    .optional()
    .catch(undefined),
});
const PAGE_LIMIT = 100;

function queueHref(reason: string | undefined, after: QueueCursor | null): string {
  const p = new URLSearchParams();
  if (reason) p.set("reason", reason);
  if (after) p.set("after", `${after.at}-${after.source}-${after.id}`);
  const s = p.toString();
  return `/admin/${s ? `?${s}` : ""}`;
}

export function queueRoutes(ctx: AdminContext): FastifyPluginAsync {
  return async (app: FastifyInstance) => {
    app.get("/", { preHandler: ctx.auth.requireSession }, async (req, reply) => {
      const { reason, after } = Query.parse(req.query ?? {});
      const now = ctx.now();
      const q = {
        reason: reason ?? null,
        now,
        reviewAfterHours: ctx.deps.config.REVIEW_AFTER_HOURS,
        limit: PAGE_LIMIT,
        after: after ?? null,
      };
      const [counts, rows] = await Promise.all([
        queueCounts(ctx.deps.db, q, Object.keys(REASONS)),
        queueRows(ctx.deps.db, q),
      ]);
      const known = [...counts.values()].reduce((a, n) => a + Math.min(n, QUEUE_COUNT_CAP), 0);
      const total = [...counts.values()].some((n) => n > QUEUE_COUNT_CAP) ? `${known}+` : String(known);
      const reasons = Object.keys(REASONS)
        .map((r) => ({ reason: r, label: reasonLabel(r), n: counts.get(r) ?? 0, active: r === reason }))
        .filter((r) => r.n > 0 || r.active)
        .map(({ n, ...r }) => ({ ...r, count: n > QUEUE_COUNT_CAP ? `${QUEUE_COUNT_CAP}+` : String(n) }));
      return ctx.page(req, reply, "queue", {
        title: "Review queue",
        nav: "queue",
        total,
        reasons,
        reason: reason ?? null,
        reasonExplain: reason ? (REASONS[reason]?.explain ?? null) : null,
        shown: rows.length,
        first: after ? queueHref(reason, null) : null,
        next: rows.length >= PAGE_LIMIT ? queueHref(reason, rows.at(-1)!.cursor) : null,
        rows: rows.map((r) => ({
          ...r,
          reasonLabel: reasonLabel(r.reason),
          received: formatTime(r.receivedAt ?? r.since),
          age: formatAge(r.receivedAt ?? r.since, now),
          href:
            r.inboundMessageId !== null
              ? `/admin/messages/${r.inboundMessageId}`
              : r.caseNumber
                ? `/admin/cases/${r.caseNumber}`
                : null,
        })),
      });
    });
  };
}
