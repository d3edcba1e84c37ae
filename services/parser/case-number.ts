// The case tag `REG-YYYY-NNNNNN`: written by cases when they number themselves, read by the
// classifier and by reply threading in subjects. One pattern for both directions. Pure.
export const CASE_NUMBER_RE = /\bREG-(\d{4})-(\d{6})\b/i;

export function formatCaseNumber(year: number, seq: number): string {
  return `REG-${year}-${String(seq).padStart(6, "0")}`;
}

/** The first case tag in a text, upper-cased; null when there is none. */
export function findCaseRef(s: string | null | undefined): string | null {
  const m = CASE_NUMBER_RE.exec(s ?? "");
  return m ? `REG-${m[1]}-${m[2]}` : null;
}
