// Ukrainian and Russian cue entries (services/parser/lang/uk-ru.ts), each in a sentence invented for
// this test: the stage, the motion and the consent it must read, and for the risky ones (negated,
// conditional, a meeting held, "среда" as an environment, a label's own words) what it must leave alone.
import { describe, expect, it } from "vitest";
import { detectStage } from "../../../services/parser/normalise/stage.ts";
import { detectConsent } from "../../../services/parser/normalise/consent.ts";
import { detectMotion } from "../../../services/parser/normalise/motion.ts";

describe("Russian stage cues", () => {
  it.each([
    ["Запросили коммерческое предложение на 40 мест.", "evaluation"],
    ["Отправили им смету в понедельник.", "evaluation"],
    ["Дали тестовый доступ на месяц.", "evaluation"],
    ["Сейчас тестируют систему на складе.", "evaluation"],
    ["Сравнивают несколько поставщиков.", "evaluation"],
    ["Объявлен тендер до конца мая.", "evaluation"],
    ["Получили техническое задание.", "evaluation"],
    ["Бюджет уже утверждён.", "evaluation"],
    ["Сейчас на этапе переговоров.", "evaluation"],
    ["Встреча назначена на четверг.", "discovery_scheduled"],
    ["Созвон согласован на среду.", "discovery_scheduled"],
    ["Назначили первую встречу с директором.", "discovery_scheduled"],
    ["Договорились о встрече в пятницу.", "discovery_scheduled"],
    ["Презентацию запланировали на 12 марта.", "discovery_scheduled"],
    ["Это первый контакт.", "new_intro"],
    ["Новый лид из Казани.", "new_intro"],
    ["Пока только знакомство.", "new_intro"],
    ["Думают о замене учётной системы.", "new_intro"],
    ["Рассматривают возможность перехода на облако.", "new_intro"],
    ["Пока ничего не назначено.", "new_intro"],
    ["Познакомились на выставке в марте.", "new_intro"],
    ["Очень ранняя стадия.", "new_intro"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    ["Если пилот пройдёт хорошо, запросят КП.", "evaluation"],
    ["Встреча уже состоялась.", "discovery_scheduled"],
    ["Спасибо за встречу в четверг.", "discovery_scheduled"],
    ["Встреча про тестовую среду.", "discovery_scheduled"],
    ["Ещё не тестируют систему.", "evaluation"],
  ])("not: %s -> not %s", (text, never) => expect(detectStage(text)).not.toBe(never));
});

describe("Ukrainian stage cues", () => {
  it.each([
    ["Надіслали рахунок на перший рік.", "evaluation"],
    ["Дали пробну версію на два тижні.", "evaluation"],
    ["Тестують систему на двох об'єктах.", "evaluation"],
    ["Порівнюють кілька постачальників.", "evaluation"],
    ["Бюджет вже затверджено.", "evaluation"],
    ["Зараз на етапі переговорів.", "evaluation"],
    ["Зустріч призначена на четвер.", "discovery_scheduled"],
    ["Домовилися про зустріч у середу.", "discovery_scheduled"],
    ["Демонстрацію заплановано на 3 квітня.", "discovery_scheduled"],
    ["Нова заявка з Одеси.", "new_intro"],
    ["Лише знайомство.", "new_intro"],
    ["Думають про заміну старої системи.", "new_intro"],
    ["Розглядають можливість переходу на хмару.", "new_intro"],
    ["Поки що нічого не заплановано.", "new_intro"],
    ["Познайомилися на конференції у Львові.", "new_intro"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    ["Якщо пілот пройде добре, попросять рахунок.", "evaluation"],
    ["Дякую за зустріч у четвер.", "discovery_scheduled"],
    ["Зустріч вже відбулася.", "discovery_scheduled"],
  ])("not: %s -> not %s", (text, never) => expect(detectStage(text)).not.toBe(never));
});

describe("Ukrainian and Russian motion cues", () => {
  it.each([
    ["Нам положено агентское вознаграждение за рекомендацию.", "referral"],
    ["Вы продаёте им напрямую.", "referral"],
    ["Ви продаєте їм напряму.", "referral"],
    ["Мы перепродаём лицензии.", "resale"],
    ["Мы выставляем счёт клиенту.", "resale"],
    ["Рахунок буде через нас.", "resale"],
    ["Берём на себя внедрение и обучение.", "services"],
    ["Беремо на себе впровадження.", "services"],
    ["Мы системный интегратор.", "services"],
    ["Надаємо послуги з впровадження.", "services"],
    ["Нужна интеграция с нашей платформой.", "technology"],
    ["Потрібна інтеграція з нашою платформою.", "technology"],
    ["Мы технологический партнёр.", "technology"],
  ])("%s -> %s", (text, want) => expect(detectMotion(text)).toBe(want));
});

describe("Ukrainian and Russian consent cues", () => {
  it.each([
    ["Можете ей позвонить после обеда.", true],
    ["Можете связаться с ним напрямую.", true],
    ["Можете їй зателефонувати завтра.", true],
    ["Ждёт вашего звонка.", true],
    ["Чекає на ваш дзвінок.", true],
    ["Клиентка дала согласие.", true],
    ["Директор дав згоду.", true],
    ["Он не против звонка.", true],
    ["Згоден, щоб йому зателефонували.", true],
    ["Пожалуйста, не звоните ему до пятницы.", false],
    ["Будь ласка, не телефонуйте їй.", false],
    ["Я ещё не спрашивал его.", false],
    ["Ми ще не питали клієнта.", false],
    ["Дождитесь моего подтверждения.", false],
    ["Зачекайте на моє підтвердження.", false],
    ["Контакт только через нас.", false],
    ["Он ещё не дал согласия.", false],
    ["Вона ще не дала згоди.", false],
    // the partner's own line is no consent of the prospect's
    ["Можете связаться со мной в любое время.", null],
  ])("%s -> %s", (text, want) => expect(detectConsent(text)).toBe(want));

  it.each([
    ["Согласие на контакт: да", true],
    ["Согласие на контакт: нет", false],
    ["Согласие на связь: пока нет", false],
    ["Згода на контакт: так", true],
    ["Згода на контакт: ні", false],
    ["Згода: ще ні", false],
    // a label the tables do not list, answered: the answer decides, not the label's words
    ["Согласие клиента на звонок: нет", false],
    ["Згода клієнта на дзвінок: ні", false],
    // the label's own words are no agreement: an answer that is none says nothing
    ["Согласие на контакт: уточню завтра", null],
  ])("label %s -> %s", (text, want) => expect(detectConsent(text)).toBe(want));
});

describe("a sentence that ends in a colon is no consent label", () => {
  it.each([
    ["Директор согласился, чтобы я передал вам его контакт:\nivan@example.com", true],
    ["Вона погодилася передати вам свій контакт:\n+380 44 000 00 00", true],
    ["Клиентът се съгласи да ви дам контакта му:\nivan@example.com", true],
  ])("%s -> %s", (text, want) => expect(detectConsent(text)).toBe(want));
});
