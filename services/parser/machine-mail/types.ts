// What the machine-mail recogniser reads and what it reports.
import type { MailAddress } from "../types.ts";

/** A part of a report that mailparser keeps as an attachment: the original message or its headers. */
export interface ReportPart {
  contentType: string; // message/rfc822, text/rfc822-headers, message/feedback-report, message/delivery-status
  text: string;
}

export interface MachineMailInput {
  subject: string;
  headers: Record<string, string>;
  from: MailAddress | null;
  to?: MailAddress[];
  contentType: string;
  contentTypeParams: Record<string, string>;
  attachments: { contentType: string; filename: string | null }[];
  inReplyTo: string | null;
  references: string[];
  text: string;
  date?: Date | null;
  reportParts?: ReportPart[];
}

export type BounceType = "hard" | "soft" | "delay" | "success";

/** What a delivery report says about the message it reports on. */
export interface BounceReport {
  type: BounceType;
  /** RFC 3463 status (stated, or implied by the report's words), e.g. "5.1.1" */
  status: string | null;
  /** the address the report is about */
  recipient: string | null;
  /** the server's words, e.g. "550 5.1.1 <x@y>: Recipient address rejected: User unknown" */
  diagnostic: string | null;
  /** Message-ID of the reported message, with angle brackets */
  originalMessageId: string | null;
  /** the outbox row named by a VERP return path partners+b-<id>@… in the report */
  verpOutboxId: number | null;
}

export interface AutoReplyInfo {
  /** the date the person says they are back (or away until), YYYY-MM-DD */
  returnDate: string | null;
  /** the outbox row whose VERP envelope sender the answer went to (RFC 3834 responders answer the Return-Path) */
  verpOutboxId: number | null;
}

/** The machine-mail part of a parse: set for bounces and auto-replies, null otherwise. */
export type MachineMail = { kind: "bounce"; bounce: BounceReport } | { kind: "auto_reply"; autoReply: AutoReplyInfo };
