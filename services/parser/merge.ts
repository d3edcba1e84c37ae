// Combines the rule extractor's reading with the (grounded) model's, field by field. Rules
// are deterministic and explainable, so a rules value stands; the model fills gaps, and may
// replace an unlabelled free-text guess only with text it read verbatim from the mail. Pure.
import { isRecord } from "../core/guards.ts";
import type { Partner, Provenance, ProvenanceMap, Registration } from "./schema.ts";
import type { Extraction } from "./types.ts";

/** Rules confidence from which a labelled value is taken as settled. */
export const LABELLED_CONFIDENCE = 0.7;

/** Dedupe keys and the reply address: a wrong value here merges or misroutes cases. */
const KEY_FIELDS = new Set(["company.domain", "contact.email", "partner.email"]);
/** Fields whose value is text the partner wrote (the rest are keys, enums, booleans, amounts). */
const TEXT_FIELDS = new Set([
  "company.name",
  "contact.name",
  "contact.role",
  "contact.phone",
  "context.problem",
  "context.solutionFit",
  "context.servicesNeeded",
  "geography",
  "productInterest",
  "partner.name",
  "partner.organization",
]);
const REQUIRED = new Set(["company.name", "company.domain", "contact.name", "contact.email"]);

const SCALAR_FIELDS = [
  "company.name",
  "company.domain",
  "contact.name",
  "contact.email",
  "contact.role",
  "contact.phone",
  "context.problem",
  "context.solutionFit",
  "context.servicesNeeded",
  "stage",
  "motion",
  "consent",
  "geography",
  "estimatedValue",
  "productInterest",
  "partner.email",
  "partner.name",
  "partner.organization",
] as const;

// How confidence moves; small for agreement (two readers of one text are not independent).
const AGREE_BONUS = 0.02;
const KEY_CONFLICT_PENALTY = 0.15;
const OTHER_CONFLICT_PENALTY = 0.05;

type Value = unknown;
interface Doc {
  registration: Registration;
  partner: Partner;
}

export interface MergeStats {
  filled: string[];
  agreed: string[];
  conflicts: string[];
}

export function mergeExtractions(rules: Extraction, llm: Extraction | null): Extraction {
  return mergeWithStats(rules, llm).extraction;
}

/** As `mergeExtractions`, also saying which fields were filled, agreed on or disputed. */
export function mergeWithStats(
  rules: Extraction,
  llm: Extraction | null,
): { extraction: Extraction; stats: MergeStats } {
  const out: Doc = structuredClone({ registration: rules.registration, partner: rules.partner });
  const provenance: ProvenanceMap = { ...rules.provenance };
  const stats: MergeStats = { filled: [], agreed: [], conflicts: [] };

  for (const path of SCALAR_FIELDS) {
    const r = get(rules, path);
    const l = llm ? get(llm, path) : null;
    const choice = llm ? choose(path, r, l, rules, llm, stats) : "rules";
    const value = choice === "llm" ? l : r;
    set(out, path, structuredClone(value));
    if (value === null) delete provenance[path];
    else provenance[path] = choice === "llm" ? llmProvenance(llm!, path) : rulesProvenance(rules, path);
  }

  mergeCompetitors(out, provenance, rules, llm);
  const confidence = llm ? combineConfidence(rules.confidence, llm.confidence, stats) : rules.confidence;
  return { extraction: { registration: out.registration, partner: out.partner, provenance, confidence }, stats };
}

function choose(
  path: string,
  r: Value,
  l: Value,
  rules: Extraction,
  llm: Extraction,
  stats: MergeStats,
): "rules" | "llm" {
  if (l === null) return "rules";
  if (r === null) {
    stats.filled.push(path);
    return "llm";
  }
  if (same(r, l)) {
    stats.agreed.push(path);
    return "rules";
  }
  stats.conflicts.push(path);
  const labelled = Boolean(rules.provenance[path]?.snippet) && rules.confidence >= LABELLED_CONFIDENCE;
  // Only a free-text field may change, and only to a value the model read verbatim from the mail
  // (a longer company name, a fuller role). Keys, enums, booleans and amounts stay with the rules:
  // the model's reading of those is no better evidence than the rules' keyword match.
  const verbatim = Boolean(llm.provenance[path]?.snippet);
  return !labelled && verbatim && TEXT_FIELDS.has(path) ? "llm" : "rules";
}

/**
 * Starts from the rules' confidence; required fields the model filled move it towards the
 * model's (grounded) confidence in proportion; agreement adds a little, conflicts take more.
 */
export function combineConfidence(rulesConf: number, llmConf: number, stats: MergeStats): number {
  let c = rulesConf;
  const filledRequired = stats.filled.filter((p) => REQUIRED.has(p)).length;
  if (filledRequired > 0 && llmConf > rulesConf) c += (llmConf - rulesConf) * (filledRequired / REQUIRED.size);
  c += AGREE_BONUS * stats.agreed.filter((p) => REQUIRED.has(p)).length;
  for (const p of stats.conflicts) c -= KEY_FIELDS.has(p) ? KEY_CONFLICT_PENALTY : OTHER_CONFLICT_PENALTY;
  return Math.round(Math.min(1, Math.max(0, c)) * 100) / 100;
}

function mergeCompetitors(out: Doc, provenance: ProvenanceMap, rules: Extraction, llm: Extraction | null): void {
  const merged = [...rules.registration.competitors];
  for (const name of llm?.registration.competitors ?? []) {
    if (!merged.some((m) => norm(m) === norm(name))) merged.push(name);
  }
  out.registration.competitors = merged;
  if (rules.registration.competitors.length > 0) provenance.competitors = rulesProvenance(rules, "competitors");
  else if (merged.length > 0 && llm) provenance.competitors = llmProvenance(llm, "competitors");
  else delete provenance.competitors;
}

function rulesProvenance(rules: Extraction, path: string): Provenance {
  return rules.provenance[path] ?? { source: "rules", snippet: null, span: null };
}

function llmProvenance(llm: Extraction, path: string): Provenance {
  return llm.provenance[path] ?? { source: "llm", snippet: null, span: null };
}

function same(a: Value, b: Value): boolean {
  if (typeof a === "string" && typeof b === "string") return norm(a) === norm(b);
  // amounts (estimatedValue) are the only object values
  if (isRecord(a) && isRecord(b)) return a.amount === b.amount && a.currency === b.currency;
  return a === b;
}

function norm(s: string): string {
  return s.replace(/\s+/gu, " ").trim().toLowerCase();
}

/** "company.name" -> (the object holding it, "name"); "partner.x" lives on the partner. */
function slot(doc: Doc, path: string): [Record<string, unknown>, string] {
  const [head = "", key] = path.split(".");
  const registration: Record<string, unknown> = doc.registration;
  if (key === undefined) return [registration, head];
  if (head === "partner") return [doc.partner, key];
  const group = registration[head];
  if (!isRecord(group)) throw new Error(`the registration has no field group ${head}`);
  return [group, key];
}

function get(doc: Doc, path: string): Value {
  const [container, key] = slot(doc, path);
  return container[key] ?? null;
}

function set(doc: Doc, path: string, value: Value): void {
  const [container, key] = slot(doc, path);
  container[key] = value;
}
