// `dealreg accounts import FILE.csv`: existing customers and blocked accounts for dedupe.
// Prints one JSON summary; bad rows are listed with their line numbers and skipped.
import { readFile } from "node:fs/promises";
import type { Config } from "../../config/env.ts";
import { errorMessage } from "../../core/errors.ts";
import type { Logger } from "../../core/logger.ts";
import { openAppContext } from "../../app/context.ts";
import { importAccounts } from "../../cases/accounts-import.ts";
import type { CliIo } from "../main.ts";

const USAGE =
  'usage: dealreg accounts import FILE.csv   (header: domain,name,reason[,kind]; kind customer (default) or blocked; "-" reads stdin)';

export async function runAccounts(args: string[], io: CliIo, config: Config, logger: Logger): Promise<number> {
  const [sub, file, ...extra] = args;
  if (sub !== "import" || !file || extra.length) {
    io.stderr(USAGE);
    return 2;
  }
  let text: string;
  try {
    text = file === "-" ? (await io.readStdin()).toString("utf8") : await readFile(file, "utf8");
  } catch (err) {
    io.stderr(`dealreg: cannot read ${file}: ${errorMessage(err)}`);
    return 1;
  }
  const ctx = await openAppContext(config, logger);
  try {
    const summary = await importAccounts(ctx.database.db, text);
    io.stdout(JSON.stringify({ file, ...summary }));
    return summary.rows === 0 && summary.problems.length ? 1 : 0;
  } finally {
    await ctx.close();
  }
}
