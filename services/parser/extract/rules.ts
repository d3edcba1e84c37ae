// The rule-based extractor: labelled fields first, then a forwarded prospect mail, then prose.
// Prefers "missing" to a guess: a wrong domain or e-mail with nothing missing is never reviewed.
import type { Extraction } from "../types.ts";
import { emptyRegistration, type Partner, type Registration } from "../schema.ts";
import { domainOfEmail, findEmails, findUrls, isFreeMailDomain, registrableDomain } from "../normalise/domain.ts";
import { currencyInLabel, parseMoney, pickDealValue } from "../normalise/amount.ts";
import { detectStage } from "../normalise/stage.ts";
import { detectMotion } from "../normalise/motion.ts";
import { detectConsent } from "../normalise/consent.ts";
import { findCompetitorsInProse, parseCompetitorList } from "../normalise/competitors.ts";
import { cleanPersonName, displayNameOrder } from "../normalise/person.ts";
import type { VcardContact } from "../vcard.ts";
import { findLabelled, firstByField, type LabelField, type LabelledValue } from "./labels.ts";
import { isForeignDomain, isProspectEmail, type Forward, type MailContext } from "./mail-context.ts";
import { LEGAL_SUFFIX_RE, looksLikeDepartment, organizationFromSignature } from "./organization.ts";
import { findPersonMentions, looksLikeRole, pickContact } from "./people.ts";
import { delegatedContact } from "./delegation.ts";
import { TRADE_NAME_RE, findCompanyCandidates, startAtSubjectName } from "./company.ts";
import { findGeography, findProblem } from "./prose-fields.ts";
import { clean, emailMatchesName, fold, orgMatchesDomain } from "./text-utils.ts";
import { findProduct, maskVendor } from "../vendor.ts";
import { isCompletePersonName, isPlausibleCompanyName, isPlausiblePlace, tidyCompanyName } from "../normalise/shape.ts";

export interface RuleResult {
  extraction: Extraction;
  /** does the mail name a prospect at all? (false: a question, spam, chatter) */
  isRegistration: boolean;
  /** field path -> the text the value was read from (for provenance) */
  snippets: Record<string, string>;
}

// registering and naming a lead, also in the label tables' languages ("enregistrer", "registreren",
// "rejestracja", "oportunidad", "nouvelle piste", "prospecte")
const INTENT_RE =
  /\b(?:regist\w*|reg|deal|lead|leads|intro\w*|opportunit\w*|referr\w*|prospect\w*|empfehlung|interessent\w*|kontakt|vormerken|projekt|co-sell|resell\w*|enregistr\w*|rejestr\w*|piste|oportunidad\w*|oportunidade\w*|opportunità|kans|affaire|anmäl\w*|tilmeld\w*)\b/iu;

/** Template text where a company name belongs: "YOUR COMPANY", "[Company name]", "Ihr Unternehmen". */
const PLACEHOLDER_COMPANY =
  /^(?:(?:your|ihre?|votre|the|a|an)\s+(?:company|firma|unternehmen|organi[sz]ation|business|entreprise|soci[ée]t[ée])(?:\s+name)?|company\s+name|firmenname|name des unternehmens|\[[^\]]*\]|<[^>]*>|x{3,})$/iu;

export function extractByRules(ctx: MailContext, vcards: VcardContact[] = []): RuleResult {
  const snippets: Record<string, string> = {};
  const own = withSubjectFacts(ctx);
  const reg: Registration = emptyRegistration();
  const labelsAll = labelsOfRegistration(own, ctx);
  const L = firstByField(labelsAll);
  const lv = (f: LabelField): LabelledValue | undefined => L.get(f);
  const prospectFwd: Forward | undefined = ctx.forwards.find(
    (f) => f.from?.address && isProspectEmail(ctx, f.from.address),
  );
  const fwdText = ctx.forwards.map((f) => `${f.body}\n${f.signature}`).join("\n\n");
  const allText = [own, ...ctx.forwards.map((f) => f.body)].join("\n\n");
  // the vendor's own names are no person, company, place or competitor, and read as "the vendor" in cues
  const mask = (t: string) => maskVendor(t, ctx.vendor);
  const ownM = mask(own);
  const allTextM = mask(allText);

  const partner = extractPartner(ctx);

  // --- e-mail candidates, in order of trust
  const emails: string[] = [];
  const pushEmail = (e: string | null | undefined) => {
    const v = e?.trim().toLowerCase();
    if (v && isProspectEmail(ctx, v) && !emails.includes(v)) emails.push(v);
  };
  if (prospectFwd?.from) pushEmail(prospectFwd.from.address);
  for (const e of findEmails(own)) pushEmail(e.value);
  for (const e of findEmails(fwdText)) pushEmail(e.value);
  for (const a of ctx.cc) pushEmail(a.address);
  for (const v of vcards) pushEmail(v.email);

  // --- contact
  const contactLabel = lv("contactName");
  const emailLabel = lv("email");
  let contactName: string | null = null;
  let contactEmail: string | null = null;
  let role: string | null = lv("role")?.value ?? null;
  let contactUnclear = false;
  let signerName: string | null = null; // who signs the forwarded mail, even when they hand over
  if (contactLabel?.value) {
    // '"Hannah Lindqvist" <hannah@x.se>, Logistics Manager': the bracketed address is read below
    const parts = contactLabel.value
      .replace(/<[^<>\s]+@[^<>\s]+>/g, " ")
      .replace(/["“”„]/g, "")
      .split(/\s*[,;|]\s*|\s+[–-]\s+/);
    const inValue = findEmails(contactLabel.value)[0]?.value ?? null;
    if (inValue && isProspectEmail(ctx, inValue)) contactEmail = inValue;
    // "Marloes Jansen (HR Manager)": the role in parentheses is not part of the name
    const unparen = (p: string) => p.replace(/\([^)]*\)/g, " ").trim();
    const namePart = parts.find((p) => p && !p.includes("@") && unparen(p) && !looksLikeRole(unparen(p))) ?? null;
    contactName = namePart ? cleanPersonName(unparen(namePart)) : null;
    const inParens = /\(([^)@]{2,70})\)/.exec(contactLabel.value)?.[1];
    // "Dana Reyes, Controller (dana@x.com)": the address in parentheses is not part of the role
    const noMail = (p: string) => p.replace(/\([^()]*@[^()]*\)/g, " ").trim();
    role ??=
      parts.map(noMail).find((p) => p && looksLikeRole(unparen(p)) && !p.includes("@")) ??
      (inParens && looksLikeRole(inParens) ? inParens : null);
    if (contactName) snippets["contact.name"] = contactLabel.value;
  }
  if (emailLabel?.value) {
    const e = findEmails(emailLabel.value)[0]?.value ?? null;
    if (e && isProspectEmail(ctx, e)) {
      contactEmail = e;
      snippets["contact.email"] = emailLabel.value;
    }
  }
  const labelledContact = !!contactLabel || !!emailLabel;
  if (!labelledContact && prospectFwd?.from) {
    const fromName = prospectFwd.from.name ?? "";
    // a shared mailbox named after the business ("Weingut Lehnert"): the person signs below
    const businessName = TRADE_NAME_RE.test(fromName) || LEGAL_SUFFIX_RE.test(fromName);
    const signer = businessName
      ? prospectFwd.signature
          .split("\n")
          .flatMap((l) => findPersonMentions(l))
          .find((p) => !TRADE_NAME_RE.test(p.name) && !fold(fromName).includes(fold(p.name)))
      : undefined;
    contactName = businessName
      ? signer
        ? (cleanPersonName(signer.name) ?? signer.name)
        : null
      : (cleanPersonName(fromName) ?? null);
    contactEmail = prospectFwd.from.address;
    role ??= roleFromSignature(prospectFwd.signature, prospectFwd.from.name);
    snippets["contact.email"] = prospectFwd.from.address;
    signerName = contactName;
    const handover = delegatedContact(prospectFwd, own);
    if (handover?.kind === "colleague") {
      contactName = cleanPersonName(handover.contact.name ?? "");
      contactEmail = handover.contact.address;
      role = handover.role; // the signature's title is the sender's
      snippets["contact.email"] = prospectFwd.ccText || handover.contact.address;
    } else if (handover?.kind === "unclear") {
      // several people at the prospect and nothing says which one: ask the partner
      contactUnclear = true;
      contactName = contactEmail = role = null;
      delete snippets["contact.email"];
    }
  }
  if (!labelledContact && !prospectFwd) {
    const pick = pickContact(ownM, emails, ctx.excludedNames);
    if (pick) {
      contactName = cleanPersonName(pick.name) ?? pick.name;
      contactEmail = pick.email;
      role ??= pick.role;
      snippets["contact.name"] = pick.name;
    }
  }
  // an address next to the contact's name; a lone address only when no person is named
  if (!contactEmail && !contactUnclear && !(emailLabel && !emailLabel.value)) {
    const byName = contactName ? emails.find((e) => emailMatchesName(e, contactName!)) : undefined;
    if (byName) contactEmail = byName;
    else if (!contactName && !contactLabel && emails.length === 1) contactEmail = emails[0]!;
  }
  if (contactName && contactEmail && !emailMatchesName(contactEmail, contactName) && !labelledContact && !prospectFwd) {
    // the only address found belongs to someone else: keep the name, leave the address missing
    const other = emails.find((e) => emailMatchesName(e, contactName!));
    contactEmail = other ?? (isGenericInbox(contactEmail) ? contactEmail : null);
  }
  // a contact card attached for the prospect (never the partner's own card) fills what the text left open
  const card = vcards.find(
    (v) => v.email && isProspectEmail(ctx, v.email) && (!contactEmail || v.email === contactEmail),
  );
  const sameOne = (c: VcardContact) =>
    !contactName || (!!c.name && fold(c.name) === fold(contactName)) || emailMatchesName(c.email!, contactName);
  if (card && sameOne(card) && !contactUnclear) {
    contactName ??= card.name && cleanPersonName(card.name);
    contactEmail ??= card.email;
    role ??= card.title;
  }
  reg.contact = {
    name: clean(contactName),
    email: clean(contactEmail),
    role: clean(role),
    phone: clean(lv("phone")?.value ?? card?.phone),
  };

  // --- company domain: website given, else the contact's (non-free) address
  const websiteLabel = lv("website");
  let domain: string | null = null;
  if (websiteLabel?.value) {
    const d = registrableDomain(websiteLabel.value);
    if (isForeignDomain(ctx, d)) {
      domain = d;
      snippets["company.domain"] = websiteLabel.value;
    }
  }
  const emailDomain = reg.contact.email ? domainOfEmail(reg.contact.email) : null;
  const usableEmailDomain =
    emailDomain && !isFreeMailDomain(emailDomain) && isForeignDomain(ctx, emailDomain) ? emailDomain : null;
  if (!domain && !(websiteLabel && !websiteLabel.value)) {
    const urls = [
      ...findUrls(own),
      ...findUrls(prospectFwd ? `${prospectFwd.body}\n${prospectFwd.signature}` : fwdText),
    ]
      .map((u) => ({ raw: u.value, d: registrableDomain(u.value) }))
      .filter((u): u is { raw: string; d: string } => isForeignDomain(ctx, u.d) && !isFreeMailDomain(u.d));
    for (const v of vcards) {
      const d = v.url ? registrableDomain(v.url) : null;
      if (d && isForeignDomain(ctx, d)) urls.push({ raw: v.url!, d });
    }
    const distinct = [...new Set(urls.map((u) => u.d))];
    const pick =
      urls.find((u) => u.d === usableEmailDomain) ??
      (distinct.length === 1 ? urls[0] : undefined) ??
      urls.find((u) => lv("company")?.value && orgMatchesDomain(lv("company")!.value!, u.d));
    if (pick) {
      domain = pick.d;
      snippets["company.domain"] = pick.raw;
    } else if (usableEmailDomain) domain = usableEmailDomain;
  }
  if (!domain && usableEmailDomain && !(websiteLabel && !websiteLabel.value)) domain = usableEmailDomain;
  reg.company.domain = domain;

  // --- company name
  const companyLabel = lv("company");
  let companyName: string | null =
    companyLabel?.value && !PLACEHOLDER_COMPANY.test(companyLabel.value.trim()) ? companyLabel.value : null;
  if (companyName) snippets["company.name"] = companyName;
  if (!companyLabel) {
    const excluded = [partner.organization, partner.name, ...ctx.excludedNames, ...ctx.vendor.words].filter(
      (x): x is string => !!x,
    );
    const cands = findCompanyCandidates({
      own: ownM,
      subject: mask(ctx.subject),
      domain,
      excluded,
      excludedDomains: [...ctx.partnerDomains, ...ctx.vendorDomains],
    });
    const best = cands[0];
    const fromSig = prospectFwd
      ? organizationFromSignature(prospectFwd.signature, {
          domain: domain ?? usableEmailDomain,
          personName: signerName ?? contactName ?? prospectFwd.from?.name ?? null,
        })
      : null;
    const fromVcard = vcards.find((v) => v.organization)?.organization ?? null;
    // a signature below a forward may be the partner's own (they sign after the forwarded block)
    const ownDomains = [...ctx.partnerDomains, ...ctx.vendorDomains];
    const isOwn = (n: string | null): boolean =>
      !!n &&
      (ownDomains.some((d) => orgMatchesDomain(n, d)) ||
        excluded.some((e) => fold(e).length >= 3 && fold(n).includes(fold(e))));
    // the subject giving the name without the text's leading word ("Transportes Ribeiro & Costa,
    // Lda." under "Ribeiro & Costa"; "das Architekturbüro Borchert + Partner PartGmbB" under
    // "Borchert + Partner") leaves it open whether that word is part of the name: ask
    const doubtful = !!best && best.score >= 3 && startAtSubjectName(best.name, ctx.subject) !== best.name;
    if (doubtful) companyName = null;
    else if (best && best.score >= 3) {
      companyName = best.name;
      // "Registering NileCare for …" above a forward signed "NileCare Dental Clinics": the full name
      if (fromSig && !isOwn(fromSig) && fold(fromSig).startsWith(`${fold(best.name)} `)) companyName = fromSig;
    } else if (fromSig && !isOwn(fromSig)) companyName = fromSig;
    else if (fromVcard && !isOwn(fromVcard)) companyName = fromVcard;
    if (companyName) snippets["company.name"] = companyName;
  }
  reg.company.name = clean(companyName);

  // --- deal fields: the labelled value, else the whole text
  const stageL = lv("stage")?.value;
  reg.stage = (stageL ? detectStage(mask(stageL)) : null) ?? detectStage(allTextM);
  const motionL = lv("motion")?.value;
  reg.motion = (motionL ? detectMotion(mask(motionL)) : null) ?? detectMotion(allTextM);
  const consentL = lv("consent");
  reg.consent = consentL
    ? (detectConsent(mask(`${consentL.label}: ${consentL.value ?? "no"}`)) ?? detectConsent(mask(consentL.value ?? "")))
    : detectConsent(allTextM);
  const compL = lv("competitors");
  const notCompetitors = [partner.organization, reg.company.name, "the vendor"].filter((x): x is string => !!x);
  reg.competitors = compL ? parseCompetitorList(compL.value ?? "") : findCompetitorsInProse(allTextM, notCompetitors);
  const valueL = lv("value");
  if (valueL) {
    const m = valueL.value ? parseMoney(valueL.value, { defaultCurrency: currencyInLabel(valueL.label) }) : null;
    reg.estimatedValue = m ? { amount: m.amount, currency: m.currency } : null;
    if (m) snippets.estimatedValue = m.raw;
  } else {
    const m = pickDealValue(allText);
    reg.estimatedValue = m ? { amount: m.amount, currency: m.currency } : null;
    if (m) snippets.estimatedValue = m.raw;
  }
  reg.geography = clean(lv("region")?.value) ?? findGeography(allTextM, reg.company.name);
  reg.context.problem = clean(lv("need")?.value) ?? findProblem([own, ...ctx.forwards.map((f) => f.body)]);
  reg.productInterest = clean(lv("product")?.value) ?? findProduct(allText, ctx.vendor);

  checkShapes(reg, snippets);

  // a template's placeholders ("Company: YOUR COMPANY", "Contact: Decision maker") are not a form filled in
  const placeholder = (f: LabelField): boolean => {
    const v = L.get(f)?.value?.trim();
    if (!v) return false;
    return f === "company"
      ? PLACEHOLDER_COMPANY.test(v)
      : f === "contactName"
        ? !contactName && looksLikeRole(v) && !/@/.test(v)
        : false;
  };
  const labelledCore = (["company", "website", "contactName", "email"] as LabelField[]).filter(
    (f) => L.has(f) && !placeholder(f),
  ).length;
  // A prospect is named when there is a company (by name or a website, not merely an address's
  // domain) with a contact, or a full contact (name and address); and the mail says why.
  const hasCompany = !!(reg.company.name || snippets["company.domain"]);
  // a contact flagged because several people at the prospect are named still names the prospect
  const hasContact = !!(reg.contact.email || (reg.contact.name && reg.company.domain)) || contactUnclear;
  const fullContact = !!(reg.contact.name && reg.contact.email);
  const intent = INTENT_RE.test(`${ctx.subject}\n${own}`);
  const labelledForm = labelledCore >= 2 && (L.has("company") || L.has("website"));
  const isRegistration = labelledForm || (intent && ((hasCompany && hasContact) || fullContact));

  const missing = [reg.company.name, reg.company.domain, reg.contact.name, reg.contact.email].filter((v) => !v).length;
  const base = labelledCore >= 2 ? 0.92 : prospectFwd ? 0.82 : 0.75;
  const confidence = Math.max(0.1, Math.min(0.97, base - 0.12 * missing));
  return {
    extraction: { registration: reg, partner, provenance: {}, confidence: isRegistration ? confidence : 0.2 },
    isRegistration,
    snippets,
  };
}

/**
 * The last word on each value: one that cannot be a complete value of its field (a truncated or
 * sentence-long name, a currency or label word as company or place) is dropped, so a required
 * field is flagged `missing` rather than stored wrong.
 */
function checkShapes(reg: Registration, snippets: Record<string, string>): void {
  if (reg.contact.name && !isCompletePersonName(reg.contact.name)) {
    reg.contact.name = null;
    delete snippets["contact.name"];
  }
  if (reg.company.name) {
    const name = tidyCompanyName(reg.company.name);
    const isPlace = !!reg.geography && fold(reg.geography) === fold(name);
    reg.company.name = isPlausibleCompanyName(name) && !isPlace ? name : null;
    if (!reg.company.name) delete snippets["company.name"];
  }
  if (reg.geography && !isPlausiblePlace(reg.geography)) reg.geography = null;
}

/**
 * A registration written in the subject ("Deal reg: Acme AS - Kari Nilsen (kari@acme.no) - NOK 400k")
 * above a one-line body: the subject's segments are read as lines of the partner's text.
 */
function withSubjectFacts(ctx: MailContext): string {
  if (ctx.own.length > 400 || findEmails(ctx.subject).length === 0) return ctx.own;
  const lines = ctx.subject
    .replace(/^(?:\s*(?:re|fwd?|wg|aw|sv|tr)\s*:\s*)+/i, "")
    .split(/\s+[-–—|]\s+|\s*;\s*/)
    .map((l) => l.trim())
    .filter(Boolean);
  return `${ctx.own}\n\n${lines.join(".\n")}`;
}

const CORE: readonly LabelField[] = ["company", "website", "contactName", "email"];
const coreCount = (ls: LabelledValue[]) =>
  new Set(ls.filter((l) => CORE.includes(l.field) && l.value).map((l) => l.field)).size;

/**
 * The labelled form: in the partner's own text, else in a forwarded mail of the thread that
 * names a company or contact by label ("details are in Johan's mail at the bottom").
 */
function labelsOfRegistration(own: string, ctx: MailContext): LabelledValue[] {
  const mine = findLabelled(own);
  if (coreCount(mine) >= 2) return mine;
  let best: LabelledValue[] | null = null;
  for (const f of ctx.forwards) {
    const ls = findLabelled(f.body);
    if (
      coreCount(ls) >= 2 &&
      ls.some((l) => (l.field === "company" || l.field === "contactName") && l.value) &&
      (!best || coreCount(ls) > coreCount(best))
    )
      best = ls;
  }
  return best ?? mine;
}

function isGenericInbox(email: string): boolean {
  return /^(?:info|office|contact|kontakt|hello|ap|ar|accounts|accounting|buchhaltung|finance|finanzen|billing|invoices?|rechnungen?|admin|mail|team|sales)@/i.test(
    email,
  );
}

function roleFromSignature(signature: string, name: string | null | undefined): string | null {
  for (const line of signature.split("\n").slice(0, 6)) {
    // "VP, Revenue Cycle & Patient Access" is one title; "CFO, Fjellvik Seafood AS" is a title and a company
    const comma = /^([^,|·•]{2,40}),\s+([^,|·•]{2,60})$/.exec(line.trim());
    if (comma && looksLikeRole(comma[1]!) && looksLikeDepartment(comma[2]!) && !/\d|@/.test(line)) return line.trim();
    for (const seg of line.split(/\s+[|·•]\s+|,\s+/)) {
      const s = seg.trim();
      if (name && s.toLowerCase() === name.toLowerCase()) continue;
      if (looksLikeRole(s) && !/\d/.test(s) && s.split(/\s+/).length <= 6) return s;
    }
  }
  return null;
}

function blockAfterName(text: string, name: string): string | null {
  const want = name.replace(/["']/g, "").trim().toLowerCase();
  const lines = text.split("\n");
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!.trim();
    if (line.toLowerCase().replace(/[,.]$/, "") === want) return lines.slice(i + 1, i + 6).join("\n");
    // a one-line signature: "Arjun Mehta | Stackbridge Technologies | +91 …"
    const rest = /^\s*[|·•,–—-]\s*(.+)$/.exec(line.slice(want.length));
    if (line.toLowerCase().startsWith(want) && rest) return [rest[1]!, ...lines.slice(i + 1, i + 5)].join("\n");
  }
  return null;
}

export function extractPartner(ctx: MailContext): Partner {
  const email = ctx.from?.address || null;
  const name = ctx.from?.name
    ? cleanPersonName(displayNameOrder(ctx.from.name.replace(/^(?:dr|prof)\.?\s+/i, "")))
    : null;
  const opts = { domain: ctx.partnerDomain, personName: ctx.from?.name ?? null, extraDomains: [...ctx.partnerDomains] };
  let organization = organizationFromSignature(ctx.ownSignature || ctx.own.split("\n").slice(-6).join("\n"), opts);
  // the full signature may sit below a forwarded mail: the block under a line with the sender's name
  if (!organization && ctx.from?.name) {
    const all = [ctx.own, ctx.ownSignature, ...ctx.forwards.flatMap((f) => [f.body, f.signature])].join("\n");
    const block = blockAfterName(all, ctx.from.name);
    if (block) organization = organizationFromSignature(block, opts);
  }
  return { email: email ? email.toLowerCase() : null, name: clean(name), organization: clean(organization) };
}
