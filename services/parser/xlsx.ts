// An XLSX attachment's first sheet as rows of text cells, read with read-excel-file (maintained,
// Node >= 18, no network, no native code). Formulas are never evaluated: a formula cell gives
// the value the spreadsheet program saved with it, or nothing. Bounded: the archive's declared
// unpacked size is checked before anything is inflated (a zip bomb in a 1 MiB attachment could
// unpack to a gigabyte), and rows, columns and cell text are capped. Never throws: a file that
// cannot be read says why, for the provenance shown to ops.
import { unzipSync } from "fflate";
import { readSheet } from "read-excel-file/node";

export const XLSX_LIMITS = {
  /** the XML parts of the workbook together, as the archive declares them */
  maxUnpackedBytes: 16 * 1024 * 1024,
  maxRows: 1000,
  maxColumns: 50,
  maxCellChars: 1000,
};

export type SheetRead = { ok: true; records: string[][]; rowsOmitted: number } | { ok: false; reason: string };

export async function readXlsx(content: Buffer): Promise<SheetRead> {
  let unpacked = 0;
  try {
    // lists the archive's entries without inflating any (the filter declines each one)
    unzipSync(content, {
      filter: (f) => {
        unpacked += f.originalSize;
        return false;
      },
    });
  } catch {
    return { ok: false, reason: "not a readable XLSX file (not a zip archive)" };
  }
  if (unpacked > XLSX_LIMITS.maxUnpackedBytes)
    return { ok: false, reason: `unpacks to ${unpacked} bytes, more than ${XLSX_LIMITS.maxUnpackedBytes} read` };
  let data: unknown[][];
  try {
    data = await readSheet(content);
  } catch (err) {
    return { ok: false, reason: `not a readable XLSX file (${err instanceof Error ? err.message : String(err)})` };
  }
  return {
    ok: true,
    records: data
      .slice(0, XLSX_LIMITS.maxRows)
      .map((row) => row.slice(0, XLSX_LIMITS.maxColumns).map((c) => cellText(c).slice(0, XLSX_LIMITS.maxCellChars))),
    rowsOmitted: Math.max(0, data.length - XLSX_LIMITS.maxRows),
  };
}

function cellText(c: unknown): string {
  if (c === null || c === undefined) return "";
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? "" : c.toISOString().slice(0, 10);
  return typeof c === "string" || typeof c === "number" || typeof c === "boolean" ? String(c).trim() : "";
}
