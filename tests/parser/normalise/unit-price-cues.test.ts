// A price per unit ("per seat", "pro Nutzer") and a monthly figure written "p/m" beside a total:
// the total is the deal's value. Every `money.unit` entry, in sentences written for these tests.
import { describe, expect, it } from "vitest";
import { CUE_TABLES } from "../../../services/parser/lang/cues.ts";
import { pickDealValue } from "../../../services/parser/normalise/amount.ts";

describe("a unit's price beside the total", () => {
  it.each([
    // en
    ["Quoted $3.20 per member per month, so about $96k a year.", 96000],
    ["€9 a user, roughly €54k per year all in.", 54000],
    ["£400 per site, £12k a year across the estate.", 12000],
    ["About $2 each device, $30k annually.", 30000],
    ["$60 per licence; $18k per year total.", 18000],
    ["$150 /truck, $72k a year.", 72000],
    // de
    ["Budget rund 40.000 € im Jahr, das sind 8 € pro Nutzer im Monat.", 40000],
    ["Etwa 60 € je Fahrzeug, insgesamt 25.000 € pro Jahr.", 25000],
    // es
    ["Unos 15 € por usuario al mes, en total 36.000 € al año.", 36000],
    ["200 € cada sede, presupuesto de 9.000 € anual.", 9000],
    // pt
    ["R$ 40 por usuário, valor de R$ 120 mil por ano.", 120000],
    ["R$ 300 cada loja, orçamento R$ 50 mil ao ano.", 50000],
    // fr
    ["Environ 12 € par utilisateur, soit 30 000 € par an.", 30000],
    ["900 € par site, valeur 45 000 € annuelle.", 45000],
  ])("%s", (text, amount) => {
    expect(pickDealValue(text)?.amount).toBe(amount);
  });

  it("reads a monthly figure written p/m as monthly beside the yearly one", () => {
    expect(pickDealValue("Roughly R40k p/m, so about R480k a year.")?.amount).toBe(480000);
  });

  it.each([
    "They pay $4 per seat today.",
    "Sie zahlen heute 5 € pro Lizenz.",
    "Pagan 7 € por licencia hoy.",
    "Pagam R$ 9 por funcionário hoje.",
    "Ils paient 6 € par poste aujourd'hui.",
  ])("leaves a lone unit price unread (nothing says what the deal is worth): %s", (text) => {
    expect(pickDealValue(text)).toBeNull();
  });

  it("leaves a price followed by other words alone", () => {
    expect(pickDealValue("Budget €25k per year for the whole membership programme.")?.amount).toBe(25000);
  });

  it("every language's unit entries compile", () => {
    for (const [lang, t] of Object.entries(CUE_TABLES))
      for (const s of t.money?.unit ?? []) expect(() => new RegExp(s, "iu"), `${lang}: ${s}`).not.toThrow();
  });
});

describe("the result of a sum written out", () => {
  it.each([
    ["Cijena: 45 EUR po uređaju mjesečno × 20 = 10.800 EUR godišnje", 10800],
    ["Quoted 70 EUR each per month, 12 units ≈ 10.080 EUR", 10080],
    ["40 EUR/kos/mesec -> 19.200 EUR", 19200],
    ["Offer: 55 € a piece → 6.600 € in total", 6600],
    ["Pris: 30 EUR/enhed/md. x 50 => 18.000 EUR", 18000],
    ["Fee 25 EUR per unit, times 40 = ~12.000 EUR", 12000],
  ])("%s", (text, amount) => {
    expect(pickDealValue(text)?.amount).toBe(amount);
  });
});
