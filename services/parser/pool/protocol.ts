// Messages between the parse pool and its worker threads. A job's mail is not posted whole:
// its first piece comes with the start, the worker pulls the others one at a time until it has
// `size` bytes (or a null piece), so a big mail is never copied into the worker at once.
import { z } from "zod";
import type { ParsedMessage, ParseOptions } from "../types.ts";

/** The parse options a worker needs: all but the model, which the main thread asks. The worker
 * reads them from `workerData` with this schema. */
export const WorkerSetup = z.object({
  vendorDomains: z.array(z.string()),
  vendorNames: z.array(z.string()).optional(),
  vendorProducts: z.array(z.string()).optional(),
  maxRowsPerMail: z.number().int().positive().optional(),
}) satisfies z.ZodType<Omit<ParseOptions, "llm">>;
export type WorkerSetup = z.infer<typeof WorkerSetup>;

/** What the pool posts: a job's start with its first piece, then one piece per "pull" (null: the
 * mail has ended). */
export const ParseJob = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("start"),
    jobId: z.number(),
    size: z.number(),
    data: z.instanceof(Uint8Array).nullable(),
  }),
  z.object({ type: z.literal("chunk"), jobId: z.number(), data: z.instanceof(Uint8Array).nullable() }),
]);
export type ParseJob = z.infer<typeof ParseJob>;

export type ParseAnswer =
  { jobId: number; ok: true; parsed: ParsedMessage } | { jobId: number; ok: false; error: string };

/** What a worker posts: "ready" once its modules are loaded, "pull" for the next piece of a
 * job's mail, then one answer per job. */
export type WorkerMessage = { type: "ready" } | { type: "pull"; jobId: number } | ({ type: "answer" } & ParseAnswer);
