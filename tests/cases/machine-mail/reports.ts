// Delivery reports and out-of-office answers about mail we sent, built for case tests.
export interface DsnOptions {
  /** where the report goes: our inbox or its VERP variant */
  to: string;
  recipient: string;
  /** Message-ID of our mail quoted in the report's header part; omit to quote none */
  messageId?: string | null;
  subject?: string;
  action?: "failed" | "delayed" | "delivered";
  status?: string;
  diagnostic?: string;
}

/** A Postfix-shaped RFC 3464 report (multipart/report; report-type=delivery-status). */
export function dsn(o: DsnOptions): Buffer {
  const action = o.action ?? "failed";
  const status = o.status ?? (action === "failed" ? "5.1.1" : action === "delayed" ? "4.4.1" : "2.0.0");
  const diagnostic = o.diagnostic ?? `550 ${status} <${o.recipient}>: Recipient address rejected: User unknown`;
  const headers = o.messageId
    ? `Message-ID: ${o.messageId}\nSubject: ${o.subject ?? "(our mail)"}\n`
    : `Subject: ${o.subject ?? "(our mail)"}\n`;
  return Buffer.from(
    [
      "Return-Path: <>",
      "From: MAILER-DAEMON@mx.remote.example (Mail Delivery System)",
      `To: ${o.to}`,
      "Subject: Undelivered Mail Returned to Sender",
      `Message-Id: <dsn.${Math.random().toString(36).slice(2)}@mx.remote.example>`,
      "Date: Thu, 3 Dec 2026 10:14:07 +0000",
      "Auto-Submitted: auto-replied",
      "MIME-Version: 1.0",
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
      "",
      "--b1",
      "Content-Type: text/plain",
      "",
      "This is the mail system at host mx.remote.example.",
      "",
      `<${o.recipient}>: ${diagnostic}`,
      "",
      "--b1",
      "Content-Type: message/delivery-status",
      "",
      "Reporting-MTA: dns; mx.remote.example",
      "",
      `Final-Recipient: rfc822; ${o.recipient}`,
      `Action: ${action}`,
      `Status: ${status}`,
      `Diagnostic-Code: smtp; ${diagnostic}`,
      "",
      "--b1",
      "Content-Type: text/rfc822-headers",
      "",
      headers,
      "--b1--",
      "",
    ].join("\r\n"),
  );
}

/** An Exchange out-of-office answer: only X-Auto-Response-Suppress, threaded under our mail. */
export function outOfOffice(o: { from: string; to: string; inReplyTo: string; subject: string; text: string }): Buffer {
  return Buffer.from(
    [
      `From: ${o.from}`,
      `To: ${o.to}`,
      `Subject: Automatic reply: ${o.subject}`,
      `Message-ID: <ooo.${Math.random().toString(36).slice(2)}@remote.example>`,
      `In-Reply-To: ${o.inReplyTo}`,
      `References: ${o.inReplyTo}`,
      "Date: Thu, 3 Dec 2026 10:16:02 +0000",
      "X-Auto-Response-Suppress: All",
      "Content-Type: text/plain; charset=utf-8",
      "",
      o.text,
      "",
    ].join("\r\n"),
  );
}
