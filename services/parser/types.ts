// Shapes passed between the parser's pieces and to the rest of dealreg.
import type { ParseOutput, Partner, ProvenanceMap, Registration } from "./schema.ts";
import type { MachineMail } from "./machine-mail/types.ts";

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
  language: "en" | "de";
  provenance: ProvenanceMap;
  /** further rows of a CSV/TSV attachment (header -> cell): registrations of their own, not yet made cases */
  extraRows?: Array<Record<string, string>>;
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
