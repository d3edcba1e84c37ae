// Builds the RFC 5322 bytes of an outbox row once; every transport sends exactly these bytes.
import MailComposer from "nodemailer/lib/mail-composer/index.js";
import type { OutboxRow } from "../../db/schema.ts";
import type { Envelope } from "./transport.ts";

/** Mail to partners answers their mail (auto-replied); notices to managers are auto-generated. */
const AUTO_SUBMITTED: Record<string, string> = { manager_notice: "auto-generated", reminder: "auto-generated" };

export async function composeRaw(row: OutboxRow): Promise<{ raw: Buffer; envelope: Envelope }> {
  const to = row.to_addresses as unknown as string[];
  const composer = new MailComposer({
    from: row.from_address,
    to,
    replyTo: row.reply_to ?? undefined,
    subject: row.subject,
    text: row.text_body,
    html: row.html_body ?? undefined,
    messageId: row.message_id,
    inReplyTo: row.in_reply_to ?? undefined,
    references: row.references ?? undefined,
    date: row.created_at,
    headers: {
      "Auto-Submitted": AUTO_SUBMITTED[row.kind] ?? "auto-replied",
      "X-Auto-Response-Suppress": "All",
      Precedence: "auto_reply",
    },
  });
  const raw = await composer.compile().build();
  const fromAddress = /<([^>]+)>/.exec(row.from_address)?.[1] ?? row.from_address;
  return { raw, envelope: { from: fromAddress, to } };
}
