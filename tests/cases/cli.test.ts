import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { corpusMail, testConfig } from "../helpers/app.ts";
import { migratedDataDir } from "../helpers/db.ts";
import { createLogger } from "../../services/core/logger.ts";
import { openAppContext } from "../../services/app/context.ts";
import { ingestRawMail } from "../../services/ingest/ingest-raw-mail.ts";
import { runCase } from "../../services/cli/commands/case.ts";
import { runAccounts } from "../../services/cli/commands/accounts.ts";
import type { CliIo } from "../../services/cli/main.ts";

function captureIo(stdin = ""): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (l) => out.push(l),
    stderr: (l) => err.push(l),
    readStdin: async () => Buffer.from(stdin),
  };
}

describe("case and accounts commands (embedded database)", () => {
  it("shows a case with its timeline, lists cases by status, imports accounts", async () => {
    const config = testConfig({ MAIL_TRANSPORT: "file", DATA_DIR: await migratedDataDir() });
    const logger = createLogger("silent");
    const ctx = await openAppContext(config, logger);
    const r = await ingestRawMail(ctx.pipeline, corpusMail("001-"), { kind: "cli", file: "001.eml" });
    await ingestRawMail(ctx.pipeline, corpusMail("008-"), { kind: "cli", file: "008.eml" });
    await ctx.close();

    const show = captureIo();
    expect(await runCase(["show", r.caseNumber!.toLowerCase()], show, config, logger)).toBe(0);
    const view = JSON.parse(show.out.join("\n"));
    expect(view).toMatchObject({
      caseNumber: r.caseNumber,
      status: "pending",
      company: { domain: "castlegatedental.co.uk" },
      protection: null,
    });
    expect(view.registration.company.name).toBe("Castlegate Dental Group Ltd");
    expect(view.timeline[0]).toMatchObject({ actor: "partner:oliver.grant@ledgerline.co.uk", kind: "registered" });
    expect(view.timeline[0].text).toContain("Castlegate");
    expect(new Date(view.timeline[0].at).getTime()).not.toBeNaN();

    const list = captureIo();
    expect(await runCase(["list"], list, config, logger)).toBe(0);
    expect(list.out).toHaveLength(2);
    expect(list.out[0]).toMatch(
      new RegExp(
        `^${r.caseNumber}\\tpending\\tCastlegate Dental Group Ltd <castlegatedental.co.uk>\\toliver.grant@ledgerline.co.uk\\t`,
      ),
    );
    const incomplete = captureIo();
    expect(await runCase(["list", "--status", "incomplete"], incomplete, config, logger)).toBe(0);
    expect(incomplete.out).toHaveLength(1);
    expect(incomplete.out[0]).toContain("Whitfield Landscaping");

    const limited = captureIo();
    expect(await runCase(["list", "--limit", "1", "--format", "jsonl"], limited, config, logger)).toBe(0);
    expect(limited.out).toHaveLength(1);
    expect(JSON.parse(limited.out[0]!)).toMatchObject({ caseNumber: r.caseNumber, status: "pending" });
    const future = captureIo();
    expect(await runCase(["list", "--since", "2999-01-01"], future, config, logger)).toBe(0);
    expect(future.out).toEqual([]);
    const since = captureIo();
    expect(await runCase(["list", "--since", "2000-01-01", "--status", "pending"], since, config, logger)).toBe(0);
    expect(since.out).toHaveLength(1);
    for (const bad of [["--since", "yesterday-ish"], ["--limit", "0"], ["--format", "csv"], ["--verbose"]]) {
      expect(await runCase(["list", ...bad], captureIo(), config, logger), bad.join(" ")).toBe(2);
    }

    const missing = captureIo();
    expect(await runCase(["show", "REG-1999-000001"], missing, config, logger)).toBe(1);
    expect(await runCase(["list", "--status", "bogus"], captureIo(), config, logger)).toBe(2);
    expect(await runCase([], captureIo(), config, logger)).toBe(2);

    const csv = join(config.DATA_DIR, "accounts.csv");
    writeFileSync(csv, "domain,name,reason,kind\ncastlegatedental.co.uk,Castlegate,customer since 2020,\nbad row,,,\n");
    const imp = captureIo();
    expect(await runAccounts(["import", csv], imp, config, logger)).toBe(0);
    expect(JSON.parse(imp.out[0]!)).toMatchObject({ rows: 1, inserted: 1, customers: 1, problems: [{ line: 3 }] });
    const viaStdin = captureIo("domain,name,reason\nglobex.com,Globex,\n");
    expect(await runAccounts(["import", "-"], viaStdin, config, logger)).toBe(0);
    expect(JSON.parse(viaStdin.out[0]!)).toMatchObject({ rows: 1 });
    expect(await runAccounts(["import", join(config.DATA_DIR, "nope.csv")], captureIo(), config, logger)).toBe(1);
    expect(await runAccounts(["export"], captureIo(), config, logger)).toBe(2);
  });
});
