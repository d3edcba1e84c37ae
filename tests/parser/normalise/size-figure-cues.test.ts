// A figure describing the prospect's size (its income, the money it raises, its donors) is not
// the deal's value: in prose the deal's figure wins over it, and in a form a size label ("Size:",
// "Omvang:") gives way to the label of the deal's value. Every new `money.other` entry, in
// sentences written for these tests.
import { describe, expect, it } from "vitest";
import { labelField } from "../../../services/parser/extract/labels.ts";
import { namesAnotherFigure, pickDealValue } from "../../../services/parser/normalise/amount.ts";
import { parseMessage } from "../../../services/parser/parse-message.ts";
import { plainMail } from "../../helpers/plain-mail.ts";

describe("the prospect's own income beside the deal's value", () => {
  it.each([
    // en: income
    ["They have 9,000 members and a yearly income around €4.2m. Budget about €18,000 for year one.", 18000],
    // de: einnahmen (also in a compound)
    ["Der Verein hat Spendeneinnahmen von etwa 2,1 Mio. € im Jahr. Budget grob: ca. 14.000 €.", 14000],
    ["Einnahmen von 900.000 € pro Jahr; Auftragswert rund 9.500 €.", 9500],
    // fr: collecte, collectent, recettes
    ["L'association collecte près de 3,4 M€ par an. Montant estimé : 28 000 € HT.", 28000],
    ["Ils collectent 1,2 M€ par an ; valeur estimée 16 000 €.", 16000],
    ["Des recettes de 2 M€ par an, et une valeur de 21 000 €.", 21000],
    // es: ingresos
    ["Tiene ingresos de 3,5 M€ al año. Importe estimado: 19.000 €.", 19000],
    // nl: inkomsten
    ["Inkomsten van circa € 2,8 mln per jaar. Geschatte waarde € 31.000.", 31000],
    // it: entrate
    ["Entrate per 1,9 milioni di euro l'anno; valore stimato 17.000 €.", 17000],
    // pt: arrecadação, arrecadam
    ["A arrecadação é de R$ 6 milhões por ano. Valor estimado: R$ 90 mil.", 90000],
    ["Eles arrecadam R$ 4 milhões por ano; orçamento de R$ 70 mil.", 70000],
  ])("%s", (text, amount) => {
    expect(pickDealValue(text)?.amount).toBe(amount);
  });

  it.each([
    "c. 8,000 donors, annual income approx. GBP 3.2m",
    "Spendeneinnahmen 1,1 Mio. €",
    "collecte 2 M€ par an",
    "ingresos 1,4 M€",
    "inkomsten € 900.000",
    "entrate 800.000 €",
    "arrecadação de R$ 3 milhões",
  ])("names another figure: %s", (text) => expect(namesAnotherFigure(text)).toBe(true));

  it("names none in a deal's value", () =>
    expect(namesAnotherFigure("EUR 24,000 per year, licences only")).toBe(false));
});

describe("a value label qualified before its head word", () => {
  it.each(["Estimated first-year value", "Expected order value", "Indicative value"])("%s", (label) =>
    expect(labelField(label)).toBe("value"),
  );
});

const form = (lines: string[]) =>
  plainMail(
    "Deal registration: Quillmere Trust",
    [
      "Hello, please register this opportunity.",
      "",
      "Organisation: Quillmere Trust",
      "Website: quillmere-trust.example",
      "Contact: Oona Fairweather",
      "Email: oona@quillmere-trust.example",
      ...lines,
      "",
      "Thanks,",
      "Lena Hart",
    ].join("\n"),
  );
const value = async (lines: string[]) =>
  (await parseMessage(form(lines), { vendorDomains: ["vendor.example"] })).output.registration?.estimatedValue;

describe("a size label beside the deal's value label", () => {
  it("reads the deal's label under a size label that counts people", async () =>
    expect(await value(["Size: 40 branches, roughly 12,000 members", "Estimated value: $48,000 / yr"])).toEqual({
      amount: 48000,
      currency: "USD",
    }));
  it("reads the deal's label under a size label that gives the prospect's income", async () =>
    expect(await value(["Size: ~2,600 donors, income €1.5m", "Est. value: €11,000 per year"])).toEqual({
      amount: 11000,
      currency: "EUR",
    }));
  it("reads a size label that gives the deal's money when no other label does", async () =>
    expect(await value(["Size: €36,000 per year"])).toEqual({ amount: 36000, currency: "EUR" }));
  it("takes no table's heading row for a value label", async () =>
    expect(await value(["", "Field    Value", "-----    ----------", "Deal size    NZD 42,000 / yr"])).toEqual({
      amount: 42000,
      currency: "NZD",
    }));
});
