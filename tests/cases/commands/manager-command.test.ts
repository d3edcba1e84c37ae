// Decisions by e-mail: genuine manager replies (real clients' quoting) decide; forged or wrong
// ones change nothing, are noted on the timeline and land in review.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbBackends } from "../../helpers/db.ts";
import { FIXTURES_DIR, corpusMail, testApp } from "../../helpers/app.ts";
import { ingestRawMail } from "../../../services/ingest/ingest-raw-mail.ts";
import { hashToken, newToken, replyAddress } from "../../../services/cases/threading/reply-address.ts";
import { storeReplyToken } from "../../../services/repos/cases.ts";
import { answer, type SentMail } from "../mail.ts";
import { dnsStub, makeDkim } from "../dkim.ts";
import { seedCase } from "../seed.ts";

const LENA = "lena.vogt@northbeam.io";
const SAM = "sam.reed@northbeam.io";
const vendorKey = makeDkim("northbeam.io");
const attackerKey = makeDkim("evil.example");
const rogueVendorKey = { ...makeDkim("northbeam.io"), publicKeyB64: "" }; // a key northbeam.io never published
const resolver = dnsStub([vendorKey, attackerKey]);

describe.each(dbBackends())("manager commands on $name", (backend) => {
  let app: Awaited<ReturnType<typeof testApp>>;
  let n = 0;
  beforeAll(async () => {
    // the CLI stands in for our MTA here: its Authentication-Results are trusted (the SES test below is not)
    app = await testApp(backend, {
      MAIL_TRANSPORT: "file",
      AUTHSERV_ID: "mx.northbeam.io",
      TRUST_AUTH_RESULTS_SOURCES: "cli",
    });
    app.pipeline.resolver = resolver;
  });
  afterAll(async () => {
    await app.close();
  });
  const db = () => app.database.db;
  const ingest = (raw: Buffer) => ingestRawMail(app.pipeline, raw, { kind: "cli", file: `m${++n}.eml` });
  const decisions = async () =>
    (
      await db()
        .selectFrom("timeline_events")
        .select("id")
        .where("kind", "in", ["approved", "rejected", "info_requested"])
        .execute()
    ).length;

  /** A fresh complete case registered through the pipeline, with the managers' notices. */
  async function newCase(i: number) {
    const raw = Buffer.from(
      `From: Anna Meier <anna@brightpath.example>\r\nTo: partners@northbeam.io\r\nSubject: Deal registration Firm${i}\r\nMessage-ID: <reg${i}.${Date.now()}@brightpath.example>\r\nDate: Mon, 2 Mar 2026 09:00:00 +0000\r\n\r\nHi team, please register this deal.\r\n\r\nCompany: Firm${i} Holding GmbH\r\nWebsite: firm${i}-x.de\r\nContact: Jana Berg${"e".repeat(i % 5)}\r\nEmail: jana@firm${i}-x.de\r\n\r\nAnna\r\n`,
    );
    const r = await ingest(raw);
    const c = await db()
      .selectFrom("cases")
      .selectAll()
      .where("case_number", "=", r.caseNumber!)
      .executeTakeFirstOrThrow();
    expect(c.status).toBe("pending");
    const notices = await mailOf(c.id, "manager_notice");
    const notice = (m: string) => notices.find((x) => x.to_addresses[0] === m)! as SentMail;
    const ack = (await firstMail(c.id, "ack")) as SentMail;
    return { c, lena: notice(LENA), sam: notice(SAM), ack };
  }
  const signed = (raw: Buffer, key = vendorKey) => key.sign(raw);
  /** The case's mail of one kind, oldest first. */
  const mailOf = (caseId: number, kind: string) =>
    db()
      .selectFrom("outbox")
      .selectAll()
      .where("case_id", "=", caseId)
      .where("kind", "=", kind)
      .orderBy("id")
      .execute();
  const firstMail = async (caseId: number, kind: string) => {
    const [m] = await mailOf(caseId, kind);
    if (!m) throw new Error(`case ${caseId} has no ${kind} mail`);
    return m;
  };
  const statusOf = async (id: number) =>
    (await db().selectFrom("cases").select("status").where("id", "=", id).executeTakeFirstOrThrow()).status;

  it("a genuine, signed reply on the manager's own token approves, and the token works once", async () => {
    const { c, lena } = await newCase(1);
    const r = await ingest(
      await signed(answer(lena, { from: `Lena Vogt <${LENA}>`, text: "approve\n\nLena", quote: true })),
    );
    expect(r.status).toBe("reply");
    expect(await statusOf(c.id)).toBe("approved");
    const row = await db().selectFrom("cases").selectAll().where("id", "=", c.id).executeTakeFirstOrThrow();
    expect(row.decided_by).toBe(`manager:${LENA}`);
    const token = await db()
      .selectFrom("reply_tokens")
      .selectAll()
      .where("case_id", "=", c.id)
      .where("address", "=", LENA)
      .where("purpose", "=", "manager")
      .executeTakeFirstOrThrow();
    expect(token.used_at).not.toBeNull();
    const decision = await firstMail(c.id, "decision");
    expect(decision.to_addresses).toEqual(["anna@brightpath.example"]);
    expect(decision.text_body).toMatch(/protected for you for 90 days, until \d{1,2} \w+ \d{4}/);
  });

  it("German commands work too", async () => {
    const { c, sam } = await newCase(2);
    await ingest(await signed(answer(sam, { from: SAM, text: "abgelehnt Bestandskunde seit 2021" })));
    const row = await db().selectFrom("cases").selectAll().where("id", "=", c.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: "rejected", decision_reason: "Bestandskunde seit 2021" });
  });

  it("an info question goes to the partner; the partner's answer returns the case to the managers", async () => {
    const { c, lena } = await newCase(3);
    await ingest(await signed(answer(lena, { from: LENA, text: "info Who holds the budget?" })));
    expect(await statusOf(c.id)).toBe("info_requested");
    const q = (await firstMail(c.id, "info_request")) as SentMail;
    await ingest(answer(q, { from: "anna@brightpath.example", text: "Jana Berg holds the budget, about 40k EUR." }));
    expect(await statusOf(c.id)).toBe("pending");
    const notices = await mailOf(c.id, "manager_notice");
    expect(notices).toHaveLength(4); // a fresh decision request per manager
  });

  // ---- forged or wrong: none of these may decide anything ----
  type Forge = (k: Awaited<ReturnType<typeof newCase>>, other: Awaited<ReturnType<typeof newCase>>) => Promise<Buffer>;
  const forged: Array<[string, Forge, RegExp | null]> = [
    ["spoofed From, unsigned", async ({ lena }) => answer(lena, { from: LENA, text: "approve" }), /authenticat/],
    [
      "spoofed From, signed with a key northbeam.io never published",
      async ({ lena }) => signed(answer(lena, { from: LENA, text: "approve" }), rogueVendorKey),
      /authenticat/,
    ],
    [
      "signed by the attacker's own domain, From the manager (not aligned)",
      async ({ lena }) => signed(answer(lena, { from: LENA, text: "approve" }), attackerKey),
      /authenticat/,
    ],
    [
      "body changed after signing (DMARC fail)",
      async ({ lena }) =>
        Buffer.from(
          (await signed(answer(lena, { from: LENA, text: "reject too small" })))
            .toString()
            .replace("reject too small", "approve"),
        ),
      /authenticat/,
    ],
    [
      "forged Authentication-Results from another authserv-id",
      async ({ lena }) =>
        answer(lena, {
          from: LENA,
          text: "approve",
          headers: {
            "Authentication-Results":
              "mx.evil.example; dkim=pass header.d=northbeam.io; dmarc=pass header.from=northbeam.io",
          },
        }),
      /authenticat/,
    ],
    [
      "valid token of one manager, sent by the other",
      async ({ lena }) => signed(answer(lena, { from: SAM, text: "approve" })),
      /another manager/,
    ],
    [
      "another case's token",
      async ({ lena }, other) => signed(answer(lena, { from: LENA, to: other.lena.reply_to!, text: "approve" })),
      /another case/,
    ],
    [
      "the partner approving their own case",
      async ({ ack }) => answer(ack, { from: "anna@brightpath.example", text: "approve" }),
      /not a configured manager/,
    ],
    [
      "the partner using a manager's leaked token",
      async ({ lena }) => answer(lena, { from: "anna@brightpath.example", text: "approve" }),
      /not a configured manager/,
    ],
    [
      "a colleague of the managers who is not one",
      async ({ lena }) => signed(answer(lena, { from: "boss@northbeam.io", text: "approve" })),
      /not a configured manager/,
    ],
    [
      "display name pretending to be the manager",
      async ({ lena }) =>
        signed(answer(lena, { from: `"${LENA}" <mallory@evil.example>`, text: "approve" }), attackerKey),
      /not a configured manager/,
    ],
    [
      "Sender header naming the manager",
      async ({ lena }) => answer(lena, { from: "mallory@evil.example", text: "approve", headers: { Sender: LENA } }),
      /not a configured manager/,
    ],
    [
      "no token in the recipient address",
      async ({ lena }) => signed(answer(lena, { from: LENA, to: "partners@northbeam.io", text: "approve" })),
      /no token/,
    ],
    [
      "a made-up token",
      async ({ lena }) =>
        signed(answer(lena, { from: LENA, to: replyAddress("partners@northbeam.io", newToken()), text: "approve" })),
      /no token/,
    ],
    [
      "the partner's token used by a manager",
      async ({ ack }) => signed(answer(ack, { from: LENA, text: "approve" })),
      /no token/,
    ],
    [
      "approve only inside the quoted text",
      async ({ lena }) =>
        signed(
          answer(
            { ...lena, text_body: "approve" },
            { from: LENA, text: "Let me check with sales first.", quote: true },
          ),
        ),
      /no command/,
    ],
    ["not approved", async ({ lena }) => signed(answer(lena, { from: LENA, text: "not approved" })), /no command/],
    [
      "unknown command",
      async ({ lena }) => signed(answer(lena, { from: LENA, text: "approved!!! ship it" })),
      /no command/,
    ],
    [
      "approve in the subject only",
      async ({ lena }) => signed(answer(lena, { from: LENA, subject: `approve [${"REG"}]`, text: "see subject" })),
      null,
    ],
    ["reject without a reason", async ({ lena }) => signed(answer(lena, { from: LENA, text: "reject" })), /reason/],
    ["info without a question", async ({ lena }) => signed(answer(lena, { from: LENA, text: "info" })), /question/],
    [
      "out-of-office with Auto-Submitted",
      async ({ lena }) =>
        signed(answer(lena, { from: LENA, text: "approve", headers: { "Auto-Submitted": "auto-replied" } })),
      null,
    ],
    [
      "out-of-office by subject",
      async ({ lena }) => signed(answer(lena, { from: LENA, subject: "Automatic reply: I am away", text: "approve" })),
      null,
    ],
    [
      "vacation responder header",
      async ({ lena }) => signed(answer(lena, { from: LENA, text: "approve", headers: { "X-Autoreply": "yes" } })),
      null,
    ],
    [
      "bulk precedence",
      async ({ lena }) => signed(answer(lena, { from: LENA, text: "approve", headers: { Precedence: "bulk" } })),
      null,
    ],
    [
      "a stranger with the case tag in the subject",
      async ({ lena }) =>
        answer(lena, { from: "mallory@evil.example", to: "partners@northbeam.io", text: "approve", unthreaded: true }),
      null,
    ],
  ];

  it(`refuses ${forged.length} forged or wrong replies with 0 decisions`, async () => {
    const k = await newCase(10);
    const other = await newCase(11);
    const before = await decisions();
    for (const [name, build, reason] of forged) {
      const raw = await build(k, other);
      const r = await ingest(raw);
      expect(await statusOf(k.c.id), name).toBe("pending");
      expect(await statusOf(other.c.id), name).toBe("pending");
      expect(await decisions(), name).toBe(before);
      if (reason) {
        const refused = await db()
          .selectFrom("timeline_events")
          .selectAll()
          .where("kind", "=", "command_refused")
          .where("inbound_message_id", "=", r.inboundMessageId)
          .executeTakeFirst();
        expect(refused?.text, name).toMatch(reason);
        const review = await db()
          .selectFrom("review_items")
          .select("reason")
          .where("inbound_message_id", "=", r.inboundMessageId)
          .executeTakeFirst();
        expect(review?.reason, name).toBe("unverified_command");
      }
    }
    expect(
      await db()
        .selectFrom("outbox")
        .select("id")
        .where("case_id", "in", [k.c.id, other.c.id])
        .where("kind", "in", ["decision", "info_request"])
        .execute(),
    ).toHaveLength(0);
  });

  it("a reused token and a decided case change nothing", async () => {
    const { c, lena, sam } = await newCase(20);
    await ingest(await signed(answer(lena, { from: LENA, text: "info Which region?" })));
    const before = await decisions();
    await ingest(await signed(answer(lena, { from: LENA, text: "approve", messageId: "<reuse@northbeam.io>" })));
    expect(await statusOf(c.id)).toBe("info_requested");
    const q = (await firstMail(c.id, "info_request")) as SentMail;
    await ingest(answer(q, { from: "anna@brightpath.example", text: "DACH" }));
    const latest = (await mailOf(c.id, "manager_notice")).reverse();
    const freshFor = (who: string) => latest.find((m) => m.to_addresses[0] === who)! as SentMail;
    // the partner's answer sent fresh notices: the managers' earlier addresses no longer work
    await ingest(await signed(answer(sam, { from: SAM, text: "approve" })));
    expect(await statusOf(c.id)).toBe("pending");
    const fresh = freshFor(LENA);
    await ingest(await signed(answer(fresh, { from: LENA, text: "approve" })));
    expect(await statusOf(c.id)).toBe("approved");
    const afterApprove = await decisions();
    expect(afterApprove).toBe(before + 1);
    await ingest(await signed(answer(freshFor(SAM), { from: SAM, text: "reject too late" })));
    expect(await statusOf(c.id)).toBe("approved");
    expect(await decisions()).toBe(afterApprove);
    const refused = await db()
      .selectFrom("timeline_events")
      .select("text")
      .where("case_id", "=", c.id)
      .where("kind", "=", "command_refused")
      .execute();
    expect(refused.map((e) => e.text)).toEqual([
      expect.stringMatching(/already used/), // Lena's address, spent on the info question
      expect.stringMatching(/already used/), // Sam's first address, retired by the fresh notices
      expect.stringMatching(/not open for this decision \(reject from status approved\)/),
    ]);
  });

  it("recognises genuine replies from real clients (talon fixtures) and finds the command above their quoting", async () => {
    const dir = join(FIXTURES_DIR, "talon", "standard_replies");
    const files = readdirSync(dir).filter(
      (f) => f.endsWith(".eml") && /^Hello/m.test(readFileSync(join(dir, f), "latin1")),
    );
    expect(files.length).toBeGreaterThanOrEqual(10);
    const approved: string[] = [];
    for (const f of files) {
      const c = await seedCase(db(), { domain: `talon-${f.replace(/\W/g, "")}.example`, company: `Talon ${f}` });
      const token = newToken();
      await db()
        .transaction()
        .execute((trx) =>
          storeReplyToken(trx, { hash: hashToken(token), caseId: c.id, purpose: "manager", address: LENA }),
        );
      const raw = rewriteHeaders(readFileSync(join(dir, f)), {
        From: `Lena Vogt <${LENA}>`,
        To: replyAddress("partners@northbeam.io", token),
        Subject: `Re: [${c.case_number}] Decision needed`,
        "Message-ID": `<talon-${f}-${c.id}@northbeam.io>`,
        Date: "Mon, 2 Mar 2026 09:00:00 +0000",
      });
      await ingest(await signed(Buffer.from(raw.toString("latin1").replace(/^Hello/m, "approve"), "latin1")));
      if ((await statusOf(c.id)) === "approved") approved.push(f);
    }
    expect(approved).toEqual(files);
  });

  it("never trusts a sender-written Authentication-Results on mail that came through SES with failing verdicts", async () => {
    const { c, lena } = await newCase(40);
    const raw = answer(lena, {
      from: LENA,
      text: "approve",
      headers: {
        "Authentication-Results":
          "mx.northbeam.io; dkim=pass header.d=northbeam.io; dmarc=pass header.from=northbeam.io",
      },
    });
    const verdicts = { spf: "FAIL", dkim: "FAIL", dmarc: "FAIL", spam: "PASS", virus: "PASS" };
    const r = await ingestRawMail(app.pipeline, raw, { kind: "ses", sesMessageId: `ses-forged-${c.id}`, verdicts });
    expect(await statusOf(c.id)).toBe("pending");
    const refused = await db()
      .selectFrom("timeline_events")
      .select("text")
      .where("kind", "=", "command_refused")
      .where("inbound_message_id", "=", r.inboundMessageId)
      .executeTakeFirst();
    expect(refused?.text).toMatch(/SES: DMARC FAIL/);
  });

  it("an approval address older than MANAGER_TOKEN_DAYS is refused with a clear answer, and a fresh notice goes out", async () => {
    const { c, lena } = await newCase(50);
    await db()
      .updateTable("reply_tokens")
      .set({ created_at: new Date(Date.now() - 15 * 86_400_000) })
      .where("case_id", "=", c.id)
      .execute();
    const noticesBefore = (await mailOf(c.id, "manager_notice")).length;
    const r = await ingest(await signed(answer(lena, { from: LENA, text: "approve" })));
    expect(await statusOf(c.id)).toBe("pending");
    const refused = await db()
      .selectFrom("timeline_events")
      .select("text")
      .where("kind", "=", "command_refused")
      .where("inbound_message_id", "=", r.inboundMessageId)
      .executeTakeFirstOrThrow();
    expect(refused.text).toMatch(/expired.*fresh notice/);
    const fresh = await mailOf(c.id, "manager_notice");
    expect(fresh.length).toBeGreaterThan(noticesBefore);
    const latestToLena = fresh.filter((m) => m.to_addresses[0] === LENA).pop()! as SentMail;
    await ingest(await signed(answer(latestToLena, { from: LENA, text: "approve" })));
    expect(await statusOf(c.id)).toBe("approved");
  });

  it("never acts on a manager's command quoted back by a partner", async () => {
    const { c, ack } = await newCase(30);
    await ingest(
      answer({ ...ack, text_body: "approve" }, { from: "anna@brightpath.example", text: "Thanks!", quote: true }),
    );
    expect(await statusOf(c.id)).toBe("pending");
  });
  void corpusMail;
});

/** Replaces a fixture's addressing headers, keeping its MIME headers and body bytes. */
function rewriteHeaders(raw: Buffer, headers: Record<string, string>): Buffer {
  const text = raw.toString("latin1");
  const m = /\r?\n\r?\n/.exec(text);
  const head = m ? text.slice(0, m.index) : text;
  const body = m ? text.slice(m.index + m[0].length) : "";
  const kept: string[] = [];
  let keep = false;
  for (const line of head.split(/\r?\n/)) {
    if (/^\s/.test(line)) {
      if (keep) kept.push(line);
      continue;
    }
    keep = /^(content-|mime-version)/i.test(line);
    if (keep) kept.push(line);
  }
  const out = [...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), ...kept].join("\r\n");
  return Buffer.from(`${out}\r\n\r\n${body.replace(/\r?\n/g, "\r\n")}`, "latin1");
}
