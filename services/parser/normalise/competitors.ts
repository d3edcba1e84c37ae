// Competitor names from a labelled value ("Competitors: Dext, Tipalti") or from prose
// ("already have demos with Tipalti and AvidXchange", "neben euch auch Candis und Moss").
//
// "&" is never a list separator: it is part of too many company names ("Summit & Pine").
import { CUES } from "../lang/cues.ts";
import { allMatches } from "../text/regex.ts";

const NONE =
  /^(?:[-–—/.]*|none(?: known| yet| so far)?|nobody|no(?: competitors?| one)?(?: known)?|nothing|n\/?a|unknown|not known|tbd|keine?(?: bekannt| bekannten| wettbewerber)?|nicht bekannt|unbekannt|noch offen|offen|k\.\s?a\.|aucun(?:e)?|personne|rien|ninguno|ninguna|nadie|nessuno|nessuna|nenhum(?:a)?|geen|niemand|brak|żaden|ingen|inga)(?:\s+(?:known|bekannt|connu|conocido|al momento|por ahora|pour l'instant|op dit moment|na razie|for now|so far|i dag|för närvarande))?$/iu;

/** Notes after a name that are not part of it: "Basware – incumbent", "Dext as incumbent". */
const TRAILING_NOTE =
  /\s*(?:[-–—:]\s*|\s(?:as|als)\s+)(?:incumbent|current(?:ly)?|bestand|bestandslösung|aktuell|derzeit|existing|legacy)\b.*$/iu;
const LEADING_NOTE =
  /^(?:(?:a|an|the|ein|eine|einem|einer|maybe|possibly|probably|likely|perhaps|vielleicht|evtl\.?|eventuell|wohl|also|auch|incumbent(?:\s+is)?:?|currently|talking to|speaking to|looking at|evaluating|uses|using|on)\s+)+/iu;

/** Split a labelled competitors value into names, as written. */
export function parseCompetitorList(value: string): string[] {
  const cleaned = value
    .replace(/\([^)]*\)|\[[^\]]*\]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (NONE.test(cleaned)) return [];
  const out: string[] = [];
  // "and"/"or" in the label tables' languages: y, e, et, en, og, och, i, oraz, ou, o
  for (const part of cleaned.split(
    /\s*[,;]\s*|\s+\/\s+|\s+(?:and|und|or|oder|sowie|plus|y|e|et|en|og|och|i|oraz|lub|ou|o|ed|of|eller)\s+|\s*\n\s*/iu,
  )) {
    // a comment after the name ("Volvo Connect, used today for part of the fleet") is not part of it
    const named = part.replace(
      /^((?:\p{Lu}|\p{N})[^\s]*(?:\s+(?:\p{Lu}|\p{N}|&)[^\s]*)*)\s+\p{Ll}[\p{Ll}'’-]*\s+\p{Ll}.*$/u,
      "$1",
    );
    const name = named
      .replace(LEADING_NOTE, "")
      .replace(TRAILING_NOTE, "")
      .replace(/^[\s"'„“”‚‘’•*-]+|[\s"'„“”‚‘’.:!?]+$/gu, "");
    if (!name || NONE.test(name)) continue;
    if (!out.some((o) => o.toLowerCase() === name.toLowerCase())) out.push(name);
  }
  return out;
}

// A vendor-like token: capitalised ("Coupa", "Bill.com", "AvidXchange") or camel case ("sevDesk"),
// optionally "X & Y" or two capitalised words ("Oracle NetSuite").
const WORD = String.raw`(?:\p{Lu}[\p{L}\p{N}'’-]*(?:\.[\p{L}]{2,})?|\p{Ll}+\p{Lu}[\p{L}\p{N}]*)`;
// product names end in a lower-case edition word now and then ("DATEV Unternehmen online", "Sage cloud")
const EDITION = String.raw`(?:[ \t](?:online|cloud|one|pro|plus|go|business|premium|enterprise|365))?`;
const NAME = String.raw`${WORD}(?:[ \t](?:&[ \t])?${WORD})?${EDITION}`;
// "Dext and a Sage add-on": an article may open the next name
const LIST = String.raw`(?<list>${NAME}(?:[ \t]*(?:,|\band\b|\bund\b|\bor\b|\boder\b|\bsowie\b)[ \t]*(?:(?:a|an|the|ein|eine|einem|einer)[ \t]+)?${NAME})*)`;

// phrasing before a competitor's name, in every language of services/parser/lang (`cues.competitorBefore`)
const TRIGGERS = CUES.competitorBefore.map((t) => t.replaceAll("{word}", WORD).replaceAll("{name}", NAME));
const TRIGGER_RE = new RegExp(String.raw`(?<![\p{L}])(?:${TRIGGERS.join("|")})`, "giu");
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

function vendorNames(list: string, exclude: readonly string[]): string[] {
  const excluded = new Set(exclude.map((e) => e.toLowerCase()));
  return parseCompetitorList(list).filter((n) => {
    const lower = n.toLowerCase();
    const first = lower.split(/\s/)[0] ?? lower;
    return (
      !STOP.has(lower) &&
      !STOP.has(first) &&
      !excluded.has(lower) &&
      ![...excluded].some((e) => lower.startsWith(`${e} `))
    );
  });
}

// The name before the competitive phrase: "Tipalti quoted them", "Basware is the other vendor on her
// shortlist", "Candis hat schon ein Angebot abgegeben".
const NAME_FIRST_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<name>${NAME})\s+(?:` +
    [
      String.raw`(?:has\s+|have\s+|had\s+|already\s+|also\s+)*(?:quoted|pitched|demoed|demo'd|sent\s+(?:them|her|him|over)\s+(?:a\s+)?(?:quote|proposal|offer))`,
      String.raw`(?:is|are)\s+(?:also\s+)?(?:the\s+|an?\s+)?(?:other|another|competing|alternative|rival)?\s*(?:vendors?|options?|solutions?|providers?|tools?|candidates?)?\s*on\s+(?:the|her|his|their|its)\s+short-?list`,
      String.raw`(?:is|are)\s+(?:also\s+)?(?:the\s+|an?\s+)?(?:other|competing|rival)\s+(?:vendors?|options?|bidders?|candidates?)`,
      String.raw`(?:hat|haben)\s+(?:bereits\s+|schon\s+|auch\s+)*(?:ein\s+)?[Aa]ngebot\s+(?:abgegeben|geschickt|gemacht|vorgelegt|eingereicht)`,
      String.raw`(?:ist|sind)\s+(?:auch\s+)?(?:noch\s+)?im\s+rennen`,
    ].join("|") +
    ")",
  "gu",
);
/** Capitalised sentence openers that may precede a vendor name ("Apparently Tipalti quoted them"). */
const OPENERS = new Set(
  "apparently also meanwhile currently yesterday today and but so plus sadly unfortunately auch aber gestern heute leider zudem".split(
    " ",
  ),
);

// "the incumbent (Excel)", "incumbent: SAP": named as the incumbent, even a generic tool competes
const INCUMBENT_RE = new RegExp(String.raw`(?<![\p{L}])incumbent\s*(?:\(\s*|:\s*|is\s+)(?<name>${NAME})`, "gu");
const NOT_A_NAME = new Set("the a an our their your its it they this that".split(" "));

/**
 * Vendor-like names after competitive phrasing in prose, as written, de-duplicated.
 * `exclude` holds names never to return (the vendor's own name, the partner's name).
 */
export function findCompetitorsInProse(text: string, exclude: readonly string[] = []): string[] {
  const out: string[] = [];
  for (const m of allMatches(text, TRIGGER_RE)) {
    LIST_RE.lastIndex = m.index + m[0].length;
    const list = LIST_RE.exec(text)?.groups?.list ?? "";
    for (const name of vendorNames(list, exclude)) {
      if (!out.some((o) => o.toLowerCase() === name.toLowerCase())) out.push(name);
    }
  }
  for (const m of allMatches(text, NAME_FIRST_RE)) {
    const words = (m.groups?.name ?? "").split(/[ \t]+/);
    if (words.length > 1 && OPENERS.has(words[0]!.toLowerCase())) words.shift();
    for (const name of vendorNames(words.join(" "), exclude)) {
      if (!out.some((o) => o.toLowerCase() === name.toLowerCase())) out.push(name);
    }
  }
  const excluded = new Set(exclude.map((e) => e.toLowerCase()));
  for (const m of allMatches(text, INCUMBENT_RE)) {
    const name = m.groups?.name?.trim() ?? "";
    const lower = name.toLowerCase();
    if (!name || NOT_A_NAME.has(lower.split(/\s/)[0]!) || excluded.has(lower)) continue;
    if (!out.some((o) => o.toLowerCase() === lower)) out.push(name);
  }
  return out;
}
