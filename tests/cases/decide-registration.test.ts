import { describe, expect, it } from "vitest";
import { decideRegistration, samePartner } from "../../services/cases/decide-registration.ts";
import type { ExistingClaim } from "../../services/repos/cases.ts";
import { companyKey } from "../../services/cases/dedupe-keys.ts";
import { emptyRegistration, type ParseOutput } from "../../services/parser/schema.ts";

const freeMail = (d: string) => ["gmail.com", "gmx.de"].includes(d);

function output(over: Partial<ParseOutput> = {}): ParseOutput {
  const registration = {
    ...emptyRegistration(),
    company: { name: "Acme GmbH", domain: "acme.de" },
    contact: { name: "Jo Doe", email: "jo@acme.de", role: null, phone: null },
  };
  return {
    kind: "registration",
    confidence: 0.9,
    partner: { email: "anna@partner.example", name: null, organization: null },
    registration,
    missing: [],
    caseRef: null,
    ...over,
  };
}

const claim = (over: Partial<ExistingClaim>): ExistingClaim => ({
  caseId: 1,
  caseNumber: "REG-2026-000001",
  partnerEmail: "other@rival.example",
  status: "approved",
  protectedUntil: new Date("2026-12-31T00:00:00Z"),
  createdAt: new Date("2026-01-01T00:00:00Z"),
  ...over,
});

const decide = (over: Partial<Parameters<typeof decideRegistration>[0]>) =>
  decideRegistration({
    output: output(),
    partnerEmail: "anna@partner.example",
    threshold: 0.5,
    claims: [],
    account: null,
    isFreeMail: freeMail,
    ...over,
  });

describe("decideRegistration", () => {
  it("creates a pending case when the prospect is free", () => {
    expect(decide({})).toEqual({ action: "create", status: "pending", conflict: null, missing: [] });
  });
  it("creates an incomplete case when required fields are missing", () => {
    expect(decide({ output: output({ missing: ["company.domain"] }) })).toMatchObject({
      status: "incomplete",
      missing: ["company.domain"],
    });
  });
  it("sends low confidence to review instead of creating a case", () => {
    expect(decide({ output: output({ confidence: 0.3 }) })).toMatchObject({
      action: "review",
      reason: "low_confidence",
    });
  });
  it("gives the same partner (or a colleague at the same firm) the existing case", () => {
    expect(decide({ claims: [claim({ partnerEmail: "ANNA@partner.example" })] })).toEqual({
      action: "existing",
      caseId: 1,
    });
    expect(decide({ claims: [claim({ partnerEmail: "ben@partner.example" })] })).toEqual({
      action: "existing",
      caseId: 1,
    });
  });
  it("does not treat two strangers on a free-mail provider as one partner", () => {
    expect(samePartner("a@gmail.com", "b@gmail.com", freeMail)).toBe(false);
  });
  it("marks another partner's protected prospect as a conflict with the window's end", () => {
    const d = decide({ claims: [claim({})] });
    expect(d).toMatchObject({
      action: "create",
      status: "conflict",
      conflict: { reason: "registered_by_other_partner", caseId: 1, until: new Date("2026-12-31T00:00:00Z") },
    });
  });
  it("names the earliest claim when several exist", () => {
    const d = decide({
      claims: [
        claim({ caseId: 5, createdAt: new Date("2026-03-01") }),
        claim({ caseId: 3, createdAt: new Date("2026-02-01"), status: "pending", protectedUntil: null }),
      ],
    });
    expect(d).toMatchObject({ conflict: { caseId: 3, until: null } });
  });
  it("explains existing customers and blocked accounts", () => {
    expect(decide({ account: { kind: "customer", reason: "since 2021" } })).toMatchObject({
      status: "conflict",
      conflict: { reason: "existing_customer", detail: "since 2021" },
    });
    expect(decide({ account: { kind: "blocked", reason: null } })).toMatchObject({
      conflict: { reason: "blocked_account" },
    });
  });
});

describe("companyKey", () => {
  it("ignores legal forms, punctuation, accents and connectors", () => {
    expect(companyKey("Castlegate Dental Group Ltd.")).toBe(companyKey("castlegate dental"));
    expect(companyKey("Müller Bau GmbH & Co. KG")).toBe(companyKey("Muller Bau"));
    expect(companyKey("Bill.com")).toBe("billcom");
  });
  it("refuses keys too short to compare safely", () => {
    expect(companyKey("AG")).toBeNull();
    expect(companyKey(null)).toBeNull();
  });
});
