// Splits a decoded mail into the parts the rule extractor reads: the partner's own text and
// signature, forwarded messages with their senders and signatures, and the sets of domains,
// addresses and names that belong to the partner or the vendor (never the prospect's). Pure.
import type { MailAddress } from "../types.ts";
import { domainOfEmail, findUrls, isFreeMailDomain, registrableDomain, refang } from "../normalise/domain.ts";
import { addressesInList, quotedRepliesAsForwards, splitForwards, stripQuotes } from "../text/forwards.ts";
import { splitSignature } from "../text/signature.ts";
import { pastedRowsAsLabels, pipeFormAsLabels } from "../text/tables.ts";
import { vendorTerms, type VendorTerms } from "../vendor.ts";
import { CORE_LABELS, findLabelled } from "./labels.ts";
import { fold } from "./text-utils.ts";

export interface Forward {
  from: MailAddress | null;
  toText: string;
  ccText: string;
  subject: string;
  body: string;
  signature: string;
}

export interface MailContext {
  subject: string;
  from: MailAddress | null;
  cc: MailAddress[];
  own: string;
  ownSignature: string;
  forwards: Forward[];
  /** the text quoted below the partner's own ("> …" lines, unquoted): often the prospect's own words */
  quoted: string;
  /** the whole text, quote marks taken off: a signature below a quoted reply, which no split keeps, is in it */
  whole: string;
  partnerDomain: string | null;
  /** the partner's own domains: sender domain, signature websites, colleagues' domains */
  partnerDomains: Set<string>;
  vendorDomains: Set<string>;
  /** the vendor's names and products, configured and read from the inbox address */
  vendor: VendorTerms;
  /** addresses that are never the prospect contact */
  excludedEmails: Set<string>;
  /** names that are never the prospect contact */
  excludedNames: string[];
}

/** Local parts of shared inboxes a partner writes to: their domain is the vendor's. */
const INBOX_LOCAL_RE =
  /^(?:partners?|partner[-_.]?(?:desk|team|program(?:me)?|portal)|channel|alliances?|deals?|dealreg|deal[-_.]?registrations?|registrations?|leads?|referrals?|sales|vertrieb|partnervertrieb)$/i;

export interface ContextInput {
  subject: string;
  from: MailAddress | null;
  to: MailAddress[];
  cc: MailAddress[];
  text: string;
  vendorDomains: string[];
  vendorNames?: readonly string[];
  vendorProducts?: readonly string[];
}

export function buildContext(msg: ContextInput): MailContext {
  const vendorDomains = new Set(msg.vendorDomains.map((d) => registrableDomain(d) ?? d.toLowerCase()));
  const inbox: MailAddress[] = [];
  for (const a of [...msg.to, ...msg.cc]) {
    const local = a.address.split("@")[0] ?? "";
    const d = domainOfEmail(a.address);
    if (d && INBOX_LOCAL_RE.test(local) && !isFreeMailDomain(d)) {
      vendorDomains.add(d);
      inbox.push(a);
    }
  }
  const vendor = vendorTerms({ names: msg.vendorNames, products: msg.vendorProducts, domains: vendorDomains, inbox });
  // a pasted tracker row reads like a labelled form (its further rows are not this registration)
  const prepared = pastedRowsAsLabels(pipeFormAsLabels(normaliseSpacing(msg.text))).text;
  const withQuoted = quotedRepliesAsForwards(prepared, (author, above) =>
    isThirdPartyAuthor(author, msg.from, vendorDomains, above),
  );
  const split = splitForwards(stripQuotes(withQuoted));
  // A vendor employee who forwards a partner's mail to the inbox is not the partner: the
  // forwarded sender is, and their text is the partner's own text.
  let sender = msg.from;
  const relayed: MailAddress[] = [];
  const senderDomain0 = domainOfEmail(sender?.address ?? "");
  const firstFwd = split.forwards[0];
  const firstFwdDomain = firstFwd?.from ? domainOfEmail(firstFwd.from.address) : null;
  if (
    senderDomain0 &&
    vendorDomains.has(senderDomain0) &&
    firstFwd?.from &&
    firstFwdDomain &&
    !vendorDomains.has(firstFwdDomain)
  ) {
    if (sender) relayed.push(sender);
    sender = firstFwd.from;
    split.own = firstFwd.body;
    split.forwards = split.forwards.slice(1);
  }
  const fromAddr = sender?.address ?? "";
  const fromDomain = domainOfEmail(fromAddr);
  const partnerDomain =
    fromDomain && !isFreeMailDomain(fromDomain) && !vendorDomains.has(fromDomain) ? fromDomain : null;
  const ownSplit = withFormBelowSignOff(withPostscript(splitSignature(split.own, sender?.name)));
  const forwards: Forward[] = split.forwards.map((f) => {
    const s = splitSignature(f.body, f.from?.name);
    return { from: f.from, toText: f.to, ccText: f.cc, subject: f.subject, body: s.body, signature: s.signature };
  });

  const partnerDomains = new Set<string>();
  if (partnerDomain) partnerDomains.add(partnerDomain);
  for (const u of findUrls(ownSplit.signature)) {
    const d = registrableDomain(u.value);
    if (d && !vendorDomains.has(d)) partnerDomains.add(d);
  }
  const excludedEmails = new Set<string>([fromAddr, ...relayed.map((r) => r.address)].filter(Boolean));
  const excludedNames: string[] = relayed.map((r) => r.name).filter((n): n is string => !!n);
  if (sender?.name) excludedNames.push(sender.name);
  for (const a of [...msg.to, ...msg.cc]) {
    const d = domainOfEmail(a.address);
    if (d && (vendorDomains.has(d) || partnerDomains.has(d))) {
      excludedEmails.add(a.address);
      if (a.name) excludedNames.push(a.name);
    }
  }
  // the forwarded mails were addressed to the partner: those recipients are the partner's side
  const isPartnerSide = (f: Forward) => {
    const senderDomain = f.from ? domainOfEmail(f.from.address) : null;
    return (
      !f.from ||
      f.from.address === fromAddr ||
      (!!senderDomain && (partnerDomains.has(senderDomain) || vendorDomains.has(senderDomain)))
    );
  };
  forwards.forEach((f, k) => {
    if (isPartnerSide(f)) return;
    for (const a of addressesInList(f.toText)) {
      const passer = passedOn(forwards, k, a.address, isPartnerSide);
      if (passer) {
        const deeper = f.from!;
        const deeperOnly = namedIn(split.own, deeper.name) && !namedIn(split.own, passer.name);
        if (domainOfEmail(deeper.address) !== domainOfEmail(passer.address)) {
          // a deeper mail of another firm's (a supplier's, a co-owner's) to the one who passed the
          // chain on to the partner: its recipient is that sender, no one of the partner's side;
          // when the partner's own words name the deeper writer and not that sender, who the
          // prospect is stays open: both are flagged rather than one guessed
          if (deeperOnly)
            for (const p of [passer, deeper]) {
              excludedEmails.add(p.address);
              if (p.name) excludedNames.push(p.name);
            }
          continue;
        }
        // a colleague's mail inside the prospect's firm, which the one who passed it on forwarded
        // to the partner: that sender is the prospect's, not of the partner's side, and stays the
        // contact unless the partner's own words name the deeper colleague and not them (set aside
        // below, as any recipient of a forwarded mail)
        if (!deeperOnly) continue;
      }
      excludedEmails.add(a.address);
      if (a.name) excludedNames.push(a.name);
    }
  });
  return {
    subject: msg.subject,
    from: sender,
    cc: msg.cc,
    own: ownSplit.body,
    ownSignature: ownSplit.signature,
    forwards,
    quoted: quotedLines(msg.text),
    whole: withoutQuoteMarks(msg.text),
    partnerDomain,
    partnerDomains,
    vendorDomains,
    vendor,
    excludedEmails,
    excludedNames,
  };
}

/**
 * Who passed the chain on to the partner, when a deeper mail `k` (another firm's or a colleague's)
 * was written to them at `address`: the sender of the first forwarded mail not of the partner's side (the mail the
 * partner forwarded), not on a free-mail domain.
 */
function passedOn(
  forwards: readonly Forward[],
  k: number,
  address: string,
  isPartnerSide: (f: Forward) => boolean,
): MailAddress | null {
  const first = forwards.findIndex((f) => !isPartnerSide(f));
  const passer = forwards[first]?.from;
  const deeper = forwards[k]?.from;
  if (first < 0 || first >= k || !passer || !deeper || passer.address !== address) return null;
  const domain = domainOfEmail(address);
  return domain && !isFreeMailDomain(domain) ? passer : null;
}

/** A word of the person's name (two letters or more) stands in the text as a word of its own. */
function namedIn(text: string, name: string | null): boolean {
  const words = new Set(fold(text).split(/[^\p{L}\p{N}]+/u));
  return (name ?? "")
    .split(/\s+/)
    .map((w) => fold(w.replace(/[^\p{L}\p{N}]+/gu, "")))
    .some((w) => w.length >= 2 && words.has(w));
}

/**
 * A mail quoted below the writer's reply is read like a forwarded one when its author is a third
 * party: not the writer, not on the writer's or the vendor's domains (the sender's, a website of
 * theirs written above the quote) and, on a free-mail address, named in the writer's text above it.
 * A quote of the vendor's mail (a reply in a case thread) or of the writer's own stays a quote.
 */
function isThirdPartyAuthor(
  author: MailAddress,
  sender: MailAddress | null,
  vendorDomains: Set<string>,
  above: string,
): boolean {
  const domain = domainOfEmail(author.address);
  const senderDomain = domainOfEmail(sender?.address ?? "");
  if (!domain || !sender || author.address === sender.address) return false;
  // a vendor's employee passing a mail on is read by the relay rules, not as a reply
  if (senderDomain && vendorDomains.has(senderDomain)) return false;
  if (vendorDomains.has(domain) || domain === senderDomain) return false;
  if (findUrls(above).some((u) => registrableDomain(u.value) === domain)) return false;
  if (!isFreeMailDomain(domain)) return true;
  const given = fold(author.name?.split(/\s+/)[0] ?? "");
  const words = new Set(fold(above).split(/[^\p{L}\p{N}]+/u));
  return above.toLowerCase().includes(author.address) || (given.length >= 2 && words.has(given));
}

/** A "P.S." below the signature is still the partner's own text ("P.S. Please don't call them yet"). */
function withPostscript(s: { body: string; signature: string }): { body: string; signature: string } {
  const m = /^[ \t]*P\.?[ \t]?(?:P\.?[ \t]?)?S\.?(?:[ \t]*:|[ \t])/im.exec(s.signature);
  if (!m) return s;
  return { body: `${s.body}\n\n${s.signature.slice(m.index).trim()}`, signature: s.signature.slice(0, m.index).trim() };
}

/** "key<TAB>value": a row of a two-column table rendered as text */
const TABLE_ROW_RE = /^[ \t]*[^\t\n]{1,40}\t+\S/;

/**
 * A filled form right below the sign-off ("BR, Heikki" above "Account<TAB>Acme Oy / Website<TAB>…"),
 * as a CRM's mail template places it: the partner's own text, not their signature. It is the run
 * of labelled lines the signature opens with, naming the prospect by company or contact and
 * holding two of company, website, contact and e-mail; a signature opens with the signer's name.
 * A table's row with a key the label tables do not know ("Units<TAB>120 flats") is part of the run.
 */
function withFormBelowSignOff(s: { body: string; signature: string }): { body: string; signature: string } {
  const lines = s.signature.split("\n");
  let end = 0;
  while (end < lines.length && (TABLE_ROW_RE.test(lines[end]!) || findLabelled(lines[end]!).some((l) => l.value)))
    end++;
  if (end < 3) return s;
  const form = lines.slice(0, end).join("\n");
  const fields = new Set(findLabelled(form).map((l) => l.field));
  const core = CORE_LABELS.filter((f) => fields.has(f)).length;
  if (core < 2 || !(fields.has("company") || fields.has("contactName"))) return s;
  return { body: `${s.body}\n\n${form}`, signature: lines.slice(end).join("\n").trim() };
}

/** Not the partner's, not the vendor's. */
export function isForeignDomain(ctx: MailContext, domain: string | null): domain is string {
  return !!domain && !ctx.partnerDomains.has(domain) && !ctx.vendorDomains.has(domain);
}

export function isProspectEmail(ctx: MailContext, email: string): boolean {
  if (ctx.excludedEmails.has(email)) return false;
  const d = domainOfEmail(email);
  if (!d) return false;
  if (ctx.vendorDomains.has(d)) return false;
  if (ctx.partnerDomains.has(d)) return false;
  return true;
}

/**
 * Non-breaking and other fixed-width spaces become plain spaces, full-width colons plain
 * colons, zero-width characters go: label/value forms written in Outlook or Asian input
 * methods then read like any other "Label: value" line.
 */
export function normaliseSpacing(text: string): string {
  return refang(text)
    .replace(/[\u00a0\u2007\u202f\u2000-\u200a]/g, " ")
    .replace(/\uff1a/g, ":")
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, "");
}

/** The text with the quote marks of its "> " lines taken off. */
function withoutQuoteMarks(text: string): string {
  return text.replace(/^[^\S\n]*>(?:[^\S\n]|>)*/gm, "");
}

const QUOTED_LINE_RE = /^\s*>/;
/** The "> " lines of a reply, their quote marks taken off, in order. */
function quotedLines(text: string): string {
  // most mails quote nothing: no line of theirs is split and tested
  if (!text.includes(">")) return "";
  return withoutQuoteMarks(
    text
      .split("\n")
      .filter((l) => QUOTED_LINE_RE.test(l))
      .join("\n"),
  );
}
