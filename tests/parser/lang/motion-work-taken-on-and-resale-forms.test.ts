// Motion cues written in forms the tables lacked (services/parser/lang/*): the partner taking on the
// rollout with no "we" before the verb (Ukrainian, Russian), only referring (Chinese "轉介", Arabic
// "نحيل إليكم", the follow-up left to the vendor), and reselling as Dutch, Turkish and Hebrew say it
// (the particle after a pronoun, a dealer's sale, selling the licences on). Each sentence is written
// for this test (invented names), with a look-alike each risky entry must leave alone.
import { describe, expect, it } from "vitest";
import { detectMotion } from "../../../services/parser/normalise/motion.ts";

describe("the rollout taken on, the work named first (Ukrainian, Russian)", () => {
  it.each([
    ["Налаштування та навчання персоналу — наші.", "services"],
    ["Обучение кассиров и поддержку берем на себя.", "services"],
    ["Міграцію даних і налаштування виконує наша команда.", "services"],
    ["Поддержку пользователей предоставим мы.", "services"],
    ["Ми як інтегратор супроводжуємо впровадження у двох філіях.", "services"],
    ["Після підписання налаштуємо систему для складу.", "services"],
  ])("%s → %s", (text, want) => expect(detectMotion(text)).toBe(want));
  it.each([
    // the prospect's own support team, and a setting nobody takes on
    ["Підтримку клієнтів зараз веде їхня власна команда.", null],
    ["Настройка принтеров — их головная боль.", null],
  ])("%s → %s", (text, want) => expect(detectMotion(text)).toBe(want));
});

describe("only referring (Chinese, Arabic)", () => {
  it.each([
    ["本公司只做轉介，價格請直接報給客戶。", "referral"],
    ["我们仅转介这位客户。", "referral"],
    ["介紹完之後我們不參與銷售。", "referral"],
    ["之後由貴司直接洽談合約。", "referral"],
    ["نحيل إليكم مكتباً هندسياً صغيراً في جدة.", "referral"],
    ["أسجل الفرصة كإحالة فقط.", "referral"],
    ["بعد الاجتماع الأول سنترك لكم المتابعة.", "referral"],
    ["نعرّفكم بصاحب المطبعة ولن نكون طرفا في الصفقة بعد ذلك.", "referral"],
  ])("%s → %s", (text, want) => expect(detectMotion(text)).toBe(want));
  it.each([
    // the prospect was passed between its own branches; the vendor called about consent only
    ["客戶內部轉介到採購部門。", null],
    ["صاحب المشغل يرحب بأن تتواصلوا معه مباشرة.", null],
    ["نترك لكم القرار في موعد الاجتماع.", null],
  ])("%s → %s", (text, want) => expect(detectMotion(text)).toBe(want));
});

describe("reselling as Dutch, Turkish and Hebrew write it", () => {
  it.each([
    ["Wij kopen het pakket in en verkopen het door aan de winkel.", "resale"],
    ["Model: bayi satışı", "resale"],
    ["Aboneliği biz alıp faturalandıracağız.", "resale"],
    ["אנחנו קונים ומוכרים מחדש ללקוח.", "resale"],
    ["אנחנו מוכרים את הרישיונות ללקוח.", "resale"],
  ])("%s → %s", (text, want) => expect(detectMotion(text)).toBe(want));
  it.each([
    // "door" as "throughout", the prospect's own dealers, the prospect selling its own goods
    ["De bakker verkoopt het door heel de provincie.", null],
    ["Bayi ağları var ama satış yapmıyorlar.", null],
    ["הלקוח מוכר ציוד צילום בשלוש חנויות.", null],
  ])("%s → %s", (text, want) => expect(detectMotion(text)).toBe(want));
});
