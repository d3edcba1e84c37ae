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

export const KEEP_ATTACHMENT_BYTES = 1024 * 1024;

export type AttachmentHead = Pick<Attachment, "contentType" | "filename">;

export function readMime(
  input: AsyncIterable<Buffer>,
  options: MailParserOptions,
  keepContent: (a: AttachmentHead) => boolean,
): Promise<ParsedMail> {
  return new Promise((resolve, reject) => {
    const parser = new MailParser(options);
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
      const keep = keepContent(data);
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
      const header = (key: string) => headers.get(key);
      resolve({
        attachments,
        headers,
        headerLines,
        html,
        text,
        subject: header("subject") as string | undefined,
        references: header("references") as string | string[] | undefined,
        date: header("date") as Date | undefined,
        to: header("to") as AddressObject | undefined,
        from: header("from") as AddressObject | undefined,
        cc: header("cc") as AddressObject | undefined,
        bcc: header("bcc") as AddressObject | undefined,
        messageId: header("message-id") as string | undefined,
        inReplyTo: header("in-reply-to") as string | undefined,
        replyTo: header("reply-to") as AddressObject | undefined,
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
