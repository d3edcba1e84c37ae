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

/**
 * Another desk's case tag in an answer's subject: capital letters (one or two groups), a year
 * (four digits or two) and a running number ("ABC-2026-00417", "XY-QR-26-0318"). Each vendor
 * numbers its cases its own way; a partner answering in the thread keeps the tag as it was sent.
 */
const OTHER_CASE_TAG_RE = /\b([A-Z]{2,5}(?:-[A-Z]{2,5})?-(?:\d{4}|\d{2})-\d{3,6})\b/;

/** The case tag an answer's subject carries: ours first, else another desk's shape; null when none. */
export function findCaseTag(s: string | null | undefined): string | null {
  return findCaseRef(s) ?? OTHER_CASE_TAG_RE.exec(s ?? "")?.[1] ?? null;
}
