// `dealreg case show CASE` (JSON: fields, status, protection window, timeline) and
// `dealreg case list [--status S] [--since DATE] [--limit N] [--format jsonl|tsv]` (one line per
// case, streamed).
import { parseArgs } from "node:util";
import type { Config } from "../../config/env.ts";
import type { Logger } from "../../core/logger.ts";
import { openAppContext } from "../../app/context.ts";
import { CASE_STATUSES } from "../../cases/case-status.ts";
import { caseLine, isCaseStatus, loadCaseView, streamCases, type CaseListFilter } from "../../cases/case-report.ts";
import type { CliIo } from "../main.ts";

const USAGE = `usage: dealreg case show CASE-NUMBER
       dealreg case list [--status ${CASE_STATUSES.join("|")}] [--since YYYY-MM-DD] [--limit N] [--format tsv|jsonl]
         (--json is short for --format jsonl)`;

export async function runCase(args: string[], io: CliIo, config: Config, logger: Logger): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === "show" && rest.length === 1)
    return withDb(config, logger, async (ctx) => {
      const view = await loadCaseView(ctx.database.db, rest[0]!);
      if (!view) {
        io.stderr(`dealreg: no case ${rest[0]}`);
        return 1;
      }
      io.stdout(JSON.stringify(view, null, 2));
      return 0;
    });
  if (sub === "list") {
    const filter = listFilter(rest);
    if (!filter) {
      io.stderr(USAGE);
      return 2;
    }
    return withDb(config, logger, async (ctx) => {
      let n = 0;
      for await (const c of streamCases(ctx.database.db, filter)) {
        io.stdout(filter.format === "jsonl" ? JSON.stringify(c) : caseLine(c));
        // a slow reader (a pager, a pipe) holds the listing back instead of memory filling up
        if (++n % 1000 === 0) await io.drained?.();
      }
      return 0;
    });
  }
  io.stderr(USAGE);
  return 2;
}

/** The list options, or null when one is unknown or malformed. */
function listFilter(args: string[]): (CaseListFilter & { format: "tsv" | "jsonl" }) | null {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      strict: true,
      options: {
        status: { type: "string" },
        since: { type: "string" },
        limit: { type: "string" },
        format: { type: "string" },
        json: { type: "boolean" },
      },
    });
  } catch {
    return null;
  }
  const { status, since, limit, format, json } = parsed.values;
  if (status !== undefined && !isCaseStatus(status)) return null;
  const sinceDate = since === undefined ? undefined : new Date(since);
  if (sinceDate && Number.isNaN(sinceDate.getTime())) return null;
  if (limit !== undefined && !/^[1-9]\d{0,8}$/.test(limit)) return null;
  if (format !== undefined && format !== "tsv" && format !== "jsonl") return null;
  return {
    ...(status !== undefined ? { status } : {}),
    ...(sinceDate ? { since: sinceDate } : {}),
    ...(limit !== undefined ? { limit: Number(limit) } : {}),
    format: format ?? (json ? "jsonl" : "tsv"),
  };
}

async function withDb(
  config: Config,
  logger: Logger,
  fn: (ctx: Awaited<ReturnType<typeof openAppContext>>) => Promise<number>,
): Promise<number> {
  const ctx = await openAppContext(config, logger);
  try {
    return await fn(ctx);
  } finally {
    await ctx.close();
  }
}
