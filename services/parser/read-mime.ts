// mailparser's MailParser stream, read the way simpleParser reads it, except that attachment
// bodies are not collected: a 39 MiB mail with a 29 MiB attachment would otherwise sit in
// memory as raw bytes, decoded chunks and their concatenation at once. Attachments up to
// KEEP_ATTACHMENT_BYTES keep their content (vCards and other small parts the parser reads);
// larger ones are drained and only their size is kept.
import { MailParser, type Attachment, type MailParserOptions, type ParsedMail } from "mailparser";

export const KEEP_ATTACHMENT_BYTES = 1024 * 1024;

const ADDRESS_FIELDS = ["subject", "references", "date", "to", "from", "cc", "bcc", "message-id", "in-reply-to", "reply-to"] as const;

export function readMime(raw: Buffer, options: MailParserOptions): Promise<ParsedMail> {
  return new Promise((resolve, reject) => {
    const parser = new MailParser(options);
    const mail = { attachments: [] as Attachment[] } as unknown as ParsedMail & Record<string, unknown>;
    let settled = false;
    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      parser.destroy();
      reject(err);
    };
    parser.on("error", fail);
    parser.on("headers", (headers) => {
      mail.headers = headers;
      mail.headerLines = (parser as unknown as { headerLines: ParsedMail["headerLines"] }).headerLines;
    });
    parser.on("data", (data: { type: string } & Record<string, unknown>) => {
      if (data.type === "text") {
        for (const key of ["text", "html"] as const) if (key in data) mail[key] = data[key] as never;
        return;
      }
      const attachment = data as unknown as Omit<Attachment, "content" | "release"> & { content: NodeJS.ReadableStream; release(): void };
      const chunks: Buffer[] = [];
      let size = 0;
      attachment.content.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size <= KEEP_ATTACHMENT_BYTES) chunks.push(chunk);
        else chunks.length = 0;
      });
      attachment.content.on("end", () => {
        mail.attachments.push({ ...attachment, size, content: size <= KEEP_ATTACHMENT_BYTES ? Buffer.concat(chunks) : Buffer.alloc(0), release: null });
        attachment.release();
      });
    });
    parser.on("end", () => {
      if (settled) return;
      settled = true;
      for (const key of ADDRESS_FIELDS) {
        if (mail.headers?.has(key)) mail[key.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase())] = mail.headers.get(key);
      }
      resolve(mail);
    });
    parser.end(raw);
  });
}
