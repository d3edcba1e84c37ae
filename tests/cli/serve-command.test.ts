import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type AddressInfo, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { migratedDataDir } from "../helpers/db.ts";

const BIN = resolve(import.meta.dirname, "../../bin/dealreg.js");

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("dealreg serve", () => {
  let blocker: Server | null = null;
  afterEach(async () => {
    await new Promise((r) => blocker?.close(r) ?? r(undefined));
  });

  it("exits non-zero when its port is taken, instead of running on with the worker alone", async () => {
    blocker = createServer();
    await new Promise<void>((r) => blocker!.listen(0, "127.0.0.1", r));
    const port = (blocker.address() as AddressInfo).port;
    const dataDir = await migratedDataDir();
    dirs.push(dataDir);
    const env = {
      ...process.env,
      DATABASE_URL: "",
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "error",
    };
    const res = await new Promise<{ code: number | null; signal: string | null; stderr: string }>((done) => {
      // A process that keeps running is killed by the timeout and reports the signal.
      execFile(
        process.execPath,
        ["--no-regexp-tier-up", BIN, "serve", "--roles", "web,worker"],
        { env, timeout: 60_000 },
        (err, _stdout, stderr) => {
          const e = err as (Error & { code?: number; signal?: string }) | null;
          done({ code: e ? (e.code ?? null) : 0, signal: e?.signal ?? null, stderr });
        },
      );
    });
    expect(res.signal).toBeNull();
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/EADDRINUSE/);
  }, 90_000);

  it("refuses an unknown role instead of silently running nothing", async () => {
    const env = {
      ...process.env,
      DATABASE_URL: "",
      DATA_DIR: mkdtempSync(join(tmpdir(), "dealreg-serve-")),
      LOG_LEVEL: "error",
    };
    const res = await new Promise<{ code: number | null; stderr: string }>((done) => {
      execFile(
        process.execPath,
        ["--no-regexp-tier-up", BIN, "serve", "--roles", "webb"],
        { env, timeout: 60_000 },
        (err, _stdout, stderr) => {
          done({ code: err ? ((err as { code?: number }).code ?? null) : 0, stderr });
        },
      );
    });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/unknown role\(s\) webb/);
  }, 90_000);
});
