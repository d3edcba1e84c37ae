// Currencies, scale words and digits added to services/parser/lang/currencies.ts and the amount
// reader, and the steps of a sum that are no deal value, each in a sentence written for this test.
import { describe, expect, it } from "vitest";
import { findMoney, localCurrency, parseMoney, pickDealValue } from "../../../services/parser/normalise/amount.ts";
import { westernDigits } from "../../../services/parser/normalise/number.ts";

const read = (text: string, local?: string) => findMoney(text, { local }).map((m) => [m.amount, m.currency]);

describe("currency words after the number", () => {
  it.each([
    ["Годовой бюджет примерно 6 200 000 тенге", 6200000, "KZT"],
    ["Жоба құны шамамен 30 млн теңге", 30000000, "KZT"],
    ["Сумма договора 950 000 ₸", 950000, "KZT"],
    ["Бюджет около 3,1 млн руб. на год", 3100000, "RUB"],
    ["Готовы потратить 700 000 рублей", 700000, "RUB"],
    ["Лицензии на 240 000 ₽ в год", 240000, "RUB"],
    ["Очакван бюджет 35 000 лв. на година", 35000, "BGN"],
    ["Сделката е за около 80 хил. лева", 80000, "BGN"],
    ['התקציב כ-72,000 ש"ח בשנה', 72000, "ILS"],
    ["התקציב כ-64,000 ש״ח בשנה", 64000, "ILS"],
    ["מדובר בכ-250 אלף שקלים", 250000, "ILS"],
    ["פרויקט של 1.5 מיליון ₪", 1500000, "ILS"],
    ["बजट लगभग 40 हज़ार रुपये है", 40000, "INR"],
    ["Bütçeleri yaklaşık 30 bin dolar", 30000, "USD"],
    ["El presupuesto ronda los 25.000 dólares", 25000, "USD"],
    ["الميزانية 410,000 درهم إماراتي تقريباً", 410000, "AED"],
    ["العقد بقيمة 2 مليون جنيه مصري", 2000000, "EGP"],
    ["التكلفة 60 ألف دولار أمريكي في السنة", 60000, "USD"],
    ["القيمة 22,000 ريال عماني", 22000, "OMR"],
    ["الميزانية 15 ألف دينار كويتي", 15000, "KWD"],
    ["الميزانية 90 ألف دينار أردني", 90000, "JOD"],
  ])("%s", (text, amount, currency) => {
    expect(read(text)).toEqual([[amount, currency]]);
  });
});

describe("ISO codes", () => {
  it.each([
    ["Contract value KZT 40,000,000 over two years", 40000000, "KZT"],
    ["Vrednost ugovora 1.800.000 RSD", 1800000, "RSD"],
    ["Budget OMR 12,500 for the first year", 12500, "OMR"],
    ["Budget about KWD 8,000", 8000, "KWD"],
    ["Budget JOD 30,000 a year", 30000, "JOD"],
    ["The tender is for RUB 5,000,000", 5000000, "RUB"],
  ])("%s", (text, amount, currency) => {
    expect(read(text)).toEqual([[amount, currency]]);
  });

  it("reads no rouble in a lower-case word, no dinar in a Malaysian firm's name", () => {
    expect(read("rub 2 drops into the hinge")).toEqual([]);
    expect(read("We supply 3 Bhd firms in Penang")).toEqual([]);
  });
});

describe("scale words", () => {
  it.each([
    ["अनुमानित बजट ₹25 लाख सालाना", 2500000, "INR"],
    ["कुल मूल्य ₹2 करोड़", 20000000, "INR"],
    // the crore's last letter as one sign and as a letter plus nukta
    ["कुल मूल्य ₹3 करो\u095c", 30000000, "INR"],
    ["कुल मूल्य ₹4 करो\u0921\u093c", 40000000, "INR"],
    ["Áætlað virði 40 milljónir ISK", 40000000, "ISK"],
    ["Samningurinn er upp á 900 þúsund ISK", 900000, "ISK"],
    ["Budžet oko 700 hiljada RSD", 700000, "RSD"],
  ])("%s", (text, amount, currency) => {
    expect(read(text)).toEqual([[amount, currency]]);
  });
});

describe("Arabic-Indic and Persian digits", () => {
  it("reads them as any digits, with the Arabic thousands and decimal signs", () => {
    expect(westernDigits("٤٥٬٥٠٠ و ۱۲۳ و ٢٫٥")).toBe("45,500 و 123 و 2.5");
    expect(westernDigits("plain 12")).toBe("plain 12");
    expect(read("القيمة المتوقعة ٧٢٠٬٠٠٠ ريال سعودي سنوياً")).toEqual([[720000, "SAR"]]);
    expect(read("الميزانية ٣٫٥ مليون درهم إماراتي")).toEqual([[3500000, "AED"]]);
    expect(read("التكلفة ۸۵۰٬۰۰۰ ريال قطري")).toEqual([[850000, "QAR"]]);
  });

  it("keeps the written text as the amount's snippet", () => {
    const [hit] = findMoney("القيمة ٦٠٬٠٠٠ جنيه مصري");
    expect(hit?.raw).toBe("٦٠٬٠٠٠ جنيه مصري");
  });

  it("reads no amount in a phone number, a date or a count", () => {
    expect(read("الجوال ٠٥٤٧٧١٢٣٤٥ والموعد ٠٣/١٤ ولديهم ٣٠٠ موظف")).toEqual([]);
  });

  it("reads a labelled value written in them", () => {
    expect(parseMoney("٤٨٬٠٠٠", { defaultCurrency: "AED" })?.amount).toBe(48000);
  });
});

describe("the naira written N", () => {
  it("reads it in a Nigerian mail", () => {
    expect(localCurrency(["example.com.ng"])).toBe("NGN");
    expect(read("Their budget is about N62 million a year", "NGN")).toEqual([[62000000, "NGN"]]);
    expect(read("Quoted N7,250,000 for the rollout", "NGN")).toEqual([[7250000, "NGN"]]);
  });

  it("reads it with a naira code after it, else not", () => {
    expect(read("Deal size N3,400,000 (NGN)")).toEqual([[3400000, "NGN"]]);
    expect(read("Deal size N3,400,000")).toEqual([]);
  });

  it("reads no road, mask or grid square as money", () => {
    expect(read("We drive the N1 to Durban, N95 masks in the van, grid N20", "NGN")).toEqual([]);
  });
});

describe("the steps of a sum are no deal value", () => {
  it.each([
    ["12 desks x £35/desk/month = £420/month, so £5,040/yr in total", 5040],
    ["Quote: 6 vans x CZK 1 800 / month = CZK 10 800 / month, term 24 months, total CZK 259 200", 259200],
    ["Pricing: R 1 400 per truck per month x 9 trucks = R 12 600 per month, R 151 200 per annum", 151200],
    ["Tarif proposé : 5 postes x 30 €/mois -> 150 €/mois, soit 1.800 €/an.", 1800],
    ["2 Standorte × € 4.100 = € 8.200 pro Jahr", 8200],
    ["1台あたり年額8万円 × 30台 ＝ 年額240万円", 2400000],
  ])("%s", (text, amount) => expect(pickDealValue(text)?.amount).toBe(amount));

  it("keeps a figure given again in brackets a second way as the value", () => {
    expect(parseMoney("EUR 36,000 per year (=EUR 3,000 monthly)")?.amount).toBe(36000);
  });

  it("still reads a monthly budget said alone", () => {
    expect(pickDealValue("Budget: €1,900 per month")?.amount).toBe(1900);
  });
});
