// The case page's timeline shows our one-line account of machine mail, not the report's text.
import { describe, expect, it } from "vitest";
import { timelineView } from "../../services/admin/view/case-view.ts";

const at = new Date("2026-12-03T10:14:07Z");

describe("timelineView for machine mail", () => {
  it("shows the bounce line for a bounce tied to both the report and our mail", () => {
    const [row] = timelineView([
      {
        id: 1,
        at,
        actor: "mail-system",
        kind: "mail_bounced",
        text: "acknowledgement to x@y.example bounced: 550 5.1.1 user unknown",
        data: { status: "5.1.1" },
        inbound: {
          id: 7,
          from: "mailer-daemon@mx.example",
          subject: "Undelivered Mail Returned to Sender",
          text: "This is the mail system at host mx.example.",
          receivedAt: at,
        },
        outbound: {
          id: 3,
          to: ["x@y.example"],
          subject: "[REG-2026-000001] Registration received",
          text: "Thanks",
          status: "bounced",
          sentAt: at,
        },
      },
    ]);
    expect(row!.summary).toBe("acknowledgement to x@y.example bounced: 550 5.1.1 user unknown");
    expect(row!.full).toBe("This is the mail system at host mx.example.");
    expect(row!.outbound?.status).toBe("bounced");
  });
});
