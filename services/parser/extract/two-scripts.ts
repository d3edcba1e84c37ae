// A company's name written in two scripts: in the script of the mail's language and in Latin letters
// in brackets after it ("شركة … (… Co.)", "株式会社… (… K.K.)"). Which of the two the registration
// means is read from how the mail writes its other names. Pure.
import { allMatches, LATIN_LETTER_RE } from "../text/regex.ts";
import { latinOfTwoScriptValue, OTHER_SCRIPT_RE } from "../normalise/person.ts";
import { findUrls } from "../normalise/domain.ts";
import { fold } from "./text-utils.ts";
import { LEGAL_SUFFIX_RE } from "./organization.ts";

/** a value ending in one bracketed part (ASCII or full-width brackets): the part before and the part inside */
const OUTSIDE_THEN_BRACKET_RE = /^([^()（）]+)[(（]([^()（）]+)[)）]\s*$/u;
/** a bracketed part of a line, for the glosses of a text */
const BRACKETED_RE = /[(（]([^()（）\n]{1,80})[)）]/gu;
/** a Latin gloss: a capitalised word first, no letter of another script */
const CAPITALISED_RE = /^\p{Lu}/u;
/** where a name's words part (folded) */
const NOT_WORD_RE = /[^\p{L}\p{N}]+/u;
/** a letter of another script closing the words before a bracket */
const OTHER_SCRIPT_END_RE = /[^\P{L}\p{Script=Latin}]$/u;

/** Latin letters and no letter of another script */
export const latinOnly = (t: string) => LATIN_LETTER_RE.test(t) && !OTHER_SCRIPT_RE.test(t);

/**
 * The name of a labelled company value written in two scripts. Written in another script with its
 * Latin form in brackets after it, the name is the one written first, unless the mail writes its
 * other names so too (another name or place of its text glossed in Latin letters in brackets):
 * then its names are read in Latin, and the Latin one is the name. The contact's own name glossed
 * (`people`: the labelled contact's value) counts only when the partner romanises their own name
 * as well: a person's name is often romanised for the reader where the firm's is not. A website in the brackets is no
 * Latin form: the name is the one before it. Else a subject that writes the Latin form only (not
 * the other script's) leaves it open: partners so writing mean either (null). A value written in Latin
 * first, or in another shape, is read as latinOfTwoScriptValue reads it. `text` is the mail's text
 * the value was read from; `ownNames` the names of the partner's side (the sender's own name glossed
 * in their signature says nothing of how the registration's names are read, unless the contact's
 * is glossed too; the partner's firm glossed there with its legal form does: `signature`, see
 * glossesOwnFirm).
 */
export function companyOfTwoScripts(
  value: string,
  text: string,
  ownNames: readonly string[],
  subject = "",
  signature = "",
  people: readonly string[] = [],
): string | null {
  const m = OUTSIDE_THEN_BRACKET_RE.exec(value.trim());
  const [outside, inside] = m ? [m[1]!.trim(), m[2]!.trim()] : ["", ""];
  if (!m || !OTHER_SCRIPT_RE.test(outside) || !latinOnly(inside)) return latinOfTwoScriptValue(value);
  // "서림대학교 (www.example.ac.kr)": the website beside the name, not its Latin form
  if (findUrls(inside)[0]?.value === inside) return outside;
  if (!CAPITALISED_RE.test(inside)) return latinOfTwoScriptValue(value);
  if (glossesOtherNames(text, inside, ownNames, people, signature) || glossesOwnFirm(signature, inside)) return inside;
  return subjectWritesOnlyLatin(subject, inside, outside) ? null : outside;
}

/**
 * The subject writes the Latin form's words (without its legal form) in a row and not the first
 * word of the form in the other script ("Deal – Acme Print House" above "مطبعة … (Acme Print House Ltd)").
 */
function subjectWritesOnlyLatin(subject: string, latin: string, other: string): boolean {
  const words = (s: string) => fold(s).split(NOT_WORD_RE).filter(Boolean);
  const core = words(latin.replace(LEGAL_SUFFIX_RE, ""));
  const said = words(subject);
  const otherFirst = fold(other).split(/\s+/)[0];
  if (core.length === 0 || !otherFirst || fold(subject).includes(otherFirst)) return false;
  return ` ${said.join(" ")} `.includes(` ${core.join(" ")} `);
}

/** The capitalised Latin glosses `text` writes in brackets right after a name of another script. */
function latinGlosses(text: string): Array<{ gloss: string; before: string }> {
  const out: Array<{ gloss: string; before: string }> = [];
  for (const b of allMatches(text, BRACKETED_RE)) {
    const gloss = b[1]!.trim();
    if (!latinOnly(gloss) || !CAPITALISED_RE.test(gloss)) continue;
    const before = text.slice(Math.max(0, b.index - 80), b.index).trimEnd();
    if (OTHER_SCRIPT_END_RE.test(before)) out.push({ gloss, before });
  }
  return out;
}

/**
 * Does `text` write a name of another script with a Latin gloss in brackets, other than `latin`
 * itself and the names of the partner's side? A gloss of one of `people` (the contact's name, as
 * labelled) counts only when the partner glosses their own name too, in `text` or `signature`
 * ("김하늘 (Kim Ha-neul)" below the mail): both people then written for a reader of Latin letters.
 */
function glossesOtherNames(
  text: string,
  latin: string,
  ownNames: readonly string[],
  people: readonly string[] = [],
  signature = "",
): boolean {
  const skip = new Set([latin, ...ownNames].map(fold));
  const owns = ownNames.map((n) => n.trim()).filter(Boolean);
  const own = ({ gloss, before }: { gloss: string; before: string }) =>
    skip.has(fold(gloss)) || owns.some((n) => before.endsWith(n));
  const others = latinGlosses(text).filter((g) => !own(g));
  const ofPeople = ({ gloss }: { gloss: string }) => people.some((p) => fold(p).includes(fold(gloss)));
  if (others.some((g) => !ofPeople(g))) return true;
  if (others.length === 0) return false;
  return [...latinGlosses(text), ...latinGlosses(signature)].some((g) => fold(g.gloss) !== fold(latin) && own(g));
}

/**
 * Does the partner's `signature` write a firm's name of another script with its Latin form in
 * brackets, closed by a legal form ("… (Acme Trading FZ-LLC)")? The partner writes firms' names in
 * both scripts and means the Latin one as the registered name. A person's name glossed there
 * (the sender's own, romanised for the vendor) says nothing, and has no legal form.
 */
function glossesOwnFirm(signature: string, latin: string): boolean {
  return latinGlosses(signature).some(
    // a form joined to its free-zone part by a hyphen ("FZ-LLC") closes the name as "LLC" does
    ({ gloss }) => fold(gloss) !== fold(latin) && LEGAL_SUFFIX_RE.test(` ${gloss.replace(/-/g, " ")}`),
  );
}
