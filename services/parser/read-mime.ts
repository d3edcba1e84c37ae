// mailparser's MailParser stream, read the way simpleParser reads it, except that the mail
// comes in pieces (written with backpressure) and attachment bodies are not collected: a
// 39 MiB mail with a 29 MiB attachment would otherwise sit in memory as raw bytes, decoded
// chunks and their concatenation at once. Only attachments the parser reads (`keepContent`:
// tables, vCards, attached mail, report parts) keep their content, up to KEEP_ATTACHMENT_BYTES;
// every other one is drained as it streams past and only its size is kept.
import { once } from "node:events";
import {
  MailParser,
  type AddressObject,
  type Attachment,
  type AttachmentStream,
  type MailParserOptions,
  type MessageText,
  type ParsedMail,
} from "mailparser";
import { isListOf, isRecord } from "../core/guards.ts";

export const KEEP_ATTACHMENT_BYTES = 1024 * 1024;

export type AttachmentHead = Pick<Attachment, "contentType" | "filename">;

/** mailparser's options; `checksumAlgo: false` (hash nothing) is missing from its typings. */
export type ReadMimeOptions = Omit<MailParserOptions, "checksumAlgo"> & { checksumAlgo?: string | false };

export function readMime(
  input: AsyncIterable<Buffer>,
  options: ReadMimeOptions,
  keepContent: (a: AttachmentHead) => boolean,
): Promise<ParsedMail> {
  return new Promise((resolve, reject) => {
    const parser = new MailParser(options as MailParserOptions);
    const attachments: Attachment[] = [];
    let headers: ParsedMail["headers"] = new Map();
    let headerLines: ParsedMail["headerLines"] = [];
    let text: string | undefined;
    let html: string | false = false;
    let settled = false;
    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      parser.destroy();
      reject(err);
    };
    parser.on("error", fail);
    parser.on("headers", (h: ParsedMail["headers"]) => (headers = h));
    parser.on("headerLines", (lines: ParsedMail["headerLines"]) => (headerLines = lines));
    parser.on("data", (data: AttachmentStream | MessageText) => {
      if (data.type === "text") {
        if (typeof data.text === "string") text = data.text;
        if (typeof data.html === "string") html = data.html;
        return;
      }
      // a broken Content-Type or name reaches us as something other than a string (`false`)
      const head = {
        contentType: typeof data.contentType === "string" ? data.contentType : "application/octet-stream",
        filename: typeof data.filename === "string" ? data.filename : undefined,
      };
      const keep = keepContent(head);
      const chunks: Buffer[] = [];
      let size = 0;
      data.content.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (keep && size <= KEEP_ATTACHMENT_BYTES) chunks.push(chunk);
        else chunks.length = 0;
      });
      data.content.on("end", () => {
        const { content: _stream, release: _release, ...info } = data;
        attachments.push({
          ...info,
          ...head,
          type: "attachment",
          checksum: info.checksum ?? "",
          size,
          content: keep && size <= KEEP_ATTACHMENT_BYTES ? Buffer.concat(chunks) : Buffer.alloc(0),
          release: null,
        });
        data.release?.();
      });
    });
    parser.on("end", () => {
      if (settled) return;
      settled = true;
      // the header values simpleParser copies onto the mail, each checked for the shape it has
      const header = (key: string): unknown => headers.get(key);
      resolve({
        attachments,
        headers,
        headerLines,
        html,
        text,
        subject: asText(header("subject")),
        references: asTextOrList(header("references")),
        date: asDate(header("date")),
        to: asAddressList(header("to")),
        from: asAddress(header("from")),
        cc: asAddressList(header("cc")),
        bcc: asAddressList(header("bcc")),
        messageId: asText(header("message-id")),
        inReplyTo: asText(header("in-reply-to")),
        replyTo: asAddress(header("reply-to")),
      });
    });
    const feed = async () => {
      for await (const chunk of input) {
        if (settled) return;
        if (!parser.write(chunk)) await once(parser, "drain");
      }
      parser.end();
    };
    feed().catch(fail);
  });
}

// mailparser keeps the first From, Reply-To, Subject, Message-ID and In-Reply-To, but lists
// the values when To, Cc, Bcc or References repeat.

function asText(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}

function asTextOrList(v: unknown): string | string[] | undefined {
  if (isListOf(v, (s) => typeof s === "string")) return v;
  return asText(v);
}

function asDate(v: unknown): Date | undefined {
  return v instanceof Date ? v : undefined;
}

function asAddress(v: unknown): AddressObject | undefined {
  return isAddressObject(v) ? v : undefined;
}

function asAddressList(v: unknown): AddressObject | AddressObject[] | undefined {
  if (isListOf(v, isAddressObject)) return v;
  return asAddress(v);
}

/** An address header's value: its `value` list tells it from a structured header (a string
 * value); `html` and `text` are not read, mailparser may build them lazily. */
function isAddressObject(v: unknown): v is AddressObject {
  return isRecord(v) && Array.isArray(v.value);
}
