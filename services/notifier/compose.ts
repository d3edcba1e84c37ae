// Builds the RFC 5322 bytes of an outbox row once; every transport sends exactly these bytes.
import MailComposer from "nodemailer/lib/mail-composer/index.js";
import type { OutboxRow } from "../../db/schema.ts";
import type { Envelope } from "./transport.ts";

/** RFC 3834: mail that answers the partner's own message is auto-replied; everything the
 * system starts itself (manager notices, decisions, reminders) is auto-generated. */
const ANSWERS: ReadonlySet<string> = new Set(["ack", "field_update"]);

export async function composeRaw(row: OutboxRow): Promise<{ raw: Buffer; envelope: Envelope }> {
  const to = row.to_addresses;
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
      "Auto-Submitted": ANSWERS.has(row.kind) ? "auto-replied" : "auto-generated",
      "X-Auto-Response-Suppress": "All",
      Precedence: "auto_reply",
    },
  });
  const raw = await composer.compile().build();
  const fromAddress = /<([^>]+)>/.exec(row.from_address)?.[1] ?? row.from_address;
  return { raw, envelope: { from: fromAddress, to } };
}
