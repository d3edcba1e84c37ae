// Rows with a header row (a pasted tracker row, a CSV or TSV attachment) turned into the
// "Label: value" lines the label reader understands. The first data row is this mail's
// registration; further rows are returned apart (each a registration of its own). Pure.
import { parse } from "csv-parse/sync";
import { labelField } from "../extract/labels.ts";

export interface TableRows {
  header: string[];
  rows: string[][];
  /** each row's place in the table as a spreadsheet numbers it (the header is row 1) */
  rowNumbers: number[];
}

/** A header names at least two known fields ("Company", "Kontaktperson", "E-mail", …), and no cell is a value. */
function isHeader(cells: string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter(Boolean);
  return (
    filled.filter((c) => labelField(c)).length >= 2 &&
    filled.every((c) => c.split(/\s+/).length <= 5 && !/[@\d]/.test(c))
  );
}

/** A row under a header, not another "label, value" row of a vertical form table. */
function isDataRow(cells: string[]): boolean {
  return !labelField((cells[0] ?? "").trim());
}

/** One data row as "Header: value" lines (empty cells left out). */
export function rowAsLabels(header: string[], row: string[]): string {
  return header
    .map((h, i) => [h.trim(), (row[i] ?? "").trim()] as const)
    .filter(([h, v]) => h && v)
    .map(([h, v]) => `${h}: ${v}`)
    .join("\n");
}

/** CSV or TSV text with a header row; the delimiter is the one the header line uses most. */
export function readDelimited(text: string): TableRows | null {
  const first = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const delimiter = [";", ",", "\t", "|"]
    .map((d) => ({ d, n: first.split(d).length - 1 }))
    .sort((a, b) => b.n - a.n)[0]!;
  if (delimiter.n === 0) return null;
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: delimiter.d,
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      trim: true,
    });
  } catch {
    return null;
  }
  return tableOf(records);
}

/** Records (a CSV's or a spreadsheet's rows of cells) as a table when the first is a header row. */
export function tableOf(records: string[][]): TableRows | null {
  const [header, ...rest] = records;
  if (!header || !isHeader(header) || (records[1] && !isDataRow(records[1]))) return null;
  const filled = rest.map((cells, i) => ({ cells, at: i + 2 })).filter((r) => r.cells.some((c) => c.trim()));
  return { header, rows: filled.map((r) => r.cells), rowNumbers: filled.map((r) => r.at) };
}

// a Markdown table's row ("| Account | Website |") and the rule under its header ("|---|:--:|")
const PIPE_ROW_RE = /^[ \t]*\|.*\|[ \t]*$/;
const PIPE_RULE_RE = /^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*(?::?-+:?[ \t]*)?$/;
// a spreadsheet row pasted into a word processor: its tabs become runs of (no-break) spaces
const BLANK_RUN_RE = / {3,}/;
// a tracker's row copied as text: its cells parted by bars without the outer ones ("Account | Website
// | Contact"), or by semicolons as a sheet exports them ("Company;Website;Contact")
const BAR_RE = /[ \t]\|[ \t]/g;
const SEMICOLON_RE = /;/g;
const count = (line: string, re: RegExp): number => line.match(re)?.length ?? 0;
/** A pasted row's cells: tab-separated, between the pipes of a Markdown table, parted by bars or
 * semicolons (two at least), or by runs of blanks. */
function cellsOf(line: string): string[] {
  if (line.includes("\t")) return line.split("\t");
  if (PIPE_ROW_RE.test(line)) return line.trim().slice(1, -1).split("|");
  if (count(line, BAR_RE) >= 2) return line.split("|");
  if (count(line, SEMICOLON_RE) >= 2) return line.split(";");
  return line.trim().split(BLANK_RUN_RE);
}

// a two-column pipe table's row ("| Company | Acme Ltd |"), and the ASCII rules between rows ("+----+----+");
// also drawn with box-drawing bars ("│ Company │ Acme Ltd │") between box rules ("┌────┬────┐", "├────┼────┤")
const PIPE_PAIR_RE = /^[ \t]*[|│┃║]([^|│┃║\n]*)[|│┃║]([^|│┃║\n]*)[|│┃║][ \t]*$/;
const ASCII_RULE_RE = /^[ \t]*(?:[+|](?:[ \t]*:?[-=]+:?[ \t]*[+|])+|[┌├└╔╠╚┏┣┗][─━═┬┼┴╦╬╩┳╋┻]+[┐┤┘╗╣╝┓┫┛])[ \t]*$/;
/** a bar of either kind: a text without one holds no pipe form */
const ANY_BAR_RE = /[|│┃║]/;

/**
 * A vertical form pasted as a two-column pipe table ("| Field | Value |", then "| Company | Acme
 * Ltd |"), as CRMs and ASCII table tools render one: "Label: value" lines. A row without a label
 * goes on with the value above it; one without a value, in lower case, goes on with the label above
 * it ("| Customer OK to | yes |" over "| be contacted? | |"). Only a block where two rows' labels
 * are known label words is a form; any other table stays as it is.
 */
export function pipeFormAsLabels(text: string): string {
  if (!ANY_BAR_RE.test(text)) return text;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (!PIPE_PAIR_RE.test(lines[i]!)) continue;
    let j = i;
    const pairs: Array<[string, string]> = [];
    for (; j < lines.length; j++) {
      if (ASCII_RULE_RE.test(lines[j]!)) continue;
      const m = PIPE_PAIR_RE.exec(lines[j]!);
      if (!m) break;
      const label = m[1]!.trim();
      const value = m[2]!.trim();
      const last = pairs[pairs.length - 1];
      if (last && !label) last[1] = `${last[1]} ${value}`.trim();
      else if (last && !value && /^\p{Ll}/u.test(label)) last[0] = `${last[0]} ${label}`;
      else pairs.push([label, value]);
    }
    if (pairs.filter(([label]) => labelField(label)).length < 2) {
      i = j;
      continue;
    }
    const form = pairs.filter(([label, value]) => label && value && !labelField(value)).map(([l, v]) => `${l}: ${v}`);
    lines.splice(i, j - i, ...form, "");
    i += form.length;
  }
  return lines.join("\n");
}

/**
 * Rows pasted into the text (a tracker or spreadsheet row, tab-separated or as a Markdown pipe
 * table): the block from a header line to the last row with as many cells becomes "Label: value"
 * lines of its first row.
 */
export function pastedRowsAsLabels(text: string): { text: string; extraRows: Array<Record<string, string>> } {
  const lines = text.split("\n");
  const extraRows: Array<Record<string, string>> = [];
  for (let i = 0; i < lines.length; i++) {
    const header = cellsOf(lines[i]!).map((c) => c.trim());
    if (header.length < 3 || !isHeader(header)) continue;
    let j = i + 1;
    // a Markdown table's rule under the header is no row
    if (PIPE_ROW_RE.test(lines[i]!) && j < lines.length && PIPE_RULE_RE.test(lines[j]!)) j++;
    const rows: string[][] = [];
    for (; j < lines.length; j++) {
      // a word processor's paragraphs put a blank line between the rows
      if (!lines[j]!.trim() && j + 1 < lines.length && lines[j + 1]!.trim()) continue;
      const cells = cellsOf(lines[j]!).map((c) => c.trim());
      if (cells.length < Math.min(3, header.length) || !isDataRow(cells)) break;
      rows.push(cells);
    }
    if (rows.length === 0) continue;
    for (const r of rows.slice(1))
      extraRows.push(Object.fromEntries(header.map((h, k) => [h.trim(), (r[k] ?? "").trim()])));
    lines.splice(i, j - i, rowAsLabels(header, rows[0]!), "");
  }
  return { text: lines.join("\n"), extraRows };
}
