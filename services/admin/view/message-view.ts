// Everything the message detail page shows, from the stored row (and the raw mail for headers).
import type { Database } from "../../../db/connection.ts";
import { decodeMail, type DecodedMessage } from "../../parser/decode.ts";
import { rawMailOf } from "../../repos/messages.ts";
import { MOTIONS, STAGES } from "../../parser/schema.ts";
import type { MailAddress } from "../../parser/types.ts";
import { findCaseById } from "../../repos/cases.ts";
import { DECIDABLE } from "../../cases/case-transitions.ts";
import type { CaseStatus } from "../../cases/case-status.ts";
import { findMessage, readStoredParse } from "../../repos/admin-messages.ts";
import { openReviewItems } from "../../repos/admin-queue.ts";
import { formValues } from "../actions/correction-form.ts";
import { reasonLabel } from "../reasons.ts";
import { fieldRows } from "./fields.ts";
import { formatTime } from "./format.ts";
import { highlightSegments } from "./highlight.ts";

function addr(a: MailAddress | null | undefined): string {
  if (!a) return "";
  return a.name ? `${a.name} <${a.address}>` : a.address;
}

function options(values: readonly string[], selected: string) {
  return [
    { value: "", label: "(none)", selected: selected === "" },
    ...values.map((v) => ({ value: v, label: v.replace(/_/g, " "), selected: v === selected })),
  ];
}

/** The stored raw mail decoded (read piece by piece); null when it cannot be. */
export async function loadDecoded(db: Database, id: number): Promise<DecodedMessage | null> {
  try {
    const raw = await rawMailOf(db, id);
    return raw ? await decodeMail(raw) : null;
  } catch {
    return null;
  }
}

export async function messageView(db: Database, id: number, now: Date): Promise<Record<string, unknown> | null> {
  const row = await findMessage(db, id);
  if (!row) return null;
  const stored = readStoredParse(row.parse);
  const decoded = await loadDecoded(db, id);
  const text = row.text_body ?? decoded?.text ?? "";
  const caseRow = row.case_id !== null ? await findCaseById(db, row.case_id) : undefined;
  const items = await openReviewItems(db, { inboundMessageId: id });
  const values = formValues(stored.output);
  const attachments = (stored.attachments.length ? stored.attachments : (decoded?.attachments ?? [])).map((a) => ({
    filename: a.filename ?? "(no name)",
    contentType: a.contentType,
    size: a.size,
  }));
  return {
    title: `Message ${id}`,
    nav: "queue",
    id,
    headers: [
      ["From", addr(decoded?.from) || row.from_address || ""],
      ["To", (decoded?.to ?? []).map(addr).join(", ")],
      ["Cc", (decoded?.cc ?? []).map(addr).join(", ")],
      ["Reply-To", (decoded?.replyTo ?? []).map(addr).join(", ")],
      ["Subject", decoded?.subject ?? row.subject ?? ""],
      ["Date", decoded?.date ? formatTime(decoded.date) : ""],
      ["Message-ID", row.message_id ?? ""],
      ["Received", formatTime(row.received_at)],
      ["Source", row.source],
      ["Size", `${row.size} bytes`],
    ]
      .filter(([, v]) => v)
      .map(([name, value]) => ({ name, value })),
    subject: row.subject ?? decoded?.subject ?? "(no subject)",
    kind: stored.output?.kind ?? row.kind ?? "unknown",
    confidence: stored.output ? stored.output.confidence.toFixed(2) : null,
    missing: stored.output?.missing.join(", ") ?? "",
    outcome: row.outcome,
    outcomeDetail: row.outcome_detail,
    parseError: stored.error,
    segments: highlightSegments(text, stored.provenance).map((s) => ({
      text: s.text,
      mark: s.fields.length > 0,
      fields: s.fields.join(", "),
    })),
    fields: fieldRows(stored.output, stored.provenance),
    attachments,
    attachmentNotes: stored.attachmentNotes,
    hasHtml: !!decoded?.html,
    items: items.map((i) => ({
      id: i.id,
      reason: i.reason,
      label: reasonLabel(i.reason),
      detail: i.detail,
      since: formatTime(i.created_at),
    })),
    caseNumber: caseRow?.case_number ?? null,
    caseStatus: caseRow?.status ?? null,
    caseDecidable: caseRow ? DECIDABLE.includes(caseRow.status as CaseStatus) : false,
    canRegister: !caseRow,
    values,
    stageOptions: options(STAGES, values.stage ?? ""),
    motionOptions: options(MOTIONS, values.motion ?? ""),
    consentOptions: [
      { value: "", label: "not said", selected: values.consent === "" },
      { value: "yes", label: "yes", selected: values.consent === "yes" },
      { value: "no", label: "no", selected: values.consent === "no" },
    ],
    now: formatTime(now),
  };
}
