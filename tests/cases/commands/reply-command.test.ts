import { describe, expect, it } from "vitest";
import { parseReplyCommand } from "../../../services/cases/commands/reply-command.ts";

describe("parseReplyCommand", () => {
  it.each([
    ["approve", "approve", null],
    ["Approve", "approve", null],
    ["APPROVED", "approve", null],
    ["approved.", "approve", null],
    ["Approve!", "approve", null],
    ["  approve  ", "approve", null],
    ["*approve*", "approve", null],
    ["genehmigt", "approve", null],
    ["Genehmigt.", "approve", null],
    ["approve\n\nThanks, Jane", "approve", null],
    ["\n\n  \napproved\nsee you", "approve", null],
    ["reject too small for the program", "reject", "too small for the program"],
    ["Reject: duplicate of REG-2026-000122", "reject", "duplicate of REG-2026-000122"],
    ["reject - no budget", "reject", "no budget"],
    ["REJECT:no budget", "reject", "no budget"],
    ["abgelehnt Kunde ist bereits registriert", "reject", "Kunde ist bereits registriert"],
    ["Abgelehnt: zu klein", "reject", "zu klein"],
    ["reject", "reject", null],
    ["reject.", "reject", null],
    ["Reject:", "reject", null],
    ["abgelehnt", "reject", null],
    ["info What is the expected deal size?", "info", "What is the expected deal size?"],
    ["Info: which product line?", "info", "which product line?"],
    ["rückfrage Wie groß ist das Projekt?", "info", "Wie groß ist das Projekt?"],
    ["Rückfrage: Welcher Standort?", "info", "Welcher Standort?"],
    ["rueckfrage Welcher Standort?", "info", "Welcher Standort?"],
    ["info", "info", null],
    ["approve\r\n\r\nreject this later", "approve", null],
  ])("%j -> %s %j", (text, command, argument) => {
    expect(parseReplyCommand(text)).toEqual({ command, argument });
  });

  it.each([
    "",
    "   \n\n ",
    "not approved",
    "Not approved.",
    "I don't approve",
    "I approve",
    "approve?",
    "Approve??",
    "reject?",
    "approve it?",
    "approved by whom",
    "Approved, thanks",
    "approvedd",
    "Thanks!\n\napprove",
    "Looks fine to me, approve.",
    "> approve",
    "> approve\n\nthanks",
    "nicht genehmigt",
    "ungenehmigt",
    "information about the case",
    "rejection is likely",
    "genehmigt?",
  ])("%j -> null", (text) => {
    expect(parseReplyCommand(text)).toBeNull();
  });
});

describe("parseReplyCommand after stripReply", () => {
  it("reads the command above the quote and ignores commands inside the quote", async () => {
    const { stripReply } = await import("../../../services/cases/threading/strip-reply.ts");
    const top = stripReply(
      "Approve.\n\nOn Mon, 2 Mar 2026 at 10:00, Dealreg <partners@vendor.example> wrote:\n> Reply reject <reason> or approve",
    );
    expect(parseReplyCommand(top.newText)).toEqual({ command: "approve", argument: null });
    const quotedOnly = stripReply(
      "Thanks, will look.\n\nAm 02.03.2026 um 10:00 schrieb Dealreg <partners@vendor.example>:\n> approve",
    );
    expect(parseReplyCommand(quotedOnly.newText)).toBeNull();
    const german = stripReply(
      "abgelehnt: Kunde bereits registriert\n\nVon meinem iPhone gesendet\n\n> Bitte entscheiden",
    );
    expect(parseReplyCommand(german.newText)).toEqual({ command: "reject", argument: "Kunde bereits registriert" });
  });
});
