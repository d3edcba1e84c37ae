// The causes behind held-out 11's silent errors, each in other names, companies and languages.
import { describe, expect, it } from "vitest";
import { findCompanyCandidates } from "../../services/parser/extract/company.ts";
import { nameSpelledByDomain } from "../../services/parser/extract/pick-company.ts";
import { PARENT_BEFORE_RE, STAYING_RE } from "../../services/parser/lang/index.ts";
import { parseMessage } from "../../services/parser/parse-message.ts";

const opts = { vendorDomains: ["vendor.example"] };
const candidates = (own: string, subject: string, domain: string | null) =>
  findCompanyCandidates({ own, subject, domain, excluded: [], excludedDomains: [] });

describe("a prospect saying the matter was handed to them", () => {
  it.each([
    "Our CFO asked me to take over the project.",
    "Sanna handed the matter over to me last week.",
    "Please reach out to me directly for the pilot.",
  ])("reads as the sender staying the contact: %s", (text) => expect(STAYING_RE.test(text)).toBe(true));

  it("keeps the sender the contact, not the colleague who handed over", async () => {
    const raw = Buffer.from(
      "From: Ewan Price <ewan@pricetech.co.uk>\r\nTo: partners@vendor.example\r\nSubject: Fwd: stock control\r\n\r\n" +
        "Please register Moorland Garden Centres Ltd; Hollie took this over from Dafydd.\r\n\r\nEwan\r\n\r\n" +
        "---------- Forwarded message ---------\r\nFrom: Hollie Evans <hollie.evans@moorlandgc.co.uk>\r\n" +
        "Date: Tue, 3 Mar 2026\r\nSubject: stock control\r\nTo: Ewan Price <ewan@pricetech.co.uk>\r\n" +
        "Cc: Dafydd Morgan <dafydd@moorlandgc.co.uk>\r\n\r\n" +
        "Hi Ewan, Dafydd asked me to take this over. Tuesday works for the demo.\r\n\r\n" +
        "Hollie Evans\r\nRetail Systems Lead\r\nMoorland Garden Centres Ltd\r\n",
    );
    const r = await parseMessage(raw, opts);
    expect(r.output.registration?.contact.email).toBe("hollie.evans@moorlandgc.co.uk");
  });
});

describe("a subject word the text writes only as a common noun", () => {
  it("is not evidence for the company name", () => {
    const found = candidates(
      "They want new bakery ovens in all four shops.",
      "Fw: Bakery ovens",
      "oakhillbakery.co.uk",
    );
    expect(found.find((c) => c.name === "Bakery")?.score ?? 0).toBeLessThan(3);
  });

  it("reads a Spanish Outlook forward prefix as a prefix, not a name", () => {
    const found = candidates("Os paso el contacto de Hornos Delgado.", "RV: Hornos Delgado", null);
    expect(found.map((c) => c.name)).not.toContain("RV");
  });
});

describe("a company named as the prospect's parent or owner", () => {
  it.each([
    ["en", "a chain of garages (subsidiary of "],
    ["en", "the shops are owned by "],
    ["de", "eine Tochtergesellschaft der "],
    ["es", "es filial de "],
    ["fr", "une filiale de "],
    ["pt", "a empresa-mãe é "],
  ])("%s: %s", (_lang, text) => expect(PARENT_BEFORE_RE.test(text)).toBe(true));

  it("is not read as the prospect in prose", () => {
    const own = "Taller Norte runs four garages in Bilbao (owned by Taller Norte Holding S.A.) and wants a new system.";
    expect(nameSpelledByDomain(own, "tallernorte.es")).toBeNull();
    expect(candidates(own, "Lead", "tallernorte.es").map((c) => c.name)).not.toContain("Taller Norte Holding S.A.");
  });
});

describe("'and' inside a Romance company name", () => {
  it.each([
    ["Trabajan con nosotros los de Bodegas Ruiz y\nHermanos S.L. desde hace años.", "Bodegas Ruiz y Hermanos S.L."],
    ["A empresa Pereira e Filhos, Lda. tem três lojas.", "Pereira e Filhos, Lda."],
  ])("keeps the whole name: %s", (own, name) => {
    expect(candidates(own, "Lead", null).map((c) => c.name.replace(/\s+/g, " "))).toContain(name);
  });
});

describe("a card giving the name with its legal form after a comma", () => {
  it("completes the name the text and subject write short", async () => {
    const card = [
      "BEGIN:VCARD",
      "VERSION:3.0",
      "FN:Marta Lopes",
      "ORG:Padaria Aurora, Unipessoal Lda.",
      "EMAIL:marta@padariaaurora.pt",
      "END:VCARD",
    ].join("\r\n");
    const raw = Buffer.from(
      [
        "From: Rui Costa <rui@costasistemas.pt>",
        "To: partners@vendor.example",
        "Subject: Registo: Padaria Aurora (Braga)",
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="b1"',
        "",
        "--b1",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        "Olá, segue o cartão da cliente. Três padarias em Braga, Padaria Aurora. Revenda nossa, cerca de 8.000€/ano. A cliente autorizou o contacto.\r\n\r\nRui",
        "--b1",
        'Content-Type: text/vcard; charset=utf-8; name="ml.vcf"',
        'Content-Disposition: attachment; filename="ml.vcf"',
        "Content-Transfer-Encoding: 8bit",
        "",
        card,
        "--b1--",
        "",
      ].join("\r\n"),
    );
    const r = await parseMessage(raw, opts);
    expect(r.output.registration?.company.name).toBe("Padaria Aurora, Unipessoal Lda.");
  });
});
