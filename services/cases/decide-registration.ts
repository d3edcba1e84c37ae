// What to do with a parsed registration, given what the database already knows. Pure: the
// caller loads the candidates and applies the decision in one transaction.
import type { ParseOutput } from "../parser/schema.ts";
import type { AccountMatch } from "../repos/accounts.ts";
import type { ExistingClaim } from "../repos/cases.ts";
import type { CaseStatus, ConflictReason } from "./case-status.ts";
import type { CrmConflict } from "../repos/crm-conflict-cache-repo.ts";

export interface Conflict {
  reason: ConflictReason;
  caseId: number | null;
  caseNumber: string | null;
  /** when the other claim ends (approved registrations), else null */
  until: Date | null;
  detail: string | null;
}

export type RegistrationDecision =
  | { action: "review"; reason: "low_confidence"; detail: string }
  | { action: "existing"; caseId: number }
  | { action: "create"; status: CaseStatus; conflict: Conflict | null; missing: string[] };

export function samePartner(a: string, b: string, isFreeMail: (domain: string) => boolean): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  const dx = x.split("@")[1];
  const dy = y.split("@")[1];
  // Colleagues at the same partner firm share a claim; two people on gmail.com do not.
  return !!dx && dx === dy && !isFreeMail(dx);
}

export function decideRegistration(input: {
  output: ParseOutput;
  partnerEmail: string;
  threshold: number;
  claims: ExistingClaim[];
  account: AccountMatch | null;
  isFreeMail: (domain: string) => boolean;
}): RegistrationDecision {
  const { output, threshold } = input;
  if (output.confidence < threshold) {
    return {
      action: "review",
      reason: "low_confidence",
      detail: `confidence ${output.confidence.toFixed(2)} below ${threshold}${output.missing.length ? `; missing ${output.missing.join(", ")}` : ""}`,
    };
  }
  const own = input.claims.find((c) => samePartner(c.partnerEmail, input.partnerEmail, input.isFreeMail));
  if (own) return { action: "existing", caseId: own.caseId };

  if (input.account) {
    const reasons: Record<AccountMatch["kind"], ConflictReason> = {
      blocked: "blocked_account",
      customer: "existing_customer",
      open_deal: "open_crm_deal",
    };
    const reason = reasons[input.account.kind];
    return {
      action: "create",
      status: "conflict",
      conflict: { reason, caseId: null, caseNumber: null, until: null, detail: input.account.reason },
      missing: output.missing,
    };
  }
  const other = [...input.claims].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())[0];
  if (other) {
    return {
      action: "create",
      status: "conflict",
      conflict: {
        reason: "registered_by_other_partner",
        caseId: other.caseId,
        caseNumber: other.caseNumber,
        until: other.status === "approved" ? other.protectedUntil : null,
        detail: null,
      },
      missing: output.missing,
    };
  }
  return {
    action: "create",
    status: output.missing.length ? "incomplete" : "pending",
    conflict: null,
    missing: output.missing,
  };
}

/** What the CRM reported (customer, someone else's open deal) as an account match for dedupe. */
export function crmConflictAsAccount(
  conflicts: readonly CrmConflict[],
  isOwn: (partnerEmail: string) => boolean,
): AccountMatch | null {
  const relevant = conflicts.filter((c) => !(c.kind === "open_deal" && c.partnerEmail && isOwn(c.partnerEmail)));
  const first = relevant.find((c) => c.kind === "customer") ?? relevant[0];
  if (!first) return null;
  return first.kind === "customer"
    ? { kind: "customer", reason: "listed as a customer in our CRM" }
    : { kind: "open_deal", reason: first.reason };
}
