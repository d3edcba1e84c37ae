// Admin reads and edits of stored inbound messages (the detail page and the queue actions on
// one message). The ingest pipeline's own message queries live with ingest's repository; this
// file holds only what the admin pages do to a message a person is looking at.
import type { Transaction } from "kysely";
import { z } from "zod";
import type { Database } from "../../db/connection.ts";
import type { DB, InboundMessageRow, MessageOutcome } from "../../db/schema.ts";
import { ParseOutput, Provenance, type ProvenanceMap } from "../parser/schema.ts";
import type { AttachmentInfo } from "../parser/types.ts";

/** The `parse` column as stored by the pipeline: { output, provenance, attachments, error }. */
export interface StoredParse {
  output: ParseOutput | null;
  provenance: ProvenanceMap;
  attachments: AttachmentInfo[];
  /** attachments that could not be read, and why */
  attachmentNotes: string[];
  error: string | null;
}

const AttachmentColumn = z.object({ filename: z.string().nullable(), contentType: z.string(), size: z.number() });
/** Each part is read on its own: a part in a shape we do not know becomes empty, the rest stays. */
const StoredParseColumn = z
  .object({
    output: z.unknown(),
    provenance: z.record(z.string(), Provenance).catch({}),
    attachments: z.array(AttachmentColumn).catch([]),
    attachmentNotes: z.array(z.string()).catch([]),
    error: z.string().nullable().catch(null),
  })
  .partial()
  .catch({});

/** Tolerant read of the jsonb column: a shape we do not know becomes an empty parse. */
export function readStoredParse(value: unknown): StoredParse {
  const v = StoredParseColumn.parse(value ?? {});
  const output = ParseOutput.safeParse(v.output);
  return {
    output: output.success ? output.data : null,
    provenance: v.provenance ?? {},
    attachments: v.attachments ?? [],
    attachmentNotes: v.attachmentNotes ?? [],
    error: v.error ?? null,
  };
}

export async function findMessage(db: Database, id: number): Promise<InboundMessageRow | undefined> {
  return db.selectFrom("inbound_messages").selectAll().where("id", "=", id).executeTakeFirst();
}

export interface LockedMessage {
  id: number;
  caseId: number | null;
  textBody: string | null;
  subject: string | null;
}

/** The message, locked until the action's transaction ends (two people acting on it wait in turn). */
export async function lockMessage(trx: Transaction<DB>, id: number): Promise<LockedMessage | undefined> {
  const row = await trx
    .selectFrom("inbound_messages")
    .select(["id", "case_id", "text_body", "subject"])
    .where("id", "=", id)
    .forUpdate()
    .executeTakeFirst();
  return row && { id: row.id, caseId: row.case_id, textBody: row.text_body, subject: row.subject };
}

/** Ops attached the message to a case (or marked what it is): `detail` says who and what. */
export async function setMessageCase(
  trx: Transaction<DB>,
  id: number,
  change: { caseId: number | null; detail: string; outcome?: MessageOutcome },
): Promise<void> {
  await trx
    .updateTable("inbound_messages")
    .set({
      case_id: change.caseId,
      outcome_detail: change.detail.slice(0, 1000),
      ...(change.outcome ? { outcome: change.outcome } : {}),
    })
    .where("id", "=", id)
    .execute();
}

/** A new parse for the message (re-parse, or fields a person corrected), replacing the stored one. */
export async function storeParse(
  trx: Transaction<DB>,
  id: number,
  parse: StoredParse & { kind: string; language?: string; textBody?: string },
): Promise<void> {
  await trx
    .updateTable("inbound_messages")
    .set({
      kind: parse.kind,
      ...(parse.language !== undefined ? { language: parse.language } : {}),
      ...(parse.textBody !== undefined ? { text_body: parse.textBody } : {}),
      parse: JSON.stringify({
        output: parse.output,
        provenance: parse.provenance,
        attachments: parse.attachments,
        attachmentNotes: parse.attachmentNotes,
        error: parse.error,
      }),
    })
    .where("id", "=", id)
    .execute();
}
