// Finds the prospect's contact person in prose: name mentions, the role written next to
// them, and which of several people is the main contact. Pure.
import { cleanPersonName, isAddressedGivenName, looksLikePersonName } from "../normalise/person.ts";
import { emailMatchesName, fold } from "./text-utils.ts";
import { LEGAL_SUFFIX_SRC, ORG_WORDS_RE } from "./organization.ts";
import { ROLE_WORD_RE } from "../lang/roles.ts";
import { HANDOVER_BEFORE_RE, LABEL_WORDS } from "../lang/index.ts";
import { HONORIFIC_AFTER_SRC, NAME_LINKS_SRC } from "../lang/person-names.ts";
import { TITLE_AFTER_CUE_RE } from "../lang/cue-before-name.ts";
import { allMatches, escapeRegExp } from "../text/regex.ts";

export interface PersonMention {
  name: string;
  index: number;
}

// any script's letters: "Kalniņa", "Nyström", "Kovač", "Aydın". One class per position: an
// alternation of overlapping classes ([a-z]|\p{Ll})+ backtracks exponentially on long words.
// Prefixed surnames keep their inner capital: "O'Neill", "McAllister", "MacLeod", "DeSousa", "d'Almeida"
// (the optional prefix group is bounded, so no two runs compete for the same letters).
// Arabic surnames keep their article in lower case: "al-Haddad", "el-Amin".
// A name word ends where its word ends: "GmbH" holds no name word "Gmb".
const NAME_WORD = `(?:d['’]|(?:al|el|ul)-)?\\p{Lu}(?:['’]\\p{Lu}|\\p{Ll}{1,3}\\p{Lu})?\\p{Ll}+(?:[-'’]\\p{Lu}?\\p{Ll}+)?(?!\\p{L})`;
// "J.P. de Vries", "R. Senthilkumar", "J. P. Morgan": initials before the first full word
const INITIALS = String.raw`\p{Lu}\.[ \t]?(?:-?\p{Lu}\.[ \t]?)?`;
// "van den Berg", "de la Cruz", "Ó Briain", "bin Osman", "Casals i Roca": up to two particles
const PARTICLE = `(?:(?:van|von|de|der|den|da|di|del|della|du|la|le|los|las|ter|ten|zu|dos|das|do|Ó|bin|binti|bint|ibn|ben|i|y|${NAME_LINKS_SRC})\\s+){0,2}`;
/** a link inside a name, as written in lower case ("binte", "ap") */
const LINK_WORD_RE = new RegExp(`^${NAME_LINKS_SRC}$`, "u");
/** "i", "y", "e" join two surnames ("Jordi Casals i Roca", "Rui Sousa e Melo"); between a given name and another word they are "and". */
const CONJUNCTION = new Set(["i", "y", "e"]);
const HONORIFIC =
  "(?:(?:Herrn?|Frau|Puan|Encik|Cik|Shri|Smt\\.?|[Ll]ic\\.|[ij]ur\\.|Ma[iî]tre|Av\\.|Cr\\.|Mr\\.?|Mrs\\.?|Ms\\.?|Mx\\.?|Dr\\.?|Prof\\.?|Mme\\.?|Madame|Monsieur|Mevrouw|Sra\\.?|Sr\\.?|Sig\\.(?:ra|na)?|[Dd]ott\\.?(?:ssa)?|[Dd]r\\.ssa|Eng\\.?[ªº]?|Ing\\.|Avv\\.|Arq\\.)\\s+)*";
// a name starts at a word's start: "TransLogistica Poznań" holds no "Logistica Poznań"
// Up to five words ("María José De la Cruz Ortega"), on one line or wrapped once; a blank line
// always ends a name ("Partner Desk" above "Sharing a lead …" is nobody).
const JOINT = String.raw`(?:[ \t]+|[ \t]*\n[ \t]*)`;
const NAME_RE = new RegExp(
  `(?<![\\p{L}\\p{N}.])(${HONORIFIC})(${INITIALS}${PARTICLE}${NAME_WORD}(?:${JOINT}${PARTICLE}${NAME_WORD}){0,3}|${NAME_WORD}(?:${JOINT}${PARTICLE}${NAME_WORD}){1,4})`,
  "gu",
);

/** Words that start with a capital but are not names (German nouns, weekdays, job titles …). */
const NOT_NAME = new Set(
  (
    "the and our your their this that these we they she he it hi hello dear thanks best regards kind cheers " +
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december " +
    "montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz mai juni juli oktober dezember " +
    "cfo ceo coo cto cio vp head director manager controller owner founder finance operations chief officer team partner partners " +
    "leiter leiterin leitung kaufmännische kaufmännischer finanzen finanzbuchhaltung controlling geschäftsführer geschäftsführerin inhaber inhaberin " +
    "gmbh ltd inc llc ag kg co group company firma herr frau sehr hallo liebe lieber viele grüße mit freundlichen beste " +
    "ap ar it hr erp sap crm aws azure google cloud marketplace microsoft demo call meeting termin website email e-mail mail " +
    "registration registrierung deal lead intro introduction referral resale services technology proof concept trial budget stage phase " +
    "introducing meet meeting please attached regarding dear hey servus grüezi moin contact kontakt cc hr people security " +
    // verbs that open a sentence about a person ("Met Gráinne Kelly at …", "Spoke to …")
    "met spoke called emailed mailed"
  )
    .split(" ")
    .map((w) => fold(w)), // compared folded: "geschäftsführerin" -> "geschaftsfuhrerin"
);

/** label fields whose label words may stand before a name without a colon ("Contacto Ana Ruiz");
 * not the company's: those include words that are also surnames ("Ngo") */
const IDENTITY_LABEL = new Set<string>(["contactName", "role", "email", "phone"]);

/** "Ltda", "GmbH": a legal form read as a name word makes the phrase a company's ("… Gaúcho Ltda") */
const LEGAL_WORD_RE = new RegExp(String.raw`^${LEGAL_SUFFIX_SRC}$`, "u");
const COMPANY_TAIL_RE = new RegExp(String.raw`^(?:\s*[&+]\s*(?:\p{Lu}|Co\b)|,?\s+${LEGAL_SUFFIX_SRC}(?![\p{L}]))`, "u");

/** a full name in brackets right after a name ("… (Wanthida Boonmee)") */
const FULL_NAME_AFTER_RE = /^[ \t]*\(([^()\n@]{3,60})\)/u;

/** NAME_RE read from one place only (the line below a firm's name, nameMatches) */
const NAME_AT_RE = new RegExp(NAME_RE.source, "uy");

/** a legal form or a firm's word among a phrase's words: the phrase is a business's name */
const firmWord = (w: string) => ORG_WORDS_RE.test(w) || LEGAL_WORD_RE.test(w);

/**
 * NAME_RE's matches, where one that runs from a firm's name over the line break into a person's
 * ("Brannock Creameries Ltd\nOrla Fenwick, …", an unlabelled contact block) is read again from
 * the next line: the firm's line is no person, the line below may be one.
 */
function nameMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let after = 0;
  for (const m of allMatches(text, NAME_RE)) {
    if (m.index < after) continue;
    const wrap = m[2]!.indexOf("\n");
    if (wrap > 0 && m[2]!.slice(0, wrap).trim().split(/\s+/).some(firmWord)) {
      const next = m.index + m[1]!.length + wrap + 1;
      NAME_AT_RE.lastIndex = next + (/^[ \t]*/.exec(text.slice(next, next + 40))?.[0].length ?? 0);
      const again = NAME_AT_RE.exec(text);
      if (again) {
        out.push(again);
        after = again.index + again[0].length;
      }
      continue;
    }
    out.push(m);
  }
  return out;
}

export function findPersonMentions(text: string): PersonMention[] {
  const out: PersonMention[] = [];
  for (const m of nameMatches(text)) {
    let words = m[2]!.split(/\s+/);
    let skipped = 0;
    // "Introducing Irena Wasik", "Meet Tom Baker": a leading capitalised non-name word is dropped,
    // and so is a title written before the name without a comma ("Kasserer Eja Holm-Lund")
    while (words.length > 2 && (NOT_NAME.has(fold(words[0]!)) || ROLE_WORD_RE.test(words[0]!))) {
      skipped += words[0]!.length + 1;
      words = words.slice(1);
    }
    // "Contacto Andrés Gómez", "Kontakt Jana Berg": a label word written without its colon
    while (words.length > 2 && IDENTITY_LABEL.has(LABEL_WORDS.get(words[0]!.toLowerCase()) ?? "")) {
      skipped += words[0]!.length + 1;
      words = words.slice(1);
    }
    // "Sipho Mthembu\nEmail: …", "Jānis Ozols\nAmats / Position": a label word on the next line is not part of the name
    const isLabelWord = (w: string) =>
      NOT_NAME.has(fold(w)) || IDENTITY_LABEL.has(LABEL_WORDS.get(w.toLowerCase()) ?? "");
    while (words.length > 2 && isLabelWord(words[words.length - 1]!)) words = words.slice(0, -1);
    // "Ioana Pop\nFuncție: Director": a word on the next line that a colon follows is that line's label
    const lastLine = m[2]!.lastIndexOf("\n");
    if (
      lastLine > 0 &&
      /^[ \t]*:/.test(text.slice(m.index + m[0].length)) &&
      m[2]!.endsWith(words[words.length - 1]!)
    ) {
      const labelWords = m[2]!.slice(lastLine).trim().split(/\s+/).length;
      if (words.length - labelWords >= 2) words = words.slice(0, words.length - labelWords);
    }
    // "Ana Ruiz Soto\nGerente de Ventas": a name alone on its line, the title on the next one (a
    // contact block) — the title's words are no part of the name
    const wrapAt = m[2]!.indexOf("\n");
    if (wrapAt > 0 && words.length === m[2]!.split(/\s+/).length) {
      const firstLine = m[2]!.slice(0, wrapAt).trim().split(/\s+/).length;
      const lineEnd = text.indexOf("\n", m.index + m[1]!.length + wrapAt + 1);
      const nextLine = text.slice(m.index + m[1]!.length + wrapAt + 1, lineEnd < 0 ? undefined : lineEnd).trim();
      const wrapped = words.slice(firstLine).join(" ");
      if (firstLine >= 2 && looksLikeRole(wrapped) && looksLikeRole(nextLine)) words = words.slice(0, firstLine);
    }
    // "Anna y Pedro" are two people; "Jordi Casals i Roca" is one
    // "Ana Ruiz y Pedro Gil", "Marta Sousa e Rui Lopes": a given name and a family name on each side are two
    const conj = words.findIndex((w) => CONJUNCTION.has(w));
    if (conj >= 0 && (conj < 2 || words.slice(conj + 1).filter((w) => /^\p{Lu}/u.test(w)).length >= 2))
      words = words.slice(0, conj);
    // ("ap" in "Dafydd ap Owain" is a link in lower case, not the "AP" of accounts payable)
    if (words.some((w) => NOT_NAME.has(fold(w)) && !LINK_WORD_RE.test(w))) continue;
    // "Unser Ansprechpartner ist …", "Nuestro Contacto": a label word inside is no name's
    if (words.some((w) => IDENTITY_LABEL.has(LABEL_WORDS.get(w.toLowerCase()) ?? ""))) continue;
    // "Atelier Flotte Conseil", "Nordlys Partners": a business, not a person
    if (words.some(firmWord)) continue;
    // "Dentallabor Keller & Söhne GmbH", "Hoffmann Berger Rechtsanwälte PartG": the start of a company name
    const tail = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (words.length === m[2]!.split(/\s+/).length && COMPANY_TAIL_RE.test(tail)) continue;
    const raw = words.join(" ");
    let name = cleanPersonName(raw) ?? raw;
    // "Khun Wan (Wanthida Boonmee)": a form of address and a short name, the full name in brackets
    if (!looksLikePersonName(name) && !/\s/.test(name) && words.length === m[2]!.split(/\s+/).length) {
      const full = FULL_NAME_AFTER_RE.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 80))?.[1];
      const cleaned = full ? cleanPersonName(full) : null;
      if (cleaned && looksLikePersonName(cleaned) && fold(cleaned).startsWith(fold(name))) name = cleaned;
    }
    // "Zeynep Hanım": one given name and the form of address after it, kept as written (the
    // contact's reader drops the form and takes the given name for the name)
    if (!looksLikePersonName(name)) {
      if (!isAddressedGivenName(raw)) continue;
      name = raw;
    }
    // "M. Luc Perrin": a salutation read as an initial is not where the name starts
    const at = raw.indexOf(name);
    out.push({ name, index: m.index + m[1]!.length + skipped + Math.max(0, at) });
  }
  return out;
}

export function looksLikeRole(s: string): boolean {
  return s.length <= 70 && ROLE_WORD_RE.test(s) && !/@|https?:|www\./.test(s);
}

const TERSE_TITLE_RE =
  /^[ \t]+(?:<?[^\s,;()<>@]+@[^\s,;()<>]+>?[ \t]+)?(?!(?:will|would|can|could|should|may|might|must|to|and|or|but|has|had|have|does|did|is|was|are|were|who|which|that|said|says|wird|hat|ist|und|oder)[ \t])((?:[\p{L}&/-]{2,30}[ \t]){0,2}[\p{L}&/-]{2,30})(?=[ \t]*(?:[,;]|\.(?:\s|$)|\n|$)|[ \t]+<?[^\s,;()<>@]+@)/u;

/** brackets right after a name holding their address and more, split on commas ("(jo@x.com, CFO)") */
const CONTACT_PAREN_RE = /^\s*\(([^()@]{0,120}@[^()]{0,120})\)/;

/** the line right below a name that ends its own line: "Ana Ruiz\n  Gerente de Ventas\n" */
const TITLE_BELOW_RE = /^[ \t]*\n[ \t]*([^\n@]{2,70}?)[ \t]*(?:\n|$)/;

/** "(Head of Payroll, cc'd)", "(Leitung Einkauf, in CC)": the note that they are copied is no part of the title */
const COPY_NOTE_RE = /,[ \t]*(?:(?:in|en|im)[ \t]+)?(?:cc|cc'd|copied|kopie|copia|copie|copy)(?![\p{L}])[^,]*$/iu;

/** an honorific written after a name in a caseless script ("高橋 様（支配人）"): skipped before its title */
const HONORIFIC_AFTER_RE = new RegExp(`^[ \\t\u3000]*${HONORIFIC_AFTER_SRC}`, "u");

/**
 * a title in a caseless script written after the name across a blank, closed by an honorific, a
 * blank or a stop: "박지훈 감독님", "陳志明 場長" (Korean particles follow the honorific: "감독님께서")
 */
const CJK_TITLE_AFTER_RE = new RegExp(
  `^[ \\t\u3000]+([\\p{sc=Han}\\p{sc=Hangul}\\p{sc=Katakana}ー]{2,12}?)(?:${HONORIFIC_AFTER_SRC}|(?=[\\s,，、。.()（）]|$))`,
  "u",
);

/** The job title written next to a name mention: "Jana Novak, CFO at …", "Laura Jennings (VP Finance)", "their controller, Maya …". */
export function roleNear(text: string, mention: PersonMention): string | null {
  let after = text
    .slice(mention.index + mention.name.length, mention.index + mention.name.length + 160)
    .replace(HONORIFIC_AFTER_RE, "");
  const cjk = CJK_TITLE_AFTER_RE.exec(after);
  if (cjk && looksLikeRole(cjk[1]!)) return cjk[1]!;
  // round brackets, or the full-width ones of Chinese and Japanese ("吴建华（会长）")
  const paren = /^\s*[(（]([^)）@]{2,60})[)）]/.exec(after);
  if (paren && looksLikeRole(paren[1]!)) return tidyRole(paren[1]!.replace(COPY_NOTE_RE, ""));
  // "(ana@x.es, jefa de compras)", "(Head of Finance, jo@x.com, 555 0101)": the one title among the
  // address and the phone written in the brackets
  const card = CONTACT_PAREN_RE.exec(after);
  if (card) {
    const titles = card[1]!.split(/\s*[,;]\s*/).filter((p) => p && !/[@\d]/.test(p) && looksLikeRole(p));
    if (titles.length === 1) return tidyRole(titles[0]!);
  }
  // a contact block: the name alone on its line, the title on the next ("Ana Ruiz\nGerente de Ventas")
  const below = TITLE_BELOW_RE.exec(after);
  if (below && looksLikeRole(below[1]!) && !/\d/.test(below[1]!) && below[1]!.split(/\s+/).length <= 6)
    return tidyRole(below[1]!);
  // "(jane@x.com), CFO" / "(cc'd), CISO at …": a parenthetical that is not the role is skipped
  const skip = /^\s*\([^)]{1,80}\)/.exec(after);
  if (skip) after = after.slice(skip[0].length);
  // "Ana Ruiz, ana@x.es, directora": the address written between the name and the title
  const address = /^\s*[,;]?\s*<?[^\s,;()<>@]+@[^\s,;()<>]+>?(?=\s*[,;])/.exec(after);
  if (address) after = after.slice(address[0].length);
  // ("…, she's VP Sales over at Acme": "over at" ends the title as "at" does)
  const comma =
    /^\s*(?:\n?\s*\p{Ll}+)?\s*[,，、–—-]\s*(?:their|our|the|ihre?|unsere?)?\s*([^,，、。()\n;:.–—]{2,60}?)(?=\s*(?:[,，、。]|\(|\)|\.(?:\s|$)|;|:|\bat\b|\bover\s+at\b|\bof\b|\bvon\b|\bbei\b|\bder\b|\bdes\b|\bfrom\b|\bin\b|\bfor\b|\bund\b|\band\b|[–—]|\s-\s|\n|$))/u.exec(
      after,
    );
  if (comma && looksLikeRole(comma[1]!)) return tidyRole(comma[1]!);
  // "Carina Wolff ist Controllerin bei der …", "Sam works as head of AP at …"
  const copula =
    /^\s*,?\s+(?:is|ist|est|es|è|é|er|är|works as|arbeitet als|serves as)\s+(?:(?:the|our|their|die|der|unsere?|ihre?|le|la|el|il|o|a)\s+)?([\p{L}&/ -]{2,50}?)(?=\s+(?:at|bei|with|der|des|für|for|in|im|and|und|there|dort)\b|\s*[,.;:()]|\n|$)/u.exec(
      after,
    );
  if (copula && looksLikeRole(copula[1]!)) return tidyRole(copula[1]!);
  // a terse note's title right after the name or its address, without a comma: "Ana Ruiz ops mgr,",
  // "Li Wei li@x.sg GM.": up to three words, closed by a comma, a stop, a line end or the address (a
  // verb after the name opens a sentence, not a title: "Ana Ruiz will lead.")
  const terse = TERSE_TITLE_RE.exec(after);
  if (terse && looksLikeRole(terse[1]!)) return tidyRole(terse[1]!);
  const before = text.slice(Math.max(0, mention.index - 60), mention.index);
  // "Yhteyshenkilö on toimitusjohtaja Eeva Salo": a title between a contact word and the name
  const cued = TITLE_AFTER_CUE_RE.exec(before);
  if (cued && looksLikeRole(cued[1]!)) return tidyRole(cued[1]!);
  const pre =
    /(?:their|our|the|der|die|dem|den|des|ihr|ihre|ihrem|ihren|unser|unsere|unserem|unseren|il|la|le|lo|el|het|son|sa|leur|notre|nuestro|nuestra|su|suo|sua|(?<![\p{L}])(?:his|her|hans|hennes|hendes|deras|deres|vores|vår|våre|zijn|haar|hun|onze|seu|jejich|jego|jej|seva|o|er|är|is|ist|es|est|é|è|jest))\s+([\p{L}&'’ -]{2,40}?),?\s*(?:(?:la|el|o)\s+)?(?:(?:Herrn?|Frau|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Prof\.?|M\.|Mme\.?|Sig\.?(?:ra)?|Sr\.?|Sra\.?|DI|Dipl\.-Ing\.|Ing\.|Mag\.(?:a\.?)?|Dott\.(?:ssa)?|Lic\.)\s+)*$/iu.exec(
      before,
    );
  if (pre && looksLikeRole(pre[1]!)) return tidyRole(pre[1]!);
  // a bare title right before the name: "(Inhaber Michael Holzapfel, …)", "CFO Jane Doe"
  // "(Inhaber: Josef Huber)" too
  // "Founder & CEO: Ana Lima", "Daglig leder Per Dahl", "Owner is Dr Jo Hale": a title of up to three
  // (a form of address shortened between them, "Gerente: D. Luis Mora", "Inhaberin: Mag. Eva Gruber", is skipped)
  // words (the first ones capitalised, so no sentence is read as one)
  const bare =
    /(?:^|[([,;:–]\s*|\n\s*|[.!?]\s+)((?:\p{Lu}[\p{L}-]{1,29}\s+(?:&\s+)?){0,2}[\p{L}-]{2,30}(?:\s+(?:of|für|der)\s+[\p{L}-]{2,30})?)(?:[,:]|\s+(?:is|ist|er|är|es|est|è|é))?\s+(?:(?:Herrn?|Frau|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|\p{Lu}\p{Ll}{0,4}\.)\s+)*$/u.exec(
      before,
    );
  if (bare && looksLikeRole(bare[1]!)) return tidyRole(bare[1]!);
  // "… runs a haulage firm. He's the owner.": the next sentences about him or her, before anyone else is named
  const next = text.slice(mention.index + mention.name.length, mention.index + mention.name.length + 240);
  const pron =
    /(?:[.!?,;]|\s[-–—])\s+(?:he|she|er|sie|hij|zij|han|hon|il|elle|él|ella|ele|ela|who)(?:['’]s|\s+is|\s+ist|\s+er|\s+är|\s+est|\s+es|\s+é)\s+(?:the|their|der|die|dort|le|la)?\s*([\p{L}& -]{2,40}?)(?=\s*[.,;!]|\s+(?:over\s+)?(?:there|dort|and|und|of|at|bei|van|de|di|da|på|hos|chez)\b)/iu.exec(
      next,
    );
  if (pron && looksLikeRole(pron[1]!) && findPersonMentions(next.slice(0, pron.index)).length === 0)
    return tidyRole(pron[1]!);
  return null;
}

function tidyRole(s: string): string {
  return (
    s
      .replace(/\s+/g, " ")
      // "he is indkøbschef", "sie ist Leiterin Einkauf": the title without its copula
      .replace(/^(?:he|she|er|sie|il|elle|hij|zij|han|hun|who)(?:['’]s| (?:is|ist|est|es|è|é|er|är)) /i, "")
      // ", est le directeur technique": a copula and its article after the comma
      .replace(/^(?:is|ist|est|es|è|é|er|är) (?:(?:le|la|el|il|lo|o|a) )?/i, "")
      // (and the possessive of Romance languages: "seva", "sua", "su", "leur")
      .replace(/^(?:their|our|the|der|die|unser(?:e|er)?|ihre?|seva|seu|sua|su|leur|son|sa)\s+/i, "")
      // single spaces from here on: `\s+X?\s*` would backtrack cubically over a run of blanks
      // "la dueña es …", "le gérant est …", "o dono é …": the copula before the name too
      .replace(/ (?:(?:there|here|dort|hier) ?)?(?:is|are|was|ist|sind|war|es|est|é|è|er|är)$/i, "")
      .trim()
  );
}

const MAIN_CUE_RE =
  /\b(?:main (?:point of )?contact|primary contact|point of contact|decision[- ]maker|my contact|contact (?:is|there is)|hauptansprechpartner(?:in)?|ansprechpartner(?:in)? (?:ist|bleibt)|bleibt aber|talking to|chatting with|spoke (?:to|with)|speaking with|gesprochen|mit (?:herrn?|frau)|kontakt(?:person)? ist)\b/i;
const SIDE_CUE_RE =
  /\b(?:colleague|kollegin|kollege|in kopie|cc'?d|will join|wird .{0,30}dabei sein|also involved|joining)\b/i;

export interface ContactPick {
  name: string;
  email: string | null;
  role: string | null;
  index: number;
  score: number;
}

/** The main contact among the people named in `text`, or null when nobody is named clearly enough. */
export function pickContact(text: string, emails: string[], excluded: string[]): ContactPick | null {
  return rankContacts(text, emails, excluded)[0] ?? null;
}

/**
 * The people named in `text` who may be the main contact, best first (an address that spells
 * their name, a "main contact" cue, a role written next to them).
 * @param emails prospect e-mail candidates (already without partner/vendor addresses)
 * @param excluded names that are never the prospect (partner, colleagues, vendor staff)
 */
export function rankContacts(text: string, emails: string[], excluded: string[]): ContactPick[] {
  const excludedKeys = excluded.map((n) => nameKey(n)).filter(Boolean);
  const byName = new Map<string, ContactPick>();
  const mentions = findPersonMentions(text);
  mentions.forEach((m, order) => {
    const key = nameKey(m.name);
    if (!key || excludedKeys.some((x) => x === key || sharesSurname(x, key))) return;
    const sentence = sentenceAround(text, m.index);
    let score = Math.max(0, 1 - order * 0.2);
    const email = emails.find((e) => emailMatchesName(e, m.name)) ?? null;
    if (email) score += 5;
    if (MAIN_CUE_RE.test(sentence)) score += 3;
    if (SIDE_CUE_RE.test(sentence)) score -= 2;
    // "he asked that you deal with his son, Ian Roe": the person handed over to, named right after
    if (HANDOVER_BEFORE_RE.test(text.slice(Math.max(0, m.index - 100), m.index))) score += 4;
    const role = roleNear(text, m);
    if (role) score += 2;
    const prev = byName.get(key);
    if (prev) {
      prev.score = Math.max(prev.score, score) + 0.5;
      prev.role ??= role;
      prev.email ??= email;
    } else byName.set(key, { name: m.name, email, role, index: m.index, score });
  });
  // first-name-only mentions in "main contact" sentences ("Laura is the decision-maker"); the name
  // before the cue only within its clause ("Lars signs, the main contact is Sofie" names Sofie)
  for (const pick of byName.values()) {
    const first = pick.name.replace(/^(?:(?:Herrn?|Frau|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?)\s+)+/, "").split(/\s+/)[0]!;
    const re = new RegExp(
      `\\b${escapeRegExp(first)}\\b[^.!?\\n,;]{0,80}\\b(?:main (?:point of )?contact|decision[- ]maker|primary contact)|(?:main (?:point of )?contact|ansprechpartner(?:in)?)[^.!?\\n]{0,40}\\b${escapeRegExp(first)}\\b`,
      "i",
    );
    if (re.test(text)) pick.score += 3;
  }
  return [...byName.values()].filter((p) => p.score >= 2).sort((a, b) => b.score - a.score);
}

function sentenceAround(text: string, index: number): string {
  const start = Math.max(
    text.lastIndexOf(". ", index),
    text.lastIndexOf(".\n", index),
    text.lastIndexOf("\n\n", index),
    0,
  );
  const ends = [text.indexOf(". ", index), text.indexOf(".\n", index)].filter((i) => i >= 0);
  const end = ends.length ? Math.min(...ends) : text.length;
  return text.slice(start, end);
}

/** what a name's key leaves out: all but letters (of any script: "Μαρία Χαραλάμπους" has a key) and blanks */
const NOT_KEY_LETTER_RE = /[^\p{L} ]/gu;

function nameKey(n: string): string {
  return fold(n)
    .replace(/\b(?:herrn?|frau|mr|mrs|ms|dr|prof)\.?\s+/g, "")
    .replace(NOT_KEY_LETTER_RE, "")
    .trim();
}

function sharesSurname(a: string, b: string): boolean {
  const la = a.split(" ").pop();
  const lb = b.split(" ").pop();
  return !!la && la === lb && a.split(" ")[0] === b.split(" ")[0];
}
