// Person names as partners write them: "Herr Matthias Kröger", "Dr. Alan Whitaker",
// "Erik Solberg, Group Controller", "noch offen (wird nachgereicht)".
import { ALL as BUSINESS_NOUNS, ALSO_GIVEN_NAMES } from "../lang/business-nouns.ts";
import * as NAMES from "../lang/person-names.ts";
import { EAST_ASIAN_LETTERS, escapeRegExp, LATIN_LETTER_RE } from "../text/regex.ts";
import { ROLE_WORD_RE } from "../lang/roles.ts";
import { CASELESS_LEGAL_RE } from "../lang/legal-forms.ts";

/** business-type nouns that open a business's name and no person's */
const BUSINESS_FIRST = new Set(BUSINESS_NOUNS.filter((n) => !ALSO_GIVEN_NAMES.includes(n)));

const PLACEHOLDER =
  /^(?:[-–—/.?]*|n\/?a|tbd|tba|tbc|unknown|none|not yet|to follow|follows|noch offen|offen|folgt|unbekannt|wird nachgereicht|keine?r?|k\.\s?a\.)$/iu;
const SALUTATION =
  /^(?:(?:herrn?|frau|mr|mrs|ms|miss|mx|sir|madam|madame|mme|mlle|monsieur|m|sra|sr|srta|puan|encik|cik|shri|smt|lic|licda|cr|cra|c\.\s?p|abg|mtro|mtra|dona|dña|mevrouw|mevr|dhr|signora|signor|sig|pani|pan|hr|me|ma[iî]tre|av|sig\.?ra|sig\.?na|dott\.?(?:ssa)?|dr\.ssa|eng\.?[ªº]?|eng[ªº]|avv|arq)\.?(?:\s+|$))+/iu;
/** `s` opens with a form of address ("Mrs …", "Herr …", "Sra. …"): a person is named, not a firm. */
export function opensWithSalutation(s: string): boolean {
  return SALUTATION.test(s);
}
/** "Dipl.-Ing.", "Ing.", "Bc." before a name are degrees, not part of it (Dr., Prof. and Mag. stay, as written). */
const DEGREE =
  /^(?:(?:dipl\.?\s?-\s?(?:ing|kfm|kff|oec|inf|psych|betriebsw|wirt\.?\s?-\s?ing|volksw)\.?|ing\.|bc\.)\s+)+/iu;
/** The faculty after a degree ("Dr. iur.", "lic. iur.", "Mag. rer. soc."), not part of the name; the degree itself stays as written. */
const FACULTY = /^((?:dr|mag)\.\s*)?(?:iur|jur|rer\.\s?(?:nat|pol|soc|oec)|oec|phil|med)\.\s+/iu;
/** Degrees and post-nominals after a name ("…, LL.M.", "… MBA", "…, Esq."). */
const POSTNOMINAL = /(?:,?\s+(?:LL\.?\s?[MB]\.?|MBA|Ph\.?\s?D\.?|M\.?\s?Sc\.?|Esq\.?|J\.?D\.?|CPA))+$/u;
/** Words that make a string a role rather than part of a name. */
const ROLE =
  /\b(?:ceo|cfo|coo|cto|cio|vp|svp|evp|head|director|manager|controller|owner|founder|co-founder|partner|lead|chief|officer|president|accountant|assistant|supervisor|analyst|consultant|engineer|buyer|procurement|finance|accounting|operations|it|ap|leiter(?:in)?|geschäftsführer(?:in)?|inhaber(?:in)?|gesellschafter(?:in)?|vorstand|prokurist(?:in)?|buchhaltung|einkauf|referent(?:in)?|sachbearbeiter(?:in)?|teamleiter(?:in)?|abteilungsleiter(?:in)?|kaufmännische[rn]?|assistenz|berater(?:in)?|directeur|directrice|diretora?|direktor(?:in)?|directora?|direttore|direttrice|gerente|planner|dispatcher|\p{L}*leitung|\p{L}*verwalter(?:in)?|drh|ciso|chro|cso|hr|people|personal)\b/iu;

/** Forms of address and titles before a name in the languages of lang/person-names.ts ("Ông", "mw. drs.", "inż."). */
const TITLE_BEFORE = new RegExp(
  `^(?:(?:${Object.values(NAMES.before).flat().map(escapeRegExp).join("|")})(?:\\s+|$))+`,
  "iu",
);
/** Degrees written in capitals before a name ("DI …"): read with their case, and never the name's only word. */
const TITLE_AS_WRITTEN = new RegExp(
  `^(?:${NAMES.beforeAsWritten.map(escapeRegExp).join("|")})\\s+(?=\\p{Lu}\\p{Ll})`,
  "u",
);
/** "D. Íñigo Larrea": a title before a given name and a family name (lang/person-names.ts). */
const TITLE_BEFORE_FULL_NAME = new RegExp(
  String.raw`^(?:${NAMES.beforeFullName.map(escapeRegExp).join("|")})\s+(?=\p{Lu}\p{Ll}+\s+(?:\p{Ll}{1,3}\s+){0,2}\p{Lu})`,
  "u",
);
/** A table's lower-case word with its first letter in either case ("anh": "Anh" or "anh"), the rest as written. */
const initialEitherCase = (word: string) =>
  `[${escapeRegExp(word.charAt(0).toUpperCase())}${escapeRegExp(word.charAt(0))}]${escapeRegExp(word.slice(1))}`;
/** "Anh Phạm Quốc Bảo": a form of address before a name of three words or more (lang/person-names.ts). */
const TITLE_BEFORE_LONG_NAME = new RegExp(
  String.raw`^(?:${NAMES.beforeLongName.map(initialEitherCase).join("|")})\s+(?=\p{Lu}[\p{L}'’-]*\s+\p{Lu}[\p{L}'’-]*\s+\p{Lu})`,
  "u",
);
/** "Zeynep Hanım": a form of address written as a word after the name (lang/person-names.ts), never its only word. */
const AFTER_WORD_RE = new RegExp(
  String.raw`(?<=\p{L}\.?)\s+(?:${Object.values(NAMES.afterWord).flat().map(escapeRegExp).join("|")})$`,
  "iu",
);
const ADDRESSED_GIVEN_NAME_RE = new RegExp(
  String.raw`^\p{Lu}\p{Ll}+\s+(?:${Object.values(NAMES.afterWord).flat().map(initialEitherCase).join("|")})$`,
  "u",
);

/**
 * "Zeynep Hanım": one given name with a form of address written after it (lang/person-names.ts),
 * how the person is called: a complete name though one word.
 */
export function isAddressedGivenName(written: string): boolean {
  const t = written
    .trim()
    .replace(/\s+/g, " ")
    .replace(/[.,;:]+$/u, "");
  // "คุณสมใจ": a given name in a caseless script with the form of address joined before it
  if (JOINED_BEFORE_RE.test(t)) return JOINED_GIVEN_NAME_RE.test(t.replace(JOINED_BEFORE_RE, ""));
  return ADDRESSED_GIVEN_NAME_RE.test(t);
}
/** one word of letters and their marks, no title (the given name after a joined form of address) */
const JOINED_GIVEN_NAME_RE = /^[\p{L}\p{M}]{2,12}$/u;
/** Letters of the scripts that know no capitals (Han, kana, Hangul): a name in them has no shape of case. */
const CASELESS = `${EAST_ASIAN_LETTERS}ー`;
const CASELESS_NAME_RE = new RegExp(`^[${CASELESS}]{1,5}(?: [${CASELESS}]{1,5})?$`, "u");
/**
 * "สมชาย ใจดี": Thai, also without capitals, writes a given name and a family name as two words
 * with one blank between them (and none inside a sentence's words): two such words, no title
 * among them and no firm's legal form.
 */
const THAI_NAME_RE = /^\p{Script=Thai}{2,24} \p{Script=Thai}{2,24}$/u;
/**
 * "राहुल वर्मा": Devanagari has no capitals either and writes a name as two or three words; its vowel
 * signs are marks (the range holds letters and marks, not the dandas or the digits).
 */
const DEVANAGARI_NAME_RE = /^[\u0900-\u0963\u0971-\u097F]{2,24}(?: [\u0900-\u0963\u0971-\u097F]{2,24}){1,2}$/u;
/** a form of address written joined to the name after it (Thai "คุณสมชาย"): lang/person-names.ts */
const JOINED_BEFORE_RE = new RegExp(`^(?:${Object.values(NAMES.beforeJoined).flat().join("|")})`, "u");
const HONORIFIC_AFTER_RE = new RegExp(
  `[ \\t]?(?:${Object.values(NAMES.after).flat().map(escapeRegExp).join("|")})$`,
  "u",
);
const LATIN_NAME_RE = /^[\p{Script=Latin}][\p{Script=Latin}.'’ -]*$/u;

/** "佐々木 美穂", "박지훈", "林美華": a name in a script without capitals, one or two words. */
export function isCaselessName(s: string): boolean {
  const t = s.trim();
  if (THAI_NAME_RE.test(t) || DEVANAGARI_NAME_RE.test(t)) return !ROLE_WORD_RE.test(t) && !CASELESS_LEGAL_RE.test(t);
  return CASELESS_NAME_RE.test(t) && t.replace(/ /g, "").length >= 2;
}

/** a team's or a department's word in a caseless script ("총무팀", "営業部"): lang/person-names.ts */
const DEPARTMENT_END_RE = new RegExp(
  `^[${CASELESS}]+(?:${Object.values(NAMES.departmentAfter).flat().map(escapeRegExp).join("|")})$`,
  "u",
);

/** "총무팀", "営業部": a team's or a department's word in a caseless script (lang/person-names.ts). */
export function isCaselessDepartment(word: string): boolean {
  return DEPARTMENT_END_RE.test(word);
}

/**
 * "박지훈 구매팀장", "佐藤 美咲 部長": a name in a caseless script with the job title written after
 * it, or before it ("院長 山田 花子 様"), or a department and a title after it ("박지훈 총무팀 팀장");
 * the name and the title, or null when neither end is a title.
 */
export function splitTitleAfter(s: string): { name: string; title: string } | null {
  const words = s.trim().replace(HONORIFIC_AFTER_RE, "").replace(JOINED_BEFORE_RE, "").split(/\s+/);
  if (words.length < 2) return null;
  if (ROLE_WORD_RE.test(words[0]!)) {
    const after = words.slice(1).join(" ").replace(HONORIFIC_AFTER_RE, "");
    if (isCaselessName(after)) return { name: after, title: words[0]! };
  }
  // "王磊 (生产部经理)": the title in brackets after the name is the title without them
  const title = words[words.length - 1]!.replace(/^\((.+)\)$/u, "$1");
  if (!ROLE_WORD_RE.test(title)) return null;
  if (words.length === 3 && DEPARTMENT_END_RE.test(words[1]!) && isCaselessName(words[0]!))
    return { name: words[0]!, title: words.slice(1).join(" ") };
  const name = words.slice(0, -1).join(" ").replace(HONORIFIC_AFTER_RE, "");
  return isCaselessName(name) ? { name, title } : null;
}

/**
 * "品質保証部 部長 山田 美咲 様": a name in a caseless script with a department and the title written
 * before it; the name and the title, or null.
 */
export function splitDepartmentTitleBefore(s: string): { name: string; title: string } | null {
  const words = s.trim().replace(HONORIFIC_AFTER_RE, "").split(/\s+/);
  if (words.length < 3 || !DEPARTMENT_END_RE.test(words[0]!) || !ROLE_WORD_RE.test(words[1]!)) return null;
  const name = words.slice(2).join(" ").replace(HONORIFIC_AFTER_RE, "");
  return isCaselessName(name) ? { name, title: words.slice(0, 2).join(" ") } : null;
}

/**
 * "山本 美咲 (Yamamoto Misaki) 様", "ITO Haruki (伊藤 春樹)": a name written in a caseless script
 * and in Latin letters, one of them in brackets. The Latin one is the name as the mail's other
 * readers write it; other values are returned unchanged.
 */
function latinOfTwoScripts(s: string): string {
  const m = /^([^()]*)\(([^()]*)\)([^()]*)$/u.exec(s.replace(/（/g, "(").replace(/）/g, ")"));
  if (!m) return s;
  const inside = m[2]!.trim();
  const outside = `${m[1]!} ${m[3]!}`.replace(/\s+/g, " ").trim().replace(HONORIFIC_AFTER_RE, "").trim();
  if (isCaselessName(outside.replace(HONORIFIC_AFTER_RE, "")) && LATIN_NAME_RE.test(inside)) return inside;
  if (isCaselessName(inside.replace(HONORIFIC_AFTER_RE, "")) && LATIN_NAME_RE.test(outside)) return outside;
  return s;
}

const HAS_CASELESS_RE = new RegExp(`[${CASELESS}]`, "u");

/** a letter of a script other than Latin (Arabic, Hebrew, Greek, Cyrillic, Thai, CJK…) */
export const OTHER_SCRIPT_RE = /[^\P{L}\p{Script=Latin}]/u;
const SPACED_DASH_RE = /^(.+?)\s+[–—-]\s+(.+)$/u;

/**
 * "教務部長 (Head of Academic Affairs)", "Vice Principal (교감)": a value written in a caseless
 * script and in Latin letters, one of them in brackets: the Latin one; so too a value in another
 * script and in Latin letters parted by a spaced dash ("مستشفى … – … Hospital", as bilingual forms
 * of the Gulf write a name). Other values unchanged.
 */
export function latinOfTwoScriptValue(s: string): string {
  const d = SPACED_DASH_RE.exec(s.trim());
  if (d) {
    const other = (t: string) => OTHER_SCRIPT_RE.test(t) && !LATIN_LETTER_RE.test(t);
    const latin = (t: string) => LATIN_LETTER_RE.test(t) && !OTHER_SCRIPT_RE.test(t);
    if (other(d[1]!) && latin(d[2]!)) return d[2]!;
    if (latin(d[1]!) && other(d[2]!)) return d[1]!;
  }
  const m = /^([^()]*)\(([^()]*)\)\s*$/u.exec(s.replace(/（/g, "(").replace(/）/g, ")").trim());
  if (!m) return s;
  const [outside, inside] = [m[1]!.trim(), m[2]!.trim()];
  // the other script's side may keep a Latin acronym or word ("ＡＢ物産" beside "AB Trading"): it is
  // written in the caseless script all the same
  const caseless = (t: string) => HAS_CASELESS_RE.test(t);
  const latin = (t: string) => LATIN_LETTER_RE.test(t) && !HAS_CASELESS_RE.test(t);
  if (caseless(outside) && latin(inside)) return inside;
  if (caseless(inside) && latin(outside)) return outside;
  return s;
}

/** A tidy person name, or null for placeholders ("tbd", "noch offen", "–"). Academic titles stay. */
export function cleanPersonName(s: string): string | null {
  let name = latinOfTwoScripts(s)
    .replace(/（[^）]*）/g, " ")
    .replace(/\([^)]*\)/g, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  name = name.replace(/^["'„“]+|["'“”.,;:]+$/gu, "").trim();
  if (PLACEHOLDER.test(name)) return null;
  // "Erik Solberg, Group Controller" / "Jana Novak - CFO": cut only when the tail reads as a role
  const cut = /^(.+?)\s*(?:,|\s[-–—|]\s)\s*(.+)$/u.exec(name);
  if (cut?.[1] && cut[2] && ROLE.test(cut[2])) name = cut[1];
  // "Ing. Agr. Lucía …", "mw. drs. Ingrid …": forms of address and degrees, in any order
  for (let prev = ""; prev !== name;) {
    prev = name;
    name = name
      .replace(SALUTATION, "")
      .trim()
      .replace(DEGREE, "")
      .trim()
      .replace(TITLE_BEFORE, "")
      .trim()
      .replace(TITLE_AS_WRITTEN, "")
      .trim()
      .replace(TITLE_BEFORE_FULL_NAME, "")
      .trim()
      .replace(TITLE_BEFORE_LONG_NAME, "")
      .trim()
      .replace(JOINED_BEFORE_RE, "");
  }
  name = name
    .replace(FACULTY, "$1")
    .replace(POSTNOMINAL, "")
    .replace(HONORIFIC_AFTER_RE, "")
    .replace(AFTER_WORD_RE, "")
    .trim();
  if (!name || PLACEHOLDER.test(name) || !/\p{L}/u.test(name)) return null;
  return givenNameFirst(displayNameOrder(name));
}

// "KOWALSKI Jan", "NGUYEN Van Minh": the surname first in capitals, as forms in Poland, France or
// Vietnam write it; the surname in capitals is never a role ("CFO Jan" is not a name)
const CAPS_SURNAME_FIRST = /^(\p{Lu}{2,}(?:[-'’ ]\p{Lu}{2,})*)\s+(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)?)$/u;

/**
 * "KOBAYASHI Daisuke" as written, for the name givenNameFirst made of it ("Daisuke Kobayashi"),
 * when `text` writes it so: Japanese, Korean and Chinese names keep the family name first, and
 * the capitals only mark it. The family name is written with one capital ("Kobayashi Daisuke");
 * null when the text does not write the name family-first in capitals.
 */
export function familyNameFirstAsWritten(name: string, text: string): string | null {
  const [given, family, ...rest] = name.split(" ");
  if (!given || !family || rest.length > 0) return null;
  const written = `${family.toUpperCase()} ${given}`;
  const at = text.replace(/[ \t]+/g, " ").indexOf(written);
  if (at < 0 || /\p{L}/u.test(text.replace(/[ \t]+/g, " ").charAt(at + written.length))) return null;
  return `${family} ${given}`;
}

/** "KOWALSKI Jan" -> "Jan Kowalski"; other names unchanged. */
export function givenNameFirst(s: string): string {
  const m = CAPS_SURNAME_FIRST.exec(s);
  if (!m?.[1] || !m[2] || ROLE.test(m[1])) return s;
  const surname = m[1]
    .toLowerCase()
    .replace(/(^|[-'’ ])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  return `${m[2]} ${surname}`;
}

const PARTICLE = new RegExp(
  String.raw`^(?:von|van|de|der|den|du|da|di|del|della|le|la|zu|vom|ten|ter|bin|binti|bint|ibn|ben|al|el|dos|das|do|ó|i|y|${NAMES.NAME_LINKS_SRC})$`,
  "u",
);
/** "J.", "J.P.", "J.-P.": initials count as a name word when a full word follows */
const INITIALS = /^\p{Lu}\.(?:-?\p{Lu}\.)?$/u;
const TITLE = /^(?:dr|prof|mag|dipl|ing|med|rer|nat|phil|jur|mba|phd|msc|bsc)\.?$/iu;
const COMPANY_WORD =
  /^(?:gmbh|ag|kg|ohg|ug|eg|se|ltd|limited|llc|llp|inc|corp|co|plc|pty|sa|sas|bv|nv|as|ab|oy|team|ap|ar|accounts|accounting|payable|receivable|finance|sales|support|info|office|billing|invoices?|buchhaltung|rechnungswesen|einkauf|service|services|group|gruppe|holding|solutions|systems|consulting|partners?|department|abteilung|hr|it|admin|contact|kontakt|noreply|no-reply|security|metzgerei|bäckerei|baeckerei|brauerei|schreinerei|tischlerei|zimmerei|gärtnerei|druckerei|spedition|apotheke|praxis|kanzlei|autohaus|gasthof|gasthaus|hotel|klinik|kliniken|stadtwerke|verlag|bakery|brewery|pharmacy|clinic|dental|foods|logistics|logistik)$/iu;
// prefixed surnames keep their inner capital: "McAllister", "MacLeod", "DiNapoli", "DeSousa", "LaRue",
// also in a double surname ("O'Brien-Walsh"), and after an elided article ("Dell'Acqua", "Dall'Olio")
const NAME_WORD =
  /^(?:(?:d['’]|(?:al|el|ul)-)?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*|\p{Lu}\p{Ll}{0,3}['’]\p{Lu}[\p{Ll}]+(?:-\p{Lu}[\p{Ll}'’]+)?|\p{Lu}\p{Ll}{1,3}\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)$/u;

/** 2–4 capitalised words (particles, hyphens, diacritics allowed; titles ignored), no company words. */
export function looksLikePersonName(s: string): boolean {
  const words = s
    .trim()
    .replace(/\s+/g, " ")
    .split(" ")
    .filter((w) => w && !TITLE.test(w));
  // (a link written in lower case inside the name is none: "ap" in "Dafydd ap Owain")
  if (words.some((w, i) => COMPANY_WORD.test(w.replace(/[.,]$/, "")) && !(i > 0 && PARTICLE.test(w)))) return false;
  // "Posada Los Alerces", "Quinta do Vale": a business-type noun opens a business's name, not a person's
  if (words.length > 0 && BUSINESS_FIRST.has(words[0]!)) return false;
  // a particle inside a name may be capitalised ("María José De la Cruz Ortega")
  const core = words.filter((w, i) => !PARTICLE.test(i > 0 ? w.toLowerCase() : w));
  if (core.length < 2 || core.length > 4 || words.length > 6) return false;
  if (core.every((w) => INITIALS.test(w))) return false;
  return core.every((w) => NAME_WORD.test(w) || INITIALS.test(w));
}

/** "Neumeister, Sabine" (the Exchange display-name order) -> "Sabine Neumeister"; other names unchanged. */
export function displayNameOrder(s: string): string {
  const m = /^(\p{Lu}[\p{L}'’-]+),\s*(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)$/u.exec(s.trim());
  if (!m?.[1] || !m[2] || ROLE.test(m[2]) || ROLE.test(m[1])) return s;
  return `${m[2]} ${m[1]}`;
}
