// The legal forms of Japanese, Korean and Chinese firms (lang/legal-forms.ts, caselessLegalForms):
// a name in a caseless script has no capital to tell it, its legal form does. Names and firms are
// made up for these tests.
import { describe, expect, it } from "vitest";
import { caselessLegalForms, CASELESS_LEGAL_RE } from "../../../services/parser/lang/legal-forms.ts";
import { organizationFromSignature } from "../../../services/parser/extract/organization.ts";
import { tidyCompanyName } from "../../../services/parser/normalise/shape.ts";
import { parseMessage } from "../../../services/parser/parse-message.ts";

describe("caseless legal forms", () => {
  it.each(Object.entries(caselessLegalForms).flatMap(([lang, forms]) => forms.map((f) => [lang, f] as const)))(
    "%s: %s before or after a name",
    (_lang, form) => {
      expect(CASELESS_LEGAL_RE.test(`みどり工房${form}`)).toBe(true);
      expect(CASELESS_LEGAL_RE.test(`${form}みどり工房`)).toBe(true);
      // a form alone is no name (unless it ends with a shorter form: "股份" + "有限公司")
      const endsWithOther = Object.values(caselessLegalForms)
        .flat()
        .some((o) => o !== form && form.endsWith(o));
      if (!endsWithOther) expect(CASELESS_LEGAL_RE.test(form)).toBe(false);
    },
  );

  it("a form written apart from the name with a blank", () => {
    expect(CASELESS_LEGAL_RE.test("주식회사 누리소프트")).toBe(true);
    expect(CASELESS_LEGAL_RE.test("営業部 山田 花子")).toBe(false);
  });
});

describe("a partner's firm in a caseless script", () => {
  const sig = (s: string, person: string, domain: string) =>
    organizationFromSignature(s, { domain, personName: person });
  it("is the signature's line with a legal form", () => {
    expect(sig("みどり工房株式会社\n営業部 山田 花子\nTEL 00-0000-0000", "山田 花子", "midori-kobo.example")).toBe(
      "みどり工房株式会社",
    );
    expect(sig("컨설턴트 | 누리소프트(주)\n서울", "이하나", "nurisoft.example")).toBe("누리소프트(주)");
  });

  it("the firm with its department or title after a blank on the same line: the firm alone", () => {
    expect(sig("山田 花子\nみどり工房株式会社 営業部\nTEL 00-0000-0000", "山田 花子", "midori-kobo.example")).toBe(
      "みどり工房株式会社",
    );
    expect(sig("山田 花子\nみどり工房株式会社\u3000営業部", "山田 花子", "midori-kobo.example")).toBe(
      "みどり工房株式会社",
    );
    expect(sig("이하나 드림\n(주)누리소프트 영업본부 과장\n00-000-0000", "이하나", "nurisoft.example")).toBe(
      "(주)누리소프트",
    );
    // a form apart from the name is the name's own first word
    expect(sig("이하나\n주식회사 누리소프트", "이하나", "nurisoft.example")).toBe("주식회사 누리소프트");
  });

  it("an Arabic firm opened by its word for company, on the line under the title", () => {
    expect(sig("سالم الحربي\nمدير المبيعات\nشركة الواحة الزرقاء للتقنية", "سالم الحربي", "blueoasis.example")).toBe(
      "شركة الواحة الزرقاء للتقنية",
    );
  });

  it("written in both scripts on two lines: the Latin one under it", () => {
    expect(
      sig(
        "سالم الحربي\nمدير المبيعات\nشركة الواحة الزرقاء للتقنية\nBlue Oasis Technology Co.",
        "سالم الحربي",
        "bot.example",
      ),
    ).toBe("Blue Oasis Technology Co.");
  });

  it("written in both scripts: the Latin one, a title before it left out", () => {
    expect(sig("みどり工房株式会社 (Midori Kobo K.K.)", "山田 花子", "midori-kobo.example")).toBe("Midori Kobo K.K.");
    expect(sig("Manager, Nuri Soft Co., Ltd. (주식회사 누리소프트)", "Lee Hana", "nurisoft.example")).toBe(
      "Nuri Soft Co., Ltd.",
    );
  });

  it("keeps the bracketed short form, part of the name", () => {
    expect(tidyCompanyName("누리소프트(주)")).toBe("누리소프트(주)");
    expect(tidyCompanyName("みどり工房(株)")).toBe("みどり工房(株)");
    expect(tidyCompanyName("Nuri Soft (Seoul)")).toBe("Nuri Soft");
  });

  const mail = (body: string) =>
    Buffer.from(
      `From: Hanako Yamada <h.yamada@midori-kobo.example>\r\nTo: partners@vendor.example\r\nSubject: Lead\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body.replace(/\n/g, "\r\n")}\r\n`,
    );
  const partnerOf = async (body: string) =>
    (await parseMessage(mail(body), { vendorDomains: ["vendor.example"] })).output.partner.organization;

  it("on the line above a signature of the name alone", async () => {
    expect(await partnerOf("ご確認をお願いいたします。\n\nみどり工房株式会社\n山田 花子")).toBe("みどり工房株式会社");
  });

  it("in a block closed by a rule line", async () => {
    expect(
      await partnerOf(
        "ご確認をお願いいたします。\n\n------\nみどり工房株式会社\n営業部\n山田 花子\n〒100-0000 東京都\nTEL 00-0000-0000\nMail h.yamada@midori-kobo.example\n------",
      ),
    ).toBe("みどり工房株式会社");
  });
});
