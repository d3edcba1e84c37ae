// Reads the fields a partner supplies in an answer ("Website: acme.de", "the website is
// acme.de", "Contact: Jane Doe, jane@acme.de") with the parser's own pieces. Pure. Labelled
// lines may set or correct any field; prose only fills fields that are still missing, and only
// when it is unambiguous, because a wrong domain decides dedupe.
import type { Money, Motion, Stage } from "../../parser/schema.ts";
import { findLabelled, firstByField, type LabelField, type LabelledValue } from "../../parser/extract/labels.ts";
import { looksLikeRole } from "../../parser/extract/people.ts";
import {
  domainOfEmail,
  findEmails,
  findUrls,
  isFreeMailDomain,
  registrableDomain,
} from "../../parser/normalise/domain.ts";
import { parseMoney } from "../../parser/normalise/amount.ts";
import { detectStage } from "../../parser/normalise/stage.ts";
import { detectMotion } from "../../parser/normalise/motion.ts";
import { parseCompetitorList } from "../../parser/normalise/competitors.ts";
import { cleanPersonName, looksLikePersonName } from "../../parser/normalise/person.ts";

export type FieldValue = string | Stage | Motion | Money | string[];

export interface FieldChange {
  /** registration path, e.g. "company.domain" */
  path: string;
  value: FieldValue;
  /** the text the value was read from, as it occurs in the input */
  snippet: string;
  /** offset of the snippet in the input */
  index: number;
}

export interface ReadOptions {
  /** required fields still missing: prose may fill these */
  missing: readonly string[];
  /** domains that are never the prospect's (the partner's, the vendor's) */
  excludedDomains: readonly string[];
}

export function readReplyFields(text: string, opts: ReadOptions): FieldChange[] {
  const excluded = new Set(opts.excludedDomains.map((d) => d.toLowerCase()));
  const foreign = (d: string | null): d is string => !!d && !excluded.has(d);
  const out = new Map<string, FieldChange>();
  const put = (c: FieldChange) => {
    if (!out.has(c.path)) out.set(c.path, c);
  };
  const labelled = firstByField(findLabelled(text));
  const lv = (f: LabelField): (LabelledValue & { value: string }) | undefined => {
    const v = labelled.get(f);
    return v?.value ? { ...v, value: v.value } : undefined;
  };

  const website = lv("website");
  if (website) {
    const d = registrableDomain(website.value);
    if (foreign(d) && !isFreeMailDomain(d))
      put({ path: "company.domain", value: d, snippet: website.value, index: website.index });
  }
  const company = lv("company");
  if (company) put({ path: "company.name", value: company.value, snippet: company.value, index: company.index });

  const contact = lv("contactName");
  if (contact) {
    const parts = contact.value.split(/\s*[,;|]\s*|\s+[–-]\s+/);
    const name = parts.find((p) => p && !p.includes("@") && !looksLikeRole(p));
    const clean = name ? cleanPersonName(name) : null;
    if (clean) put({ path: "contact.name", value: clean, snippet: contact.value, index: contact.index });
    const role = parts.find((p) => p && !p.includes("@") && looksLikeRole(p));
    if (role) put({ path: "contact.role", value: role.trim(), snippet: contact.value, index: contact.index });
    const email = findEmails(contact.value)[0];
    if (email && foreign(domainOfEmail(email.value)))
      put({ path: "contact.email", value: email.value, snippet: email.value, index: contact.index + email.index });
  }
  const emailL = lv("email");
  if (emailL) {
    const email = findEmails(emailL.value)[0];
    if (email && foreign(domainOfEmail(email.value)))
      put({ path: "contact.email", value: email.value, snippet: emailL.value, index: emailL.index });
  }
  const simple: Array<[LabelField, string]> = [
    ["role", "contact.role"],
    ["phone", "contact.phone"],
    ["region", "geography"],
    ["product", "productInterest"],
    ["need", "context.problem"],
  ];
  for (const [field, path] of simple) {
    const v = lv(field);
    if (v) put({ path, value: v.value, snippet: v.value, index: v.index });
  }
  const stage = lv("stage");
  const stageValue = stage ? detectStage(stage.value) : null;
  if (stage && stageValue) put({ path: "stage", value: stageValue, snippet: stage.value, index: stage.index });
  const motion = lv("motion");
  const motionValue = motion ? detectMotion(motion.value) : null;
  if (motion && motionValue) put({ path: "motion", value: motionValue, snippet: motion.value, index: motion.index });
  const value = lv("value");
  const money = value ? parseMoney(value.value) : null;
  if (value && money)
    put({
      path: "estimatedValue",
      value: { amount: money.amount, currency: money.currency },
      snippet: value.value,
      index: value.index,
    });
  const comp = lv("competitors");
  if (comp)
    put({ path: "competitors", value: parseCompetitorList(comp.value), snippet: comp.value, index: comp.index });

  for (const c of proseFields(text, opts.missing, foreign)) put(c);
  return [...out.values()];
}

const PROSE_DOMAIN_RE = /\b(?:website|web ?site|homepage|domain|url|webseite|internetseite|internetadresse)\b/i;
const PROSE_CONTACT_RE =
  /\b(?:contact(?: person)?|ansprechpartner(?:in)?|kontaktperson)\s+(?:is|would be|ist|wäre)\s+([^,;.\n(]+)/i;
const PROSE_COMPANY_RE =
  /\b(?:company|company name|firma|firmenname|unternehmen)\s+(?:is|is called|ist|heißt|lautet)\s+((?:\p{Lu}|\d)[^,;\n(]*?)(?:[,;(\n]|\.(?:\s|$)|$)/iu;

/** Only for missing fields, and only when the answer names exactly one candidate. */
function proseFields(
  text: string,
  missing: readonly string[],
  foreign: (d: string | null) => d is string,
): FieldChange[] {
  const out: FieldChange[] = [];
  const emails = findEmails(text).filter((e) => foreign(domainOfEmail(e.value)));
  if (missing.includes("company.domain")) {
    const urls = findUrls(text)
      .map((u) => ({ ...u, d: registrableDomain(u.value) }))
      .filter((u): u is typeof u & { d: string } => foreign(u.d) && !isFreeMailDomain(u.d));
    const distinct = [...new Set(urls.map((u) => u.d))];
    // "the website is acme.de": one domain, or several of which one is named as the website
    const named = urls.filter((u) => PROSE_DOMAIN_RE.test(text.slice(Math.max(0, u.index - 40), u.index)));
    const pick = distinct.length === 1 ? urls[0] : new Set(named.map((u) => u.d)).size === 1 ? named[0] : undefined;
    if (pick) out.push({ path: "company.domain", value: pick.d, snippet: pick.value, index: pick.index });
  }
  if (missing.includes("contact.email") && new Set(emails.map((e) => e.value)).size === 1) {
    out.push({ path: "contact.email", value: emails[0]!.value, snippet: emails[0]!.value, index: emails[0]!.index });
  }
  if (missing.includes("contact.name")) {
    const m = PROSE_CONTACT_RE.exec(text);
    const name = m?.[1] ? cleanPersonName(m[1]) : null;
    if (m && name && looksLikePersonName(name))
      out.push({ path: "contact.name", value: name, snippet: m[1]!.trim(), index: m.index + m[0].indexOf(m[1]!) });
  }
  if (missing.includes("company.name")) {
    const m = PROSE_COMPANY_RE.exec(text);
    const name = m?.[1]?.trim();
    if (m && name && name.length >= 2 && name.length <= 80)
      out.push({ path: "company.name", value: name, snippet: name, index: m.index + m[0].indexOf(name) });
  }
  return out;
}
