// How out-of-office answers say when the person is back, as data: the words that lead to the
// date, and month names, per language. Read by return-date.ts; every entry has an example
// that a test parses.
import type { PhraseEntry } from "./tables.ts";

/**
 * Words right before the return (or last absent) date. The date that follows within a few
 * words is taken as stated; "until 18.12." and "back on 18.12." both give 18 December.
 */
export const RETURN_LEADS: PhraseEntry[] = [
  {
    pattern: /\b(?:back|returning|return(?: to the office)?|in the office again)(?: (?:on|in the office on|from))?\b/i,
    source: "en",
    example: "I am travelling and back on 14 December 2026.",
  },
  {
    pattern: /\b(?:until|till|through|thru)(?: and including)?\b/i,
    source: "en",
    example: "I'm away from the office until 7 January 2027.",
  },
  {
    pattern: /\bbis(?: einschließlich| einschl\.| zum| am| inklusive)?\b/i,
    source: "de",
    example: "Ich bin bis einschließlich 18.12.2026 nicht im Büro",
  },
  {
    pattern: /\b(?:ab|zurück am|wieder (?:da|erreichbar) (?:am|ab))(?: dem)?\b/i,
    source: "de",
    example: "Ab dem 7. Januar 2027 bin ich wieder erreichbar.",
  },
  {
    pattern: /\b(?:jusqu'au|jusqu’au|de retour le|à partir du|retour prévu le)\b/i,
    source: "fr",
    example: "Je suis absente du bureau jusqu'au 4 janvier 2027 inclus.",
  },
  {
    pattern: /\b(?:hasta el|de regreso el|regreso el|volveré el)\b/i,
    source: "es",
    example: "Estoy fuera de la oficina hasta el 10 de diciembre de 2026.",
  },
  {
    pattern: /\b(?:tot en met|tot|terug op|vanaf)\b/i,
    source: "nl",
    example: "Ik ben afwezig tot en met 11 december 2026.",
  },
  {
    pattern: /\b(?:fino al|rientro il|di ritorno il)\b/i,
    source: "it",
    example: "Sono fuori ufficio fino al 15 dicembre 2026.",
  },
];

/** Month names (and common abbreviations) -> month number, all languages in one table. */
export const MONTHS: { names: string[]; month: number; example: string }[] = [
  {
    month: 1,
    names: ["january", "jan", "januar", "jänner", "janvier", "janv", "enero", "januari", "gennaio", "janeiro"],
    example: "7 January 2027",
  },
  {
    month: 2,
    names: ["february", "feb", "februar", "février", "fevrier", "févr", "febrero", "februari", "febbraio", "fevereiro"],
    example: "2. Februar 2027",
  },
  { month: 3, names: ["march", "mar", "märz", "maerz", "mars", "marzo", "maart", "março"], example: "March 3rd, 2027" },
  { month: 4, names: ["april", "apr", "avril", "abril", "aprile"], example: "1 avril 2027" },
  { month: 5, names: ["may", "mai", "mayo", "mei", "maggio", "maio"], example: "5 de mayo de 2027" },
  { month: 6, names: ["june", "jun", "juni", "juin", "junio", "giugno", "junho"], example: "June 1, 2027" },
  { month: 7, names: ["july", "jul", "juli", "juillet", "julio", "luglio", "julho"], example: "15 juillet 2027" },
  { month: 8, names: ["august", "aug", "août", "aout", "agosto", "augustus"], example: "3. August 2027" },
  {
    month: 9,
    names: ["september", "sep", "sept", "septembre", "septiembre", "settembre", "setembro"],
    example: "1 September 2027",
  },
  {
    month: 10,
    names: ["october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "outubro"],
    example: "October 4th",
  },
  { month: 11, names: ["november", "nov", "novembre", "noviembre", "novembro"], example: "2 novembre 2027" },
  {
    month: 12,
    names: ["december", "dec", "dezember", "dez", "décembre", "decembre", "diciembre", "dicembre", "dezembro"],
    example: "Monday, December 14th",
  },
];
