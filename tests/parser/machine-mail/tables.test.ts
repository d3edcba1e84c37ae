// Every entry of the phrase and header tables matches the example it was written for, and the
// entries that imply something (a status, a date) imply the right thing from it.
import { describe, expect, it } from "vitest";
import * as tables from "../../../services/parser/machine-mail/tables.ts";
import { MONTHS, RETURN_LEADS } from "../../../services/parser/machine-mail/date-phrases.ts";
import { readDateAt, readReturnDate } from "../../../services/parser/machine-mail/return-date.ts";
import { readBounceReport } from "../../../services/parser/machine-mail/bounce-report.ts";
import type { PhraseEntry } from "../../../services/parser/machine-mail/tables.ts";

const phraseTables: Record<string, PhraseEntry[]> = {
  REPORT_SENDERS: tables.REPORT_SENDERS,
  REPORT_SENDER_NAMES: tables.REPORT_SENDER_NAMES,
  REPORT_SUBJECTS: tables.REPORT_SUBJECTS,
  REPORT_BODY_PHRASES: tables.REPORT_BODY_PHRASES,
  STATUS_PHRASES: tables.STATUS_PHRASES,
  DELAY_PHRASES: tables.DELAY_PHRASES,
  SUCCESS_PHRASES: tables.SUCCESS_PHRASES,
  FEEDBACK_SENDERS: tables.FEEDBACK_SENDERS,
  ORIGINAL_MESSAGE_MARKERS: tables.ORIGINAL_MESSAGE_MARKERS,
  OUT_OF_OFFICE_PHRASES: tables.OUT_OF_OFFICE_PHRASES,
  RETURN_LEADS,
};

describe("machine-mail tables", () => {
  for (const [name, entries] of Object.entries(phraseTables)) {
    describe(name, () => {
      it.each(entries.map((e) => [e.source, e] as const))("%s: matches its example", (_source, e) => {
        // the recogniser matches on one-spaced text (reports wrap anywhere)
        expect(e.pattern.test(e.example.replace(/\s+/g, " "))).toBe(true);
      });
    });
  }

  it.each(tables.STATUS_PHRASES.map((e) => [e.status, e] as const))(
    "status phrase -> %s from its example",
    (status, e) => {
      const report = readBounceReport({
        subject: "Undeliverable",
        headers: {},
        from: { address: "mailer-daemon@mx.example", name: null },
        contentType: "text/plain",
        contentTypeParams: {},
        attachments: [],
        inReplyTo: null,
        references: [],
        text: `Delivery failed for x@y.example:\n${e.example}`,
      });
      expect(report.status?.slice(1)).toBe(status.slice(1));
    },
  );

  it.each([
    "550 5.1.1 Schränka neexistuje",
    "550 Mailbox not found or access denied",
    "552-5.2.2 over quota",
    "#550 5.1.1 RESOLVER.ADR.RecipNotFound",
  ])("SMTP_REPLY_RE finds the SMTP reply in %s", (text) => {
    expect(tables.SMTP_REPLY_RE.test(text)).toBe(true);
  });
  it.each([
    "call 555 1234",
    "version 4.96",
    "192.0.2.150 said",
    "Order 5501 shipped",
    "about 550 employees",
    "budget 450 k EUR",
  ])("SMTP_REPLY_RE finds none in %s", (text) => {
    expect(tables.SMTP_REPLY_RE.test(text)).toBe(false);
  });

  it.each(RETURN_LEADS.map((e) => [e.source, e] as const))(
    "return lead (%s) finds the date in its example",
    (_s, e) => {
      expect(readReturnDate(e.example, new Date("2026-12-03T10:00:00Z"))).toMatch(/^202[67]-\d\d-\d\d$/);
    },
  );

  it.each(MONTHS.map((m) => [m.month, m] as const))("month %i is read from its example", (month, m) => {
    const date = readDateAt(m.example, new Date("2026-12-03T10:00:00Z"));
    expect(Number(date?.slice(5, 7))).toBe(month);
  });

  it.each([
    ["back on 14 December 2026", "2026-12-14"],
    ["returning on Monday, December 14th", "2026-12-14"],
    ["bis einschließlich 18.12.2026 nicht im Büro", "2026-12-18"],
    ["on annual leave and will be back on 21/12/2026", "2026-12-21"],
    ["out of the office until 09/18/2027", "2027-09-18"],
    ["jusqu'au 4 janvier inclus", "2027-01-04"],
    ["hasta el 10 de diciembre de 2026", "2026-12-10"],
    ["back on 2027-01-05", "2027-01-05"],
    ["I am away. Call 555 1234 if urgent.", null],
    ["until 31.02.2027", null],
  ])("%s -> %s", (text, want) => {
    expect(readReturnDate(text, new Date("2026-12-03T10:00:00Z"))).toBe(want);
  });
});
