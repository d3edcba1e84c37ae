// Messages between the parse pool and its worker threads.
import type { ParsedMessage, ParseOptions } from "../types.ts";

/** The parse options a worker needs: all but the model, which the main thread asks. */
export type WorkerSetup = Omit<ParseOptions, "llm">;

export interface ParseJob {
  jobId: number;
  raw: Uint8Array;
}

export type ParseAnswer =
  { jobId: number; ok: true; parsed: ParsedMessage } | { jobId: number; ok: false; error: string };

/** What a worker posts: "ready" once its modules are loaded, then one answer per job. */
export type WorkerMessage = { type: "ready" } | ({ type: "answer" } & ParseAnswer);
