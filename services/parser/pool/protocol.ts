// Messages between the parse pool and its worker threads. A job's mail is not posted whole:
// the worker pulls it one piece at a time, so a big mail is never copied into the worker at once.
import type { ParsedMessage, ParseOptions } from "../types.ts";

/** The parse options a worker needs: all but the model, which the main thread asks. */
export type WorkerSetup = Omit<ParseOptions, "llm">;

/** What the pool posts: a job's start, then one piece per "pull" (null: the mail has ended). */
export type ParseJob =
  { type: "start"; jobId: number; size: number } | { type: "chunk"; jobId: number; data: Uint8Array | null };

export type ParseAnswer =
  { jobId: number; ok: true; parsed: ParsedMessage } | { jobId: number; ok: false; error: string };

/** What a worker posts: "ready" once its modules are loaded, "pull" for the next piece of a
 * job's mail, then one answer per job. */
export type WorkerMessage = { type: "ready" } | { type: "pull"; jobId: number } | ({ type: "answer" } & ParseAnswer);
