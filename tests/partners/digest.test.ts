// The weekly partner digest: what it lists, once per slot, opt-out by reply and by one-click
// (RFC 8058 headers on the mail), nothing for partners with nothing to report.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { simpleParser } from "mailparser";
import type { FastifyInstance } from "fastify";
import { dbBackends } from "../helpers/db.ts";
import { testApp } from "../helpers/app.ts";
import { seedCase } from "../cases/seed.ts";
import { buildApp } from "../../services/web/app.ts";
import { ingestRawMail } from "../../services/ingest/ingest-raw-mail.ts";
import { lastDigestSlot } from "../../services/partners/digest-schedule.ts";
import { runDigest } from "../../services/partners/digest.ts";
import { composeRaw } from "../../services/notifier/compose.ts";

describe("digest schedule", () => {
  const monday7 = { weekday: 1, hour: 7, minute: 0 };
  it("is the latest slot at or before now", () => {
    expect(lastDigestSlot(new Date("2026-12-07T07:00:00Z"), monday7).toISOString()).toBe("2026-12-07T07:00:00.000Z"); // a Monday, on time
    expect(lastDigestSlot(new Date("2026-12-07T06:59:00Z"), monday7).toISOString()).toBe("2026-11-30T07:00:00.000Z");
    expect(lastDigestSlot(new Date("2026-12-03T13:30:00Z"), monday7).toISOString()).toBe("2026-11-30T07:00:00.000Z"); // a Thursday
    expect(lastDigestSlot(new Date("2026-12-06T23:59:00Z"), { weekday: 0, hour: 23, minute: 30 }).toISOString()).toBe(
      "2026-12-06T23:30:00.000Z",
    );
  });
});

describe.each(dbBackends())("partner digest on $name", (backend) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let app: FastifyInstance;
  const now = new Date("2026-12-07T07:05:00Z"); // five minutes after Monday's slot
  beforeAll(async () => {
    t = await testApp(backend, {
      MAIL_TRANSPORT: "file",
      PARTNER_DIGEST: "mon 07:00",
      PUBLIC_URL: "https://deals.northbeam.io/",
    });
    app = await buildApp(t);
  });
  afterAll(async () => {
    await app.close();
    await t.close();
  });
  const db = () => t.database.db;
  const digests = () => db().selectFrom("outbox").selectAll().where("kind", "=", "digest").orderBy("id").execute();
  const run = (at = now) => runDigest({ db: db(), config: t.config, now: () => at });

  beforeEach(async () => {
    await sql`truncate cases, outbox, timeline_events, reply_tokens, inbound_messages, inbound_source_refs, review_items, partner_settings, status_tokens restart identity cascade`.execute(
      db(),
    );
    await seedCase(db(), {
      partnerEmail: "anna@brightpath.de",
      company: "Open One GmbH",
      domain: "open-one.de",
      missing: ["contact.email"],
    });
    const decided = await seedCase(db(), {
      partnerEmail: "anna@brightpath.de",
      company: "Decided AG",
      domain: "decided.de",
      status: "rejected",
    });
    await db()
      .updateTable("cases")
      .set({ decided_at: new Date("2026-12-04T10:00:00Z"), decision_reason: "existing customer" })
      .where("id", "=", decided.id)
      .execute();
    await seedCase(db(), {
      partnerEmail: "anna@brightpath.de",
      company: "Ending Soon Ltd",
      domain: "ending.co.uk",
      status: "approved",
      protectedUntil: new Date("2026-12-15T00:00:00Z"),
    });
    await seedCase(db(), {
      partnerEmail: "anna@brightpath.de",
      company: "Far Away Inc",
      domain: "far.com",
      status: "approved",
      protectedUntil: new Date("2027-03-01T00:00:00Z"),
    });
    await seedCase(db(), {
      partnerEmail: "kim@otherco.com",
      company: "Kim Quiet GmbH",
      domain: "kim.de",
      status: "approved",
      protectedUntil: new Date("2027-03-01T00:00:00Z"),
    });
  });

  it("lists open cases, the week's decisions and windows ending within 14 days; once per slot", async () => {
    expect(await run()).toBe(1); // Kim has nothing to report
    const [d] = await digests();
    expect(d!.to_addresses).toEqual(["anna@brightpath.de"]);
    expect(d!.text_body).toMatch(
      /Open:\nREG-\d{4}-\d{6} Open One GmbH\n {2}pending, waiting for a manager's decision\n {2}Missing: Contact e-mail/,
    );
    expect(d!.text_body).toContain("Decided AG: rejected");
    expect(d!.text_body).toContain("Reason: existing customer");
    expect(d!.text_body).toContain("Ending Soon Ltd: 15 December 2026");
    expect(d!.text_body).not.toContain("Far Away");
    expect(d!.text_body).toMatch(/https:\/\/deals\.northbeam\.io\/unsubscribe\/[a-z2-7]{32}/);
    expect(await run(new Date(now.getTime() + 3_600_000))).toBe(0); // the same slot again
    expect(await run(new Date("2026-12-09T07:05:00Z"))).toBe(0); // a missed slot is not sent late
    expect(await run(new Date("2026-12-14T07:01:00Z"))).toBe(1); // next week's
  });

  it("carries RFC 8058 headers, and the one-click POST opts out at once (GET only asks)", async () => {
    await run();
    const [d] = await digests();
    const raw = (await composeRaw(d!)).raw.toString("utf8");
    const head = raw.slice(0, raw.indexOf("\r\n\r\n")).replace(/\r\n[ \t]+/g, " ");
    expect(head).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
    const lu = /^List-Unsubscribe: (.*)$/m.exec(head)?.[1] ?? "";
    expect(lu).toMatch(
      /^<https:\/\/deals\.northbeam\.io\/unsubscribe\/[a-z2-7]{32}>, <mailto:partners@northbeam\.io\?subject=unsubscribe>$/,
    );
    expect((await simpleParser(raw)).subject).toBe("Your registrations this week");
    const url = /<(https:[^>]+)>/.exec(lu)![1]!;
    const path = new URL(url).pathname;
    expect((await app.inject({ method: "GET", url: path })).statusCode).toBe(200);
    expect(
      (
        await db()
          .selectFrom("partner_settings")
          .selectAll()
          .where("address", "=", "anna@brightpath.de")
          .executeTakeFirstOrThrow()
      ).digest_opt_out_at,
    ).toBeNull();
    const res = await app.inject({
      method: "POST",
      url: path,
      payload: "List-Unsubscribe=One-Click",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(res.statusCode).toBe(200);
    const s = await db()
      .selectFrom("partner_settings")
      .selectAll()
      .where("address", "=", "anna@brightpath.de")
      .executeTakeFirstOrThrow();
    expect(s).toMatchObject({ digest_opt_out_source: "one-click" });
    expect(s.digest_opt_out_at).not.toBeNull();
    expect(await run(new Date("2026-12-14T07:01:00Z"))).toBe(0);
    expect(
      (
        await app.inject({
          method: "POST",
          url: `/unsubscribe/${"a".repeat(32)}`,
          payload: "List-Unsubscribe=One-Click",
          headers: { "content-type": "application/x-www-form-urlencoded" },
        })
      ).statusCode,
    ).toBe(404);
  });

  it("replying `unsubscribe` stops the next digest", async () => {
    await ingestRawMail(
      t.pipeline,
      Buffer.from(
        "From: anna@brightpath.de\r\nTo: partners@northbeam.io\r\nSubject: unsubscribe\r\nMessage-ID: <u1@brightpath.de>\r\n\r\n\r\n",
      ),
      { kind: "cli", file: "u.eml" },
    );
    expect(await run()).toBe(0);
    expect(await digests()).toHaveLength(0);
  });
});
