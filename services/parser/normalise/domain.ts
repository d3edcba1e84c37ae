// Domain helpers: the prospect's registrable domain is the dedupe key, so every path that
// yields a domain (website field, e-mail address, URL in prose) goes through here.
import { createRequire } from "node:module";
import { domainToASCII, domainToUnicode } from "node:url";
import { parse } from "tldts";
import { allMatches } from "../text/regex.ts";
import { memoised } from "../text/memo.ts";
import { PLATFORM_FAMILIES, PLATFORM_HOSTS } from "../lang/platforms.ts";

export interface TextMatch {
  /** the text as it occurs in the input (trimmed of surrounding punctuation) */
  value: string;
  /** offset of `value` in the input */
  index: number;
}

/** URL / host / e-mail input -> registrable domain (lower case, Unicode IDN), or null. */
// every picker asks again for the same few addresses and hosts of a mail, and IDN conversion and
// the suffix lookup are the cost: answers are kept (memoised)
export const registrableDomain: (input: string) => string | null = memoised(readRegistrableDomain);

function readRegistrableDomain(input: string): string | null {
  const host = hostOf(input);
  if (!host) return null;
  const ascii = domainToASCII(host);
  if (!ascii) return null;
  // the list's private section too: suffixes under which unrelated owners register their own
  // names ("zdrowieplus.wroc.pl", "acme.uk.com", "acme.github.io"), so the suffix owner is never
  // taken for the prospect
  const parsed = parse(ascii, { allowPrivateDomains: true });
  // both flags are false for unknown suffixes ("foo.zzzz", "invoice.pdf") and for localhost.
  if (parsed.isIp || (parsed.isIcann !== true && parsed.isPrivate !== true) || !parsed.domain) return null;
  return domainToUnicode(parsed.domain) || null;
}

/**
 * Defanged and spelled-out hosts as partners write them when filters break links:
 * "acme[.]com", "acme(.)co(.)uk", "acme[dot]com", "acme dot com", "acme punkt de".
 * A spelled-out " dot " only counts when a public suffix follows, so prose stays prose.
 */
export function refang(text: string): string {
  // most mail has neither form: a cheap look for their brackets and words saves both scans
  const bracketed = /[[({](?:\.|dot|punkt)/iu.test(text);
  if (!bracketed && !SPELLED_DOT_RE.test(text)) return text;
  let out = text.replace(
    /(?<=[\p{L}\p{N}-])\s?(?:\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\[punkt\])\s?(?=[\p{L}\p{N}])/giu,
    ".",
  );
  out = out.replace(
    /(?<![\p{L}\p{N}@.-])([\p{Ll}\p{N}][\p{Ll}\p{N}-]*(?:\.[\p{Ll}\p{N}-]+)*)((?:\s+(?:dot|punkt)\s+[a-z]{2,6})+)(?![\p{L}\p{N}])/gu,
    (m, name: string, tail: string) => {
      const host = `${name}${tail.replace(/\s+(?:dot|punkt)\s+/gi, ".")}`;
      const p = parse(host);
      return p.isIcann === true && p.domain && p.domainWithoutSuffix && !/^(?:dot|punkt)$/.test(name) ? host : m;
    },
  );
  return out;
}

/** what every spelled-out host has ("acme dot com"): the second pattern below needs it */
const SPELLED_DOT_RE = /\s(?:dot|punkt)\s/;

function hostOf(input: string): string | null {
  let s = input.trim().toLowerCase();
  s = s.replace(/^[<("'[]+/, "").replace(/[>)"'\].,;:!?]+$/, "");
  s = s.replace(/^mailto:/, "");
  s = s.replace(/^[a-z][a-z0-9+.-]*:\/\//, "").replace(/^\/\//, "");
  s = s.split(/[/?#]/, 1)[0] ?? "";
  if (s.includes("@")) s = s.slice(s.lastIndexOf("@") + 1);
  if (s.startsWith("[")) return null; // IPv6 literal
  s = s.replace(/:\d*$/, "").replace(/\.+$/, "");
  if (!s || /[\s,;:]/.test(s) || !s.includes(".")) return null;
  return s;
}

/** "Raj.Patel@FoxgloveAnalytics.com" -> "foxgloveanalytics.com"; null if not an address. */
export function domainOfEmail(email: string): string | null {
  const s = email
    .trim()
    .replace(/^mailto:/i, "")
    .replace(/^<|>$/g, "");
  const at = s.lastIndexOf("@");
  if (at <= 0 || at === s.length - 1) return null;
  return registrableDomain(s.slice(at + 1));
}

// The `free-email-domains` package cannot be used: its postinstall script downloads the list
// from the internet, which our installs forbid. `email-providers/all.json` ships the list.
const require = createRequire(import.meta.url);
const PROVIDERS: readonly string[] = require("email-providers/all.json");

/** Free-mail domains the package lacks (checked against email-providers 2.x). */
const FREE_MAIL_SUPPLEMENT = ["gmx.ch", "gmail.de", "yandex.ua", "yandex.kz", "yandex.by", "posteo.de"];

const FREE_MAIL = new Set([...PROVIDERS, ...FREE_MAIL_SUPPLEMENT].map((d) => d.toLowerCase()));
/** Families where every country variant is free mail (hotmail.fr, yahoo.co.jp, yandex.com.tr). */
const FREE_MAIL_FAMILIES = new Set(["hotmail", "live", "yahoo", "yandex", "outlook", "gmx"]);

/**
 * `domain` is one of `hosts`, or a family's own registrable domain in any country's form
 * (yahoo.com.ar, booking.co.uk): only the bare family domain, not a company's subdomain of it nor
 * a name that holds the family's word (bookingcorner.com).
 */
function ofFamily(domain: string, hosts: ReadonlySet<string>, families: ReadonlySet<string>): boolean {
  const d = domain.trim().toLowerCase().replace(/^@/, "").replace(/\.$/, "");
  if (!d) return false;
  if (hosts.has(d)) return true;
  const parsed = parse(d);
  return parsed.isIcann === true && parsed.domain === d && families.has(parsed.domainWithoutSuffix ?? "");
}

/** True for consumer mailbox providers, whose domain says nothing about the prospect's company. */
export function isFreeMailDomain(domain: string): boolean {
  return ofFamily(domain, FREE_MAIL, FREE_MAIL_FAMILIES);
}

const PLATFORM_FAMILY = new Set(Object.values(PLATFORM_FAMILIES).flat());
const PLATFORM_HOST = new Set(PLATFORM_HOSTS);

/**
 * A listing, marketplace, social or directory platform's own domain (lang/platforms.ts): where a
 * business is found ("booking.com", "facebook.com/…", "shopee.vn"), never its own website.
 */
export function isPlatformDomain(domain: string): boolean {
  return ofFamily(domain, PLATFORM_HOST, PLATFORM_FAMILY);
}

const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?`;
const TAIL = String.raw`[^\s<>"'()[\]{}|]*`;
const URL_RE = new RegExp(
  String.raw`\bhttps?://${TAIL}|\bwww\.${TAIL}|(?<![\p{L}\p{N}@._/-])${LABEL}(?:\.${LABEL})+(?:/${TAIL})?`,
  "giu",
);
/** Suffixes that are real TLDs but in running text are far more often file extensions. */
const FILE_LIKE_SUFFIXES = new Set(["zip", "mov", "md", "py", "sh", "rar", "exe", "doc", "pdf"]);

/** http(s) URLs, `www.` hosts and bare domains ("pinecrestvets.com") in order of appearance. */
export function findUrls(text: string): TextMatch[] {
  const out: TextMatch[] = [];
  for (const m of allMatches(text, URL_RE)) {
    const value = m[0].replace(/[.,;:!?'"’”>)\]]+$/u, "");
    const index = m.index;
    const end = index + value.length;
    if (text[end] === "@" || text[index - 1] === "@") continue; // part of an e-mail address
    const explicit = /^(?:https?:\/\/|www\.)/i.test(value);
    const domain = registrableDomain(value);
    if (!domain) continue;
    if (!explicit) {
      const suffix = parse(domainToASCII(hostOf(value) ?? "")).publicSuffix ?? "";
      if (FILE_LIKE_SUFFIXES.has(suffix)) continue;
      if (abbreviationShaped(value, domain)) continue;
    }
    out.push({ value, index });
  }
  return out;
}

/** a word written capitalised ("Farm", "Ltd"): a suffix written so is the word of an abbreviation */
const TITLE_CASE_RE = /^\p{Lu}\p{Ll}/u;

/**
 * A bare host that is an abbreviation written with dots: a degree or a legal form after a name
 * ("X.Abcd", "Co.Ltd", with the last part capitalised as a word), or initials before a short
 * ending ("m.st.", "AB.C.XYZ": no label before the registrable one longer than two letters and
 * the registrable one a single letter). Websites write the suffix in lower or upper case.
 */
function abbreviationShaped(value: string, domain: string): boolean {
  const labels = (value.split("/", 1)[0] ?? "").split(".");
  if (TITLE_CASE_RE.test(labels[labels.length - 1] ?? "")) return true;
  const own = domain.split(".")[0] ?? "";
  const at = labels.findIndex((l) => l.toLowerCase() === own);
  return own.length === 1 && at >= 0 && labels.slice(0, at).every((l) => l.length <= 2);
}

const EMAIL_RE = /(?<![\p{L}\p{N}._%+'-])[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/** E-mail addresses (lower-cased) with their offsets; `mailto:`, `<…>` and trailing dots are fine. */
export function findEmails(text: string): TextMatch[] {
  const out: TextMatch[] = [];
  for (const m of allMatches(text, EMAIL_RE)) {
    let value = m[0];
    let index = m.index;
    // a local part cannot start or end with a dot ("…see.bob@x.com" is prose glued to it)
    while (value.startsWith(".")) {
      value = value.slice(1);
      index += 1;
    }
    const at = value.indexOf("@");
    if (value[at - 1] === "." || at <= 0) continue;
    out.push({ value: value.toLowerCase(), index });
  }
  return out;
}
