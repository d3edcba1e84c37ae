// Is this mail a delivery report (bounce, delay, success) or a feedback report? Pure.
// Structural evidence first (report types, DSN fields, NDR headers), then the report's words
// from tables.ts, which count only together with a second sign (a report sender or subject), so
// a person writing about a bounce is never taken for one. Out-of-office answers are left to
// classify.ts; this module adds their return date (return-date.ts).
import type { MachineMailInput } from "./types.ts";
import { reportTextOf } from "./bounce-report.ts";
import {
  DSN_FIELD_RE,
  FEEDBACK_SENDERS,
  REPORT_BODY_PHRASES,
  REPORT_HEADERS,
  REPORT_SENDER_NAMES,
  REPORT_SENDERS,
  REPORT_SUBJECTS,
  SMTP_REPLY_RE,
  SNS_NOTIFICATION_RE,
  OUT_OF_OFFICE_PHRASES,
} from "./tables.ts";

export interface MachineVerdict {
  kind: "bounce" | "other";
  confidence: number;
  reason: string;
}

const FIELD_LINE = (name: string) => new RegExp(`^${name}:\\s*\\S`, "im");
const FINAL_RECIPIENT = FIELD_LINE("(?:Final|Original)-Recipient");
const STATUS_OR_ACTION = FIELD_LINE("(?:Status|Action)");

/** A verdict for delivery and feedback reports; null for everything else (classify.ts goes on). */
export function recogniseReport(msg: MachineMailInput): MachineVerdict | null {
  const reportType = msg.contentTypeParams["report-type"] ?? "";
  const parts = [...msg.attachments.map((a) => a.contentType), ...(msg.reportParts ?? []).map((p) => p.contentType)];
  const from = msg.from?.address ?? "";
  const sns = SNS_NOTIFICATION_RE.exec(msg.text.slice(0, 4000))?.[1] ?? null;

  if (reportType === "disposition-notification" || parts.includes("message/disposition-notification")) return null;
  if (reportType === "feedback-report" || parts.includes("message/feedback-report"))
    return other("feedback report (ARF)");
  if (FEEDBACK_SENDERS.some((s) => s.pattern.test(from))) return other("feedback loop sender");
  if (sns === "Complaint") return other("SES complaint notification");
  if (msg.contentType === "multipart/report" && reportType && reportType !== "delivery-status")
    return other(`report ${reportType}`);

  if (reportType === "delivery-status" || parts.includes("message/delivery-status"))
    return bounce(0.99, "delivery-status report");
  if (sns) return bounce(0.97, `SES ${sns} notification`);
  const header = REPORT_HEADERS.find((h) => h.name in msg.headers);
  if (header) return bounce(0.97, `${header.name} header`);
  if (DSN_FIELD_RE.test(msg.text) && FINAL_RECIPIENT.test(msg.text) && STATUS_OR_ACTION.test(msg.text))
    return bounce(0.95, "DSN fields in text");

  const sender =
    REPORT_SENDERS.some((s) => s.pattern.test(from)) ||
    REPORT_SENDER_NAMES.some((s) => s.pattern.test(msg.from?.name ?? "")) ||
    (!from && !msg.from?.name);
  const subject = REPORT_SUBJECTS.some((s) => s.pattern.test(msg.subject));
  // the body's words count only with a report sender or subject: most mail stops here
  if (!sender && !subject) return null;
  const own = oneLine(reportTextOf(msg.text).slice(0, 3000));
  const words = REPORT_BODY_PHRASES.some((p) => p.pattern.test(own));
  if ((sender && (subject || words)) || (subject && words))
    return bounce(
      0.93,
      `report ${[sender && "sender", subject && "subject", words && "wording"].filter(Boolean).join("+")}`,
    );
  if (sender && from && SMTP_REPLY_RE.test(own)) return bounce(0.85, "report sender quoting an SMTP reply");
  return null;
}

/** Out-of-office wording (OUT_OF_OFFICE_PHRASES) at the start of a short mail. */
export function looksAway(text: string): boolean {
  const body = text.trim();
  if (body.length >= 1500) return false;
  const start = oneLine(body.slice(0, 400));
  return OUT_OF_OFFICE_PHRASES.some((p) => p.pattern.test(start));
}

/** Reports wrap their sentences anywhere: the tables' phrases are matched on one-spaced text. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ");
}

function bounce(confidence: number, reason: string): MachineVerdict {
  return { kind: "bounce", confidence, reason };
}

function other(reason: string): MachineVerdict {
  return { kind: "other", confidence: 0.9, reason };
}
