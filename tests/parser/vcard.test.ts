import { describe, expect, it } from "vitest";
import { parseVcard } from "../../services/parser/vcard.ts";
import { parseMessage } from "../../services/parser/parse-message.ts";

describe("parseVcard", () => {
  it("reads vCard 2.1 quoted-printable values in their charset, with soft line breaks", () => {
    const card = [
      "BEGIN:VCARD",
      "VERSION:2.1",
      "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=A4rvinen;Sanna",
      "ORG;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Kaarna Lo=",
      "gistiikka=20Oy",
      "TITLE;CHARSET=ISO-8859-1;QUOTED-PRINTABLE:Talousp=E4=E4llikk=F6",
      "EMAIL;INTERNET:sanna.jarvinen@kaarna.example",
      "END:VCARD",
    ].join("\r\n");
    expect(parseVcard(card)).toEqual([
      {
        name: "Sanna Järvinen",
        email: "sanna.jarvinen@kaarna.example",
        organization: "Kaarna Logistiikka Oy",
        title: "Talouspäällikkö",
        phone: null,
        url: null,
      },
    ]);
  });

  it("reads vCard 3.0/4.0 with folded lines and base64 values", () => {
    const org = Buffer.from("Brückner & Söhne KG").toString("base64");
    const card = `BEGIN:VCARD\nVERSION:3.0\nFN:Ole Brück\n ner\nORG;ENCODING=b:${org}\nURL:https://brueckner.example\nEND:VCARD\n`;
    const [c] = parseVcard(card);
    expect(c?.name).toBe("Ole Brückner");
    expect(c?.organization).toBe("Brückner & Söhne KG");
    expect(c?.url).toBe("https://brueckner.example");
  });
});

describe("a vCard attached for the prospect", () => {
  it("gives the contact when the text names only the company", async () => {
    const card =
      "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=B8ller;Kasper\r\nTITLE:Indk=\r\n\r\nEMAIL:kasper@tornby-vvs.dk\r\nORG:Tornby VVS ApS\r\nEND:VCARD\r\n";
    const raw = Buffer.from(
      "From: Lise Holm <lise@holm-it.dk>\r\nTo: partners@vendor.example\r\nSubject: New deal registration\r\nMIME-Version: 1.0\r\n" +
        'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n' +
        "Hi, please register Tornby VVS ApS (tornby-vvs.dk) for us, his card is attached. They want a demo.\r\n\r\nLise\r\n" +
        '--b\r\nContent-Type: text/x-vcard; name="kasper.vcf"\r\nContent-Disposition: attachment; filename="kasper.vcf"\r\n\r\n' +
        card +
        "--b--\r\n",
    );
    const r = await parseMessage(raw, { vendorDomains: ["vendor.example"] });
    expect(r.output.registration?.contact).toMatchObject({ name: "Kasper Møller", email: "kasper@tornby-vvs.dk" });
    expect(r.output.registration?.company.name).toBe("Tornby VVS ApS");
  });
});
