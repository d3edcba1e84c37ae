// One parse worker thread: a raw mail in (pulled piece by piece), the rule-based ParsedMessage
// out. The model (if configured) is asked by the main thread afterwards: it is network I/O, not CPU.
import { parentPort, workerData } from "node:worker_threads";
import { parseMail, parseMessage } from "../parse-message.ts";
import type { RawMail } from "../raw-mail.ts";
import { makeAllScans } from "../text/regex.ts";
import { ParseJob, WorkerSetup, type ParseAnswer, type WorkerMessage } from "./protocol.ts";

const setup = WorkerSetup.parse(workerData);
const port = parentPort!;

/** The job whose next piece is awaited, and who awaits it (one job at a time per worker). */
let awaiting: { jobId: number; deliver: (data: Uint8Array | null) => void } | null = null;

/** The job's mail: the first piece came with the start; the others are pulled until `size`
 * bytes are in (no pull after the last piece, which a one-piece mail never needs). */
function pulledMail(jobId: number, size: number, first: Uint8Array | null): RawMail {
  return {
    size,
    async *chunks() {
      let data = first;
      let read = 0;
      while (data) {
        yield Buffer.from(data.buffer, data.byteOffset, data.byteLength);
        read += data.byteLength;
        if (read >= size) return;
        data = await new Promise<Uint8Array | null>((deliver) => {
          awaiting = { jobId, deliver };
          port.postMessage({ type: "pull", jobId } satisfies WorkerMessage);
        });
      }
    },
  };
}

port.on("message", (posted: unknown) => {
  const msg = ParseJob.parse(posted);
  if (msg.type === "chunk") {
    if (awaiting?.jobId !== msg.jobId) return;
    const { deliver } = awaiting;
    awaiting = null;
    deliver(msg.data);
    return;
  }
  void parseMail(pulledMail(msg.jobId, msg.size, msg.data), setup)
    .then((parsed): ParseAnswer => ({ jobId: msg.jobId, ok: true, parsed }))
    .catch((err: unknown): ParseAnswer => ({
      jobId: msg.jobId,
      ok: false,
      error: err instanceof Error ? err.message : String(err),
    }))
    .then((answer) => port.postMessage({ type: "answer", ...answer } satisfies WorkerMessage));
});
// Loading the parser and its first run (lazy tables, cold code, every cue table's first-character
// scan) take a while; the pool starts a job's deadline only once we are ready, so a busy machine's
// start-up is not counted against the first mails.
const WARM_UP =
  "From: a@partner.example\r\nTo: b@vendor.example\r\nSubject: Deal registration\r\n\r\nCompany: Acme GmbH\r\nWebsite: acme.de\r\nContact: Jane Roe, jane@acme.de\r\n";
await parseMessage(Buffer.from(WARM_UP), setup);
makeAllScans();
port.postMessage({ type: "ready" } satisfies WorkerMessage);
