import { describe, expect, it } from "vitest";
import { zipSync } from "fflate";
import { buildMsg, buildXlsx, type Cell } from "../fixtures/attachments/office-files.ts";
import { readXlsx, XLSX_LIMITS } from "../../services/parser/xlsx.ts";
import { readOutlookMsg } from "../../services/parser/outlook-msg.ts";
import { parseMessage } from "../../services/parser/parse-message.ts";

const VENDOR = { vendorDomains: ["vendor.example"] };

/** A partner's mail with one attachment. */
function mailWith(body: string, file: string, contentType: string, content: Buffer): Buffer {
  return Buffer.from(
    "From: Ray Cole <ray@colepartners.com>\r\nTo: partners@vendor.example\r\nSubject: new leads\r\nMIME-Version: 1.0\r\n" +
      'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n' +
      body +
      "\r\n\r\nRay Cole\r\nCole Partners\r\n" +
      `--b\r\nContent-Type: ${contentType}; name="${file}"\r\nContent-Disposition: attachment; filename="${file}"\r\nContent-Transfer-Encoding: base64\r\n\r\n` +
      content.toString("base64").replace(/.{76}/g, "$&\r\n") +
      "\r\n--b--\r\n",
  );
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

describe("XLSX reader", () => {
  it("reads the first sheet as text cells: numbers as written, a formula as its saved value, never evaluated", async () => {
    const r = await readXlsx(
      buildXlsx([
        ["Company", "Employees", "Website"],
        ["Fjordline Freight AS", 140, { formula: 'LOWER("FJORDLINE.NO")', cached: "fjordline.no" }],
        ["Halden Tools", 12, { formula: "1+1" }],
      ]),
    );
    expect(r).toEqual({
      ok: true,
      records: [
        ["Company", "Employees", "Website"],
        ["Fjordline Freight AS", "140", "fjordline.no"],
        ["Halden Tools", "12", ""],
      ],
      rowsOmitted: 0,
    });
  });

  it("caps rows, columns and cell text", async () => {
    const wide: Cell[] = Array.from({ length: XLSX_LIMITS.maxColumns + 5 }, (_, i) => `c${i}`);
    const rows: Cell[][] = [wide, ["x".repeat(XLSX_LIMITS.maxCellChars + 50)]];
    for (let i = 0; i < XLSX_LIMITS.maxRows + 3; i++) rows.push([`r${i}`]);
    const r = await readXlsx(buildXlsx(rows));
    if (!r.ok) throw new Error(r.reason);
    expect(r.records).toHaveLength(XLSX_LIMITS.maxRows);
    expect(r.rowsOmitted).toBe(5);
    expect(r.records[0]).toHaveLength(XLSX_LIMITS.maxColumns);
    expect(r.records[1]![0]).toHaveLength(XLSX_LIMITS.maxCellChars);
  });

  it("says why a broken file is not read, without throwing", async () => {
    expect(await readXlsx(Buffer.from("Company;Contact\nnot a zip"))).toEqual({
      ok: false,
      reason: "not a readable XLSX file (not a zip archive)",
    });
    const noWorkbook = Buffer.from(zipSync({ "readme.txt": new TextEncoder().encode("hello") }));
    const r = await readXlsx(noWorkbook);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/^not a readable XLSX file \(.+\)$/);
  });

  it("refuses an archive that unpacks to more than its bound before inflating it", async () => {
    const bomb = Buffer.from(zipSync({ "xl/worksheets/sheet1.xml": new Uint8Array(XLSX_LIMITS.maxUnpackedBytes + 1) }));
    expect(bomb.length).toBeLessThan(64 * 1024);
    const r = await readXlsx(bomb);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/^unpacks to \d+ bytes, more than \d+ read$/);
  });
});

describe("Outlook .msg reader", () => {
  it("gives sender, recipients, subject and body of a compound-file message", () => {
    const msg = buildMsg({
      subject: "Next steps",
      senderName: "Ines Barros",
      senderAddress: "ines.barros@tagus-logistica.pt",
      to: [{ name: "Ray Cole", address: "ray@colepartners.com" }],
      body: "Hi Ray,\r\nhappy for your vendor to call me.\r\nInes",
    });
    expect(readOutlookMsg(msg)).toEqual({
      ok: true,
      mail: {
        from: "Ines Barros <ines.barros@tagus-logistica.pt>",
        to: "Ray Cole <ray@colepartners.com>",
        cc: "",
        date: "",
        subject: "Next steps",
        text: "Hi Ray,\nhappy for your vendor to call me.\nInes",
      },
    });
  });

  it("says why a file that is no .msg is not read, without throwing", () => {
    for (const bytes of [Buffer.from("From: a@b.example\r\n\r\nhi"), Buffer.alloc(4096, 7), Buffer.alloc(0)]) {
      const r = readOutlookMsg(bytes);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.reason).toMatch(/^not a readable Outlook \.msg file/);
    }
  });
});

describe("Office attachments through parseMessage", () => {
  it("reads an XLSX sheet like a CSV: the first row is the mail's registration, each further row one of its own", async () => {
    const xlsx = buildXlsx([
      ["Company", "Website", "Contact", "Email"],
      ["Fjordline Freight AS", "fjordline.no", "Siri Dahl", "siri.dahl@fjordline.no"],
      [],
      ["Halden Tools", "haldentools.se", "Olof Berg", "olof.berg@haldentools.se"],
    ]);
    const r = await parseMessage(mailWith("Hi, two leads in the sheet.", "leads.xlsx", XLSX_TYPE, xlsx), VENDOR);
    expect(r.output.kind).toBe("registration");
    expect(r.output.registration?.company).toEqual({ name: "Fjordline Freight AS", domain: "fjordline.no" });
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]!.source).toEqual({ file: "leads.xlsx", row: 4 });
    expect(r.rows[0]!.output.registration?.contact).toMatchObject({
      name: "Olof Berg",
      email: "olof.berg@haldentools.se",
    });
    expect(r.rows[0]!.provenance["contact.email"]).toMatchObject({
      row: { file: "leads.xlsx", row: 4 },
      snippet: expect.stringContaining("olof.berg@haldentools.se"),
    });
    expect(r.attachmentNotes).toEqual([]);
  });

  it("notes a broken spreadsheet for ops and still reads the mail's text", async () => {
    const r = await parseMessage(
      mailWith(
        "Company: Halden Tools\nWebsite: haldentools.se\nContact: Olof Berg, olof.berg@haldentools.se",
        "leads.xlsx",
        XLSX_TYPE,
        Buffer.from("PK\u0003\u0004 truncated"),
      ),
      VENDOR,
    );
    expect(r.error).toBeNull();
    expect(r.output.registration?.company.name).toBe("Halden Tools");
    expect(r.attachmentNotes).toEqual([expect.stringMatching(/^leads\.xlsx: not a readable XLSX file .*; not read$/)]);
  });

  it("reads an attached Outlook .msg as a forwarded mail", async () => {
    const msg = buildMsg({
      subject: "Warehouse scanning",
      senderName: "Ines Barros",
      senderAddress: "ines.barros@tagus-logistica.pt",
      to: [{ name: "Ray Cole", address: "ray@colepartners.com" }],
      body: "Hi Ray,\r\nwe would like to see a demo for our two warehouses.\r\n\r\nInes Barros\r\nHead of Operations\r\nTagus Logística Lda",
    });
    const r = await parseMessage(
      mailWith(
        "Please register this deal, her mail is attached.",
        "Warehouse scanning.msg",
        "application/vnd.ms-outlook",
        msg,
      ),
      VENDOR,
    );
    expect(r.text).toContain("From: Ines Barros <ines.barros@tagus-logistica.pt>");
    expect(r.output.kind).toBe("registration");
    expect(r.output.registration?.contact).toMatchObject({
      name: "Ines Barros",
      email: "ines.barros@tagus-logistica.pt",
    });
    expect(r.output.registration?.company.domain).toBe("tagus-logistica.pt");
  });

  it("notes a .msg it cannot read", async () => {
    const r = await parseMessage(
      mailWith("Registration attached.", "lead.msg", "application/vnd.ms-outlook", Buffer.alloc(2048, 3)),
      VENDOR,
    );
    expect(r.attachmentNotes).toEqual([
      expect.stringMatching(/^lead\.msg: not a readable Outlook \.msg file .*; not read$/),
    ]);
  });

  it("reads further rows up to the bound and lists the rest apart", async () => {
    const csv =
      "Company,Website,Contact,Email\n" +
      Array.from(
        { length: 5 },
        (_, i) => `Firm${"abcde"[i]} Labs,firm${"abcde"[i]}.example,Ann Lee,ann@firm${"abcde"[i]}.example`,
      ).join("\n");
    const r = await parseMessage(mailWith("leads attached", "leads.csv", "text/csv", Buffer.from(csv)), {
      ...VENDOR,
      maxRowsPerMail: 3,
    });
    expect(r.rows.map((x) => x.source.row)).toEqual([3, 4]);
    expect(r.rowsOverLimit).toEqual([
      { file: "leads.csv", row: 5 },
      { file: "leads.csv", row: 6 },
    ]);
  });
});
