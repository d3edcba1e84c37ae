// Parsing off the event loop: a pool of worker threads, each parsing one message at a time
// under a hard deadline. A message that takes longer (a pattern that backtracks, a decoder
// that loops) costs its worker, not the process: the thread is terminated and replaced, and
// the caller gets a PARSE_TIMEOUT error to park the message with. HTTP, IMAP and the sender
// keep running on the main thread meanwhile.
import { Worker } from "node:worker_threads";
import { AppError } from "../../core/errors.ts";
import type { ParsedMessage } from "../types.ts";
import { sizeAllowanceMs, type RawMail } from "../raw-mail.ts";
import type { ParseJob, WorkerMessage, WorkerSetup } from "./protocol.ts";

export interface ParsePoolOptions extends WorkerSetup {
  size: number;
  timeoutMs: number;
  /** the worker's entry module; tests substitute one that hangs or dies on purpose */
  entry?: URL;
}

export interface ParsePool {
  /** the rule-based parse of one raw message; rejects with PARSE_TIMEOUT / PARSE_WORKER_FAILED */
  parse(raw: RawMail): Promise<ParsedMessage>;
  /** starts every worker now, so the first mail does not wait for one to load */
  warm(): void;
  /** stops every worker; waiting and running jobs are rejected */
  close(): Promise<void>;
}

interface Job {
  jobId: number;
  raw: RawMail;
  /** the mail's pieces, handed to the worker one per "pull" */
  pieces?: AsyncIterator<Buffer>;
  resolve: (parsed: ParsedMessage) => void;
  reject: (err: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job: Job | null;
  timer?: NodeJS.Timeout;
}

/**
 * The bundle (bin/bundle.js) compiles in the address of the worker's own bundle; without it
 * (tsx, vitest) the worker starts from worker-entry.mjs, which loads the TypeScript through tsx.
 */
declare const DEALREG_PARSE_WORKER_URL: string | undefined;
export const ENTRY = new URL(
  typeof DEALREG_PARSE_WORKER_URL === "string" ? DEALREG_PARSE_WORKER_URL : "./worker-entry.mjs",
  import.meta.url,
);

/**
 * A small young generation (V8's semi-spaces 2 MiB instead of growing to 16): decoding a big
 * mail allocates short-lived pieces fast, and the default let the worker's new space grow to
 * 32 MiB and stay there. Measured on a 25 MiB mail: peak RSS ~23 MiB lower, no slower.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 6 };

/**
 * The deadline of one mail: PARSE_TIMEOUT_MS, plus a second per MiB of raw mail. Decoding MIME
 * is linear in the size and a 39 MiB mail legitimately takes seconds on a busy machine; the
 * rules, where a hostile pattern would spin, see at most DECODE_LIMITS.maxTextChars of text,
 * so the size allowance gives a hostile mail no more room than a big one needs.
 */
export function deadlineFor(rawBytes: number, timeoutMs: number): number {
  return timeoutMs + sizeAllowanceMs(rawBytes);
}

export function createParsePool(opts: ParsePoolOptions): ParsePool {
  const slots = new Set<Slot>();
  const queue: Job[] = [];
  let nextJobId = 1;
  let closed = false;

  const spawn = () => {
    const setup: WorkerSetup = {
      vendorDomains: opts.vendorDomains,
      vendorNames: opts.vendorNames ?? [],
      vendorProducts: opts.vendorProducts ?? [],
      ...(opts.maxRowsPerMail ? { maxRowsPerMail: opts.maxRowsPerMail } : {}),
    };
    const slot: Slot = {
      worker: new Worker(opts.entry ?? ENTRY, { workerData: setup, resourceLimits: WORKER_LIMITS }),
      ready: false,
      job: null,
    };
    slot.worker.unref(); // an idle pool must not keep a CLI run alive
    slot.worker.on("message", (msg: WorkerMessage) => {
      if (msg.type === "ready") {
        slot.ready = true;
        return dispatch();
      }
      if (msg.type === "pull") {
        const job = slot.job;
        if (job?.jobId === msg.jobId) void sendPiece(slot, job, (data) => ({ type: "chunk", jobId: job.jobId, data }));
        return;
      }
      const job = slot.job;
      if (!job || job.jobId !== msg.jobId) return;
      release(slot);
      if (msg.ok) job.resolve(msg.parsed);
      else job.reject(new AppError("PARSE_WORKER_FAILED", `the parser failed: ${msg.error}`));
      dispatch();
    });
    // A worker that dies (out of memory, a crash in native code) is replaced; its job fails.
    const died = (why: string) => {
      if (!slots.delete(slot)) return;
      const job = slot.job;
      release(slot);
      job?.reject(new AppError("PARSE_WORKER_FAILED", `the parse worker stopped (${why}) while parsing this message`));
      if (!slot.ready) {
        // It never loaded: starting another would fail the same way, forever.
        const err = new AppError("PARSE_WORKER_FAILED", `a parse worker could not start: ${why}`);
        for (const waiting of queue.splice(0)) waiting.reject(err);
        return;
      }
      dispatch();
    };
    slot.worker.on("error", (err) => died(err.message));
    slot.worker.on("exit", (code) => died(`exit code ${code}`));
    slots.add(slot);
  };

  const release = (slot: Slot) => {
    clearTimeout(slot.timer);
    slot.job = null;
  };

  /** Stops a worker in the middle of a job (the thread may be busy and cannot be asked). */
  const abandon = (slot: Slot, job: Job, err: AppError) => {
    slots.delete(slot);
    release(slot);
    void slot.worker.terminate();
    job.reject(err);
    dispatch();
  };

  const start = (slot: Slot, job: Job) => {
    slot.job = job;
    const deadlineMs = deadlineFor(job.raw.size, opts.timeoutMs);
    slot.timer = setTimeout(() => {
      abandon(
        slot,
        job,
        new AppError(
          "PARSE_TIMEOUT",
          `parsing took longer than ${deadlineMs} ms (PARSE_TIMEOUT_MS, plus 1 s per whole MiB); the worker was stopped`,
        ),
      );
    }, deadlineMs);
    // the first piece goes with the start: a mail of one piece (nearly all) is one message each way
    void sendPiece(slot, job, (data) => ({ type: "start", jobId: job.jobId, size: job.raw.size, data }));
  };

  /** The next piece of the job's mail (a copy the worker owns; null at the end), one per message,
   * so the worker never holds more of the mail than it is reading. */
  const sendPiece = async (slot: Slot, job: Job, message: (data: Uint8Array<ArrayBuffer> | null) => ParseJob) => {
    let data: Uint8Array<ArrayBuffer> | null;
    try {
      job.pieces ??= job.raw.chunks()[Symbol.asyncIterator]();
      const next = await job.pieces.next();
      data = next.done ? null : new Uint8Array(new ArrayBuffer(next.value.length));
      if (data && !next.done) data.set(next.value);
    } catch (err) {
      if (slot.job === job) {
        const why = err instanceof Error ? err.message : String(err);
        abandon(slot, job, new AppError("PARSE_WORKER_FAILED", `the raw mail could not be read: ${why}`));
      }
      return;
    }
    if (slot.job !== job) return; // timed out or the worker died meanwhile
    slot.worker.postMessage(message(data), data ? [data.buffer] : []);
  };

  const dispatch = () => {
    if (closed) return;
    for (const slot of slots) {
      if (queue.length === 0) return;
      if (slot.ready && !slot.job) start(slot, queue.shift()!);
    }
    const loading = [...slots].filter((s) => !s.ready).length;
    for (let n = Math.min(queue.length - loading, opts.size - slots.size); n > 0; n--) spawn();
  };

  return {
    parse(raw) {
      if (closed) return Promise.reject(new AppError("PARSE_WORKER_FAILED", "the parse pool is closed"));
      return new Promise<ParsedMessage>((resolve, reject) => {
        queue.push({ jobId: nextJobId++, raw, resolve, reject });
        dispatch();
      });
    },
    warm() {
      while (!closed && slots.size < opts.size) spawn();
    },
    async close() {
      closed = true;
      const stopped = new AppError("PARSE_WORKER_FAILED", "the parse pool was closed");
      for (const job of queue.splice(0)) job.reject(stopped);
      const all = [...slots];
      slots.clear();
      for (const slot of all) {
        slot.job?.reject(stopped);
        release(slot);
      }
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  };
}
