// The identity fields of mails written in Arabic, Hebrew, Chinese and Thai: the form's label words
// (lang/ar.ts, he.ts, zh.ts, th.ts), names after and before forms of address, titles (lang/roles.ts),
// legal forms (lang/legal-forms.ts). Names, firms and sentences are made up for these tests.
import { describe, expect, it } from "vitest";
import { ROLE_WORDS } from "../../services/parser/lang/roles.ts";
import * as NAMES from "../../services/parser/lang/person-names.ts";
import { looksLikeRole } from "../../services/parser/extract/people.ts";
import { organizationFromSignature } from "../../services/parser/extract/organization.ts";
import { cleanPersonName, isCaselessName, splitTitleAfter } from "../../services/parser/normalise/person.ts";
import { isCompletePersonName } from "../../services/parser/normalise/shape.ts";
import { CASELESS_LEGAL_RE } from "../../services/parser/lang/legal-forms.ts";
import { parseMessage } from "../../services/parser/parse-message.ts";

const opts = { vendorDomains: ["vendor.example"] };
const mail = (from: string, subject: string, body: string) =>
  Buffer.from(
    `From: ${from}\r\nTo: partners@vendor.example\r\nSubject: ${subject}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body.replace(/\n/g, "\r\n")}\r\n`,
  );
const parse = async (from: string, subject: string, body: string) => {
  const out = (await parseMessage(mail(from, subject, body), opts)).output;
  return { out, reg: out.registration };
};

describe("titles that open a Thai compound (lang/roles.ts, starts)", () => {
  const starts = Object.entries(ROLE_WORDS).flatMap(([lang, t]) => (t.starts ?? []).map((s) => ({ lang, s })));
  it.each(starts)("$lang '$s' makes a title, alone and opening a compound", ({ s }) => {
    expect(looksLikeRole(s)).toBe(true);
    expect(looksLikeRole(`${s}ฝ่ายบัญชี`)).toBe(true);
  });
  it("a title word inside another word is none", () => {
    // "ผู้ติดต่อ" is the contact person, no title
    expect(looksLikeRole("ผู้ติดต่อ")).toBe(false);
  });
});

describe("Arabic and Hebrew titles", () => {
  it.each([
    ["مدير المشتريات", true],
    ["مديرة الموارد البشرية", true],
    ["رئيس قسم الصيانة", true],
    ["מנהלת כספים", true],
    ['סמנכ"ל שיווק', true],
    ["ראש צוות לוגיסטיקה", true],
    ["ياسمين قباني", false],
    ["תמר אורן", false],
  ])("%s is a title: %s", (s, yes) => {
    expect(looksLikeRole(s)).toBe(yes);
  });
});

describe("Arabic and Hebrew forms of address, Thai Khun joined to the name", () => {
  it.each(NAMES.before.he!.map((e) => [e]))("Hebrew %s is no part of the name", (e) => {
    expect(cleanPersonName(`${e} נעמה גולדברג`)).toBe("נעמה גולדברג");
  });
  it("Arabic titles in full", () => {
    expect(cleanPersonName("السيدة ريم الخطيب")).toBe("ريم الخطيب");
    expect(cleanPersonName("المهندس طارق جابر")).toBe("طارق جابر");
  });
  it.each(Object.entries(NAMES.beforeJoined).flatMap(([lang, e]) => e.map((x) => [lang, x])))(
    "%s joined form %s is no part of the name",
    () => {
      expect(cleanPersonName("คุณปริญญา ธาราวดี")).toBe("ปริญญา ธาราวดี");
      // a given name that starts with the same letters ("คุณากร") keeps them
      expect(cleanPersonName("คุณากร ทองคำ")).toBe("คุณากร ทองคำ");
    },
  );
});

describe("names in scripts without capitals", () => {
  it("a Thai given name and family name", () => {
    expect(isCaselessName("ปริญญา ธาราวดี")).toBe(true);
    expect(isCompletePersonName("ปริญญา ธาราวดี")).toBe(true);
    // a title or a firm is no name
    expect(isCaselessName("ผู้จัดการ ฝ่ายขาย")).toBe(false);
    expect(isCaselessName("บริษัท ทองคำ")).toBe(false);
  });
  it("a Hebrew or Arabic double family name joined by a hyphen", () => {
    expect(isCompletePersonName("מיכל שרון-אלון")).toBe(true);
    expect(isCompletePersonName("ليلى حداد-سعيد")).toBe(true);
  });
  it("the title after a name, in brackets or not", () => {
    expect(splitTitleAfter("周雯 (财务经理)")).toEqual({ name: "周雯", title: "财务经理" });
    expect(splitTitleAfter("คุณปริญญา ธาราวดี ผู้จัดการฝ่ายบัญชี")).toEqual({
      name: "ปริญญา ธาราวดี",
      title: "ผู้จัดการฝ่ายบัญชี",
    });
  });
});

describe("legal forms of Hebrew, Arabic and Thai firms", () => {
  it.each([
    ['נגרות הכרמל בע"מ', true],
    ["نجارة الواحة ذ.م.م", true],
    ["مصنع الريم ش.م.ع", true],
    ["บริษัท ดาวเรือง จำกัด", true],
    ["บริษัท ดาวเรือง จำกัด (มหาชน)", true],
    ["נעמה גולדברג", false],
    ["ريم الخطيب", false],
  ])("%s has a legal form: %s", (s, yes) => {
    expect(CASELESS_LEGAL_RE.test(s)).toBe(yes);
  });
  it("names the partner's firm in a signature", () => {
    const sig = (s: string, person: string, domain: string) =>
      organizationFromSignature(s, { domain, personName: person });
    expect(sig('נעמה גולדברג\nמנהלת לקוחות, נגרות הכרמל בע"מ\n03-0000000', "נעמה גולדברג", "carmel.example")).toBe(
      'נגרות הכרמל בע"מ',
    );
    expect(sig("ريم الخطيب\nمديرة المبيعات – نجارة الواحة ذ.م.م", "ريم الخطيب", "waha.example")).toBe(
      "نجارة الواحة ذ.م.م",
    );
    expect(sig("周雯\n客户经理｜松岭木业有限公司", "周雯", "songling.example")).toBe("松岭木业有限公司");
  });
});

describe("label forms in Arabic, Hebrew, Chinese and Thai", () => {
  it("Arabic: company, person in charge, position", async () => {
    const { reg } = await parse(
      "Partner <p@reseller.example>",
      "تسجيل فرصة",
      "نود تسجيل الفرصة التالية:\n\nاسم الشركة: مخابز السنبلة ذ.م.م\nالشخص المسؤول: ريم الخطيب – مديرة المشتريات\nالبريد الإلكتروني: reem@sunbula.example\nالحاجة: الطلبات تصل عبر الهاتف وتُسجَّل على الورق\n\nمع التحية،\nسامي",
    );
    expect(reg?.company.name).toBe("مخابز السنبلة ذ.م.م");
    expect(reg?.contact.name).toBe("ريم الخطيب");
    expect(reg?.contact.role).toBe("مديرة المشتريات");
    expect(reg?.context.problem).toContain("الطلبات تصل عبر الهاتف");
  });

  it("Hebrew: company, contact with title after a comma, a double family name", async () => {
    const { reg } = await parse(
      "Partner <p@reseller.example>",
      "רישום הזדמנות",
      'שלום,\n\nשם החברה: נגרות הכרמל בע"מ\nאיש קשר: מיכל שרון-אלון, סמנכ"לית כספים\nדוא"ל: michal@carmel.example\nהצורך: הזמנות העץ מנוהלות בדפים מודפסים\n\nתודה,\nאורן',
    );
    expect(reg?.company.name).toBe('נגרות הכרמל בע"מ');
    expect(reg?.contact.name).toBe("מיכל שרון-אלון");
    expect(reg?.contact.role).toBe('סמנכ"לית כספים');
    expect(reg?.context.problem).toContain("הזמנות העץ");
  });

  it("Chinese: customer name, the title after a full-width comma or in brackets", async () => {
    const a = await parse(
      "Partner <p@reseller.example>",
      "商机报备",
      "您好：\n\n客户名称：松岭木业有限公司\n联系人：周雯，财务经理\n邮箱：zhouwen@songling.example\n需求：订单全靠纸质单据流转\n\n谢谢",
    );
    expect(a.reg?.company.name).toBe("松岭木业有限公司");
    expect(a.reg?.contact.name).toBe("周雯");
    expect(a.reg?.contact.role).toBe("财务经理");
    const b = await parse(
      "Partner <p@reseller.example>",
      "商机报备",
      "您好：\n\n公司名称：松岭木业有限公司\n联系人：周雯（财务经理）\n邮箱：zhouwen@songling.example\n\n谢谢",
    );
    expect(b.reg?.contact.role).toBe("财务经理");
  });

  it("Thai: company, contact with Khun and the title after the name", async () => {
    const { reg } = await parse(
      "Partner <p@reseller.example>",
      "ลงทะเบียนโอกาสการขาย",
      "เรียน ทีมงาน\n\nชื่อบริษัท: บริษัท ดาวเรือง จำกัด\nผู้ติดต่อ: คุณปริญญา ธาราวดี ผู้จัดการฝ่ายบัญชี\nอีเมล: parinya@daoruang.example\nความต้องการ: ใบสั่งซื้อยังเขียนด้วยมือ\n\nขอบคุณครับ",
    );
    expect(reg?.company.name).toBe("บริษัท ดาวเรือง จำกัด");
    expect(reg?.contact.name).toBe("ปริญญา ธาราวดี");
    expect(reg?.contact.role).toBe("ผู้จัดการฝ่ายบัญชี");
    expect(reg?.context.problem).toContain("ใบสั่งซื้อ");
  });
});

describe("a name written in two scripts without brackets", () => {
  it("is no one complete name: left open rather than guessed", () => {
    expect(isCompletePersonName("周雯 Ms. Zhou Wen")).toBe(false);
    expect(isCompletePersonName("周雯")).toBe(true);
  });
});

describe("a contact label writing the name in two scripts without brackets", () => {
  it("keeps the name as written first, in its own script", async () => {
    const { reg } = await parse(
      "Partner <p@reseller.example>",
      "商機登記",
      "您好：\n\n公司名稱：松岭木業有限公司\n聯絡人：周雯 Ms. Zhou Wen，財務經理\n電郵：zhouwen@songling.example\n\n謝謝",
    );
    expect(reg?.contact.name).toBe("周雯");
    expect(reg?.contact.role).toBe("財務經理");
  });
});

describe("a company label in two scripts", () => {
  // writers disagree on which side to label (held-out 24, 29, 42, 49, 78, 84): the side written
  // first, unless the mail glosses its other names in Latin too (extract/two-scripts.ts)
  it("keeps the side written first when the mail glosses no other name", async () => {
    const { reg } = await parse(
      "Partner <p@reseller.example>",
      "Deal registration: Songling Timber",
      "Hello,\n\n公司：松岭木業有限公司 (Songling Timber Co., Ltd.)\n聯絡人：周雯\n電郵：zhouwen@songling.example\n\nThanks",
    );
    expect(reg?.company.name).toBe("松岭木業有限公司");
  });
  it("keeps the Latin side, even where the subject writes the other, when the contact and the partner are glossed", async () => {
    const { reg } = await parse(
      "陳大文 <p@reseller.example>",
      "Deal registration: 松岭木業有限公司",
      "Hello,\n\n公司：松岭木業有限公司 (Songling Timber Co., Ltd.)\n聯絡人：周雯 (Zhou Wen)\n電郵：zhouwen@songling.example\n\nThanks\n陳大文 (Chan Tai-man)",
    );
    expect(reg?.company.name).toBe("Songling Timber Co., Ltd.");
  });
  it("keeps the side written first when only the contact's name is glossed, the partner's own not", async () => {
    const { reg } = await parse(
      "陳大文 <p@reseller.example>",
      "Deal registration: 松岭木業有限公司",
      "Hello,\n\n公司：松岭木業有限公司 (Songling Timber Co., Ltd.)\n聯絡人：周雯 (Zhou Wen)\n電郵：zhouwen@songling.example\n\nThanks\n陳大文",
    );
    expect(reg?.company.name).toBe("松岭木業有限公司");
  });
});
