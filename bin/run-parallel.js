#!/usr/bin/env node
// `node bin/run-parallel.js SCRIPT...`: runs the named npm scripts side by side and fails when any
// fails. `npm test` uses it for Prettier's check, ESLint and tsc: each is one single-threaded
// process, so on two cores they end when the longest ends instead of one after another. Each
// script's output is printed whole when it ends, so the three never interleave.
import { spawn } from "node:child_process";

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error("usage: node bin/run-parallel.js SCRIPT...");
  process.exit(2);
}

/** Runs `npm run <script>`; resolves with its exit code and everything it printed, in order. */
function run(script) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", script], { stdio: ["ignore", "pipe", "pipe"] });
    const output = [];
    child.stdout.on("data", (c) => output.push(c));
    child.stderr.on("data", (c) => output.push(c));
    child.once("error", (err) => resolve({ script, code: 1, output: Buffer.from(`${err.message}\n`), started }));
    child.once("close", (code, signal) =>
      resolve({ script, code: code ?? (signal ? 1 : 0), output: Buffer.concat(output), started }),
    );
  });
}

let failed = 0;
await Promise.all(
  scripts.map(async (script) => {
    const r = await run(script);
    const seconds = ((Date.now() - r.started) / 1000).toFixed(1);
    process.stdout.write(`\n> ${script}: ${r.code === 0 ? "ok" : `failed (exit ${r.code})`} in ${seconds} s\n`);
    process.stdout.write(r.output);
    if (r.code !== 0) failed++;
  }),
);
process.exit(failed === 0 ? 0 : 1);
