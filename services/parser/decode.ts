// Raw RFC 5322 bytes -> a decoded message (headers, addresses, plain text, attachments).
// mailparser does the MIME work; this module bounds it (size, time) and turns HTML into text
// that keeps table cells apart, so labelled fields survive HTML-only mail.
import type { AddressObject, Attachment, EmailAddress, ParsedMail } from "mailparser";
import { z } from "zod";
import { isRecord } from "../core/guards.ts";
import { KEEP_ATTACHMENT_BYTES, readMime, type AttachmentHead } from "./read-mime.ts";
import { rawMailFromBuffer, sizeAllowanceMs, type RawMail } from "./raw-mail.ts";
import type { AttachmentInfo, MailAddress, MessageEnvelope } from "./types.ts";
import { htmlToPlainText } from "./html-text.ts";
import { parseVcard, type VcardContact } from "./vcard.ts";
import {
  asForwardBlock,
  furtherRows,
  isAttachedMail,
  isOutlookMsg,
  isSpreadsheet,
  isTable,
  readTables,
  tablesAsLabels,
  type ForwardedMail,
  type TableRow,
} from "./attachments.ts";
import { readOutlookMsg } from "./outlook-msg.ts";
import { decodeHeaderWords, displayNameFromRaw, lostToCharset } from "./header-words.ts";
import type { ReportPart } from "./machine-mail/types.ts";

export interface DecodedMessage extends MessageEnvelope {
  /** main content type of the message, lower case ("multipart/report", "text/plain") */
  contentType: string;
  /** content-type parameters of the top part (report-type …) */
  contentTypeParams: Record<string, string>;
  vcards: VcardContact[];
  /** rows after the first of a table attachment (CSV/TSV/XLSX): registrations of their own */
  tableRows: TableRow[];
  /** attachments that could not be read, and why (shown to ops) */
  attachmentNotes: string[];
  /** text of attached original messages and report parts (message/rfc822, text/rfc822-headers, …) */
  reportParts: ReportPart[];
}

export class DecodeError extends Error {
  readonly code = "DECODE_FAILED";
  constructor(message: string) {
    super(message);
    this.name = "DecodeError";
  }
}

/** Limits that keep one hostile message from stalling the process. */
export const DECODE_LIMITS = {
  // the store's own limit (SES's S3 action delivers up to 40 MB): attachments are streamed, not kept
  maxBytes: 40 * 1024 * 1024,
  /** plus a second per whole MiB of mail (sizeAllowanceMs) */
  timeoutMs: 10_000,
  maxHtmlToText: 512 * 1024,
  maxTextChars: 200_000,
};

export function decodeMessage(raw: Buffer, depth = 0): Promise<DecodedMessage> {
  return decodeMail(rawMailFromBuffer(raw), depth);
}

/** Decodes a mail read piece by piece: attachments stream past, only the parts read are kept. */
export async function decodeMail(raw: RawMail, depth = 0): Promise<DecodedMessage> {
  if (raw.size > DECODE_LIMITS.maxBytes) throw new DecodeError(`message larger than ${DECODE_LIMITS.maxBytes} bytes`);
  const mail = await withTimeout(
    readMime(
      withLineFeedsStream(raw.chunks()),
      // no attachment checksum either: nothing reads it, and it hashed every attachment byte
      { skipHtmlToText: true, skipTextToHtml: true, skipImageLinks: true, skipTextLinks: true, checksumAlgo: false },
      readsContent,
    ),
    DECODE_LIMITS.timeoutMs + sizeAllowanceMs(raw.size),
  );
  const decoded = fromParsed(mail);
  return depth === 0 ? withAttachmentSources(decoded, mail.attachments) : decoded;
}

/** Attachments whose content the parser reads; every other one is only counted. */
function readsContent(a: AttachmentHead): boolean {
  const head = { filename: a.filename ?? null, contentType: a.contentType };
  return readsAsSource(head) || isVcard(head) || isReportPart(head);
}

/** A Content-Type header as mailparser keeps it: its value and its parameters. */
const ContentTypeHeader = z.object({ params: z.object({ charset: z.string() }) });

/** The charset parameter of an attachment's Content-Type, when it has one. */
function charsetOf(a: Attachment): string | null {
  const ct = ContentTypeHeader.safeParse(a.headers?.get("content-type"));
  return ct.success ? ct.data.params.charset : null;
}

/** Attachments read as a registration's source: tables and attached mail. */
function readsAsSource(head: { filename: string | null; contentType: string }): boolean {
  return isTable(head) || isSpreadsheet(head) || isAttachedMail(head) || isOutlookMsg(head);
}

/**
 * A table attachment's first row as label lines above the text, an attached mail (MIME or
 * Outlook .msg) as a forwarded message below it (one level deep: a mail attached to an attached
 * mail is not read). An attachment cut at KEEP_ATTACHMENT_BYTES or unreadable gets a note.
 */
async function withAttachmentSources(d: DecodedMessage, attachments: Attachment[]): Promise<DecodedMessage> {
  const notes: string[] = [];
  const parts = attachments.flatMap((a) => {
    const part = {
      filename: a.filename ?? null,
      contentType: a.contentType,
      charset: charsetOf(a),
      content: a.content,
    };
    const read = readsAsSource(part);
    if (read && a.size > KEEP_ATTACHMENT_BYTES) {
      notes.push(`${part.filename ?? part.contentType}: larger than ${KEEP_ATTACHMENT_BYTES} bytes; not read`);
      return [];
    }
    return read ? [part] : [];
  });
  const { tables, notes: tableNotes } = await readTables(parts);
  notes.push(...tableNotes);
  for (const t of tables.filter((x) => x.rowsOmitted > 0))
    notes.push(`${t.file ?? "spreadsheet"}: ${t.rowsOmitted} rows past the first ${t.rows.length} not read`);
  const forwards: string[] = [];
  for (const a of parts) {
    if (isAttachedMail(a)) {
      try {
        const m = await decodeMessage(a.content, 1);
        const who = (x: MailAddress | null) => (x ? (x.name ? `${x.name} <${x.address}>` : x.address) : "");
        forwards.push(
          asForwardBlock({
            from: who(m.from),
            to: m.to.map(who).join(", "),
            cc: m.cc.map(who).join(", "),
            date: m.date?.toUTCString() ?? "",
            subject: m.subject,
            text: m.text,
          }),
        );
        d.vcards.push(...m.vcards);
      } catch (err) {
        notes.push(`${a.filename ?? "attached mail"}: could not be decoded (${errorText(err)}); not read`);
      }
    } else if (isOutlookMsg(a)) {
      const m = readOutlookMsg(a.content);
      if (m.ok) forwards.push(asForwardBlock(boundForward(m.mail)));
      else notes.push(`${a.filename ?? "Outlook message"}: ${m.reason}; not read`);
    }
  }
  if (tables.length === 0 && forwards.length === 0) return { ...d, attachmentNotes: notes };
  const text = [tablesAsLabels(tables), d.text, ...forwards].filter((t) => t.trim()).join("\n\n");
  return { ...d, text, tableRows: furtherRows(tables), attachmentNotes: notes };
}

/** A .msg body bounded the way a decoded mail's text is (blank runs, line length). */
function boundForward(m: ForwardedMail): ForwardedMail {
  return { ...m, text: boundLongLines(boundBlankRuns(m.text)) };
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

async function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DecodeError(`decoding took longer than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function fromParsed(mail: ParsedMail): DecodedMessage {
  const headers = headerRecord(mail);
  const ct = mail.headers.get("content-type");
  const contentType = (
    typeof ct === "object" && ct && "value" in ct ? String(ct.value) : String(ct ?? "text/plain")
  ).toLowerCase();
  const contentTypeParams = typeof ct === "object" && ct && "params" in ct ? lowerKeys(ct.params) : {};
  const html = typeof mail.html === "string" && mail.html.trim() ? mail.html : null;
  let text = typeof mail.text === "string" ? mail.text : "";
  if (!text.trim() && html) text = htmlToPlainText(html.slice(0, DECODE_LIMITS.maxHtmlToText));
  text = boundLongLines(
    boundBlankRuns(repairMojibake(text).replace(/\r\n?/g, "\n").slice(0, DECODE_LIMITS.maxTextChars)),
  );
  return {
    messageId: mail.messageId ?? null,
    inReplyTo: mail.inReplyTo ?? null,
    references: toList(mail.references),
    subject: redecodedSubject(mail.subject, headers.subject),
    from: redecodedFrom(mail, headers.from),
    to: addresses(mail.to),
    cc: addresses(mail.cc),
    replyTo: addresses(mail.replyTo),
    date: mail.date instanceof Date && !Number.isNaN(mail.date.getTime()) ? mail.date : null,
    headers,
    contentType,
    contentTypeParams,
    text,
    html,
    attachments: mail.attachments.map(attachmentInfo),
    vcards: mail.attachments.filter(isVcard).flatMap((a) => parseVcard(a.content.toString("utf8"))),
    tableRows: [],
    attachmentNotes: [],
    reportParts: mail.attachments.filter(isReportPart).map((a) => ({
      contentType: a.contentType.toLowerCase(),
      text: a.content.subarray(0, 64 * 1024).toString("utf8"),
    })),
  };
}

/** The subject, decoded again from its line as written when mailparser did not know a charset label in it. */
function redecodedSubject(subject: string | undefined, rawSubject: string | undefined): string {
  const read = (subject ?? "").replace(/\s+/g, " ").trim();
  if (!lostToCharset(read) || rawSubject === undefined) return read;
  const again = decodeHeaderWords(rawSubject);
  return again && !lostToCharset(again) ? again : read;
}

/**
 * The sender, its display name decoded again from the From line as written (`rawFrom`, the
 * headerRecord's value) when mailparser did not know its charset label.
 */
function redecodedFrom(mail: ParsedMail, rawFrom: string | undefined): MailAddress | null {
  const from = firstAddress(mail.from);
  if (!from || !lostToCharset(from.name) || !from.address || rawFrom === undefined) return from;
  const name = displayNameFromRaw(rawFrom, from.address);
  return name ? { ...from, name } : from;
}

function headerRecord(mail: ParsedMail): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of mail.headerLines ?? []) {
    const key = line.key.toLowerCase();
    if (key in out) continue;
    const colon = line.line.indexOf(":");
    out[key] = (colon >= 0 ? line.line.slice(colon + 1) : line.line).replace(/\s+/g, " ").trim();
  }
  return out;
}

function lowerKeys(o: unknown): Record<string, string> {
  if (!isRecord(o)) return {};
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k.toLowerCase(), String(v).toLowerCase()]));
}

function toList(v: string | string[] | undefined): string[] {
  if (!v) return [];
  return (Array.isArray(v) ? v : v.split(/\s+/)).map((s) => s.trim()).filter(Boolean);
}

function addresses(v: AddressObject | AddressObject[] | undefined): MailAddress[] {
  if (!v) return [];
  const out: MailAddress[] = [];
  const walk = (list: EmailAddress[]) => {
    for (const a of list) {
      if (Array.isArray(a.group)) walk(a.group);
      else if (a.address) out.push({ address: a.address.trim().toLowerCase(), name: a.name?.trim() || null });
    }
  };
  for (const obj of Array.isArray(v) ? v : [v]) walk(obj.value ?? []);
  return out;
}

function firstAddress(v: AddressObject | AddressObject[] | undefined): MailAddress | null {
  const all = addresses(v);
  if (all[0]) return all[0];
  // "From: "" (Mail Delivery System)" has a name but no address: keep the name
  const obj = Array.isArray(v) ? v[0] : v;
  const name = obj?.value?.[0]?.name?.trim();
  return name ? { address: "", name } : null;
}

function attachmentInfo(a: Attachment): AttachmentInfo {
  return {
    filename: a.filename ?? null,
    contentType: (a.contentType ?? "application/octet-stream").toLowerCase(),
    size: a.size ?? a.content?.length ?? 0,
  };
}

const REPORT_PART_TYPES = new Set([
  "message/rfc822",
  "text/rfc822-headers",
  "message/rfc822-headers",
  "message/feedback-report",
  "message/delivery-status",
  "message/global",
  "message/global-headers",
]);

function isReportPart(a: { contentType?: string }): boolean {
  return REPORT_PART_TYPES.has((a.contentType ?? "").toLowerCase());
}

/**
 * Mail saved with bare CR line ends (old Mac tools) or behind an mbox "From " separator reads
 * as one long header to mailparser; both are turned into the plain form first. Only a message
 * with no LF at all is treated as CR-ended, so CR bytes inside 8-bit parts stay as they are.
 */
export function withLineFeeds(raw: Buffer): Buffer {
  const ends = lineEndsOf(raw);
  const out = ends.skip > 0 ? raw.subarray(ends.skip) : raw;
  return ends.crOnly ? crToLf(out) : out;
}

/** How much of a streamed mail decides its line ends: headers end well before this. */
const LINE_END_HEAD_BYTES = 64 * 1024;

/** withLineFeeds for a mail read in pieces; "no LF at all" is judged on its first 64 KiB. */
export async function* withLineFeedsStream(chunks: AsyncIterable<Buffer>): AsyncIterable<Buffer> {
  let head: Buffer | null = Buffer.alloc(0);
  let crOnly = false;
  for await (const chunk of chunks) {
    if (head === null) {
      yield crOnly ? crToLf(chunk) : chunk;
      continue;
    }
    head = head.length > 0 ? Buffer.concat([head, chunk]) : chunk;
    if (head.length < LINE_END_HEAD_BYTES) continue;
    const ends = lineEndsOf(head);
    crOnly = ends.crOnly;
    const first = head.subarray(ends.skip);
    head = null;
    yield crOnly ? crToLf(first) : first;
  }
  if (head !== null && head.length > 0) yield withLineFeeds(head);
}

/** The bytes of an mbox "From " line to skip, and whether the rest has CR line ends only. */
function lineEndsOf(head: Buffer): { skip: number; crOnly: boolean } {
  let skip = 0;
  if (head.subarray(0, 5).toString("latin1") === "From ") {
    const eol = head.indexOf(0x0a) >= 0 ? head.indexOf(0x0a) : head.indexOf(0x0d);
    if (eol > 0) skip = eol + 1;
  }
  const rest = head.subarray(skip);
  return { skip, crOnly: rest.indexOf(0x0d) >= 0 && rest.indexOf(0x0a) < 0 };
}

function crToLf(b: Buffer): Buffer {
  return Buffer.from(b.toString("latin1").replace(/\r/g, "\n"), "latin1");
}

function isVcard(a: { contentType?: string; filename?: string | null }): boolean {
  const t = (a.contentType ?? "").toLowerCase();
  return t === "text/vcard" || t === "text/x-vcard" || /\.vcf$/i.test(a.filename ?? "");
}

/** UTF-8 bytes decoded as Latin-1 ("MÃ¼ller") are decoded again as UTF-8 when that is clean. */
/**
 * Runs of more than 8 spaces or tabs carry no meaning for extraction, but they make every
 * pattern of the shape `\s+X` quadratic: a crafted line of 100k blanks would stall the parser
 * (and with it the whole service) for minutes. Longer runs are cut to 8.
 */
export function boundBlankRuns(text: string): string {
  return text.replace(/[ \t\u00a0]{9,}/g, (run) => run.slice(0, 8));
}

/** Longest line the extractor sees; longer lines are broken at a space before this length. */
export const MAX_LINE_CHARS = 2000;

/** Whether a line is longer than MAX_LINE_CHARS, found without splitting the text into lines. */
function hasLongLine(text: string): boolean {
  for (let start = 0; start < text.length;) {
    const end = text.indexOf("\n", start);
    if ((end < 0 ? text.length : end) - start > MAX_LINE_CHARS) return true;
    if (end < 0) return false;
    start = end + 1;
  }
  return false;
}

/**
 * Partners write paragraphs, not 100 KB lines; but one crafted line must not cost quadratic
 * time in the extractor's many unanchored patterns. Lines over MAX_LINE_CHARS are broken at the
 * last sentence end or space before the limit (hard-cut when there is none), which keeps the
 * total work linear in the length of the mail.
 */
export function boundLongLines(text: string): string {
  if (!hasLongLine(text)) return text;
  return text
    .split("\n")
    .map((line) => {
      const parts: string[] = [];
      let rest = line;
      while (rest.length > MAX_LINE_CHARS) {
        const window = rest.slice(0, MAX_LINE_CHARS);
        const sentence = Math.max(window.lastIndexOf(". "), window.lastIndexOf("! "), window.lastIndexOf("? "));
        const space = window.lastIndexOf(" ");
        const cut = sentence > MAX_LINE_CHARS / 2 ? sentence + 1 : space > MAX_LINE_CHARS / 2 ? space : MAX_LINE_CHARS;
        parts.push(rest.slice(0, cut).trimEnd());
        rest = rest.slice(cut).trimStart();
      }
      parts.push(rest);
      return parts.join("\n");
    })
    .join("\n");
}

export function repairMojibake(text: string): string {
  if (!/[ÃÂ][\u0080-\u00bf]/.test(text)) return text;
  if (/[^\u0000-\u00ff]/.test(text)) return text;
  const again = Buffer.from(text, "latin1").toString("utf8");
  return again.includes("\ufffd") ? text : again;
}
