import { describe, expect, it } from "vitest";
import {
  dealValueScore,
  findMoney,
  isCurrencyWord,
  localCurrency,
  parseMoney,
  pickDealValue,
} from "../../../services/parser/normalise/amount.ts";
import { parseNumber } from "../../../services/parser/normalise/number.ts";

describe("parseMoney notations", () => {
  it.each([
    ["€48k", 48000, "EUR"],
    ["48k €", 48000, "EUR"],
    ["48.000 EUR", 48000, "EUR"],
    ["48,000 euros", 48000, "EUR"],
    ["EUR 48,000", 48000, "EUR"],
    ["1,2 Mio. €", 1200000, "EUR"],
    ["1.2m USD", 1200000, "USD"],
    ["USD 1.2m", 1200000, "USD"],
    ["CHF 40'000", 40000, "CHF"],
    ["CHF 60’000 pro Jahr", 60000, "CHF"],
    ["ca. 25 TEUR", 25000, "EUR"],
    ["15 TEUR im Jahr", 15000, "EUR"],
    ["etwa 50 Tausend Euro", 50000, "EUR"],
    ["about 50 thousand euros a year", 50000, "EUR"],
    ["$75K ARR", 75000, "USD"],
    ["$120,000 ARR", 120000, "USD"],
    ["£18.5k", 18500, "GBP"],
    ["£12k", 12000, "GBP"],
    ["GBP 42,000", 42000, "GBP"],
    ["A$22k a year", 22000, "AUD"],
    ["AU$ 30,000", 30000, "AUD"],
    ["AUD 36,000 per annum", 36000, "AUD"],
    ["C$15k", 15000, "CAD"],
    ["CA$ 9,500", 9500, "CAD"],
    ["NZ$ 20k", 20000, "NZD"],
    ["US$ 1.5m", 1500000, "USD"],
    ["rund 35.000 € pro Jahr", 35000, "EUR"],
    ["40.000 € p.a.", 40000, "EUR"],
    ["€48k per year", 48000, "EUR"],
    ["$32,000 annually", 32000, "USD"],
    ["18.000 €", 18000, "EUR"],
    ["ca. 60.000 EUR p.a.", 60000, "EUR"],
    ["1.234,50 €", 1235, "EUR"],
    ["40.000,- €", 40000, "EUR"],
    ["48 KEUR", 48000, "EUR"],
    ["€40–50k", 40000, "EUR"], // a range gives its lower bound
    ["$45k", 45000, "USD"],
  ])("%s -> %d %s", (text, amount, currency) => {
    expect(parseMoney(text)).toMatchObject({ amount, currency });
  });

  it("reports offset and raw text", () => {
    expect(parseMoney("Budget: ca. 25 TEUR")).toEqual({ amount: 25000, currency: "EUR", index: 12, raw: "25 TEUR" });
  });

  it.each(["unbekannt", "no numbers yet", "n/a", "–", "85,000", "14 practices", ""])("%s -> null", (text) => {
    expect(parseMoney(text)).toBeNull();
  });

  it("applies defaultCurrency only to bare numbers", () => {
    expect(parseMoney("85,000 per year", { defaultCurrency: "USD" })).toMatchObject({ amount: 85000, currency: "USD" });
    expect(parseMoney("ca. 25k", { defaultCurrency: "eur" })).toMatchObject({ amount: 25000, currency: "EUR" });
    expect(parseMoney("£12k", { defaultCurrency: "EUR" })).toMatchObject({ amount: 12000, currency: "GBP" });
    expect(parseMoney("unbekannt", { defaultCurrency: "EUR" })).toBeNull();
  });
});

describe("parseNumber", () => {
  it.each([
    ["1.234", 1234],
    ["48.000", 48000],
    ["48,000", 48000],
    ["1,5", 1.5],
    ["18.5", 18.5],
    ["1,2", 1.2],
    ["1.234.567", 1234567],
    ["1,234,567.89", 1234567.89],
    ["1.234,56", 1234.56],
    ["40'000", 40000],
    ["48 000", 48000],
  ])("%s -> %d", (raw, n) => {
    expect(parseNumber(raw)).toBe(n);
  });
  it("reads a separator before three digits as decimal when a multiplier follows", () => {
    expect(parseNumber("1.250", true)).toBe(1.25);
  });
});

describe("findMoney", () => {
  it("finds every amount with context, skipping numbers without a currency", () => {
    const text =
      "14 practices, 200+ suppliers, call (503) 555-0187 on 12.03.2026. We process $4M payment volume; budget is $60k.";
    const found = findMoney(text);
    expect(found.map((f) => [f.amount, f.currency])).toEqual([
      [4000000, "USD"],
      [60000, "USD"],
    ]);
    expect(found[1]?.context).toContain("budget is $60k");
    for (const f of found) expect(text.slice(f.index, f.index + f.raw.length)).toBe(f.raw);
  });
  it("finds German amounts in prose", () => {
    const text = "Das Volumen schätze ich auf etwa 18.000 € im Jahr, bei über 2.000 Rechnungen im Monat.";
    expect(findMoney(text).map((f) => f.amount)).toEqual([18000]);
  });
});

describe("pickDealValue", () => {
  it("prefers deal-value phrasing over payment volume", () => {
    const text = "They process roughly $4M in vendor payments a month. Budget for this year is around $60k.";
    expect(pickDealValue(text)).toMatchObject({ amount: 60000, currency: "USD" });
  });
  it("returns null when the only amount is a payment flow", () => {
    expect(pickDealValue("processes roughly $4M in vendor payments a month. No budget yet.")).toBeNull();
  });
  it("scores labels and per-year phrasing positively", () => {
    const text = "Estimated Deal Size\nUSD 85,000 per year";
    const [m] = findMoney(text);
    expect(m).toBeDefined();
    expect(dealValueScore(text, m!)).toBeGreaterThan(0);
  });
  it("returns null for funding news", () => {
    expect(pickDealValue("Ledgerly raised EUR 18M; Kontorwerk announced a seed round of EUR 4M.")).toBeNull();
  });
});

describe("dealValueScore windows", () => {
  it.each([
    "Budget: ca. 25 TEUR",
    "Volumen: ca. 60.000 EUR p.a. Kontakt folgt.",
    "Projektvolumen 48.000 EUR",
    "Rough deal size, going by what she told me: £18.5k a year.",
  ])("%s reads as a deal value", (text) => {
    const [m] = findMoney(text);
    expect(dealValueScore(text, m!)).toBeGreaterThan(0);
  });
});

describe("currency names several countries share (MoneyOptions.local)", () => {
  const one = (text: string, local?: string) => findMoney(text, { local }).map((m) => [m.amount, m.currency]);
  it.each([
    ["Vi regner med 80.000 kr. pr. år", "DKK", 80000, "DKK"],
    ["kr 95 000,- i året", "NOK", 95000, "NOK"],
    ["omkring 700 000 kroner", "NOK", 700000, "NOK"],
    ["60 t.kr. om året", "DKK", 60000, "DKK"],
    ["ungefär 120 tkr", "SEK", 120000, "SEK"],
    ["cirka 400 millones de pesos", "CLP", 400000000, "CLP"],
  ])("%s in a %s mail", (text, local, amount, currency) => {
    expect(one(text, local)).toEqual([[amount, currency]]);
  });
  it("leaves the name unread when the mail's country does not say which", () => {
    expect(one("Vi regner med 80.000 kr. pr. år")).toEqual([]);
    expect(one("omkring 700 000 kroner", "SEK")).toEqual([]);
  });
  it("reads a code after the name, and names only one country uses, without a country", () => {
    expect(one("2 400 millones de pesos (COP) al año")).toEqual([[2400000000, "COP"]]);
    expect(one("runt 250 000 kronor per år")).toEqual([[250000, "SEK"]]);
  });
  it("reads lakhs and crores as money where they are the local way of counting it, and as rupees where no country is known", () => {
    expect(one("commercials near 8.5 lakhs per annum", "INR")).toEqual([[850000, "INR"]]);
    expect(one("about 3 crore for the rollout", "BDT")).toEqual([[30000000, "BDT"]]);
    expect(one("commercials near 8.5 lakhs per annum")).toEqual([[850000, "INR"]]);
    expect(one("commercials near 8.5 lakhs per annum", "GBP")).toEqual([]);
  });
  it("takes the country of the domains only when they name one", () => {
    expect(localCurrency(["kunde.dk", "partner.com", null])).toBe("DKK");
    expect(localCurrency(["kunde.se", "partner.no"])).toBeUndefined();
    expect(localCurrency(["kunde.com"])).toBeUndefined();
  });
});

describe("multipliers and signs in more languages", () => {
  it.each([
    ["2,5 MNOK over fire år", 2500000, "NOK"],
    ["ca 300 TSEK", 300000, "SEK"],
    ["circa 3 milioni di euro", 3000000, "EUR"],
    ["uns 2,5 milhões de reais", 2500000, "BRL"],
    ["75 mila euro l'anno", 75000, "EUR"],
    ["zhruba 2,4 mil. Kč ročně", 2400000, "CZK"],
    ["roughly RM 120k a year", 120000, "MYR"],
    ["R 2.3 million over two years", 2300000, "ZAR"],
  ])("%s", (text, amount, currency) => {
    expect(parseMoney(text)).toMatchObject({ amount, currency });
  });
});

describe("ranges and the figure to record (cues.money.between)", () => {
  it("reads the figure said inside a range just after it", () => {
    expect(pickDealValue("Presupuesto entre 20.000 € y 30.000 €, contamos con 25.000 €.")).toMatchObject({
      amount: 25000,
    });
    expect(pickDealValue("Budget 40 bis 60 TEUR, realistisch sind 50.000 EUR.")).toMatchObject({ amount: 50000 });
  });
  it("reports a lone range by its lower bound", () => {
    expect(pickDealValue("valeur entre 40 et 60 k€ par an")).toMatchObject({ amount: 40000, currency: "EUR" });
    expect(pickDealValue("waarde tussen € 15.000 en € 20.000")).toMatchObject({ amount: 15000 });
  });
});

describe("what an amount is, in more languages (cues.money)", () => {
  it("prefers the yearly figure to the monthly one", () => {
    expect(pickDealValue("Importe: 900 € al mes, es decir 10.800 € al año.")).toMatchObject({ amount: 10800 });
    expect(parseMoney("2.000 € par mois, soit 24.000 € par an")).toMatchObject({ amount: 24000 });
    expect(pickDealValue("Waarde: € 500 per maand, dus € 6.000 per jaar.")).toMatchObject({ amount: 6000 });
  });
  it.each([
    "Il fatturato è di 15 milioni di euro.",
    "Ils ont dépensé 50.000 € l'an dernier pour leur ERP.",
    "Het bedrijf heeft een omzet van € 12 miljoen.",
    "Firman omsätter 90 miljoner kronor.",
    "Budget open, but they spent $300k on a website last year.",
    "Facturan unos 25 millones de euros al año.",
  ])("%s is no deal value", (text) => {
    expect(pickDealValue(text)).toBeNull();
  });
});

describe("local currencies and multipliers across languages", () => {
  it.each([
    // the East Asian myriad groups its digits as any number: twelve hundred myriads, not 1.2
    ["予算は約3,500万円です", 35000000, "JPY"],
    ["예산 2,400만원 정도", 24000000, "KRW"],
    ["총 3억 원", 300000000, "KRW"],
    ["NT$ 2.4M for two years", 2400000, "TWD"],
    ["bütçe 1,2 milyon TL", 1200000, "TRY"],
    ["yaklaşık 400 bin TL", 400000, "TRY"],
    ["бюджет 800 тис. грн", 800000, "UAH"],
    ["около 2 млн грн", 2000000, "UAH"],
    ["30 tys. złotych rocznie", 30000, "PLN"],
    ["about 45,000 zloty", 45000, "PLN"],
    ["kb. 8 millió Ft", 8000000, "HUF"],
    ["2,5 millió forint", 2500000, "HUF"],
    ["120 ezer Ft havonta", 120000, "HUF"],
    ["khoảng 2 tỷ đồng", 2000000000, "VND"],
    ["300 triệu VND", 300000000, "VND"],
    ["120 mii lei pe an", 120000, "RON"],
    ["1,3 milioane lei", 1300000, "RON"],
    ["KSh 1.2m a year", 1200000, "KES"],
    ["₦12 million", 12000000, "NGN"],
    ["₩50,000,000", 50000000, "KRW"],
  ])("%s", (text, amount, currency) => {
    expect(parseMoney(text)).toMatchObject({ amount, currency });
  });
  it("reads 'mil' after a dollar sign as thousands only where the mail comes from", () => {
    expect(findMoney("presupuesto US$ 25 mil al año", { local: "CLP" }).map((m) => m.amount)).toEqual([25000]);
    expect(findMoney("presupuesto US$ 25 mil al año").map((m) => m.amount)).toEqual([]);
  });
  it("takes a code written after the currency's name ('$3,5 millones de pesos (COP)')", () => {
    expect(parseMoney("$3,5 millones de pesos (COP) anuales")).toMatchObject({ amount: 3500000, currency: "COP" });
  });
  it("reads the yuan sign by the mail's country only", () => {
    expect(parseMoney("約 80萬元", { local: "TWD" })).toMatchObject({ amount: 800000, currency: "TWD" });
    expect(parseMoney("約 80萬元")).toBeNull();
  });
  it("leaves feet and other lower-case 'ft' alone", () => {
    expect(findMoney("a 300 ft warehouse aisle")).toEqual([]);
  });
});

describe("isCurrencyWord", () => {
  it("knows a currency's sign, name or code written alone", () => {
    for (const w of ["Kč", "zł", "€", "$", "kr", "kronor", "USD", "reais"]) expect(isCurrencyWord(w)).toBe(true);
  });
  it("refuses words, places and amounts", () => {
    for (const w of ["Norvale", "Ostmark", "50 €", ""]) expect(isCurrencyWord(w)).toBe(false);
  });
});
