// The vendor as partners write it: its name(s), products and domains. Configured (VENDOR_NAME,
// VENDOR_PRODUCTS, VENDOR_DOMAINS) and read from the mail itself (the inbox's domain and display
// name), so no vendor is written into the parser's tables. Pure.
import type { MailAddress } from "./types.ts";
import { registrableDomain } from "./normalise/domain.ts";
import { memoised } from "./text/memo.ts";

export interface VendorTerms {
  /** names and products, longest first: never a prospect, person, place or competitor */
  words: string[];
  products: string[];
  /** matches any of `words` outside addresses and web names */
  pattern: RegExp | null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** RFC 2606 names (the demo default "vendor.example"): they name no vendor a partner would write. */
const RESERVED_RE = /(?:^|\.)(?:example|test|invalid|localhost|example\.(?:com|org|net))$/i;

/** Team words that follow a vendor's name in an inbox's display name ("Acme Partner Team"). */
const TEAM_WORDS_RE =
  /(?:\s+(?:partners?|partner-?team|team|program(?:me)?|desk|channel|alliances?|sales|vertrieb|deal registrations?|registrations?|inbox))+$/i;

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
  for (const d of input.domains) if (!RESERVED_RE.test(d)) add((registrableDomain(d) ?? d).split(".")[0]);
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

/** The first of the vendor's products the text names ("interested in Ledger Pro"), as configured. */
export function findProduct(text: string, terms: VendorTerms): string | null {
  let best: { at: number; product: string } | null = null;
  for (const p of terms.products) {
    const m = productPattern(p).exec(text);
    if (m && (!best || m.index < best.at)) best = { at: m.index, product: p };
  }
  return best?.product ?? null;
}

const productPattern = memoised(
  (product: string) => new RegExp(`(?<![\\p{L}\\p{N}@._/-])${escape(product)}(?![\\p{L}\\p{N}_@-])`, "iu"),
  256,
  Infinity,
);
