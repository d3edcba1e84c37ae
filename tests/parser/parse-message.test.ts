// Whole messages built inline: decoding (charsets, QP, HTML tables), prose extraction, forwards,
// the partner's signature, and the never-throw contract.
import { describe, expect, it } from "vitest";
import { parseMessage } from "../../services/parser/parse-message.ts";

const opts = { vendorDomains: ["vendor.example"] };

function eml(headers: Record<string, string>, body: string | Buffer): Buffer {
  const head = Object.entries({ "MIME-Version": "1.0", ...headers })
    .map(([k, v]) => `${k}: ${v}`)
    .join("\r\n");
  return Buffer.concat([
    Buffer.from(`${head}\r\n\r\n`),
    Buffer.isBuffer(body) ? body : Buffer.from(body.replace(/\n/g, "\r\n")),
  ]);
}

describe("parseMessage: prose", () => {
  it("reads company, domain, contact and role from a short intro", async () => {
    const raw = eml(
      {
        From: '"Priya Raman" <priya@cloudwise.example.com>',
        To: "partners@vendor.example",
        Subject: "Intro - Brightwell Foods",
        "Content-Type": "text/plain; charset=utf-8",
      },
      "Hi team,\n\nQuick intro: I've been talking to Jana Novak, CFO at Brightwell Foods (brightwell-foods.com). Their AP team is drowning in paper invoices.\nJana is happy to be contacted: jana.novak@brightwell-foods.com\n\nBest,\nPriya\n\n-- \nPriya Raman\nAlliances Lead | Cloudwise Partners Inc.\ncloudwise.example.com\n",
    );
    const r = await parseMessage(raw, opts);
    expect(r.output.kind).toBe("registration");
    expect(r.output.registration).toMatchObject({
      company: { name: "Brightwell Foods", domain: "brightwell-foods.com" },
      contact: { name: "Jana Novak", email: "jana.novak@brightwell-foods.com", role: "CFO" },
    });
    expect(r.output.partner).toMatchObject({
      email: "priya@cloudwise.example.com",
      name: "Priya Raman",
      organization: "Cloudwise Partners Inc.",
    });
    expect(r.output.missing).toEqual([]);
    expect(r.output.confidence).toBeLessThan(0.85);
    expect(r.provenance["company.domain"]?.snippet).toBe("brightwell-foods.com");
  });

  it("never takes a free-mail domain, the partner's or the vendor's domain as the prospect's", async () => {
    const raw = eml(
      {
        From: "Tyler <tyler@ironbridge.example.com>",
        To: "partners@northbeam.io",
        Subject: "new lead - Whitfield Landscaping",
        "Content-Type": "text/plain",
      },
      "Brand-new lead. Dana Whitfield, owner of Whitfield Landscaping, dana.whitfield@yahoo.com.\nSee northbeam.io/pricing and ironbridge.example.com.\n\nTyler\n",
    );
    const r = await parseMessage(raw, opts);
    expect(r.output.registration?.company).toEqual({ name: "Whitfield Landscaping", domain: null });
    expect(r.output.registration?.contact.email).toBe("dana.whitfield@yahoo.com");
    expect(r.output.missing).toEqual(["company.domain"]);
  });

  it("takes the forwarded sender as the contact, not the forwarding partner", async () => {
    const raw = eml(
      {
        From: "Rachel Kim <rachel@summitpine.example>",
        To: "partners@vendor.example",
        Subject: "Fwd: Northbeam",
        "Content-Type": "text/plain; charset=utf-8",
      },
      "Please register Fulton Yards Brewing Co. for Summit & Pine. Referral.\n\nRachel\n\n---------- Forwarded message ---------\nFrom: Greg Tanaka <greg.tanaka@fultonyards.com>\nDate: Mon, Mar 9\nSubject: Northbeam\nTo: Rachel Kim <rachel@summitpine.example>\n\nHi Rachel,\nwe are evaluating tools. Budget is around $60k.\n\nBest,\nGreg\n\nGreg Tanaka\nVP Finance | Fulton Yards Brewing Co.\n",
    );
    const r = await parseMessage(raw, opts);
    expect(r.output.registration?.contact).toMatchObject({
      name: "Greg Tanaka",
      email: "greg.tanaka@fultonyards.com",
      role: "VP Finance",
    });
    expect(r.output.registration?.company.name).toBe("Fulton Yards Brewing Co.");
    expect(r.output.registration?.estimatedValue).toEqual({ amount: 60000, currency: "USD" });
    expect(r.output.partner.email).toBe("rachel@summitpine.example");
  });

  it("answers 'other' for a question without prospect data", async () => {
    const raw = eml(
      {
        From: "Miriam <m@taunus.example>",
        To: "partners@vendor.example",
        Subject: "Zugang zum Partnerportal",
        "Content-Type": "text/plain; charset=utf-8",
      },
      "Hallo,\nwie bekomme ich Zugang? Gibt es ein Formular, wie wir Deals registrieren sollen?\n\nViele Grüße\nMiriam\n",
    );
    const r = await parseMessage(raw, opts);
    expect(r.output).toMatchObject({ kind: "other", registration: null, missing: [] });
  });
});

describe("parseMessage: decoding", () => {
  it("decodes windows-1252 quoted-printable labels", async () => {
    const body =
      "Firma: Talquell Getr=E4nke AG\nWebsite: www.talquell.ch\nKontaktperson: Nadine Imhof\nE-Mail: nadine.imhof@talquell.ch\nBedarf: =84Papierstau=93 in der Buchhaltung\n";
    const raw = eml(
      {
        From: "Reto <reto@alpen.example>",
        To: "partners@vendor.example",
        Subject: "=?windows-1252?Q?Registrierung_Talquell_Getr=E4nke_AG?=",
        "Content-Type": "text/plain; charset=windows-1252",
        "Content-Transfer-Encoding": "quoted-printable",
      },
      body,
    );
    const r = await parseMessage(raw, opts);
    expect(r.subject).toBe("Registrierung Talquell Getränke AG");
    expect(r.output.registration?.company.name).toBe("Talquell Getränke AG");
    expect(r.output.registration?.context.problem).toContain("„Papierstau“");
  });

  it("reads an HTML-only table, one row per line", async () => {
    const html =
      "<p>Registrierung:</p><table><tr><td>Firma</td><td>Eckhardt Metallbau GmbH</td></tr><tr><td>Webseite</td><td><a href='https://eckhardt-metallbau.de/'>https://eckhardt-metallbau.de/</a></td></tr><tr><td>Ansprechpartner</td><td>Thomas Richter</td></tr><tr><td>E-Mail</td><td>t.richter@eckhardt-metallbau.de</td></tr><tr><td>Wettbewerber</td><td>&#8211;</td></tr></table>";
    const raw = eml(
      {
        From: "Sabine <s@datenwerk.example>",
        To: "partners@vendor.example",
        Subject: "Neue Registrierung",
        "Content-Type": "text/html; charset=utf-8",
      },
      html,
    );
    const r = await parseMessage(raw, opts);
    expect(r.text).toContain("Firma\tEckhardt Metallbau GmbH");
    expect(r.output.registration).toMatchObject({
      company: { name: "Eckhardt Metallbau GmbH", domain: "eckhardt-metallbau.de" },
      contact: { name: "Thomas Richter", email: "t.richter@eckhardt-metallbau.de" },
      competitors: [],
    });
    expect(r.output.confidence).toBeGreaterThanOrEqual(0.85);
  });

  it("lists attachments and reads a vCard as contact data", async () => {
    const vcf = Buffer.from(
      "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Olga Berg\r\nORG:Nordhafen Logistik GmbH\r\nEMAIL:o.berg@nordhafen-logistik.de\r\nEND:VCARD\r\n",
    ).toString("base64");
    const body = `--b1\nContent-Type: text/plain\n\nNew lead for you, contact card attached. Olga Berg wants an intro.\n\n--b1\nContent-Type: text/vcard; name=olga.vcf\nContent-Disposition: attachment; filename=olga.vcf\nContent-Transfer-Encoding: base64\n\n${vcf}\n--b1--\n`;
    const raw = eml(
      {
        From: "P <p@partner.example>",
        To: "partners@vendor.example",
        Subject: "Lead",
        "Content-Type": 'multipart/mixed; boundary="b1"',
      },
      body,
    );
    const r = await parseMessage(raw, opts);
    expect(r.attachments).toEqual([expect.objectContaining({ filename: "olga.vcf", contentType: "text/vcard" })]);
    expect(r.output.registration?.contact).toMatchObject({ name: "Olga Berg", email: "o.berg@nordhafen-logistik.de" });
    expect(r.output.registration?.company).toEqual({
      name: "Nordhafen Logistik GmbH",
      domain: "nordhafen-logistik.de",
    });
  });

  it("never throws: garbage gives one result", async () => {
    const r = await parseMessage(Buffer.from([0, 255, 1, 2, 3, 10, 13, 10]), opts);
    expect(["other", "registration"]).toContain(r.output.kind);
    expect(r.output.registration).toBeNull();
  });
});
