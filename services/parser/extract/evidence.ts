// Candidates with their evidence, and the choice among them. A picker gathers every reading of a
// field it finds (where and how it was written), checks lower or reject a candidate (with the
// reason), and `choose` takes the strongest: none when the strongest is too weak, or when another
// value is about as strong (two people at the prospect, two company names), so the case asks the
// partner instead of storing a guess. Pure.

/** Where a value was read: shown to ops in the provenance. */
export type EvidenceKind =
  | "labelled line"
  | "signature block"
  | "forwarded header"
  | "forwarded handover"
  | "vCard"
  | "prose pattern"
  | "From/CC header"
  | "subject"
  | "address";

export interface Candidate {
  value: string;
  kind: EvidenceKind;
  /** 0..1: how much this evidence alone says the value is right */
  strength: number;
  /** the text it was read from, when it occurs verbatim in the mail */
  snippet: string | null;
}

export interface Rejected {
  value: string;
  kind: EvidenceKind;
  reason: string;
  /** a valid reading put aside because a stronger one was chosen (not one turned down as no value) */
  outranked?: true;
}

export interface FieldPick {
  value: string | null;
  evidence: Candidate | null;
  /** the chosen candidate's strength after the checks; 0 when nothing was chosen */
  confidence: number;
  rejected: Rejected[];
}

/** Below this a required field is reported missing rather than stored. */
export const REQUIRED_THRESHOLD = 0.5;
/** Two different values closer than this are a disagreement, not a choice. */
const TIE = 0.08;

export const NO_PICK: FieldPick = { value: null, evidence: null, confidence: 0, rejected: [] };

export function candidate(
  value: string | null | undefined,
  kind: EvidenceKind,
  strength: number,
  snippet?: string | null,
) {
  const v = value?.trim();
  return v ? { value: v, kind, strength, snippet: snippet ?? null } : null;
}

/** A check on a candidate: passes, or lowers (`penalty` < 1) / rejects (0) it, saying why. */
export interface Check {
  ok: boolean;
  /** factor on the strength when the check fails: 0 rejects the candidate */
  factor: number;
  reason: string;
}

export function applyChecks(c: Candidate, checks: Check[], rejected: Rejected[]): Candidate | null {
  let strength = c.strength;
  for (const k of checks) {
    if (k.ok) continue;
    strength *= k.factor;
    if (k.factor === 0) {
      rejected.push({ value: c.value, kind: c.kind, reason: k.reason });
      return null;
    }
  }
  return { ...c, strength };
}

/**
 * The strongest candidate. Candidates with the same value (by `same`) are one reading, the
 * strongest of them speaks for it. With `disagree`, a different value within TIE of the best
 * leaves the field open.
 */
export function choose(
  cands: Array<Candidate | null>,
  opts: {
    threshold?: number;
    same?: (a: string, b: string) => boolean;
    disagree?: boolean;
    rejected?: Rejected[];
  } = {},
): FieldPick {
  const same = opts.same ?? ((a, b) => a.toLowerCase() === b.toLowerCase());
  const rejected = [...(opts.rejected ?? [])];
  const list = cands.filter((c): c is Candidate => !!c).sort((a, b) => b.strength - a.strength);
  const best = list[0];
  if (!best) return { ...NO_PICK, rejected };
  for (const c of list.slice(1)) {
    if (same(c.value, best.value)) continue;
    if (opts.disagree && best.strength - c.strength < TIE) {
      rejected.push(
        { value: best.value, kind: best.kind, reason: `disagrees with "${c.value}" (${c.kind})` },
        { value: c.value, kind: c.kind, reason: `disagrees with "${best.value}" (${best.kind})` },
      );
      return { value: null, evidence: null, confidence: 0, rejected };
    }
    rejected.push({ value: c.value, kind: c.kind, reason: `weaker than the ${best.kind}`, outranked: true });
  }
  if (best.strength < (opts.threshold ?? REQUIRED_THRESHOLD)) {
    rejected.push({ value: best.value, kind: best.kind, reason: `too weak (${best.strength.toFixed(2)})` });
    return { value: null, evidence: null, confidence: 0, rejected };
  }
  return { value: best.value, evidence: best, confidence: best.strength, rejected };
}

/** A pick whose value a later cross-field check turned down: missing, with the reason kept. */
export function withdraw(p: FieldPick, reason: string): FieldPick {
  if (!p.value || !p.evidence) return p;
  return {
    value: null,
    evidence: null,
    confidence: 0,
    rejected: [...p.rejected, { value: p.value, kind: p.evidence.kind, reason }],
  };
}

/** "Tomás O'Higgins (forwarded header): disagrees with …": one line per rejected candidate, for ops. */
export function describeRejected(r: Rejected[]): string[] {
  return r.slice(0, 6).map((x) => `${x.value.slice(0, 60)} (${x.kind}): ${x.reason}`);
}
