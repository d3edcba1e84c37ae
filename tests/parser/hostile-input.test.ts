import { afterAll, describe, expect, it } from "vitest";
import { boundBlankRuns, boundLongLines, MAX_LINE_CHARS } from "../../services/parser/decode.ts";
import { parseMessage } from "../../services/parser/parse-message.ts";
import { createParsePool } from "../../services/parser/pool/parse-pool.ts";
import { rawMailFromBuffer } from "../../services/parser/raw-mail.ts";

const mail = (line: string) =>
  Buffer.from(
    `From: a@partner.example\r\nTo: partners@vendor.example\r\nSubject: Deal\r\n\r\n${line}\r\nCompany: Acme GmbH\r\nWebsite: acme.de\r\n`,
  );

describe("hostile input cannot stall the parser", () => {
  // Each of these made one of the extractor's patterns quadratic (minutes for 100 KB) before
  // blank runs and line lengths were bounded; a stalled parse stops IMAP, HTTP and the admin page.
  it.each([
    ["a line of blanks", "On" + " ".repeat(100_000) + "x"],
    ["a line of tabs", "Company" + "\t".repeat(100_000) + "x"],
    ["dotted segments", "a.".repeat(50_000)],
    ["number-like runs", "1.000,".repeat(20_000)],
  ])("parses a mail with %s and still reads the labels after it", async (_name, line) => {
    const parsed = await parseMessage(mail(line), { vendorDomains: ["vendor.example"] });
    expect(parsed.output.registration?.company.domain).toBe("acme.de");
  });

  // mailparser hands an attachment with an empty Content-Type ("Content-Type: ; name=x.jpg") a
  // contentType of `false`; the mail must still be read, not given up as undecodable.
  it("reads a mail whose attachment has an empty Content-Type", async () => {
    const raw = Buffer.from(
      [
        "From: Ana Ruiz <ana@partner.example>",
        "To: partners@vendor.example",
        "Subject: Deal registration",
        'Content-Type: multipart/mixed; boundary="b1"',
        "",
        "--b1",
        "Content-Type: text/plain",
        "",
        "Company: Acme GmbH",
        "Website: acme.de",
        "--b1",
        'Content-Type: ; name="logo.jpg"',
        "Content-Transfer-Encoding: base64",
        "",
        "aGVsbG8=",
        "--b1--",
        "",
      ].join("\r\n"),
    );
    const parsed = await parseMessage(raw, { vendorDomains: ["vendor.example"] });
    expect(parsed.output.partner.email).toBe("ana@partner.example");
    expect(parsed.output.registration?.company.domain).toBe("acme.de");
  });

  // The two mails of issue #10 that froze the service for minutes: ~190 KB of forwarded blocks
  // whose To: or From: line is a crafted 2,000-character run. Before the patterns were made
  // linear, each held the thread for minutes; parsed in the pool, a regression fails with
  // PARSE_TIMEOUT instead of stalling the test run (the deadline is far above a real parse).
  const pool = createParsePool({ size: 1, timeoutMs: 20_000, vendorDomains: ["vendor.example"] });
  afterAll(() => pool.close());
  it.each([
    [
      "To: 1.1.1.…",
      (i: number) =>
        `From: Jane Roe <jane${i}@prospect.example>\nDate: Mon, 1 Dec 2026 10:00\nSubject: intro\nTo: ${"1.".repeat(1000)}`,
    ],
    [
      "From: a@a@…",
      () => `From: ${"a@".repeat(1000)}\nDate: Mon, 1 Dec 2026 10:00\nSubject: intro\nTo: partner@partner.example`,
    ],
  ])("parses 190 KB of forwarded blocks with %s lines", async (_name, header) => {
    const blocks = Array.from(
      { length: 90 },
      (_, i) => `---------- Forwarded message ---------\n${header(i)}\n\nHello, see below.\n`,
    );
    const raw = mail(`Please register.\n\n${blocks.join("\n")}`.replace(/\n/g, "\r\n"));
    expect(raw.length).toBeGreaterThan(180_000);
    const parsed = await pool.parse(rawMailFromBuffer(raw));
    expect(parsed.error).toBeNull();
  });

  it("cuts blank runs to eight", () => {
    expect(boundBlankRuns(`a${" ".repeat(20)}b\t\tc`)).toBe(`a${" ".repeat(8)}b\t\tc`);
  });

  it("breaks over-long lines at a sentence end or space, and leaves normal text alone", () => {
    const normal = "Company: Acme\nA paragraph of ordinary length.";
    expect(boundLongLines(normal)).toBe(normal);
    const long = `${"word ".repeat(300)}End. ${"more ".repeat(300)}`;
    const lines = boundLongLines(long).split("\n");
    expect(lines.every((l) => l.length <= MAX_LINE_CHARS)).toBe(true);
    expect(lines.join(" ").replace(/\s+/g, " ").trim()).toBe(long.replace(/\s+/g, " ").trim());
    expect(
      boundLongLines("x".repeat(MAX_LINE_CHARS * 2 + 1))
        .split("\n")
        .map((l) => l.length),
    ).toEqual([MAX_LINE_CHARS, MAX_LINE_CHARS, 1]);
  });
});
