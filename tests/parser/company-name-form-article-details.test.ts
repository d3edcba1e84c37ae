// Company names stored wrong while the registration counted as complete (held-out 58, 63, 65),
// each written here as its class in invented names: a legal form with a bracketed or lower-case
// part cut at that part, an article that opens the name lost where it heads a line, and contact
// details after a company value kept in the name.
import { describe, expect, it } from "vitest";
import { auditKeyFields } from "../../services/parser/extract/key-field-audit.ts";
import { legalNamesIn, namesAfterRegistering } from "../../services/parser/extract/company.ts";
import { withoutSeat } from "../../services/parser/extract/pick-company.ts";
import { tidyCompanyName } from "../../services/parser/normalise/shape.ts";
import { parseMessage } from "../../services/parser/parse-message.ts";

const mail = (subject: string, body: string) =>
  Buffer.from(
    `From: Vera Lind <vera@lindpartners.example>\r\nTo: partners@vendor.example\r\nSubject: ${subject}\r\n` +
      `Content-Type: text/plain; charset=utf-8\r\n\r\n${body}\r\n`,
  );
const parse = (subject: string, body: string) =>
  parseMessage(mail(subject, body), { vendorDomains: ["vendor.example"] });

describe("a legal form that goes on with a bracket or a lower-case word", () => {
  it.each(["UG (haftungsbeschränkt)", "UG (haftungsbeschränkt) & Co. KG", "S.à r.l."])(
    "%s is read whole after a name, in prose and after a registering phrase",
    (form) => {
      expect(legalNamesIn(`we met Quillmoor Verdance ${form}, www.quillmoor.example, today`)).toEqual([
        { name: `Quillmoor Verdance ${form}`, index: 7 },
      ]);
      expect(namesAfterRegistering(`pls reg: Quillmoor Verdance ${form}, quillmoor.example`)[0]?.name).toBe(
        `Quillmoor Verdance ${form}`,
      );
    },
  );
  it("a word the form opens with still reads as a name's word before other words", () => {
    expect(legalNamesIn("we met Quillmoor UG Verdance GmbH today").map((n) => n.name)).toEqual([
      "Quillmoor UG Verdance GmbH",
    ]);
  });
  it("its bracket opens no description after the name", () => {
    expect(withoutSeat("Quillmoor Verdance UG (haftungsbeschränkt)")).toBe(
      "Quillmoor Verdance UG (haftungsbeschränkt)",
    );
    expect(withoutSeat("Quillmoor Verdance UG (haftungsbeschränkt), Feldkirch")).toBe(
      "Quillmoor Verdance UG (haftungsbeschränkt)",
    );
    expect(withoutSeat("Quillmoor Verdance UG (Feldkirch)")).toBe("Quillmoor Verdance UG");
  });
  it("is stored whole from a hurried note", async () => {
    const p = await parse(
      "Reg. Quillmoor Verdance",
      "bitte reg.: Quillmoor Verdance UG (haftungsbeschränkt), www.quillmoor-verdance.de, AP Hr. Otto Brenner (GF), o.brenner@quillmoor-verdance.de. Termin steht.",
    );
    expect(p.output.registration?.company.name).toBe("Quillmoor Verdance UG (haftungsbeschränkt)");
  });
});

describe("an article heading the line of the name", () => {
  const audit = (text: string, subject: string) =>
    auditKeyFields({
      text,
      company: "Quillmoor Bakehouse Ltd",
      domain: null,
      contactName: null,
      contactEmail: null,
      subject,
    });
  it("is the name's when the subject writes it before the name", () => {
    const text = "a neighbour of theirs:\n\nThe Quillmoor Bakehouse Ltd - quillmoor.example - 9 shops.";
    expect(audit(text, "New registration - The Quillmoor Bakehouse")).toEqual([
      expect.objectContaining({ field: "company.name", fuller: "The Quillmoor Bakehouse Ltd" }),
    ]);
    expect(audit(text, "Registration: The Quillmoor Bakehouse Ltd (9 shops)")).toEqual([
      expect.objectContaining({ fuller: "The Quillmoor Bakehouse Ltd" }),
    ]);
  });
  it("is the sentence's when the subject writes the name without it, or not as a segment", () => {
    const text = "The Quillmoor Bakehouse Ltd (quillmoor.example) runs 9 shops.";
    expect(audit(text, "New registration - Quillmoor Bakehouse")).toEqual([]);
    expect(audit(text, "New registration")).toEqual([]);
    expect(audit(text, "Re: The Quillmoor Bakehouse deal")).toEqual([]);
  });
  it("is stored with the name", async () => {
    const p = await parse(
      "New registration - The Quillmoor Bakehouse",
      "Hi team,\n\nI'd like to register a new one:\n\nThe Quillmoor Bakehouse Ltd - quillmoorbakehouse.co.uk - 9 shops in the county.\n" +
        "Main contact: Ada Verdance, Head of Finance, ada.verdance@quillmoorbakehouse.co.uk\n\nBest,\nVera",
    );
    expect(p.output.registration?.company.name).toBe("The Quillmoor Bakehouse Ltd");
  });
});

describe("contact details after a company value", () => {
  it.each([
    ["Quillmoor Verdance АД, www.quillmoor.example", "Quillmoor Verdance АД"],
    ["Quillmoor Verdance Ltd, https://quillmoor.example/about", "Quillmoor Verdance Ltd"],
    ["Quillmoor Verdance Ltd – quillmoor.co.uk", "Quillmoor Verdance Ltd"],
    ["Quillmoor Verdance | info@quillmoor.example", "Quillmoor Verdance"],
    ["Quillmoor Verdance GmbH; +49 711 555 0134", "Quillmoor Verdance GmbH"],
  ])("%s is left out", (value, name) => {
    expect(tidyCompanyName(value)).toBe(name);
  });
  it.each([
    "Quillmoor Verdance, S.A.",
    "Quillmoor Co., Ltd.",
    "Quillmoor Verdance Ltd, 4 High Street",
    "Quillmoor.com",
  ])("%s is no contact detail", (value) => {
    expect(tidyCompanyName(value)).toBe(value);
  });
  it("inside a bracket go with the bracket", () => {
    expect(tidyCompanyName("Quillmoor Verdance nv (a municipal company, www.quillmoor.example)")).toBe(
      "Quillmoor Verdance nv",
    );
  });
  it("are not stored in the labelled company", async () => {
    const p = await parse(
      "Registration",
      "Hello,\n\nplease register:\n\n• Client: Quillmoor Verdance Ltd, www.quillmoorverdance.example\n• Contact: Ada Verdance, ada@quillmoorverdance.example\n\nVera",
    );
    expect(p.output.registration?.company.name).toBe("Quillmoor Verdance Ltd");
  });
});
