// Forged partner answers (issue #10, item 1). From is forgeable, the case tag is in every subject
// and the partner's own Message-IDs are known to everyone they wrote to: none of these may change
// a case. Only a Message-ID we sent to the partner, or the partner's reply-token address, does.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dbBackends } from "../../helpers/db.ts";
import { testApp } from "../../helpers/app.ts";
import { ingestRawMail } from "../../../services/ingest/ingest-raw-mail.ts";
import { answer, type SentMail } from "../mail.ts";

const ANNA = "anna@brightpath.example";
const HIJACK = "Website: hijack.de\nContact: Mallory, mallory@hijack.de";

describe.each(dbBackends())("forged partner answers on $name", (backend) => {
  let app: Awaited<ReturnType<typeof testApp>>;
  let n = 0;
  beforeEach(async () => {
    app = await testApp(backend, { MAIL_TRANSPORT: "file" });
  });
  afterEach(async () => {
    await app.close();
  });
  const db = () => app.database.db;
  const ingest = (raw: Buffer) => ingestRawMail(app.pipeline, raw, { kind: "cli", file: `f${++n}.eml` });

  function registration(from: string, firm: string, messageId: string): Buffer {
    return Buffer.from(
      `From: ${from}\r\nTo: partners@northbeam.io\r\nSubject: Deal registration ${firm}\r\nMessage-ID: ${messageId}\r\nDate: Mon, 2 Mar 2026 09:00:00 +0000\r\n\r\nHi team, please register this deal.\r\n\r\nCompany: ${firm} Holding GmbH\r\nWebsite: ${firm.toLowerCase()}-x.de\r\nContact: Jana Berg\r\nEmail: jana@${firm.toLowerCase()}-x.de\r\n\r\nThanks\r\n`,
    );
  }
  async function register(from: string, firm: string, messageId = `<reg-${firm}@${from.split("@")[1]}>`) {
    const r = await ingest(registration(from, firm, messageId));
    const c = await db()
      .selectFrom("cases")
      .selectAll()
      .where("case_number", "=", r.caseNumber!)
      .executeTakeFirstOrThrow();
    const mail = (kind: string) =>
      db()
        .selectFrom("outbox")
        .selectAll()
        .where("case_id", "=", c.id)
        .where("kind", "=", kind)
        .orderBy("id")
        .executeTakeFirstOrThrow() as Promise<SentMail & { id: number }>;
    return { r, c, ack: await mail("ack"), notice: await mail("manager_notice"), originalId: messageId };
  }
  const caseOf = (id: number) => db().selectFrom("cases").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  const mailCount = async (caseId: number) =>
    (await db().selectFrom("outbox").select("id").where("case_id", "=", caseId).execute()).length;
  /** A partner-shaped answer that did not come back on anything we sent. */
  const foreign = (
    c: { case_number: string },
    o: { messageId?: string; inReplyTo?: string; references?: string; text: string; from?: string },
  ) =>
    answer(
      {
        message_id: o.inReplyTo ?? "<none@none>",
        references: o.references ?? null,
        subject: `[${c.case_number}] hello`,
        reply_to: "partners@northbeam.io",
      },
      {
        from: o.from ?? ANNA,
        to: "partners@northbeam.io",
        text: o.text,
        unthreaded: !o.inReplyTo,
        ...(o.messageId ? { messageId: o.messageId } : {}),
      },
    );
  async function expectUntouched(
    before: { id: number; company_domain: string | null; contact_email: string | null; status: string },
    mails: number,
  ) {
    const after = await caseOf(before.id);
    expect(after).toMatchObject({
      company_domain: before.company_domain,
      contact_email: before.contact_email,
      status: before.status,
    });
    expect(await mailCount(before.id)).toBe(mails); // no confirmation, no fresh manager notices
  }

  it("F1: the two-step anchor: a parked answer's own Message-ID does not verify the next one", async () => {
    const { c } = await register(ANNA, "Firm");
    const mails = await mailCount(c.id);
    const step1 = await ingest(foreign(c, { messageId: "<anchor@evil.example>", text: "hello" }));
    expect(step1.status).toBe("needs_review");
    const step2 = await ingest(
      foreign(c, { inReplyTo: "<anchor@evil.example>", references: "<anchor@evil.example>", text: HIJACK }),
    );
    expect(step2.status).toBe("needs_review");
    await expectUntouched(c, mails);
    const parked = await db()
      .selectFrom("review_items")
      .select("reason")
      .where("inbound_message_id", "=", step2.inboundMessageId)
      .execute();
    expect(parked.map((p) => p.reason)).toEqual(["unverified_answer"]);
    // it is still on the case's timeline, for people to read
    const events = await db()
      .selectFrom("timeline_events")
      .select("kind")
      .where("inbound_message_id", "=", step2.inboundMessageId)
      .execute();
    expect(events.map((e) => e.kind)).toEqual(["reply_received"]);
  });

  it("F2: the partner's original Message-ID, known to everyone in Cc, threads but changes nothing", async () => {
    const { c, originalId } = await register(ANNA, "Firm");
    const mails = await mailCount(c.id);
    const r = await ingest(foreign(c, { inReplyTo: originalId, references: originalId, text: HIJACK }));
    expect(r).toMatchObject({ status: "needs_review", caseNumber: c.case_number });
    await expectUntouched(c, mails);
  });

  it("F3: the subject tag alone changes nothing", async () => {
    const { c } = await register(ANNA, "Firm");
    const mails = await mailCount(c.id);
    expect((await ingest(foreign(c, { text: HIJACK }))).status).toBe("needs_review");
    await expectUntouched(c, mails);
  });

  it("F4: References mixing our Message-ID of another case with foreign ids verify neither case", async () => {
    const victim = await register(ANNA, "Firm");
    const own = await register("mallory@rival.example", "Rivalco");
    const mailsV = await mailCount(victim.c.id);
    const mailsO = await mailCount(own.c.id);
    // the rival's own ack (ours, sent to the rival) next to the victim's original Message-ID
    const refs = `${own.ack.message_id} ${victim.originalId}`;
    await ingest(foreign(victim.c, { inReplyTo: victim.originalId, references: refs, text: HIJACK }));
    await expectUntouched(victim.c, mailsV);
    await expectUntouched(own.c, mailsO);
    // our Message-IDs of two different cases in one References: ambiguous, verifies nothing
    const both = `${own.ack.message_id} ${victim.ack.message_id}`;
    await ingest(foreign(victim.c, { inReplyTo: victim.ack.message_id, references: both, text: HIJACK }));
    await expectUntouched(victim.c, mailsV);
  });

  it("F5: a forged answer cannot move a case onto another of the partner's prospects to have it rejected as a duplicate", async () => {
    await register(ANNA, "Firm");
    const second = await register(ANNA, "Second", "<reg-second@brightpath.example>");
    const mails = await mailCount(second.c.id);
    await ingest(
      foreign(second.c, { inReplyTo: second.originalId, references: second.originalId, text: "Website: firm-x.de" }),
    );
    await expectUntouched(second.c, mails);
    expect((await caseOf(second.c.id)).decided_by).toBeNull();
  });

  it("F6: a rival cannot move a claim away and then register the prospect conflict-free", async () => {
    const { c, originalId } = await register(ANNA, "Firm");
    await ingest(
      foreign(c, {
        inReplyTo: originalId,
        references: originalId,
        text: "Website: elsewhere-ltd.de\nCompany: Elsewhere Ltd",
      }),
    );
    const rival = await ingest(registration("mallory@rival.example", "Firm", "<rival-1@rival.example>"));
    expect(rival.status).toBe("conflict");
  });

  it("F7: our Message-ID of a mail that went to the managers does not verify a partner's field change", async () => {
    const { c, notice } = await register(ANNA, "Firm");
    const mails = await mailCount(c.id);
    await ingest(answer(notice, { from: ANNA, to: "partners@northbeam.io", text: HIJACK }));
    await expectUntouched(c, mails);
  });

  it("the genuine paths still work: an answer on our ack's Message-ID, and one to the reply-token address alone", async () => {
    const { c, ack } = await register(ANNA, "Firm");
    await ingest(answer(ack, { from: ANNA, to: "partners@northbeam.io", text: "Website: firm-real.de" }));
    expect((await caseOf(c.id)).company_domain).toBe("firm-real.de");
    await ingest(
      answer(ack, {
        from: ANNA,
        unthreaded: true,
        subject: "new details",
        text: "Contact: Jana Berg, jana@firm-real.de",
      }),
    );
    expect((await caseOf(c.id)).contact_email).toBe("jana@firm-real.de");
  });
});
