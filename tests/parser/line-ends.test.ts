// Bare-CR mail and a leading mbox "From " line decode like plain LF mail.
import { describe, expect, it } from "vitest";
import { decodeMessage, withLineFeeds } from "../../services/parser/decode.ts";

const lf = "From: a@b.example\nSubject: Hello\n\nline one\nline two\n";

describe("withLineFeeds", () => {
  it("turns a CR-only message into LF and leaves CRLF and LF mail alone", () => {
    expect(withLineFeeds(Buffer.from(lf.replace(/\n/g, "\r"))).toString()).toBe(lf);
    const crlf = Buffer.from(lf.replace(/\n/g, "\r\n"));
    expect(withLineFeeds(crlf)).toBe(crlf);
  });

  it("drops a leading mbox separator line, in any line-end style", () => {
    for (const eol of ["\n", "\r\n", "\r"]) {
      const raw = Buffer.from(`From MAILER-DAEMON Thu Dec  3 10:14:07 2026${eol}${lf.replace(/\n/g, eol)}`);
      expect(withLineFeeds(raw).toString().replace(/\r\n?/g, "\n")).toBe(lf);
    }
  });

  it("keeps CR bytes inside a message that also has LF line ends", () => {
    const raw = Buffer.from("Subject: x\n\nkeep\rthis\n");
    expect(withLineFeeds(raw)).toBe(raw);
  });

  it("decodes the subject and body of a CR-only message", async () => {
    const d = await decodeMessage(Buffer.from(lf.replace(/\n/g, "\r")));
    expect(d.subject).toBe("Hello");
    expect(d.text.trim()).toBe("line one\nline two");
  });
});
