// Turkish, Vietnamese and Thai words that say what a figure is: a yearly figure or a value beats a
// monthly one or a unit's price, and a Vietnamese "đồng hồ" (a meter) is no amount in đồng. Every
// entry in a sentence written for this test.
import { describe, expect, it } from "vitest";
import { pickDealValue } from "../../../services/parser/normalise/amount.ts";
import { labelField } from "../../../services/parser/extract/labels.ts";

describe("tr: yearly, budget and estimated value against monthly", () => {
  it.each([
    ["Aylık 2.000 TL bakım ücreti var. Tahmini değer 150.000 TL.", 150000],
    ["Her ay 3.000 TL ödüyorlar, yıllık 80.000 TL bekliyoruz.", 80000],
    ["Ayda 4.000 TL. Bütçesi 95.000 TL.", 95000],
    ["Her ay 1.000 TL. Tahmini tutarı 60.000 TL.", 60000],
    ["Ayda 2.500 TL ediyor. Yılda 40.000 TL ile başlıyoruz.", 40000],
  ])("%s", (text, amount) => expect(pickDealValue(text)?.amount).toBe(amount));
});

describe("vi: value, budget and yearly against monthly", () => {
  it.each([
    ["Phí mỗi tháng 20 triệu đồng. Giá trị hợp đồng 900 triệu đồng.", 900000000],
    ["Hàng tháng 15 triệu đồng. Ngân sách 600 triệu đồng.", 600000000],
    ["Một tháng 10 triệu đồng, mỗi năm 120 triệu đồng.", 120000000],
    ["Hàng tháng 5 triệu đồng, hàng năm 60 triệu đồng.", 60000000],
    ["Mỗi tháng 8 triệu đồng; một năm 96 triệu đồng.", 96000000],
  ])("%s", (text, amount) => expect(pickDealValue(text)?.amount).toBe(amount));

  it("reads no amount in a count of meters", () => {
    expect(pickDealValue("Họ cần 5.000 đồng hồ nước. Giá trị: 3 tỷ đồng.")?.amount).toBe(3000000000);
  });

  it.each(["giá trị", "giá trị ước tính", "ngân sách"])("'%s' labels the value", (label) =>
    expect(labelField(label)).toBe("value"),
  );
});

describe("th: yearly and value against monthly and per unit", () => {
  it.each([
    ["ค่าบริการ 2,000 บาท ต่อเดือน รวม 24,000 บาท ต่อปี", 24000],
    ["ค่าบริการ 1,500 บาท/เดือน รวม 18,000 บาท/ปี", 18000],
    ["เดือนละ 1,000 บาท และ ปีละ 12,000 บาท", 12000],
    ["ค่าบริการ 900 บาท ต่อตัว มูลค่า 90,000 บาท", 90000],
    ["ค่าบริการ 700 บาท/ตัว งบประมาณ 50,000 บาท", 50000],
  ])("%s", (text, amount) => expect(pickDealValue(text)?.amount).toBe(amount));
});
