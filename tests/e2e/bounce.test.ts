// A bounce end to end, on real PostgreSQL, through SMTP (capture) and IMAP (private Dovecot):
// a registration is acknowledged over SMTP with a VERP envelope sender, the partner's server
// returns a DSN into the mailbox, and the case shows the bounce with exactly one
// partner_unreachable item in the review queue; nothing answers the DSN.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { hasPostgres } from "../helpers/db.ts";
import { corpusMail } from "../helpers/app.ts";
import { startMailStack, type MailStack, type TestApp } from "../helpers/mail-stack.ts";
import { dovecotOrSkip, type Dovecot } from "../helpers/dovecot.ts";
import type { SmtpCapture } from "../helpers/smtp-capture.ts";
import { loadCaseView } from "../../services/cases/case-report.ts";
import { dsn } from "../cases/machine-mail/reports.ts";

const OLIVER = "oliver.grant@ledgerline.co.uk";
const ready = hasPostgres() && dovecotOrSkip();

describe.runIf(ready)("a bounced acknowledgement over SMTP and IMAP on PostgreSQL", () => {
  let dovecot: Dovecot;
  let smtp: SmtpCapture;
  let app: TestApp;
  let stack: MailStack | undefined;

  beforeAll(async () => {
    stack = await startMailStack();
    ({ dovecot, smtp, app } = stack);
  });
  afterAll(async () => {
    await stack?.close();
  });

  it("ties the DSN to the acknowledgement and the case, and queues one partner_unreachable item", async () => {
    const db = app.database.db;
    await dovecot.append(corpusMail("001-"));
    const [ack] = await smtp.waitFor(
      1,
      (m) => m.envelope.to.includes(OLIVER) && (m.parsed.subject ?? "").includes("Registration received"),
    );
    const caseNumber = /\[(REG-\d{4}-\d{6})\]/.exec(ack!.parsed.subject!)![1]!;
    expect(ack!.envelope.from).toMatch(/^partners\+b-\d+@northbeam\.io$/);
    await smtp.waitFor(2, (m) => (m.parsed.subject ?? "").includes(`[${caseNumber}] Decision needed`));
    const queuedBefore = (await db.selectFrom("outbox").select("id").execute()).length;

    await dovecot.append(
      dsn({
        to: ack!.envelope.from,
        recipient: OLIVER,
        messageId: ack!.parsed.messageId!,
        subject: ack!.parsed.subject,
        diagnostic: "550 5.1.1 user unknown",
      }),
    );
    const event = await vi.waitFor(
      async () => {
        const c = await loadCaseView(db, caseNumber);
        const e = c?.timeline.find((t) => t.kind === "mail_bounced");
        if (!e) throw new Error("bounce not on the case yet");
        return e;
      },
      { timeout: 30_000, interval: 100 },
    );
    expect(event.text).toBe(`acknowledgement to ${OLIVER} bounced: 550 5.1.1 user unknown`);
    const row = await db
      .selectFrom("outbox")
      .selectAll()
      .where("message_id", "=", ack!.parsed.messageId!)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: "bounced", bounce_status: "5.1.1", bounce_type: "hard" });
    const items = await db.selectFrom("review_items").selectAll().where("reason", "=", "partner_unreachable").execute();
    expect(items).toHaveLength(1);
    expect(items[0]!.detail).toBe(event.text);
    // the DSN is never answered: processing it queued nothing (it commits in one transaction with the event)
    expect((await db.selectFrom("outbox").select("id").execute()).length).toBe(queuedBefore);
  }, 180_000); // a whole journey through IMAP, ingest and SMTP: seconds each on a loaded machine
});
