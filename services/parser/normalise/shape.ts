// Value shapes: whether a value read for a field can be a complete value of that field at all.
// A value that fails is left null (and a required field listed in `missing`) instead of stored:
// a truncated name, a city or a currency code as the company, a sentence as a person.
import { LABEL_WORDS } from "../lang/index.ts";
import { ISO_CODES, isCurrencyWord } from "./amount.ts";
import { NAME_LINKS_SRC } from "../lang/person-names.ts";
import { isCaselessName } from "./person.ts";
import { EAST_ASIAN_LETTERS, LATIN_LETTER_RE } from "../text/regex.ts";
import { ROLE_WORD_RE } from "../lang/roles.ts";
import { FORMS_BEFORE_SRC, LEGAL_FORMS_SRC } from "../lang/legal-forms.ts";

/** a legal kind written before the name, opening it (lang/legal-forms.ts) */
const FORM_BEFORE_HEAD_RE = new RegExp(String.raw`^(?:${FORMS_BEFORE_SRC})\s+`, "u");

/** Name particles written in lower case or capitalised ("van der", "De la", "d'", "Mc"). */
const PARTICLE = new RegExp(
  String.raw`^(?:van|von|de|der|den|del|della|di|da|das|dos|do|du|la|le|los|las|ter|ten|zu|vom|af|av|bin|binti|bint|ibn|ben|al|el|mc|mac|o['’]|d['’]|ó|nic|i|y|${NAME_LINKS_SRC})$`,
  "iu",
);
/** a name particle ("van", "de", "di", "bin"): a word of a person's name that names no one */
export const isNameParticle = (w: string): boolean => PARTICLE.test(w);
/** "a/l" inside "Arun a/l Muthusamy": a link whose slash is no separator */
const LINK_WORD_RE = new RegExp(String.raw`(?<=\s)${NAME_LINKS_SRC}(?=\s)`, "giu");
/** one word that is a link (lang/person-names.ts links) */
const LINK_ONLY_RE = new RegExp(String.raw`^${NAME_LINKS_SRC}$`, "iu");
const TITLE = /^(?:dr|prof|mag|dipl|ing|med|mba|phd|msc|bsc)\.?$/iu;
/**
 * "רונית לוי", "كريم عبد الرحمن": two to four words in a script without capitals written with blanks
 * (Hebrew, Arabic); a double family name joined by a hyphen or the Hebrew maqaf is one ("לוי-כהן")
 */
const ABJAD_NAME_RE =
  /^[\p{Script=Hebrew}\p{Script=Arabic}]{2,}(?:[-־][\p{Script=Hebrew}\p{Script=Arabic}]{2,})?(?: [\p{Script=Hebrew}\p{Script=Arabic}]{2,}(?:[-־][\p{Script=Hebrew}\p{Script=Arabic}]{2,})?){1,3}$/u;
/** letters of the scripts without capitals (Han, kana, Hangul, Thai, Hebrew, Arabic) and Latin ones */
const UNCASED_LETTER_RE = new RegExp(
  String.raw`[${EAST_ASIAN_LETTERS}\p{Script=Thai}\p{Script=Hebrew}\p{Script=Arabic}]`,
  "u",
);
/** One word of a person's name: letters with inner apostrophes, hyphens or a trailing initial dot. */
const NAME_WORD = /^(?:\p{L}\.(?:-?\p{L}\.)?|[\p{L}][\p{L}'’-]*\p{L}\.?|\p{L}['’]\p{L}[\p{L}'’-]*)$/u;

/**
 * A person's name: 1–5 name-like words, at least one capitalised, not ending in a particle or
 * prefix ("Anna van der", "Liam Mc", "Sean O'"), no address, bracket, digit or sentence punctuation.
 */
export function isCompletePersonName(s: string): boolean {
  const t = s.trim();
  // "黃美玲 Ms. Wong Mei-ling": one name in two scripts, unbracketed, is no one name as written
  if (UNCASED_LETTER_RE.test(t) && LATIN_LETTER_RE.test(t)) return false;
  // "佐々木 美穂", "박지훈": a script without capitals has no case to judge
  if (isCaselessName(t)) return true;
  // Hebrew and Arabic have no case either: the words' script, and no title among them
  if (ABJAD_NAME_RE.test(t.replace(/\s+/g, " "))) return !ROLE_WORD_RE.test(t);
  if (!t || /[<>@:;|/\\\d?!()[\]{}"]/.test(t.replace(LINK_WORD_RE, "x"))) return false;
  const words = t.split(/\s+/).filter((w) => !TITLE.test(w));
  const core = words.filter((w) => !PARTICLE.test(w));
  if (core.length === 0 || core.length > 5 || words.length > 8) return false;
  // "Hurtownia Nowak Sp" is a company cut inside "Sp. z o.o.", not a person
  if (words.some((w) => LEGAL_TOKEN.has(w.toLowerCase().replace(/[.,]$/, "")))) return false;
  if (!words.every((w) => NAME_WORD.test(w.replace(/,$/, "")) || PARTICLE.test(w))) return false;
  if (!words.some((w) => /^\p{Lu}/u.test(w))) return false;
  const last = words[words.length - 1]!;
  if (PARTICLE.test(last) || /['’]$/.test(last)) return false;
  // a link ("dela", "a/l") joins a family name to a given name written out: "Ma. dela Cruz" names
  // only the family, its given name shortened
  const link = words.findIndex((w) => LINK_ONLY_RE.test(w));
  if (link >= 0 && words.slice(0, link).every((w) => w.endsWith("."))) return false;
  // a lower-case word other than a particle ("d'Ambrosio") makes it prose, not a name
  // nor does an Arabic surname's article ("al-Haddad")
  return words.every(
    (w) => !/^\p{Ll}/u.test(w) || PARTICLE.test(w) || /^[dlo]['’]\p{Lu}/u.test(w) || /^(?:al|el|ul)-\p{Lu}/u.test(w),
  );
}

/** Legal-form words that never stand in a person's name. */
const LEGAL_TOKEN = new Set([
  "gmbh",
  "ag",
  "kg",
  "ltd",
  "llc",
  "inc",
  "plc",
  "sp",
  "spa",
  "srl",
  "sarl",
  "sas",
  "bv",
  "nv",
  "oy",
  "ab",
  "aps",
  "pty",
  "ltda",
  "lda",
  "kk",
]);

/** Legal forms that a cut may leave half-written ("Gmb" for GmbH, "Sp. z o." for Sp. z o.o.). */
const LONG_LEGAL = ["gmbh", "kgaa", "gesmbh", "partgmbb", "limited", "ltda", "incorporated", "corporation", "holding"];
const SHORT_LEGAL = new Set([
  "co",
  "corp",
  "inc",
  "ltd",
  "ag",
  "kg",
  "se",
  "sa",
  "as",
  "ab",
  "oy",
  "bv",
  "nv",
  "plc",
  "llc",
  "llp",
  "spa",
  "srl",
  "sl",
  "sas",
  "gmbh",
  "mbh",
  "ug",
  "eg",
]);
/** Abbreviations that name a document, a system or a stage, never a company on their own. */
const NOT_A_COMPANY = new Set(
  "rfp rfq rfi poc pilot erp crm hr it ap ar arr acv mrr nda sla sow msa tbd tba n/a na none unknown demo trial budget q1 q2 q3 q4 asap fyi".split(
    " ",
  ),
);

/**
 * A web address, an e-mail address or a telephone number after a comma, a semicolon, a bar or a
 * spaced dash at a value's end ("Acme Ltd, www.acme.example", "Acme | info@acme.example", "Acme -
 * +44 20 5550 1234"): the company's contact details written on its line, never its name's (inside
 * a bracket they go with the bracket: "Acme (a holding, www.acme.example)"). A typed double hyphen
 * is a dash too ("Acme Ltd -- acme.example").
 */
const CONTACT_DETAIL_AFTER_RE =
  /(?:[,;|]|[ \t](?:--|[-–—/])[ \t])[ \t]*(?:https?:\/\/[^\s()[\]]+|www\.[^\s()[\]]+|[\p{L}\p{N}._%+'-]+@[^\s@()[\]]+|[\p{Ll}\p{N}-]+(?:\.[\p{Ll}\p{N}-]+)*\.\p{Ll}{2,}\/?|\+?\d[\d \t()/.-]{5,}\d)[ \t]*$/u;

/**
 * "株式会社エデュ (Edu Co., Ltd.)": a name in Han, kana or Hangul, then its registered name in Latin
 * letters, legal form and all, in brackets: one name in two scripts, the bracket no description
 * (firms there register an English name beside the name at home).
 */
const LATIN_LEGAL_NAME_IN_BRACKETS_RE = new RegExp(
  String.raw`^(?=[^\p{Script=Latin}]*?[${EAST_ASIAN_LETTERS}])[^\p{Script=Latin}]*\([\p{Script=Latin}\d .,&'’-]*[ ,](?:${LEGAL_FORMS_SRC})\)$`,
  "u",
);

/**
 * The company name without a description in brackets ("Acme (logistics, 40 staff)" -> "Acme") or
 * contact details after it ("Acme Ltd, www.acme.example" -> "Acme Ltd").
 */
export function tidyCompanyName(s: string): string {
  // "(Pty) Ltd", "(haftungsbeschränkt)" are part of the legal form, and so are the bracketed
  // short forms of the Japanese and Korean ones ("…(株)", "…(주)": lang/legal-forms.ts)
  return (
    s
      .replace(CONTACT_DETAIL_AFTER_RE, "")
      // only at the end, and not a registered Latin name: "Fenwick & Daughters (Carlisle) Ltd", "Acme (UK) Ltd" carry the bracket in the registered name
      .replace(
        /\s*[([](?!\s*(?:pty|pvt|private|haftungsbeschränkt|株|有|주|유)\s*[)\]])[^()[\]]*[)\]]\s*$/iu,
        (b, _at, all: string) => (LATIN_LEGAL_NAME_IN_BRACKETS_RE.test(all.trim()) ? b : ""),
      )
      .replace(/\s+/g, " ")
      .trim()
  );
}

/**
 * A company name: not a label word, a currency code, a document abbreviation, a sentence, or a
 * name cut inside its legal form.
 */
export function isPlausibleCompanyName(s: string): boolean {
  const t = s.trim();
  if (t.length < 2 || t.length > 90) return false;
  const lower = t.toLowerCase().replace(/[:.]+$/, "");
  if (LABEL_WORDS.has(lower) || NOT_A_COMPANY.has(lower) || ISO_CODES.includes(t.toUpperCase())) return false;
  const words = t.split(/\s+/);
  // a legal kind opening the name ("Công ty TNHH MTV …") is no word of the name's own
  if (t.replace(FORM_BEFORE_HEAD_RE, "").split(/\s+/).length > 9) return false;
  // a sentence: a full stop, question or exclamation mark followed by lower-case words
  // ("Sp. z o.o." and "S.A. de C.V." are legal forms, not sentences)
  if (/[.!?]\s+\p{Ll}{3,}\s+\p{Ll}{2,}/u.test(t)) return false;
  const last = words[words.length - 1]!.toLowerCase().replace(/[.,]$/, "");
  if (
    words.length > 1 &&
    !SHORT_LEGAL.has(last) &&
    LONG_LEGAL.some((f) => f.startsWith(last) && f !== last && last.length >= 2)
  )
    return false;
  return true;
}

/** A count or a number ("6", "12,5"), or a small roman numeral ("III", "XIV"): a figure, no place. */
const FIGURE_RE = /^(?:[\d.,\s]+|X{0,3}(?:IX|IV|V?I{1,3}|V))$/u;

/** a sentence: two lower-case words opening it, a full stop closing it ("see the list below.") */
const SENTENCE_RE = /^\p{Ll}+\s+\p{Ll}+\s[^.]*\.$/u;

/**
 * A place or region: not a currency code or sign, a label word, a document abbreviation, a figure
 * or a sentence ("see the list below.").
 */
export function isPlausiblePlace(s: string): boolean {
  const t = s.trim();
  const lower = t.toLowerCase();
  return (
    !!t &&
    !ISO_CODES.includes(t.toUpperCase()) &&
    !isCurrencyWord(t) &&
    !FIGURE_RE.test(t) &&
    !SENTENCE_RE.test(t) &&
    !LABEL_WORDS.has(lower) &&
    !NOT_A_COMPANY.has(lower) &&
    // "Emilia-Romagna (6 sites between Bologna and Modena)": the aside does not count
    t
      .replace(/\([^)]*\)/g, " ")
      .trim()
      .split(/\s+/)
      // places listed are one region: "Hue and Can Tho" (Vietnamese "và")
      .filter((w) => !/^(?:and|und|et|y|e|&|\+|og|och|và)$/i.test(w)).length <= 6
  );
}
