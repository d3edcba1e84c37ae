// The states a case moves through; the union itself is declared with the table (db/schema.ts).
import type { CaseStatus } from "../../db/schema.ts";

export { CASE_STATUSES, type CaseStatus } from "../../db/schema.ts";

/** A case in these states still claims its prospect against other partners. */
export const ACTIVE_STATUSES: readonly CaseStatus[] = [
  "incomplete",
  "pending",
  "info_requested",
  "conflict",
  "approved",
];

export type { ConflictReason } from "../../db/schema.ts";
