import { describe, expect, it } from "vitest";
import { pastedRowsAsLabels, pipeFormAsLabels, readDelimited } from "../../services/parser/text/tables.ts";
import { attachmentText } from "../../services/parser/attachments.ts";
import { parseMessage } from "../../services/parser/parse-message.ts";

describe("pasted tracker rows", () => {
  it("read the first row under a header row as labelled lines; further rows apart", () => {
    const text =
      "rows from our tracker:\nCompany\tContact\tEmail\tStage\nOakridge Dairy Co.\tLena Fisk\tlena@oakridge.example\tdemo booked\nPine Hollow Ltd\tIvo Marsh\tivo@pinehollow.example\tintro\n\nthanks";
    const r = pastedRowsAsLabels(text);
    expect(r.text).toContain(
      "Company: Oakridge Dairy Co.\nContact: Lena Fisk\nEmail: lena@oakridge.example\nStage: demo booked",
    );
    expect(r.text).not.toContain("Pine Hollow");
    expect(r.extraRows).toEqual([
      { Company: "Pine Hollow Ltd", Contact: "Ivo Marsh", Email: "ivo@pinehollow.example", Stage: "intro" },
    ]);
  });

  it("leave a vertical label/value/comment table alone", () => {
    const text = "Field\tValue\tComment\nCompany\tOakridge Dairy Co.\tfamily owned\nContact\tLena Fisk\tCFO";
    expect(pastedRowsAsLabels(text).text).toBe(text);
  });
});

describe("a vertical form pasted as a two-column pipe table", () => {
  it("reads its rows as labelled lines, wrapped values and labels joined", () => {
    const text = [
      "see below:",
      "+-----------+------------------+",
      "| Field     | Value            |",
      "+-----------+------------------+",
      "| Company   | Brindlewick Oy   |",
      "| Need      | rota planning;   |",
      "|           | shift swaps      |",
      "| Customer OK to | yes         |",
      "|  be contacted? |             |",
      "+-----------+------------------+",
      "thanks",
    ].join("\n");
    expect(pipeFormAsLabels(text)).toBe(
      "see below:\n+-----------+------------------+\nCompany: Brindlewick Oy\nNeed: rota planning; shift swaps\nCustomer OK to be contacted?: yes\n\nthanks",
    );
  });

  it("reads a form drawn with box-drawing bars and rules", () => {
    const text = [
      "詳情如下：",
      "┌──────────┬────────────────────┐",
      "│ 公司名稱 │ 青嶺茶業有限公司   │",
      "├──────────┼────────────────────┤",
      "│ 聯絡人   │ 林雅婷             │",
      "│ 電話     │ 04-2255-8812       │",
      "└──────────┴────────────────────┘",
      "謝謝",
    ].join("\n");
    expect(pipeFormAsLabels(text)).toBe(
      "詳情如下：\n┌──────────┬────────────────────┐\n公司名稱: 青嶺茶業有限公司\n聯絡人: 林雅婷\n電話: 04-2255-8812\n\n謝謝",
    );
  });

  it("leaves a two-column table of other things alone", () => {
    const text = "| Monday | 3 visits |\n| Tuesday | 5 visits |";
    expect(pipeFormAsLabels(text)).toBe(text);
  });
});

describe("CSV and TSV attachments", () => {
  it("find the delimiter and keep quoted separators", () => {
    const t = readDelimited(
      'Firma;Ansprechpartner;E-Mail;Volumen\r\n"Kalkwerk Roth GmbH; Werk 2";Ute Roth;ute@kalkwerk-roth.example;"48.000"\r\n',
    );
    expect(t?.header).toEqual(["Firma", "Ansprechpartner", "E-Mail", "Volumen"]);
    expect(t?.rows[0]).toEqual(["Kalkwerk Roth GmbH; Werk 2", "Ute Roth", "ute@kalkwerk-roth.example", "48.000"]);
  });

  it("need a header row that names fields", () => {
    expect(readDelimited("1,2,3\n4,5,6\n")).toBeNull();
  });

  it("read Excel's Windows-1252 export", () => {
    expect(attachmentText(Buffer.from([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72]))).toBe("Müller");
  });

  it("read a declared charset before guessing (Windows-1250: ł is 0xb3, ż is 0xbf, ą is 0xb9)", () => {
    const bytes = Buffer.from([0x50, 0x61, 0xb3, 0x6b, 0x61, 0x20, 0xbf, 0xb9, 0x64]);
    expect(attachmentText(bytes, "windows-1250")).toBe("Pałka żąd");
    expect(attachmentText(bytes)).not.toBe("Pałka żąd");
    // an unknown label reads as if none were declared
    expect(attachmentText(Buffer.from("Müller"), "x-unknown-charset")).toBe("Müller");
  });
});

describe("a CSV attachment through parseMessage", () => {
  it("reads the first row as the registration and each further row as one of its own", async () => {
    const csv =
      "Company,Website,Contact,Email,Stage\r\nOakridge Dairy Co.,oakridge-dairy.com,Lena Fisk,lena@oakridge-dairy.com,demo booked\r\nPine Hollow Ltd,pinehollow.co.uk,Ivo Marsh,ivo@pinehollow.co.uk,intro\r\n";
    const raw = Buffer.from(
      "From: Ray Cole <ray@colepartners.com>\r\nTo: partners@vendor.example\r\nSubject: registrations attached\r\nMIME-Version: 1.0\r\n" +
        'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nHi, two new leads in the attached sheet.\r\n\r\nRay\r\n' +
        '--b\r\nContent-Type: text/csv; name="leads.csv"\r\nContent-Disposition: attachment; filename="leads.csv"\r\n\r\n' +
        csv +
        "--b--\r\n",
    );
    const r = await parseMessage(raw, { vendorDomains: ["vendor.example"] });
    expect(r.output.kind).toBe("registration");
    expect(r.output.registration?.company).toEqual({ name: "Oakridge Dairy Co.", domain: "oakridge-dairy.com" });
    expect(r.output.registration?.contact.email).toBe("lena@oakridge-dairy.com");
    expect(r.rows.map((x) => x.source)).toEqual([{ file: "leads.csv", row: 3 }]);
    expect(r.rows[0]?.output.registration?.company).toEqual({ name: "Pine Hollow Ltd", domain: "pinehollow.co.uk" });
    expect(r.rows[0]?.output.registration?.contact.email).toBe("ivo@pinehollow.co.uk");
    expect(r.rows[0]?.provenance["company.name"]?.row).toEqual({ file: "leads.csv", row: 3 });
  });
  it("decodes the sheet in the charset its part declares (a Polish Excel export in Windows-1250)", async () => {
    // "Kontakt" holds "Bożena Kałuża": ż is 0xbf, ł is 0xb3 in Windows-1250 (other letters in Latin-1)
    const csv = Buffer.concat([
      Buffer.from("Firma,Strona,Kontakt,Email\r\nPiekarnia Zorza sp. z o.o.,zorza-piekarnia.pl,Bo", "latin1"),
      Buffer.from([0xbf]),
      Buffer.from("ena Ka", "latin1"),
      Buffer.from([0xb3]),
      Buffer.from("u", "latin1"),
      Buffer.from([0xbf]),
      Buffer.from("a,b.kaluza@zorza-piekarnia.pl\r\n", "latin1"),
    ]);
    const raw = Buffer.concat([
      Buffer.from(
        "From: Ray Cole <ray@colepartners.com>\r\nTo: partners@vendor.example\r\nSubject: nowa szansa\r\nMIME-Version: 1.0\r\n" +
          'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nPlease register the lead in the attached sheet.\r\n\r\nRay\r\n' +
          '--b\r\nContent-Type: text/csv; charset="windows-1250"; name="lead.csv"\r\nContent-Transfer-Encoding: base64\r\n' +
          'Content-Disposition: attachment; filename="lead.csv"\r\n\r\n',
      ),
      Buffer.from(csv.toString("base64") + "\r\n--b--\r\n"),
    ]);
    const r = await parseMessage(raw, { vendorDomains: ["vendor.example"] });
    expect(r.output.registration?.contact.name).toBe("Bożena Kałuża");
  });
});

describe("a spreadsheet row pasted into a word processor", () => {
  it("reads cells parted by runs of blanks, a blank line between the rows", () => {
    const text =
      "the row from our sheet:\n\nCompany    Contact    Email    Stage\n\nOakridge Dairy, S.L.U.    Lena Fisk    lena@oakridge.example    demo booked\n\nthey want two sites.";
    const r = pastedRowsAsLabels(text);
    expect(r.text).toContain(
      "Company: Oakridge Dairy, S.L.U.\nContact: Lena Fisk\nEmail: lena@oakridge.example\nStage: demo booked",
    );
    expect(r.text).toContain("they want two sites.");
  });
});
