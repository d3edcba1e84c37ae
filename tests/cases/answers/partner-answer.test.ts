import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dbBackends } from "../../helpers/db.ts";
import { corpusMail, testApp } from "../../helpers/app.ts";
import { ingestRawMail } from "../../../services/ingest/ingest-raw-mail.ts";
import { answer } from "../mail.ts";

describe.each(dbBackends())("partner answers on $name", (backend) => {
  let app: Awaited<ReturnType<typeof testApp>>;
  beforeEach(async () => {
    app = await testApp(backend, { MAIL_TRANSPORT: "file" });
  });
  afterEach(async () => {
    await app.close();
  });
  const db = () => app.database.db;
  const ack = () =>
    db().selectFrom("outbox").selectAll().where("kind", "=", "ack").orderBy("id", "desc").executeTakeFirstOrThrow();
  const caseRow = () => db().selectFrom("cases").selectAll().orderBy("id").executeTakeFirstOrThrow();

  async function incompleteCase() {
    const r = await ingestRawMail(app.pipeline, corpusMail("008-"), { kind: "cli", file: "008.eml" });
    expect(r.status).toBe("needs_review");
    const c = await caseRow();
    expect(c).toMatchObject({ status: "incomplete", missing: ["company.domain"] });
    expect(await db().selectFrom("outbox").select("id").where("kind", "=", "manager_notice").execute()).toHaveLength(0);
    return c;
  }

  it("fills the missing website from prose, confirms it, and sends the complete case to the managers", async () => {
    await incompleteCase();
    const parent = await ack();
    const raw = answer(parent, {
      from: "Tyler Brooks <tyler@ironbridgepartners.com>",
      text: "Hi,\n\nthe website is whitfieldlandscaping.com\n\nTyler",
      quote: true,
    });
    const r = await ingestRawMail(app.pipeline, raw, { kind: "cli", file: "answer.eml" });
    expect(r).toMatchObject({ status: "reply", kind: "reply" });

    const c = await caseRow();
    expect(c).toMatchObject({ status: "pending", company_domain: "whitfieldlandscaping.com", missing: [] });
    expect((c.registration as { company: { domain: string } }).company.domain).toBe("whitfieldlandscaping.com");
    const prov = (c.provenance as Record<string, { source: string; snippet: string; span: [number, number] | null }>)[
      "company.domain"
    ];
    expect(prov).toMatchObject({ source: "partner_reply", snippet: "whitfieldlandscaping.com" });
    const inbound = await db()
      .selectFrom("inbound_messages")
      .select("text_body")
      .where("case_id", "=", c.id)
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(inbound.text_body!.slice(prov!.span![0], prov!.span![1])).toBe("whitfieldlandscaping.com");

    const kinds = (
      await db().selectFrom("timeline_events").select("kind").where("case_id", "=", c.id).orderBy("id").execute()
    ).map((e) => e.kind);
    expect(kinds).toEqual(
      expect.arrayContaining([
        "reply_received",
        "fields_updated",
        "status_changed",
        "field_update_queued",
        "manager_notice_queued",
      ]),
    );

    const confirm = await db()
      .selectFrom("outbox")
      .selectAll()
      .where("kind", "=", "field_update")
      .executeTakeFirstOrThrow();
    expect(confirm.text_body).toContain("Website / domain: whitfieldlandscaping.com");
    expect(confirm.in_reply_to).toBe(parent.message_id);
    expect(confirm.reply_to).toBe(parent.reply_to);
    expect(confirm.to_addresses).toEqual(["tyler@ironbridgepartners.com"]);
    expect(await db().selectFrom("outbox").select("id").where("kind", "=", "manager_notice").execute()).toHaveLength(2);
  });

  it("echoes a correction with the old value", async () => {
    const c0 = await incompleteCase();
    await ingestRawMail(
      app.pipeline,
      answer(await ack(), { from: "tyler@ironbridgepartners.com", text: "Website: whitfield.com" }),
      { kind: "cli", file: "answer.eml" },
    );
    const last = await db()
      .selectFrom("outbox")
      .selectAll()
      .where("kind", "=", "field_update")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    await ingestRawMail(
      app.pipeline,
      answer(last, {
        from: "tyler@ironbridgepartners.com",
        text: "Sorry, correction:\nWebsite: whitfieldlandscaping.com\nContact: Dana Whitfield-Moore",
      }),
      { kind: "cli", file: "answer.eml" },
    );
    const fix = await db()
      .selectFrom("outbox")
      .selectAll()
      .where("kind", "=", "field_update")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(fix.text_body).toContain("Website / domain: whitfieldlandscaping.com (was: whitfield.com)");
    expect(fix.text_body).toContain("Contact person: Dana Whitfield-Moore (was: Dana Whitfield)");
    const c = await caseRow();
    expect(c).toMatchObject({
      id: c0.id,
      company_domain: "whitfieldlandscaping.com",
      contact_name: "Dana Whitfield-Moore",
    });
  });

  it("keeps the case incomplete when the answer supplies nothing, and never takes the partner's own domain", async () => {
    await incompleteCase();
    await ingestRawMail(
      app.pipeline,
      answer(await ack(), {
        from: "tyler@ironbridgepartners.com",
        text: "Will check and get back - see ironbridgepartners.com",
      }),
      { kind: "cli", file: "answer.eml" },
    );
    expect(await caseRow()).toMatchObject({ status: "incomplete", company_domain: null });
    expect(await db().selectFrom("outbox").select("id").where("kind", "=", "field_update").execute()).toHaveLength(0);
  });

  it("holds a partner's answer that found its case only by the subject tag for a person", async () => {
    const c0 = await incompleteCase();
    // From can be forged and the tag is in the subject for anyone to copy: no Message-ID of ours, no reply token
    const raw = answer(await ack(), {
      from: "tyler@ironbridgepartners.com",
      to: "partners@northbeam.io",
      unthreaded: true,
      text: "Website: evil.example",
    });
    const r = await ingestRawMail(app.pipeline, raw, { kind: "cli", file: "answer.eml" });
    expect(r.status).toBe("needs_review");
    expect(await caseRow()).toMatchObject({ status: "incomplete", company_domain: null });
    const review = await db()
      .selectFrom("review_items")
      .select(["reason", "case_id"])
      .where("reason", "=", "unverified_answer")
      .execute();
    expect(review).toEqual([{ reason: "unverified_answer", case_id: c0.id }]);
  });

  it("sends an existing case's details only to the address it was registered from", async () => {
    const c0 = await incompleteCase();
    const original = corpusMail("008-").toString("latin1");
    // the same partner address again, but with another Message-ID and a Reply-To of the sender's choosing
    const forged = original
      .replace(/^Message-ID:.*$/im, "Message-ID: <forged-1@ironbridgepartners.com>")
      .replace(/^Subject:/im, "Reply-To: mallory@evil.example\r\nSubject:");
    const r = await ingestRawMail(app.pipeline, Buffer.from(forged, "latin1"), { kind: "cli", file: "again.eml" });
    expect(r.caseNumber).toBe(c0.case_number);
    const last = await ack();
    expect(last.to_addresses).toEqual([c0.partner_email]);
  });

  it("retires the managers' reply addresses and sends fresh notices when a pending case changes", async () => {
    const r0 = await ingestRawMail(app.pipeline, corpusMail("001-"), { kind: "cli", file: "001.eml" });
    expect(r0.status).toBe("registered");
    const notices = () =>
      db().selectFrom("outbox").select(["reply_to"]).where("kind", "=", "manager_notice").orderBy("id").execute();
    expect(await notices()).toHaveLength(2);
    const partnerAck = await ack();
    await ingestRawMail(
      app.pipeline,
      answer(partnerAck, {
        from: "oliver.grant@ledgerline.co.uk",
        text: "Correction:\nWebsite: castlegate-dental-group.co.uk",
      }),
      { kind: "cli", file: "fix.eml" },
    );
    expect(await caseRow()).toMatchObject({ status: "pending", company_domain: "castlegate-dental-group.co.uk" });
    const all = await notices();
    expect(all).toHaveLength(4);
    const live = await db()
      .selectFrom("reply_tokens")
      .select("token_hash")
      .where("purpose", "=", "manager")
      .where("used_at", "is", null)
      .execute();
    expect(live).toHaveLength(2); // only the new notices' addresses still work
  });

  it("does not let a stranger fill a case", async () => {
    await incompleteCase();
    await ingestRawMail(
      app.pipeline,
      answer(await ack(), { from: "mallory@evil.example", text: "Website: evil.example" }),
      { kind: "cli", file: "answer.eml" },
    );
    expect(await caseRow()).toMatchObject({ status: "incomplete", company_domain: null });
  });

  it("re-checks dedupe when the case becomes complete: another partner's claim makes it a conflict, never naming them", async () => {
    // another partner registered whitfieldlandscaping.com first
    const other = Buffer.from(
      "From: Nora Lind <nora@otherpartner.example>\r\nTo: partners@northbeam.io\r\nSubject: Deal registration WL Gardens\r\nMessage-ID: <o1@otherpartner.example>\r\nDate: Thu, 5 Mar 2026 10:00:00 +0000\r\n\r\nHi team, please register this deal.\r\n\r\nCompany: WL Gardens Inc\r\nWebsite: whitfieldlandscaping.com\r\nContact: Dana Whitfield\r\nEmail: dana@whitfieldlandscaping.com\r\n\r\nNora\r\n",
    );
    await ingestRawMail(app.pipeline, other, { kind: "cli", file: "answer.eml" });
    const r = await ingestRawMail(app.pipeline, corpusMail("008-"), { kind: "cli", file: "answer.eml" });
    const mine = await db()
      .selectFrom("cases")
      .selectAll()
      .where("case_number", "=", r.caseNumber!)
      .executeTakeFirstOrThrow();
    expect(mine.status).toBe("incomplete");
    const parent = await db()
      .selectFrom("outbox")
      .selectAll()
      .where("kind", "=", "ack")
      .where("case_id", "=", mine.id)
      .executeTakeFirstOrThrow();
    await ingestRawMail(
      app.pipeline,
      answer(parent, { from: "tyler@ironbridgepartners.com", text: "the website is whitfieldlandscaping.com" }),
      { kind: "cli", file: "answer.eml" },
    );
    const after = await db().selectFrom("cases").selectAll().where("id", "=", mine.id).executeTakeFirstOrThrow();
    expect(after).toMatchObject({ status: "conflict", conflict_reason: "registered_by_other_partner" });
    const confirm = await db()
      .selectFrom("outbox")
      .selectAll()
      .where("kind", "=", "field_update")
      .where("case_id", "=", mine.id)
      .executeTakeFirstOrThrow();
    expect(confirm.text_body).toContain("already under review");
    expect(confirm.text_body).not.toMatch(/nora|otherpartner/i);
    const notices = await db()
      .selectFrom("outbox")
      .selectAll()
      .where("kind", "=", "manager_notice")
      .where("case_id", "=", mine.id)
      .execute();
    expect(notices).toHaveLength(2);
    const first = await db()
      .selectFrom("cases")
      .select("case_number")
      .where("id", "!=", mine.id)
      .executeTakeFirstOrThrow();
    expect(notices[0]!.text_body).toContain(first.case_number); // managers see both cases
  });
});
