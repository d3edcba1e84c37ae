// Finds the prospect's company name in prose and in the subject line: "register X for …",
// "X (x.com)", "CFO at X", legal-suffix phrases, subject segments. Candidates are scored,
// the partner's and vendor's own names never win. Pure.
import {
  LEGAL_FORM_END_RE,
  LEGAL_SUFFIX_RE,
  LEGAL_SUFFIX_SRC,
  ORG_WORDS_RE,
  withPartAfterDash,
} from "./organization.ts";
import { contactBlocks } from "./contact-block.ts";
import { isFreeMailDomain } from "../normalise/domain.ts";
import { stripSubjectPrefixes } from "../../core/subject-prefixes.ts";
import {
  alnum,
  domainLabel,
  fold,
  foldGerman,
  foldLetters,
  localPartSpellsName,
  orgMatchesDomain,
  writtenOnlyWhere,
} from "./text-utils.ts";
import { ROLE_WORD_RE } from "../lang/roles.ts";
import { CUES } from "../lang/cues.ts";
import { registeringPhraseEnds } from "../normalise/cues.ts";
import { caselessNamesAfterRegistering } from "./caseless-after-cue.ts";
import { labelField } from "./labels.ts";
import { kindQuotedNamesIn } from "./kind-quoted-name.ts";
import { opensWithSalutation } from "../normalise/person.ts";
import { BUSINESS_NOUN_BEFORE_RE, FIRM_NOUN_END_RE, LABEL_WORDS, PARENT_BEFORE_RE } from "../lang/index.ts";
import { NO_WORD_AFTER, NO_WORD_BEFORE, allMatches, boundedMatches, eachMatch, escapeRegExp } from "../text/regex.ts";
import { HEAD_NOUNS_AFTER, HEAD_NOUNS_BEFORE, SLASHED_FORMS_SRC, headNouns } from "../lang/org-forms.ts";
import {
  ARTICLES_BEFORE_NAME_SRC,
  ELIDED_PARTICLES_SRC,
  PLACE_PREPOSITIONS_IN_NAME_SRC,
} from "../lang/name-particles.ts";
import { VERBS_BEFORE_NAME_SRC } from "../lang/verbs-before-name.ts";
import { leadOpeners, personRunsFirm } from "../lang/lead-openers.ts";
import {
  ANY_FORM_BEFORE_SRC,
  CASE_ENDING_AFTER_FORM_RE,
  CASE_ENDING_JOINER_SRC,
  CASELESS_FORMS_AFTER_SRC,
  FORMS_BEFORE_SRC,
  FORMS_WITH_UNCAPITALISED_PART_SRC,
  SENTENCE_CASE_FORMS_SRC,
  LOWER_WORDS_BEFORE_FORM_SRC,
} from "../lang/legal-forms.ts";
import { subjectHeadStart } from "./subject-head.ts";
import { vi as VI_HEADS, viNotTrade } from "../lang/business-nouns.ts";
import { PUBLIC_BODY_AFTER_RE, PUBLIC_BODY_BEFORE_RE, PUBLIC_BODY_HEAD_RE } from "../lang/public-bodies.ts";

const UP = String.raw`\p{Lu}0-9`;
const WORD = `[${UP}][\\p{L}\\p{N}'’.-]*`;
const SUFFIX = LEGAL_SUFFIX_SRC;
// multi-token suffixes ("Sp. z o.o.", "Pty Ltd", and "A/S", whose "A" is a word's shape) must not be
// eaten word by word before the suffix group
// Dutch/French/Spanish/Portuguese/Italian particles join name words ("Van den Berg Transport",
// "Transportes de la Costa", "Hermanos De la Cruz", "Vale do Sol", "Casa da Ribeira", the French
// plural "des" and the Spanish/Italian plural articles: "Caves des Coteaux", "Hijos de los Ríos"),
// and "and" in Spanish, Portuguese, Italian, French, Catalan, Turkish and the Slavic languages ("Hijos y Nietos", "Pereira e Filhos", "Kamp i Hotel", "Yapı ve Yatırım"),
// English "of the" ("Friendly Society of the Dales"), and an elided particle glued to the next word
// ("Farmacie Riunite dell'Adriatico", lang/name-particles.ts). A name never starts inside a word
// (the "Adriatico" of "dell'Adriatico").
/** a trade in brackets before the legal form ("Marsh & Doyle (Joiners) Ltd"): part of the registered name */
const BRACKETED_TRADE = String.raw`(?:[ \t]+\(${WORD}(?:[ \t]+${WORD}){0,2}\))`;
const PHRASE = `(?<![\\p{L}\\p{N}'’])${WORD}(?:(?:\\s+${ELIDED_PARTICLES_SRC}|\\s+(?:&|\\+|and|und|ve|y|e|i|et|of(?:\\s+the)?|van(?:\\s+(?:den|der|de))?|den|de(?:\\s+(?:la|los|las))?|des|la|do|da|dos|di|della|delle|dei|degli|du|del|ter|ten)\\s+|\\s+|-)(?!Sp\\.\\s?z\\s|(?:${SLASHED_FORMS_SRC})(?![\\p{L}])|(?:${FORMS_WITH_UNCAPITALISED_PART_SRC})(?![\\p{L}\\p{N}])|Ltd\\.?\\s*Şti|Unipessoal\\b|Soc\\.?\\s?[Cc]oop|P[tv][ty]\\.?\\s*Ltd|Pte\\.?\\s*Ltd|Sdn\\.?\\s?Bhd)${WORD})*(?:${LOWER_WORDS_BEFORE_FORM_SRC}|${BRACKETED_TRADE}?,?\\s+${SUFFIX}(?![\\p{L}\\p{N}]))?`;
const PHRASE_RE = new RegExp(PHRASE, "gu");
/** Trade and business-type nouns that German names a small firm with ("Schreinerei Holzapfel", "Zahnarztpraxis Dr. Kern"). */
const TRADE =
  "(?:\\p{Lu}\\p{Ll}*(?:erei|praxis|kanzlei|apotheke|werkstatt|betrieb|handel|technik|bau)|Autohaus|Gasthof|Gasthaus|Hotel|Pension|Weingut|Klinik|Spedition|Baufirma|Manufaktur|Sägewerk|Zimmerei|Bäckerei|Metzgerei|Konditorei|Gärtnerei|Brauerei|Kellerei|Molkerei|Reederei|Druckerei|Universität|Hochschule|Fachhochschule|Stadtwerke|Gemeinde|Stiftung)";

/** "Weingut Falkenried", "Schreinerei Holz GmbH": a display name that names a business, not a person. */
export const TRADE_NAME_RE = new RegExp(`^${TRADE}\\s+\\p{Lu}`, "u");

// articles and prepositions, and a form label glued to its value without a colon ("Firmenname Lindenhof … gGmbH");
// other languages' articles that never open a name (lang/name-particles.ts), and the verbs passing a
// firm on written before it ("Referring Acme Ltd to you": lang/verbs-before-name.ts)
const LEADING_RE = new RegExp(
  String.raw`^(?:(?:Die|Der|Das|Den|Dem|The|A|An|Ein|Eine|Einer|Our|Unser|Unsere|Their|Ihre|Bei|At|Mit|With|From|Von|Firmenname|Firma|Unternehmen|Interessent|Acct|${VERBS_BEFORE_NAME_SRC}|${ARTICLES_BEFORE_NAME_SRC})\s+)+`,
);
/** "Registering", "The", "Firma": a word written before a name that is not part of it. */
export function leadsIntoName(word: string): boolean {
  return LEADING_RE.test(`${word} `);
}
const GENERIC = new Set(
  (
    "hi hello hallo dear team thanks danke please bitte quick intro introduction new lead registration registrierung deal " +
    "partner partners demo call meeting update monday tuesday wednesday thursday friday i we they she he it " +
    "cfo ceo coo vp ap finance accounts payable re fwd fw wg aw early heads-up heads up neuer kontakt frischer empfehlung anfrage " +
    "contact kontakt website email e-mail registering register opportunity projekt"
  ).split(" "),
);

// "Bursar at X", "Bauamtsleiter der X", "colleague from X": a title (any language's) or a team just before
const ROLE_BEFORE_RE = new RegExp(`(?:${ROLE_WORD_RE.source}|\\b(?:finance|colleague|team)\\b)[^.\\n]{0,20}$`, "iu");

export interface CompanyCandidate {
  name: string;
  index: number;
  score: number;
  why: string;
  /** the words and preposition of place written right before the name, which may open it (placeHeadBefore) */
  placeHead?: string;
}

export interface CompanyContext {
  /** the partner's own text (no signature) */
  own: string;
  subject: string;
  /** prospect domain if already known (website or contact e-mail) */
  domain: string | null;
  /** names that are never the prospect: partner organisation, vendor, partner's name */
  excluded: string[];
  /** domains whose names are never the prospect's */
  excludedDomains: string[];
}

/** a full stop and a blank inside a capitalised run: a sentence ends there ("S. de R.L. de C.V.", "spol. s r.o.", "S.S.D. a r.l." are legal forms) */
const SENTENCE_END_RE =
  /(?<!\b(?:Co|Inc|Ltd|Corp|St|Dr|Mr|Mrs|Ms|Pty|Pvt|Pte|Sdn|Lda|Sp|S\.A|S\.p\.A|R\.L|e|Soc|Coop|spol))\.\s+(?!de\s+(?:R\.|C\.)|a\s?r\.\s?l\.)/;

/** the words of a phrase's first line when it goes on over a line break (the lookahead keeps a
 * long run of blanks from being split every way: linear) */
const LINE_HEAD_RE = /^[ \t]*(?![ \t])([^\n]{1,40}?)[ \t]*\n/;

/** a lower-case ending glued on as the languages glue one (lang/legal-forms.ts): the cheap test before the form's */
const GLUED_ENDING_RE = new RegExp(String.raw`${CASE_ENDING_JOINER_SRC}\p{Ll}{1,7}$`, "u");

/**
 * "Trabzon'da Kuzey Yıldız Lojistik": a place's name with a locative ending glued on after an apostrophe
 * (the languages' `placeSuffix`, lang/*.ts) opening a run says where the firm is: no word of its name
 */
const PLACE_IN_CASE_BEFORE_RE = new RegExp(
  String.raw`^\p{Lu}\p{L}+['’](?:${CUES.placeSuffix.join("|")})[ \t]+(?=\p{Lu})`,
  "u",
);

/** one capitalised word, the last of a run (the sentence's first after a legal form) */
const LAST_CAPITALISED_WORD_RE = /^\p{Lu}[\p{L}'’-]*$/u;

/**
 * "… Lumbrera S.A. Ellos …" read as "Lumbrera S.A. Ellos": a legal form written with its full
 * stop ends the name, and a capitalised word after it that is no legal form itself opens the
 * next sentence ("S.A." is no sentence end to SENTENCE_END_RE, as "S.A. de C.V." goes on; "Co.
 * Ltd" and "Ltd. Şti." end as forms and are kept whole).
 */
function withoutWordAfterDottedForm(s: string): string {
  const cut = s.lastIndexOf(" ");
  if (cut < 1 || s[cut - 1] !== "." || !LAST_CAPITALISED_WORD_RE.test(s.slice(cut + 1))) return s;
  const head = s.slice(0, cut);
  return LEGAL_SUFFIX_RE.test(` ${head}`) && !LEGAL_SUFFIX_RE.test(` ${s}`) ? head : s;
}

/** a colon right after a run: its last line is a label ("…\nContacto: …") */
const COLON_AFTER_RE = /^[ \t]*[:：]/;

/**
 * A run whose last line is a label word (lang/*.ts, LABEL_WORDS) followed by its colon ("Vellmar
 * Surf School\nContact: Ada Roe"): the name ends with the line before; the label is no part of it.
 */
function withoutLabelLine(run: string, text: string, end: number): string {
  const nl = run.lastIndexOf("\n");
  if (nl < 1 || !COLON_AFTER_RE.test(text.slice(end, end + 4))) return run;
  const label = run
    .slice(nl + 1)
    .trim()
    .replace(/\s+/g, " ")
    .toLowerCase();
  return LABEL_WORDS.has(label) ? run.slice(0, nl) : run;
}

/** Trims a raw capitalised phrase to a company name ("Die Holzmann … KG ist" -> "Holzmann … KG"). */
export function tidyPhrase(p: string): string {
  // a label on a line of its own above the value ("Client\n  Acme Ltd") is no part of the name
  const head = LINE_HEAD_RE.exec(p);
  const raw = head && LABEL_WORDS.has(head[1]!.toLowerCase()) ? p.slice(head[0].length) : p;
  let s = raw.replace(/\s+/g, " ").trim().replace(LEADING_RE, "").replace(PLACE_IN_CASE_BEFORE_RE, "");
  // a sentence end inside the match ("Maplecrest Senior Living. Laura …") ends the name
  // ("S. de R.L. de C.V." is a legal form: its dots end no sentence)
  // (a legal form's own dot ends the sentence too: "… Hizmetleri A.Ş. İstanbul'da …" keeps it, the
  // trailing-period rule below judges it)
  const parts = s.split(SENTENCE_END_RE);
  s = parts.length > 1 ? `${parts[0]!}.` : s;
  s = withoutWordAfterDottedForm(s);
  // a case ending glued to the legal form ("… Kft.-t"): grammar (lang/legal-forms.ts)
  if (GLUED_ENDING_RE.test(s.slice(-9))) s = s.replace(CASE_ENDING_AFTER_FORM_RE, "");
  // a trailing period belongs to the name only for abbreviations ("Co.", "Inc.")
  if (
    /\.$/.test(s) &&
    !LEGAL_SUFFIX_RE.test(` ${s}`) &&
    !/(?<![\p{L}\p{N}_])(?:Co|Inc|Ltd|Ltda|Corp|Lda|S\.A|S\.L|B\.V|N\.V|e\.\s?V|e\.\s?K|S\.[rR]\.[lL]|S\.p\.A|o\.o|Bhd|Tbk|C\.V|M\.I|A\.Ş|Şti|Zrt|Nyrt|Kft|Coop|I\.K\.E|E\.P\.E|P\.C)\.$/u.test(
      s,
    )
  )
    s = s.slice(0, -1);
  return s.trim();
}

// a German article before the phrase, or a title or an upper-case department at its head
const GERMAN_ARTICLE_BEFORE_RE = /(?<![\p{L}])(?:der|die|das|dem|den|einer|eines|beim|vom|zum|zur)\s+$/iu;

/**
 * "des" is French's plural article inside a name ("Caves des Coteaux SA") but German's genitive
 * between a department or title and the firm ("der Buchhaltung des Klinikum Nord GmbH",
 * "Geschäftsführer des Autohaus Brenner GmbH"): there the name is what follows "des".
 */
function afterGenitive(name: string, before: string): string {
  const at = name.lastIndexOf(" des ");
  if (at < 0) return name;
  const head = name.slice(0, at);
  const german = GERMAN_ARTICLE_BEFORE_RE.test(before) || ROLE_WORD_RE.test(head) || /^\p{Lu}{2,5}$/u.test(head);
  return german ? name.slice(at + 5) : name;
}

function phrasesIn(text: string): { name: string; index: number }[] {
  const out: { name: string; index: number }[] = [];
  for (const m of allMatches(text, PHRASE_RE))
    for (const [line, start] of linesOf(withoutLabelLine(m[0], text, m.index + m[0].length), m.index)) {
      // a run across a sentence end ("… from Izmir. Kordon Butik Ltd. Şti. is …") holds one name per sentence
      let raw = line;
      let at = start;
      for (;;) {
        const name = tidyPhrase(raw);
        if (name) out.push({ name, index: at + raw.indexOf(name.split(" ")[0]!) });
        const end = SENTENCE_END_RE.exec(raw);
        if (!end) break;
        at += end.index + end[0].length;
        raw = raw.slice(end.index + end[0].length);
      }
    }
  return out;
}

/** the runs a capitalised run is parted at: a line break, a tab (a table's cell border), a Nordic "i" */
const RUN_BREAK_RE = /[ \t]*\n\s*|\t[ \t]*|\s+i\s+/g;

/**
 * A capitalised run over line breaks, parted where a line ends with a legal form ("Acme S.R.L.\nWebsite"),
 * and at a Nordic "i" (in): after one ("Norrlands Färskvaror AB i Umeå") or when none closes the words
 * after it ("Tandläkarmottagningen Björken i Umeå"); "Kamp i Hotel Lovor d.o.o." is one name. A tab
 * always parts it: a table's row read as text puts one between its cells ("Club / Society⇥Acme
 * Rowing Society Inc." is a label and a name, not one name), and in a run over a tab each line
 * break does too (the next row's label cell: "…⇥Acme Rowing Society\nWebsite⇥…").
 */
function linesOf(raw: string, index: number): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  const table = raw.includes("\t");
  let start = 0;
  for (const nl of eachMatch(raw, RUN_BREAK_RE)) {
    if (table && nl[0].trim() !== "i") {
      out.push([raw.slice(start, nl.index), index + start]);
      start = nl.index + nl[0].length;
      continue;
    }
    const line = raw.slice(start, nl.index);
    // "… Friendly Society\nDublin, …": a line closed by an institution's noun put after the name
    // (lang/org-forms.ts) ends the name as a legal form does, when a capitalised word follows
    const legalBefore =
      LEGAL_SUFFIX_RE.test(` ${line}`) ||
      (nl[0].includes("\n") &&
        HEAD_AFTER.has(line.split(/\s+/).pop()!) &&
        /^\p{Lu}/u.test(raw.slice(nl.index + nl[0].length)));
    const parts =
      nl[0].trim() === "i" ? legalBefore || !endsAsFirm(tidyPhrase(raw.slice(nl.index + nl[0].length))) : legalBefore;
    if (!parts) continue;
    out.push([raw.slice(start, nl.index), index + start]);
    start = nl.index + nl[0].length;
  }
  out.push([raw.slice(start), index + start]);
  return out;
}

/** Names of two words or more closed by a legal form in `text` ("Acme Rentals Ltd"), where each starts. */
export function legalNamesIn(text: string): Array<{ name: string; index: number }> {
  return phrasesIn(text).filter((p) => LEGAL_SUFFIX_RE.test(` ${p.name}`) && p.name.split(/\s+/).length >= 2);
}

/**
 * The firms' names `text` writes with their legal form: closed by one ("Acme Rentals Ltd", two
 * words or more) or opened by its kind ("Công ty TNHH Minh Long"), where each starts.
 */
export function firmNamesIn(text: string): Array<{ name: string; index: number }> {
  const opened = allMatches(text, FORM_BEFORE_NAME_RE).map((m) => ({ name: tidyPhrase(m[0]), index: m.index }));
  return [...legalNamesIn(text), ...opened.filter((p) => p.name.split(/\s+/).length >= 3)];
}

/** A name closed by a legal form or a professional firm's noun ("… Ltd", "… Solicitors", "… Avocats"). */
function endsAsFirm(name: string): boolean {
  return LEGAL_SUFFIX_RE.test(` ${name}`) || FIRM_NOUN_END_RE.test(name);
}

/** "… S.C. de R.L. de Huautla": the name ends at its legal form, a preposition and a place follow */
const SEAT_AFTER_LEGAL_RE = new RegExp(
  String.raw`^(.*[\s,]${LEGAL_SUFFIX_SRC})\s+(?:${CUES.seatAfterName.join("|")})\s+\p{Lu}`,
  "u",
);

const HEAD_BEFORE = new Set(HEAD_NOUNS_BEFORE);
/** English puts its institution nouns first only before an of-phrase ("Ministry of …", not "School Business Manager") */
const OF_FIRST = new Set(
  headNouns.en!.before.filter((n) => !Object.entries(headNouns).some(([l, h]) => l !== "en" && h.before.includes(n))),
);
const HEAD_AFTER = new Set(HEAD_NOUNS_AFTER);
/** Three words or more opened by an institution's noun put before the name, or closed by one put after it. */
export function isInstitution(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 3) return false;
  return opensWithInstitutionNoun(name) || HEAD_AFTER.has(words[words.length - 1]!);
}

/** "Stichting …", "Asociación …", "Ministry of …": opened by an institution's noun its language puts before the name */
export function opensWithInstitutionNoun(name: string): boolean {
  const words = name.split(/\s+/);
  const first = words[0]!;
  return words.length >= 2 && HEAD_BEFORE.has(first) && (!OF_FIRST.has(first) || /^(?:of|for)$/.test(words[1]!));
}

/** such a legal form opening a name, with the blank after it */
export const LEGAL_PREFIX_SPACE_RE = new RegExp(String.raw`^(?:${ANY_FORM_BEFORE_SRC})\s+`, "u");

/**
 * The domain's name starts as `name`'s first word does (after a legal form before it; German
 * umlauts spelt either way: "Bäckerei" at baeckerei-…): a capitalised word of the sentence before
 * the name ("Somos …", "Wir sind …") spells none of it, so where such a name starts is not read from prose.
 */
export function opensDomain(name: string, domain: string): boolean {
  const word = name.replace(LEGAL_PREFIX_SPACE_RE, "").split(/\s+/)[0] ?? "";
  return [fold, foldGerman].some((f) => {
    const first = alnum(f(word));
    return first.length >= 2 && domainLabel(domain).startsWith(first.slice(0, 4));
  });
}

/** up to three capitalised words and a preposition of place (lang/name-particles.ts) closing a line's text */
const PLACE_HEAD_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’.-])\p{Lu}[\p{L}\p{N}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}'’-]*){0,2}[ \t]+${PLACE_PREPOSITIONS_IN_NAME_SRC}[ \t]+$`,
  "u",
);
/** the word before a name's head on its line */
const WORD_BEFORE_RE = /(\S+)[ \t]*$/u;
/** a mark that closes a label or a phrase, or a bullet: nothing of the name stands before it */
const CLOSES_VALUE_RE = /^(?:.*[:;(]|[–—-]|[*•·▪◦]|\d{1,2}[.)])$/u;

/**
 * "Sömmerskan på Vindholm AB" read as "Vindholm AB": the capitalised words and the preposition of place
 * right before the name closed by its legal form read at `at` of `text`, on its line ("The", "Firma" before them left out),
 * which open the name or are the sentence's ("Ingrid på Vindholm AB", "Leiter IT am …": a person, a
 * title). The prospect's domain tells: opening with those words and writing the place too, they
 * open the name (`spelt`); opening with the place, they do not (null). Before a form of a language
 * that writes names in sentence case, a lower-case word before them may be the name's too ("Oljna
 * hiša Brolj nad …"): then the domain tells not where the name opens. Null where no such words stand.
 */
export function placeHeadBefore(
  text: string,
  at: number,
  name: string,
  domain: string | null,
): { start: number; words: string; spelt: boolean } | null {
  if (at <= 0 || !text.startsWith(name, at) || !LEGAL_SUFFIX_RE.test(` ${name}`)) return null;
  const from = Math.max(text.lastIndexOf("\n", at - 1) + 1, at - 80);
  const m = PLACE_HEAD_RE.exec(text.slice(from, at));
  const head = m?.[0].replace(LEADING_RE, "");
  if (
    !head ||
    !/^\p{Lu}/u.test(head) ||
    ROLE_WORD_RE.test(head) ||
    LABEL_WORDS.has(head.split(/[ \t]/)[0]!.toLowerCase())
  )
    return null;
  const start = at - head.length;
  if (domain && opensDomain(name, domain)) return null;
  // where the head opens: the line's value, after a word leading into the name ("The") or, but
  // before a sentence-case form, after a lower-case word; after another capitalised word it may go on
  const prev = WORD_BEFORE_RE.exec(text.slice(from, start))?.[1];
  const opens =
    !prev ||
    CLOSES_VALUE_RE.test(prev) ||
    (/^\p{Lu}/u.test(prev) ? leadsIntoName(prev) : !SENTENCE_CASE_NAME_RE.test(name));
  const place = alnum(fold(name.split(/\s+/)[0]!));
  const spelt =
    !!domain && opens && opensDomain(head, domain) && place.length >= 3 && domainLabel(domain).includes(place);
  return { start, words: head.trim().replace(/[ \t]+/g, " "), spelt };
}

/** a name closed by a form of a language that writes names in sentence case (lang/legal-forms.ts) */
const SENTENCE_CASE_NAME_RE = new RegExp(String.raw`\s(?:${SENTENCE_CASE_FORMS_SRC})$`, "u");
/**
 * a capitalised word and one or two lower-case words up to the name, after a colon or a dash, or
 * inside a sentence after a preposition's short word ("Jde o Horolezecký klub …", "s Veslařský …"),
 * where such a language writes a capital only to open a name (a longer lower-case word may be the
 * name's own: "Vinska hiša Dol pri …")
 */
const SENTENCE_CASE_HEAD_RE =
  /(?:^|[:–—]|\s-|(?<![\p{L}])\p{Ll}{1,2}[ \t])[ \t]*(\p{Lu}\p{Ll}+(?:[ \t]+\p{Ll}{2,}){1,2})[ \t]+$/u;

/**
 * "…: Finančný agent Košice s.r.o.", "Spoločnosť: Únikové hry Hlavolam s.r.o.": a language that
 * writes a name's later words in lower case starts the name at the capitalised word after the
 * colon or dash, not at the first capitalised word before the form. The words before the name read
 * (none when the line does not run so, or the first word is a label or leads into a name).
 */
function sentenceCaseHead(text: string, index: number, name: string): { words: string; index: number } | null {
  if (!SENTENCE_CASE_NAME_RE.test(name)) return null;
  const from = Math.max(0, text.lastIndexOf("\n", index - 1) + 1, index - 80);
  const m = SENTENCE_CASE_HEAD_RE.exec(text.slice(from, index));
  if (!m) return null;
  const head = m[1]!;
  const first = head.split(/[ \t]/)[0]!;
  if (LABEL_WORDS.has(first.toLowerCase()) || leadsIntoName(first)) return null;
  return { words: head.replace(/[ \t]+/g, " "), index: from + m.index + m[0].indexOf(head) };
}

function isGeneric(name: string): boolean {
  const words = fold(name).split(/\s+/);
  return words.every((w) => GENERIC.has(w.replace(/[^a-z-]/g, "")) || w.length < 2);
}

// compiled once: "register X for …", "bitte die X für uns registrieren", "CFO at X", "die Schreinerei Holzapfel";
// the hurried forms put a colon before the name ("pls register: X (…)", "reg pls: X / …", "reg: X"):
// the short "reg" only with one (a man may be called Reg)
const REGISTER_RE = new RegExp(
  `(?:\\b[Rr]egister(?:ing)?(?:\\s+(?:pls|please))?(?:\\s*:[ \\t]*|\\s+)|\\b[Rr]eg(?:\\s+(?:pls|please))?\\s*:[ \\t]*)(?:this one\\s+)?(?:for\\s+[^:.\\n]{2,40}:\\s*)?(${PHRASE})`,
  "gu",
);
const REGISTRIEREN_RE = new RegExp(
  `(?:bitte|möchten wir|wollen wir)\\s+(?:die|den|das)?\\s*(${PHRASE})\\s+(?:für uns\\s+)?(?:registrieren|vormerken|anmelden)`,
  "gu",
);
/**
 * Right after a registering phrase of any language (lang/*: registering): a colon or a spaced
 * dash, or up to three short lower-case words and one ("registra aí: X", "new lead for you: X",
 * "reg pls - X"), or a blank, then the name ("pls reg X for us", "nieuwe lead: X, Gent").
 */
const AFTER_CUE_RE = new RegExp(
  String.raw`^(?:(?:[ \t]+\p{Ll}{1,8}){1,3}[ \t]*(?:[:：]|[-–—](?=[ \t]))|[ \t]*(?:[:：]|[-–—](?=[ \t])))?[ \t]*(?:\n[ \t]*)?(${PHRASE})`,
  "u",
);
const ABBREVIATION_NUMBER_RE = /^[ \t]+\p{Ll}{1,4}\.[ \t]*\p{N}/u;
/** a dash between a registering phrase and the name */
const DASH_BEFORE_NAME_RE = /[-–—][ \t]*(?:\n[ \t]*)?$/u;
/**
 * where a name set after a dash ends in a lead's one line: its end, a comma, a bracket, a dash,
 * or the place it is in ("reg pls - Acme Foods, …", "new one - Acme Foods in Leeds")
 */
const NAME_CLOSED_RE = /^(?:[ \t]*(?:$|\n|[,;(]|[-–—][ \t])|[ \t]+(?:in|at)[ \t]+\p{Lu})/u;
const ROLE_AT_RE = new RegExp(`\\b(?:at|of|von|bei|der|des|from)\\s+(${PHRASE})`, "gu");
const TRADE_RE = new RegExp(
  `(?<![\\p{L}])(?:[Dd]ie|[Dd]er|[Dd]as|den|dem|des)\\s+(${TRADE}\\s+${WORD}(?:\\s+(?!${TRADE})${WORD})?(?:,?\\s+${SUFFIX})?)(?![\\p{L}])`,
  "gu",
);

/** the lower-case words that say where a firm is (lang/*: placeBefore, seatAfterName): no word of its name */
const PLACE_WORDS = new Set([...CUES.placeBefore, ...CUES.seatAfterName].filter((w) => /^\p{Ll}+$/u.test(w)));
const PLACE_WORD_SRC = [...PLACE_WORDS].join("|");

/**
 * "Công ty Cổ phần Dệt Tân Lộc": a name opened by its legal kind (lang/legal-forms.ts), its
 * words capitalised, or in lower case before a capitalised one; two lower-case words in a row
 * ("… Tân Lộc xin đăng ký") are the sentence going on, punctuation ends it too, and so does a word
 * saying where ("… Minh Long ở Huế")
 */
const FORM_BEFORE_NAME_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:${FORMS_BEFORE_SRC})(?:[ \t]+\p{Lu}[\p{L}\p{N}]*|[ \t]+(?!(?:${PLACE_WORD_SRC})[ \t])\p{Ll}\p{L}*(?=[ \t]+\p{Lu}))+`,
  "gu",
);

/** a Vietnamese head's later syllables in either case ("Phòng khám", "Phòng Khám") */
const VI_HEAD_SRC = VI_HEADS.map((h) =>
  h
    .split(" ")
    .map((w, i) =>
      i === 0 ? escapeRegExp(w) : `(?:${escapeRegExp(w)}|${escapeRegExp(w.charAt(0).toUpperCase() + w.slice(1))})`,
    )
    .join("[ \\t]+"),
).join("|");
const VI_NOT_NAME_SRC = [...viNotTrade, ...PLACE_WORDS].join("|");

/**
 * "Tiệm vàng Kim Phát", "Xưởng mộc cổ Tân Hòa", "Phòng khám Nha khoa An Bình": a Vietnamese head
 * (lang/business-nouns.ts, vi), the trade in up to four lower-case words, then the proper name,
 * capitalised, a lower-case word inside it only before a capitalised one (as FORM_BEFORE_NAME_RE);
 * a word going on the sentence ("của", "chưa") or saying where ("ở") is none of the name. The name
 * ends at a mark, the line's end or such a word: "Phòng khám Nha" before "khoa …" is cut, not read.
 */
const VI_HEAD_NAME_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:${VI_HEAD_SRC})(?:[ \t]+(?!(?:${VI_NOT_NAME_SRC})(?![\p{L}]))\p{Ll}\p{L}*){0,4}[ \t]+\p{Lu}[\p{L}\p{N}]*(?:[ \t]+\p{Lu}[\p{L}\p{N}]*|[ \t]+(?!(?:${VI_NOT_NAME_SRC})[ \t])\p{Ll}\p{L}*(?=[ \t]+\p{Lu}))*(?=[ \t]*(?:[,.;:()\n\r!?–—-]|$)|[ \t]+(?:${VI_NOT_NAME_SRC})(?![\p{L}]))`,
  "gu",
);

/** The names a Vietnamese head opens (VI_HEAD_NAME_RE) with where they start. */
export function viHeadNamesIn(text: string): { name: string; index: number }[] {
  return allMatches(text, VI_HEAD_NAME_RE).map((m) => ({ name: m[0], index: m.index }));
}

/**
 * "项目：成都某某影院管理有限公司，", "(referral): … בע\"מ, אתר": a name in a script without
 * capitals closed by its legal form (lang/legal-forms.ts), written right after a colon and ending
 * where a comma, a bracket (its website in one after it: "… בע\"מ (www…)"), a full stop or the line does. Without a colon before it, where the
 * name starts is not read ("我们是…有限公司" writes "we are" in it; "我司（…有限公司）" is most
 * often the partner's own firm in brackets).
 */
const CASELESS_NAME_AFTER_MARK_RE = new RegExp(
  String.raw`(?<=[:：][ \t\u3000]*)[^\s,，、。:：()（）;；][^\n,，、。:：()（）;；]{0,40}?(?:${CASELESS_FORMS_AFTER_SRC})(?=[ \t\u3000]*(?:[,，、。)）;；\n]|$)|[ \t\u3000]*[(（]|\.(?:\s|$))`,
  "gu",
);

const SITE_AFTER_NAME_RE =
  /(?:\(\s*(?:(?:web|website|site|sitio|url|homepage)[ \t]*:[ \t]*)?|[ \t][-–—|][ \t]*(?:(?:web|website|site|sitio|url|homepage)[ \t]*:[ \t]*)?)((?:https?:\/\/)?(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+[^\s)]*)/giu;

/**
 * "nieuwe lead: Garage Vos, Gent", "pls reg Harbour Meats for us": the names a registering phrase
 * asks for, of two words at least (one capitalised word may be a place or a person's), as written
 * (untidied) with where they start.
 */
export function namesAfterRegistering(text: string): { name: string; index: number }[] {
  const out: { name: string; index: number }[] = [];
  for (const end of registeringPhraseEnds(text)) {
    const rest = text.slice(end, end + 200);
    const m = AFTER_CUE_RE.exec(rest);
    if (!m) continue;
    // parted where a legal form closes it ("… AS i Bergen": the seat): linesOf
    const [name, index] = linesOf(withoutLabelLine(m[1]!, rest, m[0].length), end + m[0].length - m[1]!.length)[0]!;
    // a short abbreviation and a number after it ("… Lindenhof str. 4"): the name or an address goes on
    if (m[1] === name && ABBREVIATION_NUMBER_RE.test(rest.slice(m[0].length))) continue;
    // after a dash a lead's line may name the person first ("new lead - Mrs Ada Roe, owner, …",
    // "- Ada Roe runs Acme …"): a name there is a firm's only when nothing of a person opens it
    // and the line closes it as a firm is closed
    if (
      DASH_BEFORE_NAME_RE.test(m[0].slice(0, m[0].length - m[1]!.length)) &&
      (opensWithSalutation(name) || !NAME_CLOSED_RE.test(rest.slice(m[0].length - m[1]!.length + name.length)))
    )
      continue;
    // "new lead: Ada Roe, ada.roe@…": a name written with its own address right after it is the
    // person the lead names, not the firm
    const address = ADDRESS_AFTER_NAME_RE.exec(text.slice(index + name.length, index + name.length + 80));
    if (address && localPartSpellsName(tidyPhrase(name), address[1]!)) continue;
    if (/\s/.test(tidyPhrase(name))) out.push({ name, index });
  }
  return out;
}

/** a lead's opener (lang/lead-openers.ts), its first letter in either case, its blanks any blanks */
const LEAD_OPENER_SRC = [...new Set(Object.values(leadOpeners).flat())]
  .sort((a, b) => b.length - a.length)
  .map(
    (o) =>
      `[${escapeRegExp(o[0]!)}${escapeRegExp(o[0]!.toUpperCase())}]${escapeRegExp(o.slice(1)).replace(/ /g, "[ \\t]+")}`,
  )
  .join("|");
/**
 * "Quick one - Acme Bakery in Leeds …", "new one for u: Acme Bakery, …", "quick one between meetings.
 * Acme Bakery in Leeds want …": an opener, up to three short lower-case words, a colon, a spaced
 * dash or a full stop, then the name
 */
const LEAD_OPENER_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:${LEAD_OPENER_SRC})(?:[ \t]+\p{Ll}{1,8}){0,3}[ \t]*(?:[:：]|[-–—](?=[ \t])|\.(?=[ \t]))[ \t]*(${PHRASE})`,
  "gu",
);
/** "of" joining two names in a lead's line: a person and their firm, or a firm of a place */
const OF_JOINER_RE = /\sof\s/u;
/** a role or a person's part after a name ("…, owner", "(GM)", "- ops manager"): a person's name went before */
const ROLE_AFTER_RE = new RegExp(
  String.raw`^[ \t]*[,(–—-][ \t]*(?:the[ \t]+|our[ \t]+)?(?:${ROLE_WORD_RE.source})`,
  "iu",
);

/**
 * The name each match of `re` captures (group 1), as its line holds it, where the line closes it as
 * a firm's (its end, a comma, a bracket, a dash, "in <Place>"), of two words at least and with no
 * "of" joining a person to it; with its index and the text after it.
 */
function closedNamesAfter(text: string, re: RegExp): { name: string; index: number; after: string }[] {
  const out: { name: string; index: number; after: string }[] = [];
  for (const m of allMatches(text, re)) {
    const at = m.index + m[0].length - m[1]!.length;
    const [name, index] = linesOf(withoutLabelLine(m[1]!, text, m.index + m[0].length), at)[0]!;
    const after = text.slice(index + name.length, index + name.length + 80);
    // "Quick one - Ada Roe of Roe Bakery in Leeds": a person and the firm "of" joins to her
    if (NAME_CLOSED_RE.test(after) && !OF_JOINER_RE.test(name) && /\s/.test(tidyPhrase(name)))
      out.push({ name, index, after });
  }
  return out;
}

/**
 * The names a lead's opener announces (LEAD_OPENER_RE), closed as a firm's (closedNamesAfter),
 * with nothing of a person about them: no salutation, no role after, no address of their own after.
 */
export function namesAfterLeadOpener(text: string): { name: string; index: number }[] {
  return closedNamesAfter(text, LEAD_OPENER_RE).filter(({ name, after }) => {
    if (opensWithSalutation(name) || ROLE_AFTER_RE.test(after)) return false;
    const address = ADDRESS_AFTER_NAME_RE.exec(after);
    return !(address && localPartSpellsName(tidyPhrase(name), address[1]!));
  });
}

/**
 * "Ada Roe runs Roe Bakery, …", "Ada Roe owns Roe Bakery in Leeds": a person's two or three
 * capitalised words, a verb tying them to their firm (lang/lead-openers.ts: personRunsFirm), the name
 */
const PERSON_RUNS_FIRM_RE = new RegExp(
  String.raw`(?<![\p{L}])\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2}[ \t]+(?:${personRunsFirm.map(escapeRegExp).join("|")})[ \t]+(${PHRASE})`,
  "gu",
);

/** The firms a named person runs or owns (PERSON_RUNS_FIRM_RE), closed as a firm's (closedNamesAfter). */
export function firmsAPersonRuns(text: string): { name: string; index: number }[] {
  return closedNamesAfter(text, PERSON_RUNS_FIRM_RE);
}

/** an address right after a name, after a comma, a dash or a bracket: its local part */
const ADDRESS_AFTER_NAME_RE = /^[ \t]*[,(<–—-]?[ \t]*<?([^\s@,;:<>()]{1,64})@/;

export function findCompanyCandidates(ctx: CompanyContext): CompanyCandidate[] {
  const out: CompanyCandidate[] = [];
  const add = (raw: string, index: number, score: number, why: string, src = ctx.own) => {
    // a name closed at a line's end (a legal form, an institution's noun) does not go on below
    // nor into the next line's label ("…\nContact: …")
    const run = index >= 0 && src.startsWith(raw, index) ? withoutLabelLine(raw, src, index + raw.length) : raw;
    const name = run.includes("\n") ? linesOf(run, 0)[0]![0] : run;
    const tidy = afterGenitive(tidyPhrase(name), index < 0 ? "" : ctx.own.slice(Math.max(0, index - 12), index));
    let at = index < 0 ? src.indexOf(tidy) : index;
    const described = withDescriptionBeforeForm(src, at, tidy);
    let read =
      described ??
      inBothLanguages(
        src,
        at,
        tidy,
        withPublicBodyKind(src, at, withKindBefore(src, at, withQuotedNameHead(src, at, tidy))),
      );
    // "Lesní správa Horní Luh s.r.o." read from "Horní Luh s.r.o.", whichever reading found it: the
    // sentence-case head before it is the name's (the legal-suffix reading below adds it itself)
    const sentenceHead =
      at >= 0 && src === ctx.own && src.startsWith(read, at) ? sentenceCaseHead(src, at, read) : null;
    if (sentenceHead && why !== "legal suffix") {
      read = `${sentenceHead.words} ${read}`;
      at = index = sentenceHead.index;
    }
    // "Tanzstudio am Weidenbach GmbH" read from "Weidenbach": the head the subject writes too (extract/subject-head.ts)
    const head = src === ctx.own && src.startsWith(read, at) ? subjectHeadStart(src, at, read, ctx.subject) : -1;
    const headWords = head >= 0 ? src.slice(head, at).split(/[ \t]+/u)[0]! : "";
    const n =
      head >= 0 && !LABEL_WORDS.has(headWords.toLowerCase()) && !leadsIntoName(headWords)
        ? `${src.slice(head, at).replace(/[ \t]+/gu, " ")}${read}`
        : read;
    // "Sömmerskan på Vindholm AB" read from "Vindholm AB": the head the domain writes too opens it; one
    // nothing tells of goes with the name, which is then doubted (extract/pick-company.ts)
    const place = n === read && src === ctx.own ? placeHeadBefore(src, at, read, ctx.domain) : null;
    if (n.length < 2 || n.length > 80 || isGeneric(n)) return;
    if (place?.spelt) out.push({ name: `${place.words} ${n}`, index: place.start, score, why });
    else out.push({ name: n, index: n === read ? index : head, score, why, ...(place && { placeHead: place.words }) });
  };
  const text = ctx.own;

  // "register X for …", "Registering X for …", "bitte die X für uns registrieren"
  for (const m of allMatches(text, REGISTER_RE)) {
    add(m[1]!, m.index + m[0].indexOf(m[1]!), 4, "register");
  }
  for (const m of allMatches(text, REGISTRIEREN_RE)) {
    add(m[1]!, m.index + m[0].indexOf(m[1]!), 4, "registrieren");
  }
  // "X (x.com)" / "X in City (www.x.de)", and a site after a dash on the name's line:
  // "X - www.x.com", "X – web: x.com"
  for (const m of eachMatch(text, SITE_AFTER_NAME_RE)) {
    const host = m[1]!
      .replace(/^https?:\/\//, "")
      .split("/")[0]!
      .replace(/[.,;:!?]+$/, "");
    if (ctx.excludedDomains.some((d) => host.endsWith(d))) continue;
    const dashed = !m[0].startsWith("(");
    // after a dash only a host is a site: not "Acme - 3.5k seats", not "Jo Lee - jo@acme.com"
    if (dashed && (!/\.\p{L}{2,}$/u.test(host) || host.includes("@"))) continue;
    // and the name is on the same line
    let windowStart = Math.max(0, m.index - 140, dashed ? text.lastIndexOf("\n", m.index) + 1 : 0);
    // a window opening inside a name ("…age Bleu Azur SARL (…)") opens where that name does
    windowStart = phraseStartAcross(text, windowStart, m.index);
    const window = text.slice(windowStart, m.index);
    const phrases = phrasesIn(window);
    const similar = phrases.filter((p) => orgMatchesDomain(p.name, host));
    const pick = similar[similar.length - 1];
    if (pick) add(pick.name, windowStart + pick.index, 5, "phrase (domain)");
    else {
      const last = phrases[phrases.length - 1];
      if (last && window.slice(last.index + last.name.length).trim().length <= 2)
        add(last.name, windowStart + last.index, 2, "phrase (url)");
    }
  }
  // "CFO at X", "owner of X", "Inhaberin von X", "Finanzchef der X", "at X" after a person
  for (const m of allMatches(text, ROLE_AT_RE)) {
    const before = text.slice(Math.max(0, m.index - 50), m.index);
    if (!ROLE_BEFORE_RE.test(before)) continue;
    add(m[1]!, m.index + m[0].indexOf(m[1]!), 3, "role at");
  }
  // a German trade noun and the owner's name: "die Schreinerei Holzapfel aus …", "bei der Metzgerei Kunz"
  for (const m of allMatches(text, TRADE_RE)) {
    add(m[1]!, m.index + m[0].indexOf(m[1]!), 3, "trade");
  }
  // legal-suffix phrases anywhere in the partner's text
  for (const p of phrasesIn(text)) {
    // "(parent is Acme Holdings Ltd)": the owner, not the prospect
    if (PARENT_BEFORE_RE.test(text.slice(Math.max(0, p.index - 40), p.index))) continue;
    const named = endsAsFirm(p.name) ? p.name : (SEAT_AFTER_LEGAL_RE.exec(p.name)?.[1] ?? p.name);
    if (endsAsFirm(named) && named.split(/\s+/).length >= 2) {
      const head = sentenceCaseHead(text, p.index, named);
      add(head ? `${head.words} ${named}` : named, head ? head.index : p.index, 2, "legal suffix");
    }
    // "Posada Los Alerces, 11 habitaciones": a business-type noun opening a name of two words or more
    else if (BUSINESS_NOUN_BEFORE_RE.test(`${p.name.split(/\s+/)[0]} `) && p.name.split(/\s+/).length >= 3)
      add(p.name, p.index, 2, "business noun");
    // "Murang'a Hass Avocado Growers Co-operative Society", "Universidade Estadual do Vale do …": an
    // institution's head noun where its language puts it (lang/org-forms.ts)
    // ("Adeyemi Heritage College, Lekki": a place after a comma may be part of the name or not: not read)
    else if (isInstitution(p.name) && !/^,[ \t]*\p{Lu}/u.test(text.slice(p.index + p.name.length)))
      add(p.name, p.index, 2, "institution");
    // "la Communauté de communes du Val de Sornay", "hos Norrbergs kommun": a public body named with its
    // kind; a place's name may go on in lower case after it ("… Oberwang am See"): not read then
    else if (
      (withPublicBodyKind(text, p.index, p.name) !== p.name || PUBLIC_BODY_HEAD_RE.test(p.name)) &&
      !GOES_ON_LOWER_RE.test(text.slice(p.index + p.name.length, p.index + p.name.length + 40))
    )
      add(p.name, p.index, 2, "public body");
  }
  // a name opened by its legal kind: "Khách hàng là Công ty Cổ phần …"
  for (const m of allMatches(text, FORM_BEFORE_NAME_RE)) {
    if (PARENT_BEFORE_RE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    add(m[0], m.index, 3, "legal kind before");
  }
  // a name opened by a Vietnamese head: "Khách là Tiệm vàng Kim Phát, …"
  for (const r of viHeadNamesIn(text)) add(r.name, r.index, 3, "business head before");
  // a caseless script's name closed by its legal form after a colon
  // (not the value of another field's label: "竞争对手：…有限公司" names a competitor)
  for (const m of allMatches(text, CASELESS_NAME_AFTER_MARK_RE)) {
    const head = text.slice(text.lastIndexOf("\n", m.index) + 1, m.index).replace(/[:：\s]+$/u, "");
    const field = labelField(head.slice(Math.max(head.search(/[^,，、。;；]*$/u), 0)).toLowerCase());
    if (field && field !== "company" && field !== "legalName") continue;
    add(m[0], m.index, 3, "caseless legal form");
  }
  // the line above an unlabelled "Name, role" line and its address, where it reads as a firm
  for (const b of contactBlocks(text)) if (headsAsFirm(b.head, b.email)) add(b.head, b.headIndex, 4, "contact block");
  // the name a registering phrase asks for (read after the others: a name they read too keeps their reason)
  for (const r of namesAfterRegistering(text)) add(r.name, r.index, 4, "registering");
  // the name a lead's opener announces ("Quick one - Acme Bakery in Leeds wants …"): lang/lead-openers.ts
  for (const r of namesAfterLeadOpener(text)) add(r.name, r.index, 3, "lead opener");
  // a Cyrillic lead's kind words and quoted name after a colon or a dash or alone on a line
  // ("Лід: кавова крамниця «Світанок»"): extract/kind-quoted-name.ts
  for (const r of kindQuotedNamesIn(text)) add(r.name, r.index, 4, "kind before quote");
  // and in Hebrew or Arabic script, where a comma, a bracket or the line's end closes it (a name the
  // subject writes too is the subject's reading's, extract/caseless-subject.ts, which the audit weighs as such)
  for (const r of caselessNamesAfterRegistering(text))
    if (!ctx.subject.includes(r.name)) add(r.name, r.index, 4, "registering (caseless)");
  // subject segments ("Intro - Brightwell Foods", "Empfehlung: Feinkost Albrecht")
  for (const seg of subjectSegments(ctx.subject)) {
    for (const p of phrasesIn(seg)) {
      add(p.name, -1, 1, "subject", seg);
      // the same name heading a line of the text, a description after it ("Sree Textiles - spinning
      // mill, 180 suppliers"): the partner introduces the subject's company there
      const at = headsALine(text, p.name);
      if (at >= 0 && p.name.split(/\s+/).length >= 2) add(p.name, at, 2, "heads a line");
      // a segment that is a name of two words or more (a place after a comma or in brackets
      // aside) and that the text writes as a name of its own, no word more nor less ("New lead -
      // Brightwell Foods" over "… runs Brightwell Foods, a …"): the subject and the text agree on
      // it, which one of them alone does not show
      else if (
        p.index === 0 &&
        p.name.split(/\s+/).length >= 2 &&
        SEGMENT_CLOSED_RE.test(seg.slice(p.name.length)) &&
        phrasesIn(text).some((q) => q.name === p.name && !SHORT_FORM_AFTER_RE.test(text.slice(q.index + q.name.length)))
      )
        add(p.name, -1, 2, "subject", seg);
    }
  }

  // the firm a named person runs ("Ada Roe runs Roe Bakery, …"), read last: a name another reading
  // finds too keeps that reading's reason
  for (const r of firmsAPersonRuns(text)) add(r.name, r.index, 3, "person runs");

  return score(out, ctx);
}

/**
 * The head line of a contact block (extract/contact-block.ts) read as the business's name: a name
 * alone on its line (no comma, bracket or dash after it: other readings take those) with a legal
 * form, a firm's or business's noun, an institution's noun, or spelt by the address's own domain.
 */
function headsAsFirm(head: string, email: string): boolean {
  if (/[,(;|]|\s[–—-]\s/u.test(head) || !/^\p{Lu}/u.test(head)) return false;
  const domain = email.slice(email.indexOf("@") + 1);
  return (
    endsAsFirm(head) ||
    ORG_WORDS_RE.test(head) ||
    BUSINESS_NOUN_BEFORE_RE.test(`${head.split(/\s+/)[0]} `) ||
    isInstitution(head) ||
    (!isFreeMailDomain(domain) && orgMatchesDomain(head, domain))
  );
}

/** the rest of a subject segment after a name that fills it: nothing, or a place after a comma or in brackets */
const SEGMENT_CLOSED_RE = /^[ \t]*(?:$|[,(])/u;
/** a dotted lower-case abbreviation right after a name ("… s.c.", "… sp. j."): a legal form goes on there */
const SHORT_FORM_AFTER_RE = /^[ \t]+\p{Ll}{1,4}\.[ \t]?\p{Ll}{1,3}\./u;

/** where a subject line parts its segments: a colon, a bar, a dash, brackets, "for" */
const SUBJECT_PARTS_RE = /\s*(?::|\||–|—|\s-\s|<>|\+|\(|\)|\bfor\b|\bfür\b)\s*/;

/** The segments of a subject line a name may fill ("Intro - Brightwell Foods", "Empfehlung: Feinkost Albrecht"). */
export function subjectSegments(subject: string): string[] {
  return stripSubjectPrefixes(subject).split(SUBJECT_PARTS_RE);
}

/**
 * Where a window of `text` from `start` to `end` should open so as not to cut a capitalised name
 * in two: `start`, or the start of the name read across it (on its line, at most 80 characters
 * back). A name read from the window's first word alone would lose its head ("Vert Prairie SARL" of
 * "Garage Central Vert Prairie SARL").
 */
function phraseStartAcross(text: string, start: number, end: number): number {
  if (start === 0 || /\s/.test(text[start - 1]!)) {
    // a window opening at a word's start cuts a name only when the word before is capitalised too
    if (start === 0 || !/\p{Lu}[\p{L}\p{N}'’.-]*[ \t]+$/u.test(text.slice(Math.max(0, start - 40), start)))
      return start;
  }
  const from = Math.max(text.lastIndexOf("\n", start - 1) + 1, start - 80);
  for (const p of phrasesIn(text.slice(from, end))) {
    const at = from + p.index;
    if (at < start && at + p.name.length > start) return at;
  }
  return start;
}

/**
 * An institution's or a business's noun phrase right before a quoted name ("Spółdzielnia Mleczarska
 * „Bielawy”"): the noun (lang/org-forms.ts: headNouns before, lang/business-nouns.ts) opens it,
 * capitalised words (and short lower-case particles between them) go on up to the opening mark.
 */
const HEAD_BEFORE_QUOTE_RE =
  /(?<![\p{L}\p{N}])(\p{Lu}\p{L}*(?:[ \t]+(?:\p{Ll}{1,3}[ \t]+)?\p{Lu}\p{L}*){0,4})[ \t]+(["„“«‚‘])$/u;
/** the closing mark each opening mark of a quoted name may have */
const CLOSING_QUOTES: Record<string, string> = { '"': '"', "„": "“”", "“": "”", "«": "»", "‚": "‘’", "‘": "’" };

/**
 * `name` with the institution's or business's noun phrase written before it when `text` quotes it at
 * `index` right after such a phrase ("Zielony Dąb" in 'Fundacja Ochrony Lasów „Zielony Dąb”'): the
 * noun phrase and the quoted name are one registered name. Unchanged elsewhere.
 */
function withQuotedNameHead(text: string, index: number, name: string): string {
  if (index < 1 || !text.startsWith(name, index)) return name;
  const m = HEAD_BEFORE_QUOTE_RE.exec(text.slice(Math.max(0, index - 80), index));
  const close = m ? text[index + name.length] : undefined;
  if (!m || !close || !CLOSING_QUOTES[m[2]!]!.includes(close)) return name;
  const head = m[1]!.replace(/[ \t]+/g, " ");
  const first = head.split(" ")[0]!;
  if (!(HEAD_BEFORE.has(first) && !OF_FIRST.has(first)) && !BUSINESS_NOUN_BEFORE_RE.test(`${first} `)) return name;
  return `${head} ${m[2]}${name}${close}`;
}

/**
 * A legal or institutional kind written before the name (lang/legal-forms.ts: formsBefore,
 * lang/org-forms.ts: kindsBefore), then the name's first words on the same line: a capitalised word,
 * and up to three more with at most two lower-case ones in a row ("Công ty TNHH Bến xe khách " before
 * "Minh Phát"). A language that writes a name's later syllables in lower case breaks the
 * capitalised-word reader there, which would start the name after them.
 */
const KIND_AND_WORDS_BEFORE_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:${FORMS_BEFORE_SRC})[ \t]+\p{Lu}\p{L}*(?:(?:[ \t]+\p{Ll}+){1,2}|(?:[ \t]+\p{Lu}\p{L}*(?:[ \t]+\p{Ll}+){1,2}))[ \t]+$`,
  "u",
);

/**
 * `name` with the kind and the words written before it on its line when a kind opens the name there
 * and lower-case words broke the reading ("Hạ Mai" in "Công ty TNHH Bến xe khách Hạ Mai"). Unchanged
 * elsewhere.
 */
function withKindBefore(text: string, index: number, name: string): string {
  if (index < 1 || !text.startsWith(name, index) || !/^\p{Lu}/u.test(name)) return name;
  const m = KIND_AND_WORDS_BEFORE_RE.exec(text.slice(Math.max(0, index - 80), index));
  // a word saying where (PLACE_WORDS) ends the name before it ("… Minh Long ở Hạ Mai")
  if (!m || m[0].split(/[ \t]+/u).some((w) => PLACE_WORDS.has(w))) return name;
  return `${m[0].replace(/[ \t]+/g, " ")}${name}`;
}

/** a lower-case word and a capitalised one right after a name, on its line: the name may go on there */
const GOES_ON_LOWER_RE = /^[ \t]+\p{Ll}+[ \t]+\p{Lu}/u;

/**
 * `name` with the kind of public body written right before or after it where `text` writes it at
 * `index` ("Val de Sornay" in "la Communauté de communes du Val de Sornay", "Norrbergs" in "Norrbergs
 * kommun"): the kind is part of the body's name (lang/public-bodies.ts). Unchanged elsewhere.
 */
function withPublicBodyKind(text: string, index: number, name: string): string {
  if (index < 0 || text.slice(index, index + name.length) !== name) return name;
  const before = PUBLIC_BODY_BEFORE_RE.exec(text.slice(Math.max(0, index - 60), index));
  const after = PUBLIC_BODY_AFTER_RE.exec(text.slice(index + name.length, index + name.length + 30));
  return `${before?.[0] ?? ""}${name}${after?.[0] ?? ""}`.replace(/\s+/g, " ");
}

/** `name` read at `index` of `text` is a public body named with its kind (`named`: with the kind added) */
function isPublicBody(name: string, named: string): boolean {
  return named !== name || PUBLIC_BODY_HEAD_RE.test(name);
}

/** the public body named with its kind that starts at `at` of `text` ("Vellbyn kaupunki (…)"), or null */
function bodyOpening(text: string, at: number): string | null {
  const end = text.indexOf("\n", at);
  const first = phrasesIn(text.slice(at, end < 0 ? undefined : end))[0];
  if (!first || first.index !== 0) return null;
  const named = withPublicBodyKind(text, at, first.name);
  return isPublicBody(first.name, named) ? named : null;
}

/** the last public body named with its kind that closes `text` before `end` ("… Vellby stad"), or null */
function bodyClosing(text: string, end: number): string | null {
  const start = text.lastIndexOf("\n", end - 1) + 1;
  const last = phrasesIn(text.slice(start, end)).pop();
  if (!last) return null;
  const named = withPublicBodyKind(text, start + last.index, last.name);
  const written = text.slice(start + last.index, end).replace(/\s+/g, " ");
  return isPublicBody(last.name, named) && written === named ? named : null;
}

const SLASH_AFTER_RE = /^[ \t]*\/[ \t]*/;
const SLASH_BEFORE_RE = /[ \t]*\/[ \t]*$/;

/**
 * "Vellby stad / Vellbyn kaupunki": a public body of a bilingual place is named in both languages,
 * a slash between the two, each with its kind. `named` (the body read at `index`, with its kind)
 * then stands for the name in both; any other name (two firms, a name and a product) is unchanged.
 */
function inBothLanguages(text: string, index: number, name: string, named: string): string {
  if (index < 0 || !isPublicBody(name, named) || !text.startsWith(name, index)) return named;
  const endAt = index + named.length;
  if (text.slice(index, endAt).replace(/\s+/g, " ") !== named) return named;
  const after = SLASH_AFTER_RE.exec(text.slice(endAt, endAt + 10));
  const next = after ? bodyOpening(text, endAt + after[0].length) : null;
  if (next) return `${named} / ${next}`;
  const before = SLASH_BEFORE_RE.exec(text.slice(Math.max(0, index - 10), index));
  const prev = before ? bodyClosing(text, index - before[0].length) : null;
  return prev ? `${prev} / ${named}` : named;
}

/** a spaced dash right after a name */
const DASH_AFTER_NAME_RE = /^[ \t]+[-–—][ \t]+/u;
/**
 * A description written in sentence case after the dash, closed by the legal form ("… – Atelier de
 * reliure ancienne ASBL", "… – Oficina de cerâmica artesanal, Lda."): a capitalised word, one to
 * five lower-case ones, the form, and no word after it.
 */
const CASELESS_DESCRIPTION_RE = new RegExp(
  String.raw`^\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Ll}[\p{L}'’-]*){1,5},?[ \t]+(?:${LEGAL_SUFFIX_SRC})(?![\p{L}\p{N}])`,
  "u",
);

/**
 * "… com a Brandname – Lavagem de Tapetes, Lda. (…)": a name written at `index` of `text`, then a
 * spaced dash and a descriptive part closed by the legal form (capitalised, or in sentence case), on the same line: the firm's name
 * runs over the dash (organization.ts's withPartAfterDash judges the two parts as on a signature's
 * line). Null when the text does not go on so.
 */
function withDescriptionBeforeForm(text: string, index: number, name: string): string | null {
  if (index < 0 || !text.startsWith(name, index) || LEGAL_SUFFIX_RE.test(` ${name}`)) return null;
  const afterName = index + name.length;
  const dash = DASH_AFTER_NAME_RE.exec(text.slice(afterName, afterName + 8));
  if (!dash) return null;
  const from = afterName + dash[0].length;
  const lineEnd = text.indexOf("\n", from);
  const rest = text.slice(from, lineEnd < 0 ? from + 120 : Math.min(lineEnd, from + 120));
  const tail = phrasesIn(rest)[0];
  const capitalised = tail && tail.index === 0 && LEGAL_SUFFIX_RE.test(` ${tail.name}`) ? tail.name : null;
  const described = capitalised ?? CASELESS_DESCRIPTION_RE.exec(rest)?.[0];
  if (!described) return null;
  const line = `${text.slice(index, from)}${described}`;
  const whole = withPartAfterDash(line, name);
  return whole === name ? null : whole;
}

/** Where `name` opens a line of `text` followed by a dash or a comma; -1 when it does not. */
function headsALine(text: string, name: string): number {
  let i = text.indexOf(name);
  while (i >= 0) {
    const lineStart = i === 0 || text[i - 1] === "\n" || /^\s*$/.test(text.slice(text.lastIndexOf("\n", i - 1) + 1, i));
    if (lineStart && /^\s*(?:[-–—,]|$)/.test(text.slice(i + name.length, i + name.length + 3))) return i;
    i = text.indexOf(name, i + 1);
  }
  return -1;
}

/** the mark between a name and its place: an opening bracket or a comma */
const PLACE_MARK_BEFORE_RE = /[ \t]*[(,][ \t]*$/u;

/**
 * Every time `text` writes `name`, it is in brackets or after a comma right after another
 * candidate's name of two words or more: that name's place. False when the text never writes it.
 */
export function placeOfOtherName(text: string, name: string, cands: readonly CompanyCandidate[]): boolean {
  const others = cands.filter((o) => o.why !== "subject" && o.name !== name && o.name.split(/\s+/).length >= 2);
  return writtenOnlyWhere(text, name, (i) => {
    const before = text.slice(Math.max(0, i - 100), i);
    const mark = PLACE_MARK_BEFORE_RE.exec(before);
    const head = mark ? before.slice(0, mark.index) : null;
    return head !== null && others.some((o) => head.endsWith(o.name));
  });
}

/** "in" before a place the subject names (lang/*: placeMention), right before a name: "… hai tiệm ở Hội An" */
const PLACE_WORD_BEFORE_RE = new RegExp(String.raw`(?<![\p{L}])(?:${CUES.placeMention.word.join("|")})[ \t]+$`, "u");

/**
 * Every time `text` writes `name` (at least once), a word saying where stands right before it: the
 * subject's "Khách hàng mới – giặt ủi Hội An" under "… hai tiệm ở Hội An" names a place,
 * not the prospect.
 */
export function onlyAsPlace(text: string, name: string): boolean {
  return writtenOnlyWhere(text, name, (i) => PLACE_WORD_BEFORE_RE.test(text.slice(Math.max(0, i - 30), i)));
}

function score(cands: CompanyCandidate[], ctx: CompanyContext): CompanyCandidate[] {
  const excluded = ctx.excluded.map((e) => fold(e)).filter((e) => e.length >= 3);
  // a name wrapped over a line break ("… is Hagen\nBau in …") is written whole all the same
  const textFold = fold(ctx.own).replace(/\s+/g, " ");
  const subjectFold = fold(ctx.subject);
  const merged = new Map<string, CompanyCandidate>();
  for (const c of cands) {
    const f = fold(c.name);
    if (excluded.some((e) => f === e || f.includes(e) || e.includes(f))) continue;
    // a name that spells the partner's domain is theirs, unless it spells the prospect's too
    // ("Riverkart Lakeside Ltd" at riverkartlakeside.example, sent from riverkartsoft.example)
    if (
      ctx.excludedDomains.some((d) => orgMatchesDomain(c.name, d)) &&
      !(ctx.domain && orgMatchesDomain(c.name, ctx.domain))
    )
      continue;
    let s = c.score;
    if (ctx.domain && orgMatchesDomain(c.name, ctx.domain)) s += 3;
    if (LEGAL_SUFFIX_RE.test(` ${c.name}`)) s += 1;
    if (c.why !== "subject" && subjectFold.includes(f.split(" ").slice(0, 2).join(" "))) s += 2;
    // a name written only in the subject ("Lead KFO Yilmaz") may be a nickname or carry the mail's
    // own words: not evidence enough for a company on its own (the case asks instead). Written in
    // the text only as the start of a longer word ("St Bede's Prep" for "… Preparatory School"),
    // the subject's is a short form of the name, not the name.
    // A common noun the text writes in lower case ("kitchen screens") is not the name either.
    if (c.why === "subject" && !(containsWords(textFold, f) && writtenAsName(ctx.own, c.name))) s = Math.min(s - 2, 2);
    // the subject's segment the text writes only as another name's place ("Xưởng … Hà Thành (Hà
    // Nam)", "Mill Lane Dairy, Kestrel" under "New lead - Kestrel") or after a word saying where
    // ("… ở Hà Nam"): a place, not the prospect
    if (c.why === "subject" && (placeOfOtherName(ctx.own, c.name, cands) || onlyAsPlace(ctx.own, c.name)))
      s = Math.min(s - 3, 0);
    const prev = merged.get(f);
    if (prev) {
      prev.score = Math.max(prev.score, s) + 1;
      prev.placeHead ??= c.placeHead;
    } else merged.set(f, { ...c, score: s });
  }
  // a longer body phrase that starts with a subject candidate is the full name ("Holzmann Haustechnik GmbH & Co. KG")
  const list = [...merged.values()];
  for (const c of list) {
    // (and one opened by its legal kind that ends with it: "Công ty Cổ phần Dệt Tân Lộc" for "Tân Lộc")
    const longer = list.find(
      (o) =>
        o !== c &&
        ((fold(o.name).startsWith(fold(c.name) + " ") && endsAsFirm(o.name)) ||
          ((o.why === "legal kind before" || o.why === "business head before") &&
            fold(o.name).endsWith(" " + fold(c.name))) ||
          // "Registro: SPV Lindqvar" above "Sociedad de Paneles Verdes Lindqvar S.L." in the text
          (c.why === "subject" && o.why !== "subject" && subjectShortFormOf(c.name, o.name))),
    );
    if (longer) {
      longer.score = Math.max(longer.score, c.score) + 1;
      c.score -= 3;
    }
  }
  return list.sort((a, b) => b.score - a.score || a.index - b.index);
}

/** a name's word written in lower case and short: a particle ("y", "de", "of"), which has no initial in its short form */
const PARTICLE_RE = /^(?:\p{Ll}{1,3}|&|\+)$/u;
/** capitals standing for words ("SPV", "ZUŠ"): two to six */
const ACRONYM_RE = /^\p{Lu}{2,6}$/u;
const CAPITALISED_WORD_RE = /^\p{Lu}\p{Ll}/u;

/**
 * `short` (a subject's reading) is the partner's short form of `long`, a name the text writes
 * whole with its legal form: it opens as `long` does, each of its words is a later word of
 * `long` or capitals standing for the next words (particles have none: "SPV" for "Sociedad de
 * Paneles Verdes"), one place's word may close it ("SPV Vigo"), and it stands for two words of
 * `long` at least ("Lindqvar Paneles" for "Lindqvar Paneles S.L.", "LPV" for "Lindqvar Paneles
 * Verdes S.A."). The handle does not say less than the text: the full name is the one to keep.
 */
export function subjectShortFormOf(short: string, long: string): boolean {
  if (!LEGAL_SUFFIX_RE.test(` ${long}`)) return false;
  const words = long
    .replace(LEGAL_FORM_END_RE, "")
    .split(/\s+/)
    .filter((w) => !PARTICLE_RE.test(w))
    .map((w) => foldLetters(w));
  const tokens = short.split(/\s+/).filter(Boolean);
  let at = 0;
  let covered = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const f = foldLetters(t);
    const k = i === 0 ? (words[0] === f ? 0 : -1) : words.indexOf(f, at);
    if (k >= 0) {
      covered++;
      at = k + 1;
      continue;
    }
    const initials = words
      .slice(at, at + t.length)
      .map((w) => w[0])
      .join("");
    if (ACRONYM_RE.test(t) && initials === f) {
      covered += t.length;
      at += t.length;
      continue;
    }
    // one word after the name read: a place ("… Vigo"), when the name read is the first words
    if (i === 0 || i !== tokens.length - 1 || !CAPITALISED_WORD_RE.test(t)) return false;
  }
  return covered >= 2 && fold(short) !== fold(long);
}

/**
 * The name cut to start where the subject's does ("Architekturbüro Borchert + Partner PartGmbB"
 * under the subject "Borchert + Partner" gives "Borchert + Partner PartGmbB"); unchanged when the
 * subject repeats its first word or does not give the name. A difference means the first word
 * may be a description or part of the name: the extractor then asks instead of choosing.
 */
export function startAtSubjectName(name: string, subject: string): string {
  const key = (w: string) => fold(w).replace(/[^\p{L}\p{N}]/gu, "");
  const subj = ` ${subject.split(/\s+/).map(key).filter(Boolean).join(" ")} `;
  const words = name.split(/\s+/);
  for (let k = 1; k < words.length - 1; k++) {
    if (subj.includes(` ${key(words[k - 1]!)} `)) return name;
    const start = words.slice(k).map(key).filter(Boolean).slice(0, 2);
    if (start.length === 2 && subj.includes(` ${start.join(" ")} `)) return words.slice(k).join(" ");
  }
  return name;
}

/** `name` stands in `text` at least once starting with a capital or a digit, as a name is written. */
function writtenAsName(text: string, name: string): boolean {
  const re = new RegExp(
    name
      .split(/\s+/)
      .map(escapeRegExp)
      .join(String.raw`\s+`),
    "giu",
  );
  for (const m of boundedMatches(text, re, NO_WORD_BEFORE, NO_WORD_AFTER))
    if (/^[\p{Lu}\p{N}]/u.test(m[0])) return true;
  return false;
}

/** `words` stands in `text` as whole words (both folded), not as the start of a longer one. */
function containsWords(text: string, words: string): boolean {
  let i = text.indexOf(words);
  while (i >= 0) {
    const after = text[i + words.length] ?? " ";
    const before = i > 0 ? text[i - 1]! : " ";
    if (!/[\p{L}\p{N}]/u.test(after) && !/[\p{L}\p{N}]/u.test(before)) return true;
    i = text.indexOf(words, i + 1);
  }
  return false;
}
