// The need as a phrase, without the prospect's size written before it (a clause of its own, or
// tied to the need by a particle: `cues.needSize` of ja, ko, zh, hi) and without the sentence
// after it in scripts whose sentence ends the stop rule missed (a two-letter Hangul word, an
// Arabic vowel mark, Thai's blank). Invented sentences.
import { describe, expect, it } from "vitest";
import { needPhrase } from "../../services/parser/extract/need-phrase.ts";

describe("needPhrase: the size before the need", () => {
  it.each([
    // a clause of its own, the figure first (five words and more)
    ["8 складов в двух соседних областях, остатки сверяют вручную.", "остатки сверяют вручную"],
    ["5 مستودعات في ثلاث مدن كبيرة، الجرد يتم يدويًا", "الجرد يتم يدويًا"],
    // or the figure further in, before a clause that tells the need
    ["パン工房3店舗、発注を紙で管理している。", "発注を紙で管理している"],
    // tied by a particle (needSize)
    ["全9工場で検査記録を紙で保管している", "検査記録を紙で保管している"],
    ["ベーカリー4店舗の発注を紙で管理している", "発注を紙で管理している"],
    ["학원 9개 지점의 출결을 엑셀로 관리합니다", "출결을 엑셀로 관리합니다"],
    ["120대 버스의 정비 기록을 종이로 관리", "정비 기록을 종이로 관리"],
    ["15家药店的库存靠手工盘点", "库存靠手工盘点"],
    ["80 辆货车的调度靠纸本记录", "调度靠纸本记录"],
    ["12 शाखाओं में हिसाब हाथ से होता है", "हिसाब हाथ से होता है"],
    ["30 ड्राइवरों की हाज़िरी रजिस्टर में लिखी जाती है", "हाज़िरी रजिस्टर में लिखी जाती है"],
  ])("%s", (text, phrase) => expect(needPhrase(text, true)).toBe(phrase));

  it.each([
    // a date is no size
    "2025年的订单都靠手工录入",
    "12月の棚卸しが手作業で大変",
    "3월의 정산이 엑셀로 관리되고 있음",
    // a figure inside the need stays, and a clause with a figure but no need after it
    "route planning for 8 fitters, long drives between sites",
  ])("keeps %s", (text) => expect(needPhrase(text, true)).toBe(text));
});

describe("needPhrase: where a sentence ends in more scripts", () => {
  it.each([
    ["재고 수기 관리. 저희가 라이선스를 재판매합니다.", "재고 수기 관리"],
    ["الفواتير تُكتب يدويًا. سنقوم بإعادة بيع التراخيص.", "الفواتير تُكتب يدويًا"],
    ["ใบเสร็จยังเขียนด้วยมือ คุณมาลียินดีให้ติดต่อโดยตรง", "ใบเสร็จยังเขียนด้วยมือ"],
    // a Latin word or a bracket closing the Thai sentence
    ["อยากได้ระบบจองคิวพร้อม SMS (Tendo Book) เราจะเป็นผู้ขายต่อ (reseller)", "อยากได้ระบบจองคิวพร้อม SMS (Tendo Book)"],
  ])("%s", (text, phrase) => expect(needPhrase(text, true)).toBe(phrase));

  it("reads a labelled need over lines to the line on the deal", () => {
    expect(needPhrase("โกดังนับสต็อกด้วยมือ ต้องการ barcode scanning\nนัดประชุม demo วันพุธแล้วครับ")).toBe(
      "โกดังนับสต็อกด้วยมือ ต้องการ barcode scanning",
    );
    expect(needPhrase("Lagerbestand wird per Hand gezählt\nDemo am Mittwoch vereinbart")).toBe(
      "Lagerbestand wird per Hand gezählt",
    );
  });

  it("keeps the dot of a Latin abbreviation inside the need", () => {
    expect(needPhrase("ca. 400 Belege pro Woche werden abgetippt", true)).toBe(
      "ca. 400 Belege pro Woche werden abgetippt",
    );
  });
});
