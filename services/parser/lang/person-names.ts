// Words written around a person's name that are no part of it, by language: forms of address and
// professional titles before the name (normalise/person.ts drops them), and the honorifics that
// Japanese, Korean and Chinese write after it ("山本 様", "박지훈 님", "林先生"). Titles the
// name keeps as written (Dr., Prof., Mag.) are not listed. Each entry has a unit test in
// tests/parser/lang/person-names.test.ts written with other names.

import { escapeRegExp } from "../text/regex.ts";

/** Before the name, matched case-insensitively as whole words (a dot, if any, is part of the entry). */
export const before: Record<string, readonly string[]> = {
  // Vietnamese "Mr" and "Mrs": "Ông Lý Quốc Bảo", "Bà Đặng Thu Hà"; "elder sister", said to
  // a woman a little older: "Chị Lê Thị Hồng" ("Anh", the man's, is also a given name: beforeLongName)
  vi: ["ông", "bà", "chị"],
  // Dutch "mevrouw" shortened and the doctorandus and ingenieur titles: "mw. drs. …", "ir. …"
  nl: ["mw.", "mevr.", "drs.", "ir."],
  // Polish engineer's and master's titles: "inż. …", "mgr inż. …"
  pl: ["inż.", "mgr", "mgr."],
  // Czech and Slovak master of arts ("Mgr." is the Polish entry's): "MgA. …"; the doctors of
  // medicine, veterinary medicine and dentistry: "MUDr. …", "MVDr. …", "MDDr. …"
  cs: ["mga.", "mudr.", "mvdr.", "mddr."],
  // the feminine doctor and professor of Portuguese and Spanish: "Profa. Dra. …", "Dra. …"
  pt: ["profa.", "prof.ª", "dra.", "dr.ª"],
  // Spanish: "Ing. Agr." (agronomist), "Ing. Ind." (industrial engineer) after the engineer's title;
  // Mexican dental surgeon's and veterinarian's titles: "C.D. …", "MVZ. …"
  es: ["agr.", "ind.", "c.d.", "mvz."],
  // the Quebec feminine doctor: "Dre …"
  fr: ["dre"],
  // English engineer's and architect's titles as Nigeria and the Philippines write them: "Engr. …", "Arch. …", "Arc. …"
  en: ["engr.", "arch.", "arc."],
  // pharmacists' titles: Austrian "Mag. pharm.", "PharmD", Turkish "Ecz." (eczacı)
  // and the German pharmacist's job written before the name: "Apotheker Dr. …", "Apothekerin …"
  pharmacy: ["mag. pharm.", "pharmd", "ecz.", "apotheker", "apothekerin"],
  // Thai "Khun" (Mr/Ms) before the given name, in Latin letters and in Thai: "Khun Siriporn …", "คุณ …"
  th: ["khun", "คุณ"],
  // Hindi "Mr", "Mrs", "Ms" and the doctor's title, in Devanagari: "श्री …", "श्रीमती …", "सुश्री …", "डॉ. …"
  hi: ["श्री", "श्रीमती", "सुश्री", "डॉ."],
  // Indonesian and Malay "Mr" and "Mrs" in full: "Bapak Hendra …", "Ibu Sri …" (the short
  // "Pak"/"Bu" are also family names elsewhere and are left); "Bapak" written short ("Bpk. …"),
  // "Saudara"/"Saudari" written short ("Sdr. …", "Sdri. …"), the veterinarian's title ("drh. …")
  id: ["bapak", "ibu", "bpk.", "sdr.", "sdri.", "drh."],
  // Malay "Encik" shortened (the full word and "Puan" are salutations normalise/person.ts knows): "En. …"
  ms: ["en."],
  // the Filipino "Ma'am" written before a colleague's or a client's given name: "Ma'am Liza …"
  tl: ["ma'am", "ma’am"],
  // a contact label's word written without its colon before the name: Turkish "Yetkili" (the
  // person in charge), Indonesian "Kontak": "Yetkili Ahmet …", "Kontak Ibu Sri …"
  label: ["yetkili", "kontak"],
  // Swedish job titles in the definite form written before the name ("the operations manager
  // Sven …"): "Driftchefen …", "Ekonomichefen …", "Inköpschefen …"
  sv: ["driftchefen", "ekonomichefen", "inköpschefen"],
  // the Hausa and West African honorific of a man or woman who made the pilgrimage: "Alhaji …"
  ha: ["alhaji", "alhaja", "alh."],
  // Arabic engineer's and doctor's titles shortened to their first letter: "م. كريم …", "د. …"; "Mr"
  // and "Mrs" (السيد, السيدة), the teacher's courtesy title used as "Mr" (الأستاذ, الأستاذة), the
  // engineer (المهندس, المهندسة) and the doctor (الدكتور, الدكتورة) in full
  ar: ["م.", "د.", "السيد", "السيدة", "الأستاذ", "الأستاذة", "المهندس", "المهندسة", "الدكتور", "الدكتورة"],
  // Hebrew "Mr" (מר), "Mrs" in full and shortened with a geresh (גברת, גב'), "Dr" with its gershayim (ד"ר)
  he: ["מר", "גברת", "גב'", "גב׳", 'ד"ר', "ד״ר"],
  // a ship master's rank, English, German, Croatian, Turkish: "Capt. …", "Kapt. …", "Kap. …", "Kpt. …"
  sea: ["capt.", "kapt.", "kap.", "kpt."],
};

/**
 * Before the name and written joined to it, as regex sources: the Thai "Khun" (คุณ), when a
 * consonant or a vowel written before one follows (in "คุณากร", a given name, a vowel follows).
 */
export const beforeJoined: Record<string, readonly string[]> = {
  th: [String.raw`คุณ(?=[ก-ฮเ-ไ])`],
};

/**
 * Words written right before a joined form of address (beforeJoined) that introduce the person
 * named after it in prose, as regex-safe words: Thai "contact" (ติดต่อ), "talked with" (คุยกับ),
 * "named" (ชื่อ), "is" (คือ): "ติดต่อคุณ…", "เจ้าของชื่อคุณ…". Elsewhere the same form of address
 * is also "you" ("ขอให้คุณ…"), so only these words, a line's start or a blank open a name
 * (each tested in tests/parser/addressed-name.test.ts, as are the two tables below).
 */
export const beforeJoinedCue: Record<string, readonly string[]> = {
  th: ["ติดต่อ", "คุยกับ", "ชื่อ", "คือ"],
};

/**
 * Words written between a title and the name it introduces in a caseless script when no form of
 * address is written, as regex-safe words: Thai "named" (ชื่อ) and "is" (คือ): "เจ้าของชื่อ<given>
 * <family>" (the owner, named …), "ผู้จัดการคือ <given> <family>" (the manager is …). Only right
 * after a title word (lang/roles.ts) and before a given name and a family name (tested in
 * tests/parser/addressed-name.test.ts).
 */
export const afterTitleCue: Record<string, readonly string[]> = {
  th: ["ชื่อ", "คือ"],
};

/**
 * Honorifics written after a name in prose, or after the title that follows the name, as a mail
 * speaks of a third person (not the writer's own sign-off): Korean "님" and "씨" ("… 원장님", "… 님을").
 */
export const afterInProse: Record<string, readonly string[]> = {
  ko: ["님", "씨"],
};

/**
 * Words a caseless script writes after a name that are no family name: Thai "number" (a phone's,
 * เบอร์) and the LINE messenger (ไลน์): "คุณนิดา เบอร์ 08…".
 */
export const notFamilyName: Record<string, readonly string[]> = {
  th: ["เบอร์", "ไลน์"],
};

/**
 * Before the name, matched as written (in capitals): the Austrian engineer's degree "DI" (the
 * Dipl.-Ing.), which in lower case is the Italian particle of "Di Stefano".
 */
export const beforeAsWritten: readonly string[] = ["DI (FH)", "DI"];

/**
 * Before a name of three words or more only, matched case-insensitively: the Vietnamese "Anh"
 * ("elder brother", said to a man a little older) before a full name written family name first
 * ("Anh Phạm Quốc Bảo"); before fewer words it is the given name it also is ("Anh Nguyen").
 */
export const beforeLongName: readonly string[] = ["anh"];

/**
 * After the name in scripts with capitals, matched case-insensitively as whole words after a
 * blank, never the name's only word: the Turkish "Bey" (Mr) and "Hanım" (Mrs, Ms), also in their
 * polite long forms: "Kemal Aydın Bey", "Zeynep Hanım".
 */
export const afterWord: Record<string, readonly string[]> = {
  tr: ["bey", "hanım", "beyefendi", "hanımefendi"],
};

/**
 * Before a given name and a family name only, matched as written: the Spanish "Don" shortened
 * ("D. Íñigo Larrea"); before a single word it is an initial ("D. Larrea"). The Indonesian "Pak"
 * and "Bu" (Bapak and Ibu said short: "Pak Joko Prasetyo", "Bu Wulan Sari"); before a single word
 * they may be the family names they also are ("Pak Minjun" left whole).
 */
export const beforeFullName: readonly string[] = ["D.", "Pak", "Bu"];

/**
 * Links inside a name, in lower case, between the given name and the father's ("daughter of",
 * "son of") or between two family names: Malay and Singaporean "binte" (beside the "bin"/"binti" the readers know), and the
 * Malaysian Indian "a/l" (anak lelaki) and "a/p" (anak perempuan). They are part of the name.
 */
export const links: Record<string, readonly string[]> = {
  ms: ["binte", "a/l", "a/p"],
  // Welsh "son of" ("Dafydd ap Owain")
  cy: ["ap"],
  // Filipino family names' "of the" written as one word: "Rosa dela Paz", "Ramil delos Angeles"
  tl: ["dela", "delos"],
  // Portuguese "and" between two family names ("Duarte Sousa e Menezes"); between a given name
  // and another word it is "and" (extract/people.ts reads two people there)
  pt: ["e"],
};

/** The links as one alternation source (no capture groups). */
export const NAME_LINKS_SRC = `(?:${Object.values(links).flat().map(escapeRegExp).join("|")})`;

/** After the name in caseless scripts: honorifics, written with or without a blank. */
export const after: Record<string, readonly string[]> = {
  ja: ["様", "さま", "さん", "殿", "氏"],
  // (and the writer's own closing after their name at a mail's end: "김민수 드림", "김민수 올림")
  ko: ["님", "씨", "드림", "올림"],
  zh: ["先生", "女士", "小姐"],
};

/**
 * The writer's own closing written after their name where they sign ("김민수 드림", "김민수 올림",
 * "中村より"): no part of the name the signature's line is told by.
 */
export const closingAfterOwnName: Record<string, readonly string[]> = {
  // Korean "(humbly) given", "(respectfully) offered"
  ko: ["드림", "올림"],
  // Japanese "from"
  ja: ["より"],
};

/**
 * After a firm's name in caseless scripts: the courtesy a Japanese writer adds to a client's name
 * as to a person's ("…様", "…さん"), or to an organisation addressed as a whole ("…御中"). Not part
 * of the name.
 */
export const afterFirm: Record<string, readonly string[]> = {
  ja: ["様", "さま", "さん", "御中"],
};

/** The honorifics written after a name as one alternation source, longest first (no capture groups). */
export const HONORIFIC_AFTER_SRC = `(?:${[...Object.values(after).flat()]
  .sort((x, y) => y.length - x.length)
  .map(escapeRegExp)
  .join("|")})`;

/**
 * Endings of a team's or a department's word in the caseless scripts, written between a name and
 * its title ("박지훈 총무팀 팀장", "佐藤 美咲 営業部 部長"): the word is the title's, not the name's.
 */
export const departmentAfter: Record<string, readonly string[]> = {
  // team, department, section, office
  ko: ["팀", "부", "과", "실"],
  ja: ["部", "課", "室"],
};

/**
 * Right after the writer's own name, closing the sentence they introduce themselves with, in the
 * languages that put their firm right before the name ("안녕하세요, 한빛소프트 김민수입니다",
 * "ゲートシステムズの佐藤です"): "I am", as the sentence's end.
 */
export const selfIntroductionAfter: Record<string, readonly string[]> = {
  ko: ["입니다", "이에요", "예요"],
  ja: ["です", "でございます"],
};

/**
 * The topic and subject particles closing the word before the name in such a sentence when it
 * is no firm ("저는 김민수입니다": "I am …"; "私は佐藤です").
 */
export const topicParticleAfter: Record<string, readonly string[]> = {
  ko: ["는", "은", "가"],
  ja: ["は", "が"],
};

/** The joiner some of those languages write between the firm and the name ("…システムズの佐藤です"): "of". */
export const firmBeforeNameJoiner: Record<string, readonly string[]> = {
  ja: ["の"],
};

/**
 * Country domains of languages whose people write the family name first at home and the given name
 * first abroad (Hungarian): a signature's order there does not tell which word is the given name,
 * so the partner's name keeps the order of the sender's display name.
 */
export const eitherOrderDomains: readonly string[] = ["hu"];
