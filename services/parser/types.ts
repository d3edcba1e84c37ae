// Shapes passed between the parser's pieces and to the rest of dealreg.
import type { ParseOutput, Partner, ProvenanceMap, Registration } from "./schema.ts";
import type { MachineMail } from "./machine-mail/types.ts";
import type { RowRef } from "./attachments.ts";
import type { DetectedLanguage } from "./normalise/language.ts";

export type { RowRef };

/** A further row of an attached table read as a registration; its provenance names the row. */
export interface RowRegistration {
  source: RowRef;
  /** the row as "Header: cell" lines (what the provenance spans point into) */
  text: string;
  output: ParseOutput;
  provenance: ProvenanceMap;
}

export interface MailAddress {
  address: string; // lower case
  name: string | null;
}

export interface AttachmentInfo {
  filename: string | null;
  contentType: string;
  size: number;
}

/** The headers and body of one decoded message, shared by the decoder's and the parser's results. */
export interface MessageEnvelope {
  messageId: string | null; // with angle brackets, as in the header
  inReplyTo: string | null;
  references: string[];
  subject: string;
  from: MailAddress | null;
  to: MailAddress[];
  cc: MailAddress[];
  replyTo: MailAddress[];
  date: Date | null;
  /** lower-cased header name -> first value as text (for classification and display) */
  headers: Record<string, string>;
  /** decoded body as plain text (HTML turned into text); untrusted */
  text: string;
  /** the HTML body if there was one; untrusted, never rendered unescaped */
  html: string | null;
  attachments: AttachmentInfo[];
}

/** What the parser read from one raw message: the contract output plus what ingest needs. */
export interface ParsedMessage extends MessageEnvelope {
  output: ParseOutput;
  language: DetectedLanguage;
  provenance: ProvenanceMap;
  /** further rows of a table attachment (CSV/TSV/XLSX), each read as a registration of its own,
   * up to the rows-per-mail bound (the first row is this message's `output`) */
  rows: RowRegistration[];
  /** further rows past that bound: not read, for a person to register */
  rowsOverLimit: RowRef[];
  /** attachments that could not be read, and why (shown to ops) */
  attachmentNotes: string[];
  /** what a bounce reports or when an out-of-office answer's author is back; null for other kinds */
  machine: MachineMail | null;
  /** set when the message could not be decoded or parsed; such a message goes to review */
  error: string | null;
}

export interface ParseOptions {
  /** Domains of the vendor itself (from INBOUND_ADDRESS and friends); never a prospect's. */
  vendorDomains: string[];
  /** The vendor's own names (VENDOR_NAME); its domains and inbox name it too. */
  vendorNames?: string[];
  /** The vendor's product names (VENDOR_PRODUCTS): read as product interest, never as a prospect. */
  vendorProducts?: string[];
  /** Rows of attached tables read as registrations, the message's own first row included
   * (ATTACHMENT_ROWS_PER_MAIL; default ROWS_PER_MAIL). */
  maxRowsPerMail?: number;
  /** Optional model-based extractor; rules alone when absent. */
  llm?: LlmExtractor | null;
}

/** The result of one extractor over one message. */
export interface Extraction {
  registration: Registration;
  partner: Partner;
  provenance: ProvenanceMap;
  confidence: number;
}

export interface LlmInput {
  subject: string;
  text: string;
  from: MailAddress | null;
  vendorDomains: string[];
}

export interface LlmExtractor {
  /** Returns null when the model is unavailable or its answer is unusable (rules then stand alone). */
  extract(input: LlmInput): Promise<Extraction | null>;
}
