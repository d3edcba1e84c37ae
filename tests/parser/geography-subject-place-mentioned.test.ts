// The place the subject names, which the text puts the prospect in or from ("placeMention": "у",
// "في", glued "ב", "ที่"), kept as the subject writes it; and a place the prospect's name holds,
// named apart from it. Invented names and places.
import { describe, expect, it } from "vitest";
import { findGeography } from "../../services/parser/extract/prose-fields.ts";

const find = (text: string, subject: string, company: string | null = null) =>
  findGeography(text, company, [], null, [], subject);

describe("geography: the subject's place, which the text says the prospect is in", () => {
  it.each([
    // Ukrainian locative and genitive, Russian locative: the subject's nominative is kept
    ["Лід: Майстерня Зорецвіт (Зарічин)", "Маю лід: майстерня у Зарічині, хочуть онлайн-запис.", "Зарічин"],
    ["лід Зарічин", "Є лід: «Зорецвіт» з Зарічина, власник хоче програму.", "Зарічин"],
    ["Рекомендация: ООО «Светлица» (Колдарск)", "Сеть из трёх магазинов в Колдарске.", "Колдарск"],
    // Arabic "in", Hebrew "in" joined to the place, with or without a hyphen
    ["عميل جديد - القرنفلية", "لدينا عميل محتمل في القرنفلية يبحث عن نظام حجوزات.", "القرنفلية"],
    ["ליד: סטודיו נחלון", "תרשמו בבקשה את הסטודיו בנחלון - יש להם שני סניפים.", "נחלון"],
    ["ליד: סטודיו כפר ורדון", "תרשמו בבקשה את הסטודיו ב-כפר ורדון.", "כפר ורדון"],
    // Thai "at"/"in" joined to the word before and after, which may go on without a blank
    ["ลีดใหม่ ทุ่งมะปราง", "มีร้านซ่อมที่ทุ่งมะปรางสนใจระบบครับ", "ทุ่งมะปราง"],
    ["ลูกค้าใหม่ ทุ่งมะปราง", "ทำแม่บ้านให้วิลล่าในทุ่งมะปราง ~40 แห่ง", "ทุ่งมะปราง"],
  ])("%s / %s -> %s", (subject, text, want) => expect(find(text, subject)).toBe(want));

  it("reads the place the prospect's name holds where the text names it apart", () => {
    expect(
      find(
        "نقترح عليكم نادي القرنفلية للتنس في القرنفلية.",
        "فرصة جديدة – نادي القرنفلية للتنس",
        "نادي القرنفلية للتنس",
      ),
    ).toBe("القرنفلية");
  });

  it.each([
    // the registering phrase's own words ("in registering a deal")
    ["تسجيل صفقة - مركز الندى", "نأمل في تسجيل صفقة توريد جديدة."],
    // the word goes on: another word that begins so
    ["عميل جديد - القرنفل", "نحن نعمل في القرنفلية منذ سنوات."],
    // "ב" inside a word is no "in"
    ["ליד: סטודיו נחלון", "אבנחלון הם עובדים עם אקסל."],
    // a lower-case word is no place in a script with capitals, nor a word in Latin script
    ["Лід: Acme Zorya", "Домовилися з лідом про дзвінок у Zorya."],
    // the prospect's own name, inflected
    ["Лід: Зорецвіт", "Ми працюємо з Зорецвітом давно."],
    // a place named in the text only
    ["ลีดใหม่ ร้านซ่อม", "มีร้านซ่อมที่ทุ่งมะปรางสนใจระบบครับ"],
  ])("%s / %s -> null", (subject, text) =>
    expect(find(text, subject, subject.endsWith("Зорецвіт") ? "Зорецвіт" : null)).toBeNull(),
  );
});

describe("geography: a Korean place before its particle, apart from the prospect's name that holds it", () => {
  it("reads the place before the particle", () =>
    expect(findGeography("가온에 있는 도어락 업체를 소개해 드립니다.", "가온도어센터")).toBe("가온"));
  it("not the prospect's name before the particle", () =>
    expect(findGeography("가온도어센터에 있는 직원을 소개해 드립니다.", "가온도어센터")).toBeNull());
});

describe("geography: the subject's place standing apart in a script without blanks between words", () => {
  it.each([
    // the place after the shop's name, parted by blanks, before the contact or the owner (contactAfterPlace), or in brackets
    ["ร้านขนมปังป้าแดง ลำปาง ติดต่อคุณแดง 081-555-0100", "ลีดใหม่ ลำปาง", "ลำปาง"],
    ["ร้านขนมปังป้าแดง ลำปาง ผู้ติดต่อคือคุณแดง", "ลีดใหม่ ลำปาง", "ลำปาง"],
    ["ร้านขนมปังป้าแดง ลำปาง เจ้าของคือคุณแดง", "ลีดใหม่ ลำปาง", "ลำปาง"],
    ["ขอแนะนำ สวนทุเรียนลุงเฉลิม (ระยอง) คุณเฉลิม", "ลูกค้าใหม่ ระยอง", "ระยอง"],
  ])("%s", (text, subject, place) => {
    expect(find(text, subject)).toBe(place);
  });

  it("not where the subject's word is joined to other letters, opens a line or a value, goes on, or names a business", () => {
    // "ลำปาง" is part of a longer run of letters, no phrase of its own
    expect(find("ร้านขนมปังลำปางเบเกอรี่ ติดต่อคุณแดง", "ลีดใหม่ ลำปาง")).toBeNull();
    // opening a label's value, or going on with more of the name
    expect(find("ลูกค้า: ลำปาง เบเกอรี่ ติดต่อคุณแดง", "ลีดใหม่ ลำปาง")).toBeNull();
    expect(find("ร้านขนม ลำปาง เบเกอรี่ ติดต่อคุณแดง", "ลีดใหม่ ลำปาง")).toBeNull();
    // a shop's name in the subject (businessNounGlued), standing alone in the text
    expect(find("มีลูกค้าใหม่ครับ ร้านขนมปังป้าแดง ติดต่อคุณแดง", "ลูกค้าใหม่ ร้านขนมปังป้าแดง")).toBeNull();
  });
});

describe("geography: a subject's word opened by a business noun is a name (businessNounGlued)", () => {
  it.each(["ร้าน", "ฟาร์ม", "ไร่", "สนาม", "คลินิก", "โรงแรม", "รีสอร์ท", "บริษัท", "สตูดิโอ"])("%s…", (noun) => {
    const name = `${noun}ทองคำ`;
    expect(find(`มีลูกค้าใหม่ครับ ขอแนะนำ ${name} ติดต่อคุณทอง`, `ลูกค้าใหม่ ${name}`)).toBeNull();
    // the same word without the noun, standing so, is a place
    expect(find("มีลูกค้าใหม่ครับ ขอแนะนำ ทองคำ ติดต่อคุณทอง", "ลูกค้าใหม่ ทองคำ")).toBe("ทองคำ");
  });
});

describe("geography: a Thai province joined to its region noun (regionWordGlued)", () => {
  it.each([
    ["โรงสีข้าวลุงทอง จ.พิจิตร ติดต่อคุณทอง", "จ.พิจิตร"],
    ["กลุ่มผู้ปลูกกาแฟที่จังหวัดน่าน ประมาณ 30 ราย", "จังหวัดน่าน"],
  ])("%s", (text, place) => {
    expect(findGeography(text, null)).toBe(place);
  });

  it("not the short form of Monday before a date", () => {
    expect(findGeography("นัดคุยกัน จ. 12 ม.ค. ครับ", null)).toBeNull();
  });
});
