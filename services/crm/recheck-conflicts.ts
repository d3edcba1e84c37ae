// The re-check of a case registered while the CRM could not be asked ("CRM check pending"):
// when the CRM answers, a conflict it reports turns a pending case into a conflict for the
// managers, exactly as if it had been known at registration.
import type { Database } from "../../db/connection.ts";
import { addTimelineEvent, lockCase, updateCase } from "../repos/cases.ts";
import { pendingCrmCheck } from "../repos/crm-sync.ts";
import { addReviewItem } from "../repos/review-items.ts";
import { crmConflictAsAccount, samePartner } from "../cases/decide-registration.ts";
import { isFreeMailDomain } from "../parser/normalise/domain.ts";
import { storeConflicts } from "../repos/crm-conflict-cache-repo.ts";
import type { CrmAdapter } from "./types.ts";

const REASON = { customer: "existing_customer", open_deal: "open_crm_deal", blocked: "blocked_account" } as const;

/** Throws (and the job is retried) while the CRM still cannot be asked. */
export async function recheckCrmConflicts(
  deps: { db: Database; adapter: CrmAdapter; now: () => Date },
  caseId: number,
): Promise<"none" | "conflict" | "not_pending"> {
  const domain = await pendingCrmCheck(deps.db, caseId);
  if (!domain) return "not_pending";
  const conflicts = await deps.adapter.lookupConflicts(domain);
  await storeConflicts(deps.db, domain, conflicts);
  return deps.db.transaction().execute(async (trx) => {
    const c = await lockCase(trx, caseId);
    if (!c) throw new Error(`case ${caseId} disappeared during its CRM check`);
    if (c.crm_check !== "pending") return "not_pending";
    const account = crmConflictAsAccount(conflicts, (email) => samePartner(email, c.partner_email, isFreeMailDomain));
    const now = deps.now();
    if (!account || c.conflict_reason || !["pending", "incomplete"].includes(c.status)) {
      await updateCase(trx, caseId, { crm_check: null });
      return "none";
    }
    const to = c.status === "pending" ? "conflict" : c.status;
    await updateCase(trx, caseId, {
      crm_check: null,
      status: to,
      conflict_reason: REASON[account.kind],
      updated_at: now,
      status_changed_at: to !== c.status ? now : c.status_changed_at,
    });
    await addTimelineEvent(trx, {
      caseId,
      actor: "crm:check",
      kind: "crm_conflict_found",
      text: account.reason,
      data: { from: c.status, to, conflict: REASON[account.kind] },
    });
    await addReviewItem(trx, { reason: "conflict", detail: account.reason, caseId });
    return "conflict";
  });
}
