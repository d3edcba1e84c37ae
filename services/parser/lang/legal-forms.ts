// The legal forms a company writes after its name ("Acme GmbH", "Acme S.A. de C.V.", "Acme Sp. z
// o.o."), by country or language: one table for every reader of a company's name (the prose phrase,
// the signature's organisation, the place after a name, the audit of a cut name). The forms of
// cooperatives, farms and associations are in org-forms.ts and come first.
// Regex sources, matched case-sensitively as they are written, no capture groups. Where one form
// starts another ("KG", "KGaA"; "Ltd", "Ltda"), the longer stands first, so that a reader without a
// word boundary after the form takes it whole. Each entry has an example in
// tests/parser/lang/legal-forms.test.ts.
import { FORMS_AFTER_SRC, formsAfter as FORMS_AFTER_BY_LANGUAGE, kindsBefore } from "./org-forms.ts";

// forms that open with a capitalised word and go on with a part in brackets or in lower case
/** the German entrepreneurial company, its bracketed part, and as the partner of a KG */
const UG_LIMITED = String.raw`UG\s?\(haftungsbeschränkt\)(?:\s*&\s*Co\.?\s*KG)?`;
/** the Luxembourg limited company (société à responsabilité limitée) */
const S_A_R_L = String.raw`S\.à r\.l\.`;
/** Italian forms closed by "a r.l." (a responsabilità limitata): the amateur sports company (società
 * sportiva dilettantistica), the consortium company (società consortile) */
const S_S_D_A_R_L = String.raw`(?:S\.S\.D\.|S\.c\.)\s?a\s?r\.\s?l\.`;

/** Company legal forms written after the name, by country or language; longer forms before their prefixes. */
export const legalForms: Record<string, readonly string[]> = {
  // Turkish limited company (before English "Ltd", which it starts with) and joint-stock company
  tr: [String.raw`Ltd\.?\s*Şti\.?`, String.raw`A\.Ş\.?`],
  // Egypt's joint-stock company (société anonyme égyptienne), before the French "S.A." it starts with
  eg: [String.raw`S\.A\.E\.`],
  // Spain and Latin America: S.A. de C.V. and S. de R.L. (Mexico, Central America), S.L., the Mexican S.C.
  es: [
    String.raw`S\.?A\.?(?:P\.?I\.?|B\.?)?\s+de\s+C\.?V\.?`,
    String.raw`S\.?\s?de\s+R\.?\s?L\.?(?:\s+(?:de\s+C\.?\s?V\.?|M\.?I\.?))?`,
    // Peru's closed and open sociedad anónima; the simplified S.A.S. of Colombia (and France) written
    // with dots: before the French "S.A.", which they start with
    String.raw`S\.A\.[AC]\.`,
    String.raw`S\.A\.S\.`,
    // Spain's one-member (unipersonal) limited and public companies: before the "S.L." they start with
    String.raw`S\.L\.U\.`,
    String.raw`S\.A\.U\.`,
    String.raw`S\.?L\.?`,
    String.raw`S\.\s?C\.`,
    // Peru's one-owner limited company (empresa individual de responsabilidad limitada)
    String.raw`E\.I\.R\.L\.`,
    // Colombia's public-services company (empresa de servicios públicos)
    String.raw`E\.S\.P\.`,
  ],
  // France, Belgium, Luxembourg, Quebec: SARL, the liberal professions' SELARL/SELAS and AARPI,
  // S.A./SAS, the Luxembourg S.à r.l., the Belgian cooperative SCRL, the Quebec "Ltée" and "enr."
  fr: [
    String.raw`SARL`,
    String.raw`SCRL`,
    String.raw`SELARL`,
    String.raw`SELAS`,
    String.raw`AARPI`,
    S_A_R_L,
    String.raw`S\.?A\.?S?`,
    String.raw`[Ll]t[ée]e`,
    // Quebec: a registered sole proprietorship or partnership (enregistrée)
    String.raw`enr\.`,
  ],
  // Portugal and Brazil (before English "Ltd", which "Ltda" starts with); Portugal's municipal company
  pt: [String.raw`(?:Unipessoal,?\s+)?Lda\.?`, String.raw`Ltda\.?`, String.raw`E\.M\.`],
  // Germany, Austria, Switzerland; the European company (SE)
  de: [
    String.raw`g?GmbH(?:\s*&\s*Co\.?\s*KG)?`,
    String.raw`GesmbH`,
    String.raw`mbH`,
    String.raw`AG`,
    String.raw`KGaA`,
    String.raw`KG`,
    String.raw`eG`,
    String.raw`e\.\s?V\.`,
    String.raw`e\.\s?K\.`,
    // Austria's registered sole trader (eingetragenes Unternehmen)
    String.raw`e\.\s?U\.`,
    UG_LIMITED,
    String.raw`UG`,
    String.raw`GbR`,
    String.raw`OHG`,
    String.raw`OG`,
    String.raw`PartG(?:\s?mbB)?`,
    String.raw`PartGmbB`,
    String.raw`mbB`,
    String.raw`SE`,
  ],
  // joint-stock companies named in English (Vietnam, the former Soviet states, the Gulf): the public,
  // open and closed ones before the plain form
  jsc: [String.raw`[POC]JSC`, String.raw`JSC`],
  // English-speaking countries
  en: [
    String.raw`Ltd\.?`,
    String.raw`Limited`,
    String.raw`Incorporated`,
    String.raw`Inc\.?`,
    String.raw`LLC`,
    String.raw`L\.L\.C\.`,
    String.raw`LLP`,
    String.raw`Corporation`,
    String.raw`Corp\.?`,
    String.raw`Co\.`,
    String.raw`Company`,
    String.raw`plc`,
    String.raw`PLC`,
  ],
  // South Africa, Australia, Singapore, India, Malaysia, Indonesia
  commonwealthAsia: [
    String.raw`\(Pty\)\s*Ltd\.?`,
    String.raw`\(Edms\)\s*Bpk\.?`,
    String.raw`Pty\.?\s*Ltd\.?`,
    String.raw`Pte\.?\s*Ltd\.?`,
    String.raw`Pvt\.?\s*Ltd\.?`,
    String.raw`Sdn\.?\s?Bhd\.?`,
    String.raw`Bhd\.?`,
    String.raw`Tbk\.?`,
    // South Africa's close corporation
    String.raw`CC`,
  ],
  // Italy (and the Romanian S.R.L.)
  it: [
    String.raw`S\.R\.L\.`,
    String.raw`S\.r\.l\.`,
    String.raw`Srl`,
    String.raw`SRL`,
    String.raw`Soc\.?\s?[Cc]oop\.?(?:\s+(?:Agricola|a\s?r\.?\s?l\.?))?`,
    String.raw`S\.c\.a\.r\.l\.`,
    // amateur sports companies and associations (società / associazione sportiva dilettantistica);
    // the company's "a r.l." (limited) part first
    S_S_D_A_R_L,
    String.raw`S\.S\.D\.`,
    String.raw`A\.S\.D\.`,
    String.raw`SpA`,
    String.raw`S\.p\.A\.`,
  ],
  // Hungary
  hu: [String.raw`Zrt\.?`, String.raw`Nyrt\.?`, String.raw`Kft\.?`, String.raw`Bt\.?`],
  // Greece (I.K.E. and its English "Single-Member P.C.")
  el: [
    String.raw`I\.?K\.?E\.?`,
    String.raw`E\.?P\.?E\.?`,
    String.raw`A\.E\.`,
    String.raw`O\.E\.`,
    String.raw`(?:Single[- ]Member\s+)?P\.C\.?`,
    // Cyprus's limited company in Greek letters ("Λτδ", "Limited" spelt out)
    String.raw`Λτδ`,
  ],
  // Netherlands and Belgium; the Belgian cooperative (coöperatieve vennootschap) and non-profit (vzw)
  nl: [String.raw`B\.?V\.?`, String.raw`N\.?V\.?`, String.raw`CVBA`, String.raw`CV`, String.raw`[Vv][Zz][Ww]`],
  // Denmark, Norway, Sweden
  nordic: [String.raw`A\/S`, String.raw`ASA`, String.raw`AS`, String.raw`AB`, String.raw`ApS`],
  // Finland, Estonia
  fiEt: [String.raw`Oyj`, String.raw`Oy`, String.raw`OÜ`],
  // Poland
  // Poland
  pl: [String.raw`Sp\.\s?z\s?o\.\s?o\.`],
  // Czechia, Slovakia; the Czech limited company written out longer (společnost s ručením omezeným)
  csSk: [String.raw`spol\.\s?s\s?r\.\s?o\.`, String.raw`s\.\s?r\.\s?o\.`, String.raw`a\.\s?s\.`],
  // Slovenia, Croatia, Serbia, Bosnia: limited and joint-stock companies
  balkans: [String.raw`d\.\s?o\.\s?o\.`, String.raw`d\.\s?d\.`],
  // Japan (kabushiki kaisha written in Latin letters)
  ja: [String.raw`K\.K\.`],
};

/**
 * The forms of the languages that write a name's words after its first in lower case (Polish,
 * Czech, Slovak, the South Slavic languages): "Finančný agent Košice s.r.o.", "Zakład usług
 * Nowak sp. j.". Before such a form, lower-case words may still be the name's own.
 */
export const SENTENCE_CASE_FORMS_SRC = [
  ...legalForms.pl!,
  ...legalForms.csSk!,
  ...legalForms.balkans!,
  ...FORMS_AFTER_BY_LANGUAGE.pl!,
  ...FORMS_AFTER_BY_LANGUAGE.cs!,
].join("|");
/**
 * Lower-case words and such a form after a name's capitalised words ("Tiskara Novak" + " i sinovi
 * d.o.o.", a comma before the form allowed: "… a dcera, spol. s r.o."): the name's own. Read where names are found and where a found one is checked for a cut.
 */
export const LOWER_WORDS_BEFORE_FORM_SRC = String.raw`(?:[ \t]+\p{Ll}+){1,3},?[ \t]+(?:${SENTENCE_CASE_FORMS_SRC})(?![\p{L}\p{N}])`;

/**
 * The forms above that open with a capitalised word and go on with a part a reader of capitalised
 * words cannot take, a bracket or a lower-case word ("UG (haftungsbeschränkt)", "S.à r.l."): such a
 * reader stops before their first word, or it reads "… UG" and leaves the rest of the form behind.
 */
export const FORMS_WITH_UNCAPITALISED_PART_SRC = [UG_LIMITED, S_A_R_L, S_S_D_A_R_L].join("|");

/** Every legal form after a name, the cooperatives' first, as one alternation source (no capture groups). */
export const LEGAL_FORMS_SRC = [FORMS_AFTER_SRC, ...Object.values(legalForms).flat()].join("|");

/**
 * Legal kinds written before the name, as they open it, by language: Vietnamese names a company
 * by its kind first ("Công ty TNHH …", "Công ty Cổ phần …", "Hợp tác xã …"). Longer forms first.
 */
export const formsBefore: Record<string, readonly string[]> = {
  vi: [
    "Công ty TNHH MTV",
    "Công ty TNHH",
    "Công ty Cổ phần",
    "Công ty CP",
    "Tổng công ty",
    "Hợp tác xã",
    "Doanh nghiệp tư nhân",
  ],
};
/**
 * The kinds above and the institutions' kinds that open a name the same way (lang/org-forms.ts:
 * kindsBefore) as one alternation source, blanks as any blank run (no capture groups).
 */
const blanksAsRun = (forms: readonly string[]) => forms.map((f) => f.replace(/ /g, String.raw`[ \t]+`));
export const FORMS_BEFORE_SRC = [...Object.values(formsBefore), ...Object.values(kindsBefore)]
  .flatMap(blanksAsRun)
  .join("|");
/** The companies' kinds of `formsBefore` alone (no institutions'), as one alternation source. */
export const COMPANY_KINDS_BEFORE_SRC = Object.values(formsBefore).flatMap(blanksAsRun).join("|");

/**
 * Short legal forms written before the name, by country: Indonesia's limited company and limited
 * partnership ("PT Kayu Lestari", "CV Maju Jaya"), Lithuania's and Latvia's limited companies ("UAB
 * …", "SIA …"), the Russian and Kazakh ones ("OOO …", "AO …", "TOO …"), Estonia's public company
 * ("AS …"). Upper case, a dot after them allowed.
 */
export const shortFormsBefore: Record<string, readonly string[]> = {
  id: ["PT", "CV"],
  lt: ["UAB"],
  lv: ["SIA"],
  ru: ["OOO", "AO", "ZAO", "PAO", "OAO"],
  kz: ["TOO"],
  et: ["AS"],
};
/** A short form above or a kind of `formsBefore`, as one alternation source (no capture groups). */
export const ANY_FORM_BEFORE_SRC = `(?:${Object.values(shortFormsBefore).flat().join("|")})\\.?|${FORMS_BEFORE_SRC}`;

/**
 * How a language glues a case ending to an abbreviation such as a legal form, by language:
 * Hungarian with a hyphen ("… Kft.-t", "… Zrt.-nek"), Turkish with an apostrophe ("… A.Ş.'ye"),
 * Finnish with a colon ("… Oy:n"). The ending is grammar, no part of the name.
 */
export const caseEndingJoiners: Record<string, string> = { hu: "-", tr: "['’]", fi: ":" };
/** The joiners above as one alternation source (no capture groups). */
export const CASE_ENDING_JOINER_SRC = `(?:${Object.values(caseEndingJoiners).join("|")})`;

/** A legal form closing a name, then a case ending glued to it: the ending alone, to be cut off. */
export const CASE_ENDING_AFTER_FORM_RE = new RegExp(
  String.raw`(?<=[\s,](?:${LEGAL_FORMS_SRC}))${CASE_ENDING_JOINER_SRC}\p{Ll}{1,7}$`,
  "u",
);

/**
 * Legal forms in a script without capitals (Japanese, Korean, Chinese; Hebrew, Arabic, Thai), written before or after the name
 * with no blank ("株式会社…", "…株式会社", "…(주)") or with one ("주식회사 …"). Plain text.
 */
export const caselessLegalForms: Record<string, readonly string[]> = {
  // kabushiki, yūgen, gōdō, gōshi and gōmei kaisha; incorporated associations and foundations,
  // school, medical and welfare corporations, non-profits; the bracketed short forms
  ja: [
    "株式会社",
    "有限会社",
    "合同会社",
    "合資会社",
    "合名会社",
    "一般社団法人",
    "一般財団法人",
    "公益社団法人",
    "公益財団法人",
    "学校法人",
    "医療法人",
    "社会福祉法人",
    "特定非営利活動法人",
    "NPO法人",
    "(株)",
    "（株）",
    "㈱",
    "(有)",
    "（有）",
    "㈲",
  ],
  // jusik hoesa, yuhan hoesa, yuhan chaegim hoesa, and the bracketed short forms
  ko: ["주식회사", "유한책임회사", "유한회사", "(주)", "（주）", "㈜", "(유)", "（유）"],
  // company limited by shares, limited-liability company, limited company (simplified, traditional)
  zh: ["股份有限公司", "有限责任公司", "有限責任公司", "有限公司"],
  // Hebrew and Arabic have no capitals either. Hebrew: the limited company ("בערבון מוגבל", shortened
  // with gershayim written as a double quote or as the Hebrew sign)
  he: ['בע"מ', "בע״מ"],
  // Arabic: the limited-liability company (ذ.م.م), the one-person one (ش.ذ.م.م), the Lebanese
  // SARL and SAL (ش.م.م, ش.م.ل), the public joint-stock company (ش.م.ع), and "the limited" in full;
  // "company" (شركة) opening the name, as Thai's บริษัท does
  ar: ["ش.ذ.م.م", "ذ.م.م", "ش.م.م", "ش.م.ل", "ش.م.ع", "المحدودة", "شركة"],
  // Hindi in Devanagari (no capitals either): the private limited company written out and shortened
  // ("प्रा. लि."), the limited company, the limited-liability partnership (एलएलपी, LLP)
  hi: ["प्राइवेट लिमिटेड", "प्रा. लि.", "प्रा.लि.", "लिमिटेड", "एलएलपी"],
  // Thai: the company (บริษัท) before the name and limited (จำกัด), public (มหาชน) after it;
  // the limited partnership (ห้างหุ้นส่วนจำกัด) before it
  th: ["ห้างหุ้นส่วนจำกัด", "บริษัท", "จำกัด (มหาชน)", "จำกัด(มหาชน)", "จำกัด"],
};

/** Every caseless legal form, before or after the name, as one alternation source. */
export const CASELESS_FORMS_SRC = Object.values(caselessLegalForms)
  .flat()
  .map((f) => f.replace(/[().]/g, (c) => `\\${c}`))
  .join("|");
/** The forms written only before the name (Thai's company and limited partnership, Arabic's company): none closes one */
const FORMS_ONLY_BEFORE = new Set(["บริษัท", "ห้างหุ้นส่วนจำกัด", "شركة"]);
/** The caseless forms that may close a name ("…有限公司", "… בע\"מ", "… ذ.م.م"), as one alternation source. */
export const CASELESS_FORMS_AFTER_SRC = Object.values(caselessLegalForms)
  .flat()
  .filter((f) => !FORMS_ONLY_BEFORE.has(f))
  .map((f) => f.replace(/[().]/g, (c) => `\\${c}`))
  .join("|");
/** A name opened or closed by a caseless script's legal form ("株式会社エデュ", "한빛컨설팅(주)", "주식회사 한빛"). */
export const CASELESS_LEGAL_RE = new RegExp(
  String.raw`^(?:${CASELESS_FORMS_SRC})[ \t\u3000]*[^\s(（]|[^\s)）][ \t\u3000]*(?:${CASELESS_FORMS_SRC})$`,
  "u",
);

/**
 * Legal forms in Cyrillic letters, by country: written before the name (Russian "ООО …", Ukrainian
 * "ТОВ «…»", Kazakh "ТОО «…»") or after it (Bulgarian "… ЕООД", "… ООД", "… АД"). Upper case, apart
 * from the name by a blank. Each entry has an example in tests/parser/lang/cyrillic-legal-forms.test.ts.
 */
export const cyrillicLegalForms: Record<string, { before: readonly string[]; after: readonly string[] }> = {
  // limited, joint-stock (closed, public, open) companies
  ru: { before: ["ООО", "ЗАО", "ПАО", "ОАО", "АО"], after: [] },
  // limited company, private and public joint-stock companies
  uk: { before: ["ТОВ", "ПрАТ", "ПАТ"], after: [] },
  // limited-liability partnership
  kz: { before: ["ТОО"], after: [] },
  // one-member limited, limited, one-member joint-stock and joint-stock companies
  bg: { before: [], after: ["ЕООД", "ООД", "ЕАД", "АД"] },
};
const cyrillicForms = (side: "before" | "after") =>
  Object.values(cyrillicLegalForms)
    .flatMap((f) => f[side])
    .join("|");
/** A name opened or closed by a Cyrillic legal form ("ТОВ «Весна»", "Весна ООД"); the form alone is none. */
export const CYRILLIC_LEGAL_RE = new RegExp(
  String.raw`^(?:${cyrillicForms("before")})[ \t]+[«"„\p{Lu}\d]|[\p{L}»"“\d][ \t]+(?:${cyrillicForms("after")})$`,
  "u",
);
