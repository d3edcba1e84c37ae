// `dealreg crm setup` (custom properties, pipeline and stage check), `dealreg crm sync` (runs
// the due sync jobs and one poll, prints a JSON summary, exits: for cron, backfills and tests),
// `dealreg crm backfill` (queues every existing case, its mail and status changes).
import type { Config } from "../../config/env.ts";
import type { Logger } from "../../core/logger.ts";
import { openAppContext } from "../../app/context.ts";
import { CRM_TARGET } from "../../crm/from-config.ts";
import { enqueueBackfill, syncBacklog } from "../../repos/sync-jobs-repo.ts";
import type { CliIo } from "../main.ts";

const USAGE = `usage: dealreg crm setup | sync [--max-jobs N] | backfill`;

export async function runCrm(args: string[], io: CliIo, config: Config, logger: Logger): Promise<number> {
  const [sub, ...rest] = args;
  if (!["setup", "sync", "backfill"].includes(sub ?? "")) {
    io.stderr(USAGE);
    return 2;
  }
  if (sub !== "sync" && config.CRM === "none") {
    io.stderr("dealreg crm: no CRM configured (set CRM=hubspot and HUBSPOT_TOKEN)");
    return 2;
  }
  const ctx = await openAppContext(config, logger);
  try {
    if (sub === "setup") {
      const steps = await ctx.crm.adapter!.ensureSetup();
      for (const s of steps) io.stdout(JSON.stringify(s));
      return steps.some((s) => s.action === "missing") ? 1 : 0;
    }
    if (sub === "backfill") {
      io.stdout(JSON.stringify(await enqueueBackfill(ctx.database.db, CRM_TARGET)));
      return 0;
    }
    const i = rest.indexOf("--max-jobs");
    const maxJobs = i >= 0 ? Number(rest[i + 1]) : 10_000;
    if (!Number.isInteger(maxJobs) || maxJobs <= 0) {
      io.stderr(USAGE);
      return 2;
    }
    const totals = { done: 0, retried: 0, failed: 0, rateLimited: false };
    while (totals.done + totals.retried + totals.failed < maxJobs) {
      const s = await ctx.crm.runDueJobs(Math.min(100, maxJobs - totals.done - totals.retried - totals.failed));
      totals.done += s.done;
      totals.retried += s.retried;
      totals.failed += s.failed;
      totals.rateLimited ||= s.rateLimited;
      if (s.done + s.retried + s.failed === 0 || s.rateLimited) break;
    }
    const poll = await ctx.crm.poll();
    io.stdout(JSON.stringify({ jobs: totals, poll, backlog: await syncBacklog(ctx.database.db) }));
    return totals.failed > 0 ? 1 : 0;
  } finally {
    await ctx.close();
  }
}
