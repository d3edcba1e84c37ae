// The partner's firm in a signature written in a script without Latin letters: no firm word of
// ours tells it, its place in the signer's block does ("Name / Title / Firm", "Title | Firm",
// "Name / Firm" alone); a title, a town or a phone there is no firm. And a Latin line of a title,
// the firm and its town parted by commas gives the firm alone. Invented people and firms.
import { describe, expect, it } from "vitest";
import { organizationFromSignature } from "../../services/parser/extract/organization.ts";

const firmOf = (signature: string, personName: string, domain: string | null = null) =>
  organizationFromSignature(signature, { domain, personName });

describe("a firm in another script, told by its place in the signature", () => {
  it("takes the line under a title line", () => {
    expect(firmOf("سليم الوراق\nمدير المبيعات\nنسيم الأفق للبرمجيات\nهاتف: 011 000 4455", "سليم الوراق")).toBe(
      "نسيم الأفق للبرمجيات",
    );
    expect(firmOf("林晓川\n商务总监\n青桐数据工作室\n电话:010-0000 1122", "林晓川")).toBe("青桐数据工作室");
  });

  it("takes the part after a title on its own line", () => {
    expect(firmOf("תמר גלבוע\nמנהלת מכירות | כרמלון תוכנה", "תמר גלבוע")).toBe("כרמלון תוכנה");
    expect(firmOf("한지율 | 영업팀장 | 솔바람데이터", "한지율")).toBe("솔바람데이터");
    // a consultant's, a partner's and a field director's titles (lang/roles.ts)
    expect(firmOf("سليم الوراق\nشريك – نسيم الأفق للبرمجيات", "سليم الوراق")).toBe("نسيم الأفق للبرمجيات");
    expect(firmOf("תמר גלבוע\nיועצת בכירה | כרמלון תוכנה", "תמר גלבוע")).toBe("כרמלון תוכנה");
    expect(firmOf("한지율 | 기술이사 | 솔바람데이터", "한지율")).toBe("솔바람데이터");
  });

  it("takes a name's one line below it when that line is no title", () => {
    expect(firmOf("תמר גלבוע\nכרמלון תוכנה", "תמר גלבוע")).toBe("כרמלון תוכנה");
    expect(firmOf("Ζωή Ανεμογιάννη\nΚυματοδομή Ψηφιακή\nΤηλ. 210 000 1234", "Ζωή Ανεμογιάννη")).toBe(
      "Κυματοδομή Ψηφιακή",
    );
  });

  it("takes no title, and no line among several the place does not single out", () => {
    expect(firmOf("תמר גלבוע\nמנהלת מכירות", "תמר גלבוע")).toBeNull();
    expect(firmOf("תמר גלבוע\nכרמלון תוכנה\nחיפה", "תמר גלבוע")).toBeNull();
  });

  it("parts a title from a firm opened by its legal form after a blank", () => {
    expect(firmOf("ปรีชา ใจดี\nผู้จัดการฝ่ายขาย บริษัท ฟ้าใส ดาต้า จำกัด", "ปรีชา ใจดี")).toBe("บริษัท ฟ้าใส ดาต้า จำกัด");
  });

  it("reads a firm opened by a quotation mark", () => {
    expect(firmOf("Борис Тинев\nТърговски директор\n„Зорница Дейта“ ЕООД", "Борис Тинев")).toBe("„Зорница Дейта“ ЕООД");
  });
});

describe("a title, the firm and its town on one line", () => {
  it("gives the firm alone", () => {
    expect(firmOf("Oskar Brindle\nPartner Manager, Tessavolt Data ApS, Ebberup", "Oskar Brindle")).toBe(
      "Tessavolt Data ApS",
    );
  });
});

describe("a firm signed in another script and spelt in Latin letters in the partner's text", () => {
  it("gives the Latin spelling the sender's domain spells", async () => {
    const { parseMessage } = await import("../../services/parser/parse-message.ts");
    const raw = Buffer.from(
      "From: =?utf-8?B?" +
        Buffer.from("سليم الوراق").toString("base64") +
        "?= <salim@nasimsoft.com>\r\nTo: partners@vendor.example\r\nSubject: lead\r\n" +
        "Content-Type: text/plain; charset=utf-8\r\n\r\n" +
        "نود تسجيل الفرصة التالية باسم نسيم سوفت (Nasim Soft).\r\n\r\nمع التحية،\r\nسليم الوراق\r\nمدير المبيعات | نسيم سوفت\r\n",
    );
    const out = (await parseMessage(raw, { vendorDomains: [] })).output;
    expect(out.partner.organization).toBe("Nasim Soft");
  });
});
