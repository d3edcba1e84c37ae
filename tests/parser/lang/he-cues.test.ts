// Hebrew cue entries (services/parser/lang/he.ts), each in a sentence invented for this test: the
// stage, the motion and the consent it must read, with and without the prefixes Hebrew joins to a
// word (ו, ה, ב, ל, ש), and for the risky ones what it must leave alone (negated, conditional, past).
import { describe, expect, it } from "vitest";
import { detectStage } from "../../../services/parser/normalise/stage.ts";
import { detectConsent } from "../../../services/parser/normalise/consent.ts";
import { detectMotion } from "../../../services/parser/normalise/motion.ts";

describe("Hebrew stage cues", () => {
  it.each([
    ["הם ביקשו הצעת מחיר לשלושים משתמשים.", "evaluation"],
    ["וההצעות מחיר נמצאות אצל הרכש.", "evaluation"],
    ["שלחנו להם את ההצעה ביום ראשון.", "evaluation"],
    ["הגשנו הצעה לוועדה.", "evaluation"],
    ["הפיילוט רץ בשני סניפים.", "evaluation"],
    ["הם בתקופת ניסיון של חודש.", "evaluation"],
    ["קיבלו גרסת ניסיון לשבועיים.", "evaluation"],
    ["הצוות שלהם מתנסים במערכת.", "evaluation"],
    ["הם בודקים כרגע את הפלטפורמה שלכם.", "evaluation"],
    ["העירייה פרסמה מכרז.", "evaluation"],
    ["זה בהשוואת הצעות מול שני ספקים.", "evaluation"],
    ["הם משווים בין שלוש מערכות.", "evaluation"],
    ["הלקוח בודק הצעות משלושה ספקים.", "evaluation"],
    ["התקציב אושר בדירקטוריון.", "evaluation"],
    ["אישרו את התקציב לשנה הבאה.", "evaluation"],
    ["אנחנו במשא ומתן על המחיר.", "evaluation"],
    ['המו"מ מתקדם יפה.', "evaluation"],
    ["הם בשלב הבדיקה.", "evaluation"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    ['קבענו פגישה עם המנכ"ל.', "discovery_scheduled"],
    ["תיאמנו שיחת היכרות עם מנהלת התפעול.", "discovery_scheduled"],
    ["נקבעה פגישה במשרדים שלהם.", "discovery_scheduled"],
    ["קבעתי איתם את הדמו.", "discovery_scheduled"],
    ["הפגישה נקבעה לשבוע הבא.", "discovery_scheduled"],
    ["ההדגמה מתוכננת לצוות ההנהלה.", "discovery_scheduled"],
    ["השיחה מתוזמנת עם מנהל המחסן.", "discovery_scheduled"],
    ["המצגת תואמה עם הצוות.", "discovery_scheduled"],
    ["הביקור אושר על ידי המנהלת.", "discovery_scheduled"],
    ["יש לנו פגישה ביום שלישי.", "discovery_scheduled"],
    ["ושיחת זום מחר בעשר.", "discovery_scheduled"],
    ["דמו ביום ה' בצהריים.", "discovery_scheduled"],
    ["הפגישה ב-15 במרץ.", "discovery_scheduled"],
    ["פגישה ב-3 ביוני במשרד.", "discovery_scheduled"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    ["שלב: היכרות ראשונית בלבד.", "new_intro"],
    ["זה רק היכרות ראשונה.", "new_intro"],
    ["הייתה שיחה ראשונית בטלפון.", "new_intro"],
    ["יש קשר ראשוני עם הבעלים.", "new_intro"],
    ["אנחנו בשלב מוקדם מאוד.", "new_intro"],
    ["עוד לא קבענו כלום.", "new_intro"],
    ["טרם נקבעה פגישה.", "new_intro"],
    ["אין עדיין פגישה.", "new_intro"],
    ["הם שוקלים להחליף את המערכת הנוכחית.", "new_intro"],
    ["הכרנו אותם בכנס בתל אביב.", "new_intro"],
    ["הפגישה לא נקבעה.", "new_intro"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    // registering a new lead says nothing of the stage
    ["אני רוצה לרשום ליד חדש.", "new_intro"],
    // a negation in the sentence before does not reach the next one
    ["לא שלחנו כלום. הפגישה נקבעה.", "new_intro"],
    // negated, conditional, a meeting that is over
    ["לא ביקשו הצעת מחיר.", "evaluation"],
    ["אין מכרז.", "evaluation"],
    ["אם הדמו יצליח הם ירצו פיילוט.", "evaluation"],
    ["במידה והתקציב אושר נתקדם.", "evaluation"],
    ["במידה רבה הם מרוצים, אבל אין פיילוט.", "evaluation"],
    ["תודה על הפגישה ביום שני.", "discovery_scheduled"],
    ["אחרי שהפיילוט יסתיים נדבר על תקציב.", "evaluation"],
    // a word that holds a cue's letters is no cue
    ["הם שלחו לנו שאלון מכרזי.", "evaluation"],
  ])("not: %s -> not %s", (text, never) => expect(detectStage(text)).not.toBe(never));
});

describe("Hebrew motion cues", () => {
  it.each([
    ["אנחנו מפיץ מורשה בישראל.", "resale"],
    ["החברה היא המשווק הרשמי של המוצר.", "resale"],
    ["אנחנו ריסלר ותיק.", "resale"],
    ["אנחנו מפיצים את המוצר בצפון.", "resale"],
    ["אנחנו המשווק של המוצר בארץ.", "resale"],
    ["נטפל בלקוח (משווק).", "resale"],
    ["אנחנו נמכור ונטמיע.", "resale"],
    ["זו מכירה חוזרת דרך החברה.", "resale"],
    ["החשבונית תהיה דרכנו.", "resale"],
    ["הם יקנו את הרישיונות דרכנו.", "resale"],
    ["נרכוש את הרישיונות ונעביר ללקוח.", "resale"],
    ["אנחנו רק מפנים את הלקוח.", "referral"],
    ["נבקש עמלת הפניה רגילה.", "referral"],
    ["אתם תמכרו להם ישירות.", "referral"],
    ["אנחנו שותף הפניות שלכם.", "referral"],
    ["מדובר בהפניה בלבד.", "referral"],
    ["אנחנו לא מעורבים בהמשך.", "referral"],
    ["אנחנו נבצע את ההטמעה וההדרכה.", "services"],
    ["ניקח על עצמנו את ההתקנה.", "services"],
    ["אנו אחראים על התמיכה.", "services"],
    ["אנחנו אינטגרטור בצפון.", "services"],
    ["אנחנו נותנים שירותי הטמעה.", "services"],
    ["התקנת הציוד על ידינו.", "services"],
    ["הטמעה מלאה על-ידינו.", "services"],
    ["נדרשת אינטגרציה עם המערכת שלנו.", "technology"],
    ["אנחנו שותף טכנולוגי שלכם.", "technology"],
  ])("%s -> %s", (text, want) => expect(detectMotion(text)).toBe(want));

  it.each([
    ["אנחנו לא מפיץ מורשה.", "resale"],
    ["לא נבצע את ההטמעה.", "services"],
    ["הלקוח משווק מוצרי מזון.", "resale"],
    ["לא נמכור את זה בעצמנו.", "resale"],
  ])("not: %s -> not %s", (text, never) => expect(detectMotion(text)).not.toBe(never));

  it("the weak service words decide only a label's value", () => {
    expect(detectMotion("הם צריכים תמיכה טכנית.")).toBeNull();
    expect(detectMotion("הטמעה", { labelled: true })).toBe("services");
    expect(detectMotion("הדרכה", { labelled: true })).toBe("services");
    expect(detectMotion("תמיכה טכנית", { labelled: true })).toBe("services");
  });
});

describe("Hebrew consent cues", () => {
  it.each([
    ["אפשר לפנות אליו ישירות.", true],
    ["ניתן ליצור איתה קשר בטלפון.", true],
    ["אתם מוזמנים להתקשר אליה.", true],
    ["הלקוח מחכה לשיחה שלכם.", true],
    ["היא מצפה לפנייה מכם.", true],
    ["הוא נתן את הסכמתו.", true],
    ["הלקוח הסכים שניצור איתו קשר.", true],
    ["היא מסכימה ליצירת קשר ישיר.", true],
    ["מיכל אישרה שתיצרו איתה קשר.", true],
    ["הסכמה ליצירת קשר: כן", true],
    ["הסכמת הלקוח: כן", true],
    ["אל תיצרו קשר לפני שאני מעדכן.", false],
    ["נא לא לפנות אליו השבוע.", false],
    ["עדיין לא הסכים.", false],
    ["טרם שאלנו אותו.", false],
    ["הוא לא נתן הסכמה.", false],
    ["חכו לאישור שלי.", false],
    ["הקשר רק דרכנו בשלב זה.", false],
    ["הסכמה ליצירת קשר: לא", false],
    ["אישור ליצירת קשר: עדיין לא", false],
    ["אי אפשר לפנות אליו כרגע.", null],
  ])("%s -> %s", (text, want) => expect(detectConsent(text)).toBe(want));

  it.each([
    // conditional, another sentence, asked about something else
    ["אם הוא יסכים ליצור קשר נעדכן.", true],
    ["הוא הסכים למחיר. איש קשר: דנה.", true],
    ["טרם שאלנו אותו לגבי התקציב.", false],
  ])("not: %s -> not %s", (text, never) => expect(detectConsent(text)).not.toBe(never));
});
