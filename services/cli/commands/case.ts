// `dealreg case show CASE` (JSON: fields, status, protection window, timeline) and
// `dealreg case list [--status S]` (one line per case).
import type { Config } from "../../config/env.ts";
import type { Logger } from "../../core/logger.ts";
import { openAppContext } from "../../app/context.ts";
import { CASE_STATUSES } from "../../cases/case-status.ts";
import { caseLine, isCaseStatus, listCases, loadCaseView } from "../../cases/case-report.ts";
import type { CliIo } from "../main.ts";

const USAGE = `usage: dealreg case show CASE-NUMBER
       dealreg case list [--status ${CASE_STATUSES.join("|")}] [--json]`;

export async function runCase(args: string[], io: CliIo, config: Config, logger: Logger): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === "show" && rest.length === 1) return withDb(config, logger, async (ctx) => {
    const view = await loadCaseView(ctx.database.db, rest[0]!);
    if (!view) {
      io.stderr(`dealreg: no case ${rest[0]}`);
      return 1;
    }
    io.stdout(JSON.stringify(view, null, 2));
    return 0;
  });
  if (sub === "list") {
    const i = rest.indexOf("--status");
    const status = i >= 0 ? rest[i + 1] : undefined;
    const json = rest.includes("--json");
    const known = new Set(["--json", "--status", ...(status ? [status] : [])]);
    if ((i >= 0 && (!status || !isCaseStatus(status))) || rest.some((a) => !known.has(a))) {
      io.stderr(USAGE);
      return 2;
    }
    return withDb(config, logger, async (ctx) => {
      const cases = await listCases(ctx.database.db, status && isCaseStatus(status) ? { status } : {});
      for (const c of cases) io.stdout(json ? JSON.stringify(c) : caseLine(c));
      return 0;
    });
  }
  io.stderr(USAGE);
  return 2;
}

async function withDb(config: Config, logger: Logger, fn: (ctx: Awaited<ReturnType<typeof openAppContext>>) => Promise<number>): Promise<number> {
  const ctx = await openAppContext(config, logger);
  try {
    return await fn(ctx);
  } finally {
    await ctx.close();
  }
}
