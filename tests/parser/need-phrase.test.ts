// The need as a phrase: the sentence that tells it, without what follows it (consent, a meeting,
// the deal), a count set off as a clause, a label run into it or the closing full stop. Invented
// sentences in several scripts.
import { describe, expect, it } from "vitest";
import { needPhrase } from "../../services/parser/extract/need-phrase.ts";

describe("needPhrase: the need alone", () => {
  it.each([
    // a closing stop of any script goes
    ["Стоки се броят на ръка.", "Стоки се броят на ръка"],
    ["出荷伝票を手書きで作成している。", "出荷伝票を手書きで作成している"],
    ["טפסי הקבלה ממולאים ידנית.", "טפסי הקבלה ממולאים ידנית"],
    // the consent or the registration written after the need
    [
      "Замовлення приймають телефоном. Пан Остап погодився, щоб ви йому зателефонували.",
      "Замовлення приймають телефоном",
    ],
    ["巡回点検の記録を紙で管理している。先方は直接のご連絡に同意済みです。", "巡回点検の記録を紙で管理している"],
    // the deal after it: a value, the way it is bought
    ["Die Dienstpläne entstehen in Excel. Volumen: etwa 30.000 EUR im Jahr.", "Die Dienstpläne entstehen in Excel"],
    // a label run into the value
    ["Задача: сверка остатков ведётся вручную.", "сверка остатков ведётся вручную"],
    // a count set off before or after the need
    ["27 филиалов, сверка остатков ведётся вручную.", "сверка остатков ведётся вручную"],
    ["Chcą systemu rezerwacji kortów, około 60 kortów.", "Chcą systemu rezerwacji kortów"],
    ["12 家分店，会员积分靠纸卡登记。", "会员积分靠纸卡登记"],
    // a count alone as a sentence before the need
    [
      "14 depots, 140 vans. Drivers get their rounds on paper every morning.",
      "Drivers get their rounds on paper every morning",
    ],
  ])("%s", (text, phrase) => expect(needPhrase(text)).toBe(phrase));

  it.each([
    // the dot of an abbreviation or a date ends no sentence
    "ca. 900 Lieferscheine pro Woche werden abgetippt; Freigabe per Mail",
    "ok. 300 umów rocznie podpisywanych papierowo",
    // a figure that is part of the need stays
    "route planning for 8 fitters, long drives between sites",
    "tickets for 3 halls sold at the door only, no online sales",
    // one sentence, no stop
    "Stock takes two days every quarter",
  ])("keeps %s", (text) => expect(needPhrase(text)).toBe(text));

  it("keeps the sentences that go on about the need, up to the deal", () => {
    expect(
      needPhrase("Rooms are priced once a season. Nobody checks the rivals' rates. Budget is about 40k EUR a year."),
    ).toBe("Rooms are priced once a season. Nobody checks the rivals' rates");
  });

  it("is null for nothing", () => {
    expect(needPhrase(null)).toBeNull();
    expect(needPhrase("  ")).toBeNull();
  });
});
