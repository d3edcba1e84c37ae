// Slack's interaction payloads (form field `payload`, JSON) as far as dealreg reads them.
import { z } from "zod";

const User = z.object({ id: z.string().min(1) });

export const BlockActionsPayload = z.object({
  type: z.literal("block_actions"),
  user: User,
  trigger_id: z.string().optional(),
  channel: z.object({ id: z.string() }).optional(),
  container: z.object({ channel_id: z.string().optional() }).optional(),
  actions: z.array(z.object({ action_id: z.string(), value: z.string().optional() })).min(1),
});

export const ViewSubmissionPayload = z.object({
  type: z.literal("view_submission"),
  user: User,
  view: z.object({
    callback_id: z.string(),
    private_metadata: z.string().default(""),
    state: z.object({ values: z.record(z.string(), z.record(z.string(), z.object({ value: z.string().nullish() }))) }),
  }),
});

export const InteractionPayload = z.discriminatedUnion("type", [BlockActionsPayload, ViewSubmissionPayload]);
export type InteractionPayload = z.infer<typeof InteractionPayload>;

/** What dealreg keeps in a decision modal's private_metadata. */
export const DecisionMetadata = z.object({
  caseId: z.number().int().positive(),
  decision: z.enum(["reject", "info"]),
  channel: z.string().nullable(),
});
export type DecisionMetadata = z.infer<typeof DecisionMetadata>;

/** Parses the form body's `payload`; null for anything else (other interaction types included). */
export function parseInteraction(rawBody: Buffer): InteractionPayload | null {
  const json = new URLSearchParams(rawBody.toString("utf8")).get("payload");
  if (!json) return null;
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return null;
  }
  const parsed = InteractionPayload.safeParse(data);
  return parsed.success ? parsed.data : null;
}
