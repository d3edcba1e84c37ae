// Existing customers and blocked accounts from a CSV file (`domain,name,reason[,kind]`):
// parsing is pure and reports every bad row by line number; the upsert is one statement per
// row in one transaction, so a file is imported whole or not at all.
import { upsertAccount } from "../repos/accounts.ts";
import type { Database } from "../../db/connection.ts";
import { registrableDomain } from "../parser/normalise/domain.ts";

export type AccountKind = "customer" | "blocked";

export interface AccountRow {
  line: number;
  domain: string;
  name: string | null;
  reason: string | null;
  kind: AccountKind;
}

export interface RowProblem {
  line: number;
  error: string;
}

/** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
export function csvRecords(text: string): Array<{ line: number; fields: string[] }> {
  const out: Array<{ line: number; fields: string[] }> = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  const s = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === "\n") line++;
        field += ch;
      }
    } else if (ch === '"' && field.trim() === "") {
      quoted = true;
      field = "";
    } else if (ch === ",") {
      fields.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && s[i + 1] === "\n") i++;
      fields.push(field);
      if (fields.some((f) => f.trim() !== "")) out.push({ line: start, fields });
      fields = [];
      field = "";
      line++;
      start = line;
    } else field += ch;
  }
  fields.push(field);
  if (fields.some((f) => f.trim() !== "")) out.push({ line: start, fields });
  return out;
}

export function parseAccountsCsv(text: string): { rows: AccountRow[]; problems: RowProblem[] } {
  const records = csvRecords(text);
  const rows: AccountRow[] = [];
  const problems: RowProblem[] = [];
  const header = records[0]?.fields.map((h) => h.trim().toLowerCase());
  if (!header || !header.includes("domain")) {
    return {
      rows,
      problems: [{ line: records[0]?.line ?? 1, error: "the first line must be a header: domain,name,reason[,kind]" }],
    };
  }
  const col = (name: string) => header.indexOf(name);
  const seen = new Map<string, number>();
  for (const { line, fields } of records.slice(1)) {
    const get = (name: string) => {
      const i = col(name);
      const v = i >= 0 ? fields[i]?.trim() : undefined;
      return v ? v : null;
    };
    const rawDomain = get("domain");
    if (!rawDomain) {
      problems.push({ line, error: "domain is empty" });
      continue;
    }
    const domain = registrableDomain(rawDomain);
    if (!domain) {
      problems.push({ line, error: `not a domain: ${JSON.stringify(rawDomain.slice(0, 100))}` });
      continue;
    }
    const kindRaw = (get("kind") ?? "customer").toLowerCase();
    if (kindRaw !== "customer" && kindRaw !== "blocked") {
      problems.push({ line, error: `kind must be customer or blocked, not ${JSON.stringify(kindRaw.slice(0, 40))}` });
      continue;
    }
    const prev = seen.get(domain);
    if (prev !== undefined) {
      problems.push({ line, error: `${domain} already given on line ${prev}; the later line wins` });
      const i = rows.findIndex((r) => r.domain === domain);
      rows.splice(i, 1);
    }
    seen.set(domain, line);
    rows.push({ line, domain, name: get("name"), reason: get("reason"), kind: kindRaw });
  }
  return { rows, problems };
}

export interface ImportSummary {
  rows: number;
  inserted: number;
  updated: number;
  customers: number;
  blocked: number;
  problems: RowProblem[];
}

export async function importAccounts(db: Database, text: string, now: Date = new Date()): Promise<ImportSummary> {
  const { rows, problems } = parseAccountsCsv(text);
  let inserted = 0;
  await db.transaction().execute(async (trx) => {
    for (const r of rows) {
      if (await upsertAccount(trx, r, now)) inserted++;
    }
  });
  return {
    rows: rows.length,
    inserted,
    updated: rows.length - inserted,
    customers: rows.filter((r) => r.kind === "customer").length,
    blocked: rows.filter((r) => r.kind === "blocked").length,
    problems,
  };
}
