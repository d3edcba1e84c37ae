// The rule-based extractor: labelled fields first, then a forwarded prospect mail, then prose.
// Prefers "missing" to a guess: a wrong domain or e-mail with nothing missing is never reviewed.
import { needPhrase } from "./need-phrase.ts";
import type { Extraction } from "../types.ts";
import { stripSubjectPrefixes } from "../../core/subject-prefixes.ts";
import { emptyRegistration, type FieldEvidence, type Partner, type Registration } from "../schema.ts";
import { domainOfEmail, findEmails, isFreeMailDomain } from "../normalise/domain.ts";
import { currencyInLabel, localCurrency, namesAnotherFigure, parseMoney, pickDealValue } from "../normalise/amount.ts";
import { detectStage } from "../normalise/stage.ts";
import { detectMotion } from "../normalise/motion.ts";
import { detectConsent } from "../normalise/consent.ts";
import { addDistinct, findCompetitorsInProse, incumbentNames, parseCompetitorList } from "../normalise/competitors.ts";
import { cleanPersonName, displayNameOrder, looksLikePersonName } from "../normalise/person.ts";
import { fullerName, signingLines } from "./fuller-name.ts";
import { latinSpelling } from "./latin-spelling.ts";
import type { VcardContact } from "../vcard.ts";
import { CORE_LABELS, findLabelled, firstByField, type LabelField, type LabelledValue } from "./labels.ts";
import { isForeignDomain, isProspectEmail, type Forward, type MailContext } from "./mail-context.ts";
import { LEGAL_SUFFIX_RE, ORG_WORDS_RE, firmBeforeOwnName, organizationFromSignature } from "./organization.ts";
import { namesNoPerson, partnerSigner } from "./signer.ts";
import { looksLikeRole } from "./people.ts";
import { findGeography, findProblem, labelledPlace, placeBelowName, readProblem } from "./prose-fields.ts";
import { regionInSentence } from "./region-in-sentence.ts";
import { rivalLabelsInSentence } from "./rivals-in-sentence.ts";
import { findServicesNeeded } from "./services-needed.ts";
import { abbreviatesLabel, clean, domainLabel, fold, orgMatchesDomain, spellingRun } from "./text-utils.ts";
import { CASELESS_LEGAL_RE } from "../lang/legal-forms.ts";
import { findProduct, maskVendor } from "../vendor.ts";
import { isCompletePersonName, isPlausiblePlace, tidyCompanyName } from "../normalise/shape.ts";
import { entityKey } from "./registered-entity.ts";
import { pickContactFields, SPELLED_BY_PERSONS_ADDRESS, TITLE_NOT_PERSON } from "./pick-contact.ts";
import { pickPhone } from "./pick-phone.ts";
import { PLACEHOLDER_COMPANY, pickCompanyName, pickDomain } from "./pick-company.ts";
import { candidate, describeRejected, withdraw, type FieldPick } from "./evidence.ts";
import {
  asksAboutEarlierRegistration,
  asksSomething,
  asksToRegister,
  promisesDetails,
  registeringSubjectRest,
  saysNotADeal,
  subjectNamesAnInvoice,
  saysRegistering,
} from "../normalise/cues.ts";
import { auditKeyFields, type KeyField } from "./key-field-audit.ts";
import { chainProspectUnnamed } from "./chain-prospect.ts";
import { addressesInList } from "../text/forwards.ts";
import { memoised } from "../text/memo.ts";
import { eitherOrderDomains } from "../lang/person-names.ts";
import { allMatches, eachMatch, LATIN_LETTER_RE } from "../text/regex.ts";
import { CUES } from "../lang/cues.ts";

export interface RuleResult {
  extraction: Extraction;
  /** does the mail name a prospect at all? (false: a question, spam, chatter) */
  isRegistration: boolean;
  /** read as a registration on a prospect's address alone, or on details promised to follow
   * (fields missing, held for review) */
  thin: boolean;
  /** field path -> the text the value was read from (for provenance) */
  snippets: Record<string, string>;
  /** required field path -> how it was chosen or why it was left open (for provenance) */
  evidence: Record<string, FieldEvidence>;
}

// registering and naming a lead, also in the label tables' languages ("enregistrer", "registreren",
// "rejestracja", "oportunidad", "nouvelle piste", "segnalazione", "zgłaszam"), or "a new customer" in them
const INTENT_RE =
  /\b(?:regist\w*|reg|deal|lead|leads|intro\w*|opportunit\w*|referr\w*|prospect\w*|empfehlung|interessent\w*|kontakt|vormerken|projekt|co-sell|resell\w*|enregistr\w*|rejestr\w*|piste|oportunidad\w*|oportunidade\w*|opportunità|kans|affaire|anmäl\w*|tilmeld\w*|segnal\w*|zgłasz\w*|zgłosz\w*|aanmeld\w*|indicação|indicacao)\b|\b(?:new|potential|nuevo|nueva|novo|nova|nuovo|nuova|potenziale|nouveau|nouvelle|neue[rn]?|nieuwe|nowy|ny|uusi)\s+(?:customer|client|cliente|klant|kunde|klient|kund|asiakas)/iu;

const CAPITALISED_WORD_RE = /^[\p{Lu}\p{N}&]/u;

/** "Acme Rentals" and "Acme Rentals Ltd": the name is the company's without its legal form. */
export function firmsOwnName(name: string, company: string): boolean {
  const key = entityKey(name);
  return !!key && LEGAL_SUFFIX_RE.test(` ${company}`) && key === entityKey(company);
}

/**
 * The contact's name when the one read is the company's own: the person the text named beside it
 * (the runner-up, when it is a complete person name and no job title), else none (asked for).
 */
function firmAsContact(pick: FieldPick): FieldPick {
  const firm = entityKey(pick.value ?? "");
  const other = pick.rejected.find(
    (r) => r.outranked && isCompletePersonName(r.value) && !looksLikeRole(r.value) && entityKey(r.value) !== firm,
  );
  const reason = "the company's own name, not a person's";
  if (!other || !pick.evidence) return withdraw(pick, reason);
  const runnerUp = candidate(other.value, other.kind, Math.min(pick.confidence, 0.6), other.value)!;
  return {
    value: runnerUp.value,
    evidence: runnerUp,
    confidence: runnerUp.strength,
    rejected: [...pick.rejected.filter((r) => r !== other), { value: pick.value!, kind: pick.evidence.kind, reason }],
  };
}

export function extractByRules(ctx: MailContext, vcards: VcardContact[] = []): RuleResult {
  const snippets: Record<string, string> = {};
  const own = withSubjectFacts(ctx);
  const reg: Registration = emptyRegistration();
  const labelsAll = labelsOfRegistration(own, ctx);
  const L = firstByField(labelsAll);
  const lv = (f: LabelField): LabelledValue | undefined => L.get(f);
  const prospectFwd: Forward | undefined =
    ctx.forwards.find((f) => f.from?.address && isProspectEmail(ctx, f.from.address)) ?? ownMailToProspect(ctx);
  const fwdText = ctx.forwards.map((f) => `${f.body}\n${f.signature}`).join("\n\n");
  /** the partner's own text, then the bodies of the mails it forwards */
  const bodies = [own, ...ctx.forwards.map((f) => f.body)];
  const allText = bodies.join("\n\n");
  // the vendor's own names are no person, company, place or competitor, and read as "the vendor" in cues
  const mask = (t: string) => maskVendor(t, ctx.vendor);
  const ownM = mask(own);
  // without a forwarded mail the whole text is the partner's own: masked once, read once
  const allTextM = ctx.forwards.length ? mask(allText) : ownM;
  /** The partner's own text first (its word on the deal is the newest), then the forwarded mail with it. */
  const ownThenAll = <T>(detect: (text: string) => T | null): T | null =>
    detect(ownM) ?? (allTextM === ownM ? null : detect(allTextM));
  // the detectors' answers per text, kept for this mail (its few texts, however long): described()
  // asks the own text again what the fields asked
  const perMail = <T>(detect: (text: string) => T) => memoised(detect, 8, Infinity);
  const stageIn = perMail(detectStage);
  const motionIn = perMail((text) => detectMotion(text));
  const consentIn = perMail((text) => detectConsent(text));

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

  // --- the identity fields, each picked from its candidates and checked against the others
  const contact = pickContactFields({ ctx, own, ownMasked: ownM, labels: L, prospectFwd, emails, vcards });
  const contactUnclear = contact.unclear;
  const contactName = contact.name.value;
  reg.contact = {
    name: clean(contactName),
    email: clean(contact.email.value),
    role: clean(contact.role),
    phone: null,
  };
  const partnerSide = ctx.forwards.filter((f) => f.from && !isProspectEmail(ctx, f.from.address));
  reg.contact.phone = clean(
    pickPhone({
      labels: L,
      own,
      partnerText: [ctx.ownSignature, ...partnerSide.map((f) => f.signature)].join("\n"),
      prospectFwd,
      contactName: reg.contact.name,
      contactEmail: reg.contact.email,
      cardPhone: contact.card?.phone ?? null,
    }),
  );
  const domainPick = pickDomain({ ctx, own, labels: L, prospectFwd, contactEmail: reg.contact.email, vcards });
  reg.company.domain = domainPick.value;
  const emailDomain = reg.contact.email ? domainOfEmail(reg.contact.email) : null;
  const companyPick = pickCompanyName({
    ctx,
    labels: L,
    ownMasked: ownM,
    subjectMasked: mask(ctx.subject),
    prospectFwd,
    partner,
    domain: domainPick.value,
    emailDomain:
      emailDomain && !isFreeMailDomain(emailDomain) && isForeignDomain(ctx, emailDomain) ? emailDomain : null,
    personName: contact.signerName ?? contactName,
    vcards,
    wholeMasked: mask([own, ctx.ownSignature, fwdText].join("\n\n")),
    allText,
  });
  reg.company.name = clean(companyPick.value);
  // the firm's own name without its legal form read as the contact's ("Acme Rentals" of "Acme Rentals Ltd")
  if (reg.contact.name && reg.company.name && firmsOwnName(reg.contact.name, reg.company.name)) {
    contact.name = firmAsContact(contact.name);
    reg.contact.name = clean(contact.name.value);
  }
  const picks: Record<string, FieldPick> = {
    "company.name": companyPick,
    "company.domain": domainPick,
    "contact.name": contact.name,
    "contact.email": contact.email,
  };
  for (const [path, p] of Object.entries(picks)) if (p.evidence?.snippet) snippets[path] = p.evidence.snippet;

  // --- deal fields: the labelled value, else the whole text
  const stageL = lv("stage")?.value;
  // the partner's own "only an introduction" (often their role, not the deal's state) gives way to a later
  // stage the mail they forward states (a demo held, a trial running, a meeting booked)
  const ownStage = stageIn(ownM);
  reg.stage =
    (stageL ? detectStage(mask(stageL)) : null) ??
    (ownStage !== null && ownStage !== "new_intro"
      ? ownStage
      : allTextM === ownM
        ? ownStage
        : (stageIn(allTextM) ?? ownStage));
  const motionL = lv("motion")?.value;
  // the partner's own text says how they work; a forwarded prospect mail speaks of the prospect's project
  reg.motion = (motionL ? detectMotion(mask(motionL), { labelled: true }) : null) ?? ownThenAll(motionIn);
  const consentL = lv("consent");
  // a labelled answer that says nothing clear (a wrapped line, "see below") leaves the prose to answer
  reg.consent =
    (consentL
      ? (detectConsent(mask(`${consentL.label}: ${consentL.value ?? "no"}`)) ??
        detectConsent(mask(consentL.value ?? ""), { labelled: true }))
      : null) ?? consentIn(allTextM);
  // the partner and the prospect are no competitors, also as their domains' names ("karoosystems.co.za")
  const domainNames = [...ctx.partnerDomains, reg.company.domain].map((d) => d?.split(".")[0]);
  const notCompetitors = [partner.organization, reg.company.name, "the vendor", ...domainNames].filter(
    (x): x is string => !!x,
  );
  const competitorsIn = perMail((text) => findCompetitorsInProse(text, notCompetitors));
  // the prospect's own words quoted below a handover ("> we're also talking to X") name the rivals the
  // partner's text leaves out; read with that text, so that the partner's "no competition" still holds
  const competitorsInAll = (): string[] => {
    const found = competitorsIn(allTextM);
    return found.length || !ctx.quoted ? found : competitorsIn(`${allTextM}\n\n${mask(ctx.quoted)}`);
  };
  // every labelled list counts, the system being replaced under its own label too ("Current system: X")
  const labelledRivals = labelsAll.flatMap((l) =>
    l.field === "competitors"
      ? parseCompetitorList(l.value ?? "")
      : l.field === "incumbent"
        ? incumbentNames(l.value ?? "")
        : [],
  );
  // a rivals label inside a line, after a sentence's end ("… on Monday. Competitor: X."), is one too
  const rivalLabelled = labelsAll.some((l) => l.field === "competitors");
  const rivalsInLine = rivalLabelled ? [] : rivalLabelsInSentence(allTextM);
  for (const v of rivalsInLine) labelledRivals.push(...parseCompetitorList(v));
  const hasRivalLabel = rivalLabelled || rivalsInLine.length > 0;
  // the stage's value may name the offers compared ("Stage: comparing, also an offer from X");
  // a label for the current system alone leaves the prose to name the other rivals
  // (a stage value holds hardly a capital, as the label took its first word: the mail tells a terse note)
  if (hasRivalLabel && stageL) labelledRivals.push(...findCompetitorsInProse(mask(stageL), notCompetitors, allTextM));
  else if (!hasRivalLabel) labelledRivals.push(...competitorsInAll());
  reg.competitors = labelledRivals.reduce<string[]>(addDistinct, []);
  // "kr", "pesos", "lakhs": the country of the mail's domains says which currency, when it is one
  const local = localCurrency([reg.company.domain, emailDomain, ctx.partnerDomain]);
  // the currency in the label ("Value (EUR)", "est_value_gbp") or on a line of its own ("Currency: NZD")
  const moneyOf = (l: LabelledValue) =>
    l.value
      ? parseMoney(l.value, {
          defaultCurrency: currencyInLabel(l.label) ?? currencyInLabel(lv("currency")?.value ?? ""),
          local,
        })
      : null;
  // a size label describing the prospect ("Size: 84 parishes", "Size: 3,100 donors, income €1.8m")
  // gives no deal value: the first value label that reads as money and as no other figure does
  const valueL =
    labelsAll.find((l) => l.field === "value" && l.value && !namesAnotherFigure(l.value) && moneyOf(l)) ?? lv("value");
  if (valueL) {
    const m = moneyOf(valueL);
    reg.estimatedValue = m ? { amount: m.amount, currency: m.currency } : null;
    if (m) snippets.estimatedValue = m.raw;
  } else {
    const m = pickDealValue(allText, { local });
    reg.estimatedValue = m ? { amount: m.amount, currency: m.currency } : null;
    if (m) snippets.estimatedValue = m.raw;
  }
  // the partner's own firm is no place either ("please register this one for Acme IT."), nor a
  // title read where a name stands ("their County Archivist, …")
  const titlesRead = contact.name.rejected.filter((r) => r.reason === TITLE_NOT_PERSON).map((r) => r.value);
  const people = [reg.contact.name, ...titlesRead, partner.name, ctx.from?.name, partner.organization].filter(
    (x): x is string => !!x,
  );
  // a region label whose value is no place ("Sites: 6" above "Region: …") gives way to the next one
  const firstRegion = lv("region")?.value;
  const regionL =
    labelsAll
      .filter((l) => l.field === "region" && l.value)
      .map((l) => labelledPlace(l.value!))
      .find((v) => !!clean(v) && isPlausiblePlace(v)) ?? (firstRegion ? labelledPlace(firstRegion) : null);
  // a name taken whole from a signature the text writes shorter ("KGP (Northern Cape)" for "Karoo
  // Grain Packers"): the place is read after the name as the text writes it
  const read = snippets["company.name"];
  const nameInText =
    reg.company.name && read && !fold(allTextM).includes(fold(reg.company.name)) && fold(allTextM).includes(fold(read))
      ? read
      : reg.company.name;
  reg.geography =
    clean(regionL) ??
    // "… a year. Region: Tyrol.": a region label the line goes on into
    regionInSentence(allTextM) ??
    stateUnderStatusLabel(labelsAll, mask) ??
    findGeography(
      allTextM,
      nameInText,
      people,
      reg.company.domain,
      [partner.name, ctx.from?.name, partner.organization].filter((x): x is string => !!x),
      ctx.subject,
      [...ctx.vendor.words, ...ctx.vendor.products],
    ) ??
    (prospectFwd ? placeBelowName(prospectFwd.signature, nameInText) : null);
  const needLabelled = clean(lv("need")?.value);
  reg.context.problem = needLabelled
    ? needPhrase(needLabelled)
    : needPhrase(problemInProse(bodies, ctx.quoted, reg.company.name), true);
  reg.productInterest = clean(lv("product")?.value) ?? findProduct(allText, ctx.vendor);
  // what the partner says they would deliver, in their own text; a partner delivering services
  // around the product is a services partner when nothing else says how the deal runs
  reg.context.servicesNeeded = findServicesNeeded(own, partner.organization);
  if (reg.motion === null && reg.context.servicesNeeded) reg.motion = "services";

  // a place is no company ("Company: Bergen" above "Region: Bergen"); a place must look like one
  if (reg.company.name && reg.geography && fold(reg.geography) === fold(reg.company.name)) {
    picks["company.name"] = withdraw(companyPick, "the same as the region: a place");
    reg.company.name = null;
    delete snippets["company.name"];
  }
  if (reg.geography && !isPlausiblePlace(reg.geography)) reg.geography = null;

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
  const hasCompany = !!(reg.company.name || (domainPick.evidence && domainPick.evidence.kind !== "address"));
  // a contact flagged because several people at the prospect are named still names the prospect
  const hasContact = !!(reg.contact.email || (reg.contact.name && reg.company.domain)) || contactUnclear;
  const fullContact = !!(reg.contact.name && reg.contact.email);
  // asked last, when the prospect is named (the cheaper tests first; all are pure)
  const intent = () => INTENT_RE.test(`${ctx.subject}\n${own}`) || saysRegistering(`${ctx.subject}\n${own}`);
  const labelledForm = labelledCore >= 2 && (L.has("company") || L.has("website"));
  // no registering word, but a named prospect and a word on whether the vendor may contact them
  // ("she expects your call", "not yet, let me warm her up first"): a partner handing a lead over
  const handedOver = hasCompany && fullContact && reg.consent !== null;
  // a partner saying they register a named company registers it, also before they have a contact
  // ("pls register Acme Ltd, contact to follow"): the contact is then missing and asked for. One
  // word alone, without a website, may be any noun ("Kundenschutz", "Pricing"): not enough.
  const namedCompany = hasCompany && (!!reg.company.domain || (reg.company.name ?? "").trim().split(/\s+/).length >= 2);
  // something said about the deal in `text` (a stage, a motion, a word on contact, a value, rivals,
  // the prospect's problem); answers kept per text within the mail (several tests below ask)
  const dealFacts = perMail((text) => {
    const masked = mask(text);
    return (
      stageIn(masked) !== null ||
      motionIn(masked) !== null ||
      consentIn(masked) !== null ||
      pickDealValue(text) !== null ||
      competitorsIn(masked).length > 0 ||
      findProblem([text]) !== null
    );
  });
  // the prospect's address written in the partner's own text ("her mail is ana@…", a free-mail
  // one too): a person at a domain other than the partner's and the vendor's
  const ownAddress = () =>
    !!reg.contact.email && findEmails(own).some((e) => e.value.toLowerCase() === reg.contact.email);
  // a company settled by name and website both (not merely an address's domain)
  const companyWithSite = !!reg.company.name && !!domainPick.evidence && domainPick.evidence.kind !== "address";
  // a prospect described in the partner's own words, named by company or person with an address,
  // with something said about the deal (a stage, a motion, a value, rivals, the prospect's problem): a lead handed over
  // without a registering word ("Fernbank Housing (fernbank.org.uk), Gareth Evans, gareth@…,
  // budget £30k"). Read from the partner's text only: a forwarded mail says nothing of handing over.
  // Named more thinly (only the prospect's address, or a company with its website and no contact
  // yet: a dictated note, an early heads-up), the partner's text must also ask nothing: a question
  // about a named firm is an enquiry, not a lead handed over.
  const described = () =>
    (fullContact ||
      (hasCompany && !!reg.contact.email) ||
      ((companyWithSite || ownAddress()) && !asksSomething(own))) &&
    dealFacts(own);
  // the subject names the prospect after its registering phrase and the partner's text writes the
  // same name ("register pls: Harlow Mills" above "harlow mills, 12 sites, more soon"): a name
  // of two capitalised words at least, as a company named in the partner's text would need
  // ("please register: portal access" names no one)
  const subjectNameInOwn = () => {
    const rest = registeringSubjectRest(ctx.subject);
    if (!rest) return false;
    const words = rest.split(/\s+/);
    if (words.length < 2 || !words.every((w) => CAPITALISED_WORD_RE.test(w))) return false;
    return fold(own).includes(fold(rest));
  };
  // the partner asking for a registration (not asking about one) and leaving a trace of the
  // prospect that the pickers could not settle: an address, a phone, a forwarded prospect mail, a
  // labelled company or contact, or something said about the deal or the place ("40 sites on the
  // west coast", "maybe 20k") or the name the subject gives, in a text that asks nothing (a list of questions about the programme
  // says "registration" too). The unsettled fields are then missing and asked for.
  const asked = () =>
    asksToRegister(`${ctx.subject}\n\n${own}`) &&
    (!!(
      reg.contact.email ||
      reg.contact.phone ||
      reg.contact.name ||
      reg.company.name ||
      reg.company.domain ||
      prospectFwd ||
      L.has("company") ||
      L.has("contactName")
    ) ||
      (!asksSomething(own) && (reg.geography !== null || dealFacts(own) || subjectNameInOwn())));
  // a prospect's own mail passed on without a word of the partner's (a mailbox rule, a shared
  // inbox resending it): the prospect, settled by company and contact, asking for something or
  // describing a need is the lead. A note of the partner's above it speaks for itself instead
  // ("FYI only" is no handover; "please register" is read above).
  const passedOn = () =>
    !!prospectFwd && own.trim() === "" && !!reg.company.name && hasContact && dealFacts(prospectFwd.body);
  // a lead handed over with a person's name and no address or website (a note from the road:
  // "new lead: the GM there is Ines Varga, call her on 0170 1234567, they run 3 kiosks on paper"):
  // the partner's own text registers or refers, says something about the deal and asks nothing;
  // the company, domain and address it lacks are then missing and asked for, never guessed
  const reachableOnly = () => !!reg.contact.name && intent() && !asksSomething(own) && dealFacts(own);
  // a question about a deal registered earlier, naming no contact to add: a follow-up
  const followUp = () => !reg.contact.email && !labelledForm && asksAboutEarlierRegistration(own);
  // a person's address at another firm in the partner's own words, the rest unsettled (no company
  // or no contact name found, no registering word or deal fact the tables know in the mail's
  // language): a lead handed over thinly, not other mail that nobody answers. A note that asks
  // something must give the person's phone too (contact details handed over, not an old colleague's
  // new address mentioned). Read only while a required field is missing, so that it is held for
  // the partner's answer or for review.
  const addressOnly = () =>
    ownAddress() &&
    (!!reg.contact.phone || !asksSomething(own)) &&
    !(reg.company.name && reg.company.domain && reg.contact.name);
  const settled =
    labelledForm ||
    handedOver ||
    (((hasCompany && hasContact) || namedCompany || fullContact) && intent()) ||
    described() ||
    asked() ||
    passedOn() ||
    reachableOnly();
  // the partner handing a lead over and saying its details are still to come ("will send her mail
  // tomorrow", "no website yet"), in a text that registers or tells the deal and asks nothing: a
  // lead held with the fields it lacks, for the partner's answer. Only while one is missing; thin,
  // so that an answer in a thread saying so is no new lead.
  const promised = () =>
    !(reg.company.name && reg.company.domain && reg.contact.name && reg.contact.email) &&
    !asksSomething(own) &&
    promisesDetails(own) &&
    (asksToRegister(`${ctx.subject}\n\n${own}`) || dealFacts(own));
  const thin = !settled && (addressOnly() || promised());
  const isRegistration = !saysNotADeal(own) && !subjectNamesAnInvoice(ctx.subject) && !followUp() && (settled || thin);

  /** a required field turned down after it was picked: missing, with the reason kept */
  const drop = (field: KeyField, reason: string) => {
    picks[field] = withdraw(picks[field]!, reason);
    delete snippets[field];
    if (field === "company.name") reg.company.name = null;
    if (field === "company.domain") reg.company.domain = null;
    if (field === "contact.name") reg.contact.name = null;
    if (field === "contact.email") reg.contact.email = null;
  };
  // a forwarded chain in which several outside firms write, none of them named in the partner's
  // words: which one is the prospect is open, so what the chain gave is asked for (a labelled
  // line is the partner's own word)
  if (isRegistration && chainProspectUnnamed(ctx, prospectFwd, own)) {
    for (const field of ["company.name", "company.domain", "contact.name", "contact.email"] as const)
      if (picks[field]!.value && picks[field]!.evidence?.kind !== "labelled line")
        drop(field, "several outside firms write in the forwarded chain and the partner's text names none of them");
    // the title a signature gave goes with the person it named
    if (!reg.contact.name && !lv("role")) reg.contact.role = null;
  }

  // the last look: a value cut out of a longer name, a seat or a person as the company, a name
  // the address contradicts is asked for rather than stored
  if (isRegistration) {
    const doubts = auditKeyFields({
      text: [own, fwdText].join("\n\n"),
      company: reg.company.name,
      domain: reg.company.domain,
      contactName: reg.contact.name,
      contactEmail: reg.contact.email,
      contactBusiness: contact.name.rejected.find((r) => r.reason === SPELLED_BY_PERSONS_ADDRESS)?.value ?? null,
      companyKind: picks["company.name"]!.evidence?.kind ?? null,
      subject: ctx.subject,
      companyRivals: picks["company.name"]!.rejected.filter((r) => r.outranked),
    });
    for (const d of doubts) {
      if (d.fuller) {
        reg.company.name = d.fuller;
        continue;
      }
      drop(d.field, d.reason);
    }
  }

  const base = labelledCore >= 2 ? 0.92 : prospectFwd ? 0.82 : 0.75;
  // a thin lead is held for review: never surer than an even chance
  const confidence = Math.min(messageConfidence(base, Object.values(picks)), thin ? 0.5 : 1);
  return {
    extraction: { registration: reg, partner, provenance: {}, confidence: isRegistration ? confidence : 0.2 },
    isRegistration,
    thin: isRegistration && thin,
    snippets,
    evidence: evidenceOf(picks),
  };
}

/**
 * The partner forwarding a mail they wrote to the prospect ("my mail to Per below, so you have
 * everything"): its one recipient outside the partner's and vendor's side is the prospect, as the
 * sender of a forwarded prospect mail would be. Read as that person's mail without a signature
 * (the one below it is the partner's own).
 */
function ownMailToProspect(ctx: MailContext): Forward | undefined {
  for (const f of ctx.forwards) {
    const d = f.from ? domainOfEmail(f.from.address) : null;
    const partnerWrote = !!f.from && (f.from.address === ctx.from?.address || (!!d && ctx.partnerDomains.has(d)));
    if (!partnerWrote) continue;
    const outside = addressesInList(f.toText).filter((a) => isProspectEmail(ctx, a.address));
    if (outside.length === 1)
      return { ...f, from: { address: outside[0]!.address, name: outside[0]!.name || null }, signature: "" };
  }
  return undefined;
}

/**
 * The message's confidence: the form's base (a labelled form, a forwarded prospect mail, prose),
 * less for each required field left missing, and a little for each one kept on weak evidence.
 */
function messageConfidence(base: number, required: FieldPick[]): number {
  const missing = required.filter((p) => !p.value).length;
  const weak = required.reduce((sum, p) => sum + (p.value ? Math.max(0, WELL_FOUNDED - p.confidence) : 0), 0);
  return Math.max(0.1, Math.min(0.97, base - 0.12 * missing - 0.5 * weak));
}

/** From this per-field confidence a kept value costs the message nothing. */
const WELL_FOUNDED = 0.75;

function evidenceOf(picks: Record<string, FieldPick>): Record<string, FieldEvidence> {
  const out: Record<string, FieldEvidence> = {};
  for (const [path, p] of Object.entries(picks)) {
    if (!p.evidence && p.rejected.length === 0) continue;
    out[path] = {
      kind: p.evidence?.kind ?? null,
      confidence: Math.round(p.confidence * 100) / 100,
      ...(p.rejected.length ? { rejected: describeRejected(p.rejected) } : {}),
    };
  }
  return out;
}

/**
 * A registration written in the subject ("Deal reg: Acme AS - Kari Nilsen (kari@acme.no) - NOK 400k")
 * above a one-line body: the subject's segments are read as lines of the partner's text.
 */
function withSubjectFacts(ctx: MailContext): string {
  if (ctx.own.length > 400 || findEmails(ctx.subject).length === 0) return ctx.own;
  const lines = stripSubjectPrefixes(ctx.subject)
    .split(/\s+[-–—|]\s+|\s*;\s*/)
    .map((l) => l.trim())
    .filter(Boolean);
  return `${ctx.own}\n\n${lines.join(".\n")}`;
}

// a registered name counts as the company it stands for (labels.ts, firstByField)
const asCore = (f: LabelField): LabelField => (f === "legalName" ? "company" : f);
const coreCount = (ls: LabelledValue[]) =>
  new Set(ls.filter((l) => CORE_LABELS.includes(asCore(l.field)) && l.value).map((l) => asCore(l.field))).size;

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
      ls.some((l) => (asCore(l.field) === "company" || l.field === "contactName") && l.value) &&
      (!best || coreCount(ls) > coreCount(best))
    )
      best = ls;
  }
  return best ?? mine;
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

/**
 * The need in the partner's text (and forwarded mails) or in the prospect's mail quoted below it:
 * a need told in so many words on either side before a sentence that only describes the prospect.
 * Each side is read once; the quoted side only when the partner's tells no need.
 */
function problemInProse(texts: string[], quoted: string, companyName: string | null): string | null {
  const partners = readProblem(texts, companyName, true, false);
  if (partners.told !== null) return partners.told;
  const prospects = readProblem([quoted], companyName, false, false);
  return prospects.told ?? partners.described() ?? prospects.described();
}

/**
 * "Marco Rossi - Consorzio Emilia", "Ruud Hoek | Van Dijk Telematica": a display name that adds
 * the firm (spelling the sender's domain, or with a firm's word or legal form) to the person.
 */
function personBeforeFirm(name: string | null, domain: string | null): string | null {
  if (!name) return name;
  const parts = name.split(/\s+[-–—|]\s+/);
  if (parts.length !== 2 || !looksLikePersonName(parts[0]!)) return name;
  const firm = parts[1]!;
  const isFirm =
    (!!domain && orgMatchesDomain(firm, domain)) || ORG_WORDS_RE.test(firm) || LEGAL_SUFFIX_RE.test(` ${firm}`);
  return isFirm ? parts[0]! : name;
}

export function extractPartner(ctx: MailContext): Partner {
  const email = ctx.from?.address || null;
  // a team, role or shared mailbox, or a firm, as the sender: the person signing the mail is the
  // partner (none when a team signs); only a mail without any signature keeps the sender's name
  const named = personBeforeFirm(ctx.from?.name ?? null, ctx.partnerDomain);
  const signer = named && !namesNoPerson(named) ? null : partnerSigner(ctx);
  const person = signer ? signer.name : named;
  const cleaned = person ? cleanPersonName(displayNameOrder(person.replace(/^(?:dr|prof)\.?\s+/i, ""))) : null;
  const signed = `${ctx.own.split("\n").slice(-8).join("\n")}\n${ctx.ownSignature}`;
  const ordered = cleaned && !EITHER_ORDER_RE.test(email ?? "") ? orderAsSigned(cleaned, signed) : cleaned;
  // "中村 悠真" as the display name, "中村 悠真 (NAKAMURA Yuma)" in the partner's text: the Latin spelling
  const latin = ordered ? latinSpelling(ordered, `${ctx.own}\n${ctx.ownSignature}`) : null;
  // "Tomás Aranda" as the display name, "Tomás Aranda Pizarro" signed: the name in full
  const name =
    latin ??
    (ordered && !signer ? (fullerName(ordered, signingLines(ctx.own, ctx.ownSignature), email) ?? ordered) : ordered);
  const opts = { domain: ctx.partnerDomain, personName: person, extraDomains: [...ctx.partnerDomains] };
  let organization = organizationFromSignature(ctx.ownSignature || lastLines(ctx.own, 6), opts);
  // a signature of the signer's name alone under a line that is a firm's name in a caseless script
  // ("株式会社…" over "佐藤 健二": Japanese, Korean and Chinese signatures put the firm first); a
  // Latin line above the name may be the mail's own one line ("Hi! Reg. Acme AS")
  if (!organization && ctx.ownSignature) {
    const firmAbove = lastLines(ctx.own, 2)
      .split("\n")
      .filter((l) => CASELESS_LEGAL_RE.test(l.trim()));
    if (firmAbove.length > 0)
      organization = organizationFromSignature(`${firmAbove.join("\n")}\n${ctx.ownSignature}`, opts);
  }
  // a mail of the partner's own quoted in the thread: its signature is theirs in full
  for (const f of ctx.forwards) {
    if (organization) break;
    if (email && f.from?.address.toLowerCase() === email.toLowerCase() && f.signature)
      organization = organizationFromSignature(f.signature, opts);
  }
  // the full signature may sit below a forwarded or quoted mail: the block under a
  // line with the partner's name (as the display name writes it, or in the order it is signed)
  if (!organization && person) {
    const block =
      blockAfterName(ctx.whole, person) ?? (name && name !== person ? blockAfterName(ctx.whole, name) : null);
    if (block) organization = organizationFromSignature(block, opts);
  }
  // "안녕하세요, 한빛소프트 김민수입니다": the firm the partner names before their own name where
  // they introduce themselves (the languages that write it so: lang/person-names.ts)
  if (!organization && person) {
    const firm = firmBeforeOwnName(ctx.own, person);
    if (firm && !ctx.vendor.words.some((w) => fold(firm).includes(fold(w)))) organization = firm;
  }
  // "نقطة باي (Nuqta Pay)" in the partner's text: the firm signed in another script is spelt in
  // Latin letters beside it, as the sender's domain spells it
  if (organization && ctx.partnerDomain) organization = latinBesideFirm(organization, ctx.own, ctx.partnerDomain);
  // no signature names the firm: the partner's own text writing the sender's domain as a name
  // ("Inês from Lusotech here", "pls register under Siam Stay Tech" from siamstaytech.co.th)
  if (!organization && ctx.partnerDomain && !isFreeMailDomain(ctx.partnerDomain))
    organization = nameSpellingDomain(`${ctx.own}\n${ctx.ownSignature}`, ctx.partnerDomain);
  // "Harbour Analytics (Asia)", "Kask Teenused OÜ (Kask Services)": a place or a translation in
  // brackets after the name is no part of it ("(Pty) Ltd", "UG (haftungsbeschränkt)" are)
  const org = organization ? tidyCompanyName(organization) : null;
  return { email: email ? email.toLowerCase() : null, name: clean(name), organization: clean(org) };
}

/** "(Nuqta Pay)" right after a name */
const LATIN_IN_BRACKETS_RE = /^[ \t]*[(（]([^()（）\n]{3,60})[)）]/u;

/** `firm`, or its Latin spelling in brackets right after it in `text` where that spells `domain` */
function latinBesideFirm(firm: string, text: string, domain: string): string {
  if (LATIN_LETTER_RE.test(firm)) return firm;
  const at = text.indexOf(firm);
  const latin = at >= 0 ? LATIN_IN_BRACKETS_RE.exec(text.slice(at + firm.length))?.[1]?.trim() : undefined;
  return latin && orgMatchesDomain(latin, domain) ? latin : firm;
}

const EITHER_ORDER_RE = new RegExp(String.raw`\.(?:${eitherOrderDomains.join("|")})$`, "i");
/** a name in Latin letters only: a name beside its own script ("Chen Yi-Ting 陳怡婷") is left as read */
const LATIN_NAME_RE = /^[\p{Script=Latin}\p{M} '’.-]+$/u;

/**
 * The partner's name in the order their own signature writes it: a display name written family
 * name first ("Berg Anna", "BERG Anna") signed "Anna Berg", or the other way round. A line of the
 * signature holding exactly the name's words in another order gives the order; the words keep
 * their spelling.
 */
function orderAsSigned(name: string, signature: string): string {
  const words = name.split(" ");
  if (words.length < 2 || words.length > 4 || !LATIN_NAME_RE.test(name)) return name;
  const key = (w: string) => fold(w).replace(/[.,]+$/, "");
  const wanted = words.map(key);
  for (const line of signature.split("\n")) {
    const written = line.trim().split(/\s+/).map(key);
    if (written.length !== words.length || written.join(" ") === wanted.join(" ")) continue;
    if ([...written].sort().join(" ") !== [...wanted].sort().join(" ")) continue;
    return written.map((w) => words[wanted.indexOf(w)]!).join(" ");
  }
  return name;
}

/** a line of rule characters closing a signature ("-----", "━━━━"), and blank lines after it */
const CLOSING_RULE_RE = /\n[ \t]*[-–—_=━─*~·•]{3,}\s*$/u;
/** The last `n` lines of a text, without a line of rule characters that closes it. */
function lastLines(text: string, n: number): string {
  return text.replace(CLOSING_RULE_RE, "").split("\n").slice(-n).join("\n");
}

const CAPITALISED_RUN_RE = /\p{Lu}[\p{L}\p{N}]*(?:[ \t]+(?:&[ \t]+)?\p{Lu}[\p{L}\p{N}]*){0,3}/gu;
const RUN_WORD_RE = /[^ \t]+/g;
/**
 * Up to three capitalised words right after a name (a joining word before one allowed), as far as
 * the last one that is an organisation's word or a legal form: "Partners", "Consulting Ltd".
 */
const FIRM_WORDS_AFTER_RE = new RegExp(
  String.raw`^(?:[ \t]+(?:(?:of|de|del|do|da|di|du|y|e|&|and)[ \t]+)?\p{Lu}[\p{L}\p{N}.]*){1,3}`,
  "u",
);
/** a joining word and capitalised words only: "del Norte", "of Ireland" */
const OF_PLACE_AFTER_RE = /^[ \t]+(?:of|de|del|do|da|di|du)[ \t]+\p{Lu}[\p{L}]*$/u;

/**
 * One to four capitalised words (as written) that spell the domain's name exactly, or null; with
 * the words that go on naming the firm after them ("Daly Ruane" + " Consulting" for dalyruane.ie,
 * "Soluciones Norteñas" + " del Golfo"): the domain spells a firm's first words, not always all.
 */
function nameSpellingDomain(text: string, domain: string): string | null {
  const label = domainLabel(domain);
  if (label.length < 4) return null;
  for (const m of eachMatch(text, CAPITALISED_RUN_RE)) {
    const words = allMatches(m[0], RUN_WORD_RE);
    // the run's words from its first on: "Siam Stay Tech" inside "Under Siam Stay Tech We"
    for (let i = 0; i < words.length; i++) {
      const run = spellingRun(
        words.slice(i).map((w) => w[0]),
        label,
        { passEmpty: true },
      );
      if (run.letters !== label.length) continue;
      const j = i + run.words - 1;
      // where the name ends in the text (the run may write tabs or several blanks between its words)
      const end = m.index + words[j]!.index + words[j]![0].length;
      const name = words
        .slice(i, j + 1)
        .map((w) => w[0])
        .join(" ");
      return name + firmWordsAfter(text.slice(end, end + 80));
    }
  }
  return nameAbbreviatingDomain(text, label);
}

const LOWER_CASE_RE = /\p{Ll}/u;
/** Three to four capitalised words (as written) that the domain's name shortens ("Tarn Vale Equipment" for tvequip.com), or null. */
function nameAbbreviatingDomain(text: string, label: string): string | null {
  for (const m of eachMatch(text, CAPITALISED_RUN_RE)) {
    const words = allMatches(m[0], RUN_WORD_RE).map((w) => w[0]);
    // a heading in capitals ("THE HARBOUR DAILY DIGEST") names no firm of the sender's
    if (!words.every((w) => LOWER_CASE_RE.test(w))) continue;
    for (let i = 0; i + 3 <= words.length; i++)
      for (let j = words.length; j >= i + 3; j--) {
        const name = words.slice(i, j).join(" ");
        if (abbreviatesLabel(name, label)) return name;
      }
  }
  return null;
}

/** The words after a name that still name the firm (see FIRM_WORDS_AFTER_RE), or "". */
function firmWordsAfter(after: string): string {
  const words: string[] = [];
  for (const w of (FIRM_WORDS_AFTER_RE.exec(after)?.[0] ?? "").split(/[ \t]+/).filter(Boolean)) {
    // a full stop ends the sentence there, unless it is a legal form's own ("Pty. Ltd.")
    const legal = LEGAL_SUFFIX_RE.test(` ${w}`);
    words.push(w.endsWith(".") && !legal ? w.slice(0, -1) : w);
    if (w.endsWith(".") && !legal) break;
  }
  const run = words.length ? ` ${words.join(" ")}` : "";
  if (OF_PLACE_AFTER_RE.test(run)) return run;
  for (let k = words.length; k > 0; k--) {
    const last = words[k - 1]!;
    if (ORG_WORDS_RE.test(last) || LEGAL_SUFFIX_RE.test(` ${last}`)) return ` ${words.slice(0, k).join(" ")}`;
  }
  return "";
}

// "Estado: Oaxaca" names a state where "Estado: demo agendada" names a status: a place's name alone
// (capitalised words, the particles between them, an aside), with no stage in it, is the region
const STATE_OR_STATUS = new Set(CUES.stateOrStatusLabel.map((w) => fold(w)));
const NAME_ONLY_RE = /^\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:(?:d[aoe]s?|del|y|e)[ \t]+)?\p{Lu}[\p{L}'’-]*){0,3}$/u;
const LABEL_LETTERS_RE = /[^\p{L}]+/gu;
const END_ASIDE_RE = /[ \t]*\([^()]*\)$/u;
function stateUnderStatusLabel(labels: readonly LabelledValue[], mask: (s: string) => string): string | null {
  for (const l of labels) {
    if (l.field !== "stage" || !l.value || !STATE_OR_STATUS.has(fold(l.label.replace(LABEL_LETTERS_RE, "")))) continue;
    const place = labelledPlace(l.value);
    const bare = place.replace(END_ASIDE_RE, "");
    if (NAME_ONLY_RE.test(bare) && detectStage(mask(l.value)) === null && isPlausiblePlace(place)) return clean(place);
  }
  return null;
}
