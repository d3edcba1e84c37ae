// One `process` role for bench:ingest, in its own process: processes stored mail from the
// database until its parent writes "stop" on stdin, then prints one JSON line with its CPU
// time (process.cpuUsage: main thread and parse threads), what it processed and the SQL
// statements it sent. Configuration comes as JSON in BENCH_CONFIG; BENCH_CPU_PROF=FILE writes a
// profile of the main thread over the processing alone (start-up left out).
import { rawMailFromBuffer } from "../services/parser/raw-mail.ts";
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { registrationMail } from "../tests/imap/fixtures.ts";
import { countStatements, takeStatementCounts } from "./count-statements.ts";
import { loadConfig } from "../services/config/env.ts";
import { createLogger } from "../services/core/logger.ts";
import { openAppContext } from "../services/app/context.ts";
import { startMessageProcessor } from "../services/ingest/message-processor.ts";

countStatements();
const config = loadConfig(JSON.parse(process.env.BENCH_CONFIG ?? "{}") as Record<string, string>);
const ctx = await openAppContext(config, createLogger(config.LOG_LEVEL));
// every parse thread has loaded the parser before the clock starts
await Promise.all(
  Array.from({ length: 8 }, (_, i) => ctx.parsePool.parse(rawMailFromBuffer(registrationMail(i, "warm")))),
);
const profile = process.env.BENCH_CPU_PROF;
const session = profile ? new Session() : null;
if (session) {
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
}
takeStatementCounts();
const cpu0 = process.cpuUsage();
const processor = startMessageProcessor(ctx.pipeline, { idlePollMs: 20 });
process.stdout.write("ready\n");
await new Promise<void>((resolve) => {
  process.stdin.on("data", (d) => {
    if (String(d).includes("stop")) resolve();
  });
});
await processor.stop();
const cpu = process.cpuUsage(cpu0);
if (session && profile) writeFileSync(profile, JSON.stringify((await session.post("Profiler.stop")).profile));
const statements = takeStatementCounts();
process.stdout.write(
  `${JSON.stringify({ processed: processor.processed, cpuMs: (cpu.user + cpu.system) / 1000, statements })}\n`,
);
await ctx.close();
process.exit(0);
