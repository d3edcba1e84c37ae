// A parse worker that does what the mail says: "hang-me" spins forever (as a pattern with
// catastrophic backtracking would), "crash-me" exits, anything else is answered with its text
// as the subject. Lets the pool's deadline and replacement be
// tested without depending on a slow input.
import { parentPort } from "node:worker_threads";

parentPort.on("message", ({ jobId, raw }) => {
  const text = Buffer.from(raw).toString("utf8");
  if (text.includes("hang-me")) for (;;);
  if (text.includes("crash-me")) process.exit(3);
  parentPort.postMessage({ type: "answer", jobId, ok: true, parsed: { subject: text } });
});
parentPort.postMessage({ type: "ready" });
