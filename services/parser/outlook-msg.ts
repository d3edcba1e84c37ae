// An Outlook .msg attachment (application/vnd.ms-outlook) read as the mail it holds, with
// @kenjiuno/msgreader (maintained, Node >= 10, pure JavaScript). A .msg is a compound file
// (CFB) of MAPI properties, not MIME; the reader gives sender, recipients, subject and the
// plain body (the HTML body when there is no plain one). Never throws: a file that is no
// readable .msg says why. A hostile file that spins the reader is stopped by the parse
// worker's deadline like any other mail.
import { createRequire } from "node:module";
import type MsgReaderModule from "@kenjiuno/msgreader";
import type { FieldsData } from "@kenjiuno/msgreader";
import type { ForwardedMail } from "./attachments.ts";
import { htmlToPlainText } from "./html-text.ts";

// The package is CommonJS compiled from TypeScript (the class is its exports' `default`): require
// gives that one shape whichever loader runs us (Node, tsx, vitest), where an ESM default import
// may be the exports object or, through a bundler's interop, the class itself.
const require = createRequire(import.meta.url);
const { default: MsgReader }: typeof MsgReaderModule = require("@kenjiuno/msgreader");

export type MsgRead = { ok: true; mail: ForwardedMail } | { ok: false; reason: string };

/** Longest body taken from a .msg: as much as the decoder keeps of any mail's text. */
const MAX_BODY_CHARS = 200_000;

export function readOutlookMsg(content: Buffer): MsgRead {
  let data: FieldsData;
  try {
    // a copy of its own: the reader ignores a view's offset into a shared buffer (Node's pool)
    data = new MsgReader(new Uint8Array(content).buffer).getFileData();
  } catch (err) {
    return {
      ok: false,
      reason: `not a readable Outlook .msg file (${err instanceof Error ? err.message : String(err)})`,
    };
  }
  if (data.error) return { ok: false, reason: `not a readable Outlook .msg file (${data.error})` };
  // an Exchange-internal sender has an X.500 path, not an address, in senderEmail
  const who = (name: string | undefined, ...addresses: Array<string | undefined>) => {
    const a = addresses.map((x) => x?.trim() ?? "").find((x) => x.includes("@")) ?? "";
    const n = name?.trim() ?? "";
    if (!a) return n;
    return n && n.toLowerCase() !== a.toLowerCase() ? `${n} <${a}>` : a;
  };
  const recipients = (type: "to" | "cc") =>
    (data.recipients ?? [])
      .filter((r) => (r.recipType ?? "to") === type)
      .map((r) => who(r.name, r.smtpAddress, r.email))
      .filter(Boolean)
      .join(", ");
  const plain = data.body?.trim() ? data.body : data.bodyHtml ? htmlToPlainText(data.bodyHtml) : "";
  return {
    ok: true,
    mail: {
      from: who(data.senderName, data.senderSmtpAddress, data.senderEmail),
      to: recipients("to"),
      cc: recipients("cc"),
      date: data.messageDeliveryTime ?? data.clientSubmitTime ?? "",
      subject: data.subject ?? "",
      text: plain.replace(/\r\n?/g, "\n").slice(0, MAX_BODY_CHARS),
    },
  };
}
