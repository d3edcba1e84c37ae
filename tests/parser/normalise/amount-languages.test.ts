// The currency and scale tables of services/parser/lang/currencies.ts and the myriad reader, in
// invented sentences.
import { describe, expect, it } from "vitest";
import { findMoney, localCurrency, parseMoney } from "../../../services/parser/normalise/amount.ts";
import { myriadValue } from "../../../services/parser/normalise/myriad.ts";

const one = (text: string, local?: string) => findMoney(text, { local }).map((m) => [m.amount, m.currency]);

describe("currency words after the number", () => {
  it.each([
    ["Eelarve on umbes 40 000 eurot aastas", 40000, "EUR"],
    ["Biudžetas apie 18 000 eurų per metus", 18000, "EUR"],
    ["Sutarties vertė 9 000 eurai", 9000, "EUR"],
    ["Budžets ap 12 000 eiro gadā", 12000, "EUR"],
    ["Budjetti noin 30 000 euroa vuodessa", 30000, "EUR"],
    ["Proračun oko 15.000 eura godišnje", 15000, "EUR"],
    ["Бюджет: около 27 500 евро годишно", 27500, "EUR"],
    ["Бюджет приблизно 40 000 євро на рік", 40000, "EUR"],
    ["Προϋπολογισμός περίπου 18.500 ευρώ τον χρόνο", 18500, "EUR"],
    ["Αξία γύρω στα 1,2 εκατ. ευρώ", 1200000, "EUR"],
    ["anggaran kira-kira 2 miliar rupiah setahun", 2000000000, "IDR"],
    ["งบประมาณ 480,000 บาท ต่อปี", 480000, "THB"],
    // Thai runs the next word on after the currency and the million
    ["ค่าบริการราว 250,000 บาทต่อปี", 250000, "THB"],
    ["งบราว 3.5 ล้านบาทต่อปี", 3500000, "THB"],
    ["a budget near 750k baht a year", 750000, "THB"],
    ["الميزانية نحو 450,000 ريال سعودي في السنة", 450000, "SAR"],
    ["التكلفة حوالي 95.000 ر.س. سنوياً", 95000, "SAR"],
    ["القيمة 2 مليون ريال قطري", 2000000, "QAR"],
  ])("%s", (text, amount, currency) => {
    expect(one(text)).toEqual([[amount, currency]]);
  });
});

describe("currency signs before the number", () => {
  it.each([
    ["Nilai proyek Rp 90 juta", 90000000, "IDR"],
    ["Nilai kontrak Rp. 45.000.000 per tahun", 45000000, "IDR"],
    ["預算約新台幣 80萬", 800000, "TWD"],
    ["预算人民币 30万", 300000, "CNY"],
    ["ราคาราว ฿275,000/ปี", 275000, "THB"],
    ["বাজেট ৳ 8,50,000", 850000, "BDT"],
  ])("%s", (text, amount, currency) => {
    expect(one(text)).toEqual([[amount, currency]]);
  });
});

describe("the riyal without its country, and words that are no money", () => {
  it("reads a bare riyal by the mail's country, else not", () => {
    expect(one("الميزانية قرابة 75 ألف ريال سنوياً", "SAR")).toEqual([[75000, "SAR"]]);
    expect(one("الميزانية قرابة 75 ألف ريال سنوياً", "QAR")).toEqual([[75000, "QAR"]]);
    expect(one("الميزانية قرابة 75 ألف ريال سنوياً")).toEqual([]);
    expect(localCurrency(["example.com.sa"])).toBe("SAR");
    expect(localCurrency(["example.qa"])).toBe("QAR");
  });
  it.each([
    // a count of users and of branches, a phone number, a date, a percentage
    "لدينا 30 ألف مستخدم في 14 فرعاً",
    "هاتف 0551234567 والموعد 12/03",
    "خصم 15% على السنة الأولى",
    "มีผู้ใช้ 1.5 ล้านคน ใน 20 สาขา",
    "โทร 089 765 4321 วันที่ 9 สิงหาคม",
    "ส่วนลด 10% ในปีแรก",
    "มีบาทหลวง 5 ท่าน",
    "5 บาทหลวง",
    "the baht rose 2% against 40 other currencies",
    // Cyrillic and Greek: a count of users, a phone number, a date, a percentage beside the euro's name
    "Имат 45 служители и плащат в евро, тел. 0888 123 456",
    "Έχουν 30 χρήστες, συνάντηση στις 14.03, έκπτωση 10% σε ευρώ",
  ])("%s", (text) => {
    expect(one(text, "SAR")).toEqual([]);
  });
});

describe("codes read only in capitals", () => {
  it("reads MAD and TRY in capitals next to a number", () => {
    expect(one("Enveloppe prévue : 70 000 MAD par an")).toEqual([[70000, "MAD"]]);
    expect(one("Yearly fee TRY 600.000")).toEqual([[600000, "TRY"]]);
  });
  it("leaves the ordinary words alone", () => {
    expect(one("they want to try 50 seats first")).toEqual([]);
    expect(one("there were 12 mad minutes")).toEqual([]);
  });
  it("reads the codes added for South Asia and the CFA franc", () => {
    expect(one("Around LKR 4.2 million for the pilot")).toEqual([[4200000, "LKR"]]);
    expect(one("Quoted at BDT 950,000")).toEqual([[950000, "BDT"]]);
    expect(one("Montant : 6 500 000 XOF")).toEqual([[6500000, "XOF"]]);
  });
});

describe("names several countries share", () => {
  it("reads the dirham by the mail's country, else not at all", () => {
    expect(one("Budget d'environ 90 000 DH", "MAD")).toEqual([[90000, "MAD"]]);
    expect(one("around 400,000 dirhams", "AED")).toEqual([[400000, "AED"]]);
    expect(one("Budget d'environ 90 000 DH")).toEqual([]);
  });
  it("reads the CFA franc by the mail's country, else not at all", () => {
    expect(one("Enveloppe de 9 000 000 FCFA", "XOF")).toEqual([[9000000, "XOF"]]);
    expect(one("Enveloppe de 9 000 000 F CFA", "XAF")).toEqual([[9000000, "XAF"]]);
    expect(one("Enveloppe de 9 000 000 FCFA")).toEqual([]);
  });
  it("knows the countries of the dollar, the dirham and the CFA franc", () => {
    expect(localCurrency(["brasserie.qc.ca"])).toBe("CAD");
    expect(localCurrency(["farm.com.au", "partner.com"])).toBe("AUD");
    expect(localCurrency(["atelier.ma"])).toBe("MAD");
    expect(localCurrency(["pecherie.sn"])).toBe("XOF");
    expect(localCurrency(["scierie.cm"])).toBe("XAF");
  });
});

describe("which dollar '$' is", () => {
  it("takes a country mark or code written beside it", () => {
    expect(one("Valeur : environ 33 000 $ CA par an")).toEqual([[33000, "CAD"]]);
    expect(one("Valeur : 12 000 $CAN")).toEqual([[12000, "CAD"]]);
    expect(one("Valeur : 20 000 $ US")).toEqual([[20000, "USD"]]);
    expect(one("Importe: MXN $640,000 al año")).toEqual([[640000, "MXN"]]);
    expect(one("Importe: MXN $640,000 al año", "CAD")).toEqual([[640000, "MXN"]]);
  });
  it("is the country's own dollar where the mail's domains point to one that writes '$'", () => {
    expect(one("they mentioned about $45,000 a year", "AUD")).toEqual([[45000, "AUD"]]);
    expect(one("quote was $8k", "NZD")).toEqual([[8000, "NZD"]]);
    expect(one("roughly 70,000 dollars a year", "CAD")).toEqual([[70000, "CAD"]]);
  });
  it("is the US dollar elsewhere, and US$ always", () => {
    expect(one("they mentioned about $45,000 a year")).toEqual([[45000, "USD"]]);
    expect(one("they mentioned about $45,000 a year", "SEK")).toEqual([[45000, "USD"]]);
    expect(one("they mentioned about $45,000 a year", "COP")).toEqual([[45000, "USD"]]);
    expect(one("budget US$ 45,000", "AUD")).toEqual([[45000, "USD"]]);
  });
});

describe("scale words", () => {
  it.each([
    ["Budget runt 2,5 milj. kr", "SEK", 2500000, "SEK"],
    ["Eelarve 1,1 miljonit eurot", undefined, 1100000, "EUR"],
    ["Budjetti 2 miljoonaa euroa", undefined, 2000000, "EUR"],
    ["Vertė apie 60 tūkst. eurų", undefined, 60000, "EUR"],
    ["Eelarve umbes 70 tuh eurot", undefined, 70000, "EUR"],
    ["Budjetti noin 45 tuhatta euroa", undefined, 45000, "EUR"],
    ["Nilai sekitar Rp 300 jt", undefined, 300000000, "IDR"],
    ["orçamento de R$ 3,2 mi por ano", undefined, 3200000, "BRL"],
    ["งบประมาณ 4 ล้านบาท", undefined, 4000000, "THB"],
    ["تكلفة تقارب 80 ألف ريال", "SAR", 80000, "SAR"],
    ["نحو 1.5 مليون ريال سعودي", undefined, 1500000, "SAR"],
    ["بحدود 300 آلاف ريال", "QAR", 300000, "QAR"],
  ])("%s", (text, local, amount, currency) => {
    expect(one(text, local)).toEqual([[amount, currency]]);
  });
  it("reads 'mi' only with the real, where it is no mile", () => {
    expect(one("the depot is $4 mi from the port")).toEqual([]);
  });
});

describe("myriad amounts", () => {
  it.each([
    ["2억", 200000000],
    ["4천만", 40000000],
    ["2억 6천만", 260000000],
    ["3억5천万", 350000000],
    ["85萬", 850000],
    ["1,500万", 15000000],
    ["2.5억", 250000000],
    // digits grouped in thousands read as every other amount reads them
    ["1.200.000万", 12000000000],
    ["0,5억", 50000000],
  ])("%s", (run, value) => {
    expect(myriadValue(run)).toBe(value);
  });
  it("reads no number from units out of order", () => {
    expect(myriadValue("3만 2억")).toBeNull();
  });
  it.each([
    ["연간 예산은 약 7천만 원입니다", 70000000, "KRW"],
    ["계약 규모 2억 4천만원", 240000000, "KRW"],
    ["₩ 9천만 정도", 90000000, "KRW"],
    ["預計新台幣 350萬元", 3500000, "TWD"],
  ])("%s", (text, amount, currency) => {
    expect(one(text, "TWD")).toEqual([[amount, currency]]);
  });
  it("needs a currency beside the amount", () => {
    expect(one("직원 3천 명, 매장 2만 곳")).toEqual([]);
  });
  it("keeps the labelled value reading", () => {
    expect(parseMoney("약 6천만 원 (연간)")).toMatchObject({ amount: 60000000, currency: "KRW" });
  });
});
