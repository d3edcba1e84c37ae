// Reads one stored inbound message for the detail page, and the review items around it.
import type { Database } from "../../../db/connection.ts";
import type { InboundMessageRow, ReviewItemRow } from "../../../db/schema.ts";
import { ParseOutput, type ProvenanceMap } from "../../parser/schema.ts";
import type { AttachmentInfo } from "../../parser/types.ts";

/** The `parse` column as stored by the pipeline: { output, provenance, attachments, error }. */
export interface StoredParse {
  output: ParseOutput | null;
  provenance: ProvenanceMap;
  attachments: AttachmentInfo[];
  error: string | null;
}

/** Tolerant read of the jsonb column: a shape we do not know becomes an empty parse. */
export function readStoredParse(value: unknown): StoredParse {
  const v = (value ?? {}) as Partial<Record<keyof StoredParse, unknown>>;
  const output = ParseOutput.safeParse(v.output);
  return {
    output: output.success ? output.data : null,
    provenance: v.provenance && typeof v.provenance === "object" ? (v.provenance as ProvenanceMap) : {},
    attachments: Array.isArray(v.attachments) ? (v.attachments as AttachmentInfo[]) : [],
    error: typeof v.error === "string" ? v.error : null,
  };
}

export async function findMessage(db: Database, id: number): Promise<InboundMessageRow | undefined> {
  return db.selectFrom("inbound_messages").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function openReviewItems(db: Database, by: { inboundMessageId?: number; caseId?: number }): Promise<ReviewItemRow[]> {
  let q = db.selectFrom("review_items").selectAll().where("resolved_at", "is", null);
  if (by.inboundMessageId !== undefined) q = q.where("inbound_message_id", "=", by.inboundMessageId);
  if (by.caseId !== undefined) q = q.where("case_id", "=", by.caseId);
  return q.orderBy("id").execute();
}
