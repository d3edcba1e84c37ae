// Status by mail: a verified partner gets their firm's cases, threaded; everyone else gets the
// very answer of a sender without cases.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { dbBackends } from "../helpers/db.ts";
import { testApp } from "../helpers/app.ts";
import { ingestRawMail } from "../../services/ingest/ingest-raw-mail.ts";
import { hashToken, newToken, replyAddress } from "../../services/cases/threading/reply-address.ts";
import { storeReplyToken } from "../../services/repos/cases.ts";
import { dnsStub, makeDkim } from "../cases/dkim.ts";
import { seedCase } from "../cases/seed.ts";
import type { CaseRow } from "../../db/schema.ts";

const brightpath = makeDkim("brightpath.de");
const gmail = makeDkim("gmail.com");
const resolver = dnsStub([brightpath, gmail]);

function mail(o: { from: string; to?: string; text: string; subject?: string; id?: string }): Buffer {
  return Buffer.from(
    [
      `From: ${o.from}`,
      `To: ${o.to ?? "partners@northbeam.io"}`,
      `Subject: ${o.subject ?? "status"}`,
      `Message-ID: ${o.id ?? `<${Math.random().toString(36).slice(2)}@x.test>`}`,
      "Date: Thu, 3 Dec 2026 09:00:00 +0000",
      "Content-Type: text/plain; charset=utf-8",
      "",
      o.text,
      "",
    ].join("\r\n"),
  );
}

describe.each(dbBackends())("status by mail on $name", (backend) => {
  let app: Awaited<ReturnType<typeof testApp>>;
  let n = 0;
  beforeAll(async () => {
    app = await testApp(backend, { MAIL_TRANSPORT: "file" });
    app.pipeline.resolver = resolver;
  });
  afterAll(async () => app.close());
  const db = () => app.database.db;
  const ingest = (raw: Buffer) => ingestRawMail(app.pipeline, raw, { kind: "cli", file: `s${++n}.eml` });
  const lastReply = () =>
    db()
      .selectFrom("outbox")
      .selectAll()
      .where("kind", "=", "status_reply")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();

  let acme: CaseRow, secret: CaseRow;
  beforeEach(async () => {
    await sql`truncate cases, outbox, timeline_events, reply_tokens, inbound_messages, inbound_source_refs, review_items, partner_settings restart identity cascade`.execute(
      db(),
    );
    await sql`alter sequence case_number_seq restart with 1`.execute(db());
    acme = await seedCase(db(), {
      partnerEmail: "anna@brightpath.de",
      company: "Acme Analytics GmbH",
      domain: "acme-analytics.de",
      missing: ["contact.email"],
    });
    await seedCase(db(), {
      partnerEmail: "bob@uk.brightpath.de",
      company: "Borealis AG",
      domain: "borealis.ch",
      status: "approved",
      protectedUntil: new Date("2027-02-01T00:00:00Z"),
    });
    secret = await seedCase(db(), {
      partnerEmail: "carl@otherco.com",
      company: "Secret Prospect Ltd",
      domain: "secret.co.uk",
    });
    await seedCase(db(), { partnerEmail: "jo@gmail.com", company: "Jo's Lead GmbH", domain: "jo-lead.de" });
    await seedCase(db(), { partnerEmail: "kim@gmail.com", company: "Kim's Lead GmbH", domain: "kim-lead.de" });
  });

  it("a DKIM-verified `status` lists the firm's cases (colleagues included), threaded, to From", async () => {
    const r = await ingest(
      await brightpath.sign(
        mail({ from: "Anna Meier <anna@brightpath.de>", text: "status", id: "<q1@brightpath.de>" }),
      ),
    );
    expect(r.status).toBe("partner_command");
    const reply = await lastReply();
    expect(reply.to_addresses).toEqual(["anna@brightpath.de"]);
    expect(reply.in_reply_to).toBe("<q1@brightpath.de>");
    expect(reply.text_body).toContain("REG-2026-000001 Acme Analytics GmbH");
    expect(reply.text_body).toContain("Missing: Contact e-mail");
    expect(reply.text_body).toContain("REG-2026-000002 Borealis AG");
    expect(reply.text_body).toContain("protected until 1 February 2027");
    expect(reply.text_body).not.toContain("Secret Prospect");
    expect(reply.text_body).not.toContain("Lead GmbH");
    for (const line of reply.text_body.split("\n")) expect(line.length).toBeLessThanOrEqual(100);
  });

  it("an unverified sender gets exactly the answer of a sender without cases", async () => {
    await ingest(mail({ from: "anna@brightpath.de", text: "status" }));
    const forged = await lastReply();
    await ingest(await brightpath.sign(mail({ from: "nobody@brightpath.de", text: "status" })));
    await ingest(mail({ from: "stranger@unknown-firm.com", text: "status" }));
    const stranger = await lastReply();
    expect(forged.text_body).toContain("we found no registrations for this address");
    expect(forged.text_body).toBe(stranger.text_body);
    expect(forged.subject).toBe(stranger.subject);
    // a case number of another firm: the same answer as a number that does not exist
    await ingest(await brightpath.sign(mail({ from: "anna@brightpath.de", text: `status ${secret.case_number}` })));
    const other = await lastReply();
    await ingest(await brightpath.sign(mail({ from: "anna@brightpath.de", text: "status REG-2026-000999" })));
    const none = await lastReply();
    expect(other.text_body.replace(secret.case_number, "REG-2026-000999")).toBe(none.text_body);
    expect(other.text_body).not.toContain("Secret");
  });

  it("free-mail senders see only their own address's cases", async () => {
    await ingest(await gmail.sign(mail({ from: "jo@gmail.com", text: "status" })));
    const reply = await lastReply();
    expect(reply.text_body).toContain("Jo's Lead GmbH");
    expect(reply.text_body).not.toContain("Kim's Lead");
  });

  it("writing to the reply address we gave the sender counts as verified; German `Stand` answers in German", async () => {
    const token = newToken();
    await storeReplyToken(db(), {
      hash: hashToken(token),
      caseId: acme.id,
      purpose: "partner",
      address: "anna@brightpath.de",
    });
    await ingest(
      mail({
        from: "anna@brightpath.de",
        to: replyAddress("partners@northbeam.io", token),
        text: "Stand",
        subject: "Re: [REG-2026-000001] Registrierung erhalten",
      }),
    );
    const reply = await lastReply();
    expect(reply.subject).toBe("Stand Ihrer Registrierungen");
    expect(reply.text_body).toContain("REG-2026-000001 Acme Analytics GmbH");
    expect(reply.text_body).toContain("geschützt bis 1. Februar 2027");
    // someone else writing to Anna's reply address is not Anna
    await ingest(
      mail({ from: "mallory@brightpath.de", to: replyAddress("partners@northbeam.io", token), text: "status" }),
    );
    expect((await lastReply()).text_body).toContain("we found no registrations");
  });

  it("`unsubscribe` is recorded at once; only a verified sender gets a confirmation", async () => {
    const r = await ingest(mail({ from: "kim@gmail.com", text: "unsubscribe" }));
    expect(r.status).toBe("partner_command");
    const s = await db()
      .selectFrom("partner_settings")
      .selectAll()
      .where("address", "=", "kim@gmail.com")
      .executeTakeFirstOrThrow();
    expect(s.digest_opt_out_at).not.toBeNull();
    expect(s.digest_opt_out_source).toMatch(/^mail:\d+$/);
    const unverified = await db()
      .selectFrom("inbound_messages")
      .select("outcome_detail")
      .where("id", "=", r.inboundMessageId)
      .executeTakeFirstOrThrow();
    expect(unverified.outcome_detail).toMatch(
      /^digest opt-out for kim@gmail\.com \(not confirmed: sender not verified/,
    );
    expect(await db().selectFrom("outbox").select("id").where("kind", "=", "unsubscribe_reply").execute()).toHaveLength(
      0,
    );
    const signed = await ingest(await gmail.sign(mail({ from: "jo@gmail.com", text: "abmelden" })));
    const outcome = await db()
      .selectFrom("inbound_messages")
      .select(["outcome", "outcome_detail"])
      .where("id", "=", signed.inboundMessageId)
      .executeTakeFirstOrThrow();
    expect(outcome).toEqual({ outcome: "partner_command", outcome_detail: "digest opt-out for jo@gmail.com" });
    const conf = await db()
      .selectFrom("outbox")
      .selectAll()
      .where("kind", "=", "unsubscribe_reply")
      .executeTakeFirstOrThrow();
    expect(conf.subject).toBe("Sie erhalten keine Wochenübersicht mehr");
  });

  it("auto-replies saying `status` are never answered", async () => {
    const raw = mail({ from: "anna@brightpath.de", text: "status" });
    const auto = Buffer.from(raw.toString().replace("Content-Type", "Auto-Submitted: auto-replied\r\nContent-Type"));
    const r = await ingest(await brightpath.sign(auto));
    expect(r.status).not.toBe("partner_command");
    expect(await db().selectFrom("outbox").select("id").where("kind", "=", "status_reply").execute()).toHaveLength(0);
  });

  it("a status answer goes on the timeline of each case it lists", async () => {
    const r = await ingest(await brightpath.sign(mail({ from: "anna@brightpath.de", text: "status" })));
    // the stored outcome first: were the sender not verified (seen once in CI, not reproduced), it says why
    const outcome = await db()
      .selectFrom("inbound_messages")
      .select("outcome_detail")
      .where("id", "=", r.inboundMessageId)
      .executeTakeFirstOrThrow();
    expect(outcome.outcome_detail).toBe("status request from anna@brightpath.de: 2 case(s)");
    const reply = await lastReply();
    const events = await db()
      .selectFrom("timeline_events")
      .select(["case_id", "text", "data"])
      .where("kind", "=", "status_reply_queued")
      .orderBy("case_id")
      .execute();
    expect(events.map((e) => e.case_id)).toEqual([acme.id, acme.id + 1]); // Acme and Borealis, not the others
    expect(events[0]!.text).toBe(reply.text_body);
    expect(events[0]!.data).toMatchObject({ to: ["anna@brightpath.de"], outboxId: reply.id });
  });

  it("status answers to one sender are limited per hour like acknowledgements; the rest wait in review", async () => {
    const limit = app.config.AUTO_ACKS_PER_SENDER_HOUR;
    for (let i = 0; i <= limit; i++) await ingest(mail({ from: "stranger@unknown-firm.com", text: "status" }));
    const answers = await db().selectFrom("outbox").select("id").where("kind", "=", "status_reply").execute();
    expect(answers).toHaveLength(limit);
    const limited = await db()
      .selectFrom("review_items")
      .select("detail")
      .where("reason", "=", "rate_limited")
      .execute();
    expect(limited).toHaveLength(1);
    expect(limited[0]!.detail).toContain("status answers to stranger@unknown-firm.com");
  });

  it("X-Auto-Response-Suppress: a status request is not answered", async () => {
    const raw = mail({ from: "anna@brightpath.de", text: "status" });
    const quiet = Buffer.from(raw.toString().replace("Content-Type", "X-Auto-Response-Suppress: All\r\nContent-Type"));
    const r = await ingest(await brightpath.sign(quiet));
    expect(r.status).toBe("partner_command");
    expect(await db().selectFrom("outbox").select("id").where("kind", "=", "status_reply").execute()).toHaveLength(0);
  });
});
