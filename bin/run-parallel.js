#!/usr/bin/env node
// `node bin/run-parallel.js [--live SCRIPT] [--nice SCRIPT]... SCRIPT...`: runs the named npm
// scripts side by side and fails when any fails.
//
// `npm run check` uses it for Prettier's check, ESLint and tsc: each is one single-threaded
// process, so on two cores they end when the longest ends instead of one after another. Each
// script's output is printed whole when it ends, so they never interleave.
//
// `npm test` uses it to run vitest (`--live`: its output goes straight to the terminal) beside the
// check (`--nice`: lowered CPU priority, inherited by every process it starts). The test files
// wait on child processes, Dovecot and PostgreSQL much of the time and leave part of both cores
// idle; the check's ~110 CPU-seconds fill those gaps instead of running alone first, and at the
// lower priority they barely slow a test when the cores are busy.
import { spawn } from "node:child_process";
import { getPriority, setPriority } from "node:os";

/** How much nicer than this process a `--nice` script runs (19 is the most there is). */
const NICER_BY = 10;

function usage() {
  console.error("usage: node bin/run-parallel.js [--live SCRIPT] [--nice SCRIPT]... SCRIPT...");
  process.exit(2);
}

/** The scripts to run, each with how: { script, live, nice }. */
function parseArgs(args) {
  const runs = [];
  for (let i = 0; i < args.length; i++) {
    const flag = args[i];
    if (flag === "--live" || flag === "--nice") {
      const script = args[++i];
      if (!script || script.startsWith("--")) usage();
      runs.push({ script, live: flag === "--live", nice: flag === "--nice" });
    } else if (flag.startsWith("--")) usage();
    else runs.push({ script: flag, live: false, nice: false });
  }
  if (runs.length === 0 || runs.filter((r) => r.live).length > 1) usage();
  return runs;
}

/** Runs `npm run <script>`; resolves with its exit code and what it printed (nothing when live). */
function run({ script, live, nice }) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", script], {
      stdio: ["ignore", live ? "inherit" : "pipe", live ? "inherit" : "pipe"],
    });
    // set before npm starts the script's processes (its own start takes a tenth of a second or more)
    if (nice && child.pid !== undefined) setPriority(child.pid, Math.min(getPriority() + NICER_BY, 19));
    const output = [];
    child.stdout?.on("data", (c) => output.push(c));
    child.stderr?.on("data", (c) => output.push(c));
    child.once("error", (err) => resolve({ script, code: 1, output: Buffer.from(`${err.message}\n`), started }));
    child.once("close", (code, signal) =>
      resolve({ script, code: code ?? (signal ? 1 : 0), output: Buffer.concat(output), started }),
    );
  });
}

let failed = 0;
await Promise.all(
  parseArgs(process.argv.slice(2)).map(async (spec) => {
    const r = await run(spec);
    const seconds = ((Date.now() - r.started) / 1000).toFixed(1);
    process.stdout.write(`\n> ${r.script}: ${r.code === 0 ? "ok" : `failed (exit ${r.code})`} in ${seconds} s\n`);
    process.stdout.write(r.output);
    if (r.code !== 0) failed++;
  }),
);
process.exit(failed === 0 ? 0 : 1);
