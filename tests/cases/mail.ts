// Builds raw answers to the mail dealreg sent, for tests of case threads.
import { randomBytes } from "node:crypto";

export interface SentMail {
  message_id: string;
  references: string | null;
  subject: string;
  reply_to: string | null;
  text_body?: string;
}

export interface AnswerOptions {
  from: string;
  /** defaults to the parent's Reply-To */
  to?: string;
  text: string;
  /** quote the parent's text below the answer, as mail clients do */
  quote?: boolean;
  headers?: Record<string, string>;
  subject?: string;
  /** leave out In-Reply-To/References (a client that drops them) */
  unthreaded?: boolean;
  messageId?: string;
  date?: Date;
}

export function answer(parent: SentMail, o: AnswerOptions): Buffer {
  const domain = o.from.split("@")[1] ?? "example.com";
  const refs = [...(parent.references?.split(/\s+/).filter(Boolean) ?? []), parent.message_id].join(" ");
  const lines = [
    `From: ${o.from}`,
    `To: ${o.to ?? parent.reply_to ?? "partners@northbeam.io"}`,
    `Subject: ${o.subject ?? `Re: ${parent.subject}`}`,
    `Date: ${(o.date ?? new Date("2026-03-02T09:00:00Z")).toUTCString()}`,
    `Message-ID: ${o.messageId ?? `<${randomBytes(8).toString("hex")}@${domain}>`}`,
    ...(o.unthreaded ? [] : [`In-Reply-To: ${parent.message_id}`, `References: ${refs}`]),
    ...Object.entries(o.headers ?? {}).map(([k, v]) => `${k}: ${v}`),
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
  ];
  const quoted =
    o.quote && parent.text_body
      ? `\n\nOn Mon, 2 Mar 2026 at 08:00, Northbeam Partner Team <partners@northbeam.io> wrote:\n${parent.text_body
          .split("\n")
          .map((l) => `> ${l}`)
          .join("\n")}\n`
      : "\n";
  return Buffer.from(`${lines.join("\r\n")}\r\n\r\n${o.text.replace(/\n/g, "\r\n")}${quoted.replace(/\n/g, "\r\n")}`);
}
