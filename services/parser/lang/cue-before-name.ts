// Words a short prose note writes right before the prospect's contact person, by language: the
// person's role ("owner is …", "власник …") or a word meaning "the contact" ("the contact is …",
// "איש הקשר הוא …"), maybe a copula ("is", "c'est", "είναι", "هو") and a form of address after it
// ("Bu", "пані", "η κα", "المهندس"). A role word is read as the person's role; a contact word is
// not. Lower case; a space stands for one blank. Each entry has a unit test in
// tests/parser/lang/cue-before-name.test.ts written with invented people, and look-alikes.
import { escapeRegExp } from "../text/regex.ts";
import { before as FORMS_BEFORE } from "./person-names.ts";

export interface CueBeforeName {
  /** role words, read as the role (as written) */
  roles?: readonly string[];
  /** words meaning "the contact person", no role */
  contacts?: readonly string[];
  /** a possessive ending joined to the role word, no part of the role ("Pemilik|nya") */
  possessive?: readonly string[];
  /** copulas written between the word and the name */
  copulas?: readonly string[];
  /** forms of address written before the name and no part of it (besides person-names.ts `before`) */
  forms?: readonly string[];
}

export const CUE_BEFORE_NAME: Record<string, CueBeforeName> = {
  // "… - owner is Ada Brenn, 555 …", "the contact is Ada Brenn."
  en: { roles: ["owner"], contacts: ["contact"], copulas: ["is"] },
  // "la patronne c'est Ada Brenn", "le gérant est Luc Varin"
  fr: { roles: ["patron", "patronne", "gérant", "gérante"], copulas: ["c'est", "c’est", "est"] },
  // "Pemiliknya Bu Ratna Hapsari, …", "ketuanya Pak Budi Santoso (WA …)": the possessive "-nya"
  id: {
    roles: ["pemilik", "ketua"],
    possessive: ["nya"],
    copulas: ["adalah"],
    forms: ["bu", "pak"],
  },
  // Ukrainian "owner" (m., f.) and "contact": "власник Олег Коваль, тел.", "Контакт — Олег Коваль"
  uk: { roles: ["власник", "власниця"], contacts: ["контакт"], forms: ["пан", "пані"] },
  // Russian "owner" (m., f.); "контакт" is the Ukrainian entry's
  ru: { roles: ["владелец", "владелица"], forms: ["господин", "госпожа"] },
  // Polish "owner" (m., f.): "właściciel Adam Kos, tel. …"
  pl: { roles: ["właściciel", "właścicielka"], forms: ["pan", "pani"] },
  // Greek "the person in charge" (f., m.) and "is": "Υπεύθυνη είναι η κα Άννα Ζερβού, …"
  el: { contacts: ["υπεύθυνη", "υπεύθυνος"], copulas: ["είναι"], forms: ["η κα", "ο κ.", "η κ.", "κα", "κ."] },
  // Finnish "the contact person", "our contact person", "as the contact person" and "is", "acts":
  // "Yhteyshenkilö on Eeva Salo, …", "yhteyshenkilönä toimii Eeva Salo" (a title may stand between:
  // TITLE_AFTER_CUE_RE)
  fi: { contacts: ["yhteyshenkilö", "yhteyshenkilömme", "yhteyshenkilönä"], copulas: ["on", "toimii"] },
  // Estonian "the contact person" and "is": "Kontaktisik on Mari Kask, …"
  et: { contacts: ["kontaktisik"], copulas: ["on"] },
  // Hebrew "the contact person" (m., f.) and "he is", "she is": "איש הקשר הוא <name>, …"
  he: { contacts: ["איש הקשר", "אשת הקשר"], copulas: ["הוא", "היא"] },
  // Arabic "the person in charge" and "is": "الشخص المسؤول هو المهندس <name>، …", "المسؤولة السيدة <name>";
  // the shop's owner: "صاحب المحل الأستاذ <name>"
  ar: {
    roles: ["صاحب المحل", "صاحبة المحل"],
    contacts: ["الشخص المسؤول", "المسؤول", "المسؤولة"],
    copulas: ["هو", "هي"],
  },
};

const all = (k: keyof CueBeforeName) =>
  Object.values(CUE_BEFORE_NAME)
    .flatMap((t) => t[k] ?? [])
    .sort((a, b) => b.length - a.length);
const alt = (ws: readonly string[]) => ws.map((w) => escapeRegExp(w).replace(/ /g, "[ \\t]")).join("|");

const FORMS = [...all("forms"), ...FORMS_BEFORE.ar!, ...FORMS_BEFORE.he!, ...FORMS_BEFORE.id!].sort(
  (a, b) => b.length - a.length,
);

/**
 * The cue at a word's start (a line's start, a blank, a stop, a comma, a bracket or a dash before
 * it): 1 the role word, 2 its possessive ending, 3 a contact word; then a copula or a dash, and
 * forms of address, up to where the name starts.
 */
export const CUE_BEFORE_NAME_RE = new RegExp(
  String.raw`(?<![\p{L}\p{M}'’])(?:(${alt(all("roles"))})(${alt(all("possessive"))})?|(${alt(all("contacts"))}))` +
    String.raw`(?:[ \t]+(?:${alt(all("copulas"))}))?(?:[ \t]*[–—-](?=[ \t]))?` +
    String.raw`(?:[ \t]+(?:${alt(FORMS)})(?![\p{L}\p{M}]))*[ \t]+`,
  "giu",
);

/** a word of the table in lower case or with its first letter capitalised (no `i` flag: see TITLE_AFTER_CUE_RE) */
const cased = (ws: readonly string[]) => ws.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]);

/**
 * A title written between a contact word (and its copula) and the name, at the end of the text
 * before the name: "Yhteyshenkilö on toimitusjohtaja ", "the contact is Operations Director ";
 * 1 the title, one to three words (the caller checks that it reads as one). Case-sensitive
 * with the table's words as written and capitalised, so `\p{L}` runs without the `i` flag.
 */
export const TITLE_AFTER_CUE_RE = new RegExp(
  String.raw`(?<![\p{L}\p{M}'’])(?:${alt(cased(all("contacts")))})(?:[ \t]+(?:${alt(cased(all("copulas")))}))?` +
    String.raw`[ \t]+((?:[\p{L}\p{M}-]{2,30}[ \t]+){0,2}[\p{L}\p{M}-]{2,30})[ \t]+$`,
  "u",
);

/**
 * Words meaning "the contact person" that a note in a script without blanks between words writes
 * right before the person's name, and the copulas or particles between (no blank needed): Chinese
 * "聯絡人是吳…先生", "联系人郑…总经理", "负责人冯…（店长）"; Japanese "ご担当は総務部長の森田 …様",
 * "担当は上原さん（店長）". Each entry has a unit test in tests/parser/lang/cue-before-name.test.ts.
 */
export const CASELESS_CUE_BEFORE_NAME: Record<string, Required<Pick<CueBeforeName, "contacts" | "copulas">>> = {
  // Chinese (traditional and simplified) "contact person", "person in charge"; "is"
  zh: { contacts: ["聯絡人", "联系人", "聯繫人", "負責人", "负责人"], copulas: ["是", "為", "为"] },
  // Japanese "the one in charge" (polite and plain), with the topic particle
  ja: { contacts: ["ご担当者", "ご担当", "担当者", "担当"], copulas: ["は"] },
};

/** Chinese particles and pronouns no name holds ("客户的总经理", the client's general manager, names nobody) */
export const CASELESS_NOT_IN_NAME: readonly string[] = ["的", "们", "們", "是", "了", "和", "与", "與", "还", "還"];
