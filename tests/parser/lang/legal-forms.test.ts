// The legal-form table (services/parser/lang/legal-forms.ts): every form, written after an invented
// name, closes the name for each reader (the signature's organisation, the prose phrase), and the
// one alternation takes each form whole, not a shorter form it starts with.
import { describe, expect, it } from "vitest";
import { legalForms, LEGAL_FORMS_SRC } from "../../../services/parser/lang/legal-forms.ts";
import { LEGAL_SUFFIX_RE } from "../../../services/parser/extract/organization.ts";
import { legalNamesIn } from "../../../services/parser/extract/company.ts";
import { CUES } from "../../../services/parser/lang/cues.ts";
import { auditKeyFields } from "../../../services/parser/extract/key-field-audit.ts";
import { findGeography } from "../../../services/parser/extract/prose-fields.ts";
import { spellingRun } from "../../../services/parser/extract/text-utils.ts";

/** as each form is written after a name, by country or language: one example per entry */
const EXAMPLES: Record<string, string[]> = {
  tr: ["Ltd. Şti.", "A.Ş."],
  eg: ["S.A.E."],
  es: ["S.A. de C.V.", "S. de R.L.", "S.A.C.", "S.A.S.", "S.L.U.", "S.A.U.", "S.L.", "S.C.", "E.I.R.L.", "E.S.P."],
  fr: ["SARL", "SCRL", "SELARL", "SELAS", "AARPI", "S.à r.l.", "SAS", "Ltée", "enr."],
  pt: ["Unipessoal Lda.", "Ltda.", "E.M."],
  jsc: ["PJSC", "JSC"],
  de: [
    "GmbH & Co. KG",
    "GesmbH",
    "mbH",
    "AG",
    "KGaA",
    "KG",
    "eG",
    "e.V.",
    "e.K.",
    "e.U.",
    "UG (haftungsbeschränkt)",
    "UG",
    "GbR",
    "OHG",
    "OG",
    "PartG mbB",
    "PartGmbB",
    "mbB",
    "SE",
  ],
  en: [
    "Ltd.",
    "Limited",
    "Incorporated",
    "Inc.",
    "LLC",
    "L.L.C.",
    "LLP",
    "Corporation",
    "Corp.",
    "Co.",
    "Company",
    "plc",
    "PLC",
  ],
  commonwealthAsia: ["(Pty) Ltd", "(Edms) Bpk", "Pty Ltd", "Pte. Ltd.", "Pvt. Ltd.", "Sdn. Bhd.", "Bhd", "Tbk", "CC"],
  it: [
    "S.R.L.",
    "S.r.l.",
    "Srl",
    "SRL",
    "Soc. Coop. a r.l.",
    "S.c.a.r.l.",
    "S.S.D. a r.l.",
    "S.S.D.",
    "A.S.D.",
    "SpA",
    "S.p.A.",
  ],
  hu: ["Zrt.", "Nyrt.", "Kft.", "Bt."],
  el: ["I.K.E.", "E.P.E.", "A.E.", "O.E.", "Single-Member P.C.", "Λτδ"],
  nl: ["B.V.", "N.V.", "CVBA", "CV", "vzw"],
  nordic: ["A/S", "ASA", "AS", "AB", "ApS"],
  fiEt: ["Oyj", "Oy", "OÜ"],
  pl: ["Sp. z o.o."],
  csSk: ["spol. s r.o.", "s.r.o.", "a.s."],
  balkans: ["d.o.o.", "d.d."],
  ja: ["K.K."],
};

const WHOLE_RE = new RegExp(`^(?:${LEGAL_FORMS_SRC})`, "u");

describe("legal forms, by country", () => {
  it("every entry has an example", () => {
    for (const [lang, forms] of Object.entries(legalForms)) {
      expect(EXAMPLES[lang], lang).toBeDefined();
      expect(EXAMPLES[lang]!.length, lang).toBe(forms.length);
      forms.forEach((f, k) =>
        expect(new RegExp(`^(?:${f})$`, "u").test(EXAMPLES[lang]![k]!), `${lang} ${f}`).toBe(true),
      );
    }
  });

  it.each(Object.entries(EXAMPLES).flatMap(([lang, ex]) => ex.map((e) => [lang, e] as const)))(
    "%s: %s closes a name, taken whole",
    (_lang, form) => {
      expect(LEGAL_SUFFIX_RE.test(`Quillmoor Verdance ${form}`)).toBe(true);
      expect(WHOLE_RE.exec(form)?.[0]).toBe(form);
    },
  );

  it.each(Object.entries(EXAMPLES).flatMap(([lang, ex]) => ex.map((e) => [lang, e] as const)))(
    "%s: the prose reads a name closed by %s whole, a comma and a website after it",
    (_lang, form) => {
      expect(legalNamesIn(`we met Quillmoor Verdance ${form}, www.quillmoor.example, today`)[0]?.name).toBe(
        `Quillmoor Verdance ${form}`,
      );
    },
  );

  it("a form closed by a lower-case 'a r.l.' is read whole, in prose too", () => {
    expect(legalNamesIn("vi segnalo Pedana Quillmoor S.S.D. a r.l. (www.quillmoor.example)")[0]?.name).toBe(
      "Pedana Quillmoor S.S.D. a r.l.",
    );
    expect(legalNamesIn("vi segnalo Consorzio Verdance S.c. a r.l. di Novara")[0]?.name).toBe(
      "Consorzio Verdance S.c. a r.l.",
    );
    // the dotted initials alone, a sentence after them: the form ends the name, the sentence is not its part
    expect(legalNamesIn("il Circolo Verdance A.S.D. Abbiamo parlato")[0]?.name).toBe("Circolo Verdance A.S.D.");
  });

  it("the Greek-letter form only as a word of its own, not opening a longer word", () => {
    expect(LEGAL_SUFFIX_RE.test("Πευκόδασος Κήποι Λτδ")).toBe(true);
    expect(LEGAL_SUFFIX_RE.test("Πευκόδασος Λτδάριο")).toBe(false);
  });

  it("the prose reads a name closed by a form, also one that starts in lower case", () => {
    expect(legalNamesIn("we met Quillmoor Verdance s.r.o. last week").map((n) => n.name)).toEqual([
      "Quillmoor Verdance s.r.o.",
    ]);
    expect(legalNamesIn("we met Quillmoor Verdance Sp. z o.o. today").map((n) => n.name)).toEqual([
      "Quillmoor Verdance Sp. z o.o.",
    ]);
  });
});

describe("a seat after the legal form, read with the place cues", () => {
  const audit = (company: string) =>
    auditKeyFields({ text: "", company, domain: null, contactName: null, contactEmail: null });
  it.each([
    ["Brodvik Sp. z o.o. w Zelnicy", "pl: w"],
    ["Stavlund AB i Orrvik", "nordic: i"],
    ["Molinos Arce S.L. del Ternal", "es: del"],
    ["Quintas Lobo Lda. da Ravessa", "pt: da"],
    ["Quintas Lobo Lda. do Ravesso", "pt: do"],
  ])("%s (%s) is asked for", (company) => {
    expect(audit(company)).toEqual([expect.objectContaining({ field: "company.name" })]);
  });

  it("every preposition of place or origin is a seat's", () => {
    for (const w of ["w", "i", "del", "da", "do", "de", "in", "aus", "à", "em"])
      expect(CUES.seatAfterName).toContain(w);
  });

  it("a count of sites then 'w' or 'i' names the place", () => {
    expect(findGeography("Mają 14 sklepów w Zelnicy i okolicach.", "Brodvik")).toBe("Zelnicy");
    expect(findGeography("De har 9 butiker i Orrvik.", "Stavlund AB")).toBe("Orrvik");
  });
});

describe("words spelling a domain's name", () => {
  it("counts the words and letters that spell the start of the label", () => {
    expect(spellingRun(["Quill", "Moor", "Trading"], "quillmoor")).toEqual({ words: 2, letters: 9 });
    expect(spellingRun(["Quill", "&", "Moor"], "quillmoor")).toEqual({ words: 1, letters: 5 });
    expect(spellingRun(["Quill", "&", "Moor"], "quillmoor", { passEmpty: true })).toEqual({ words: 3, letters: 9 });
    expect(spellingRun(["Quill", "Moor"], "quillmoor", { joined: () => false })).toEqual({ words: 1, letters: 5 });
    expect(spellingRun(["Verdance"], "quillmoor")).toEqual({ words: 0, letters: 0 });
  });
});
