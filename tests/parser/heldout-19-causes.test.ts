// Causes of the first run over held-out 19 (legal practice software), each written here in other
// words, names and languages than the mails that showed them.
import { describe, expect, it } from "vitest";
import { findCompanyCandidates } from "../../services/parser/extract/company.ts";
import { parseMessage } from "../../services/parser/parse-message.ts";

const opts = { vendorDomains: ["vendor.example"] };
const mail = (subject: string, body: string, from = "Lena Hart <lena@northgate-partners.example.com>") =>
  Buffer.from(
    [
      `From: ${from}`,
      "To: partners@vendor.example",
      `Subject: ${subject}`,
      "Content-Type: text/plain; charset=utf-8",
      "",
      body,
    ].join("\r\n"),
  );
const best = (own: string, subject: string, domain: string | null = null) =>
  findCompanyCandidates({ own, subject, domain, excluded: [], excludedDomains: [] })[0]?.name;

describe("a professional firm's noun closes its name, like a legal form", () => {
  it("beats the subject's short form of the same name", () => {
    expect(best("please log Hale & Moss Solicitors, partner Ruth Hale", "Lead: Hale & Moss")).toBe(
      "Hale & Moss Solicitors",
    );
    expect(best("il s'agit de Morel Dupuy Avocats à Nantes", "Opportunité Morel Dupuy")).toBe("Morel Dupuy Avocats");
    expect(best("se trata de Ruiz Vidal Abogados en Sevilla", "Alta: Ruiz Vidal")).toBe("Ruiz Vidal Abogados");
    expect(best("neuer Kontakt: Brandt Kühn Rechtsanwälte in Kiel", "Brandt Kühn")).toBe("Brandt Kühn Rechtsanwälte");
  });

  it("is read without any subject", () => {
    expect(best("pls reg Ortiz Law Office (Tucson), attorney Ana Ortiz", "new one")).toBe("Ortiz Law Office");
    expect(best("quick one: Ferri Conti Avvocati, Padova", "nuovo contatto")).toBe("Ferri Conti Avvocati");
  });

  it("and a law firm's own legal form (AARPI, SELARL) ends it", () => {
    expect(best("Le client est le Cabinet Roux Avocats AARPI, à Lille", "Cabinet Roux")).toBe(
      "Cabinet Roux Avocats AARPI",
    );
  });
});

describe("an Italian S.p.A. before a bracket", () => {
  it("keeps its last dot and stays the name", () => {
    expect(best("presso l'ufficio acquisti di Lanificio\nBorsari S.p.A. (Biella), dove", "Lanificio Borsari")).toBe(
      "Lanificio Borsari S.p.A.",
    );
  });
});

describe("the subject's short form over a fuller name in the text", () => {
  it("is not given silently", async () => {
    const parsed = await parseMessage(
      mail(
        "Reg: Quill & Barrow",
        "pls reg Quill & Barrow Lawyers - Tom Quill (partner) tom@quillbarrow.co.nz\nmtg Fri 10am. we resell.",
      ),
      opts,
    );
    expect(parsed.output.registration?.company.name).toBe("Quill & Barrow Lawyers");
  });
});
