// Grounding: the model's answer is a claim about the mail, not data. Every identifying value
// (address, domain, name, company, phone, competitor, role, region, product) must be found in
// the mail itself, or it is dropped. So an injected "set company to Evil Corp" or a
// hallucinated address never reaches a case. Pure: no I/O.
import type { Partner, Provenance, ProvenanceMap, Registration } from "../schema.ts";
import { emptyRegistration } from "../schema.ts";
import type { Extraction, LlmInput } from "../types.ts";
import { domainOfEmail, findEmails, findUrls, isFreeMailDomain, registrableDomain } from "../normalise/domain.ts";
import type { Boundary, FoldedText } from "./text-index.ts";
import { findSpan, foldText, foldValue, sliceSpan } from "./text-index.ts";
import { eachMatch } from "../text/regex.ts";

/** Verbatim phrases the model quotes for the values that cannot be found as literals. */
export interface LlmEvidence {
  stage: string | null;
  motion: string | null;
  consent: string | null;
}

export interface LlmAnswer {
  registration: Registration;
  partner: Partner;
  /** absent or null quote: the stage / motion / consent claim is dropped */
  evidence?: LlmEvidence;
}

export interface GroundingResult {
  extraction: Extraction;
  /** field paths whose value the model gave but the mail does not support */
  dropped: string[];
}

/** Where a value may be found: the body (with spans) and the headers the model was shown. */
interface Sources {
  body: FoldedText;
  /** subject and From header: grounding counts, but a span into the body does not exist */
  headers: FoldedText;
  /** every host named in the body or headers (URLs, bare domains, e-mail domains) */
  hosts: Set<string>;
}

type Found = Provenance | null;

const REQUIRED = ["company.name", "company.domain", "contact.name", "contact.email"] as const;

export function groundAnswer(answer: LlmAnswer, input: LlmInput): GroundingResult {
  const src = buildSources(input);
  const dropped: string[] = [];
  const provenance: ProvenanceMap = {};
  const reg = emptyRegistration();
  const a = answer.registration;

  // keep(path, value, found): value survives only when the mail supports it
  const keep = <T>(path: string, value: T | null, found: (v: T) => Found): T | null => {
    if (value === null) return null;
    const p = found(value);
    if (!p) {
      dropped.push(path);
      return null;
    }
    provenance[path] = p;
    return value;
  };
  const literal = (boundary: Boundary) => (v: string) => findLiteral(src, v, boundary);
  // a value that is not even an address / a domain counts as dropped, not as "not stated"
  const normalised = (path: string, raw: string | null, norm: (v: string | null) => string | null) => {
    const v = norm(raw);
    if (v === null && clean(raw) !== null) dropped.push(path);
    return v;
  };

  reg.contact.email = keep("contact.email", normalised("contact.email", a.contact.email, normEmail), literal("email"));
  reg.company.domain = keep("company.domain", normalised("company.domain", a.company.domain, normDomain), (d) =>
    findDomain(src, d),
  );
  reg.company.name = keep("company.name", clean(a.company.name), literal("word"));
  reg.contact.name = keep("contact.name", clean(a.contact.name), literal("word"));
  reg.contact.role = keep("contact.role", clean(a.contact.role), literal("word"));
  const phone = keep("contact.phone", clean(a.contact.phone), (v) => findPhone(src, v));
  reg.contact.phone = phone === null ? null : (provenance["contact.phone"]?.snippet ?? phone);
  reg.geography = keep("geography", clean(a.geography), literal("word"));
  reg.productInterest = keep("productInterest", clean(a.productInterest), literal("word"));
  reg.context.problem = keep("context.problem", clean(a.context.problem), (v) => findParaphrase(src, v));
  reg.context.solutionFit = keep("context.solutionFit", clean(a.context.solutionFit), (v) => findParaphrase(src, v));
  reg.context.servicesNeeded = keep("context.servicesNeeded", clean(a.context.servicesNeeded), (v) =>
    findParaphrase(src, v),
  );
  reg.estimatedValue = keep("estimatedValue", a.estimatedValue, (m) => findAmount(src, m.amount));
  // enums and booleans were validated by zod; there is no literal to look for
  // an enum cannot be found in the text, so it needs a quoted phrase that can ("we booked a call")
  const quoted = (path: keyof LlmEvidence) => () => {
    const quote = clean(answer.evidence?.[path] ?? null);
    return quote ? findParaphrase(src, quote) : null;
  };
  reg.stage = keep("stage", a.stage, quoted("stage"));
  reg.motion = keep("motion", a.motion, quoted("motion"));
  reg.consent = keep("consent", a.consent, quoted("consent"));
  reg.competitors = groundCompetitors(a.competitors, src, provenance, dropped);

  const partner: Partner = {
    email: keep("partner.email", normalised("partner.email", answer.partner.email, normEmail), (v) =>
      findPartnerEmail(src, v, input),
    ),
    name: keep("partner.name", clean(answer.partner.name), literal("word")),
    organization: keep("partner.organization", clean(answer.partner.organization), (v) =>
      findOrganization(src, v, input),
    ),
  };

  dropSelfReferences(reg, partner, input, provenance, dropped);
  deriveDomainFromEmail(reg, provenance);

  const present = REQUIRED.filter((p) => provenance[p] !== undefined).length;
  return {
    extraction: { registration: reg, partner, provenance, confidence: llmConfidence(present, dropped.length) },
    dropped,
  };
}

/**
 * The model's confidence is not asked for (it would be one more unverifiable claim): it comes
 * from how much of the required data is grounded, less a penalty for every claim we had to drop.
 * Capped below 1: a grounded value can still be the wrong one of two companies in the text.
 */
export function llmConfidence(requiredPresent: number, droppedCount: number): number {
  const raw = 0.3 + 0.125 * requiredPresent - 0.1 * droppedCount;
  return Math.round(Math.min(0.8, Math.max(0.05, raw)) * 100) / 100;
}

function buildSources(input: LlmInput): Sources {
  const fromLine = input.from ? `${input.from.name ?? ""} <${input.from.address}>` : "";
  const headerText = `${input.subject}\n${fromLine}`;
  const hosts = new Set<string>();
  for (const t of [input.text, headerText]) {
    for (const u of findUrls(t)) addHost(hosts, u.value);
    for (const e of findEmails(t)) addHost(hosts, e.value.slice(e.value.lastIndexOf("@") + 1));
  }
  return { body: foldText(input.text), headers: foldText(headerText), hosts };
}

function addHost(hosts: Set<string>, value: string): void {
  const host = value
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, "")
    .split(/[/?#:]/, 1)[0]!
    .replace(/\.+$/, "");
  if (host) hosts.add(host);
}

function findLiteral(src: Sources, value: string, boundary: Boundary): Found {
  const span = findSpan(src.body, value, boundary);
  if (span) return { source: "llm", snippet: sliceSpan(src.body, span), span };
  const inHeader = findSpan(src.headers, value, boundary);
  return inHeader ? { source: "llm", snippet: sliceSpan(src.headers, inHeader), span: null } : null;
}

/** A domain counts when some host in the mail is it or one of its subdomains. */
function findDomain(src: Sources, domain: string): Found {
  const named = [...src.hosts].some((h) => h === domain || h.endsWith(`.${domain}`));
  if (!named) return null;
  return findLiteral(src, domain, "domain") ?? { source: "llm", snippet: null, span: null };
}

const PHONE_RE = /\+?\(?\d[\d\s()./-]{4,}\d/g;

/** Phones are compared by their digits, since "+49 (0)40 123" and "+49 40 123" are one number. */
function findPhone(src: Sources, value: string): Found {
  const want = digits(value);
  if (want.length < 6) return null;
  for (const m of eachMatch(src.body.original, PHONE_RE)) {
    const token = m[0].trim();
    if (digits(token) === want || digits(token.replace(/\(0\)/g, "")) === want) {
      const start = m.index + m[0].indexOf(token);
      return { source: "llm", snippet: token, span: [start, start + token.length] };
    }
  }
  return findLiteral(src, value, "word");
}

/**
 * Free-text context may be a paraphrase: most of its longer words must appear in the mail, so
 * a summary survives and invented text (or an injected instruction's payload) does not.
 */
function findParaphrase(src: Sources, value: string): Found {
  const exact = findLiteral(src, value, "word");
  if (exact) return exact;
  const words = foldValue(value).match(/[\p{L}\p{N}]{4,}/gu) ?? [];
  if (words.length === 0) return null;
  const hits = words.filter((w) => src.body.folded.includes(w)).length;
  return hits / words.length >= 0.6 ? { source: "llm", snippet: null, span: null } : null;
}

/** The amount's significant digits must be written ("48k", "48.000", "48,000" all show 48). */
function findAmount(src: Sources, amount: number): Found {
  if (!Number.isFinite(amount) || amount <= 0) return null;
  const sig = String(Math.round(amount)).replace(/0+$/, "") || "0";
  const joined = src.body.original.replace(/(\d)[.,'’\s](?=\d)/g, "$1");
  return joined.includes(sig) ? { source: "llm", snippet: null, span: null } : null;
}

function findPartnerEmail(src: Sources, email: string, input: LlmInput): Found {
  if (input.from?.address.toLowerCase() === email) return { source: "llm", snippet: null, span: null };
  return findLiteral(src, email, "email");
}

/** The partner's organisation may be written, or be the sender's domain spelled as words. */
function findOrganization(src: Sources, org: string, input: LlmInput): Found {
  const literal = findLiteral(src, org, "word");
  if (literal) return literal;
  const senderDomain = input.from ? domainOfEmail(input.from.address) : null;
  const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  const name = squash(org.replace(/\b(gmbh|ag|ltd|inc|llc|kg|se|bv|sa|plc|co)\b\.?/gi, ""));
  if (senderDomain && !isFreeMailDomain(senderDomain) && name.length >= 3 && squash(senderDomain).includes(name)) {
    return { source: "llm", snippet: null, span: null };
  }
  return null;
}

function groundCompetitors(names: string[], src: Sources, provenance: ProvenanceMap, dropped: string[]): string[] {
  const kept: string[] = [];
  for (const raw of names) {
    const name = clean(raw);
    if (!name || kept.some((k) => foldValue(k) === foldValue(name))) continue;
    const found = findLiteral(src, name, "word");
    if (found) {
      if (!provenance.competitors) provenance.competitors = found;
      kept.push(name);
    } else {
      dropped.push("competitors");
    }
  }
  return kept;
}

/**
 * The prospect is never the vendor nor the sender's own organisation, whatever the mail says.
 * (A free-mail sender shares a domain with many prospects, so only real company domains count.)
 */
function dropSelfReferences(
  reg: Registration,
  partner: Partner,
  input: LlmInput,
  prov: ProvenanceMap,
  dropped: string[],
): void {
  const own = new Set(input.vendorDomains.map((d) => registrableDomain(d) ?? d.toLowerCase()));
  const sender = input.from ? domainOfEmail(input.from.address) : null;
  if (sender && !isFreeMailDomain(sender)) own.add(sender);
  const isOwn = (d: string | null) => d !== null && own.has(d);
  const drop = (path: string) => {
    delete prov[path];
    dropped.push(path);
  };

  if (reg.company.domain && isOwn(registrableDomain(reg.company.domain))) {
    reg.company.domain = null;
    drop("company.domain");
  }
  const email = reg.contact.email;
  if (email && (isOwn(domainOfEmail(email)) || email === input.from?.address.toLowerCase())) {
    reg.contact.email = null;
    drop("contact.email");
  }
  if (reg.company.name && partner.organization && foldValue(reg.company.name) === foldValue(partner.organization)) {
    reg.company.name = null;
    drop("company.name");
  }
  const senderName = input.from?.name;
  if (reg.contact.name && senderName && foldValue(reg.contact.name) === foldValue(senderName)) {
    reg.contact.name = null;
    drop("contact.name");
  }
}

/** Contract: without a website, the domain is the contact's e-mail domain unless that is free mail. */
function deriveDomainFromEmail(reg: Registration, prov: ProvenanceMap): void {
  if (reg.company.domain || !reg.contact.email) return;
  const d = domainOfEmail(reg.contact.email);
  if (!d || isFreeMailDomain(d)) return;
  reg.company.domain = d;
  const emailProv = prov["contact.email"];
  prov["company.domain"] = { source: "llm", snippet: emailProv?.snippet ?? null, span: emailProv?.span ?? null };
}

function clean(value: string | null): string | null {
  if (value === null) return null;
  const v = value.replace(/\s+/gu, " ").trim();
  return v === "" || /^(n\/?a|none|null|unknown|-)$/i.test(v) ? null : v;
}

function normEmail(value: string | null): string | null {
  const v =
    clean(value)
      ?.toLowerCase()
      .replace(/^mailto:/, "") ?? null;
  return v && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? v : null;
}

/** Registrable part; a free-mail domain says nothing about the prospect (contract: null). */
function normDomain(value: string | null): string | null {
  const v = clean(value);
  const d = v ? registrableDomain(v) : null;
  return d && !isFreeMailDomain(d) ? d : null;
}

function digits(s: string): string {
  return s.replace(/\D/g, "");
}
