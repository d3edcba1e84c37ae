// Words written around a person's name that are no part of it, by language: forms of address and
// professional titles before the name (normalise/person.ts drops them), and the honorifics that
// Japanese, Korean and Chinese write after it ("山本 様", "박지훈 님", "林先生"). Titles the
// name keeps as written (Dr., Prof., Mag.) are not listed. Each entry has a unit test in
// tests/parser/lang/person-names.test.ts written with other names.

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
};

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
