import { execFile } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { CORPUS_DIR } from "../helpers/app.ts";
import { migratedDataDir } from "../helpers/db.ts";

const run = promisify(execFile);
const BIN = resolve(import.meta.dirname, "../../bin/dealreg.js");

async function dealreg(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--no-regexp-tier-up", BIN, ...args], {
      env: { ...process.env, ...env, DATABASE_URL: "" },
      timeout: 120_000,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const lines = (s: string) =>
  s
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as Record<string, unknown>);

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("dealreg ingest (embedded database, outbox folder)", () => {
  it("prints one JSON line per file, dedupes a second run and writes the reply as a file", async () => {
    const dataDir = await migratedDataDir();
    dirs.push(dataDir);
    const env = { DATA_DIR: dataDir, INBOUND_ADDRESS: "partners@northbeam.io", MANAGERS: "" };
    const mail = join(
      CORPUS_DIR,
      readdirSync(CORPUS_DIR).find((f) => f.startsWith("001-"))!,
    );
    const ooo = join(
      CORPUS_DIR,
      readdirSync(CORPUS_DIR).find((f) => f.startsWith("006-"))!,
    );

    const first = await dealreg(["ingest", mail, ooo, join(dataDir, "missing.eml")], env);
    expect(first.code).toBe(1); // one file could not be read
    const [reg, auto, missing] = lines(first.stdout);
    expect(reg).toMatchObject({ file: mail, status: "registered", kind: "registration" });
    expect(reg!.caseNumber).toMatch(/^REG-\d{4}-000001$/);
    expect(auto).toMatchObject({ file: ooo, status: "ignored", kind: "auto_reply", caseNumber: null });
    expect(missing).toMatchObject({ status: "error" });

    const second = await dealreg(["ingest", mail], env);
    expect(second.code).toBe(0);
    expect(lines(second.stdout)).toEqual([
      { file: mail, status: "duplicate", caseNumber: reg!.caseNumber, kind: "registration" },
    ]);

    const outbox = readdirSync(join(dataDir, "outbox"));
    expect(outbox).toHaveLength(1);
    const reply = readFileSync(join(dataDir, "outbox", outbox[0]!), "utf8");
    expect(reply).toContain(`[${reg!.caseNumber as string}] Registration received`);
    expect(reply).toMatch(/^In-Reply-To: <0b7e4c1a-4d3e-4f0b-9a51-2f6c1d8e7a90@ledgerline\.co\.uk>/m);
  }, 240_000); // two runs of the command, each bounded by its own timeout

  it("stops with a message naming the variable when the configuration is wrong", async () => {
    const res = await dealreg(["ingest", "x.eml"], { PORT: "not-a-port" });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/PORT/);
  });
});
