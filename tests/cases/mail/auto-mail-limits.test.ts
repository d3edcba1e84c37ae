// Loops and storms (issue #10, item 4): a responder that answers every mail of ours, one sender
// registering hundreds of prospects, forged senders aiming our acknowledgements at a victim, and
// our own inbox in Reply-To. Automatic mail is bounded; what is over a bound is stored and waits
// in review (`rate_limited`); managers get one digest instead of a notice per mail.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { pglite } from "../../helpers/db.ts";
import { testApp } from "../../helpers/app.ts";
import { ingestRawMail } from "../../../services/ingest/ingest-raw-mail.ts";
import { composeRaw } from "../../../services/notifier/compose.ts";
import { answer, type SentMail } from "../mail.ts";
import { dnsStub } from "../dkim.ts";

const ANNA = "anna@brightpath.example";

describe("automatic mail limits", () => {
  let app: Awaited<ReturnType<typeof testApp>>;
  let n = 0;
  beforeEach(async () => {
    app = await testApp(pglite, { MAIL_TRANSPORT: "file", MANAGER_NOTICES_PER_HOUR: "10" });
    app.pipeline.resolver = dnsStub([]); // no DNS in tests: forged senders publish nothing
  });
  afterEach(async () => {
    await app.close();
  });
  const db = () => app.database.db;
  const ingest = (raw: Buffer) => ingestRawMail(app.pipeline, raw, { kind: "cli", file: `l${++n}.eml` });
  const outbox = (kind: string) =>
    db().selectFrom("outbox").selectAll().where("kind", "=", kind).orderBy("id").execute();
  const reviews = (reason: string) =>
    db().selectFrom("review_items").select("id").where("reason", "=", reason).execute();

  function registration(i: number, o: { from?: string; headers?: Record<string, string> } = {}): Buffer {
    const extra = Object.entries(o.headers ?? {})
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join("");
    return Buffer.from(
      `From: ${o.from ?? `Anna Meier <${ANNA}>`}\r\nTo: partners@northbeam.io\r\n${extra}Subject: Deal registration Firm${i}\r\nMessage-ID: <storm${i}.${n}@brightpath.example>\r\nDate: Mon, 2 Mar 2026 09:00:00 +0000\r\n\r\nHi team, please register this deal.\r\n\r\nCompany: Firm${i} Holding GmbH\r\nWebsite: firm${i}-x.de\r\nContact: Jana Berg\r\nEmail: jana@firm${i}-x.de\r\n\r\nAnna\r\n`,
    );
  }

  it("breaks the loop of a responder that answers every mail with a changed Website line", async () => {
    const r = await ingest(registration(1));
    expect(r.status).toBe("registered");
    let parent = (await outbox("ack"))[0] as SentMail;
    for (let i = 0; i < 30; i++) {
      // no Auto-Submitted, no Precedence: it looks like a person
      await ingest(answer(parent, { from: ANNA, text: `Website: loop${i}-firm.de` }));
      const latest = (await db()
        .selectFrom("outbox")
        .selectAll()
        .where("kind", "in", ["field_update", "ack"])
        .orderBy("id", "desc")
        .executeTakeFirstOrThrow()) as SentMail;
      if (latest.message_id === parent.message_id) break; // we stopped answering
      parent = latest;
    }
    const updates = await outbox("field_update");
    expect(updates.length).toBeLessThanOrEqual(app.config.AUTO_ANSWERS_PER_CASE_DAY);
    expect(updates.length).toBeGreaterThan(0);
    expect((await reviews("rate_limited")).length).toBeGreaterThan(0);
    // managers: one digest per hour instead of two notices per change
    const notices = await outbox("manager_notice");
    expect(notices.length).toBeLessThanOrEqual(2 * (app.config.AUTO_ANSWERS_PER_CASE_DAY + 1));
  }, 120_000);

  it("a storm of 200 registrations from one sender: at most the hourly acks, the rest stored for review, managers get a digest", async () => {
    for (let i = 0; i < 200; i++) await ingest(registration(100 + i));
    expect(await db().selectFrom("inbound_messages").select("id").execute()).toHaveLength(200);
    expect((await outbox("ack")).length).toBe(app.config.AUTO_ACKS_PER_SENDER_HOUR);
    expect((await reviews("rate_limited")).length).toBe(200 - app.config.AUTO_ACKS_PER_SENDER_HOUR);
    const perManager = app.config.MANAGER_NOTICES_PER_HOUR;
    for (const m of app.config.MANAGERS) {
      const to = (rows: Array<{ to_addresses: unknown }>) =>
        rows.filter((x) => (x.to_addresses as string[]).includes(m)).length;
      expect(to(await outbox("manager_notice"))).toBe(perManager);
      expect(to(await outbox("manager_digest"))).toBe(1);
    }
  }, 240_000);

  it("50 forged senders with Reply-To: victim: the victim gets nothing, the forged senders at most their acks", async () => {
    for (let i = 0; i < 50; i++)
      await ingest(
        registration(300 + i, {
          from: `sender${i}@forged${i}.example`,
          headers: { "Reply-To": "victim@target.example" },
        }),
      );
    const acks = await outbox("ack");
    expect(acks.filter((a) => (a.to_addresses as unknown as string[]).includes("victim@target.example"))).toHaveLength(
      0,
    );
  }, 120_000);

  it("never mails our own inbox, even when Reply-To names it", async () => {
    await ingest(registration(400, { headers: { "Reply-To": "partners@northbeam.io" } }));
    await ingest(registration(401, { headers: { "Reply-To": "Partners <PARTNERS+abc@northbeam.io>" } }));
    const all = await db().selectFrom("outbox").select("to_addresses").execute();
    const ours = all.filter((r) =>
      (r.to_addresses as unknown as string[]).some((a) => /^partners(\+[^@]*)?@northbeam\.io$/i.test(a)),
    );
    expect(ours).toHaveLength(0);
  });

  it("honours an inbound X-Loop naming us and X-Auto-Response-Suppress, and sends an X-Loop of its own", async () => {
    const looped = await ingest(registration(500, { headers: { "X-Loop": "partners@northbeam.io" } }));
    expect(looped.status).toBe("ignored");
    const suppressed = await ingest(registration(501, { headers: { "X-Auto-Response-Suppress": "All" } }));
    expect(suppressed.status).toBe("registered");
    const acks = await outbox("ack");
    expect(acks).toHaveLength(0);
    await ingest(registration(502));
    const ack = (await outbox("ack"))[0]!;
    const { raw } = await composeRaw(ack);
    expect(raw.toString()).toMatch(/^X-Loop: partners@northbeam\.io\r?$/m);
  });

  it("X-Auto-Response-Suppress withholds every automatic answer to that mail, not only a new case's acknowledgement", async () => {
    const first = await ingest(registration(600));
    expect(first.status).toBe("registered");
    const parent = (await outbox("ack"))[0] as SentMail;
    // the same registration again (OOF): the existing case is found, its acknowledgement withheld
    const again = await ingest(registration(600, { headers: { "X-Auto-Response-Suppress": "OOF" } }));
    expect(again).toMatchObject({ status: "registered", caseNumber: first.caseNumber });
    expect(await outbox("ack")).toHaveLength(1);
    // a partner's answer (AutoReply): the field is applied, no confirmation goes out
    const reply = await ingest(
      answer(parent, {
        from: ANNA,
        text: "Website: firm600-new.de",
        headers: { "X-Auto-Response-Suppress": "DR, AutoReply" },
      }),
    );
    expect(reply.status).toBe("reply");
    const c = await db()
      .selectFrom("cases")
      .select(["id", "company_domain"])
      .where("case_number", "=", first.caseNumber!)
      .executeTakeFirstOrThrow();
    expect(c.company_domain).toBe("firm600-new.de");
    expect(await outbox("field_update")).toHaveLength(0);
    const withheld = await db()
      .selectFrom("timeline_events")
      .select("text")
      .where("case_id", "=", c.id)
      .where("kind", "=", "mail_withheld")
      .execute();
    expect(withheld.map((w) => w.text)).toEqual([
      "X-Auto-Response-Suppress: OOF",
      "X-Auto-Response-Suppress: DR, AutoReply",
    ]);
    // without the header the same kind of answer is confirmed
    await ingest(answer(parent, { from: ANNA, text: "Website: firm600-third.de" }));
    expect(await outbox("field_update")).toHaveLength(1);
  });
});
