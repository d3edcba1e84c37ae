// `dealreg serve` as child processes for the SIGKILL tests: each started with a minimal
// environment plus the test's, its output kept in a log file in a temporary folder (kept after
// the run with KEEP_CRASH_LOGS=1), every one still running killed at the end.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const BIN = resolve(import.meta.dirname, "../../bin/dealreg.js");

export class ServeProcesses {
  /** the temporary folder: logs, and DATA_DIR if the test puts it here */
  readonly dir: string;
  private readonly children = new Set<ChildProcess>();

  constructor(
    private readonly label: string,
    private readonly baseEnv: () => Record<string, string>,
  ) {
    this.dir = mkdtempSync(join(tmpdir(), `dealreg-${label}-`));
  }

  /** Starts `dealreg serve --roles <roles>`; its stdout and stderr go to `<dir>/<logName>`. */
  start(roles: string, logName: string): ChildProcess {
    // the weekly digest runs on the wall clock (default Monday 07:00 UTC, sent until a day after):
    // on for a service started then, its mail to every partner came on top of what a test counts
    const env = {
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      NODE_ENV: "test",
      PARTNER_DIGEST: "off",
      ...this.baseEnv(),
    };
    const child = spawn(process.execPath, ["--no-regexp-tier-up", BIN, "serve", "--roles", roles], {
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const log = createWriteStream(join(this.dir, logName), { flags: "a" });
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
    this.children.add(child);
    child.once("exit", () => this.children.delete(child));
    return child;
  }

  /** Kills what still runs and removes the folder (unless KEEP_CRASH_LOGS=1). */
  close(): void {
    for (const c of this.children) c.kill("SIGKILL");
    if (process.env.KEEP_CRASH_LOGS === "1") console.log(`[${this.label}] logs kept in ${this.dir}`);
    else rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Resolves when the process has exited (at once if it already has). */
export function exited(c: ChildProcess): Promise<void> {
  return c.exitCode !== null || c.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((r) => c.once("exit", () => r()));
}
