// The partner's firm under the signer's name in a script without capitals, where the signer's line
// is found by more than the display name as written: the writer's closing after the name ("… 드림"),
// the name signed in its own script under a Latin display name, and a firm with its title after it
// ("Firm | Title") under the name. Invented people and firms.
import { describe, expect, it } from "vitest";
import { organizationFromSignature } from "../../services/parser/extract/organization.ts";
import { CASELESS_LEGAL_RE } from "../../services/parser/lang/legal-forms.ts";

const firmOf = (signature: string, personName: string, domain: string | null = null) =>
  organizationFromSignature(signature, { domain, personName });

describe("the writer's closing after their own name", () => {
  it("finds the signer's line, and the firm under it", () => {
    expect(firmOf("한서윤 드림\n솔마루데이터 | 파트너 매니저", "한서윤")).toBe("솔마루데이터");
    expect(firmOf("한서윤 올림\n바람결IT", "한서윤")).toBe("바람결IT");
  });

  it("finds no signer's line where someone else signs", () => {
    expect(firmOf("박민재 드림\n바람결데이터", "한서윤")).toBeNull();
  });
});

describe("a name signed in its own script under a Latin display name", () => {
  it("is the signer's line when it opens the signature or its last paragraph", () => {
    expect(firmOf("نور الحداد\nسنديان للبرمجيات", "Nour Haddad")).toBe("سنديان للبرمجيات");
    expect(firmOf("נעמה צור | שותפה\nצוקים מערכות מידע", "Naama Tzur")).toBe("צוקים מערכות מידע");
    expect(firmOf("सौदा अगले हफ्ते तय होगा।\n\nकविता जोशी\nसेल्स हेड, नीलगिरि डेटा प्रा. लि.", "Kavita Joshi")).toBe(
      "नीलगिरि डेटा प्रा. लि.",
    );
  });

  it("is no signer's line when the words do not match the display name's count, or it is a title", () => {
    expect(firmOf("نور الدين الحداد\nسنديان للبرمجيات", "Nour Haddad")).toBeNull();
    expect(firmOf("مدير المبيعات\nسنديان للبرمجيات", "Nour Haddad")).toBeNull();
  });
});

describe("Hindi legal forms (lang/legal-forms.ts)", () => {
  it.each(["नीलगिरि डेटा प्रा. लि.", "नीलगिरि डेटा प्राइवेट लिमिटेड", "सरस्वती बीज लिमिटेड", "गंगा सलाह एलएलपी"])(
    "%s closes a firm's name",
    (name) => {
      expect(CASELESS_LEGAL_RE.test(name)).toBe(true);
    },
  );

  it("a name without one is no firm told by its form", () => {
    expect(CASELESS_LEGAL_RE.test("नीलगिरि डेटा")).toBe(false);
    expect(CASELESS_LEGAL_RE.test("लिमिटेड")).toBe(false);
  });
});
