// Which status change a decision or event causes. Pure: the callers load the case, ask here,
// and write the result; an illegal transition is a value, never a half-applied change.
import type { CaseStatus } from "./case-status.ts";

export type Decision = "approve" | "reject" | "info";

/** Cases a manager can still decide: waiting for a decision or for the partner's answer. */
export const DECIDABLE: readonly CaseStatus[] = ["pending", "conflict", "info_requested"];

export type Transition = { ok: true; from: CaseStatus; to: CaseStatus } | { ok: false; reason: string };

export function decisionTransition(input: {
  status: CaseStatus;
  decision: Decision;
  argument: string | null;
  conflictReason: string | null;
}): Transition {
  const { status, decision } = input;
  const arg = input.argument?.trim() ?? "";
  switch (decision) {
    case "approve":
      if (!DECIDABLE.includes(status)) return { ok: false, reason: closedReason(status, decision) };
      return { ok: true, from: status, to: "approved" };
    case "reject":
      // An incomplete case may be junk that never gets completed: a manager can reject it too.
      if (!DECIDABLE.includes(status) && status !== "incomplete")
        return { ok: false, reason: closedReason(status, decision) };
      if (!arg) return { ok: false, reason: "a rejection needs a reason (reject <reason>)" };
      return { ok: true, from: status, to: "rejected" };
    case "info":
      if (!DECIDABLE.includes(status)) return { ok: false, reason: closedReason(status, decision) };
      if (!arg) return { ok: false, reason: "a question for the partner is needed (info <question>)" };
      return { ok: true, from: status, to: "info_requested" };
  }
}

/** Where an info_requested case goes when the partner answers: back to the queue it came from. */
export function answeredStatus(input: {
  status: CaseStatus;
  conflictReason: string | null;
  missing: readonly string[];
}): CaseStatus | null {
  if (input.status !== "info_requested") return null;
  if (input.missing.length) return "incomplete";
  return input.conflictReason ? "conflict" : "pending";
}

/** Approved cases whose protection window has ended expire. */
export function isExpired(input: { status: CaseStatus; protectedUntil: Date | null }, now: Date): boolean {
  return input.status === "approved" && input.protectedUntil !== null && input.protectedUntil <= now;
}

function closedReason(status: CaseStatus, decision: Decision): string {
  if (status === "approved" || status === "rejected" || status === "expired")
    return `case is already ${status}; ${decision} is no longer possible`;
  if (status === "incomplete")
    return `case is incomplete (waiting for the partner's missing details); ${decision} is not possible yet`;
  return `${decision} is not possible in status ${status}`;
}

export function protectionEnd(now: Date, days: number): Date {
  return new Date(now.getTime() + days * 86_400_000);
}
