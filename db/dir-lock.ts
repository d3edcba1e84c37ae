// Embedded PGlite is one process's database: a second process opening the same folder would
// corrupt it. A pid file makes the second one stop with a message saying what to do instead.
import { readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { AppError } from "../services/core/errors.ts";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err instanceof Error && "code" in err && err.code === "EPERM";
  }
}

export function acquireDirLock(dir: string): () => Promise<void> {
  const file = `${dir}.pid`;
  try {
    writeFileSync(file, String(process.pid), { flag: "wx" });
  } catch {
    const holder = Number(readFileSync(file, "utf8").trim());
    if (holder && holder !== process.pid && alive(holder)) {
      throw new AppError(
        "DATABASE_IN_USE",
        `the embedded database in ${dir} is in use by process ${holder} (a running 'dealreg serve'?). ` +
          "Stop it, post the mail to POST /inbound/raw of the running service, or set DATABASE_URL to a PostgreSQL server.",
      );
    }
    writeFileSync(file, String(process.pid));
  }
  return async () => {
    try {
      if (readFileSync(file, "utf8").trim() === String(process.pid)) unlinkSync(file);
    } catch {
      // already gone
    }
  };
}
