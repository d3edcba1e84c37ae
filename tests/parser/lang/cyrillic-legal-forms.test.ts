// The legal forms of Cyrillic-script firms (lang/legal-forms.ts, cyrillicLegalForms), written before
// the name (Russian, Ukrainian, Kazakh) or after it (Bulgarian). Names and firms are made up.
import { describe, expect, it } from "vitest";
import { cyrillicLegalForms, CYRILLIC_LEGAL_RE } from "../../../services/parser/lang/legal-forms.ts";
import { organizationFromSignature } from "../../../services/parser/extract/organization.ts";

const EXAMPLES: Record<string, { before: string[]; after: string[] }> = {
  ru: { before: ["ООО Ромашка Плюс", "ЗАО «Ромашка»", "ПАО Ромашка", "ОАО «Ромашка»", "АО «Ромашка»"], after: [] },
  uk: { before: ["ТОВ «Барвінок»", "ПрАТ Барвінок", "ПАТ «Барвінок»"], after: [] },
  kz: { before: ["ТОО «Жусан Софт»"], after: [] },
  bg: { before: [], after: ["Зарница ЕООД", "Зарница Софт ООД", "Зарница ЕАД", "Зарница АД"] },
};

describe("Cyrillic legal forms", () => {
  it("every entry has an example that opens or closes a name with it", () => {
    for (const [lang, forms] of Object.entries(cyrillicLegalForms)) {
      for (const side of ["before", "after"] as const) {
        expect(EXAMPLES[lang]![side].length, `${lang} ${side}`).toBe(forms[side].length);
        forms[side].forEach((f, k) => {
          const ex = EXAMPLES[lang]![side][k]!;
          expect(side === "before" ? ex.startsWith(`${f} `) : ex.endsWith(` ${f}`), `${lang} ${f}`).toBe(true);
          expect(CYRILLIC_LEGAL_RE.test(ex), ex).toBe(true);
          // the form alone, or inside a sentence, is no name
          expect(CYRILLIC_LEGAL_RE.test(f), f).toBe(false);
        });
      }
    }
  });

  it("a form word inside a longer word or a sentence is none", () => {
    expect(CYRILLIC_LEGAL_RE.test("АОрта")).toBe(false);
    expect(CYRILLIC_LEGAL_RE.test("ТОВ та інші партнери")).toBe(false);
    expect(CYRILLIC_LEGAL_RE.test("Менеджер з продажу")).toBe(false);
  });
});

describe("a partner's firm with a Cyrillic legal form in the signature", () => {
  const sig = (s: string, person: string, domain: string) =>
    organizationFromSignature(s, { domain, personName: person });
  it("on its own line under the title", () => {
    expect(sig("Ірина Мельник\nменеджерка з продажу\nТОВ «Барвінок Софт»", "Ірина Мельник", "barvinok.example")).toBe(
      "ТОВ «Барвінок Софт»",
    );
  });
  it("after the title and a comma", () => {
    expect(sig("Петър Илиев\nУправител, Зарница Софт ЕООД\n+359 2 000 0000", "Петър Илиев", "zarnica.example")).toBe(
      "Зарница Софт ЕООД",
    );
  });
});

describe("a partner's firm opened by its legal kind (lang/legal-forms.ts formsBefore)", () => {
  const sig = (s: string, person: string, domain: string) =>
    organizationFromSignature(s, { domain, personName: person });
  it("a long Vietnamese name on its own line or after the title", () => {
    expect(
      sig("Lê Thị Hoa\nTrưởng phòng\nCông ty TNHH Dịch vụ Phần mềm Hoa Sen Xanh", "Lê Thị Hoa", "hoasen.example"),
    ).toBe("Công ty TNHH Dịch vụ Phần mềm Hoa Sen Xanh");
    expect(sig("Lê Thị Hoa\nTrưởng phòng | Công ty CP Kỹ thuật Bình Minh", "Lê Thị Hoa", "binhminh.example")).toBe(
      "Công ty CP Kỹ thuật Bình Minh",
    );
  });
});
