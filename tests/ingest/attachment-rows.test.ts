// A registration mail whose attached table holds several registrations, through the real
// processing path (parse pool, routing, cases, outbox): a case per row, deduplicated like any
// other registration, and ONE acknowledgement listing them all; exactly once, also when the
// processing dies before its commit and runs again.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { dbBackends } from "../helpers/db.ts";
import { testApp } from "../helpers/app.ts";
import { buildXlsx, type Cell } from "../fixtures/attachments/office-files.ts";
import { ingestRawMail } from "../../services/ingest/ingest-raw-mail.ts";
import { storeRawMessage } from "../../services/ingest/store-raw.ts";
import { processStoredMessage } from "../../services/ingest/process-message.ts";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const PARTNER = "ray@colepartners.com";

function partnerMail(
  messageId: string,
  body: string,
  attachment?: { file: string; type: string; content: Buffer },
): Buffer {
  const head =
    `From: Ray Cole <${PARTNER}>\r\nTo: partners@northbeam.io\r\nSubject: new registrations\r\n` +
    `Message-ID: <${messageId}@colepartners.com>\r\nDate: Thu, 03 Dec 2026 09:00:00 +0000\r\nMIME-Version: 1.0\r\n`;
  const text = `${body}\r\n\r\nBest,\r\nRay Cole\r\nCole Partners\r\n`;
  if (!attachment) return Buffer.from(`${head}Content-Type: text/plain; charset=utf-8\r\n\r\n${text}`);
  return Buffer.from(
    head +
      'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n' +
      text +
      `--b\r\nContent-Type: ${attachment.type}; name="${attachment.file}"\r\n` +
      `Content-Disposition: attachment; filename="${attachment.file}"\r\nContent-Transfer-Encoding: base64\r\n\r\n` +
      attachment.content.toString("base64").replace(/.{76}/g, "$&\r\n") +
      "\r\n--b--\r\n",
  );
}

const HEADER: Cell[] = ["Company", "Website", "Contact", "Email", "Stage"];
const ROWS: Cell[][] = [
  ["Fjordline Freight AS", "fjordline.no", "Siri Dahl", "siri.dahl@fjordline.no", "demo booked"],
  ["Halden Tools AB", "haldentools.se", "Olof Berg", "olof.berg@haldentools.se", "intro"],
  ["Brightwater Labs", "brightwater-labs.com", "Ana Lund", "ana.lund@brightwater-labs.com", "intro"],
  ["Kestrel Robotics GmbH", "kestrel-robotics.de", "", "", "intro"],
];

describe.each(dbBackends())("a table attachment with several registrations on $name", (backend) => {
  let app: Awaited<ReturnType<typeof testApp>>;
  beforeEach(async () => {
    app = await testApp(backend, { MAIL_TRANSPORT: "file", ATTACHMENT_ROWS_PER_MAIL: "10" });
  });
  afterEach(async () => {
    await app.close();
  });

  const sheetMail = () =>
    partnerMail("sheet-1", "Hi team, our new leads are in the attached sheet.", {
      file: "leads.xlsx",
      type: XLSX_TYPE,
      content: buildXlsx([HEADER, ...ROWS]),
    });

  async function acksFor(inboundId: number) {
    // the acknowledgement threads under the partner's mail: In-Reply-To names it
    const msg = await app.database.db
      .selectFrom("inbound_messages")
      .select("message_id")
      .where("id", "=", inboundId)
      .executeTakeFirstOrThrow();
    return app.database.db
      .selectFrom("outbox")
      .select(["text_body", "to_addresses", "case_id"])
      .where("kind", "=", "ack")
      .where("in_reply_to", "=", msg.message_id)
      .execute();
  }

  it("makes a case per row, joins the partner's existing case, and sends one acknowledgement listing them all", async () => {
    const db = app.database.db;
    // the partner registered Brightwater on its own before
    const earlier = await ingestRawMail(
      app.pipeline,
      partnerMail(
        "single-1",
        "Please register: Company: Brightwater Labs\nWebsite: brightwater-labs.com\nContact: Ana Lund, ana.lund@brightwater-labs.com",
      ),
      { kind: "cli", file: "sheet.eml" },
    );
    expect(earlier.caseNumber).not.toBeNull();

    const result = await ingestRawMail(app.pipeline, sheetMail(), { kind: "cli", file: "sheet.eml" });
    expect(result.status).toBe("registered");
    const made = await db
      .selectFrom("cases")
      .select(["case_number", "company_name", "status", "source_row", "provenance", "missing"])
      .where("source_message_id", "=", result.inboundMessageId)
      .orderBy("id")
      .execute();
    // the mail's own row, Halden, Kestrel (Brightwater joined the existing case)
    expect(made.map((c) => [c.company_name, c.source_row])).toEqual([
      ["Fjordline Freight AS", null],
      ["Halden Tools AB", 1],
      ["Kestrel Robotics GmbH", 3],
    ]);
    expect(made[0]!.case_number).toBe(result.caseNumber);
    expect(made[1]!.provenance).toMatchObject({ "company.name": { row: { file: "leads.xlsx", row: 3 } } });
    expect(made[2]!.status).toBe("incomplete");
    expect(await db.selectFrom("cases").select("id").execute()).toHaveLength(4);

    const acks = await acksFor(result.inboundMessageId);
    expect(acks).toHaveLength(1);
    const ack = acks[0]!;
    expect(ack.to_addresses).toEqual([PARTNER]);
    expect(ack.text_body).toContain(`Your case number is ${result.caseNumber}.`);
    expect(ack.text_body).toContain(
      `${made[1]!.case_number}, Halden Tools AB (row 3, leads.xlsx): pending, waiting for a manager's decision`,
    );
    expect(ack.text_body).toContain(
      `${earlier.caseNumber}, Brightwater Labs (row 4, leads.xlsx): you registered this prospect before`,
    );
    expect(ack.text_body).toMatch(
      new RegExp(
        `${made[2]!.case_number}, Kestrel Robotics GmbH \\(row 5, leads\\.xlsx\\): pending, waiting for the missing details; missing: .*Contact`,
      ),
    );

    // the same mail again changes nothing
    const again = await ingestRawMail(app.pipeline, sheetMail(), { kind: "cli", file: "sheet.eml" });
    expect(again.status).toBe("duplicate");
    expect(await db.selectFrom("cases").select("id").execute()).toHaveLength(4);
    expect(await acksFor(result.inboundMessageId)).toHaveLength(1);
  });

  it("leaves nothing behind when processing dies before its commit, and makes each case once when it runs again", async () => {
    const db = app.database.db;
    const stored = await storeRawMessage(db, sheetMail(), { kind: "cli", file: "sheet.eml" });
    // the outcome is written last in the processing transaction: failing it fails everything before it
    await sql`create function fail_outcome() returns trigger language plpgsql as $$
      begin raise exception 'simulated crash before commit'; end $$`.execute(db);
    await sql`create trigger fail_outcome before update on inbound_messages for each row
      when (old.outcome is null and new.outcome is not null) execute function fail_outcome()`.execute(db);
    await expect(processStoredMessage(app.pipeline, stored.id)).rejects.toThrow(/simulated crash/);
    expect(await db.selectFrom("cases").select("id").execute()).toHaveLength(0);
    expect(await db.selectFrom("outbox").select("id").execute()).toHaveLength(0);

    await sql`drop trigger fail_outcome on inbound_messages`.execute(db);
    await sql`drop function fail_outcome()`.execute(db);
    const result = await processStoredMessage(app.pipeline, stored.id);
    expect(result.status).toBe("registered");
    expect(await db.selectFrom("cases").select("id").execute()).toHaveLength(4);
    expect(await acksFor(stored.id)).toHaveLength(1);
    // processing it once more is answered from the stored outcome
    expect(await processStoredMessage(app.pipeline, stored.id)).toMatchObject({ caseNumber: result.caseNumber });
    expect(await db.selectFrom("cases").select("id").execute()).toHaveLength(4);
  });

  it("never gives one row of a mail two cases (the row is the case's key with the mail)", async () => {
    const db = app.database.db;
    const result = await ingestRawMail(app.pipeline, sheetMail(), { kind: "cli", file: "sheet.eml" });
    const row = await db
      .selectFrom("cases")
      .selectAll()
      .where("source_message_id", "=", result.inboundMessageId)
      .where("source_row", "=", 1)
      .executeTakeFirstOrThrow();
    const { id: _id, case_number: _n, open_review_items: _o, ...copy } = row;
    await expect(
      db
        .insertInto("cases")
        .values({
          ...copy,
          case_number: "REG-COPY",
          registration: JSON.stringify(row.registration),
          provenance: "{}",
          missing: "[]",
        })
        .execute(),
    ).rejects.toThrow(/cases_source_row|duplicate key/);
  });
});

describe.each(dbBackends())("rows past ATTACHMENT_ROWS_PER_MAIL on $name", (backend) => {
  let app: Awaited<ReturnType<typeof testApp>>;
  beforeEach(async () => {
    app = await testApp(backend, { MAIL_TRANSPORT: "file", ATTACHMENT_ROWS_PER_MAIL: "2" });
  });
  afterEach(async () => {
    await app.close();
  });

  it("registers the rows up to the bound and sends the rest to review, named in the acknowledgement", async () => {
    const csv = [HEADER, ...ROWS].map((r) => r.join(",")).join("\r\n");
    const result = await ingestRawMail(
      app.pipeline,
      partnerMail("csv-1", "Leads attached.", { file: "leads.csv", type: "text/csv", content: Buffer.from(csv) }),
      { kind: "cli", file: "sheet.eml" },
    );
    const db = app.database.db;
    expect(await db.selectFrom("cases").select("company_name").orderBy("id").execute()).toEqual([
      { company_name: "Fjordline Freight AS" },
      { company_name: "Halden Tools AB" },
    ]);
    const items = await db
      .selectFrom("review_items")
      .select(["reason", "detail"])
      .where("inbound_message_id", "=", result.inboundMessageId)
      .where("reason", "=", "rows_over_limit")
      .execute();
    expect(items).toEqual([
      {
        reason: "rows_over_limit",
        detail:
          "2 rows past the limit of 2 registrations per mail (ATTACHMENT_ROWS_PER_MAIL) were not registered: rows 4–5, leads.csv",
      },
    ]);
    const acks = await db.selectFrom("outbox").select("text_body").where("kind", "=", "ack").execute();
    expect(acks).toHaveLength(1);
    expect(acks[0]!.text_body).toContain(
      "rows 4–5, leads.csv: more than 2 registrations in one mail; we register these by hand and come back to you",
    );
  });
});
