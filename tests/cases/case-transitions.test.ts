import { describe, expect, it } from "vitest";
import { CASE_STATUSES, type CaseStatus } from "../../services/cases/case-status.ts";
import { answeredStatus, decisionTransition, isExpired, protectionEnd } from "../../services/cases/case-transitions.ts";

const t = (status: CaseStatus, decision: "approve" | "reject" | "info", argument: string | null = null) =>
  decisionTransition({ status, decision, argument, conflictReason: null });

describe("decisionTransition", () => {
  it.each(["pending", "conflict", "info_requested"] as const)("approves a %s case", (s) => {
    expect(t(s, "approve")).toEqual({ ok: true, from: s, to: "approved" });
  });

  it.each(["incomplete", "approved", "rejected", "expired"] as const)("refuses to approve a %s case", (s) => {
    expect(t(s, "approve").ok).toBe(false);
  });

  it("needs a reason to reject and a question to ask", () => {
    expect(t("pending", "reject")).toMatchObject({ ok: false, reason: expect.stringContaining("reason") });
    expect(t("pending", "reject", "  ")).toMatchObject({ ok: false });
    expect(t("pending", "reject", "duplicate")).toEqual({ ok: true, from: "pending", to: "rejected" });
    expect(t("pending", "info")).toMatchObject({ ok: false, reason: expect.stringContaining("question") });
    expect(t("conflict", "info", "Who is the buyer?")).toEqual({ ok: true, from: "conflict", to: "info_requested" });
  });

  it("lets a manager reject junk that never got complete, but not approve it", () => {
    expect(t("incomplete", "reject", "spam")).toMatchObject({ ok: true, to: "rejected" });
    expect(t("incomplete", "approve")).toMatchObject({ ok: false, reason: expect.stringContaining("incomplete") });
  });

  it("never moves a decided case", () => {
    for (const s of ["approved", "rejected", "expired"] as const) {
      for (const d of ["approve", "reject", "info"] as const)
        expect(t(s, d, "x")).toMatchObject({ ok: false, reason: expect.stringContaining(s) });
    }
  });

  it("covers every status", () => {
    for (const s of CASE_STATUSES) expect(typeof t(s, "approve").ok).toBe("boolean");
  });
});

describe("answeredStatus", () => {
  it("returns an answered question to the queue it came from", () => {
    expect(answeredStatus({ status: "info_requested", conflictReason: null, missing: [] })).toBe("pending");
    expect(answeredStatus({ status: "info_requested", conflictReason: "existing_customer", missing: [] })).toBe(
      "conflict",
    );
    expect(answeredStatus({ status: "info_requested", conflictReason: null, missing: ["company.domain"] })).toBe(
      "incomplete",
    );
    expect(answeredStatus({ status: "pending", conflictReason: null, missing: [] })).toBeNull();
  });
});

describe("expiry", () => {
  it("expires approved cases at the end of the window only", () => {
    const now = new Date("2026-06-01T00:00:00Z");
    expect(protectionEnd(now, 90).toISOString()).toBe("2026-08-30T00:00:00.000Z");
    expect(isExpired({ status: "approved", protectedUntil: now }, now)).toBe(true);
    expect(isExpired({ status: "approved", protectedUntil: new Date(now.getTime() + 1) }, now)).toBe(false);
    expect(isExpired({ status: "rejected", protectedUntil: now }, now)).toBe(false);
  });
});
