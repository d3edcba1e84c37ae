// The organisation tables (services/parser/lang/org-forms.ts): every legal form of a cooperative,
// farm or association completes a name the text writes before it, and every form is covered by an
// example written here in other words than the mails that suggested them.
import { describe, expect, it } from "vitest";
import { auditKeyFields } from "../../../services/parser/extract/key-field-audit.ts";
import {
  continuesEnumeration,
  LEGAL_SUFFIX_RE,
  organizationFromSignature,
  spellsAcronym,
  withPartAfterDash,
} from "../../../services/parser/extract/organization.ts";
import { withLegalFormOf, withoutPlaceAfter } from "../../../services/parser/extract/pick-company.ts";
import { findCompanyCandidates, isInstitution } from "../../../services/parser/extract/company.ts";
import type { Candidate, FieldPick } from "../../../services/parser/extract/evidence.ts";
import { formsAfter, kindsBefore, NATURE_PART_RE, natureParts } from "../../../services/parser/lang/org-forms.ts";
import { findLabelled } from "../../../services/parser/extract/labels.ts";

const fuller = (text: string, company: string) =>
  auditKeyFields({ text, company, domain: null, contactName: null, contactEmail: null }).find((d) => d.fuller)?.fuller;

/** as each form is written after a name, by language */
const EXAMPLES: Record<string, string[]> = {
  es: [
    "S.Coop.",
    "S. Coop.",
    "S. Coop. And.",
    "S.Coop.V.",
    "Sdad. Coop.",
    "S.A.T.",
    "S.C.A.",
    "S.C.C.L.",
    "SCCL",
    "S.C. de R.L.",
    "S.C. de R.L. de C.V.",
    "S.P.R. de R.L.",
  ],
  it: ["Soc. Agr.", "Soc. Agr. s.s.", "Soc. Agr. Coop.", "s.s.", "S.s.", "S.n.c."],
  pt: ["C.R.L.", "CRL", "S/A"],
  fr: ["GAEC", "EARL", "SCEA", "SCOP", "SCIC", "SICA", "AISBL", "ASBL", "a.s.b.l."],
  nl: ["U.A."],
  de: ["e.G."],
  pl: ["Sp. j.", "sp. k.", "sp. z o.o."],
  cs: ["v.o.s.", "z.s.", "o.p.s."],
  nordic: ["a.m.b.a.", "A.m.b.A.", "ek. för.", "A/S", "I/S", "K/S", "P/S"],
  is: ["ehf.", "hf.", "ses."],
  fo: ["Sp/f", "P/F"],
  fi: ["r.y.", "ry", "sr"],
  en: ["CIC", "Teoranta"],
};

describe.each(Object.entries(EXAMPLES))("legal forms of cooperatives, farms and associations (%s)", (_lang, forms) => {
  it.each(forms.map((f) => [f]))("%s closes a name", (form) => {
    expect(LEGAL_SUFFIX_RE.test(` Ribera Alta ${form}`)).toBe(true);
    expect(fuller(`Hablamos con Ribera Alta ${form} ayer.`, "Ribera Alta")).toBe(`Ribera Alta ${form}`);
  });
  it.each(forms.map((f) => [f]))("%s after a comma closes a name", (form) => {
    expect(fuller(`La entidad es Ribera Alta, ${form} desde 2010.`, "Ribera Alta")).toBe(`Ribera Alta, ${form}`);
  });
});

describe("the form table", () => {
  it("has a written example for every entry", () => {
    for (const [lang, sources] of Object.entries(formsAfter))
      for (const src of sources) {
        const re = new RegExp(`^(?:${src})$`, "u");
        expect(
          (EXAMPLES[lang] ?? []).some((e) => re.test(e)),
          `${lang}: ${src}`,
        ).toBe(true);
      }
  });
  it("does not take a lower-case word or a sentence for a form", () => {
    expect(LEGAL_SUFFIX_RE.test(" Ribera Alta gaec")).toBe(false);
    expect(LEGAL_SUFFIX_RE.test(" Ribera Alta sa.")).toBe(false);
  });
});

describe("a legal form written with a slash", () => {
  it.each([
    ["Vi har talt med Fjeldsted Rør A/S om en aftale.", "Fjeldsted Rør A/S"],
    ["Registrering: Holmegaard Tømrer K/S", "Holmegaard Tømrer K/S"],
    ["Proposta para Laticínios Serra Azul S/A (Minas Gerais), 300 usuários.", "Laticínios Serra Azul S/A"],
  ])("%s reads %s whole, not cut at the slash", (text, name) => {
    const names = findCompanyCandidates({
      own: text,
      subject: "",
      domain: null,
      excluded: [],
      excludedDomains: [],
    }).map((c) => c.name);
    expect(names).toContain(name);
    expect(names).not.toContain(name.slice(0, -2));
  });
});

describe("a list of fields after an of-phrase is part of the body's name", () => {
  it.each([
    ["Lagos State Ministry of Health", "Social Welfare and Housing"],
    ["Department of Agriculture", "Fisheries and Forestry"],
    ["Ministerio de Cultura", "Deporte y Turismo"],
    ["Faculty of Arts", "Humanities and Social Sciences"],
  ])("%s, %s", (head, tail) => {
    expect(continuesEnumeration(head, tail)).toBe(true);
  });
  it.each([
    ["Head of Sales", "Brightwater Foods"],
    ["Director of Finance", "Acme Ltd"],
    ["Partner Manager", "Sales and Marketing"],
  ])("not %s, %s", (head, tail) => {
    expect(continuesEnumeration(head, tail)).toBe(false);
  });
  it("keeps the whole line in a signature", () => {
    const sig =
      "Dr. Ngozi Eze\nDirector, Planning\nEnugu State Ministry of Health, Housing and Urban Development\nIndependence Layout, Enugu";
    expect(organizationFromSignature(sig, { domain: "enugustate.gov.ng", personName: "Ngozi Eze" })).toBe(
      "Enugu State Ministry of Health, Housing and Urban Development",
    );
  });
});

describe("an acronym beside the name it stands for", () => {
  it.each([
    ["Universidad Autónoma del Sur", "UAS"],
    ["Northern Valley Regional Hospital", "NVRH"],
    ["Instituto Federal do Oeste", "IFO"],
  ])("%s spells %s", (full, acr) => {
    expect(spellsAcronym(full, acr)).toBe(true);
  });
  it("not a different acronym, nor a word", () => {
    expect(spellsAcronym("Universidad Autónoma del Sur", "UNAS")).toBe(false);
    expect(spellsAcronym("Universidad Autónoma del Sur", "Uas")).toBe(false);
  });
  it("a signature gives the name written out, not the acronym that spells the domain", () => {
    const sig = "Prof. Lucía Paredes\nVicerrectora Académica\nUniversidad Autónoma del Sur - UAS\nTemuco";
    expect(organizationFromSignature(sig, { domain: "uas.cl", personName: "Lucía Paredes" })).toBe(
      "Universidad Autónoma del Sur",
    );
  });
});

describe("a place after a comma, when the words before it spell the domain", () => {
  it("drops the place", () => {
    expect(withoutPlaceAfter("Gaelscoil Naomh Pádraig, Leamhcán", "gaelscoilnaomhpadraig.ie")).toBe(
      "Gaelscoil Naomh Pádraig",
    );
  });
  it("keeps the name when the domain spells something else, or a legal form follows", () => {
    expect(withoutPlaceAfter("University of Westhaven, Northgate", "northgate.edu")).toBe(
      "University of Westhaven, Northgate",
    );
    expect(withoutPlaceAfter("Ribera Alta, S.Coop.", "riberaalta.es")).toBe("Ribera Alta, S.Coop.");
    expect(withoutPlaceAfter("Ribera Alta, 3 sites", "riberaalta.es")).toBe("Ribera Alta, 3 sites");
  });
});

describe("a label in Chinese, Japanese or Korean script beside its English word", () => {
  it.each([
    ["大學 University: Nanshan Polytechnic University", "company"],
    ["学校名 School: Midori Gakuen", "company"],
    ["회사 Company: Hanbit Trading", "company"],
    ["Website 網址: www.nanshan.example.tw", "website"],
  ])("%s", (line, field) => {
    expect(findLabelled(line)[0]?.field).toBe(field);
  });
  it("not a label word after the script", () => {
    expect(findLabelled("大學 Nanshan: Polytechnic")[0]?.field).toBeUndefined();
  });
});

describe("an institution's head noun marks a name in prose, where its language puts it", () => {
  const names = (own: string) =>
    findCompanyCandidates({ own, subject: "", domain: null, excluded: [], excludedDomains: [] }).map((c) => c.name);
  it.each([
    ["We met the bursar of Riverside Valley Grammar School last week.", "Riverside Valley Grammar School"],
    ["The buyer is Kericho Tea Growers Co-operative, 800 members.", "Kericho Tea Growers Co-operative"],
    ["Hablamos con la Universidad Politécnica del Norte ayer.", "Universidad Politécnica del Norte"],
    ["Le client est la Fondation Maison des Arts depuis mars.", "Fondation Maison des Arts"],
    ["The lead is the Department of Roads and Transport this year.", "Department of Roads and Transport"],
  ])("%s", (own, name) => {
    expect(names(own)).toContain(name);
  });
  it("not an English noun put first without an of-phrase (a title), nor a name a comma and a place follow", () => {
    expect(isInstitution("School Business Manager")).toBe(false);
    expect(names("She is at Harbour View College, Mombasa since May.")).not.toContain("Harbour View College");
  });
  it("ends a name at its legal form when a preposition and a place follow", () => {
    expect(names("Registren a la Cooperativa Cafetalera Los Altos S.C. de R.L. de Tapachula, Chiapas.")).toContain(
      "Cooperativa Cafetalera Los Altos S.C. de R.L.",
    );
  });
});

describe("an institution's kind of several words opens its name (kindsBefore)", () => {
  const names = (own: string) =>
    findCompanyCandidates({ own, subject: "", domain: null, excluded: [], excludedDomains: [] }).map((c) => c.name);
  /** one invented name per entry, as each kind opens it */
  const EXAMPLES: Record<string, string[]> = {
    vi: [
      "Trường Đại học Kim Lộc",
      "Trường Cao đẳng Vân Phong",
      "Trường Trung học phổ thông Lam Khê",
      "Trường Trung học cơ sở Bạch Hạc",
      "Trường THPT Ngọc Trản",
      "Trường THCS Hòa Vân",
      "Trường Tiểu học Mai Lĩnh",
      "Trường Mầm non Sơn Ca",
      "Đại học Thanh Khê",
      "Học viện Bình Nguyên",
      "Bệnh viện Phúc Thành",
    ],
  };
  it("every entry has an example", () => {
    for (const [lang, kinds] of Object.entries(kindsBefore)) {
      expect(EXAMPLES[lang]?.length, lang).toBe(kinds.length);
      kinds.forEach((k, i) => expect(EXAMPLES[lang]![i]!.startsWith(`${k} `), `${lang} ${k}`).toBe(true));
    }
  });
  it.each(Object.values(EXAMPLES).flat())("%s is read whole from the prose", (name) => {
    expect(names(`Chúng tôi xin đăng ký ${name} (web: vidu.edu.vn) với các bạn.`)).toContain(name);
  });
  it("the audit opens a value written after one", () => {
    expect(
      auditKeyFields({
        text: "Đơn vị: Trường Đại học Kim Lộc\nWebsite: kimloc.edu.vn",
        company: "Kim Lộc",
        domain: null,
        contactName: null,
        contactEmail: null,
      }),
    ).toEqual([expect.objectContaining({ field: "company.name", fuller: "Trường Đại học Kim Lộc" })]);
  });
});

describe("a reading with the picked name's words and then only a legal form", () => {
  const pick = (value: string, kind: Candidate["kind"]): FieldPick => ({
    value,
    evidence: { value, kind, strength: 0.72, snippet: null },
    confidence: 0.72,
    rejected: [],
  });
  const other = (value: string, kind: Candidate["kind"]): Candidate => ({ value, kind, strength: 0.66, snippet: null });
  it("is the name as registered", () => {
    expect(
      withLegalFormOf(pick("Ostrava Grain Traders", "subject"), [other("Ostrava Grain Traders s.r.o.", "vCard")]).value,
    ).toBe("Ostrava Grain Traders s.r.o.");
    expect(
      withLegalFormOf(pick("Lakeside Dairy Producer Company", "prose pattern"), [
        other("Lakeside Dairy Producer Company Limited", "signature block"),
      ]).value,
    ).toBe("Lakeside Dairy Producer Company Limited");
  });
  it("not when more words than a legal form follow", () => {
    expect(
      withLegalFormOf(pick("Ostrava Grain", "subject"), [other("Ostrava Grain Traders s.r.o.", "vCard")]).value,
    ).toBe("Ostrava Grain");
  });
});

describe("a body's legal nature or legal form after a spaced dash is part of its name", () => {
  // the name before the dash spells the domain, as a firm's short name does
  it.each([
    ["Vale Verde Seguros – Cooperativa de Crédito", "valeverde.pt"],
    ["Duarte & Lobo - Contabilidade e Gestão, Lda.", "duartelobo.pt"],
    ["Caixa Serrana — Mútua de Seguros", "caixaserrana.pt"],
  ])("%s", (line, domain) => {
    const sig = `Ana Quelhas\nCoordenadora\n${line}\nViseu`;
    expect(organizationFromSignature(sig, { domain, personName: "Ana Quelhas" })).toBe(line);
  });
  it("every nature word opens such a part", () => {
    for (const words of Object.values(natureParts))
      for (const w of words) expect(NATURE_PART_RE.test(`${w} Quillmoor`), w).toBe(true);
  });
  it("not a title, a legal name or a place on either side", () => {
    expect(withPartAfterDash("Partner Manager - Quillmoor Lda.", "Partner Manager")).toBe("Partner Manager");
    expect(withPartAfterDash("Quillmoor Lda. - Cooperativa Verdance", "Quillmoor Lda.")).toBe("Quillmoor Lda.");
    expect(withPartAfterDash("Quillmoor Seguros - Viseu", "Quillmoor Seguros")).toBe("Quillmoor Seguros");
  });
});

describe("an institution's noun closing a line ends the name read in prose", () => {
  it("does not run into the place on the next line", () => {
    const names = findCompanyCandidates({
      own: "Head of Claims at Westmoor Nurses' Benevolent Society\nGalway, County Galway, Ireland",
      subject: "",
      domain: null,
      excluded: [],
      excludedDomains: [],
    }).map((c) => c.name);
    expect(names).toContain("Westmoor Nurses' Benevolent Society");
    expect(names.some((n) => n.includes("Galway"))).toBe(false);
  });
});
