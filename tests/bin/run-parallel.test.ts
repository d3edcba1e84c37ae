// bin/run-parallel.js, which `npm test` and `npm run check` run: every script's result counts,
// a `--nice` script and what it starts run at a lower priority, a `--live` one prints as it goes.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const script = resolve(import.meta.dirname, "..", "..", "bin", "run-parallel.js");
const dir = mkdtempSync(join(tmpdir(), "dealreg-run-parallel-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// npm scripts of a package of their own; `nested` starts a second node, as `check` starts ESLint
writeFileSync(
  join(dir, "package.json"),
  JSON.stringify({
    name: "run-parallel-test",
    private: true,
    scripts: {
      priority: `node -e "console.log('priority', require('os').getPriority())"`,
      nested: `node -e "require('child_process').execFileSync(process.execPath, ['-e', 'console.log(\\'nested\\', require(\\'os\\').getPriority())'], { stdio: 'inherit' })"`,
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
    expect((await runParallel(["passes", "--live", "priority"])).code).toBe(0);
  }, 60_000);

  it("runs a --nice script and the processes it starts at a lower priority, the others as they were", async () => {
    const { code, stdout } = await runParallel(["--nice", "nested", "--live", "priority"]);
    expect(code).toBe(0);
    const own = Number(/^priority (-?\d+)$/m.exec(stdout)?.[1]);
    expect(Number(/^nested (-?\d+)$/m.exec(stdout)?.[1])).toBe(Math.min(own + 10, 19));
  }, 60_000);

  it("refuses a flag without a script, an unknown flag and two live scripts", async () => {
    for (const args of [["--nice"], ["--fast", "passes"], ["--live", "passes", "--live", "priority"]])
      expect((await runParallel(args)).code, args.join(" ")).toBe(2);
  }, 60_000);
});
