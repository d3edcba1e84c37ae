import { describe, expect, it } from "vitest";
import { parsePartnerCommand } from "../../services/partners/partner-command.ts";
import { firmKey, firmOf } from "../../services/parser/normalise/firm.ts";

describe("partner commands", () => {
  it.each([
    ["status", "", { command: "status", caseNumber: null, lang: null }],
    ["Status?\n\nAnna", "", { command: "status", caseNumber: null, lang: null }],
    ["status reg-2026-000123", "", { command: "status", caseNumber: "REG-2026-000123", lang: null }],
    ["Stand", "", { command: "status", caseNumber: null, lang: "de" }],
    ["*Stand REG-2026-000001*", "", { command: "status", caseNumber: "REG-2026-000001", lang: "de" }],
    ["", "Re: status", { command: "status", caseNumber: null, lang: null }],
    ["unsubscribe", "", { command: "unsubscribe", lang: "en" }],
    ["Abmelden.", "", { command: "unsubscribe", lang: "de" }],
  ])("%j (subject %j) is a command", (text, subject, expected) => {
    expect(parsePartnerCommand(text, subject)).toEqual(expected);
  });

  it.each([
    ["Status: evaluation", ""],
    ["status of the Acme deal is good", ""],
    ["Website: acme.de\nstatus", ""],
    ["unsubscribe REG-2026-000001", ""],
    ["", "[REG-2026-000001] Registration received: Status GmbH"],
    ["statusx", ""],
  ])("%j (subject %j) is no command", (text, subject) => {
    expect(parsePartnerCommand(text, subject)).toBeNull();
  });

  it("a firm is the registrable domain, except at free-mail providers", () => {
    expect(firmKey(firmOf("Anna <anna@brightpath.de>")!)).toBe("domain:brightpath.de");
    expect(firmKey(firmOf("bob@uk.brightpath.de")!)).toBe("domain:brightpath.de");
    expect(firmKey(firmOf("Jo.Doe@GMail.com")!)).toBe("address:jo.doe@gmail.com");
    expect(firmOf("nobody")).toBeNull();
  });
});
