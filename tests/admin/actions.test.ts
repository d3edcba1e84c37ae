// The queue and its actions through app.inject, on PGlite and (with TEST_DATABASE_URL) PostgreSQL.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { dbBackends } from "../helpers/db.ts";
import { corpusMail } from "../helpers/app.ts";
import { ingestRawMail } from "../../services/ingest/ingest-raw-mail.ts";
import { MAIL_HTML_CSP } from "../../services/admin/routes/messages.ts";
import { adminTestApp, csrfOf, form, signIn, type AdminTestApp } from "./admin-app.ts";

const CLI = { kind: "cli", file: "test.eml" } as const;

function mail(opts: { from: string; id: string; subject: string; body: string; html?: string }): Buffer {
  const head = [
    `From: ${opts.from}`,
    "To: Northbeam Partners <partners@northbeam.io>",
    `Subject: ${opts.subject}`,
    `Message-ID: <${opts.id}>`,
    "Date: Tue, 10 Mar 2026 09:00:00 +0000",
    "MIME-Version: 1.0",
  ];
  if (!opts.html)
    return Buffer.from([...head, "Content-Type: text/plain; charset=utf-8", "", opts.body, ""].join("\r\n"));
  return Buffer.from(
    [
      ...head,
      'Content-Type: multipart/alternative; boundary="b"',
      "",
      "--b",
      "Content-Type: text/plain; charset=utf-8",
      "",
      opts.body,
      "--b",
      "Content-Type: text/html; charset=utf-8",
      "",
      opts.html,
      "--b--",
      "",
    ].join("\r\n"),
  );
}

const SECOND_PARTNER = mail({
  from: "Pia Kern <pia.kern@brightpath-consulting.de>",
  id: "conflict-1@brightpath-consulting.de",
  subject: "Deal registration: Castlegate Dental Group",
  body: "Hello,\r\n\r\nplease register this opportunity:\r\n\r\nCompany: Castlegate Dental Group Ltd\r\nWebsite: https://castlegatedental.co.uk\r\nContact: Fiona Marsh\r\nEmail: fiona.marsh@castlegatedental.co.uk\r\n\r\nThanks,\r\nPia Kern\r\nBrightPath Consulting",
});

describe.each(dbBackends())("admin actions on $name", (backend) => {
  let t: AdminTestApp;
  let cookie: string;
  let csrf: string;
  const db = () => t.ctx.database.db;
  const post = (url: string, values: Record<string, string> = {}) =>
    t.app.inject({
      method: "POST",
      url,
      payload: form({ _csrf: csrf, ...values }).payload,
      headers: { ...form({}).headers, cookie },
    });
  const get = (url: string) => t.app.inject({ url, headers: { cookie } });

  async function start(env: Record<string, string> = {}) {
    t = await adminTestApp(backend, env);
    cookie = await signIn(t.app);
    csrf = csrfOf((await get("/admin/")).body);
  }
  afterEach(async () => {
    await t.close();
  });

  describe("with every registration held for review", () => {
    beforeEach(() => start({ CONFIDENCE_THRESHOLD: "0.99" }));

    it("filters the queue by reason and counts each reason", async () => {
      await ingestRawMail(t.ctx.pipeline, corpusMail("001-"), CLI);
      const home = await get("/admin/");
      expect(home.body).toMatch(/Low confidence <span class="count">1<\/span>/);
      expect((await get("/admin/?reason=low_confidence")).body).toContain("Castlegate Dental Group");
      const other = await get("/admin/?reason=conflict");
      expect(other.body).not.toContain("Castlegate Dental Group");
      expect(other.body).toContain("Nothing waits for a person");
    });

    it("attaches a message to an existing case", async () => {
      await ingestRawMail(t.ctx.pipeline, corpusMail("001-"), CLI);
      await ingestRawMail(t.ctx.pipeline, SECOND_PARTNER, CLI);
      const [first, second] = await db().selectFrom("inbound_messages").select("id").orderBy("id").execute();
      const reg = await post(`/admin/messages/${first!.id}/register`, {
        "company.name": "Castlegate Dental Group Ltd",
        "company.domain": "castlegatedental.co.uk",
        "contact.name": "Fiona Marsh",
        "contact.email": "fiona.marsh@castlegatedental.co.uk",
        "partner.email": "oliver.grant@ledgerline.co.uk",
      });
      expect(reg.statusCode).toBe(303);
      const caseNumber = /REG-\d{4}-\d{6}/.exec(String(reg.headers.location))![0];
      // a case registered by ops gets the same acknowledgement as one read by the machine: with its status link
      const ack = await db()
        .selectFrom("outbox")
        .innerJoin("cases", "cases.id", "outbox.case_id")
        .select("text_body")
        .where("cases.case_number", "=", caseNumber)
        .where("outbox.kind", "=", "ack")
        .executeTakeFirstOrThrow();
      expect(ack.text_body).toMatch(/\/status\/[A-Za-z0-9_-]{20,}/);

      expect((await post(`/admin/messages/${second!.id}/attach`, { caseNumber: "REG-1999-000999" })).statusCode).toBe(
        409,
      );
      const res = await post(`/admin/messages/${second!.id}/attach`, { caseNumber: caseNumber.toLowerCase() });
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe(`/admin/cases/${caseNumber}?done=attached`);
      const c = await db()
        .selectFrom("cases")
        .select("id")
        .where("case_number", "=", caseNumber)
        .executeTakeFirstOrThrow();
      const ev = await db()
        .selectFrom("timeline_events")
        .selectAll()
        .where("case_id", "=", c.id)
        .where("kind", "=", "message_attached")
        .executeTakeFirstOrThrow();
      expect(ev.actor).toBe("ops:admin");
      expect(ev.inbound_message_id).toBe(second!.id);
      expect(ev.text).toContain("Castlegate Dental Group Ltd");
      const open = await db()
        .selectFrom("review_items")
        .select("id")
        .where("inbound_message_id", "=", second!.id)
        .where("resolved_at", "is", null)
        .execute();
      expect(open).toHaveLength(0);
      const page = await get(`/admin/cases/${caseNumber}`);
      expect(page.body).toContain("message attached");
    });

    it("marks a message as not a registration", async () => {
      await ingestRawMail(t.ctx.pipeline, corpusMail("001-"), CLI);
      const m = await db().selectFrom("inbound_messages").select("id").executeTakeFirstOrThrow();
      const res = await post(`/admin/messages/${m.id}/not-registration`);
      expect(res.statusCode).toBe(303);
      const item = await db()
        .selectFrom("review_items")
        .selectAll()
        .where("inbound_message_id", "=", m.id)
        .executeTakeFirstOrThrow();
      expect(item).toMatchObject({ resolved_by: "ops:admin", resolution: "not a registration" });
      expect(
        (await db().selectFrom("inbound_messages").select("outcome").where("id", "=", m.id).executeTakeFirstOrThrow())
          .outcome,
      ).toBe("ignored");
      expect((await get("/admin/")).body).toContain("Nothing waits for a person");
    });

    it("re-parses a message and shows what changed", async () => {
      await ingestRawMail(t.ctx.pipeline, corpusMail("001-"), CLI);
      const m = await db().selectFrom("inbound_messages").select(["id", "parse"]).executeTakeFirstOrThrow();
      const stale = structuredClone(m.parse) as { output: { registration: { company: { name: string } } } };
      stale.output.registration.company.name = "Old Rules Ltd";
      await db()
        .updateTable("inbound_messages")
        .set({ parse: JSON.stringify(stale) })
        .where("id", "=", m.id)
        .execute();

      const res = await post(`/admin/messages/${m.id}/reparse`);
      expect(res.statusCode).toBe(200);
      expect(res.body).toMatch(/<del>Old Rules Ltd<\/del><\/td><td><ins>Castlegate Dental Group Ltd<\/ins>/);
      const after = await db()
        .selectFrom("inbound_messages")
        .select("parse")
        .where("id", "=", m.id)
        .executeTakeFirstOrThrow();
      expect((after.parse as typeof stale).output.registration.company.name).toBe("Castlegate Dental Group Ltd");
    });

    it("refuses a correction with a malformed e-mail address and registers nothing", async () => {
      await ingestRawMail(t.ctx.pipeline, corpusMail("001-"), CLI);
      const m = await db().selectFrom("inbound_messages").select("id").executeTakeFirstOrThrow();
      const res = await post(`/admin/messages/${m.id}/register`, {
        "company.name": "X",
        "contact.email": "not an address",
      });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain("Please fix");
      expect(await db().selectFrom("cases").select("id").execute()).toHaveLength(0);
    });

    it("serves a mail's HTML only with its own locked-down policy", async () => {
      await ingestRawMail(
        t.ctx.pipeline,
        mail({
          from: "a@b.example",
          id: "h1@b.example",
          subject: "hi",
          body: "hello",
          html: "<p>hello</p><script>alert(1)</script>",
        }),
        CLI,
      );
      const m = await db().selectFrom("inbound_messages").select("id").executeTakeFirstOrThrow();
      const html = await get(`/admin/messages/${m.id}/html`);
      expect(html.headers["content-security-policy"]).toBe(MAIL_HTML_CSP);
      expect(html.headers["content-type"]).toBe("text/html; charset=utf-8");
      const view = await get(`/admin/messages/${m.id}/html-view`);
      expect(view.body).toContain(`<iframe class="mailhtml" sandbox src="/admin/messages/${m.id}/html"`);
      expect((await t.app.inject({ url: `/admin/messages/${m.id}/html` })).statusCode).toBe(303);
    });
  });

  describe("with the normal threshold", () => {
    beforeEach(() => start());

    it("approves a conflict through applyDecision and closes its review item", async () => {
      await ingestRawMail(t.ctx.pipeline, corpusMail("001-"), CLI);
      const r = await ingestRawMail(t.ctx.pipeline, SECOND_PARTNER, CLI);
      expect(r.status).toBe("conflict");
      expect((await get("/admin/?reason=conflict")).body).toContain(r.caseNumber!);
      const c = await db()
        .selectFrom("cases")
        .select(["id", "case_number"])
        .where("case_number", "=", r.caseNumber!)
        .executeTakeFirstOrThrow();

      const noReason = await post(`/admin/cases/${c.id}/decide`, { decision: "reject", argument: "" });
      expect(noReason.statusCode).toBe(409);
      const res = await post(`/admin/cases/${c.id}/decide`, {
        decision: "approve",
        argument: "first to bring a meeting",
      });
      expect(res.statusCode).toBe(303);
      const after = await db()
        .selectFrom("cases")
        .select(["status", "decided_by", "protected_until"])
        .where("id", "=", c.id)
        .executeTakeFirstOrThrow();
      expect(after).toMatchObject({ status: "approved", decided_by: "ops:admin" });
      expect(after.protected_until).not.toBeNull();
      const items = await db()
        .selectFrom("review_items")
        .select(["resolved_by"])
        .where("case_id", "=", c.id)
        .where("reason", "=", "conflict")
        .execute();
      expect(items.every((i) => i.resolved_by === "ops:admin")).toBe(true);
      expect(res.headers.location).toBe(`/admin/cases/${c.case_number}?done=decided`);
      const page = await get(String(res.headers.location));
      expect(page.body).toContain("conflict → approved");
      expect(page.body).toContain("Decision saved");
      const again = await post(`/admin/cases/${c.id}/decide`, { decision: "approve" });
      expect(again.statusCode).toBe(409);
    });

    it("holds a missing_fields item back until REVIEW_AFTER_HOURS, then shows it", async () => {
      const r = await ingestRawMail(
        t.ctx.pipeline,
        mail({
          from: "Oliver Grant <oliver.grant@ledgerline.co.uk>",
          id: "inc-1@ledgerline.co.uk",
          subject: "Deal registration: Harbour Foods",
          body: "Hi team,\r\n\r\nplease register:\r\n\r\nCompany: Harbour Foods Ltd\r\nWebsite: https://harbourfoods.co.uk\r\n\r\nThanks,\r\nOliver",
        }),
        CLI,
      );
      expect(r.status).toBe("needs_review");
      expect((await get("/admin/")).body).not.toContain("Harbour Foods");
      await db()
        .updateTable("review_items")
        .set({ created_at: sql<Date>`now() - interval '100 hours'` })
        .execute();
      const home = await get("/admin/");
      expect(home.body).toContain("Missing fields");
      expect(home.body).toContain("Harbour Foods");

      // closed by hand while the case stays incomplete: it comes back as a stale case once old enough
      const item = await db().selectFrom("review_items").select("id").executeTakeFirstOrThrow();
      expect(
        (await post(`/admin/review-items/${item.id}/dismiss`, { note: "asked the partner by phone" })).statusCode,
      ).toBe(303);
      await db()
        .updateTable("cases")
        .set({ created_at: sql<Date>`now() - interval '100 hours'` })
        .execute();
      expect((await get("/admin/?reason=incomplete_case")).body).toContain("Harbour Foods");
      const ev = await db()
        .selectFrom("timeline_events")
        .selectAll()
        .where("kind", "=", "review_closed")
        .executeTakeFirstOrThrow();
      expect(ev).toMatchObject({ actor: "ops:admin", text: "asked the partner by phone" });
    });

    it("searches cases by number, domain, company and partner, and pages", async () => {
      const r = await ingestRawMail(t.ctx.pipeline, corpusMail("001-"), CLI);
      for (const q of [
        r.caseNumber!,
        r.caseNumber!.toLowerCase(),
        "castlegatedental.co.uk",
        "castlegate dental",
        "ledgerline",
        "oliver.grant",
      ]) {
        const res = await get(`/admin/cases?q=${encodeURIComponent(q)}`);
        expect(res.body, q).toContain(`/admin/cases/${r.caseNumber}`);
      }
      expect((await get("/admin/cases?q=nothing-like-this")).body).toContain("0 case(s)");
      expect((await get("/admin/cases?q=%25")).body).toContain("0 case(s)"); // % is literal
      expect((await get("/admin/cases?status=approved")).body).not.toContain(`/admin/cases/${r.caseNumber}`);
      expect((await get("/admin/cases/REG-2026-999999")).statusCode).toBe(404);
      expect((await get("/admin/messages/abc")).statusCode).toBe(400);
    });
  });
});
