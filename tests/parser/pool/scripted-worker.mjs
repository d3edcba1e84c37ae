// A parse worker that does what the mail says: "hang-me" spins forever (as a pattern with
// catastrophic backtracking would), "crash-me" exits, anything else is answered with its text
// as the subject. It gets the first piece with the start and pulls the others until it has the
// mail's size, as the real worker does. Lets the pool's deadline and replacement be tested
// without depending on a slow input.
import { parentPort } from "node:worker_threads";

let job = null;
parentPort.on("message", (msg) => {
  if (msg.type === "start") job = { jobId: msg.jobId, size: msg.size, read: 0, pieces: [] };
  if (msg.data) {
    job.pieces.push(Buffer.from(msg.data));
    job.read += msg.data.byteLength;
  }
  if (!msg.data || job.read >= job.size) {
    const text = Buffer.concat(job.pieces).toString("utf8");
    if (text.includes("hang-me")) for (;;);
    if (text.includes("crash-me")) process.exit(3);
    parentPort.postMessage({ type: "answer", jobId: job.jobId, ok: true, parsed: { subject: text } });
    return;
  }
  parentPort.postMessage({ type: "pull", jobId: job.jobId });
});
parentPort.postMessage({ type: "ready" });
