// Bounces and out-of-office answers reach their case: the bounced mail is marked, the timeline
// says what happened, only a hard bounce asks ops (partner_unreachable), nothing is answered,
// and a reminder to someone who is away waits until they are back.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dbBackends } from "../../helpers/db.ts";
import { corpusMail, testApp } from "../../helpers/app.ts";
import { ingestRawMail } from "../../../services/ingest/ingest-raw-mail.ts";
import { runReminders } from "../../../services/cases/reminders.ts";
import { composeRaw } from "../../../services/notifier/compose.ts";
import { dsn, outOfOffice } from "./reports.ts";
import { seedCase } from "../seed.ts";

const TYLER = "tyler@ironbridgepartners.com";

describe.each(dbBackends())("machine mail on a case on $name", (backend) => {
  let app: Awaited<ReturnType<typeof testApp>>;
  beforeEach(async () => {
    app = await testApp(backend, { MAIL_TRANSPORT: "file", DECISION_SLA_HOURS: "48" });
  });
  afterEach(async () => {
    await app.close();
  });
  const db = () => app.database.db;
  const ingest = (raw: Buffer, file = "report.eml") => ingestRawMail(app.pipeline, raw, { kind: "cli", file });
  const outbox = (kind: string) =>
    db().selectFrom("outbox").selectAll().where("kind", "=", kind).orderBy("id").execute();
  const items = () =>
    db().selectFrom("review_items").selectAll().where("resolved_at", "is", null).orderBy("id").execute();
  const events = (caseId: number) =>
    db().selectFrom("timeline_events").selectAll().where("case_id", "=", caseId).orderBy("id").execute();

  async function acknowledgedCase() {
    const r = await ingest(corpusMail("008-"), "008.eml");
    await app.send();
    const [ack] = await outbox("ack");
    const c = await db()
      .selectFrom("cases")
      .selectAll()
      .where("case_number", "=", r.caseNumber!)
      .executeTakeFirstOrThrow();
    const before = (await items()).length;
    return { ack: ack!, c, before };
  }

  it("sends every mail with a VERP envelope sender naming its outbox row", async () => {
    const { ack } = await acknowledgedCase();
    const { envelope } = await composeRaw(ack, app.config.INBOUND_ADDRESS);
    expect(envelope.from).toBe(`partners+b-${ack.id}@northbeam.io`);
  });

  it("marks a hard-bounced acknowledgement, puts it on the timeline and asks ops once", async () => {
    const { ack, c, before } = await acknowledgedCase();
    const r = await ingest(
      dsn({
        to: "partners@northbeam.io",
        recipient: TYLER,
        messageId: ack.message_id,
        diagnostic: "550 5.1.1 user unknown",
      }),
    );
    expect(r).toMatchObject({ status: "ignored", kind: "bounce", caseNumber: c.case_number });

    const row = await db().selectFrom("outbox").selectAll().where("id", "=", ack.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      status: "bounced",
      bounce_type: "hard",
      bounce_status: "5.1.1",
      bounce_diagnostic: "550 5.1.1 user unknown",
    });
    const ev = (await events(c.id)).find((e) => e.kind === "mail_bounced");
    expect(ev?.text).toBe(`acknowledgement to ${TYLER} bounced: 550 5.1.1 user unknown`);
    const added = (await items()).slice(before);
    expect(added.map((i) => [i.reason, i.case_id])).toEqual([["partner_unreachable", c.id]]);

    // the same report again (a second DSN for the same mail) adds nothing
    await ingest(
      dsn({
        to: "partners@northbeam.io",
        recipient: TYLER,
        messageId: ack.message_id,
        diagnostic: "550 5.1.1 user unknown",
      }),
      "again.eml",
    );
    expect((await items()).slice(before)).toHaveLength(1);
    expect(await outbox("ack")).toHaveLength(1); // never answered
  });

  it("finds the mail by its VERP address when the report quotes nothing", async () => {
    const { ack, c } = await acknowledgedCase();
    await ingest(dsn({ to: `partners+b-${ack.id}@northbeam.io`, recipient: TYLER, messageId: null }));
    const row = await db().selectFrom("outbox").select("status").where("id", "=", ack.id).executeTakeFirstOrThrow();
    expect(row.status).toBe("bounced");
    expect((await events(c.id)).map((e) => e.kind)).toContain("mail_bounced");
  });

  it("does not believe a VERP id whose row never went to the reported recipient", async () => {
    const { ack, before } = await acknowledgedCase();
    const r = await ingest(
      dsn({ to: `partners+b-${ack.id}@northbeam.io`, recipient: "someone.else@elsewhere.example", messageId: null }),
    );
    expect(r.caseNumber).toBeNull();
    expect(
      (await db().selectFrom("outbox").select("status").where("id", "=", ack.id).executeTakeFirstOrThrow()).status,
    ).toBe("sent");
    expect((await items()).slice(before)).toEqual([]);
  });

  it("records delay and soft bounces without a review item", async () => {
    const { ack, c, before } = await acknowledgedCase();
    await ingest(
      dsn({
        to: "partners@northbeam.io",
        recipient: TYLER,
        messageId: ack.message_id,
        action: "delayed",
        diagnostic: "451 4.4.1 connection timed out",
      }),
      "delay.eml",
    );
    expect(
      (await db().selectFrom("outbox").select("status").where("id", "=", ack.id).executeTakeFirstOrThrow()).status,
    ).toBe("sent");
    await ingest(
      dsn({
        to: "partners@northbeam.io",
        recipient: TYLER,
        messageId: ack.message_id,
        status: "5.2.2",
        diagnostic: "552 5.2.2 mailbox full",
      }),
      "full.eml",
    );
    const row = await db().selectFrom("outbox").selectAll().where("id", "=", ack.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: "bounced", bounce_type: "soft" });
    expect((await events(c.id)).filter((e) => e.kind.startsWith("mail_")).map((e) => e.kind)).toEqual([
      "mail_delayed",
      "mail_bounced",
    ]);
    expect((await items()).slice(before)).toEqual([]);
  });

  it("reports a bounced manager notice the same way", async () => {
    const r = await ingest(corpusMail("001-"), "001.eml");
    await app.send();
    const [notice] = (await outbox("manager_notice")).filter(
      (m) => (m.to_addresses as unknown as string[])[0] === "sam.reed@northbeam.io",
    );
    const before = (await items()).length;
    await ingest(
      dsn({
        to: "partners@northbeam.io",
        recipient: "sam.reed@northbeam.io",
        messageId: notice!.message_id,
        diagnostic: "550 5.1.1 user unknown",
      }),
    );
    const c = await db()
      .selectFrom("cases")
      .select("id")
      .where("case_number", "=", r.caseNumber!)
      .executeTakeFirstOrThrow();
    expect((await events(c.id)).find((e) => e.kind === "mail_bounced")?.text).toBe(
      "manager notice to sam.reed@northbeam.io bounced: 550 5.1.1 user unknown",
    );
    expect((await items()).slice(before).map((i) => i.reason)).toEqual(["partner_unreachable"]);
  });

  it("puts an out-of-office answer on the timeline with its return date, never in review, never answered", async () => {
    const { ack, c, before } = await acknowledgedCase();
    const sentBefore = (await db().selectFrom("outbox").select("id").execute()).length;
    const r = await ingest(
      outOfOffice({
        from: `Tyler Brooks <${TYLER}>`,
        to: ack.reply_to!,
        inReplyTo: ack.message_id,
        subject: ack.subject,
        text: "I'm out of the office until 14 December 2026 with limited access to e-mail.",
      }),
    );
    expect(r).toMatchObject({ status: "ignored", kind: "auto_reply", caseNumber: c.case_number });
    const ev = (await events(c.id)).find((e) => e.kind === "auto_reply");
    expect(ev).toMatchObject({
      text: `automatic answer from ${TYLER}, back on 2026-12-14`,
      data: { returnDate: "2026-12-14" },
    });
    expect((await items()).slice(before)).toEqual([]);
    expect((await db().selectFrom("outbox").select("id").execute()).length).toBe(sentBefore);
  });

  it("finds the case of a vacation answer sent to the VERP return path without any thread headers", async () => {
    const { ack, c } = await acknowledgedCase();
    const raw = Buffer.from(
      [
        `From: ${TYLER}`,
        `To: partners+b-${ack.id}@northbeam.io`,
        "Subject: Away",
        "Message-ID: <vac.1@ironbridgepartners.com>",
        "Auto-Submitted: auto-replied (vacation)",
        "",
        "I am on vacation until 2026-12-20.",
        "",
      ].join("\r\n"),
    );
    const r = await ingest(raw, "vacation.eml");
    expect(r).toMatchObject({ kind: "auto_reply", caseNumber: c.case_number });
    expect((await events(c.id)).find((e) => e.kind === "auto_reply")?.text).toBe(
      `automatic answer from ${TYLER}, back on 2026-12-20`,
    );
  });

  it("holds a manager reminder while every manager is away, and sends it after the return date", async () => {
    const r = await ingest(corpusMail("001-"), "001.eml");
    await app.send();
    const notices = await outbox("manager_notice");
    for (const n of notices) {
      const to = (n.to_addresses as unknown as string[])[0]!;
      await ingest(
        outOfOffice({
          from: to,
          to: n.reply_to!,
          inReplyTo: n.message_id,
          subject: n.subject,
          text: "I am on annual leave and back on 2030-01-05.",
        }),
        `ooo-${to}.eml`,
      );
    }
    const c = await db()
      .selectFrom("cases")
      .selectAll()
      .where("case_number", "=", r.caseNumber!)
      .executeTakeFirstOrThrow();
    const due = new Date(c.created_at.getTime() + 49 * 3_600_000);
    expect((await runReminders({ db: db(), config: app.config, now: () => due })).managerReminders).toBe(0);
    expect(
      (await runReminders({ db: db(), config: app.config, now: () => new Date("2030-01-05T12:00:00Z") }))
        .managerReminders,
    ).toBe(0);
    expect(
      (await runReminders({ db: db(), config: app.config, now: () => new Date("2030-01-06T00:00:01Z") }))
        .managerReminders,
    ).toBe(1);
    expect(await outbox("reminder")).toHaveLength(2);
  });

  it("reminds only the managers who are not away", async () => {
    const c = await seedCase(db(), { createdAt: new Date("2026-03-01T10:00:00Z") });
    await ingest(
      outOfOffice({
        from: "sam.reed@northbeam.io",
        to: "partners@northbeam.io",
        inReplyTo: "<unknown@x>",
        subject: "x",
        text: "I am out of the office until 2026-03-20.",
      }),
    );
    expect(
      (await runReminders({ db: db(), config: app.config, now: () => new Date("2026-03-04T10:00:00Z") }))
        .managerReminders,
    ).toBe(1);
    const mails = (await outbox("reminder")).filter((m) => m.case_id === c.id);
    expect(mails.map((m) => m.to_addresses)).toEqual([["lena.vogt@northbeam.io"]]);
  });

  it("holds a partner's expiry notice until after their return date", async () => {
    const until = new Date("2026-06-01T00:00:00Z");
    await seedCase(db(), { status: "approved", protectedUntil: until });
    await ingest(
      outOfOffice({
        from: "anna@brightpath.example",
        to: "partners@northbeam.io",
        inReplyTo: "<unknown@x>",
        subject: "x",
        text: "Ich bin bis einschließlich 27.05.2026 nicht im Büro.",
      }),
    );
    const at = (iso: string) => runReminders({ db: db(), config: app.config, now: () => new Date(iso) });
    expect((await at("2026-05-25T09:00:00Z")).expiryNotices).toBe(0);
    expect((await at("2026-05-27T23:00:00Z")).expiryNotices).toBe(0);
    expect((await at("2026-05-28T00:00:01Z")).expiryNotices).toBe(1);
  });
});
