// `dealreg status-links revoke CASE | --firm DOMAIN-OR-ADDRESS`: ops withdraw partners' status
// page links (a case's links and its firm's page, or every link of a firm). Prints one JSON line.
import type { Config } from "../../config/env.ts";
import type { Logger } from "../../core/logger.ts";
import { openAppContext } from "../../app/context.ts";
import { findCaseByNumber } from "../../repos/cases.ts";
import { firmKey, firmOf } from "../../parser/normalise/firm.ts";
import { revokeCaseLinks, revokeFirmLinks } from "../../partners/status-tokens.ts";
import type { CliIo } from "../main.ts";

const USAGE = "usage: dealreg status-links revoke REG-YYYY-NNNNNN | --firm brightpath.de | --firm jo@gmail.com";

export async function runStatusLinks(args: string[], io: CliIo, config: Config, logger: Logger): Promise<number> {
  const [sub, ...rest] = args;
  const firmArg = rest[0] === "--firm" ? rest[1] : undefined;
  const caseArg = rest[0] !== "--firm" ? rest[0] : undefined;
  if (sub !== "revoke" || rest.length !== (firmArg ? 2 : 1) || !(firmArg ?? caseArg)) {
    io.stderr(USAGE);
    return 2;
  }
  // a bare domain names the firm; an address names its firm (or itself, at free-mail providers)
  const firm = firmArg ? firmOf(firmArg.includes("@") ? firmArg : `x@${firmArg}`) : null;
  if (firmArg && !firm) {
    io.stderr(`dealreg: ${firmArg} is neither a registrable domain nor an address`);
    return 2;
  }
  const ctx = await openAppContext(config, logger);
  try {
    const now = new Date();
    if (firm) {
      const revoked = await revokeFirmLinks(ctx.database.db, firmKey(firm), "cli", now);
      io.stdout(JSON.stringify({ firm: firmKey(firm), revoked }));
      return 0;
    }
    const c = await findCaseByNumber(ctx.database.db, caseArg!);
    if (!c) {
      io.stderr(`dealreg: no case ${caseArg}`);
      return 1;
    }
    const revoked = await revokeCaseLinks(ctx.database.db, c.id, "cli", now);
    io.stdout(JSON.stringify({ caseNumber: c.case_number, revoked }));
    return 0;
  } finally {
    await ctx.close();
  }
}
