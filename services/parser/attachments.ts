// Attachments read as sources of a registration: a CSV/TSV with a header row becomes "Label:
// value" lines above the body; an attached mail (message/rfc822) becomes a forwarded message
// below it. Outlook .msg and XLSX are not read (see README "Design notes").
import type { TableRows } from "./text/tables.ts";
import { readDelimited, rowAsLabels } from "./text/tables.ts";

export interface AttachmentPart {
  filename: string | null;
  contentType: string;
  content: Buffer;
}

export interface ForwardedMail {
  from: string;
  to: string;
  cc: string;
  date: string;
  subject: string;
  text: string;
}

/** Text of an attachment: UTF-8 when it is valid UTF-8, else Windows-1252 (Excel's CSV export). */
export function attachmentText(content: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(content);
  } catch {
    return new TextDecoder("windows-1252").decode(content);
  }
}

export function isTable(a: Pick<AttachmentPart, "filename" | "contentType">): boolean {
  const t = a.contentType.toLowerCase();
  return t === "text/csv" || t === "text/tab-separated-values" || /\.(?:csv|tsv)$/i.test(a.filename ?? "");
}

export function isAttachedMail(a: Pick<AttachmentPart, "filename" | "contentType">): boolean {
  return a.contentType.toLowerCase() === "message/rfc822" || /\.eml$/i.test(a.filename ?? "");
}

export function readTables(parts: AttachmentPart[]): TableRows[] {
  return parts.filter(isTable).flatMap((a) => readDelimited(attachmentText(a.content)) ?? []);
}

/** The first row of each table as label lines (the rest are further registrations). */
export function tablesAsLabels(tables: TableRows[]): string {
  return tables
    .filter((t) => t.rows.length > 0)
    .map((t) => rowAsLabels(t.header, t.rows[0]!))
    .join("\n\n");
}

/** An attached mail written out the way Gmail forwards one, so the forward reader takes it. */
export function asForwardBlock(m: ForwardedMail): string {
  return [
    "---------- Forwarded message ---------",
    `From: ${m.from}`,
    `Date: ${m.date}`,
    `Subject: ${m.subject}`,
    `To: ${m.to}`,
    ...(m.cc ? [`Cc: ${m.cc}`] : []),
    "",
    m.text,
  ].join("\n");
}
