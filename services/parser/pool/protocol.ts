// Messages between the parse pool and its worker threads.
import type { ParsedMessage } from "../types.ts";

export interface WorkerSetup {
  vendorDomains: string[];
}

export interface ParseJob {
  jobId: number;
  raw: Uint8Array;
}

export type ParseAnswer = { jobId: number; ok: true; parsed: ParsedMessage } | { jobId: number; ok: false; error: string };

/** What a worker posts: "ready" once its modules are loaded, then one answer per job. */
export type WorkerMessage = { type: "ready" } | ({ type: "answer" } & ParseAnswer);
