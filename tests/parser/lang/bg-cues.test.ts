// Bulgarian cue entries (services/parser/lang/bg.ts, with the stems it shares in uk-ru.ts), each in
// a sentence invented for this test: the stage, the motion and the consent it must read, and for
// the risky ones (negated, conditional, a meeting held, a label's own words) what it must leave alone.
import { describe, expect, it } from "vitest";
import { detectStage } from "../../../services/parser/normalise/stage.ts";
import { detectConsent } from "../../../services/parser/normalise/consent.ts";
import { detectMotion } from "../../../services/parser/normalise/motion.ts";
import { findLabelled } from "../../../services/parser/extract/labels.ts";

describe("Bulgarian stage cues", () => {
  it.each([
    ["Клиентът поиска оферта за 30 работни места.", "evaluation"],
    ["Изпратихме ценова оферта миналата седмица.", "evaluation"],
    ["Подготвяме търговско предложение за тях.", "evaluation"],
    ["Дадохме им пробен период от един месец.", "evaluation"],
    ["В момента тестват системата в склада.", "evaluation"],
    ["Сравняват няколко доставчика.", "evaluation"],
    ["Има обществена поръчка с краен срок 20 май.", "evaluation"],
    ["Бюджетът е одобрен от борда.", "evaluation"],
    ["Получихме техническо задание.", "evaluation"],
    ["Вече сме на етап преговори.", "evaluation"],
    ["Водим преговори с финансовия директор.", "evaluation"],
    ["Пилотен проект в два обекта.", "evaluation"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    ["Срещата е насрочена за четвъртък.", "discovery_scheduled"],
    ["Демото е уговорено с тях.", "discovery_scheduled"],
    ["Насрочихме първа среща с управителя.", "discovery_scheduled"],
    ["Имаме среща в понеделник сутринта.", "discovery_scheduled"],
    ["Презентацията е потвърдена за 14 април.", "discovery_scheduled"],
    ["Демонстрацията е планирана за утре.", "discovery_scheduled"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    ["Това е първи контакт.", "new_intro"],
    ["Нов лийд от Варна.", "new_intro"],
    ["Засега е само препоръка.", "new_intro"],
    ["Обмислят смяна на счетоводната система.", "new_intro"],
    ["Нищо не е насрочено засега.", "new_intro"],
    ["Нямаме още среща с тях.", "new_intro"],
    ["Запознахме се на изложение в Пловдив.", "new_intro"],
    ["Все още сме в много ранен етап.", "new_intro"],
    ["Проявиха интерес към модула за заплати.", "new_intro"],
    ["Срещата още не е насрочена.", "new_intro"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    // a condition, a meeting held, thanks for one, a negated offer
    ["Ако демото мине добре, ще поискат оферта.", "evaluation"],
    ["Срещата вече се състоя.", "discovery_scheduled"],
    ["Благодаря за срещата в четвъртък.", "discovery_scheduled"],
    ["Още не са поискали оферта.", "evaluation"],
    ["Не тестват системата.", "evaluation"],
  ])("not: %s -> not %s", (text, never) => expect(detectStage(text)).not.toBe(never));
});

describe("Bulgarian motion cues", () => {
  it.each([
    ["Ние само препоръчваме клиента.", "referral"],
    ["Очакваме комисиона за препоръка.", "referral"],
    ["Вие продавате директно.", "referral"],
    ["Нататък без нашето участие.", "referral"],
    ["Препродаваме лицензите с наша отстъпка.", "resale"],
    ["Ние сме официален дистрибутор за България.", "resale"],
    ["Фактурирането ще е през нас.", "resale"],
    ["Ние поемаме внедряването и обучението.", "services"],
    ["Ние сме системен интегратор.", "services"],
    ["Предлагаме услуги по внедряване.", "services"],
    ["Ще бъде интеграция с нашата платформа.", "technology"],
    ["Технологичен партньор сме от години.", "technology"],
  ])("%s -> %s", (text, want) => expect(detectMotion(text)).toBe(want));
});

describe("Bulgarian consent cues", () => {
  it.each([
    ["Можете да се свържете директно с нея.", true],
    ["Можете да му се обадите след 10 ч.", true],
    ["Очаква вашето обаждане.", true],
    ["Клиентът даде съгласие.", true],
    ["Помоли да се свържете с него тази седмица.", true],
    ["Тя е съгласна да се свържете с нея.", true],
    ["Моля, не се свързвайте с тях още.", false],
    ["Не му се обаждайте преди петък.", false],
    ["Още не съм я питал.", false],
    ["Изчакайте да потвърдя.", false],
    ["Още не е дал съгласие.", false],
    ["Контакт само чрез нас.", false],
    ["Не даде съгласие да я търсите.", false],
    ["Ако е съгласна, ще се свържете с нея.", null],
  ])("%s -> %s", (text, want) => expect(detectConsent(text)).toBe(want));

  it.each([
    ["Съгласие за контакт: да", true],
    ["Съгласие за контакт: не", false],
    ["Съгласие: още не", false],
    ["Разрешение за контакт: няма", false],
    // the label's own words are no agreement: an answer that is none says nothing
    ["Съгласие за контакт: ще я питам утре", null],
  ])("label %s -> %s", (text, want) => expect(detectConsent(text)).toBe(want));

  it("a consent label answered no, in a whole note, is read as no", () => {
    const mail = "Здравейте,\nрегистрирам нов клиент.\nФирма: Ведрана ООД\nСъгласие за контакт: не\nПоздрави";
    expect(detectConsent(mail)).toBe(false);
    expect(findLabelled(mail).find((l) => l.field === "consent")?.value).toBe("не");
  });
});
