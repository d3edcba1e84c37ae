// Dedupe as partners and managers see it: who is told what when a prospect is already claimed.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dbBackends } from "../helpers/db.ts";
import { testApp } from "../helpers/app.ts";
import { ingestRawMail } from "../../services/ingest/ingest-raw-mail.ts";
import { applyDecision } from "../../services/cases/apply-decision.ts";
import { importAccounts } from "../../services/cases/accounts-import.ts";

function registration(from: string, company: string, website: string, id: string): Buffer {
  return Buffer.from(
    `From: ${from}\r\nTo: partners@northbeam.io\r\nSubject: Deal registration ${company}\r\nMessage-ID: <${id}>\r\nDate: Mon, 2 Mar 2026 09:00:00 +0000\r\n\r\nHi team, please register this deal.\r\n\r\nCompany: ${company}\r\nWebsite: ${website}\r\nContact: Jana Berg\r\nEmail: jana@${website}\r\n\r\nThanks\r\n`,
  );
}

describe.each(dbBackends())("dedupe explained on $name", (backend) => {
  let app: Awaited<ReturnType<typeof testApp>>;
  beforeEach(async () => {
    app = await testApp(backend, { MAIL_TRANSPORT: "file", PROTECTION_DAYS: "90" });
  });
  afterEach(async () => {
    await app.close();
  });
  const db = () => app.database.db;
  const ingest = (raw: Buffer) => ingestRawMail(app.pipeline, raw, { kind: "cli", file: "x.eml" });
  const ackOf = (caseNumber: string) =>
    db()
      .selectFrom("outbox")
      .innerJoin("cases", "cases.id", "outbox.case_id")
      .select(["outbox.text_body", "outbox.subject"])
      .where("cases.case_number", "=", caseNumber)
      .where("outbox.kind", "=", "ack")
      .orderBy("outbox.id", "desc")
      .executeTakeFirstOrThrow();

  it("tells the second partner until when the prospect is protected, never by whom; managers see both cases", async () => {
    const first = await ingest(
      registration(
        "Nora Lind <nora@northpartner.example>",
        "Acme Analytics GmbH",
        "acme-analytics.de",
        "a1@northpartner.example",
      ),
    );
    const c1 = await db()
      .selectFrom("cases")
      .selectAll()
      .where("case_number", "=", first.caseNumber!)
      .executeTakeFirstOrThrow();
    await db()
      .transaction()
      .execute((trx) =>
        applyDecision(trx, {
          config: app.config,
          caseId: c1.id,
          decision: "approve",
          argument: null,
          actor: "ops:test",
          now: new Date(),
        }),
      );
    const until = (
      await db().selectFrom("cases").select("protected_until").where("id", "=", c1.id).executeTakeFirstOrThrow()
    ).protected_until!;
    const untilText = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(until);

    const second = await ingest(
      registration(
        "Tom Hale <tom@southpartner.example>",
        "ACME Analytics",
        "www.acme-analytics.de",
        "b1@southpartner.example",
      ),
    );
    expect(second.status).toBe("conflict");
    const ack = await ackOf(second.caseNumber!);
    expect(ack.text_body).toContain(`already registered by another partner and protected until ${untilText}.`);
    expect(ack.text_body).not.toMatch(/nora|northpartner|lind/i);
    expect(ack.text_body).not.toContain(first.caseNumber!);
    const notice = await db()
      .selectFrom("outbox")
      .innerJoin("cases", "cases.id", "outbox.case_id")
      .select("outbox.text_body")
      .where("cases.case_number", "=", second.caseNumber!)
      .where("outbox.kind", "=", "manager_notice")
      .executeTakeFirstOrThrow();
    expect(notice.text_body).toContain(first.caseNumber!);
    expect(notice.text_body).toContain(`protected until ${untilText}`);
  });

  it("gives the same partner their existing case back", async () => {
    const first = await ingest(
      registration(
        "Nora Lind <nora@northpartner.example>",
        "Acme Analytics GmbH",
        "acme-analytics.de",
        "a2@northpartner.example",
      ),
    );
    const again = await ingest(
      registration(
        "Nils Berg <nils@northpartner.example>",
        "Acme Analytics",
        "acme-analytics.de",
        "a3@northpartner.example",
      ),
    );
    expect(again.caseNumber).toBe(first.caseNumber);
    expect(await db().selectFrom("cases").select("id").execute()).toHaveLength(1);
    expect((await ackOf(first.caseNumber!)).text_body).toContain("this is your existing case");
  });

  it("answers existing customers and blocked accounts with the reason from the imported list", async () => {
    await importAccounts(
      db(),
      "domain,name,reason,kind\nacme-analytics.de,Acme,Customer since 2021,\nglobex-corp.com,Globex,Sanctioned entity,blocked\n",
    );
    const cust = await ingest(
      registration(
        "Nora Lind <nora@northpartner.example>",
        "Acme Analytics GmbH",
        "acme-analytics.de",
        "c1@northpartner.example",
      ),
    );
    expect(cust.status).toBe("conflict");
    expect((await ackOf(cust.caseNumber!)).text_body).toContain(
      "Acme Analytics GmbH is already our customer (Customer since 2021)",
    );
    const blocked = await ingest(
      registration(
        "Nora Lind <nora@northpartner.example>",
        "Globex Corp",
        "globex-corp.com",
        "c2@northpartner.example",
      ),
    );
    expect((await ackOf(blocked.caseNumber!)).text_body).toContain(
      "Globex Corp cannot be registered: Sanctioned entity",
    );
  });
});
