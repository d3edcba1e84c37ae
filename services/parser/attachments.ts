// Attachments read as sources of a registration: a table (CSV/TSV, or an XLSX sheet) with a
// header row becomes "Label: value" lines of its first row above the body, and its further rows
// registrations of their own; an attached mail (message/rfc822, or an Outlook .msg) becomes a
// forwarded message below it. What cannot be read is said in a note for ops, never thrown.
import type { TableRows } from "./text/tables.ts";
import { readDelimited, rowAsLabels, tableOf } from "./text/tables.ts";
import { readXlsx } from "./xlsx.ts";

export interface AttachmentPart {
  filename: string | null;
  contentType: string;
  /** the part's declared charset parameter, when it has one */
  charset?: string | null;
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

/** Where a row of an attached table is: the file's name and the row as a spreadsheet numbers it. */
export interface RowRef {
  file: string | null;
  row: number;
}

/** A data row of an attached table after the first: a registration of its own. */
export interface TableRow {
  source: RowRef;
  /** the row as "Header: cell" lines */
  text: string;
}

export interface AttachedTable extends TableRows {
  file: string | null;
  /** data rows past the reader's own bound (XLSX_LIMITS.maxRows), not read */
  rowsOmitted: number;
}

/**
 * Text of an attachment: in its declared charset when that is one other than UTF-8 and known
 * ("windows-1250", Excel's export on a Central European Windows); else UTF-8 when it is valid
 * UTF-8, else Windows-1252 (Excel's CSV export elsewhere, which declares nothing).
 */
export function attachmentText(content: Buffer, charset?: string | null): string {
  const declared = charset?.trim().toLowerCase();
  if (declared && !/^(?:utf-?8|us-ascii|ascii)$/.test(declared)) {
    try {
      return new TextDecoder(declared).decode(content);
    } catch {
      // an unknown label: read it as if nothing were declared
    }
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(content);
  } catch {
    return new TextDecoder("windows-1252").decode(content);
  }
}

type Head = Pick<AttachmentPart, "filename" | "contentType">;

export function isTable(a: Head): boolean {
  const t = a.contentType.toLowerCase();
  return t === "text/csv" || t === "text/tab-separated-values" || /\.(?:csv|tsv)$/i.test(a.filename ?? "");
}

export function isSpreadsheet(a: Head): boolean {
  return (
    a.contentType.toLowerCase() === "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" ||
    /\.xlsx$/i.test(a.filename ?? "")
  );
}

export function isAttachedMail(a: Head): boolean {
  return a.contentType.toLowerCase() === "message/rfc822" || /\.eml$/i.test(a.filename ?? "");
}

export function isOutlookMsg(a: Head): boolean {
  return a.contentType.toLowerCase() === "application/vnd.ms-outlook" || /\.msg$/i.test(a.filename ?? "");
}

/** The tables among the attachments, and a note for each table attachment that could not be read. */
export async function readTables(parts: AttachmentPart[]): Promise<{ tables: AttachedTable[]; notes: string[] }> {
  const tables: AttachedTable[] = [];
  const notes: string[] = [];
  for (const a of parts) {
    const file = a.filename;
    if (isTable(a)) {
      const t = readDelimited(attachmentText(a.content, a.charset));
      if (t) tables.push({ ...t, file, rowsOmitted: 0 });
    } else if (isSpreadsheet(a)) {
      const sheet = await readXlsx(a.content);
      const t = sheet.ok ? tableOf(sheet.records) : null;
      if (t && sheet.ok) tables.push({ ...t, file, rowsOmitted: sheet.rowsOmitted });
      else if (!sheet.ok) notes.push(`${file ?? "spreadsheet"}: ${sheet.reason}; not read`);
    }
  }
  return { tables, notes };
}

/** The first row of each table as label lines (the rest are further registrations). */
export function tablesAsLabels(tables: TableRows[]): string {
  return tables
    .filter((t) => t.rows.length > 0)
    .map((t) => rowAsLabels(t.header, t.rows[0]!))
    .join("\n\n");
}

/** Every data row after each table's first, in order: registrations of their own. */
export function furtherRows(tables: AttachedTable[]): TableRow[] {
  return tables.flatMap((t) =>
    t.rows.slice(1).map((cells, i) => ({
      source: { file: t.file, row: t.rowNumbers[i + 1]! },
      text: rowAsLabels(t.header, cells),
    })),
  );
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
