// bin/run-parallel.js, which `npm run check` runs: every script's result counts, and each script's
// output is printed whole under its name.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const script = resolve(import.meta.dirname, "..", "..", "bin", "run-parallel.js");
const dir = mkdtempSync(join(tmpdir(), "dealreg-run-parallel-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// npm scripts of a package of their own
writeFileSync(
  join(dir, "package.json"),
  JSON.stringify({
    name: "run-parallel-test",
    private: true,
    scripts: {
      fails: `node -e "process.exit(3)"`,
      passes: `node -e "console.log('passed')"`,
    },
  }),
);

async function runParallel(args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [script, ...args], { cwd: dir });
    return { code: 0, stdout };
  } catch (err) {
    const e = err as { code: number; stdout: string };
    return { code: e.code, stdout: e.stdout };
  }
}

describe("bin/run-parallel.js", () => {
  it("fails when any script fails, and prints each script's result", async () => {
    const { code, stdout } = await runParallel(["passes", "fails"]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/> passes: ok in/);
    expect(stdout).toMatch(/> fails: failed \(exit 3\)/);
    expect(stdout).toContain("passed");
  }, 60_000);

  it("passes when every script passes", async () => {
    const { code, stdout } = await runParallel(["passes", "passes"]);
    expect(code).toBe(0);
    expect(stdout.match(/> passes: ok in/g)).toHaveLength(2);
  }, 60_000);
});
