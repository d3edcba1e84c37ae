// Competitor names from a labelled value ("Competitors: Dext, Tipalti") or from prose
// ("already have demos with Tipalti and AvidXchange", "neben euch auch Candis und Moss").
//
// "&" is never a list separator: it is part of too many company names ("Summit & Pine").
import { CUES } from "../lang/cues.ts";
import {
  allMatches,
  EAST_ASIAN_LETTERS,
  eachMatchOfAny,
  isOneAlternative,
  literalAlternation,
  splitAlternation,
} from "../text/regex.ts";
import { NO_COMPETITOR_VALUES } from "../lang/none-words.ts";
import { caselessRivals } from "./caseless-rivals.ts";
import { CUE_END, CUE_START, cueSource } from "./cues.ts";

// "none" in the label languages, Chinese ("无", "無", "暂无"), Thai ("ไม่มี"), Hebrew ("אין"), Arabic ("لا يوجد") and Hindi among them
const NONE_OLDER =
  /^(?:[-–—/.]*|none(?: known| yet| so far)?|nobody|no(?: competitors?| one)?(?: known)?|nothing|n\/?a|unknown|not known|tbd|keine[rn]?(?: bekannt| bekannten| wettbewerber)?|nicht bekannt|unbekannt|noch offen|offen|k\.\s?a\.|aucun(?:e)?|personne|rien|ninguno|ninguna|nadie|nessuno|nessuna|nenhum(?:a)?|geen|niemand|brak|żaden|ingen|inga|nincs|nincsenek|yok|niciunul|niciuna|немає|нет|κανένας|κανένα|καμία|chưa có|không có|belum ada|tidak ada|なし|特になし|無し|없음|无|無|没有|沒有|暂无|暫無|ไม่มี|אין|لا يوجد|कोई नहीं)(?:\s+(?:known|identified|identifiée?s?|identificad[oa]s?|identificat[oi]|bekannt|connu|conocido|al momento|por ahora|pour l'instant|op dit moment|na razie|for now|so far|i dag|för närvarande|de momento|por el momento|hasta ahora|por enquanto|per ora|finora|pour le moment|for øjeblikket|foreløpig|ismert))?$/iu;
const NONE_MORE_RE = new RegExp(`^(?:${literalAlternation(Object.values(NO_COMPETITOR_VALUES).flat())})$`, "iu");
/** the value says there is no competitor: a word of the older list or of lang/none-words.ts, as the whole value */
const saysNone = (s: string) => NONE_OLDER.test(s) || NONE_MORE_RE.test(s.trim());

/** Notes after a name that are not part of it: "Basware – incumbent", "Dext as incumbent". */
const TRAILING_NOTE =
  /\s*(?:[-–—:]\s*|\s(?:as|als)\s+)(?:incumbent|current(?:ly)?|bestand|bestandslösung|aktuell|derzeit|existing|legacy)\b.*$/iu;
// "Odoo, e forse Microsoft Dynamics": a list's "and" and a hedge may open a segment too
const LEADING_NOTE =
  /^(?:(?:a|an|the|ein|eine|einem|einer|and|und|e|y|et|en|og|och|oraz|maybe|possibly|probably|likely|perhaps|vielleicht|evtl\.?|eventuell|wohl|forse|peut-être|quizás|talvez|misschien|kanskje|kanske|måske|może|also|auch|incumbent(?:\s+is)?:?|currently|talking to|speaking to|looking at|evaluating|uses|using|on)\s+)+/iu;

/**
 * Adds `name` to the rival names `out` unless it holds it already, in any case ("SAP", "Sap"), or
 * as the head of a compound ("X-Update", "X-Anlage": the rival's upgrade or installation is the
 * rival X; the bare name replaces such a compound found first); returns `out`.
 */
export function addDistinct(out: string[], name: string): string[] {
  const lower = name.toLowerCase();
  if (out.some((o) => o.toLowerCase() === lower || lower.startsWith(`${o.toLowerCase()}-`))) return out;
  // "Deltek Ajera" labelled, "Ajera" in the stage's line: the same rival by a shorter name
  if (out.some((o) => shortNameOf(name, o))) return out;
  const compound = out.findIndex((o) => o.toLowerCase().startsWith(`${lower}-`));
  if (compound >= 0) out[compound] = name;
  else out.push(name);
  return out;
}

/** `short` is `long`'s first or last words, whole ("Ajera" of "Deltek Ajera", "Bind" of "Bind ERP"). */
function shortNameOf(short: string, long: string): boolean {
  const a = short.toLowerCase().split(/\s+/);
  const b = long.toLowerCase().split(/\s+/);
  if (a.length >= b.length) return false;
  return a.every((w, i) => b[i] === w) || a.every((w, i) => b[b.length - a.length + i] === w);
}

/** Split a labelled competitors value into names, as written. */
export function parseCompetitorList(value: string): string[] {
  const cleaned = value
    .replace(KIND_BRACKET_RE, " $1")
    // an aside in brackets, also the full-width ones of Japanese and Chinese ("なし（現状Excel）")
    .replace(/\([^)]*\)|\[[^\]]*\]|（[^）]*）/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (saysNone(cleaned)) return [];
  const out: string[] = [];
  // the list marks of Japanese and Chinese ("、", "，", "；") and Arabic ("،") separate names as commas do
  for (const segment of cleaned.split(/\s*[,;、，；،]\s*|\s+\/\s+|\s*\n\s*/u)) {
    const lower = lowerWords(segment) + uncasedWords(segment);
    // "rozważają też Comarch", "they have also looked at Pleo": a sentence, read like prose
    const named = lower >= 2 ? findCompetitorsInProse(segment) : [];
    const lead = lower >= 2 && !named.length ? (LEADING_NAME_RE.exec(segment)?.[1] ?? null) : null;
    // "Local vendor (Sensegrow)": a kind word alone is no sentence, the name after it is the rival
    const described =
      lower >= 1 && !named.length && !lead ? (DESCRIBED_RE.exec(uncapitalised(segment))?.[1] ?? null) : null;
    const names = named.length
      ? named
      : lead
        ? vendorNames(lead, [])
        : described
          ? [described]
          : lower >= 3
            ? []
            : namesInList(segment);
    for (const n of names) addDistinct(out, n);
  }
  return out;
}

/** The names under a label for the prospect's current system ("Current tool: X"): a generic tool
 * kept today (a spreadsheet, paper) is no rival vendor. */
export function incumbentNames(value: string): string[] {
  // a note after a spaced dash is about the system ("X – they want it gone by spring")
  // nor is a phrase with a lower-case word in it ("Workshop on Excel"): a description, no name
  return parseCompetitorList(value.replace(/\s[–—-]\s.*$/su, "")).filter(
    (n) => !STOP.has(n.toLowerCase()) && !COMMON.has(n.toLowerCase()) && lowerWords(n) === 0,
  );
}

// Lower-case words tell a sentence from a list of names: with two the value is read as prose first
// ("rozważają też Comarch"), with three it is a sentence whose names only prose cues or its opening
// name give ("och de har tittat på Y", "Volvo Connect is used for part of the fleet").
const LOWER_WORD_RE = /(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’-]*/gu;
const NAME_FILLER = new Set(["as", "als", "for", "für", "pour", "de", "del", "von", "of", "online", "cloud"]);
// a web address written as a brand ("monday.com") is a name, not two lower-case words
const WEB_NAME_RE = /\p{Ll}[\p{Ll}\p{N}]*\.(?:com|io|ai|app|net|co)(?![\p{L}\p{N}])/gu;
const lowerWords = (segment: string): number =>
  (segment.replace(WEB_NAME_RE, "X").match(LOWER_WORD_RE) ?? []).filter(
    // camel case ("sevDesk") is a name
    (w) => w.length > 1 && !NAME_FILLER.has(w) && !/\p{Lu}/u.test(w),
  ).length;
// Arabic and Hebrew have no lower case: beside a Latin name their words tell a sentence as lower-case
// words do ("يستخدمون حالياً X ويقارنونه مع Y": they use X now and compare it with Y)
const UNCASED_WORD_RE = /(?<![\p{L}\p{N}])[\p{sc=Arabic}\p{sc=Hebrew}]{2,}/gu;
const LATIN_RE = /\p{sc=Latin}/u;
const uncasedWords = (segment: string): number =>
  LATIN_RE.test(segment) ? (segment.match(UNCASED_WORD_RE) ?? []).length : 0;
/** A label's value opens with a capital letter ("Local vendor …"): the describing word is still one. */
const uncapitalised = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
/** The capitalised name a sentence opens with: "Volvo Connect is used for part of the fleet". */
// also names joined by "and" before the words about them: "Ironclad and Juro both pitched in Feb"
const LEADING_NAME_RE =
  /^((?:\p{Lu}|\p{N})\S*(?:\s+(?:(?:\p{Lu}|\p{N}|&)\S*|(?:and|und|et|y|e|en|og|och|i|oraz|và|και|és)\s+(?:\p{Lu}|\p{N})\S*))*)\s+\p{Ll}/u;
// A name after the words that say what kind of rival it is (`cues.rivalKind`): "and local company
// Datasys", "one local vendor (Genesys Tech)" (its bracket read as the name)
const KIND = String.raw`(?:${CUES.rivalKind.noun.join("|")})`;
const KIND_BRACKET_RE = new RegExp(String.raw`(?<=${KIND})\s*\(([^()]*)\)`, "gu");
const DESCRIBED_RE = new RegExp(
  String.raw`^(?:(?:${CUES.rivalKind.lead.join("|")})\s+)?(?:(?:${CUES.rivalKind.describer.join("|")})\s+)*${KIND}\s+((?:\p{Lu}|\p{N})\S*(?:\s+(?:\p{Lu}|\p{N}|&)\S*){0,3})$`,
  "u",
);

// a Latin name, then words of a caseless script about it ("X 도 함께 검토 중": X is being looked at
// too): the name alone; a caseless script has no lower-case words to tell a comment by
const LATIN_NAME_THEN_CASELESS_RE = new RegExp(
  String.raw`^([\p{sc=Latin}\p{N}]\S*(?:[ \t]+[\p{sc=Latin}\p{N}&]\S*)*)[ \t]+[${EAST_ASIAN_LETTERS}].*$`,
  "u",
);

/**
 * "and" written with letters \b does not count as word letters (Romanian "și", Cyrillic "и", "і",
 * "та", Arabic "و"): one list for both list readers below
 */
export const AND_BEYOND_ASCII = "și|şi|и|і|та|و";
// and Greek "και", Vietnamese "và", Hungarian "és", Hebrew "ואת" (and the object marker): "συγκρίνουν
// με X και Y", "giữa X và Y", "a X és a Y", "בודקים את X ואת Y"
const AND_IN_LISTS = `${AND_BEYOND_ASCII}|και|và|és|ואת`;
// "and"/"or" in the label tables' languages: y, e, et, en, og, och, i, oraz, ou, o, and AND_BEYOND_ASCII
const LIST_SPLIT_RE = new RegExp(
  String.raw`\s+(?:and|und|or|oder|sowie|plus|y|e|et|en|og|och|i|oraz|lub|ou|o|ed|of|eller|dan|ve|${AND_IN_LISTS})\s+|\s+\+\s+`,
  "iu",
);

function namesInList(segment: string): string[] {
  const out: string[] = [];
  for (const part of segment.split(LIST_SPLIT_RE)) {
    // a comment after the name ("Volvo Connect, used today for part of the fleet") is not part of it
    const named = part.replace(
      /^((?:\p{Lu}|\p{N})[^\s]*(?:\s+(?:\p{Lu}|\p{N}|&)[^\s]*)*)\s+\p{Ll}[\p{Ll}'’-]*\s+\p{Ll}.*$/u,
      "$1",
    );
    const name = named
      .replace(LATIN_NAME_THEN_CASELESS_RE, "$1")
      .replace(LEADING_NOTE, "")
      .replace(TRAILING_NOTE, "")
      .replace(/^[\s"'„“”‚‘’•*-]+|[\s"'„“”‚‘’.:!?]+$/gu, "")
      // "Tessuno's calendar": the vendor, not its possessive, nor a Turkish case ending ("Excel'de", "X'a")
      .replace(/['’]\p{Ll}{1,4}$/u, "");
    // "sistema atual é o X": the words before a list's "o" (or) are no name when none is capitalised
    if (!name || saysNone(name) || (lowerWords(name) >= 2 && !/[\p{Lu}\p{N}]/u.test(name))) continue;
    addDistinct(out, name);
  }
  return out;
}

// A vendor-like token: capitalised ("Coupa", "Bill.com", "AvidXchange") or camel case ("sevDesk"),
// optionally "X & Y" or two capitalised words ("Oracle NetSuite").
// Lower-case brands show their shape: a web address ("monday.com") or digits ("enova365").
// A name may open with a digit before a capital: with its module after a colon and no blank
// ("1С:Розница"), or with more letters ("3CX"); "4K" alone is no name.
const WORD = String.raw`(?:\p{Lu}[\p{L}\p{N}'’-]*(?:\.[\p{L}]{2,})?|\d\p{Lu}(?::\p{Lu}[\p{L}\p{N}-]*|\p{L}[\p{L}\p{N}]*)|\p{Ll}+\p{Lu}[\p{L}\p{N}]*|\p{Ll}[\p{Ll}\p{N}]*(?:\.(?:com|io|ai|app|net|co)(?![\p{L}\p{N}])|\p{Ll}\d+\p{Ll}*(?![\p{L}\p{N}])(?!\.\d)))`;
// product names end in a lower-case edition word now and then ("DATEV Unternehmen online", "Sage cloud")
const EDITION = String.raw`(?:[ \t](?:online|cloud|one|pro|plus|go|business|premium|enterprise|365))?`;
// up to three words: "Datto SaaS Protection", "AvePoint Cloud Backup"
// "Dext and a Sage add-on": an article may open the next name
// "and"/"or" between names in the label tables' languages ("Esker et Yooz", "Comarch i Symfonia", "Vexa + Ordwin",
// Indonesian "dan", Turkish "ve"; AND_BEYOND_ASCII where \b does not hold)
const CONJ = String.raw`(?:[,、，،]|\+|\b(?:and|und|or|oder|sowie|et|ou|y|o|e|en|og|och|eller|oraz|i|lub|dan|ve)\b|(?<![\p{L}])(?:${AND_IN_LISTS})(?![\p{L}]))`;
// a model number inside a name ("Sage 200", "Sage 300 People"), not a count ("Xero 10 days ago")
const NUMBER = String.raw`\d{2,4}(?![\p{N}])(?![.,]\d)(?![ \t]+(?!${CONJ})\p{Ll})`;
const NAME = String.raw`${WORD}(?:[ \t](?:&[ \t])?(?:${WORD}|${NUMBER})){0,2}${EDITION}`;
// what may stand between "and" and the next name: an article, "another", a repeated preposition
// ("Angebote von X sowie von Y", "une offre de X et une autre de Y", "o PHC e o Primavera")
const LINK = String.raw`(?:(?:a|an|the|ein|eine|einem|einer|eins|one|another|une|un|autre|otro|otra|uno|una|outro|outra|altro|altra|con|with|mit|avec|von|from|de|du|à|o|os|as|da|do|od|di|del|della|van|met|med|el|la|le|les|los)[ \t]+){0,3}`;
// a hard-wrapped plain-text mail breaks a list at its conjunction ("Crunchtime and\nRestaurant365")
const GAP = String.raw`[ \t]*(?:\n[ \t]*)?`;
// a hedge or an article may open the list ("maybe Spanning", "an offer from a Veeam partner")
const HEDGE = String.raw`(?:(?:a|an|the|maybe|probably|possibly|perhaps|likely|vielleicht|evtl\.?|wohl|peut-être|quizás|tal[ \t]vez|forse|misschien|kanskje|kanske|måske|talvez)[ \t]+)?`;
const LIST = String.raw`${HEDGE}(?<list>${NAME}(?:${GAP}${CONJ}${GAP}${LINK}${NAME})*)`;

// phrasing before a competitor's name, in every language of services/parser/lang (`cues.competitorBefore`)
// `{names}`: a list of names that a cue looks ahead over ("had X, Y and Z in for demos"). Bounded:
// case-insensitive, {name} reads any word and "and" is a word too, so an unbounded list splits a
// run of words ("x and y and z …") into names in exponentially many ways.
const NAMES = String.raw`${NAME}(?:\s*(?:,|\band\b)\s*${NAME}){0,5}`;
const expand = (cue: string) => cue.replaceAll("{names}", NAMES).replaceAll("{word}", WORD).replaceAll("{name}", NAME);
const TRIGGERS = CUES.competitorBefore.map(expand);

// A cue that looks ahead over a list of names to the words after it ("had X, Y and Z in for
// demos") is still the costliest where it fails (up to six names of up to three words, each split
// tried). Such a cue is a regex of its own, run only when the text has its closing words somewhere
// (`tail`: any match of the cue has them); the other cues stay joined. The same matches, in the same
// order, as the one alternation of all cues (eachMatchOfAny).
const LIST_AHEAD = /^(?<head>.*)\(\?=\{names\}(?<tail>.*)\)$/su;
/** A list-ahead cue's closing words, as a regex the text must match for the cue to match; null for any other cue. */
function listAheadTail(cue: string): RegExp | null {
  const { head, tail } = LIST_AHEAD.exec(cue)?.groups ?? {};
  // the look-ahead closes the cue, every match of the cue passes through it, and its tail stands alone
  if (head === undefined || tail === undefined || !isOneAlternative(head) || !isOneAlternative(tail)) return null;
  if (/\\(?:\d|k<)/.test(tail)) return null;
  return new RegExp(expand(tail), "iu");
}
const TAILS = CUES.competitorBefore.map(listAheadTail);
const TRIGGER_RES: Array<{ re: RegExp; tail: RegExp | null }> = splitAlternation(
  TRIGGERS,
  (i) => TAILS[i] !== null,
  (sources) => new RegExp(String.raw`(?<![\p{L}])(?:${sources.join("|")})`, "giu"),
).map(({ re, index }) => ({ re, tail: index === null ? null : TAILS[index]! }));

/** The matches of the alternation of all competitorBefore cues, the list-ahead ones tried only where they can match. */
function triggerMatches(text: string): RegExpExecArray[] {
  return [
    ...eachMatchOfAny(
      text,
      TRIGGER_RES.filter((t) => !t.tail || t.tail.test(text)).map((t) => t.re),
    ),
  ];
}
// Case-sensitive on purpose: with the `i` flag \p{Lu} would match lower-case letters too.
const LIST_RE = new RegExp(LIST, "uy");

/** Capitalised words that are not vendors. */
const STOP = new Set(
  (
    "the a an our their your we they it he she i you this that these those sie er es ihr wir die der das den dem " +
    "ein eine einen euch uns ap ar erp crm cfo ceo coo cio it pdf email e-mail excel word outlook teams zoom gmail google " +
    "microsoft office paper papier spreadsheets hand mr ms mrs dr herr frau monday tuesday wednesday thursday friday " +
    "saturday sunday montag dienstag mittwoch donnerstag freitag january february march april may june july august " +
    "september october november december januar februar märz juni juli oktober dezember q1 q2 q3 q4 automation " +
    "angebote angeboten anbieter anbietern lösungen lösung tools vendors offers options ihnen dir"
  ).split(" "),
);

/** Letters and digits only: "Karoo Systems (Pty) Ltd" and "karoosystems" share "karoosystems". */
const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

// the link words between a prose list's "and" and its next name are no part of that name
const LINK_AFTER_CONJ_RE = new RegExp(String.raw`(${CONJ}${GAP})${LINK}`, "gu");

function vendorNames(list: string, exclude: readonly string[]): string[] {
  list = list.replace(LINK_AFTER_CONJ_RE, "$1");
  const excluded = new Set(exclude.map((e) => e.toLowerCase()));
  const keys = exclude.map(squash).filter((k) => k.length >= 4);
  return parseCompetitorList(list).filter((n) => {
    const lower = n.toLowerCase();
    const first = lower.split(/\s/)[0] ?? lower;
    const key = squash(n);
    return (
      !STOP.has(lower) &&
      !STOP.has(first) &&
      !excluded.has(lower) &&
      ![...excluded].some((e) => lower.startsWith(`${e} `)) &&
      // the partner or the prospect written with its legal form, or as its domain's name
      !(key.length >= 4 && keys.some((k) => k.startsWith(key)))
    );
  });
}

// The names before the competitive phrase (`cues.competitorAfter`): "Tipalti quoted them", "Basware is
// the other vendor on her shortlist", "Geotab et Océan sont aussi dans la boucle". The phrase is found
// case-insensitively, then the capitalised names right before it, case-sensitively. The phrase's
// blanks start after a word only: from every blank of a long run of blanks it was quadratic.
const AFTER_RE = new RegExp(String.raw`(?<=\S)\s+(?:${CUES.competitorAfter.join("|")})(?![\p{L}])`, "giu");
/** The names listed right before a text's end, none of `notAfter`'s letters glued before them; `link` may follow "and". */
const namesBeforeEnd = (notAfter: string, link: string): RegExp =>
  new RegExp(String.raw`(?<![${notAfter}])(?<list>${NAME}(?:[ \t]*${CONJ}[ \t]*${link}${NAME})*)$`, "u");
// an article may stand after "and" ("a X és a Y ajánlatával")
const NAMES_BEFORE_RE = namesBeforeEnd(String.raw`\p{L}\p{N}`, LINK);
const PERSON_AFTER_RE = /^\s*,?\s*(?:who|whom|whose|der|die|qui|quien|que|che|som)\b/iu;

/** Capitalised sentence openers that may precede a vendor name ("Apparently Tipalti quoted them"). */
const OPENERS = new Set(
  "apparently also meanwhile currently yesterday today and but so plus sadly unfortunately auch aber gestern heute leider zudem".split(
    " ",
  ),
);

// "the incumbent (Excel)", "incumbent: SAP": named as the incumbent, even a generic tool competes
const INCUMBENT_RE = new RegExp(String.raw`(?<![\p{L}])incumbent\s*(?:\(\s*|:\s*|is\s+)(?<name>${NAME})`, "gu");
const NOT_A_NAME = new Set("the a an our their your its it they this that".split(" "));

// a sentence that weighs options (`cues.comparisonWord`): a list naming the vendor in it names rivals
const COMPARING_RE = new RegExp(String.raw`(?<![\p{L}])(?:${CUES.comparisonWord.join("|")})`, "iu");
const VENDOR_JOIN = String.raw`(?:and|und|et|y|e|en|og|och|with|mit|avec|com|con|vs\.?|versus|against)`;
const VENDOR_THEN_RE = new RegExp(String.raw`the vendor[ \t]*(?:,[ \t]*|[ \t]+${VENDOR_JOIN}[ \t]+)`, "gu");
// starts only where a blank run starts: tried from every blank of a long run it was quadratic
const BEFORE_VENDOR_RE = new RegExp(
  String.raw`(?<![ \t])[ \t]*(?:,[ \t]*|(?<=[ \t])${VENDOR_JOIN}[ \t]+)the vendor(?![\p{L}])`,
  "gu",
);

// A list in brackets beside a word of weighing options (`cues.comparisonWord`) names the offers
// weighed: "porównuje oferty (X i Y)", "primerjajo ponudbe (X, Y)"; Japanese and Chinese write the
// verb after the bracket ("他社（X、Y）と比較検討中"). Bounded as a cue (a Japanese word may stand
// between letters of its own script); the bracket within a few words after the word, or right before it.
const COMPARED = String.raw`${CUE_START}(?:${CUES.comparisonWord.map(cueSource).join("|")})${CUE_END}`;
const BRACKET = String.raw`[(（]([^()（）\n]{1,80})[)）]`;
const COMPARED_BRACKET_RE = new RegExp(
  String.raw`${COMPARED}[^()（）\n.;:!?]{0,30}?${BRACKET}|${BRACKET}[^()（）\n.;:!?]{0,6}?${COMPARED}`,
  "giu",
);
// a caseless-script phrase before a Latin name inside the bracket is a word about it ("另一家是 X": "the other is X")
const CASELESS_LEAD_RE = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Hangul}]+\s*(?=[\p{sc=Latin}\p{N}])/u;
// a name in the bracket: a capital Latin letter or a digit first and a letter in it ("X", "4U2"), or
// Katakana, as Japanese writes a foreign product's name ("オートライン")
const BRACKET_NAME_RE = /^(?:[\p{Lu}\p{N}].*\p{L}|\p{Lu}|\p{scx=Katakana}+$)/u;
const AMOUNT_RE = /\d[\d.,]*\s*(?:%|[kKmM]\b)|^\p{Lu}{3}\s+\d/u;
// a country ending a web name written as the brand ("Vanta.si") is no lower-case word of a sentence
const TLD_RE = /(?<=\p{L})\.\p{Ll}{2,3}(?![\p{L}])/gu;
const VENDOR_MASK = "the vendor";
const ABBREVIATION_RE = /^\p{Lu}{2,6}$/u;
const LOWER_BEFORE_RE = /\p{Ll}\s*$/u;

/** The rival names in brackets beside a word of weighing options, as written; none when the bracket holds a sentence or an amount. */
function comparedInBrackets(text: string, exclude: readonly string[]): string[] {
  const out: string[] = [];
  for (const m of allMatches(text, COMPARED_BRACKET_RE)) {
    const inside = (m[1] ?? m[2] ?? "").replace(CASELESS_LEAD_RE, "").trim();
    // the vendor among the offers ("the vendor i X") is weighed too, no sentence
    const words = inside.replaceAll(VENDOR_MASK, "").replace(TLD_RE, "");
    if (!inside || lowerWords(words) > 0 || AMOUNT_RE.test(inside)) continue;
    const names = vendorNames(inside.replaceAll(VENDOR_MASK, "the-vendor"), [...exclude, "the-vendor"]);
    if (!names.every((n) => BRACKET_NAME_RE.test(n))) continue;
    // an abbreviation in brackets after lower-case words spells them out ("open tender (LCSP)"): no rival
    const open = m.index + Math.max(m[0].indexOf("("), m[0].indexOf("（"));
    if (
      names.length === 1 &&
      ABBREVIATION_RE.test(names[0]!) &&
      LOWER_BEFORE_RE.test(text.slice(Math.max(0, open - 20), open))
    )
      continue;
    for (const name of names) addDistinct(out, name);
  }
  return out;
}

// Japanese, Chinese, Korean and Thai write a foreign rival's name in Latin letters, or their own
// name in quotes, right beside their word of weighing options (`cues.comparisonWord`), at most a
// particle between: after it ("同時也在比較 X", "เปรียบเทียบกับ X") or before it ("X과 비교", "与“X”对比").
const CASELESS = String.raw`${EAST_ASIAN_LETTERS}\p{sc=Thai}`;
// a Latin name may be glued to it on either side ("与Propared比较"): no word bounds for a caseless word
const CASELESS_COMPARED_RE = new RegExp(`(?=[${CASELESS}])(?:${CUES.comparisonWord.map(cueSource).join("|")})`, "giu");
const CASELESS_TEXT_RE = new RegExp(`[${CASELESS}]`, "u");
const PARTICLE_THEN_NAME_RE = new RegExp(String.raw`[${CASELESS}]{0,3}?[ \t]*(?=[\p{sc=Latin}\p{N}])`, "uy");
const PARTICLE_THEN_QUOTED_RE = new RegExp(String.raw`[${CASELESS}]{0,3}?[“「『]([^“”「」『』\s]{1,12})[”」』]`, "uy");
const PARTICLE_AT_END_RE = new RegExp(String.raw`[${CASELESS}]{1,2}$`, "u");
/** blanks and tabs off the end, by a walk (a regex from every blank of a long run is quadratic) */
const trimBlanksEnd = (s: string): string => {
  let end = s.length;
  while (end > 0 && (s[end - 1] === " " || s[end - 1] === "\t")) end--;
  return s.slice(0, end);
};
/** the text before a caseless word of weighing, its particle off: "X과 " and "X と" (a blank before it) alike */
const withoutParticle = (s: string): string => trimBlanksEnd(trimBlanksEnd(s).replace(PARTICLE_AT_END_RE, ""));
// the names right before a caseless script's word, a letter of that script glued before them ("与X比较")
const NAMES_BEFORE_CASELESS_RE = namesBeforeEnd(String.raw`\p{sc=Latin}\p{N}`, "");
const LATIN_THEN_CASELESS_RE = new RegExp(`\\p{sc=Latin}[${CASELESS}]`, "u");
const QUOTED_BEFORE_RE = /[“「『]([^“”「」『』\s]{1,12})[”」』]$/u;

/** The rival names right beside a caseless script's word of weighing options, as written. */
function comparedInCaseless(text: string, exclude: readonly string[]): string[] {
  const out: string[] = [];
  for (const m of allMatches(text, CASELESS_COMPARED_RE)) {
    const end = m.index + m[0].length;
    PARTICLE_THEN_QUOTED_RE.lastIndex = end;
    const quotedAfter = PARTICLE_THEN_QUOTED_RE.exec(text)?.[1];
    PARTICLE_THEN_NAME_RE.lastIndex = end;
    const lead = PARTICLE_THEN_NAME_RE.exec(text);
    LIST_RE.lastIndex = end + (lead?.[0].length ?? 0);
    const after = lead ? (LIST_RE.exec(text)?.groups?.list ?? "") : "";
    const before = withoutParticle(text.slice(Math.max(0, m.index - 80), m.index));
    const quotedBefore = QUOTED_BEFORE_RE.exec(before)?.[1];
    const listBefore = quotedBefore ? "" : (NAMES_BEFORE_CASELESS_RE.exec(before)?.groups?.list ?? "");
    for (const name of [
      // a Latin word running on into the caseless script is a note ("PoC実施中": a PoC under way), no name
      ...[...vendorNames(after, exclude), ...vendorNames(listBefore, exclude)].filter(
        (n) => !LATIN_THEN_CASELESS_RE.test(n),
      ),
      ...[quotedAfter, quotedBefore].filter((q): q is string => !!q && !exclude.includes(q)),
    ])
      addDistinct(out, name);
  }
  return out;
}

// "nothing competing we know of", "keine Konkurrenz": the partner says there is none (`cues.competitorNone`)
const NO_COMPETITOR_RE = new RegExp(String.raw`(?<![\p{L}])(?:${CUES.competitorNone.join("|")})(?![\p{L}])`, "iu");

/**
 * Vendor-like names after competitive phrasing in prose, as written, de-duplicated; none when the
 * partner says there is no competition (the tools named then are ones the prospect keeps).
 * `exclude` holds names never to return (the vendor's own name, the partner's name).
 */
export function findCompetitorsInProse(
  text: string,
  exclude: readonly string[] = [],
  /** the whole mail, when `text` is a part of it (a label's value): a note typed tersely is judged on it */
  whole: string = text,
): string[] {
  const out: string[] = [];
  if (NO_COMPETITOR_RE.test(text)) return out;
  for (const m of triggerMatches(text)) {
    LIST_RE.lastIndex = m.index + m[0].length;
    const list = LIST_RE.exec(text)?.groups?.list ?? "";
    // "next to Greg Marlow, who runs operations": a person, not a vendor ("Keepit, som er dansk" is one)
    const person =
      /\s/.test(list.trim()) && PERSON_AFTER_RE.test(text.slice(LIST_RE.lastIndex, LIST_RE.lastIndex + 12));
    if (person) continue;
    for (const name of vendorNames(list, exclude)) {
      addDistinct(out, name);
    }
  }
  for (const m of allMatches(text, AFTER_RE)) {
    const list = NAMES_BEFORE_RE.exec(text.slice(Math.max(0, m.index - 80), m.index))?.groups?.list ?? "";
    const words = list.split(/[ \t]+/);
    if (words.length > 1 && OPENERS.has(words[0]!.toLowerCase())) words.shift();
    for (const name of vendorNames(words.join(" "), exclude)) {
      addDistinct(out, name);
    }
  }
  // the vendor named in a list with others that are weighed against it ("shortlisted three
  // platforms: the vendor, X and Y", "comparando a the vendor com X e Y", "X, Y und the vendor")
  for (const s of text.includes("the vendor") ? text.split(/(?<=[.!?])\s+|\n\s*\n/) : []) {
    if (!s.includes("the vendor") || !COMPARING_RE.test(s)) continue;
    const lists: string[] = [];
    for (const m of allMatches(s, VENDOR_THEN_RE)) {
      LIST_RE.lastIndex = m.index + m[0].length;
      lists.push(LIST_RE.exec(s)?.groups?.list ?? "");
    }
    for (const m of allMatches(s, BEFORE_VENDOR_RE))
      lists.push(NAMES_BEFORE_RE.exec(s.slice(Math.max(0, m.index - 80), m.index))?.groups?.list ?? "");
    for (const list of lists) for (const name of vendorNames(list, exclude)) addDistinct(out, name);
  }
  if (/[(（]/.test(text)) for (const name of comparedInBrackets(text, exclude)) addDistinct(out, name);
  if (CASELESS_TEXT_RE.test(text)) {
    for (const name of comparedInCaseless(text, exclude)) addDistinct(out, name);
    // "正在与<name>比较": a rival named in the caseless script itself (caseless-rivals.ts)
    for (const name of caselessRivals(text, exclude)) addDistinct(out, name);
  }
  const excluded = new Set(exclude.map((e) => e.toLowerCase()));
  if (isTerse(whole))
    for (const name of lowerCaseNames(text, excluded)) if (!out.some((o) => o.toLowerCase() === name)) out.push(name);
  for (const m of allMatches(text, INCUMBENT_RE)) {
    const name = m.groups?.name?.trim() ?? "";
    const lower = name.toLowerCase();
    if (!name || NOT_A_NAME.has(lower.split(/\s/)[0]!) || excluded.has(lower)) continue;
    addDistinct(out, name);
  }
  return out;
}

// Terse notes typed on a phone write vendors in lower case ("also talking to dext", "de bruker
// dalux i dag"). In such a note (hardly a capital letter in it) one lower-case word right after
// a competitive phrase is read as the name, unless it is a common word.
const TERSE_NAME_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:${TRIGGERS.join("|")})(?<name>\p{Ll}[\p{L}\p{N}.-]{2,})(?![\p{L}\p{N}])`,
  "gu",
);
const COMMON = new Set(
  (
    "the a an our their them they him her his its it us you your this that these those some other another " +
    "otra otro otras otros outra outro outras outros autre autres altra altro altri " +
    "options offers quotes prices pricing vendors tools suppliers providers solutions products ones two three " +
    "paper excel spreadsheets sheets email phone hand whatsapp sap " +
    "den det de dem der die das sie ihn ihr los las el la le les un une uno una um uma het een hun noen något " +
    // "also" after a competitive phrase ("están mirando también …") is no name
    "also too también tambien aussi auch anche também ook også även też"
  ).split(" "),
);

function isTerse(text: string): boolean {
  const words = text.match(/(?<![\p{L}])\p{L}{2,}/gu) ?? [];
  if (words.length < 6) return false;
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitals / words.length < 0.05;
}

function lowerCaseNames(text: string, excluded: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const m of allMatches(text, TERSE_NAME_RE)) {
    const name = m.groups!.name!.replace(/[.-]+$/, "");
    if (COMMON.has(name) || STOP.has(name) || excluded.has(name) || out.includes(name)) continue;
    out.push(name);
  }
  return out;
}
