// The vendor as partners write it: its name(s), products and domains. Configured (VENDOR_NAME,
// VENDOR_PRODUCTS, VENDOR_DOMAINS) and read from the mail itself (the inbox's domain and display
// name), so no vendor is written into the parser's tables. Pure.
import { allMatches, eachMatch, escapeRegExp } from "./text/regex.ts";
import type { MailAddress } from "./types.ts";
import { registrableDomain } from "./normalise/domain.ts";
import { CUES } from "./lang/cues.ts";
import { memoised } from "./text/memo.ts";

export interface VendorTerms {
  /** names and products, longest first: never a prospect, person, place or competitor */
  words: string[];
  products: string[];
  /** matches any of `words` outside addresses and web names */
  pattern: RegExp | null;
}

/** RFC 2606 names (the demo default "vendor.example"): they name no vendor a partner would write. */
const RESERVED_RE = /(?:^|\.)(?:example|test|invalid|localhost|example\.(?:com|org|net))$/i;

/** Team words that follow a vendor's name in an inbox's display name ("Acme Partner Team"). */
const TEAM_WORDS_RE =
  /(?:\s+(?:partners?|partner-?team|team|program(?:me)?|desk|channel|alliances?|sales|vertrieb|deal registrations?|registrations?|inbox))+$/i;

/** Words a company's domain name adds to its name ("acmelabs.com" for Acme, "getacme.io" is not read). */
const DOMAIN_ADDED_RE =
  /^(?<name>[a-z]{5,})(?:labs?|hq|apps?|software|soft|tech|technologies|group|systems|cloud|inc|corp|global|online|digital|ai|io|data)$/;

/** "Acme Partner Team" -> "Acme"; "Partner Team" -> null. */
export function stripTeamWords(display: string): string | null {
  return ` ${display.replace(/["“”]/g, "").trim()}`.replace(TEAM_WORDS_RE, "").trim() || null;
}

export interface VendorInput {
  names?: readonly string[];
  products?: readonly string[];
  /** the vendor's registrable domains: "acme.io" names the vendor "acme" */
  domains: Iterable<string>;
  /** recipients at the vendor's domains (the inbox): their display names name the vendor */
  inbox: readonly MailAddress[];
}

export function vendorTerms(input: VendorInput): VendorTerms {
  const words = new Map<string, string>(); // lower case -> as first written
  const add = (w: string | null | undefined) => {
    const v = w?.replace(/\s+/g, " ").trim();
    if (v && v.length >= 3 && !words.has(v.toLowerCase())) words.set(v.toLowerCase(), v);
  };
  for (const n of input.names ?? []) add(n);
  for (const d of input.domains) {
    if (RESERVED_RE.test(d)) continue;
    const label = (registrableDomain(d) ?? d).split(".")[0];
    add(label);
    add(label ? DOMAIN_ADDED_RE.exec(label)?.groups?.name : null);
  }
  for (const a of input.inbox) if (a.name) add(stripTeamWords(a.name));
  const products = [...new Set((input.products ?? []).map((p) => p.trim()).filter((p) => p.length >= 2))];
  for (const p of products) add(p);
  const sorted = [...words.values()].sort((a, b) => b.length - a.length);
  return { words: sorted, products, pattern: sorted.length ? vendorPattern(sorted.join("\n")) : null };
}

/** The same vendor names come with every mail: their pattern is compiled once per set of names
 * (keyed by the names, longest first, one a line). */
const vendorPattern = memoised(
  (names: string) =>
    new RegExp(
      `(?<![\\p{L}\\p{N}@._/-])(?:${names.split("\n").map(escape).join("|")})(?![\\p{L}\\p{N}_@-]|\\.[\\p{L}\\p{N}])`,
      "giu",
    ),
  256,
  Infinity,
);

/**
 * The vendor's names replaced by "the vendor" for cue tables and for finding people, places,
 * companies and competitors ("happy for Acme to call her" reads like "happy for the vendor to
 * call her"). Addresses and web names are left alone ("anna@acme.io", "acme.io").
 */
export function maskVendor(text: string, terms: VendorTerms): string {
  return terms.pattern ? text.replace(terms.pattern, "the vendor") : text;
}

/**
 * The vendor's product the text names, as written: a configured product first ("interested in
 * Ledger Pro"), else the vendor's name followed by capitalised product words ("a trial of Acme
 * Field", "Acme Capture and Approve"), else a capitalised word before "module", "plan" or "tier"
 * ("the Capture module"). A mention after an interest cue ("interested in", "trial of",
 * `cues.productBefore`) beats an earlier one without it.
 */
export function findProduct(text: string, terms: VendorTerms): string | null {
  let best: { at: number; product: string } | null = null;
  for (const p of terms.products) {
    const m = productPattern(p).exec(text);
    if (m && (!best || m.index < best.at)) best = { at: m.index, product: p };
  }
  if (best) return best.product;
  return productAfterName(text, terms) ?? productBeforeKind(text) ?? productInLowerCase(text);
}

// words after the vendor's name that name a team, a programme or a page, not a product
const NOT_PRODUCT = new Set(
  (
    "partner partners partnership partnerships desk team teams alliance alliances deals deal sales support program programme portal " +
    "channel inbox folks folk people registration registrations academy account accounts community marketplace website " +
    "site pricing rep reps contact contacts colleagues office hq headquarters inc ltd llc gmbh ag bv sa ab as oy " +
    "side platform solution software suite tool tools webinar event summit conference certification newsletter " +
    // pronouns and nouns that follow a name in German, where every noun is capitalised ("dass Acme Sie anruft")
    "sie ihnen ihr ihre er es wir uns euch kontakt interesse angebot termin demo vertrieb ansprechpartner vous nous " +
    // articles that open a sentence before a kind word ("Le module de …", "Das Paket …")
    "the le la les el los las il lo gli der die das den dem ein eine het de een " +
    // the team greeted in other languages: "Kedves Acme Csapat", "Merhaba Acme İş Ortakları Ekibi"
    // (Turkish "business partners team"), "Chère équipe", "Equipo", "Equipa", "Zespół", "Tým"
    "csapat csapata csapatnak ekip ekibi iş ortakları ortaklar équipe equipo equipa equipe zespół tým"
  ).split(" "),
);
// a word for the partners' side joined to another ("Partner-Team", "Partnerteam", Hungarian
// "Partnercsapat"): the team the mail greets, no product
const PARTNER_COMPOUND_RE = /^partner(?:-?\p{L}{3,})$/iu;
// Turkish lowers its dotted capital "İ" to "i" (the default lowering leaves a combining dot): both tried
const notProductWord = (w: string): boolean =>
  NOT_PRODUCT.has(w.toLowerCase()) || NOT_PRODUCT.has(w.toLocaleLowerCase("tr")) || PARTNER_COMPOUND_RE.test(w);
// "and"/"+" between product words in the label tables' languages ("Capture et Approve", "Capture i Pay")
const CONJ = "and|und|et|y|e|i|og|och|oraz|en";
const AND = String.raw`(?:,|&|\+|${CONJ})`;
const PRODUCT_WORD = String.raw`\p{Lu}[\p{L}\p{N}]+(?:-\p{L}[\p{L}\p{N}]*)*`;
const PRODUCT_LIST = new RegExp(
  String.raw`^[ \t]+(${PRODUCT_WORD}(?:[ \t]+${PRODUCT_WORD})?(?:[ \t]*${AND}[ \t]+${PRODUCT_WORD}(?:[ \t]+${PRODUCT_WORD})?)*)`,
  "u",
);
// the cue may stand one short word (an article) before the name: "interested in the Acme Field"
const PRODUCT_CUE_RE = new RegExp(String.raw`(?:${CUES.productBefore.join("|")})(?:\s+\p{L}{1,4})?\s*$`, "iu");
const TRAILING_AND = new RegExp(String.raw`(?:[ \t]+(?:${CONJ})|[ \t]*[,&+])$`, "u");
// a kind word as written, lower case or capitalised (the name after it must be capitalised, so no /i)
const kindWords = (words: readonly string[]): string =>
  words.map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${escapeRegExp(w.slice(1))}`).join("|");
// a product's part or plan named by its kind (`cues.productKind`): "the Capture module", "Business-Plan";
// after blanks the kind word is in lower case ("Das Modul" is an article and a noun), and a capitalised
// word after it makes it the kind before a name ("Chcą moduł Kompas")
const KIND_AFTER = CUES.productKind.after.join("|");
const KIND_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:the\s+)?(${PRODUCT_WORD})(?:[ \t]+(?:${KIND_AFTER})|-(?:${kindWords(CUES.productKind.after)}))(?![\p{L}\p{N}])(?![ \t]+[„"“«‘']?\p{Lu}[\p{L}\p{N}])`,
  "gu",
);
// or the kind first, as Romance and German write it ("el módulo Capture", "piano Clinic Pro", "Modul „Flow“"):
// one to three capitalised words, maybe in quotes
const KIND_BEFORE_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${kindWords(CUES.productKind.before)})[ \t]+[„"“«‘']?[ \t]?(${PRODUCT_WORD}(?:[ \t]+${PRODUCT_WORD}){0,2})(?![\p{L}\p{N}])`,
  "gu",
);

function productAfterName(text: string, terms: VendorTerms): string | null {
  if (!terms.pattern) return null;
  const products = new Set(terms.products.map((p) => p.toLowerCase()));
  // the vendor's name written out in full ("Plancha Labs" for planchalabs.com) is no product
  const fullNames = new Set(terms.words.map(squash));
  let best: { at: number; product: string; score: number } | null = null;
  for (const m of allMatches(text, terms.pattern)) {
    if (products.has(m[0].toLowerCase())) continue;
    const after = PRODUCT_LIST.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 80));
    if (!after) continue;
    const words = after[1]!.split(/[ \t]+/).filter(Boolean);
    // stop at the first word that names a team or page ("Acme Partner Team", "Acme Field Sales"),
    // also joined into one word ("Acme Partner-Team", "Acme Partnerteam")
    const cut = words.findIndex(notProductWord);
    const kept = (cut < 0 ? words : words.slice(0, cut)).join(" ").replace(TRAILING_AND, "");
    if (!kept || fullNames.has(squash(`${m[0]}${kept}`))) continue;
    const score = PRODUCT_CUE_RE.test(text.slice(Math.max(0, m.index - 60), m.index)) ? 2 : 1;
    if (!best || score > best.score) best = { at: m.index, product: `${m[0]} ${kept}`, score };
  }
  return best?.product ?? null;
}

const squash = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

// a part named in lower-case words before its kind, after a word of wanting it ("wants the rota module",
// "a trial of the stock count module"): the words with the kind word, as written; the words are checked
// for lower case after the match (the cue is read in any case)
const LOWER_KIND_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:${CUES.productBefore.join("|")})[ \t]+the[ \t]+((?:\p{L}[\p{L}-]*[ \t]+){1,3}(?:${KIND_AFTER}))(?![\p{L}\p{N}])`,
  "giu",
);
// words that say how much of the offer, not which part ("wants the whole package", "the same plan")
const NOT_A_PART = new Set("same whole full entire complete right other usual".split(" "));
function productInLowerCase(text: string): string | null {
  for (const m of eachMatch(text, LOWER_KIND_RE)) {
    const words = m[1]!;
    const first = words.split(/[ \t]+/)[0]!;
    if (words === words.toLowerCase() && !NOT_PRODUCT.has(first) && !NOT_A_PART.has(first)) return words;
  }
  return null;
}

/** The first product named by its kind, before or after it. */
function productBeforeKind(text: string): string | null {
  let best: { at: number; product: string } | null = null;
  for (const re of [KIND_RE, KIND_BEFORE_RE])
    for (const m of eachMatch(text, re))
      if (!NOT_PRODUCT.has(m[1]!.split(/[ \t]+/)[0]!.toLowerCase())) {
        if (!best || m.index < best.at) best = { at: m.index, product: m[1]! };
        break;
      }
  return best?.product ?? null;
}
const productPattern = memoised(
  (product: string) => new RegExp(`(?<![\\p{L}\\p{N}@._/-])${escapeRegExp(product)}(?![\\p{L}\\p{N}_@-])`, "iu"),
  256,
  Infinity,
);
