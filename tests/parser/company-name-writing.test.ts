// How writers set a company's name beside other words: a title line above it in a signature, a
// case ending glued to its legal form, its initials in brackets after it, the partner's own name
// written with another punctuation, a labelled website in brackets after it.
import { describe, expect, it } from "vitest";
import { findCompanyCandidates, tidyPhrase } from "../../services/parser/extract/company.ts";
import { organizationFromSignature } from "../../services/parser/extract/organization.ts";
import { shortFormInUse } from "../../services/parser/extract/pick-company.ts";
import { parseMessage } from "../../services/parser/parse-message.ts";

const mail = (from: string, subject: string, body: string) =>
  Buffer.from(
    `From: ${from}\r\nTo: partners@vendor.example\r\nSubject: ${subject}\r\n\r\n${body.replace(/\n/g, "\r\n")}`,
  );

describe("a signature's title line in any language", () => {
  it("is no organisation, the line below it is", () => {
    const sig = "Ada Roe\nResponsable service relevés\nRégie des Eaux du Val Quillmoor SCRL\nTél. +32 10 00 00 00";
    expect(organizationFromSignature(sig, { domain: "rvq.example", personName: "Ada Roe" })).toBe(
      "Régie des Eaux du Val Quillmoor SCRL",
    );
  });

  it("a title line alone gives no organisation", () => {
    expect(
      organizationFromSignature("Ada Roe\nJefe de servicio técnico\nTel. 900 000 000", {
        domain: null,
        personName: "Ada Roe",
      }),
    ).toBeNull();
  });
});

describe("a case ending glued to the legal form", () => {
  it.each([
    ["Quillmoor Park Kft.-t", "Quillmoor Park Kft."],
    ["Quillmoor Park Zrt.-nek", "Quillmoor Park Zrt."],
    ["Verdance Tekstil A.Ş.'ye", "Verdance Tekstil A.Ş."],
  ])("%s is %s", (written, name) => {
    expect(tidyPhrase(written)).toBe(name);
  });

  it("a hyphenated word after a name without a form stays", () => {
    expect(tidyPhrase("Quillmoor Park-Verdance")).toBe("Quillmoor Park-Verdance");
  });
});

describe("a name's initials in brackets after it", () => {
  it("open when the mail calls the company by them elsewhere", () => {
    expect(shortFormInUse("Quillmoor Verdance Board (QVB)", "Lead QVB\nClient\tQuillmoor Verdance Board (QVB)")).toBe(
      true,
    );
  });

  it("an aside when the mail does not, or when a legal form closes the name", () => {
    expect(
      shortFormInUse("Quillmoor Verdance Board (QVB)", "Lead Quillmoor\nClient: Quillmoor Verdance Board (QVB)"),
    ).toBe(false);
    expect(shortFormInUse("Quillmoor Verdance S.A. (QVSA)", "Lead QVSA")).toBe(false);
    expect(shortFormInUse("Quillmoor Verdance Board (Gent)", "Lead Gent")).toBe(false);
  });

  it("the labelled name is then asked for", async () => {
    const r = await parseMessage(
      mail(
        "Ada Roe <ada@roe-integratie.example>",
        "Registratie QVB",
        "Dag,\n\nKlant\tQuillmoor Verdance Board (QVB)\nWebsite\tqvb-water.example\nContact\tJan Dirks\nE-mail\tjan.dirks@qvb-water.example\n\nGroeten,\nAda Roe\nRoe Integratie BV\n",
      ),
      { vendorDomains: ["vendor.example"] },
    );
    expect(r.output.registration?.company.name).toBeNull();
    expect(r.output.missing).toContain("company.name");
  });
});

describe("the partner's own name written with a comma before its legal form", () => {
  it("is never the prospect", async () => {
    const r = await parseMessage(
      mail(
        "Ada Roe <ada@quilltel.example>",
        "Registro oportunidad",
        "Buenos días:\n\nOs paso una oportunidad para registrar a nombre de Quilltel Verdance S.L.\n\nLa asociación quiere telecontrol. El interlocutor es Juan Ortiz, jortiz@asoc-norte.example.\n\nUn saludo,\nAda Roe\nQuilltel Verdance, S.L.\nZaragoza\n",
      ),
      { vendorDomains: ["vendor.example"] },
    );
    expect(r.output.registration?.company.name).not.toBe("Quilltel Verdance S.L.");
  });
});

describe("a labelled website in brackets after the name", () => {
  it("reads the name before it", () => {
    const cands = findCompanyCandidates({
      own: "Hola,\n\nLa cooperativa Quillmoor Verdance (web: quillmoor-verdance.example) quiere un piloto.",
      subject: "nueva oportunidad",
      domain: "quillmoor-verdance.example",
      excluded: [],
      excludedDomains: [],
    });
    expect(cands[0]?.name).toBe("Quillmoor Verdance");
  });
});

describe("a name opened by its legal kind", () => {
  const top = (own: string, subject = "lead", domain: string | null = null) =>
    findCompanyCandidates({ own, subject, domain, excluded: [], excludedDomains: [] })[0]?.name;

  it.each([
    ["Khách hàng là Công ty Cổ phần Nước sạch Quill Verd (web: qv.example).", "Công ty Cổ phần Nước sạch Quill Verd"],
    ["Công ty TNHH MTV Dịch vụ Quill Verd xin gửi lời chào", "Công ty TNHH MTV Dịch vụ Quill Verd"],
    ["em gửi: Hợp tác xã Nông trại Quill, cần báo giá", "Hợp tác xã Nông trại Quill"],
  ])("%s", (own, name) => {
    expect(top(own)).toBe(name);
  });

  it("beats the end of it read beside the website", () => {
    expect(
      top(
        "Khách hàng là Công ty Cổ phần Nước sạch Quill Verd (website: quillverd.example).",
        "lead",
        "quillverd.example",
      ),
    ).toBe("Công ty Cổ phần Nước sạch Quill Verd");
  });

  it("its words are not counted in a name's length", async () => {
    const { isPlausibleCompanyName } = await import("../../services/parser/normalise/shape.ts");
    expect(isPlausibleCompanyName("Công ty TNHH MTV Dịch vụ Nước sạch Đô thị Quill Verd")).toBe(true);
  });
});
