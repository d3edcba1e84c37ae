// The parser's output as labelled rows (for display, the correction form and re-parse diffs).
import { isRecord } from "../../core/guards.ts";
import type { FieldEvidence, ParseOutput, ProvenanceMap } from "../../parser/schema.ts";

export interface FieldRow {
  path: string;
  label: string;
  value: string;
  source: string | null;
  snippet: string | null;
  /** how the rules chose the value ("labelled line, 0.92"), for the required fields */
  evidence: string | null;
  /** the candidates the rules turned down and why (a missing field says here why it is missing) */
  rejected: string | null;
}

export const FIELD_LABELS: Record<string, string> = {
  "company.name": "Company",
  "company.domain": "Company domain",
  "contact.name": "Contact name",
  "contact.email": "Contact e-mail",
  "contact.role": "Contact role",
  "contact.phone": "Contact phone",
  "context.problem": "Problem",
  "context.solutionFit": "Solution fit",
  "context.servicesNeeded": "Services needed",
  stage: "Stage",
  motion: "Motion",
  consent: "Consent",
  geography: "Geography",
  estimatedValue: "Estimated value",
  productInterest: "Product interest",
  competitors: "Competitors",
  "partner.email": "Partner e-mail",
  "partner.name": "Partner name",
  "partner.organization": "Partner organisation",
};

function show(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (Array.isArray(v)) return v.join(", ");
  if (typeof v === "object" && "amount" in v && "currency" in v) return `${String(v.amount)} ${String(v.currency)}`;
  return String(v);
}

/** Flat path -> displayed value for every field of the output (registration fields empty when none). */
export function flattenOutput(output: ParseOutput | null): Record<string, string> {
  const get = (path: string): unknown => {
    const partner = path.startsWith("partner.");
    let v: unknown = (partner ? output?.partner : output?.registration) ?? null;
    for (const key of (partner ? path.slice(8) : path).split(".")) v = isRecord(v) ? v[key] : null;
    return v;
  };
  const out: Record<string, string> = {};
  for (const path of Object.keys(FIELD_LABELS)) out[path] = show(get(path));
  out.kind = output?.kind ?? "";
  out.confidence = output ? output.confidence.toFixed(2) : "";
  out.missing = output?.missing.join(", ") ?? "";
  return out;
}

export function fieldRows(output: ParseOutput | null, provenance: ProvenanceMap): FieldRow[] {
  const flat = flattenOutput(output);
  return Object.entries(FIELD_LABELS).map(([path, label]) => ({
    path,
    label,
    value: flat[path] ?? "",
    source: provenance[path]?.source ?? null,
    snippet: provenance[path]?.snippet ?? null,
    ...evidenceOf(provenance[path]?.evidence),
  }));
}

function evidenceOf(e: FieldEvidence | undefined): { evidence: string | null; rejected: string | null } {
  if (!e) return { evidence: null, rejected: null };
  return {
    evidence: e.kind ? `${e.kind}, ${e.confidence.toFixed(2)}` : null,
    rejected: e.rejected?.length ? e.rejected.join("; ") : null,
  };
}

export interface FieldChange {
  path: string;
  label: string;
  before: string;
  after: string;
}

/** Fields whose displayed value differs between two parses (kind and confidence included). */
export function diffOutputs(before: ParseOutput | null, after: ParseOutput | null): FieldChange[] {
  const a = flattenOutput(before);
  const b = flattenOutput(after);
  const labels: Record<string, string> = {
    kind: "Kind",
    confidence: "Confidence",
    missing: "Missing",
    ...FIELD_LABELS,
  };
  return Object.keys(labels)
    .filter((path) => (a[path] ?? "") !== (b[path] ?? ""))
    .map((path) => ({ path, label: labels[path]!, before: a[path] ?? "", after: b[path] ?? "" }));
}
