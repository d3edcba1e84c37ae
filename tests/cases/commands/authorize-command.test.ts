import { describe, expect, it } from "vitest";
import { DECIDABLE } from "../../../services/cases/case-transitions.ts";
import {
  authorizeCommand,
  REFUSAL,
  type AuthorizeCommandInput,
  type RefusalCode,
} from "../../../services/cases/commands/authorize-command.ts";

const ok: AuthorizeCommandInput = {
  senderAddress: "mia@vendor.example",
  managers: ["Mia@Vendor.example", "max@vendor.example"],
  tokenMatches: "valid",
  senderAuth: "pass",
  isAutoReply: false,
  caseStatus: "pending",
  openStatuses: DECIDABLE,
  command: "approve",
  partnerAddress: "sales@partner.example",
};

describe("authorizeCommand", () => {
  it.each<[string, Partial<AuthorizeCommandInput>]>([
    ["approve from pending", {}],
    ["approve from info_requested", { caseStatus: "info_requested" }],
    ["approve from conflict", { caseStatus: "conflict" }],
    ["reject from pending", { command: "reject" }],
    ["reject from info_requested", { command: "reject", caseStatus: "info_requested" }],
    ["reject from conflict", { command: "reject", caseStatus: "conflict" }],
    ["info from pending", { command: "info" }],
    ["info on a conflict", { command: "info", caseStatus: "conflict" }],
    ["a second question while info is requested", { command: "info", caseStatus: "info_requested" }],
    ["sender with display name and other case", { senderAddress: "Mia M <MIA@vendor.EXAMPLE>" }],
  ])("allows %s", (_name, change) => {
    expect(authorizeCommand({ ...ok, ...change })).toEqual({ allowed: true });
  });

  it.each<[string, Partial<AuthorizeCommandInput>, RefusalCode]>([
    ["a sender who is no manager", { senderAddress: "eve@vendor.example" }, "not_manager"],
    ["an empty sender", { senderAddress: "" }, "not_manager"],
    ["no managers configured", { managers: [] }, "not_manager"],
    ["a manager look-alike domain", { senderAddress: "mia@vendor.example.evil" }, "not_manager"],
    [
      "the partner, even when listed as manager",
      { managers: ["sales@partner.example"], senderAddress: "sales@partner.example" },
      "sender_is_partner",
    ],
    [
      "a colleague at the partner's firm who is also a manager",
      { managers: ["boss@partner.example"], senderAddress: "boss@partner.example" },
      "sender_is_partner",
    ],
    [
      "a colleague at a subdomain of the partner's firm",
      { managers: ["boss@de.partner.example"], senderAddress: "boss@de.partner.example" },
      "sender_is_partner",
    ],
    [
      "the partner with other case",
      {
        managers: ["sales@partner.example"],
        senderAddress: "SALES@partner.example",
        partnerAddress: "Sales <sales@Partner.example>",
      },
      "sender_is_partner",
    ],
    ["a missing token", { tokenMatches: "missing" }, "token_missing"],
    ["another case's token", { tokenMatches: "wrong_case" }, "token_wrong_case"],
    ["another manager's token", { tokenMatches: "wrong_manager" }, "token_wrong_manager"],
    ["a used token", { tokenMatches: "used" }, "token_used"],
    ["failed sender authentication", { senderAuth: "fail" }, "sender_auth_failed"],
    ["no sender authentication", { senderAuth: "none" }, "sender_auth_missing"],
    ["an auto-reply", { isAutoReply: true }, "auto_reply"],
    ["approve of an approved case", { caseStatus: "approved" }, "case_not_open"],
    ["reject of a rejected case", { command: "reject", caseStatus: "rejected" }, "case_not_open"],
    ["approve of a closed case", { caseStatus: "closed" }, "case_not_open"],
    ["info on an approved case", { command: "info", caseStatus: "approved" }, "case_not_open"],
    [
      "info on an incomplete case (the partner is asked already)",
      { command: "info", caseStatus: "incomplete" },
      "case_not_open",
    ],
    ["an unknown status", { caseStatus: "PENDING" }, "case_not_open"],
  ])("refuses %s", (_name, change, code) => {
    const result = authorizeCommand({ ...ok, ...change });
    expect(result).toEqual({ allowed: false, code, reason: expect.stringContaining(`${code}: ${REFUSAL[code]}`) });
  });

  it("names the command and status when the case is not open", () => {
    const result = authorizeCommand({ ...ok, command: "info", caseStatus: "rejected" });
    expect(result.allowed === false && result.reason).toBe(
      `case_not_open: ${REFUSAL.case_not_open} (info from status rejected)`,
    );
  });
});
