// The states a case moves through. `incomplete` waits for the partner's missing fields;
// `conflict` waits for a manager because another registration or an account list claims the prospect.
export const CASE_STATUSES = ["incomplete", "pending", "info_requested", "conflict", "approved", "rejected", "expired"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** A case in these states still claims its prospect against other partners. */
export const ACTIVE_STATUSES: readonly CaseStatus[] = ["incomplete", "pending", "info_requested", "conflict", "approved"];

export type ConflictReason = "registered_by_other_partner" | "existing_customer" | "blocked_account" | "open_crm_deal";
