// The last look at a registration's required fields before they are stored: each chosen value is
// checked against the text it was read from and against the other fields. A value that fails is
// not corrected (that would be another guess) but doubted: the caller leaves it null and lists it
// in `missing`, so the partner is asked instead of a wrong company or contact being stored.
// The checks are about how names are written in general, never about one mail. Pure.
import { isCaselessName } from "./caseless-subject.ts";
import {
  NO_WORD_AFTER,
  NO_WORD_BEFORE,
  boundedMatches,
  eachMatch,
  escapeRegExp,
  LATIN_LETTER_RE,
} from "../text/regex.ts";
import {
  LEGAL_FORM_END_RE,
  LEGAL_SUFFIX_RE,
  LEGAL_SUFFIX_SRC,
  ORG_WORDS_RE,
  nameWords,
  spellsAcronym,
} from "./organization.ts";
import { ROLE_WORD_RE } from "../lang/roles.ts";
import { isMailboxName } from "../lang/mailbox.ts";
import { alnum, domainLabel, fold, foldNordic, orgMatchesDomain, writtenOnlyWhere } from "./text-utils.ts";
import { looksLikeRole } from "./people.ts";
import { entityKey, registeredNamesIn } from "./registered-entity.ts";
import { BUSINESS_NOUN_BEFORE_RE, businessHeadBefore, LABEL_WORDS } from "../lang/index.ts";
import { CUES } from "../lang/cues.ts";
import {
  ANY_FORM_BEFORE_SRC,
  CASE_ENDING_JOINER_SRC,
  CASELESS_LEGAL_RE,
  LOWER_WORDS_BEFORE_FORM_SRC,
} from "../lang/legal-forms.ts";
import { capitals as turkishCapitals } from "../lang/tr.ts";
import type { EvidenceKind } from "./evidence.ts";
import { withoutSeatPlace } from "./pick-company.ts";
import { leadsIntoName, subjectSegments } from "./company.ts";
import { contractedArticles, ELIDED_PARTICLES_SRC } from "../lang/name-particles.ts";
import { before as PERSON_BEFORE, beforeFullName as PERSON_BEFORE_FULL_NAME } from "../lang/person-names.ts";

export type KeyField = "company.name" | "company.domain" | "contact.name" | "contact.email";

export interface Doubt {
  field: KeyField;
  reason: string;
  /** the whole value, when the text writes it whole right there (a legal form after the name): stored instead */
  fuller?: string;
}

export interface AuditInput {
  /** the text the values were read from: the partner's own text and the forwarded mails */
  text: string;
  company: string | null;
  domain: string | null;
  contactName: string | null;
  contactEmail: string | null;
  /** a phrase the contact's address spells, read as the business's name beside the person ("Acme Shine") */
  contactBusiness?: string | null;
  /** where the company name was read (its evidence kind): a subject line's name is checked harder */
  companyKind?: EvidenceKind | null;
  /** the mail's subject line: it may write the words that open the name */
  subject?: string;
  /** the other readings of the company name the picker weighed and found weaker (not the invalid ones) */
  companyRivals?: readonly { value: string; kind: EvidenceKind }[];
}

/**
 * Words that join the parts of one name ("Laiterie des Ardennes", "Cañas y Barro", "Vale do Sol",
 * "Almeida & Filhos", the Turkish "Yapı ve Yatırım"): a value that starts or ends next to one was cut out
 * of a longer name.
 */
/** the prepositions and articles among them ("des", "di", "du"): what a name's head ends with before its rest */
const PARTICLE = "de|del|della|di|da|das|do|dos|du|des|la|le|las|los|les";
const GLUE = `${PARTICLE}|van|het|y|e|et|and|&|og|och|ve`;
const GLUE_RE = new RegExp(`^(?:${GLUE})$`, "iu");
/** a legal form written right after the value (after a comma or a blank) that the value lacks */
const LEGAL_AFTER_RE = new RegExp(String.raw`^\s*,?\s*${LEGAL_SUFFIX_SRC}(?![\p{L}])`, "u");
const LEGAL_ONLY_RE = new RegExp(String.raw`^(?:\s*,?\s*${LEGAL_SUFFIX_SRC})+\s*$`, "u");
/** a glue word and a capitalised word after the value: the name goes on ("Incorporadora Vale" + " do Sol") */
const GOES_ON_RE = new RegExp(String.raw`^[ \t]+(?:${GLUE})[ \t]+\p{Lu}`, "u");
/** a joining word, at most three capitalised words and a legal form after the value */
const GOES_ON_TO_LEGAL_RE = new RegExp(
  String.raw`^[ \t]+(?:${GLUE})[ \t]+(?:\p{Lu}[\p{L}\p{N}'’&.-]*[ \t]+){0,3}${LEGAL_SUFFIX_SRC}(?![\p{L}])`,
  "u",
);
/** how people are addressed, in the label tables' languages: a name that starts so is a person */
const HONORIFIC_RE =
  /^(?:herrn?|frau|mr|mrs|ms|miss|mx|sr|sra|srta|don|doña|dona|m|mme|mlle|monsieur|madame|sig|sig\.ra|signor|signora|dhr|mevr|pan|pani|hr|fru)\.?\s+\p{Lu}/iu;
/** a case ending glued to the legal form ("…Kft.-vel", "…Oy:n", "…A.Ş.'nin"): the sentence's grammar, not the name */
const ENDING_AFTER_LEGAL_RE = new RegExp(
  String.raw`[\s,]${LEGAL_SUFFIX_SRC}${CASE_ENDING_JOINER_SRC}\p{Ll}{1,4}$`,
  "u",
);
/** what stands after a comma inside a name and still belongs to it: a legal form ("Acme, Inc.", "…, Unipessoal Lda.") */
const LEGAL_THEN_COMMA_RE = new RegExp(String.raw`[\s,]${LEGAL_SUFFIX_SRC}\s*,`, "u");
/** a legal form, then a preposition of place and a capitalised word: the seat after the name */
const SEAT_AFTER_LEGAL_RE = new RegExp(
  String.raw`[\s,]${LEGAL_SUFFIX_SRC}[ \t]+(?:${CUES.seatAfterName.join("|")})[ \t]+\p{Lu}`,
  "u",
);
const LEGAL_HEAD_RE = new RegExp(String.raw`^\s*(?:\p{Lu}\p{L}+\s+)?${LEGAL_SUFFIX_SRC}(?![\p{L}])`, "u");

/**
 * More capitalised words (a joining word between them allowed) and then a legal form right after
 * the value: "Kordon Butik" + " Otel Turizm Ltd. Şti.", "Porto Sereno" + " Apartamentos, Unipessoal Lda";
 * a trade in brackets and a legal form ("Marsh & Doyle" + " (Joiners) Ltd"); lower-case words and
 * a form of a language that writes names in sentence case ("Pekara Vrbanić" + " i kćeri d.o.o.").
 */
const CONTINUED_RE = new RegExp(
  String.raw`^(?:(?:[ \t]+(?:(?:${GLUE})[ \t]+)?\p{Lu}[\p{L}\p{N}'’&.-]*){1,4}|[ \t]+\(\p{Lu}[\p{L}'’&.-]*(?:[ \t]+\p{Lu}[\p{L}'’&.-]*){0,2}\))(?:,[ \t]*|[ \t]+)${LEGAL_SUFFIX_SRC}(?![\p{L}\p{N}])|^${LOWER_WORDS_BEFORE_FORM_SRC}`,
  "u",
);

export function auditKeyFields(input: AuditInput): Doubt[] {
  const doubts: Doubt[] = [];
  const given = input.company?.trim();
  if (given) {
    const opened =
      openedBefore(given, input.text, input.subject ?? "") ??
      sentenceCaseOpening(given, input) ??
      particleGluedOpening(given, input) ??
      contractedArticleOpening(given, input) ??
      acronymHeadSpeltOut(given, input.text);
    if (opened === "ambiguous") {
      doubts.push({ field: "company.name", reason: "the text writes words before it that may open the name" });
      return [...doubts, ...contactDoubts(input, given)];
    }
    const company = opened ?? given;
    const whole = writtenWhole(company, input.text);
    if (whole === "ambiguous") {
      doubts.push({ field: "company.name", reason: "the text writes it as part of longer names that differ" });
      return [...doubts, ...contactDoubts(input, company)];
    }
    const completed = whole ?? legalFormAfter(company, input.text) ?? opened;
    const goesOn = formNameGoesOn(completed ?? company, input.text);
    if (goesOn === "ambiguous") {
      doubts.push({ field: "company.name", reason: "the text writes it going on with different words after it" });
      return [...doubts, ...contactDoubts(input, company)];
    }
    const owned = ownerAfter(goesOn ?? completed ?? company, input);
    if (owned === "ambiguous") {
      doubts.push({ field: "company.name", reason: "the text writes a person after it who may be its owner's part" });
      return [...doubts, ...contactDoubts(input, company)];
    }
    const fuller = owned ?? goesOn ?? completed;
    const why =
      (fuller && repeatsAWord(fuller) && !repeatsAWord(company)
        ? "the words that would complete it repeat one of its own: two names run together"
        : null) ??
      companyDoubt(fuller ?? company, input.text, input.domain) ??
      personAsCompany(fuller ?? company, input.contactName) ??
      (input.companyKind === "subject" && !fuller ? subjectHandle(company, input.text) : null) ??
      evidenceDisagrees(fuller ?? company, input);
    if (why) doubts.push({ field: "company.name", reason: why });
    else if (fuller) {
      const reason =
        fuller === owned
          ? "the owner's name written after it completes the registered name"
          : fuller === goesOn
            ? "the capitalised words written after it close it"
            : fuller === opened
              ? "the words written before it open it"
              : "the legal form written after it completes it";
      doubts.push({ field: "company.name", reason, fuller });
    }
  }
  return [...doubts, ...contactDoubts(input, given)];
}

/** the word between a sole trader's trade name and its owner's name (lang/*: ownerAfterName) */
const OWNER_JOIN_SRC = CUES.ownerAfterName.map(escapeRegExp).join("|");
/** a blank, or a line break with blanks around it (soft-wrapped text) */
const BLANK_SRC = String.raw`(?:[ \t]+|[ \t]*\n[ \t]*)`;
/** what closes a name: its line's or text's end, punctuation (no bracket), a dash; or the partners' "& C." */
const OWNER_CLOSE_RE = /^(?:[ \t]+&[ \t]*C\.)?(?=[ \t]*(?:$|\n|[,.;:!?]|[-–—|]))/u;
/** a capitalised word right after the joining word: a name, a place or a person */
const CAPITAL_AFTER_RE = /^\p{Lu}[\p{L}'’-]*/u;

/**
 * "Bottega Nova" where the text writes "Bottega Nova di Carla Neri": a sole trader's registered name
 * is the trade name with its owner's full name (Italian "di"). The value with the contact's whole
 * name written right after it (either order, soft-wrapped too), closing the name there; "ambiguous"
 * when a word of the contact's name stands there but not the whole name closing it (a given name
 * only, or the name going on in brackets: "di Carla Neri (titolare)" tells of the person). Null when
 * no place writes a contact's word after the joining word ("… di Bari", "PT … di Bandung": a seat).
 */
function ownerAfter(company: string, input: AuditInput): string | "ambiguous" | null {
  const person = input.contactName?.trim();
  if (!OWNER_JOIN_SRC || !person || LEGAL_SUFFIX_RE.test(` ${company}`)) return null;
  const words = person.split(/\s+/u);
  if (words.length < 2) return null;
  const own = new Set(words.map(fold));
  const orders = words.map((_, k) => [...words.slice(k), ...words.slice(0, k)]);
  const head = company.split(/\s+/u).map(escapeRegExp).join(BLANK_SRC);
  const re = new RegExp(String.raw`${head}${BLANK_SRC}(?:${OWNER_JOIN_SRC})${BLANK_SRC}`, "gu");
  let found: string | null = null;
  for (const m of eachMatch(input.text, re)) {
    const rest = input.text.slice(m.index + m[0].length, m.index + m[0].length + 120);
    const first = CAPITAL_AFTER_RE.exec(rest)?.[0];
    if (!first || !own.has(fold(first))) continue;
    let whole: string | null = null;
    for (const order of orders) {
      const named = new RegExp(`^${order.map(escapeRegExp).join(BLANK_SRC)}`, "u").exec(rest);
      const close = named && OWNER_CLOSE_RE.exec(rest.slice(named[0].length));
      if (named && close)
        whole = `${company} ${m[0].trim().split(/\s+/u).pop()} ${named[0].replace(/\s+/gu, " ")}${close[0].replace(/\s+/gu, " ")}`;
    }
    if (!whole || (found && found !== whole)) return "ambiguous";
    found = whole;
  }
  return found;
}

/** a legal form written before the name opening the value ("PT …", "CV …", "Công ty TNHH …") */
const FORM_OPENS_RE = new RegExp(String.raw`^(?:${ANY_FORM_BEFORE_SRC})[ \t]+\p{Lu}`, "u");
/** capitalised words right after a value on its line */
const CAPITALS_AFTER_RE = /^(?:[ \t]+\p{Lu}[\p{L}\p{N}'’&-]*)+/u;
/** what may close those words: the line's end, punctuation, a dash, or a lower-case word (the sentence going on) */
const CLOSES_NAME_RE = /^(?:$|[ \t]*[,.;:!?()]|[ \t]+(?:[-–—]|\p{Ll}))/u;
/** how a person is addressed before their name, in any language (lang/person-names.ts): a person follows, not the name */
const ADDRESS_WORDS = new Set(
  [...Object.values(PERSON_BEFORE).flat(), ...PERSON_BEFORE_FULL_NAME].map((w) => w.toLowerCase()),
);

/**
 * "PT Acme Lestari" where the text writes "PT Acme Lestari Indonesia, …": a name opened by its
 * legal form (no form closing it) ends where its capitalised words do, so up to three more of them
 * written right after the value close it (a country's or a place's name among them: "… Indonesia",
 * "… Surabaya"). The fuller name when every place that goes on goes on with the same words; "ambiguous"
 * when two places differ; null when none does, or when the words are a label, a title or a person
 * addressed (the sentence going on to someone).
 */
function formNameGoesOn(company: string, text: string): string | "ambiguous" | null {
  if (!FORM_OPENS_RE.test(company) || LEGAL_SUFFIX_RE.test(` ${company}`)) return null;
  const forms = new Set<string>();
  for (const o of occurrences(company, text)) {
    const m = CAPITALS_AFTER_RE.exec(o.after);
    if (!m) continue;
    const words = m[0].trim().split(/[ \t]+/);
    if (words.length > 3 || !CLOSES_NAME_RE.test(o.after.slice(m[0].length))) return "ambiguous";
    const named = (w: string) => !LABEL_WORDS.has(w.toLowerCase()) && !ADDRESS_WORDS.has(w.toLowerCase());
    if (!words.every(named) || looksLikeRole(words.join(" "))) return null;
    forms.add(`${o.at} ${words.join(" ")}`);
  }
  if (forms.size > 1) return "ambiguous";
  return forms.size === 1 ? [...forms][0]! : null;
}

/**
 * A name that writes one of its own words twice ("Tamm Vallakoda Tamm OÜ"): read whole from the
 * text, it is a person's surname and a firm named after them (a signature's name line above its
 * firm line), not one name. Short words (particles, initials) and the legal form do not count.
 */
function repeatsAWord(name: string): boolean {
  const words = nameWords(name);
  return new Set(words).size < words.length;
}

/** a legal form written before the name at the end of the words before the value ("PT ", "Công ty TNHH ") */
const FORM_BEFORE_VALUE_RE = new RegExp(String.raw`(?:^|[\s:;,(–—-])(${ANY_FORM_BEFORE_SRC}) $`, "u");

/** an article written capitalised: inside a sentence, the name's own first word */
const ARTICLES = "The|De|Het|Der|Die|Das|La|Le|Les|El|Il|Lo|Los|Las";
const ARTICLE_RE = new RegExp(`^(?:${ARTICLES})$`, "u");
/** an article alone on a line before the value: capitalised there, the name's or the sentence's */
const ARTICLE_OPENS_LINE_RE = new RegExp(String.raw`^[ \t]*(${ARTICLES})[ \t]+$`, "u");
/** a word written before a name that is no part of it and no article itself ("Registering", "Introducing") */
const leadsAfterArticle = (w: string): boolean => leadsIntoName(w) && !ARTICLE_RE.test(w) && !/^(?:A|An)$/u.test(w);
/** an initial or dotted capitals ("J.", "S.S."): the first word of a name */
const INITIALS_RE = /^(?:\p{Lu}\.){1,3}$/u;
/** the halves of a two-word particle ("Van der", "Von den"), the second in lower case */
const PARTICLE_FIRST_RE = /^(?:Van|Von|Vom)$/u;
const PARTICLE_SECOND_RE = /^(?:der|den|dem|de|het)$/u;

/**
 * Words written right before the value that open the same name: a capitalised article inside a
 * sentence ("register The Old Mill Ltd"), an initial or a dotted form ("R. Pennington Joinery Ltd",
 * "S.S. Akçay Kooperatifi"), a two-word particle's first half ("Van der Heuvel BV"), a capitalised
 * word and the Nordic "i" ("Fysioterapeuterne i Odense ApS"). `clean` when nothing that could be
 * the name's too stands before those words (a lower-case word, a label, punctuation, the line's start).
 */
function wordsOpening(before: string): { words: string; clean: boolean } | null {
  if (!before.endsWith(" ")) return null;
  const words = before.split(" ").filter(Boolean);
  const [third, prev, last] = [words[words.length - 3], words[words.length - 2], words[words.length - 1]];
  if (!last) return null;
  const opens = (w: string | undefined) =>
    !w ||
    /^\p{Ll}/u.test(w) ||
    (/[:;,!?()–—-]$/u.test(w) && !INITIALS_RE.test(w)) ||
    LABEL_WORDS.has(w.toLowerCase().replace(/:$/, ""));
  // "PT Batu Sentosa", "Công ty TNHH Hải Đăng": a legal form written before the name opens it
  const form = FORM_BEFORE_VALUE_RE.exec(before);
  if (form) {
    const head = form[1]!;
    const rest = before
      .slice(0, before.length - head.length - 1)
      .split(" ")
      .filter(Boolean);
    return { words: head, clean: opens(rest[rest.length - 1]) };
  }
  if (INITIALS_RE.test(last)) return { words: last, clean: opens(prev) };
  // (after a lower-case word, or a word that leads into a name and opens the sentence: "Registering
  // The Old Mill Ltd")
  if (ARTICLE_RE.test(last) && prev && (/^\p{Ll}[\p{L}'’-]*$/u.test(prev) || leadsAfterArticle(prev)))
    return { words: last, clean: true };
  const pair = prev ? `${prev} ${last}` : "";
  if (PARTICLE_SECOND_RE.test(last) && prev && PARTICLE_FIRST_RE.test(prev))
    return { words: pair, clean: opens(third) };
  if (last === "i" && prev && /^\p{Lu}\p{L}+$/u.test(prev) && !looksLikeRole(prev))
    return { words: pair, clean: opens(third) };
  return null;
}

/**
 * The value with the words that open it where the text writes it (wordsOpening), when every
 * place writes the same ones; null when one place writes it without them; "ambiguous" when where
 * the name starts is open (other words before them, or different ones).
 */
function openedBefore(company: string, text: string, subject: string): string | "ambiguous" | null {
  let opened: string | null = null;
  for (const o of occurrences(company, text)) {
    const article = articleOpeningLine(o, company, subject);
    const w = article ? { words: article, clean: true } : wordsOpening(o.before);
    if (!w) return null;
    if (!w.clean) return "ambiguous";
    const value = `${w.words} ${o.at}`;
    if (opened && opened !== value) return "ambiguous";
    opened = value;
  }
  return opened;
}

/**
 * "The Old Mill Ltd - oldmill.example - 3 sites" heading its line: an article at a line's start is
 * capitalised whether it is the name's first word or the sentence's ("Die Holz GmbH (…) baut …").
 * The name's when the subject writes the article before the name as a segment of its own
 * ("Registration - The Old Mill"): subjects drop the sentence's articles. The article, else null
 * (the sentence's, as the value reads now: a signature or a label writes the name's whole).
 */
function articleOpeningLine(o: Occurrence, company: string, subject: string): string | null {
  const m = ARTICLE_OPENS_LINE_RE.exec(o.line);
  if (!m) return null;
  const article = m[1]!;
  const written = new Set([company, company.replace(LEGAL_FORM_END_RE, "")].map((n) => fold(`${article} ${n}`)));
  return subjectSegments(subject).some((s) => written.has(fold(s.trim()))) ? article : null;
}

/** a word in lower case, three letters or more, no punctuation: a sentence-case name's second word ("stavby") */
const LOWER_WORD_RE = /^\p{Ll}[\p{L}'’-]{2,}$/u;
const CAPITAL_WORD_RE = /^\p{Lu}[\p{L}'’-]+$/u;
const LOWER_START_RE = /^\p{Ll}[\p{L}'’-]*$/u;
const key = (w: string) => fold(w).replace(/[^\p{L}\p{N}]+/gu, "");

/**
 * Many languages capitalise only a name's first word ("Stavby" is a noun in "Zelené stavby Vrba
 * s.r.o."): the capitalised-word reader starts such a name at its last capitalised words. A
 * capitalised word and a lower-case one written right before the value inside a sentence (after a
 * lower-case word) may open it: the subject writing the same words before the value's first word
 * says they do (the fuller name); the prospect's domain spelling the lower-case one without the
 * subject's word leaves where the name starts open ("ambiguous": asked for). Null otherwise.
 */
function sentenceCaseOpening(company: string, input: AuditInput): string | "ambiguous" | null {
  const first = key(company.split(/\s+/)[0]!);
  const label = input.domain ? domainLabel(input.domain) : "";
  const subject = ` ${(input.subject ? fold(input.subject) : "").replace(/[^\p{L}\p{N}]+/gu, " ")} `;
  let opened: string | null = null;
  for (const o of occurrences(company, input.text)) {
    if (!o.before.endsWith(" ")) return null;
    const words = o.before.split(" ").filter(Boolean);
    const [third, prev, last] = [words[words.length - 3], words[words.length - 2], words[words.length - 1]];
    if (!third || !prev || !last || !LOWER_START_RE.test(third) || !CAPITAL_WORD_RE.test(prev)) return null;
    if (!LOWER_WORD_RE.test(last) || GLUE_RE.test(last) || looksLikeRole(`${prev} ${last}`)) return null;
    if (LABEL_WORDS.has(prev.toLowerCase()) || LABEL_WORDS.has(last.toLowerCase())) return null;
    const inSubject = first !== "" && subject.includes(` ${key(prev)} ${key(last)} ${first} `);
    const inDomain = key(last).length >= 4 && label.includes(key(last));
    if (!inSubject) return inDomain ? "ambiguous" : null;
    const value = `${prev} ${last} ${o.at}`;
    if (opened && opened !== value) return "ambiguous";
    opened = value;
  }
  return opened;
}

/** an elided particle and the capitalised word glued to it ("d'Arvenc", "dell'Olmaro"): that word */
const GLUED_WORD_RE = new RegExp(String.raw`^${ELIDED_PARTICLES_SRC}(\p{Lu}[\p{L}\p{N}-]*)$`, "u");

/**
 * "… d'Arvenc Tallers Ros S.L.": a capitalised word glued to an elided particle right before the
 * value (the capitalised-word reader never starts a name inside a word) may be the name's first
 * word. The subject writing that word before the value's first one says it is (the fuller name);
 * otherwise where the name starts is open ("ambiguous": asked for). Null when no place writes one.
 */
function particleGluedOpening(company: string, input: AuditInput): string | "ambiguous" | null {
  const first = key(company.split(/\s+/)[0]!);
  const subject = ` ${(input.subject ? fold(input.subject) : "").replace(/[^\p{L}\p{N}]+/gu, " ")} `;
  let opened: string | null = null;
  for (const o of occurrences(company, input.text)) {
    if (!o.before.endsWith(" ")) return null;
    const m = GLUED_WORD_RE.exec(o.before.split(" ").filter(Boolean).pop() ?? "");
    if (!m) return null;
    if (!subject.includes(` ${key(m[1]!)} ${first} `)) return "ambiguous";
    const value = `${m[1]!} ${o.at}`;
    if (opened && opened !== value) return "ambiguous";
    opened = value;
  }
  return opened;
}

/** each contraction of a preposition and an article, in any language, with the articles it may hold */
const CONTRACTED = new Map<string, Set<string>>();
for (const table of Object.values(contractedArticles))
  for (const [word, article] of Object.entries(table))
    CONTRACTED.set(word, (CONTRACTED.get(word) ?? new Set()).add(article));

/**
 * "… il s'agit des Ateliers Orvan – … SARL" under the subject's "Les Ateliers Orvan": a preposition
 * contracted with the article right before the value (lang/name-particles.ts) may hold the name's
 * own article. The subject writing that article before the value's first words says it does (the
 * fuller name); null otherwise (the name as read: most names after "du", "del" have none).
 */
function contractedArticleOpening(company: string, input: AuditInput): string | null {
  const spaced = (s: string) =>
    ` ${fold(s)
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim()} `;
  const head = company.split(/[ \t]+[-–—][ \t]+/u)[0]!.replace(LEGAL_FORM_END_RE, "");
  const subject = spaced(input.subject ?? "");
  let opened: string | null = null;
  for (const o of occurrences(company, input.text)) {
    if (!o.before.endsWith(" ")) return null;
    const articles = CONTRACTED.get(o.before.split(" ").filter(Boolean).pop() ?? "");
    const article = [...(articles ?? [])].find((a) => subject.includes(spaced(`${a} ${head}`)));
    if (!article) return null;
    const value = `${article} ${o.at}`;
    if (opened && opened !== value) return null;
    opened = value;
  }
  return opened;
}

function contactDoubts(input: AuditInput, company: string | undefined): Doubt[] {
  const name = input.contactName?.trim();
  if (name && input.contactEmail) {
    const why = nameAgainstAddress(name, input.contactEmail, [
      company,
      input.domain && domainLabel(input.domain),
      input.contactBusiness,
    ]);
    if (why) return [{ field: "contact.name", reason: why }];
  }
  return [];
}

/** a business-type noun, lower-case words and a particle before the value ("Musée des" + "Arts Anciens") */
const BUSINESS_HEAD_BEFORE_RE = businessHeadBefore(PARTICLE);

/**
 * The value as a short form of a name the text writes longer: a business-type noun capitalised
 * right before it ("Hotel" + "Casa Cafetera"), or with lower-case words and a particle between
 * ("Cabinet vétérinaire du" + "Vieux Port"), or more capitalised words up to a legal form after
 * it ("Kordon Butik" + " Otel Turizm Ltd. Şti."). One longer form, however often written (the short
 * form may stand beside it: people shorten a name once they have given it): that form. Two
 * different ones: "ambiguous" (asked for). None: null.
 */
function writtenWhole(company: string, text: string): string | "ambiguous" | null {
  const forms = new Set<string>();
  for (const o of occurrences(company, text)) {
    const noun = BUSINESS_NOUN_BEFORE_RE.exec(o.before) ?? BUSINESS_HEAD_BEFORE_RE.exec(o.before);
    const head =
      noun && !BUSINESS_NOUN_BEFORE_RE.test(`${company.split(/\s+/)[0]} `) ? noun[0].replace(/\s+/g, " ") : "";
    const tail = LEGAL_SUFFIX_RE.test(company) ? null : CONTINUED_RE.exec(o.after);
    if (head || tail) forms.add(`${head}${o.at}${tail ? tail[0].trimEnd() : ""}`);
  }
  if (forms.size > 1) return "ambiguous";
  return forms.size === 1 ? [...forms][0]! : null;
}

/** a Turkish legal form closing a name in capitals (lang/tr.ts) */
const TURKISH_FORM_RE = new RegExp(String.raw`[\s,](?:${turkishCapitals.forms.join("|")})$`, "u");

/** A Turkish name in capitals holding an "I": its small letters are open (lang/tr.ts). */
function capitalsHideLetters(company: string, domain: string | null): boolean {
  if (/\p{Ll}/u.test(company) || !company.includes(turkishCapitals.open)) return false;
  return !!domain?.endsWith(`.${turkishCapitals.countryCode}`) || TURKISH_FORM_RE.test(company.trim());
}

function companyDoubt(company: string, text: string, domain: string | null): string | null {
  if (LEGAL_ONLY_RE.test(company)) return "only a legal form, the name itself is missing";
  if (capitalsHideLetters(company, domain)) return "written in capitals that hide its letters (Turkish I: ı or i)";
  if (HONORIFIC_RE.test(company)) return "a person addressed by title, not a company";
  if (headerRow(company)) return "the labels of a table's header row, not a name";
  if (ENDING_AFTER_LEGAL_RE.test(company)) return "a grammatical ending glued to the legal form";
  // "Head of Fleet Services" read as the company: a title the domain does not spell ("Estudio
  // Contable Ruiz" at estudioruiz.com is a firm whose name holds a trade)
  if (!LEGAL_SUFFIX_RE.test(` ${company}`) && looksLikeRole(company) && !(domain && domainSpellsName(company, domain)))
    return "a job title, not a company";
  // "Holz AG, Interlaken", "Acme Ltd, 4 High Street": after the legal form the name has ended
  const comma = company.search(LEGAL_THEN_COMMA_RE);
  if (comma >= 0 && !LEGAL_HEAD_RE.test(company.slice(company.indexOf(",", comma) + 1)))
    return "a seat, an address or a description after the legal form";
  // "Fjellro Hytter AS i Lom (www…), 12 hytter": a preposition and a place after the legal form
  // (not "… S.A. de C.V.", one form)
  const seat = SEAT_AFTER_LEGAL_RE.exec(company);
  if (
    seat &&
    !LEGAL_ONLY_RE.test(company.slice(seat.index)) &&
    !LEGAL_HEAD_RE.test(company.slice(seat.index + seat[0].length - 1))
  )
    return "a seat after the legal form";
  if (/\b\d{4,5}\s+\p{Lu}/u.test(company)) return "a postcode and a town inside the name";
  const cut = cutInText(company, text, domain) ?? dottedFormGoesOn(company, text);
  if (cut) return cut;
  const spelt = acronymSpeltOut(company, text);
  if (spelt) return `an acronym the text spells out ("${spelt}")`;
  // one plain word that does not start the prospect's own domain: a department, a product or a
  // common noun read as the company ("Facilities", "Kitchen")
  const words = company.split(/\s+/);
  if (domain && words.length === 1 && !/\p{Ll}\p{Lu}/u.test(company)) {
    const label = domainLabel(domain);
    const w = fold(company).replace(/[^a-z0-9]/g, "");
    if (w.length >= 3 && !label.startsWith(w) && !w.startsWith(label)) return "one word that does not spell the domain";
  }
  return null;
}

const CUT_AT_SLASH_RE = /^\/\p{L}/u;

/** one or more capitalised words right after a name, with blanks only between (no comma: a seat follows one) */
const MORE_WORDS_RE = new RegExp(String.raw`^[ \t]+(?:(?:${GLUE})[ \t]+)?\p{Lu}`, "u");

/**
 * A name read from the subject line alone is the partner's handle for the deal, and handles are
 * short: the parser's first runs over fresh corpora (held-out 8–23) got 17 of 31 such names
 * without a legal form wrong ("Wong & Leung" for "Wong & Leung Solicitors", "Quinta" for "Quinta
 * das Hortênsias, S.A."), against 15 of 15 right with one. Without a legal form it stands only
 * when it is more than one word and the text, where it writes those words, does not always go on
 * with more capitalised words (the longer name the handle stands for).
 */
function subjectHandle(company: string, text: string): string | null {
  if (LEGAL_SUFFIX_RE.test(` ${company}`)) return null;
  // a caseless script's name: no capitals nor blanks to go by, read only where the text writes it
  // whole, with no legal form around it (extract/caseless-subject.ts)
  if (isCaselessName(company)) return null;
  if (!/\s/.test(company.trim())) return "one word from the subject line, without a legal form";
  const found = occurrences(company, text);
  const longer = (after: string) => MORE_WORDS_RE.test(after) && !LEGAL_AFTER_RE.test(after);
  return found.length > 0 && found.every((o) => longer(o.after))
    ? "the subject's short name: the text writes it longer"
    : null;
}

/**
 * "Ferrando" as the company of "Cr. Martín Ferrando": a value made only of the contact's own
 * name's words, without a legal form, is the person (a subject line naming the deal after them),
 * not evidence of the firm's name; firms named after their owner write a legal form or a trade
 * word with it ("Ferrando SRL", "Estudio Ferrando").
 */
function personAsCompany(company: string, contactName: string | null): string | null {
  if (!contactName || LEGAL_SUFFIX_RE.test(company)) return null;
  const person = new Set(
    fold(contactName)
      .split(/[\s'’.-]+/)
      .filter(Boolean),
  );
  const words = fold(company)
    .split(/[\s'’.-]+/)
    .filter(Boolean);
  return words.length > 0 && words.every((w) => person.has(w)) ? "the contact's own name, not a firm's" : null;
}

/**
 * Where the text writes the value, is it the whole name each time? A cut shows as a joining word
 * or a capitalised word glued before it ("Laiterie des | Ardennes SA", "Tandartspraktijk | De
 * Linde"), or the name going on after it ("Incorporadora Vale | do Sol", "Café de Altura Regio |,
 * S. de R.L. de C.V."). One whole occurrence clears it; a value the text does not write is
 * judged elsewhere.
 */
function cutInText(company: string, text: string, domain: string | null): string | null {
  let reason: string | null = null;
  for (const o of occurrences(company, text)) {
    const why =
      leftCut(o.before, company) ??
      capitalsBefore(o.line) ??
      (seatAfter(company, o.after, domain) ? null : rightCut(o.after, company));
    if (!why) return null;
    reason = why;
  }
  return reason;
}

/** Each place the text writes the value (blanks between its words may vary), with the rest of its line. */
type Occurrence = { before: string; after: string; at: string; line: string };
// the audit asks up to four times for the same value in the same text: the last answer is kept
let lastOccurrences: { value: string; text: string; found: readonly Occurrence[] } | null = null;

function occurrences(value: string, text: string): readonly Occurrence[] {
  if (lastOccurrences?.value === value && lastOccurrences.text === text) return lastOccurrences.found;
  const pattern = value
    .split(/\s+/)
    .map((w) => escapeRegExp(w))
    // soft-wrapped text breaks a name over two lines ("register The Old\nMill Ltd"): one line break
    // between two words is a blank (written so that a long run of blanks is read once, not once per
    // way of splitting it around an optional line break)
    .join(String.raw`(?=[ \t\n])[ \t]*(?:\n[ \t]*)?`);
  const re = new RegExp(pattern, "giu");
  const found = [...boundedMatches(text, re, NO_WORD_BEFORE, NO_WORD_AFTER)].map((m) => {
    // what stands before it in the same paragraph: soft-wrapped text breaks a name over two lines
    const paragraph = text.lastIndexOf("\n\n", m.index);
    const lineEnd = text.indexOf("\n", m.index + m[0].length);
    return {
      at: m[0].replace(/\s+/g, " "),
      // a table cell (after a tab) starts a value of its own
      before: text
        .slice(Math.max(paragraph + 2, m.index - 80), m.index)
        .replace(/^[^]*\t/, "")
        .replace(/\s+/g, " "),
      after: text.slice(m.index + m[0].length, lineEnd < 0 ? undefined : lineEnd),
      // what stands before it on its own line
      line: text.slice(text.lastIndexOf("\n", m.index - 1) + 1, m.index),
    };
  });
  lastOccurrences = { value, text, found };
  return found;
}

/**
 * "Aarhus Fjernvarme Service" where the text writes "Aarhus Fjernvarme Service A/S" (or "Café de
 * Altura Regio, S. de R.L. de C.V."): the name with its legal form, as written, when the value
 * has none and the text never writes it without one.
 */
function legalFormAfter(company: string, text: string): string | null {
  if (LEGAL_SUFFIX_RE.test(company)) return null;
  let fuller: string | null = null;
  for (const o of occurrences(company, text)) {
    const m = LEGAL_AFTER_RE.exec(o.after);
    if (!m) return null;
    fuller ??= `${o.at}${m[0].trimEnd()}`;
  }
  return fuller;
}

function leftCut(before: string, company: string): string | null {
  const words = before.split(" ").filter(Boolean);
  const last = words[words.length - 1];
  // a colon, a bracket or a dash ends what was before; so does a label ("Bedrijfsnaam Van der Heijden BV")
  if (!last || /[^\p{L}&'’]/u.test(last) || LABEL_WORDS.has(last.toLowerCase())) return null;
  const prev = words[words.length - 2];
  // "Inhaberin des", "director de": a role before the joining word says whose company it is
  if (GLUE_RE.test(last) && prev && /^\p{Lu}\p{L}*$/u.test(prev) && !looksLikeRole(prev))
    return `cut: "${prev} ${last}" written before it`;
  // "Tandartspraktijk De Linde": a name starting with a particle after a capitalised word
  const first = company.split(/\s+/)[0]!;
  if (GLUE_RE.test(first) && /^\p{Lu}\p{L}+$/u.test(last) && !looksLikeRole(last))
    return `cut: "${last}" written before it`;
  return null;
}

/** a lower-case word, then one to three capitalised words right before the value, on its line */
const CAPITALS_BEFORE_RE = /(?:^|[ \t])\p{Ll}[\p{L}'’-]*((?:[ \t]+\p{Lu}\p{Ll}[\p{L}'’-]*){1,3})[ \t]+$/u;

/**
 * "u společnosti Modrá | Okna s.r.o.", "il s'agit de Garage Central | Vert Prairie SARL": inside a
 * sentence (a lower-case word before them), capitalised words written right before the value on
 * its line are the name's own first words as likely as not (an adjective, a descriptive head),
 * unless the first is a word that leads into a name ("Registering", "Firma"), a title or a label.
 */
function capitalsBefore(line: string): string | null {
  const m = CAPITALS_BEFORE_RE.exec(line.slice(-120));
  if (!m) return null;
  const first = m[1]!.trim().split(/[ \t]+/)[0]!;
  if (leadsIntoName(first) || looksLikeRole(first) || LABEL_WORDS.has(first.toLowerCase())) return null;
  return `cut: "${m[1]!.trim()}" written before it`;
}

/** a preposition and one word after the value, the line going on with no further capitalised word */
const PREPOSITION_AND_WORD_RE = /^[ \t]+(\p{Ll}+[ \t]+\S+?)[,.;:!?)]*(?:$|[ \t]+(?!\p{Lu}))/u;

/** The words after the value are its seat, as the domain tells it (pick-company.ts, withoutSeatPlace). */
function seatAfter(company: string, after: string, domain: string | null): boolean {
  const m = PREPOSITION_AND_WORD_RE.exec(after);
  return !!m && withoutSeatPlace(`${company} ${m[1]!.replace(/[ \t]+/, " ")}`, domain) === company;
}

function rightCut(after: string, company: string): string | null {
  // "Holm Nord A" + "/S": the value ends inside a word that a slash goes on with
  if (CUT_AT_SLASH_RE.test(after)) return "cut: the last word goes on after a slash";
  // after a legal form the name has ended ("… Soc. Coop. Agricola di Castelnovo"), unless the
  // words after it reach another legal form ("Müller GmbH & Co. KG")
  const ended = LEGAL_SUFFIX_RE.test(` ${company}`);
  return (ended ? GOES_ON_TO_LEGAL_RE : GOES_ON_RE).test(after) ? "cut: the name goes on after it" : null;
}

/**
 * The contact's name against their address: an address that spells a person ("jan.kowalski@",
 * "anna_nowak@") and shares no word with the name belongs to someone else, or the name does.
 */
function nameAgainstAddress(name: string, email: string, business: Array<string | null | undefined>): string | null {
  const local = fold(email.split("@")[0] ?? "");
  const own = fold(business.filter(Boolean).join(" "));
  const ownRun = alnum(own);
  const parts = local
    .split(/[._-]+/)
    .filter((p) => /^[a-z]{2,}$/.test(p))
    // "kasse.leiter@", "fernhill.studio@", "oakmoor.sa@" beside Oakmoor Rowing: a title, a team or a
    // trade word, or the business's name run together, is no part of a person's name
    .filter((p) => p.length < 3 || !(ROLE_WORD_RE.test(p) || isMailboxName(p) || ORG_WORDS_RE.test(p)))
    .filter((p) => p.length < 5 || !ownRun.includes(p));
  if (parts.length < 2) return null;
  // "pampa.manutencao@": a mailbox named after the business, not another person
  if (parts.some((p) => p.length >= 3 && own.includes(p))) return null;
  const words = fold(name)
    .split(/[\s'’-]+/)
    .map((w) => w.replace(/[^a-z]/g, ""))
    .filter((w) => w.length >= 2);
  // "박지훈", "Андрій Мельник": a name in another script than the address's says nothing against it
  if (words.length === 0) return null;
  // "tqm.archive@" for Tilda Quist-Marren: her initials
  const initials = words.map((w) => w[0]).join("");
  const shares = words.some((w) =>
    parts.some((p) => p === initials || p.includes(w) || (w.length >= 4 && w.includes(p))),
  );
  // initials: "mkj@", "a.w@" are too short to say anything
  return shares ? null : `the address ${email} spells another person`;
}

/** Where a name read from running text alone (a prose pattern, the subject line) is too weak to stand unchecked. */
const WEAK_KINDS: ReadonlySet<EvidenceKind> = new Set(["prose pattern", "subject"]);
/** Where a firm writes its own name: a signature, a business card, a form's labelled line */
const FIRM_KINDS: ReadonlySet<EvidenceKind> = new Set(["signature block", "vCard", "labelled line"]);
const LEGAL_ANYWHERE_RE = new RegExp(String.raw`(?:^|[\s,])${LEGAL_SUFFIX_SRC}(?=$|[\s,])`, "gu");

/** A name's own words without its legal forms and punctuation: "Acme Tools, S.L." -> Acme, Tools */
function coreWords(name: string): string[] {
  return name
    .replace(LEGAL_ANYWHERE_RE, " ")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Are `short`'s items (words, letters), in order, all among `long`'s (others may stand between them)? */
function inOrder(short: ArrayLike<string>, long: Iterable<string>): boolean {
  let k = 0;
  for (const w of long) if (k < short.length && w === short[k]) k++;
  return k === short.length;
}

/**
 * Does the prospect's domain spell the name, or a short form of it? A word of it ("Brennock Care",
 * brennock-group.com), the name run together, or its letters in order from one of its words on
 * (initials or a clipped form: "Kettle Valley Rural Water" at kvrw.org, "Ostwerk Lindau" at owlindau.de).
 */
function domainSpellsName(name: string, domain: string): boolean {
  if (orgMatchesDomain(name, domain)) return true;
  // "…影院管理有限公司" at yinhecinema.com.cn: a firm's name in a caseless script with its legal form
  // is written in other letters than its domain, which can spell none of it and says nothing against it
  if (CASELESS_LEGAL_RE.test(name.trim()) && !LATIN_LETTER_RE.test(name)) return true;
  const label = domainLabel(domain);
  if (label.length < 2) return true;
  for (const f of [fold, foldNordic]) {
    const core = coreWords(name).map((w) => alnum(f(w)));
    if (core.some((w) => w.length >= 4 && label.includes(w))) return true;
    // short words run together ("Hoa Sen" at hoasen-events.example): two or more in a row, five letters at least
    for (let i = 0; i + 1 < core.length; i++) {
      let run = core[i]!;
      for (let j = i + 1; j < core.length && run.length < label.length; j++) {
        run += core[j]!;
        if (run.length >= 5 && label.includes(run)) return true;
      }
    }
    // a clipped form's letters may run on into the legal form as written ("… (Edms) Bpk")
    const words = name.split(/[^\p{L}\p{N}]+/u).map((w) => alnum(f(w)));
    for (let i = 0; i < words.length; i++) {
      if (!words[i] || words[i]![0] !== label[0]) continue;
      if (inOrder(label, words.slice(i).join(""))) return true;
    }
  }
  return false;
}

/**
 * The evidence for the chosen name against the rest of the mail. A name found only in running text
 * (a prose pattern, the subject) whose domain spells none of it may be another firm the partner
 * mentions, a department or a town. Another reading of the name that holds all its words and more
 * ("Vale Hotel Group" beside "Hotel Group") says the name was cut: where it starts and ends is open.
 */
function evidenceDisagrees(company: string, input: AuditInput): string | null {
  const weak = !!input.companyKind && WEAK_KINDS.has(input.companyKind);
  if (weak && input.domain && !domainSpellsName(company, input.domain))
    return `read from ${input.companyKind} alone and the domain spells none of it`;
  // "Seabreeze Lets" where the text marks "Gullstream Holdings Ltd" as the registered entity
  // (a register number, "trading as" after it): the registration protects the entity that signs
  const entities = registeredNamesIn(input.text).filter((n) => entityKey(n) !== entityKey(company));
  if (entities.length > 0) return `the text marks another name as the registered entity ("${entities[0]}")`;
  const own = coreWords(company).map(fold);
  if (own.length === 0) return null;
  for (const rival of input.companyRivals ?? []) {
    const other = coreWords(rival.value).map(fold);
    // "Harbour Homes" from the subject, "Pelangi Estates Sdn. Bhd." on a vCard: two firms named,
    // and the one read from running text has no legal form to say it is the registered one
    const otherFirm =
      weak &&
      FIRM_KINDS.has(rival.kind) &&
      LEGAL_SUFFIX_RE.test(` ${rival.value}`) &&
      !LEGAL_SUFFIX_RE.test(` ${company}`) &&
      !other.some((w) => own.includes(w));
    if (otherFirm) return `another firm is named with its legal form ("${rival.value}")`;
    // only words inside or after the name say it is longer: before it a reading may have taken in
    // a subject's label or a person and their title ("Deal reg Acme Tools", "Ann Lee, CFO Acme Tools")
    if (other.length > own.length && other[0] === own[0] && inOrder(own, other))
      return `another reading writes it longer ("${rival.value}")`;
  }
  return null;
}

/** a dotted capital right after a value ending in a dot: "S.A." written as "S.A.P.I." */
const DOTTED_ON_RE = /\p{Lu}\./uy;

/**
 * "Acme Grupo, S.A." where the text writes only "Acme Grupo, S.A.P.I. de C.V.": a value ending in a
 * dotted form that every place goes on with more dotted capitals was cut inside the legal form.
 */
function dottedFormGoesOn(company: string, text: string): string | null {
  if (!company.endsWith(".")) return null;
  const goesOn = writtenOnlyWhere(text, company, (i) => {
    DOTTED_ON_RE.lastIndex = i + company.length;
    return DOTTED_ON_RE.test(text);
  });
  return goesOn ? "cut: the dotted legal form goes on after it" : null;
}

/** capitalised words, joining words allowed between them: where an acronym may be spelt out */
const CAPITAL_RUN_RE = new RegExp(
  String.raw`\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:(?:${GLUE})[ \t]+)?\p{Lu}[\p{L}'’-]*)+`,
  "gu",
);

/**
 * "NRWB" where the text also writes "Northern Region Water Board": an acronym kept as the name is
 * the short form of the name the text spells out (the registration wants the name). The spelt-out
 * words, or null.
 */
function acronymSpeltOut(company: string, text: string): string | null {
  if (!/^\p{Lu}{2,6}$/u.test(company)) return null;
  for (const m of eachMatch(text, CAPITAL_RUN_RE)) {
    const words = m[0].split(/[ \t]+/);
    for (let i = 0; i < words.length; i++) {
      if (words[i]![0] !== company[0]) continue;
      let initials = "";
      for (let j = i; j < words.length && initials.length < company.length; j++) {
        if (GLUE_RE.test(words[j]!)) continue;
        initials += words[j]![0];
        if (initials === company) {
          const full = words.slice(i, j + 1).join(" ");
          if (spellsAcronym(full, company)) return full;
        }
      }
    }
  }
  return null;
}

/** an acronym of two to six capitals opening a name, and the rest of the name after it */
const ACRONYM_HEAD_RE = /^(\p{Lu}{2,6})[ \t]+(\S[^]*)$/u;
/** a word of letters only: one a spelt-out acronym may be made of */
const LETTERS_RE = /^\p{L}+$/u;

/**
 * "TKV Ostrava s.r.o." where the text also writes "Technické komunální výroby Ostrava s.r.o.": a
 * name opening with an acronym whose words the text spells out right before the rest of it (the
 * registered name; a signature or a subject line shortens it). Joining words are skipped
 * ("Obras y Puertos del Norte" for "OP Norte"); the first spelt word is capitalised, the others
 * may be in lower case (sentence case). The spelt-out name, when every place that spells it
 * spells it the same; "ambiguous" when two places differ; null when no place does.
 */
function acronymHeadSpeltOut(company: string, text: string): string | "ambiguous" | null {
  const m = ACRONYM_HEAD_RE.exec(company.trim());
  if (!m) return null;
  const acronym = m[1]!;
  const rest = m[2]!;
  let spelt: string | null = null;
  for (const o of occurrences(rest, text)) {
    if (!o.before.endsWith(" ")) continue;
    const words = o.before.split(" ").filter(Boolean);
    let initials = "";
    let i = words.length;
    while (i > 0 && initials.length < acronym.length) {
      const w = words[i - 1]!;
      if (!LETTERS_RE.test(w)) break;
      i--;
      if (!GLUE_RE.test(w)) initials = w[0]!.toUpperCase() + initials;
    }
    if (initials !== acronym || !/^\p{Lu}/u.test(words[i]!)) continue;
    const value = `${words.slice(i).join(" ")} ${o.at}`;
    if (spelt && spelt !== value) return "ambiguous";
    spelt = value;
  }
  return spelt;
}

/** "Web Contact Role Email Stage": two words or more, each a form's label word, are a header row read as a name. */
function headerRow(company: string): boolean {
  const words = company
    .toLowerCase()
    .split(/[\s/|,;]+/)
    .filter(Boolean);
  return words.length >= 2 && words.every((w) => LABEL_WORDS.has(w));
}
