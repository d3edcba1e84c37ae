// The nouns a bill's subject opens with (CueTable.invoiceNoun in services/parser/lang/*.ts): a
// subject that opens with one and its number is a bill sent to the vendor, never a registration,
// whatever firm or referral it names. Each entry in an invented subject.
import { describe, expect, it } from "vitest";
import { CUES } from "../../../services/parser/lang/cues.ts";
import { subjectNamesAnInvoice } from "../../../services/parser/normalise/cues.ts";
import { parseMessage } from "../../../services/parser/parse-message.ts";

const EXAMPLES: Record<string, string> = {
  invoice: "Invoice INV-2031-0042 - referral fee",
  "tax invoice": "Fwd: Tax Invoice 0042 – co-marketing",
  fattura: "Fattura n. 2031/77 - provvigione",
  faktura: "Faktura FV/2031/04/009",
  factuur: "Factuur 2031-0042 Quillmoor",
  rechnung: "WG: Rechnung Nr. 4711 – Provision Q2",
  factura: "Factura nº 2031-88 comisión",
  fatura: "Fatura n.º 88/2031",
  facture: "Facture n° F-2031-12 - commission",
};

describe("a subject naming a bill", () => {
  it("every noun has an example", () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual([...CUES.invoiceNoun].sort());
  });
  it.each(Object.entries(EXAMPLES))("%s: %s", (_noun, subject) => {
    expect(subjectNamesAnInvoice(subject)).toBe(true);
  });
  it.each([
    "Fwd: Invoice automation for Quillmoor Hotels",
    "Invoice for the Q3 commission",
    "Rechnungseingang bei Quillmoor – 3 Standorte",
    "Registration: Quillmoor Invoicing Ltd",
    "Re: fattura elettronica per 12 negozi",
  ])("%s names none", (subject) => {
    expect(subjectNamesAnInvoice(subject)).toBe(false);
  });
  it("the bill is no registration, though it names the firm it is for", async () => {
    const raw = Buffer.from(
      "From: Accounts <accounts@lindpartners.example>\r\nTo: partners@vendor.example\r\n" +
        "Subject: Invoice INV-2031-0042 - referral fee\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
        "Hello,\r\n\r\nattached our invoice INV-2031-0042 for the referral fee (referral: Quillmoor Verdance Ltd, " +
        "Ada Verdance, ada@quillmoorverdance.example), 1,200.00 EUR, payable in 30 days.\r\n\r\nAccounts\r\n",
    );
    const p = await parseMessage(raw, { vendorDomains: ["vendor.example"] });
    expect(p.output.kind).toBe("other");
  });
});
