// Words written around a person's name that are no part of it, by language: forms of address and
// professional titles before the name (normalise/person.ts drops them), and the honorifics that
// Japanese, Korean and Chinese write after it ("山本 様", "박지훈 님", "林先生"). Titles the
// name keeps as written (Dr., Prof., Mag.) are not listed. Each entry has a unit test in
// tests/parser/lang/person-names.test.ts written with other names.

import { escapeRegExp } from "../text/regex.ts";

/** Before the name, matched case-insensitively as whole words (a dot, if any, is part of the entry). */
export const before: Record<string, readonly string[]> = {
  // Vietnamese "Mr" and "Mrs": "Ông Trần Văn Minh", "Bà Nguyễn Thị Hoa"
  vi: ["ông", "bà"],
  // Dutch "mevrouw" shortened and the doctorandus and ingenieur titles: "mw. drs. …", "ir. …"
  nl: ["mw.", "mevr.", "drs.", "ir."],
  // Polish engineer's and master's titles: "inż. …", "mgr inż. …"
  pl: ["inż.", "mgr", "mgr."],
  // Czech and Slovak master of arts ("Mgr." is the Polish entry's): "MgA. …"
  cs: ["mga."],
  // the feminine doctor and professor of Portuguese and Spanish: "Profa. Dra. …", "Dra. …"
  pt: ["profa.", "prof.ª", "dra.", "dr.ª"],
  // Spanish: "Ing. Agr." (agronomist), "Ing. Ind." (industrial engineer) after the engineer's title
  es: ["agr.", "ind."],
  // Thai "Khun" (Mr/Ms) before the given name: "Khun Siriporn …"
  th: ["khun"],
  // Indonesian and Malay "Mr" and "Mrs" in full: "Bapak Hendra …", "Ibu Sri …" (the short
  // "Pak"/"Bu" are also family names elsewhere and are left)
  id: ["bapak", "ibu"],
  // the Hausa and West African honorific of a man or woman who made the pilgrimage: "Alhaji …"
  ha: ["alhaji", "alhaja", "alh."],
  // a ship master's rank, English, German, Croatian: "Capt. …", "Kapt. …", "Kap. …"
  sea: ["capt.", "kapt.", "kap."],
};

/**
 * Before the name, matched as written (in capitals): the Austrian engineer's degree "DI" (the
 * Dipl.-Ing.), which in lower case is the Italian particle of "Di Stefano".
 */
export const beforeAsWritten: readonly string[] = ["DI (FH)", "DI"];

/**
 * Links inside a name, in lower case, between the given name and the father's ("daughter of",
 * "son of"): Malay and Singaporean "binte" (beside the "bin"/"binti" the readers know), and the
 * Malaysian Indian "a/l" (anak lelaki) and "a/p" (anak perempuan). They are part of the name.
 */
export const links: Record<string, readonly string[]> = {
  ms: ["binte", "a/l", "a/p"],
};

/** The links as one alternation source (no capture groups). */
export const NAME_LINKS_SRC = `(?:${Object.values(links).flat().map(escapeRegExp).join("|")})`;

/** After the name in caseless scripts: honorifics, written with or without a blank. */
export const after: Record<string, readonly string[]> = {
  ja: ["様", "さま", "さん", "殿", "氏"],
  ko: ["님", "씨"],
  zh: ["先生", "女士", "小姐"],
};

/**
 * Country domains of languages whose people write the family name first at home and the given name
 * first abroad (Hungarian): a signature's order there does not tell which word is the given name,
 * so the partner's name keeps the order of the sender's display name.
 */
export const eitherOrderDomains: readonly string[] = ["hu"];
