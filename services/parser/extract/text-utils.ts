// Small text helpers shared by the rule extractors. Pure.
import { parse } from "tldts";
import { memoised } from "../text/memo.ts";
import { eachMatch } from "../text/regex.ts";
import * as TRANSLIT from "../lang/transliteration.ts";

/** Lower case, accents off, ß -> ss. */
// the pickers fold the same names, words and lines many times per mail, and Unicode
// normalisation is the costly part: answers are kept (memoised)
export const fold: (s: string) => string = memoised((s) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/ß/g, "ss"),
);

/** "Jadwigi Żarnowskiej" for "Jadwiga Żarnowska", "Зарічині" for "Зарічин": the same words with other endings. */
export function inflectionOf(base: string, other: string): boolean {
  const a = fold(base).split(/\s+/);
  const b = fold(other).split(/\s+/);
  if (a.length !== b.length) return false;
  return a.every((w, i) => {
    const v = b[i]!;
    let k = 0;
    while (k < w.length && w[k] === v[k]) k++;
    return k >= 3 && k >= Math.max(w.length, v.length) - 3;
  });
}

/** German umlauts as ae/oe/ue (how they are spelled in e-mail addresses and domains). */
export function foldGerman(s: string): string {
  return fold(s.replace(/ä/gi, "ae").replace(/ö/gi, "oe").replace(/ü/gi, "ue"));
}

/**
 * German umlauts and Nordic letters as domains spell them ("Møbelhus" at moebelhus.dk, "Ærø" at
 * aeroe.dk; the Icelandic and Faroese "Fjörður" at fjordur.is, "Þingvellir" at thingvellir.is).
 */
export function foldNordic(s: string): string {
  return foldGerman(
    s.replace(/[øØ]/g, "oe").replace(/[æÆ]/g, "ae").replace(/[åÅ]/g, "aa").replace(/[ðÐ]/g, "d").replace(/[þÞ]/g, "th"),
  );
}

/** Letters that are no accented letter as addresses spell them: "Guðrún" at gudrun@, "Søren" at soren@, "Łukasz" at lukasz@. */
export function foldLetters(s: string): string {
  return fold(
    s
      .replace(/[ðđ]/giu, "d")
      .replace(/þ/giu, "th")
      .replace(/ø/giu, "o")
      .replace(/æ/giu, "ae")
      .replace(/ł/giu, "l")
      .replace(/ı/gu, "i"),
  );
}

export function alnum(s: string): string {
  return s.replace(/[^a-z0-9]/g, "");
}

/** "halvorsen-maritime.no" -> "halvorsenmaritime" */
export const domainLabel: (domain: string) => string = memoised((domain) => {
  const p = parse(domain);
  return alnum(fold(p.domainWithoutSuffix ?? domain.split(".")[0] ?? ""));
});

const LEGAL_WORDS = new Set(
  "gmbh mbh ag kg kgaa se ug eg ev inc incorporated ltd limited llc llp corp corporation co plc sa sas sarl srl spa bv nv oy ab as asa aps pty pte lp holding holdings group".split(
    " ",
  ),
);

/**
 * How many of `words`, from the first, spell the start of a domain's `label` (folded, joined without
 * blanks: "Corrig Moss" spells "corrigmoss"), and how many of its letters they spell. A word that
 * spells nothing ("&") ends the run unless `passEmpty`; `joined(k)` says whether word k still
 * belongs to the run (no comma or dash before it).
 */
export function spellingRun(
  words: readonly string[],
  label: string,
  opts: { passEmpty?: boolean; joined?: (k: number) => boolean } = {},
): { words: number; letters: number } {
  let spelt = "";
  let k = 0;
  while (k < words.length && spelt.length < label.length && (k === 0 || !opts.joined || opts.joined(k))) {
    const next = spelt + alnum(fold(words[k]!));
    if (!label.startsWith(next) || (next === spelt && !opts.passEmpty)) break;
    spelt = next;
    k++;
  }
  return { words: k, letters: spelt.length };
}

/**
 * Do three words or more spell a domain's label the way a firm shortens its name there: some words
 * by their initial, others in full ("Harlow Dock Group" at harlowdg, "Tarn Vale Equipment" at
 * tvequip), the last one perhaps cut short. One word of four letters or more is spelt and one word
 * is an initial; legal forms may be left out ("GmbH").
 */
export function abbreviatesLabel(name: string, label: string): boolean {
  const all = name
    .split(/[\s,/&+-]+/)
    .map((w) => alnum(fold(w)))
    .filter(Boolean);
  // "Group" may be spelt in the label ("…hg") or left out like a legal form
  return [all, all.filter((w) => !LEGAL_WORDS.has(w))].some((words) => wordsAbbreviate(words, label));
}

function wordsAbbreviate(words: readonly string[], label: string): boolean {
  if (words.length < 3 || words.length > 6 || label.length < 5) return false;
  const spells = (k: number, at: number, spelt: boolean, initial: boolean): boolean => {
    if (k === words.length) return at === label.length && spelt && initial;
    const w = words[k]!;
    if (label[at] !== w[0]) return false;
    if (label.startsWith(w, at) && spells(k + 1, at + w.length, spelt || w.length >= 4, initial)) return true;
    // the last word cut short: "equip" for "equipment"
    const rest = label.slice(at);
    if (k === words.length - 1 && rest.length >= 4 && w.startsWith(rest)) return initial;
    return w.length > 1 && spells(k + 1, at + 1, spelt, true);
  };
  return spells(0, 0, false, false);
}

/** Does an organisation name plausibly belong to this domain? ("Greyfield Property Management", greyfieldpm.com) */
export function orgMatchesDomain(name: string, domain: string): boolean {
  // asked for every candidate and signature segment against the same few domains: answers are
  // kept, keyed by the domain's length, the domain and the name
  return orgMatches(`${domain.length}:${domain}${name}`);
}

const orgMatches = memoised(
  (key: string) => {
    const colon = key.indexOf(":");
    const end = colon + 1 + Number(key.slice(0, colon));
    return readOrgMatchesDomain(key.slice(end), key.slice(colon + 1, end));
  },
  4096,
  512,
);

const LATIN_OF: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({ ...TRANSLIT.cyrillic, ...TRANSLIT.greek }),
);
const CYRILLIC_OR_GREEK_RE = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;

/**
 * A folded text with its Cyrillic and Greek letters in Latin ones (lang/transliteration.ts): the
 * `choice`-th spelling of each letter that has one, else its first ("Зоряні" -> "zoriani").
 */
export function latinSpelled(s: string, choice: number): string {
  let out = "";
  for (const ch of fold(s)) {
    const spellings = LATIN_OF.get(ch);
    out += spellings ? (spellings[choice] ?? spellings[0]!) : ch;
  }
  return out;
}
/** the two readings of a Cyrillic or Greek name as addresses spell it: each letter's usual spelling, and its other one */
const LATIN_READINGS = [(s: string) => latinSpelled(s, 0), (s: string) => latinSpelled(s, 1)];

/**
 * Does an address's local part spell a name of two or three words word for word ("ada.roe@",
 * "iryna_koval@" for "Ірина Коваль", in either Latin reading)? A person and their own address.
 */
export function localPartSpellsName(name: string, local: string): boolean {
  const parts = new Set(fold(local).split(/[._-]+/));
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 3) return false;
  return LATIN_READINGS.some((read) =>
    words.every((w) => {
      const spelt = read(w).replace(/[^a-z]/g, "");
      return spelt.length >= 2 && parts.has(spelt);
    }),
  );
}

/** a word written in lower case (a particle inside a name: "am", "på", "de") */
const LOWER_FIRST_RE = /^\p{Ll}/u;

function readOrgMatchesDomain(name: string, domain: string): boolean {
  const label = domainLabel(domain);
  if (label.length < 3) return false;
  const words = name
    .split(/[\s,/]+/)
    .map((w) => w.replace(/[^\p{L}\p{N}&-]/gu, ""))
    .filter((w) => w && !LEGAL_WORDS.has(fold(w).replace(/\./g, "")));
  if (words.length === 0) return false;
  // a Cyrillic or Greek name as its address spells it in Latin letters ("Зоряні Рішення" at zoriani-rishennia…)
  const readings = CYRILLIC_OR_GREEK_RE.test(name) ? [fold, ...LATIN_READINGS] : [fold, foldGerman];
  for (const f of readings) {
    const plain = alnum(f(words.join(" ").replace(/&/g, " ")));
    const withAnd = alnum(f(words.join(" ").replace(/&/g, " and ")));
    if (
      plain.length >= 3 &&
      (plain.includes(label) || withAnd.includes(label) || (plain.length >= 4 && label.includes(plain)))
    )
      return true;
    const first = alnum(f(words[0]!));
    if (first.length >= 4 && label.startsWith(first)) return true;
    if (first.length >= 4 && label.includes(first) && words.length === 1) return true;
    // the domain shortens a leading compound to its stem and spells the rest in full
    // ("Zahnarztpraxis Am Markt" at zahnarztammarkt.de): the stem is at least four letters; the
    // rest with or without a lower-case word inside the name ("Tanzschule im Park" at tanzpark.de)
    for (const restWords of [words.slice(1), words.slice(1).filter((w) => !LOWER_FIRST_RE.test(w))]) {
      const rest = alnum(f(restWords.join(" ").replace(/&/g, " ")));
      const stem = label.slice(0, label.length - rest.length);
      if (rest.length >= 3 && label.endsWith(rest) && stem.length >= 4 && first.startsWith(stem)) return true;
    }
  }
  return false;
}

/** Does an e-mail local part belong to this person? ("p.lindner", "jana.novak", "awhitaker") */
export function emailMatchesName(email: string, name: string): boolean {
  const local = email.split("@")[0] ?? "";
  const l = alnum(fold(local));
  const pieces = fold(local).split(/[^a-z]+/);
  const parts = name
    .replace(/\b(?:herrn?|frau|mr|mrs|ms|dr|prof)\.?\s+/gi, "")
    .split(/\s+/)
    // "e.papadaki@" for Eleni Kyriakou-Papadaki: either half of a double-barrelled name
    .flatMap((p) => (p.includes("-") ? [p, ...p.split("-")] : [p]))
    .filter((p) => p.length >= 3);
  for (const p of parts) {
    for (const f of [fold, foldGerman, foldLetters]) {
      const t = alnum(f(p));
      if (t.length >= 4 && l.includes(t)) return true;
      // a three-letter name ("Ana", "Lee") stands at an edge of a part of the address ("lee.kim",
      // "jlee"), not inside a longer word ("fleet", "santanagrill") that is a place's or a firm's
      if (t.length === 3 && pieces.some((q) => q.startsWith(t) || q.endsWith(t))) return true;
      // "wanth@" for Wanthida: the short form of the given name that a nickname is
      if (l.length >= 4 && t.startsWith(l)) return true;
    }
  }
  // initials: "rdj@" for Rasmus Dahl-Jensen, "jmk@" for Jan M. Kowalski
  const initials = alnum(
    foldLetters(name)
      .replace(/\b(?:herrn?|frau|mr|mrs|ms|dr|prof)\.?\s+/g, "")
      .split(/[\s-]+/)
      .map((w) => w.charAt(0))
      .join(""),
  );
  return initials.length >= 2 && l === initials;
}

/**
 * `text` writes `needle` at least once, and `holds` at every index where it does (as written, case
 * and all): "every time the mail names it, it is so".
 */
export function writtenOnlyWhere(text: string, needle: string, holds: (index: number) => boolean): boolean {
  let seen = false;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    if (!holds(i)) return false;
    seen = true;
  }
  return seen;
}

/** Sentence containing `index` (bounded by . ! ? or blank line). */
export function sentenceAt(text: string, index: number): { start: number; end: number; text: string } {
  let start = index;
  while (start > 0 && !/[.!?]\s/.test(text.slice(start - 2, start)) && text.slice(start - 2, start) !== "\n\n") start--;
  let end = index;
  while (end < text.length && !/^[.!?](?:\s|$)/.test(text.slice(end, end + 2)) && text.slice(end, end + 2) !== "\n\n")
    end++;
  return { start, end, text: text.slice(start, end + 1) };
}

export function splitSentences(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  const re = /(?:[^.!?\n]|[.!?](?![\s.!?]|$))+(?:[.!?]+|\n|$)/g;
  // keep abbreviations like "Co." / "Dr." / "17.03." from splitting too eagerly: merge short tails
  for (const m of eachMatch(text, re)) {
    const t = m[0];
    if (!t.trim()) continue;
    const prev = out[out.length - 1];
    if (
      prev &&
      // (a web address's last label is no abbreviation: "ruth@school.ca. Wants …")
      /(?:(?<![\w.@/-])(?:co|dr|mr|mrs|ms|inc|ltd|corp|st|ca|bzw|z\.b|u\.a|nr|tel)|\b\d{1,2})\.\s*$/i.test(prev.text) &&
      !/\n$/.test(prev.text)
    ) {
      prev.text += t;
      continue;
    }
    out.push({ start: m.index, text: t });
  }
  return out;
}

export function clean(s: string | null | undefined): string | null {
  if (s == null) return null;
  const t = s.replace(/\s+/g, " ").trim();
  return t ? t : null;
}

const GENERIC_INBOX_RE =
  /^(?:info|office|contact|kontakt|hello|ap|ar|accounts|accounting|buchhaltung|finance|finanzen|billing|invoices?|rechnungen?|admin|mail|team|sales)@/i;

/** A business's or a function's shared address ("info@", "accounts@"), no person's own. */
export function isGenericInbox(email: string): boolean {
  return GENERIC_INBOX_RE.test(email);
}
