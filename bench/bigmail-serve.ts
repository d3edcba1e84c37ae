// The embedded default as a user runs it, for `npm run bench:bigmail`: `dealreg serve` (all
// default roles, PGlite in a fresh DATA_DIR, no DATABASE_URL) reads one big mail from a local
// Dovecot. This process only watches: the RSS of the service and every process it started is
// sampled from /proc every 10 ms. Prints one JSON line like bench/bigmail-run.ts, plus the peak
// during start-up (a new data directory: initdb in a child process). Needs root (Dovecot).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { z } from "zod";
import { freePort, startDovecot } from "../tests/helpers/dovecot.ts";
import { bigMail } from "./big-mail.ts";
import { peakRssBytes, treeRssBytes } from "./proc-rss.ts";

const mib = Number(process.argv[2] ?? "25");
const BIN = resolve(import.meta.dirname, "../bin/dealreg.js");
const LogLine = z.object({ msg: z.string(), status: z.string().optional() }).passthrough();
const toMiB = (n: number) => Math.round(n / 2 ** 20);

const dovecot = await startDovecot();
const dir = mkdtempSync(join(tmpdir(), "dealreg-bigmail-serve-"));
try {
  await dovecot.append(bigMail(999, 4096)); // warm-up: the service is idle and has parsed once
  const child = spawn(process.execPath, ["--no-regexp-tier-up", BIN, "serve"], {
    env: {
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      LOG_LEVEL: "info",
      DATA_DIR: join(dir, "data"),
      IMAP_URL: dovecot.url,
      PORT: String(await freePort()),
      MAIL_TRANSPORT: "file",
      INBOUND_ADDRESS: "partners@northbeam.io",
      MAIL_FROM: "Northbeam Partner Team <partners@northbeam.io>",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
  const statuses: string[] = [];
  let onProcessed = () => {};
  createInterface({ input: child.stdout! }).on("line", (line) => {
    let parsed;
    try {
      parsed = LogLine.safeParse(JSON.parse(line));
    } catch {
      return;
    }
    if (parsed.success && parsed.data.msg === "message processed") {
      statuses.push(parsed.data.status ?? "?");
      onProcessed();
    }
  });
  const processed = (n: number) =>
    new Promise<void>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`no outcome within 15 min: ${stderr}`)), 15 * 60_000);
      child.once("exit", (code) => fail(new Error(`dealreg exited (${code}): ${stderr}`)));
      onProcessed = () => {
        if (statuses.length < n) return;
        clearTimeout(timer);
        done();
      };
      onProcessed();
    });

  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRssBytes(child.pid!))), 10);
  await processed(1);
  await new Promise((r) => setTimeout(r, 2000));
  const startPeak = peak;
  const before = treeRssBytes(child.pid!);
  peak = before;
  const mail = bigMail(0, mib * 2 ** 20);
  const t0 = performance.now();
  await dovecot.append(mail);
  await processed(2);
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  const hwm = peakRssBytes(child.pid!);
  child.kill("SIGTERM");
  await new Promise((r) => child.once("exit", r));
  console.log(
    JSON.stringify({
      backend: "pglite, `dealreg serve` reading IMAP",
      mib,
      count: 1,
      beforeMiB: toMiB(before),
      peakMiB: toMiB(peak),
      hwmMiB: toMiB(hwm),
      startPeakMiB: toMiB(startPeak),
      seconds: Number(seconds.toFixed(2)),
      statuses: statuses.slice(1),
    }),
  );
} finally {
  await dovecot.stop();
  rmSync(dir, { recursive: true, force: true });
}
