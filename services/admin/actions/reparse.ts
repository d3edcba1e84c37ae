// Re-parse a stored message after the rules or the model changed: the new parse replaces the
// stored one and the page shows which fields moved. The decision is not re-run; ops act on it.
import type { Database } from "../../../db/connection.ts";
import { addTimelineEvent } from "../../repos/cases.ts";
import type { ParsedMessage } from "../../parser/types.ts";
import type { RawMail } from "../../parser/raw-mail.ts";
import { storedRawMail } from "../../repos/messages.ts";
import { findMessage, readStoredParse, storeParse } from "../../repos/admin-messages.ts";
import { diffOutputs, type FieldChange } from "../view/fields.ts";
import type { ActionResult } from "./action-result.ts";

export async function reparseMessage(
  deps: { db: Database; parse: (raw: RawMail) => Promise<ParsedMessage> },
  input: { inboundMessageId: number; user: string },
): Promise<ActionResult<{ changes: FieldChange[]; error: string | null }>> {
  const row = await findMessage(deps.db, input.inboundMessageId);
  if (!row) return { ok: false, reason: "no such message" };
  const parsed = await deps.parse(storedRawMail(deps.db, row.id, row.size)); // outside the transaction: a model call may take seconds
  const changes = diffOutputs(readStoredParse(row.parse).output, parsed.output);
  await deps.db.transaction().execute(async (trx) => {
    await storeParse(trx, row.id, {
      kind: parsed.output.kind,
      language: parsed.language,
      textBody: parsed.text,
      output: parsed.output,
      provenance: parsed.provenance,
      attachments: parsed.attachments,
      attachmentNotes: parsed.attachmentNotes,
      error: parsed.error,
    });
    if (row.case_id !== null) {
      await addTimelineEvent(trx, {
        caseId: row.case_id,
        actor: `ops:${input.user}`,
        kind: "reparsed",
        inboundMessageId: row.id,
        data: { changes },
      });
    }
  });
  return { ok: true, changes, error: parsed.error };
}
