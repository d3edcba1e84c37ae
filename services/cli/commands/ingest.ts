// `dealreg ingest FILE...`: each file through the same pipeline as mail from IMAP or SES,
// one JSON line per file. Queued replies are delivered before the command exits.
import { readFile } from "node:fs/promises";
import type { Config } from "../../config/env.ts";
import { errorMessage } from "../../core/errors.ts";
import type { Logger } from "../../core/logger.ts";
import { openAppContext } from "../../app/context.ts";
import { ingestRawMail } from "../../ingest/ingest-raw-mail.ts";
import { deliverDueMail } from "../../notifier/sender.ts";
import type { CliIo } from "../main.ts";

export async function runIngest(args: string[], io: CliIo, config: Config, logger: Logger): Promise<number> {
  const send = !args.includes("--no-send");
  const files = args.filter((a) => a === "-" || !a.startsWith("--"));
  if (files.length === 0) {
    io.stderr('usage: dealreg ingest [--no-send] FILE...   ("-" reads one message from stdin)');
    return 2;
  }
  const ctx = await openAppContext(config, logger);
  let unreadable = 0;
  try {
    for (const file of files) {
      let raw: Buffer;
      try {
        raw = file === "-" ? await io.readStdin() : await readFile(file);
      } catch (err) {
        unreadable++;
        io.stdout(JSON.stringify({ file, status: "error", error: `cannot read file: ${errorMessage(err)}` }));
        continue;
      }
      try {
        const r = await ingestRawMail(ctx.pipeline, raw, { kind: "cli", file });
        io.stdout(JSON.stringify({ file, status: r.status, caseNumber: r.caseNumber, kind: r.kind }));
      } catch (err) {
        // Stored but not processed: the next run (or the service's backlog sweep) retries it.
        io.stdout(JSON.stringify({ file, status: "error", error: errorMessage(err) }));
      }
    }
    if (send) {
      for (let round = 0; round < 10; round++) {
        const { sent, failed } = await deliverDueMail({
          db: ctx.database.db,
          transport: ctx.transport,
          logger,
          bounceAddress: ctx.config.INBOUND_ADDRESS,
        });
        if (sent + failed === 0) break;
      }
    }
  } finally {
    await ctx.close();
  }
  return unreadable ? 1 : 0;
}
