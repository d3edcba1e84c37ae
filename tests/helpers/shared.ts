// ../shared (the dev corpus, the shared scorer and the third-party fixtures) lies beside the
// repository in CI and usually on a developer's machine. Without it: a hard failure when CI=true
// or REQUIRE_SHARED=1 (a skipped gate must not look green in CI), else a printed notice.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

export const SHARED_DIR = resolve(import.meta.dirname, "..", "..", "..", "shared");

/** Whether every path (inside ../shared) exists; throws in CI when one is missing. */
export function sharedOrSkip(what: string, ...paths: string[]): boolean {
  const missing = paths.filter((p) => !existsSync(p));
  if (!missing.length) return true;
  const reason = `${what} needs ${missing.join(", ")}, which is missing`;
  if (process.env.CI === "true" || process.env.REQUIRE_SHARED === "1") {
    throw new Error(`${reason}; CI=true or REQUIRE_SHARED=1 requires ../shared beside the repository`);
  }
  console.warn(`\n[dealreg tests] ${reason}: SKIPPED.\n`);
  return false;
}

export function sharedPath(...parts: string[]): string {
  return join(SHARED_DIR, ...parts);
}
