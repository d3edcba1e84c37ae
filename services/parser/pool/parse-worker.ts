// One parse worker thread: raw bytes in, the rule-based ParsedMessage out. The model (if
// configured) is asked by the main thread afterwards: it is network I/O, not CPU.
import { parentPort, workerData } from "node:worker_threads";
import { parseMessage } from "../parse-message.ts";
import type { ParseAnswer, ParseJob, WorkerMessage, WorkerSetup } from "./protocol.ts";

const setup = workerData as WorkerSetup;
const port = parentPort!;

port.on("message", (job: ParseJob) => {
  const raw = Buffer.from(job.raw.buffer, job.raw.byteOffset, job.raw.byteLength);
  void parseMessage(raw, setup)
    .then((parsed): ParseAnswer => ({ jobId: job.jobId, ok: true, parsed }))
    .catch((err: unknown): ParseAnswer => ({
      jobId: job.jobId,
      ok: false,
      error: err instanceof Error ? err.message : String(err),
    }))
    .then((answer) => port.postMessage({ type: "answer", ...answer } satisfies WorkerMessage));
});
// Loading the parser and its first run (lazy tables, cold code) take a while; the pool starts
// a job's deadline only once we are ready, so a busy machine's start-up is not counted against
// the first mail.
const WARM_UP =
  "From: a@partner.example\r\nTo: b@vendor.example\r\nSubject: Deal registration\r\n\r\nCompany: Acme GmbH\r\nWebsite: acme.de\r\nContact: Jane Roe, jane@acme.de\r\n";
await parseMessage(Buffer.from(WARM_UP), setup);
port.postMessage({ type: "ready" } satisfies WorkerMessage);
