// One whole conversation on real PostgreSQL, through IMAP (private Dovecot) and SMTP (capture):
// registration -> acknowledgement -> the partner adds the missing website -> managers notified
// -> a manager approves by reply -> the partner gets the approval with the window -> a forged
// approve on another case changes nothing.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { hasPostgres } from "../helpers/db.ts";
import { corpusMail } from "../helpers/app.ts";
import { startMailStack, type MailStack, type TestApp } from "../helpers/mail-stack.ts";
import { dovecotOrSkip, type Dovecot } from "../helpers/dovecot.ts";
import type { CapturedMail, SmtpCapture } from "../helpers/smtp-capture.ts";
import { answer, type SentMail } from "../cases/mail.ts";
import { dnsStub, makeDkim } from "../cases/dkim.ts";

const LENA = "lena.vogt@northbeam.io";
const TYLER = "tyler@ironbridgepartners.com";

function asParent(m: CapturedMail): SentMail {
  const refs = m.parsed.references;
  return {
    message_id: m.parsed.messageId!,
    references: Array.isArray(refs) ? refs.join(" ") : (refs ?? null),
    subject: m.parsed.subject ?? "",
    reply_to: m.parsed.replyTo?.value[0]?.address ?? null,
    text_body: m.parsed.text ?? "",
  };
}

const ready = hasPostgres() && dovecotOrSkip();

describe.runIf(ready)("a whole case conversation over IMAP and SMTP on PostgreSQL", () => {
  let dovecot: Dovecot;
  let smtp: SmtpCapture;
  let app: TestApp;
  let stack: MailStack | undefined;
  const key = makeDkim("northbeam.io");

  beforeAll(async () => {
    stack = await startMailStack({ AUTHSERV_ID: "mx.northbeam.io", PROTECTION_DAYS: "90" }, (a) => {
      a.pipeline.resolver = dnsStub([key]);
    });
    ({ dovecot, smtp, app } = stack);
  });
  afterAll(async () => {
    await stack?.close();
  });

  const to = (addr: string) => (m: CapturedMail) => m.envelope.to.includes(addr);
  const subject = (s: string) => (m: CapturedMail) => (m.parsed.subject ?? "").includes(s);
  const both =
    (...fs: Array<(m: CapturedMail) => boolean>) =>
    (m: CapturedMail) =>
      fs.every((f) => f(m));

  it("runs from registration to approval, and ignores a forged approve", async () => {
    const db = app.database.db;
    // 1. registration without a website -> acknowledgement asking for it
    await dovecot.append(corpusMail("008-"));
    const [ack] = await smtp.waitFor(1, both(to(TYLER), subject("Registration received")));
    const caseNumber = /\[(REG-\d{4}-\d{6})\]/.exec(ack!.parsed.subject!)![1]!;
    expect(ack!.parsed.text).toContain("What is still missing");
    expect(ack!.parsed.text).toContain("Website / domain");
    const c0 = await db.selectFrom("cases").selectAll().where("case_number", "=", caseNumber).executeTakeFirstOrThrow();
    expect(c0.status).toBe("incomplete");

    // 2. the partner answers with the website -> confirmation, managers notified
    await dovecot.append(
      answer(asParent(ack!), {
        from: `Tyler Brooks <${TYLER}>`,
        text: "Hi, the website is whitfieldlandscaping.com\n\nTyler",
        quote: true,
      }),
    );
    const [update] = await smtp.waitFor(1, both(to(TYLER), subject("Registration updated")));
    expect(update!.parsed.text).toContain("Website / domain: whitfieldlandscaping.com");
    expect(update!.parsed.inReplyTo).toBe(ack!.parsed.messageId);
    const notices = await smtp.waitFor(2, subject(`[${caseNumber}] Decision needed`));
    expect(notices.map((m) => m.envelope.to[0]).sort()).toEqual([LENA, "sam.reed@northbeam.io"]);

    // 3. a manager approves by replying, DKIM-signed -> the partner gets the approval with the window
    const lenaNotice = notices.find(to(LENA))!;
    await dovecot.append(
      await key.sign(
        answer(asParent(lenaNotice), { from: `Lena Vogt <${LENA}>`, text: "approve\n\nLena", quote: true }),
      ),
    );
    const [approval] = await smtp.waitFor(1, both(to(TYLER), subject("Registration approved")));
    const c1 = await db.selectFrom("cases").selectAll().where("case_number", "=", caseNumber).executeTakeFirstOrThrow();
    expect(c1.status).toBe("approved");
    expect(c1.protected_until!.getTime() - c1.decided_at!.getTime()).toBe(90 * 86_400_000);
    const until = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(c1.protected_until!);
    expect(approval!.parsed.text).toContain(`until ${until}`);
    expect(approval!.parsed.inReplyTo).toBe(update!.parsed.messageId);

    // 4. another case; a forged approve (spoofed From, not signed, Lena's real token) changes nothing
    await dovecot.append(corpusMail("001-"));
    const [ack2] = await smtp.waitFor(1, both(to("oliver.grant@ledgerline.co.uk"), subject("Registration received")));
    const other = /\[(REG-\d{4}-\d{6})\]/.exec(ack2!.parsed.subject!)![1]!;
    const [notice2] = await smtp.waitFor(1, both(to(LENA), subject(`[${other}] Decision needed`)));
    const forged = answer(asParent(notice2!), {
      from: `Lena Vogt <${LENA}>`,
      text: "approve",
      messageId: "<forged-approve@evil.example>",
    });
    await dovecot.append(forged);
    const row = await vi.waitFor(
      async () => {
        const r = await db
          .selectFrom("inbound_messages")
          .select(["outcome", "case_id"])
          .where("message_id", "=", "<forged-approve@evil.example>")
          .executeTakeFirst();
        if (!r?.outcome) throw new Error("forged reply not processed yet");
        return r;
      },
      { timeout: 30_000, interval: 100 },
    );
    const c2 = await db.selectFrom("cases").selectAll().where("case_number", "=", other).executeTakeFirstOrThrow();
    expect(row.case_id).toBe(c2.id);
    expect(c2).toMatchObject({ status: "pending", decided_at: null });
    const refused = await db
      .selectFrom("timeline_events")
      .select("text")
      .where("case_id", "=", c2.id)
      .where("kind", "=", "command_refused")
      .executeTakeFirstOrThrow();
    expect(refused.text).toMatch(/authenticat/);
    expect(
      await db
        .selectFrom("review_items")
        .select("id")
        .where("case_id", "=", c2.id)
        .where("reason", "=", "unverified_command")
        .execute(),
    ).toHaveLength(1);
    expect(smtp.messages.filter(subject(`[${other}] Registration approved`))).toHaveLength(0);
  }, 180_000); // a whole journey through IMAP, ingest and SMTP: seconds each on a loaded machine
});
