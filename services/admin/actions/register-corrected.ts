// "Correct the fields and register": the message becomes a case exactly as if the parser had
// read the corrected fields (registerLead: case, acknowledgement, manager notices), and its
// review items close. Fields ops changed carry provenance source "ops".
import type { Database } from "../../../db/connection.ts";
import type { InboundMessageRow } from "../../../db/schema.ts";
import type { Config } from "../../config/env.ts";
import { registerLead, type RegisterResult } from "../../cases/register-lead.ts";
import type { StatusLinkIssuer } from "../../cases/mail/case-mail.ts";
import { addTimelineEvent } from "../../repos/cases.ts";
import { decodeMail } from "../../parser/decode.ts";
import { rawMailOf } from "../../repos/messages.ts";
import { missingOf } from "../../parser/parse-message.ts";
import { asDetectedLanguage } from "../../parser/normalise/language.ts";
import type { ParseOutput, ProvenanceMap } from "../../parser/schema.ts";
import type { ParsedMessage } from "../../parser/types.ts";
import { findMessage, lockMessage, readStoredParse, setMessageCase, storeParse } from "../../repos/admin-messages.ts";
import { openReviewItems, resolveOpenItems } from "../../repos/admin-queue.ts";
import { diffOutputs, type FieldChange } from "../view/fields.ts";
import type { Correction } from "./correction-form.ts";
import type { ActionResult } from "./action-result.ts";

export interface RegisterCorrectedDeps {
  db: Database;
  config: Config;
  /** the status page link the acknowledgement carries, as for mail registered by the pipeline */
  statusLink?: StatusLinkIssuer | undefined;
}

export type RegisterCorrectedResult = ActionResult<{ result: RegisterResult; changes: FieldChange[] }>;

/** The message's header facts (threading, addresses) from the raw mail; the stored row if it cannot be decoded. */
async function messageShell(
  db: Database,
  row: InboundMessageRow,
): Promise<Omit<ParsedMessage, "output" | "provenance" | "error" | "language" | "machine">> {
  try {
    const raw = await rawMailOf(db, row.id);
    if (!raw) throw new Error("no raw mail stored");
    const d = await decodeMail(raw);
    // the further rows of a table attachment were registered (or not) when the mail was processed
    return { ...d, text: row.text_body ?? d.text, rows: [], rowsOverLimit: [] };
  } catch {
    const from = row.from_address ? { address: row.from_address, name: null } : null;
    return {
      messageId: row.message_id,
      inReplyTo: null,
      references: [],
      subject: row.subject ?? "",
      from,
      to: [],
      cc: [],
      replyTo: [],
      date: row.received_at,
      headers: {},
      text: row.text_body ?? "",
      html: null,
      attachments: [],
      rows: [],
      rowsOverLimit: [],
      attachmentNotes: [],
    };
  }
}

export function correctedOutput(base: ParseOutput | null, c: Correction): ParseOutput {
  return {
    kind: "registration",
    confidence: 1, // a person checked every field
    partner: c.partner,
    registration: c.registration,
    missing: missingOf(c.registration),
    caseRef: base?.caseRef ?? null,
  };
}

export async function registerCorrected(
  deps: RegisterCorrectedDeps,
  input: { inboundMessageId: number; correction: Correction; user: string; now: Date },
): Promise<RegisterCorrectedResult> {
  const row = await findMessage(deps.db, input.inboundMessageId);
  if (!row) return { ok: false, reason: "no such message" };
  if (row.case_id !== null) return { ok: false, reason: "this message already belongs to a case" };
  const stored = readStoredParse(row.parse);
  const shell = await messageShell(deps.db, row);
  const output = correctedOutput(stored.output, input.correction);
  const changes = diffOutputs(stored.output, output).filter(
    (c) => c.path !== "kind" && c.path !== "confidence" && c.path !== "missing",
  );
  const provenance: ProvenanceMap = { ...stored.provenance };
  for (const ch of changes) provenance[ch.path] = { source: "ops", snippet: null, span: null };
  const parsed: ParsedMessage = {
    ...shell,
    output,
    provenance,
    machine: null,
    error: null,
    language: asDetectedLanguage(row.language),
  };
  const replyTo = shell.replyTo[0]?.address ?? output.partner.email ?? shell.from?.address ?? null;
  if (!replyTo)
    return {
      ok: false,
      reason: "the message has no address to send the acknowledgement to; fill in the partner e-mail",
    };
  const actor = `ops:${input.user}`;

  return deps.db.transaction().execute(async (trx) => {
    const locked = await lockMessage(trx, row.id);
    if (!locked) return { ok: false, reason: "no such message" } as const;
    if (locked.caseId !== null) return { ok: false, reason: "this message already belongs to a case" } as const;
    // registerLead may open a new item (missing_fields for an incomplete case): only the items open before it close.
    const before = await openReviewItems(trx, { inboundMessageId: row.id });
    const result = await registerLead(trx, {
      config: deps.config,
      parsed,
      inboundMessageId: row.id,
      replyTo,
      actor,
      now: input.now,
      statusLink: deps.statusLink,
    });
    if (result.caseId !== null && changes.length) {
      await addTimelineEvent(trx, {
        caseId: result.caseId,
        actor,
        kind: "fields_corrected",
        inboundMessageId: row.id,
        data: { changes },
      });
    }
    for (const item of before) {
      await resolveOpenItems(
        trx,
        { reviewItemId: item.id },
        { actor, resolution: `registered as ${result.caseNumber ?? result.status}`, now: input.now },
      );
    }
    await storeParse(trx, row.id, {
      kind: "registration",
      output,
      provenance,
      attachments: stored.attachments,
      attachmentNotes: stored.attachmentNotes,
      error: null,
    });
    await setMessageCase(trx, row.id, {
      caseId: result.caseId,
      outcome: result.status,
      detail: `ops:${input.user}: ${result.detail ?? "registered"}`,
    });
    return { ok: true, result, changes } as const;
  });
}
