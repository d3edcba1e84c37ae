// The prospect's company: its domain and its name, each picked from candidates with their evidence
// (a labelled line, a website in the text or a signature, the contact's address, a vCard, a
// phrase in the prose or the subject) and checked against each other and against the partner's
// and the vendor's own names and domains. Pure.
import { companyOfTwoScripts, latinOnly } from "./two-scripts.ts";
import { domainOfEmail, findUrls, isFreeMailDomain, isPlatformDomain, registrableDomain } from "../normalise/domain.ts";
import { isPlausibleCompanyName, tidyCompanyName } from "../normalise/shape.ts";
import type { Partner } from "../schema.ts";
import type { VcardContact } from "../vcard.ts";
import type { LabelField, LabelledValue } from "./labels.ts";
import { isForeignDomain, type Forward, type MailContext } from "./mail-context.ts";
import {
  LEGAL_FORM_END_RE,
  LEGAL_SUFFIX_RE,
  LEGAL_SUFFIX_SRC,
  nameWords,
  organizationFromSignature,
  spellsAcronym,
} from "./organization.ts";
import {
  findCompanyCandidates,
  firmNamesIn,
  leadsIntoName,
  legalNamesIn,
  LEGAL_PREFIX_SPACE_RE,
  opensDomain,
  opensWithInstitutionNoun,
  startAtSubjectName,
  subjectShortFormOf,
  type CompanyCandidate,
} from "./company.ts";
import { abbreviatesLabel, alnum, domainLabel, fold, orgMatchesDomain, spellingRun } from "./text-utils.ts";
import { registeringPhraseEnds } from "../normalise/cues.ts";
import {
  applyChecks,
  candidate,
  choose,
  REQUIRED_THRESHOLD,
  type Candidate,
  type FieldPick,
  type Rejected,
} from "./evidence.ts";
import { businessPhraseOfSubject, caselessSubjectName } from "./caseless-subject.ts";
import { entityKey, registeredNamesIn } from "./registered-entity.ts";
import { BUSINESS_NOUN_BEFORE_RE, LABEL_WORDS, PARENT_BEFORE_RE } from "../lang/index.ts";
import { PUBLIC_BODY_HEAD_RE } from "../lang/public-bodies.ts";
import { ANY_FORM_BEFORE_SRC } from "../lang/legal-forms.ts";
import { CUES } from "../lang/cues.ts";
import { allMatches, eachMatch } from "../text/regex.ts";

/** Template text where a company name belongs: "YOUR COMPANY", "[Company name]", "Ihr Unternehmen". */
export const PLACEHOLDER_COMPANY =
  /^(?:(?:your|ihre?|votre|the|a|an)\s+(?:company|firma|unternehmen|organi[sz]ation|business|entreprise|soci[ée]t[ée])(?:\s+name)?|company\s+name|firmenname|name des unternehmens|\[[^\]]*\]|<[^>]*>|x{3,})$/iu;

/** a name without the quotation marks around it ("«Acme»" -> "Acme") */
const unquoted = (s: string): string => s.replace(/^[«„“"‘']+|[»“”"’']+$/gu, "").trim();

/** Legal forms written before the name ("PT Kayu Lestari", "UAB Baltic Mill", "OOO Volga", "Công ty CP …"): part of it. */
const LEGAL_PREFIX_RE = new RegExp(String.raw`^(?:${ANY_FORM_BEFORE_SRC})\s+$`, "u");

/** An article before a name in Romance prose ("La", "El", "Il", "Os"): grammar, when the subject writes the name without it. */
const ARTICLE_RE = /^(?:La|El|Le|Les|Il|Lo|Los|Las|O|Os|A|As|The)\s+$/u;

export interface DomainInput {
  ctx: MailContext;
  own: string;
  labels: Map<LabelField, LabelledValue>;
  prospectFwd: Forward | undefined;
  contactEmail: string | null;
  vcards: VcardContact[];
}

/** The domain: a website the partner gave, else one in the text that fits, else the contact's address's. */
export function pickDomain(input: DomainInput): FieldPick {
  const { ctx, labels, prospectFwd, contactEmail, vcards } = input;
  const rejected: Rejected[] = [];
  const cands: Array<Candidate | null> = [];
  const own = (d: string | null, raw: string, kind: Candidate["kind"]): d is string => {
    if (!d) return false;
    // "takes bookings through Booking.com", "facebook.com/…": where the prospect is found, not its site
    if (isPlatformDomain(d)) {
      rejected.push({ value: raw, kind, reason: "a listing, marketplace, social or directory platform's domain" });
      return false;
    }
    if (isForeignDomain(ctx, d)) return true;
    const whose = ctx.vendorDomains.has(d) ? "the vendor's own domain" : "the partner's own domain";
    rejected.push({ value: raw, kind, reason: whose });
    return false;
  };
  const websiteLabel = labels.get("website");
  // "Website: –": the partner says there is none, so no other website stands in for it
  if (websiteLabel && !websiteLabel.value) return { value: null, evidence: null, confidence: 0, rejected };
  if (websiteLabel?.value) {
    const d = registrableDomain(websiteLabel.value);
    if (own(d, websiteLabel.value, "labelled line"))
      cands.push(candidate(d, "labelled line", 0.92, websiteLabel.value));
  }
  const emailDomain = contactEmail ? domainOfEmail(contactEmail) : null;
  const usable =
    emailDomain && !isFreeMailDomain(emailDomain) && isForeignDomain(ctx, emailDomain) ? emailDomain : null;
  if (emailDomain && !usable && isFreeMailDomain(emailDomain))
    rejected.push({ value: emailDomain, kind: "address", reason: "a free-mail provider" });
  if (cands.length === 0) {
    const fwdText = prospectFwd
      ? `${prospectFwd.body}\n${prospectFwd.signature}`
      : ctx.forwards.map((f) => `${f.body}\n${f.signature}`).join("\n\n");
    const urls: Array<{ raw: string; d: string; kind: Candidate["kind"] }> = [];
    for (const [text, kind] of [
      [input.own, "prose pattern"],
      [fwdText, "signature block"],
    ] as const) {
      for (const u of findUrls(text)) {
        const d = registrableDomain(u.value);
        if (own(d, u.value, kind) && !isFreeMailDomain(d)) urls.push({ raw: u.value, d, kind });
      }
    }
    for (const v of vcards) {
      const d = v.url ? registrableDomain(v.url) : null;
      if (own(d, v.url!, "vCard")) urls.push({ raw: v.url!, d, kind: "vCard" });
    }
    const distinct = [...new Set(urls.map((u) => u.d))];
    const companyLabel = labels.get("company")?.value;
    for (const u of urls) {
      // the website that is the contact's own domain; the only website named; the one the company's name spells
      const strength =
        u.d === usable
          ? 0.9
          : distinct.length === 1
            ? 0.84
            : companyLabel && orgMatchesDomain(companyLabel, u.d)
              ? 0.83
              : 0.3;
      cands.push(candidate(u.d, u.kind, strength, u.raw));
    }
  }
  if (usable) cands.push(candidate(usable, "address", 0.8, contactEmail));
  return choose(cands, { rejected });
}

export interface CompanyInput {
  ctx: MailContext;
  labels: Map<LabelField, LabelledValue>;
  /** the partner's own text, vendor names masked */
  ownMasked: string;
  subjectMasked: string;
  prospectFwd: Forward | undefined;
  partner: Partner;
  domain: string | null;
  /** the contact's address's domain when usable (for the signature's organisation line) */
  emailDomain: string | null;
  personName: string | null;
  vcards: VcardContact[];
  /** all of the mail's text (the partner's with their signature and the forwarded mails), vendor names masked */
  wholeMasked: string;
  /** the partner's own text and the bodies of the mails it forwards, as written */
  allText: string;
}

/** The company's name: the labelled one, else the clearest phrase in the text, a signature or a vCard. */
export function pickCompanyName(input: CompanyInput): FieldPick {
  const { ctx, labels, prospectFwd, partner, domain } = input;
  const rejected: Rejected[] = [];
  const cands: Array<Candidate | null> = [];
  const excluded = [partner.organization, partner.name, ...ctx.excludedNames, ...ctx.vendor.words].filter(
    (x): x is string => !!x,
  );
  const ownDomains = [...ctx.partnerDomains, ...ctx.vendorDomains];
  // "Acme Riba S.L." in the prose is the partner's "Acme Riba, S.L." from their signature: the
  // entity is the same whatever the punctuation before the legal form
  const ownName = (n: string): boolean =>
    excluded.some(
      (e) =>
        (fold(e).length >= 3 && fold(n).includes(fold(e))) ||
        (entityKey(e).length >= 4 && entityKey(n) === entityKey(e)),
    );
  const isOwn = (n: string): boolean => ownDomains.some((d) => orgMatchesDomain(n, d)) || ownName(n);
  const companyLabel = labels.get("company");
  if (companyLabel) {
    const v = companyLabel.value?.trim();
    if (v && PLACEHOLDER_COMPANY.test(v)) rejected.push({ value: v, kind: "labelled line", reason: "a placeholder" });
    else if (v && shortFormInUse(v, `${ctx.subject}\n${input.ownMasked}`))
      rejected.push({
        value: v,
        kind: "labelled line",
        reason: "the mail also calls it by the short form in brackets: with it or without it is open",
      });
    else if (v && domain && tradeNameInBrackets(v, domain))
      rejected.push({
        value: v,
        kind: "labelled line",
        reason: "a registered name and, in brackets, the name its website spells: which one (or both) is open",
      });
    // "桜ヶ丘学園 (Sakuragaoka Gakuen)": the name as the mail writes its other names (extract/two-scripts.ts)
    else {
      const people = [labels.get("contactName")?.value].filter((x): x is string => !!x);
      const value =
        v && companyOfTwoScripts(v, input.allText, ctx.excludedNames, ctx.subject, ctx.ownSignature, people);
      if (value === null)
        rejected.push({
          value: v!,
          kind: "labelled line",
          reason: "written in two scripts while the subject writes it in Latin letters only: which one is open",
        });
      else {
        // "Acme Museum – City of Acme": a description after the name, the subject or domain writing the name
        const head =
          value && !isPlausibleCompanyName(checkedForm(value, domain))
            ? describedHead(value, ctx.subject, domain)
            : null;
        cands.push(candidate(head ?? value, "labelled line", 0.9, companyLabel.value));
      }
    }
  } else {
    const found = findCompanyCandidates({
      own: input.ownMasked,
      subject: input.subjectMasked,
      domain,
      excluded,
      excludedDomains: ownDomains,
    });
    let best = found[0];
    const fromSig = prospectFwd
      ? organizationFromSignature(prospectFwd.signature, {
          domain: domain ?? input.emailDomain,
          personName: input.personName ?? prospectFwd.from?.name ?? null,
        })
      : null;
    // a signature below a forward may be the partner's own (they sign after the forwarded block)
    if (fromSig && isOwn(fromSig))
      rejected.push({ value: fromSig, kind: "signature block", reason: "the partner's or vendor's own" });
    const sig = fromSig && !isOwn(fromSig) ? fromSig : null;
    // the subject giving the name without the text's leading word ("Transportes Almeida & Filhos,
    // Lda." under "Almeida & Filhos") leaves it open whether that word is part of the name: ask
    // the same when the subject's own reading wins (its domain spells it) over the text's longer one
    const longer = best?.why === "subject" ? subjectNameInside(best.name, found, ctx.subject) : undefined;
    const judged = longer ?? best;
    const cut = judged && judged.score >= 3 ? startAtSubjectName(judged.name, ctx.subject) : null;
    const dropped = judged && cut ? judged.name.slice(0, judged.name.length - cut.length) : "";
    const article = !!judged && !!cut && cut !== judged.name && ARTICLE_RE.test(dropped);
    // "pour nous :\n\nLe Moulin des Arts … SAS", "le prospect Les Ateliers …": an article written
    // capitalised where no sentence starts (after a colon, inside a sentence) is the name's own
    if (article && !longer && articleOfName(input.ownMasked, judged!.index)) {
      found.splice(found.indexOf(judged!), 1);
      found.unshift(judged!);
      best = judged;
    }
    // "La Clínica Dental Sonrisas S.L." under "Clínica Dental Sonrisas": the prose's article
    else if (article) {
      if (!longer) best = found[0] = { ...judged!, name: cut! };
    }
    // the text writes the longer name whole as an entity (closed by its legal form, opening its
    // line or the value after a colon or dash: "Anmeldung: Bau Huber GmbH" under "Huber"): that is
    // the name, the subject's shorter reading inside it gives way
    else if (
      judged &&
      cut &&
      cut !== judged.name &&
      (writtenWholeAsEntity(judged.name, dropped, input.ownMasked, ctx.subject) ||
        subjectAbbreviatesHead(dropped, cut, ctx.subject))
    ) {
      const key = fold(judged.name);
      for (let i = found.length - 1; i >= 0; i--)
        if (found[i] === judged || (found[i]!.why === "subject" && key.includes(fold(found[i]!.name))))
          found.splice(i, 1);
      found.unshift(judged);
      best = judged;
    }
    // "Kamp i Hotel Modra Uvala d.o.o." under "Modra Uvala": a business noun before the subject's
    // name is part of the name (lang/business-nouns.ts), as a legal form before it is
    else if (
      judged &&
      cut &&
      cut !== judged.name &&
      !LEGAL_PREFIX_RE.test(dropped) &&
      !BUSINESS_NOUN_BEFORE_RE.test(dropped) &&
      // nor a Vietnamese head and its trade ("Tiệm vàng Kim Phát" under "Kim Phát")
      judged.why !== "business head before" &&
      // nor an institution's noun its language puts before the name ("Stichting …" under the name alone)
      !opensWithInstitutionNoun(judged.name) &&
      // nor is a public body's kind opening the name ("Communauté de communes du …" under "CC du …")
      !PUBLIC_BODY_HEAD_RE.test(judged.name)
    ) {
      rejected.push({
        value: judged.name,
        kind: "prose pattern",
        reason: "the subject names it without its first word",
      });
      return choose([], { rejected });
    }
    const card = input.vcards.find((v) => v.organization)?.organization ?? null;
    // "Vindholm AB" written after "Sömmerskan på", nothing telling whether those words open the name
    // (extract/company.ts: placeHeadBefore): the prospect's signature or card writing them so, else ask
    const withPlaceHead = (c: CompanyCandidate) => (c.placeHead ? fold(`${c.placeHead} ${c.name}`) : null);
    if (
      best?.placeHead &&
      ![sig, card && !isOwn(card) ? card : null].some((x) => x && fold(x) === withPlaceHead(best!))
    ) {
      rejected.push({
        value: best.name,
        kind: best.why === "subject" ? "subject" : "prose pattern",
        reason: `written after "${best.placeHead}", which may open the name`,
      });
      return choose([], { rejected });
    }
    for (const c of found.slice(0, 3)) {
      const kind = c.why === "subject" ? "subject" : "prose pattern";
      // "Registering NileCare for …" above a forward signed "NileCare Dental Clinics", or a card's
      // "Lukas Bau Sp. z o.o." under "Lukas Bau" in the text: the full name
      // "Francesinhas & Companhia, Unipessoal Lda." too: the legal form after a comma
      const fuller = [sig, card && !isOwn(card) ? card : null].find(
        (x) =>
          x &&
          (fold(x).startsWith(`${fold(c.name)} `) ||
            fold(x) === withPlaceHead(c) ||
            abbreviates(c.name, x) ||
            // "ТОВ «Acme»", "PT Acme" on the card for the text's "Acme": its legal form before it
            (LEGAL_PREFIX_SPACE_RE.test(x) && fold(unquoted(x.replace(LEGAL_PREFIX_SPACE_RE, ""))) === fold(c.name)) ||
            (fold(x).startsWith(`${fold(c.name)},`) && LEGAL_SUFFIX_RE.test(` ${x.slice(c.name.length + 1).trim()}`))),
      );
      const value = c === best && fuller ? fuller : c.name;
      cands.push(candidate(value, kind, c.score >= 3 ? Math.min(0.88, 0.6 + 0.04 * c.score) : 0.45, c.name));
    }
    cands.push(candidate(sig, "signature block", 0.7, sig));
    // a name typed in lower case ("pls reg waikato dairy processing ltd"): read only when it spells the domain
    if (domain && !found.some((c) => c.score >= 3)) {
      const spelled =
        nameSpelledByDomain(input.ownMasked, domain) ?? lowerCaseNameAfterRegistering(input.ownMasked, domain);
      cands.push(candidate(spelled, "prose pattern", 0.72, spelled));
    }
    if (card && isOwn(card)) rejected.push({ value: card, kind: "vCard", reason: "the partner's or vendor's own" });
    else cands.push(candidate(card, "vCard", 0.66, null));
    const own = ownFirmInProspectMail(ctx, domain ?? input.emailDomain, isOwn);
    if (own) cands.push(candidate(own.value, own.kind, 0.8, own.value));
    // nothing read that could stand: a caseless script's name the subject gives after its lead
    // words and the text writes again word for word (extract/caseless-subject.ts)
    if (!cands.some((c) => c && c.strength >= REQUIRED_THRESHOLD)) {
      const named =
        caselessSubjectName(ctx.subject, input.allText, input.personName) ??
        businessPhraseOfSubject(ctx.subject, input.allText, input.personName);
      if (named && !isOwn(named)) cands.push(candidate(named, "subject", 0.6, named));
    }
  }
  // the subject's short form of a name the text writes whole ("SPV" for "Sociedad de Paneles
  // Verdes S.L." at spv.example): what the short form spells, the name spells too
  const shortForms = (c: Candidate) =>
    cands.filter((o): o is Candidate => !!o && o.kind === "subject" && subjectShortFormOf(o.value, c.value));
  // a name opened by its legal form that writes another reading whole among its words ("Công ty
  // TNHH Đèn lồng Tân Mỹ" beside the subject's "Tân Mỹ" at tanmy.example): what that reading
  // spells, the name written in full spells too
  const writtenInside = (c: Candidate) =>
    cands.filter((o): o is Candidate => !!o && o !== c && opensWithFormAround(c.value, o.value));
  const spellsDomain = (c: Candidate, d: string) =>
    orgMatchesDomain(c.value, d) ||
    shortForms(c).some((o) => orgMatchesDomain(o.value, d)) ||
    writtenInside(c).some((o) => orgMatchesDomain(o.value, d));
  const checked = cands
    .filter((c): c is Candidate => !!c)
    .map((c) => ({ ...c, value: checkedForm(c.value, domain, c.kind === "labelled line") }))
    .map((c) =>
      applyChecks(
        c,
        [
          {
            ok: isPlausibleCompanyName(c.value),
            factor: 0,
            reason: "not a company name (a label, currency, sentence or cut)",
          },
          // a reading of the prose that writes the partner's or the vendor's own name (the domain's
          // spelling finds "NovaFit Consultores" for novafitclub.example.ar as readily): never the
          // prospect (their domains' names are too loose a test here: "Lake …" for lakeside.example)
          { ok: c.kind === "labelled line" || !ownName(c.value), factor: 0, reason: "the partner's or vendor's own" },
          // a company that spells its domain is more likely right; a weak reading that does not, less
          {
            ok: !domain || c.kind === "labelled line" || spellsDomain(c, domain),
            factor: 0.95,
            reason: "does not match the domain",
          },
          // a phrase read from prose or the subject that shares nothing with the prospect's own
          // domain, while another reading does spell it: the prose is likely a department, a
          // product or a place ("Director of Facilities" at cedarvalley.gov), so ask
          {
            ok:
              !domain ||
              (c.kind !== "prose pattern" && c.kind !== "subject") ||
              spellsDomain(c, domain) ||
              !cands.some((o) => o && o !== c && orgMatchesDomain(o.value, domain)),
            factor: 0.6,
            reason: "another reading spells the domain, this one does not",
          },
        ],
        rejected,
      ),
    );
  let picked = withLegalFormOf(
    choose(checked, { rejected, same: (a, b) => fold(a) === fold(b) }),
    checked.filter((c): c is Candidate => !!c),
  );
  // the prospect's own signature or card writing the words read in the text with others among
  // them: the text's is a short form of the name, and which the registration means is open
  const shortForm =
    picked.evidence?.kind === "prose pattern" || picked.evidence?.kind === "subject" ? picked.value : null;
  const longer = shortForm
    ? checked.find(
        (c) => !!c && (c.kind === "signature block" || c.kind === "vCard") && wordsInside(shortForm, c.value),
      )
    : undefined;
  if (longer && shortForm)
    picked = {
      value: null,
      evidence: null,
      confidence: 0,
      rejected: [
        ...picked.rejected,
        {
          value: shortForm,
          kind: picked.evidence!.kind,
          reason: `the ${longer.kind} writes it with more words inside`,
        },
      ],
    };
  // a legal name marked as registered (a register number, a trading name after it), or the legal
  // name on the prospect's own card: the entity the registration protects
  const prospectDomain = domain ?? input.emailDomain;
  const registered = [
    ...registeredNamesIn(input.wholeMasked).map((n) => candidate(n, "prose pattern", 0.85, n)),
    ...input.vcards
      .filter((v) => v.organization && LEGAL_SUFFIX_RE.test(` ${v.organization}`) && cardOf(v, prospectDomain))
      .map((v) => candidate(v.organization, "vCard", 0.85, null)),
  ].filter((c): c is Candidate => !!c && !isOwn(c.value));
  return withRegisteredEntity(picked, registered);
}

/**
 * "mi smo Lovor Tisak d.o.o. iz Zadra", "Somos Hostal Río Claro S.A., en …", a signature's
 * "Brückenwerk Druck GmbH | www…": the firm's name with its legal form, written in a mail the
 * prospect sent from `domain` (forwarded or quoted below the partner's text), and spelling that
 * domain. The prospect naming itself so is the name; none when its mails write two such names,
 * or only the partner's, the vendor's or another firm's (a supplier, a customer).
 */
function ownFirmInProspectMail(
  ctx: MailContext,
  domain: string | null,
  isOwn: (name: string) => boolean,
): { value: string; kind: Candidate["kind"] } | null {
  if (!domain) return null;
  const found = new Map<string, { value: string; kind: Candidate["kind"] }>();
  for (const f of ctx.forwards) {
    const from = f.from ? domainOfEmail(f.from.address) : null;
    if (!from || registrableDomain(from) !== registrableDomain(domain)) continue;
    for (const [text, kind] of [
      [f.body, "prose pattern"],
      [f.signature, "signature block"],
    ] as const)
      for (const line of text.split("\n"))
        for (const n of firmNamesIn(line)) {
          const value = checkedForm(n.name, domain);
          if (!opensDomain(value, domain) || !orgMatchesDomain(value, domain)) continue;
          if (isOwn(value) || !isPlausibleCompanyName(value)) continue;
          const key = entityKey(value);
          if (!found.has(key)) found.set(key, { value, kind });
        }
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}

/**
 * The text's reading that writes the subject's name after more words and closes it with a legal
 * form ("Transportes Almeida & Filhos, Lda." beside the subject's "Almeida & Filhos"), when the
 * subject's reading outranks it: whether those words open the name is the same question.
 */
function subjectNameInside(name: string, found: CompanyCandidate[], subject: string): CompanyCandidate | undefined {
  const key = fold(name);
  return found.find((o) => {
    if (o.why === "subject" || o.score < 3 || !LEGAL_SUFFIX_RE.test(` ${o.name}`)) return false;
    const cut = startAtSubjectName(o.name, subject);
    return cut !== o.name && fold(cut).startsWith(`${key} `);
  });
}

/**
 * A candidate's value as it is checked: tidied, without a seat or place written after it. A
 * labelled value keeps a preposition and place at its end ("… do Vale do Rio"): the partner typed
 * the name in its field, where a seat is not the prose running on into it.
 */
const checkedForm = (value: string, domain: string | null, labelled = false): string => {
  const tidied = withoutPlaceAfter(withoutSeat(tidyCompanyName(value)), domain);
  return labelled ? tidied : withoutSeatPlace(tidied, domain);
};

/** a name, then a description after a spaced dash or in brackets ("X – Office of Y", "X (a chain of …) – 23 sites") */
const HEAD_THEN_DESCRIPTION_RE = /^(.+?)[ \t]*(?:[ \t][–—-][ \t]|\()/u;
const NOT_LETTERS_RE = /[^\p{L}\p{N}]+/gu;

/**
 * A labelled value that is no name as a whole because a description follows the name ("Museo
 * Civico di Y – Comune di Y", "Acme Group (…) – 23 branches"): the name before it, when the subject
 * or the domain writes that name too, at most its first word left out ("Abbey of Fernhill" for
 * "Royal Abbey of Fernhill"). Else null: the value stays as it is and is doubted.
 */
function describedHead(value: string, subject: string, domain: string | null): string | null {
  const head = HEAD_THEN_DESCRIPTION_RE.exec(value)?.[1]?.trim();
  if (!head || !isPlausibleCompanyName(checkedForm(head, domain))) return null;
  const words = fold(head.replace(LEGAL_FORM_END_RE, "").replace(LEGAL_PREFIX_SPACE_RE, ""))
    .split(NOT_LETTERS_RE)
    .filter(Boolean);
  const subjectText = ` ${fold(subject).split(NOT_LETTERS_RE).filter(Boolean).join(" ")} `;
  const label = domain ? alnum(domainLabel(domain)) : "";
  for (const rest of [words, words.slice(1)]) {
    if (rest.length < 2) continue;
    if (subjectText.includes(` ${rest.join(" ")} `) || (label.length >= 6 && rest.join("") === label)) return head;
  }
  return null;
}

/**
 * The subject writes the words the text's name opens with by their initials, right before the rest
 * of it ("VK Olomouc Sever" for "Veslařský klub Olomouc Sever, z.s.", "CLB Bắn cung …" for "Câu lạc
 * bộ Bắn cung …"): it shortens the name's head, so the head is the name's own. Two words at least.
 */
export function subjectAbbreviatesHead(dropped: string, rest: string, subject: string): boolean {
  const words = dropped.trim().split(/\s+/u);
  const next = rest.trim().split(/\s+/u)[0];
  if (words.length < 2 || !next) return false;
  const initials = fold(words.map((w) => w[0]).join(""));
  const tokens = subject.split(/[\s([:–—-]+/u).map(fold);
  const at = tokens.indexOf(fold(next));
  return at > 0 && tokens[at - 1] === initials;
}

/** a colon or a sentence's lower-case word before a name, blanks and line breaks between: no sentence starts there */
const NO_SENTENCE_START_RE = /(?:[:：]|\p{Ll})\s*$/u;

/** The article opening the name read at `index` of `text` stands where no sentence starts, so its capital is the name's. */
function articleOfName(text: string, index: number): boolean {
  return index > 0 && NO_SENTENCE_START_RE.test(text.slice(Math.max(0, index - 40), index));
}

/** what may stand before a name written whole on its own: nothing on its line, or a colon or a spaced dash */
const NAME_WORD_RE = /^\p{Lu}[\p{L}.-]*$/u;
const OWN_WORD_RE = /^[\p{L}.-]+$/u;
const OPENS_VALUE_RE = /(?:^|:|\s[-–—])[ \t]*$/u;

/**
 * `name` (the subject writing it without `dropped`, its first words) is written in `text` as an
 * entity of its own: closed by a legal form, and opening its line or the value after a colon or a
 * dash ("Anmeldung: Bau Huber GmbH", "Bau Huber GmbH" on a line), so nothing of a sentence stands
 * before it, and the words dropped read as a name's own words.
 */
function writtenWholeAsEntity(name: string, dropped: string, text: string, subject: string): boolean {
  if (!LEGAL_FORM_END_RE.test(name)) return false;
  const words = dropped.trim().split(/\s+/);
  const subjectWords = new Set(fold(subject).split(/[^\p{L}\p{N}]+/u));
  // the words dropped are a name's words ("Bau", "Hotel Alpen"): no inflected word of a sentence
  // ("İzmir'deki"), no label word ("Kunde", "our client"), none of the subject's framing words
  // ("Neuer Lead: Huber" above "Neuer Lead Bau Huber GmbH")
  const nameWord = (w: string, i: number) =>
    (i === 0 ? NAME_WORD_RE : OWN_WORD_RE).test(w) && !LABEL_WORDS.has(w.toLowerCase()) && !subjectWords.has(fold(w));
  if (LABEL_WORDS.has(dropped.trim().toLowerCase()) || !words.every(nameWord)) return false;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const lineStart = text.lastIndexOf("\n", at - 1) + 1;
    if (OPENS_VALUE_RE.test(text.slice(Math.max(lineStart, at - 80), at))) return true;
  }
  return false;
}

/** a name, then its initials in brackets: "Quill Verdance Board (QVB)" */
const SHORT_FORM_AFTER_RE = /^(.+?)[ \t]*\((\p{Lu}{2,8})\)$/u;
const NOT_WORD_RE = /[^\p{L}\p{N}]+/u;

/**
 * A name written with its initials in brackets after it ("Quill Verdance Board (QVB)"), no legal
 * form closing the name before them, and the mail calling the company by those initials elsewhere
 * too (its subject, its text). Writers differ on whether such a short form is part of the name:
 * most leave an aside out, but a short form the mail itself uses as the name may be kept. Which
 * the registration carries is then open.
 */
export function shortFormInUse(name: string, text: string): boolean {
  const m = SHORT_FORM_AFTER_RE.exec(name.trim());
  if (!m || LEGAL_SUFFIX_RE.test(` ${m[1]!}`) || !spellsAcronym(m[1]!, m[2]!)) return false;
  return text.split(`(${m[2]!})`).join(" ").split(NOT_WORD_RE).includes(m[2]!);
}

/** a name, then a name of two capitalised Latin words or more in brackets: "Veltra Holdings Ltd (Sunny Kites)" */
const NAME_IN_BRACKETS_AFTER_RE = /^(.+?)[ \t]*\((\p{Lu}\p{Ll}+(?:[ \t]+(?:\p{Ll}{1,3}[ \t]+)?\p{Lu}[\p{L}'’-]*)+)\)$/u;

/**
 * A registered name written with another name in brackets after it, the one the prospect's
 * website spells while the registered one does not ("PT Bumi Hijau (Sunny Kites)" beside
 * sunnykites.example): the bracket holds the trading name the prospect is known by. Writers differ
 * on whether the registration carries the registered name, the trading name or both: it is open.
 * A registered name sharing a word with the website is the name, the bracket an aside.
 * A bracket that is a place, a description or the name in another script is no such name (the
 * website does not spell it, or extract/two-scripts.ts reads it).
 */
export function tradeNameInBrackets(name: string, domain: string): boolean {
  const m = NAME_IN_BRACKETS_AFTER_RE.exec(name.trim());
  if (!m || !latinOnly(m[1]!) || !orgMatchesDomain(m[2]!, domain)) return false;
  // a word of the registered name in the website too ("PT Bumi Hijau (Hijau Kites)"): the
  // bracket is an aside to the name the prospect is known by
  const label = domainLabel(domain);
  return !nameWords(m[1]!).some((w) => w.length >= 4 && label.includes(alnum(w)));
}

const LEGAL_FORMS_ONLY_RE = new RegExp(String.raw`^(?:\s*,?\s*${LEGAL_SUFFIX_SRC})+\s*$`, "u");

/**
 * The name picked, and another reading of it that writes the same words and then only a legal
 * form ("Tarn Valley Apple Growers Company" in the prose, "… Company Ltd" in the signature; a
 * card's "Lukas Bau Sp. z o.o." beside the subject's "Lukas Bau"): the fuller reading is the name
 * as registered. Measured over every corpus at its first contact: right each time it happened.
 */
export function withLegalFormOf(pick: FieldPick, others: Candidate[]): FieldPick {
  const value = pick.value;
  if (!value) return pick;
  const fuller = others.find((c) => {
    if (!fold(c.value).startsWith(fold(value)) || c.value.length <= value.length) return false;
    return LEGAL_FORMS_ONLY_RE.test(c.value.slice(value.length)) && /^[\s,]/.test(c.value.slice(value.length));
  });
  if (!fuller) return pick;
  return {
    value: fuller.value,
    evidence: fuller,
    confidence: Math.max(pick.confidence, fuller.strength),
    rejected: [
      ...pick.rejected.filter((r) => r.value !== fuller.value),
      { value, kind: pick.evidence!.kind, reason: `the ${fuller.kind} writes it with its legal form` },
    ],
  };
}

/**
 * `long` opens with a legal form written before the name (lang/legal-forms.ts: "PT", "Công ty
 * TNHH") and writes `short`, a name of two words or more, whole among its later words ("Công ty
 * TNHH Đèn lồng Tân Mỹ" and "Tân Mỹ"): the same name, written in full.
 */
export function opensWithFormAround(long: string, short: string): boolean {
  const form = LEGAL_PREFIX_SPACE_RE.exec(long);
  if (!form) return false;
  const words = (s: string) => fold(s).split(/\s+/).filter(Boolean);
  const inner = words(short);
  const rest = words(long.slice(form[0].length));
  if (inner.length < 2 || rest.length <= inner.length) return false;
  for (let i = 0; i + inner.length <= rest.length; i++) if (inner.every((w, k) => rest[i + k] === w)) return true;
  return false;
}

/**
 * `name`'s words, in order, inside the longer `other` with other words among them ("Clinica San
 * Marco" inside "Clinica Veterinaria San Marco S.r.l."). Words added only before or after them (a
 * legal form, a business noun) are the name written in full, not this.
 */
export function wordsInside(name: string, other: string): boolean {
  const words = (s: string) =>
    fold(s)
      .split(/[\s,]+/)
      .filter(Boolean);
  const short = words(name);
  const long = words(other);
  if (short.length < 2 || long.length <= short.length) return false;
  let i = 0;
  let firstAt = -1;
  let lastAt = -1;
  for (let j = 0; j < long.length && i < short.length; j++) {
    if (long[j] !== short[i]) continue;
    if (i === 0) firstAt = j;
    lastAt = j;
    i++;
  }
  return i === short.length && lastAt - firstAt + 1 > short.length;
}

/** capitals standing for the words of a name ("MBC", "KGP"): two to six, nothing else */
const INITIALS_RE = /^\p{Lu}{2,6}$/u;
/** a capitalised word: the small words between a name's words ("of", "de") have no initial in its short form */
const CAPITALISED_RE = /^\p{Lu}/u;

/**
 * `short` written as the first words of `long` and then capitals that are the initials of the
 * rest of it ("Ashdown MBC" for "Ashdown Metropolitan Borough Council", "KGP" for
 * "Karoo Grain Packers (Pty) Ltd"): the prose's short form of the name the prospect's own
 * signature or card writes whole.
 */
export function abbreviates(short: string, long: string): boolean {
  const words = short.split(/\s+/);
  const initials = words[words.length - 1]!;
  if (!INITIALS_RE.test(initials)) return false;
  const head = words.slice(0, -1).map(fold);
  // the legal form closing the name has no initial of its own ("KGP" for "… Packers (Pty) Ltd")
  const bare = long.replace(/\([^)]*\)/g, " ").replace(LEGAL_FORM_END_RE, "");
  const full = bare.split(/\s+/).filter((w) => CAPITALISED_RE.test(w));
  if (full.length - head.length < 2 || head.some((w, i) => w !== fold(full[i]!))) return false;
  const letters = (ws: string[]) => ws.map((w) => w[0]!).join("");
  // the capitals may stand for the head's words too ("CMBC")
  return initials === letters(full.slice(head.length)) || (head.length > 0 && initials === letters(full));
}

/** A card with the prospect's domain in its address or website. */
function cardOf(v: VcardContact, domain: string | null): boolean {
  if (!domain) return false;
  return (!!v.email && domainOfEmail(v.email) === domain) || (!!v.url && registrableDomain(v.url) === domain);
}

/**
 * The registered entity instead of the name picked, when the text marks exactly one (another
 * name than the picked one: a trading name); when it marks several, which one is the prospect
 * is not for the rules to guess, so the name is left open.
 */
function withRegisteredEntity(pick: FieldPick, entities: Candidate[]): FieldPick {
  const byKey = new Map<string, Candidate>();
  for (const e of entities) {
    const value = withoutSeat(tidyCompanyName(e.value));
    if (!byKey.has(entityKey(value)) && isPlausibleCompanyName(value)) byKey.set(entityKey(value), { ...e, value });
  }
  if (byKey.size === 0) return pick;
  const rejected = [...pick.rejected];
  if (pick.value && pick.evidence && ![...byKey.keys()].includes(entityKey(pick.value)))
    rejected.push({ value: pick.value, kind: pick.evidence.kind, reason: "a trading name beside a registered entity" });
  if (byKey.size > 1) {
    for (const e of byKey.values())
      rejected.push({ value: e.value, kind: e.kind, reason: "one of several registered entities named" });
    return { value: null, evidence: null, confidence: 0, rejected };
  }
  const entity = [...byKey.values()][0]!;
  if (pick.value && entityKey(pick.value) === entityKey(entity.value)) return pick;
  const others = rejected.filter((r) => entityKey(r.value) !== entityKey(entity.value));
  return { value: entity.value, evidence: entity, confidence: entity.strength, rejected: others };
}

const LEGAL_TAIL_RE = new RegExp(String.raw`^${LEGAL_SUFFIX_SRC}$`, "iu");
// after the legal form a comma, a spaced dash or a bracket opens the seat or a description
const LEGAL_BEFORE_COMMA_RE = new RegExp(String.raw`[\s,]${LEGAL_SUFFIX_SRC}(?=\s*,|\s+[-–—]\s|\s*\()`, "gu");
const LEGAL_HEAD_RE = new RegExp(String.raw`^\s*,\s*${LEGAL_SUFFIX_SRC}(?![\p{L}])`, "u");
/** the legal form a text opens with, the longest the table lists ("UG (haftungsbeschränkt)", not "UG") */
const FORM_OPENING_RE = new RegExp(String.raw`^${LEGAL_SUFFIX_SRC}(?![\p{L}\p{N}])`, "u");

/**
 * The name ends at its legal form: what follows after a comma, a dash or a bracket is the seat,
 * the address or a description ("Holz AG, Bahnhofstrasse 4, 3800 Interlaken", "Meyer & Co. KG,
 * Husum", "Acme Ltd - wholesalers, 11 branches"). A second legal form after the comma is still
 * the name ("Acme Co., Ltd.").
 */
export function withoutSeat(name: string): string {
  for (const m of eachMatch(name, LEGAL_BEFORE_COMMA_RE)) {
    const end = m.index + m[0].length;
    // a bracket that goes on with the form ("UG (haftungsbeschränkt)") opens no description
    if (m.index + 1 + (FORM_OPENING_RE.exec(name.slice(m.index + 1))?.[0].length ?? 0) > end) continue;
    if (!LEGAL_HEAD_RE.test(name.slice(end)) && !nameInOtherLanguage(name.slice(0, end), name.slice(end)))
      return name.slice(0, end);
  }
  return name;
}

const SPACED_DASH_RE = /^\s+[-–—]\s+/u;

/**
 * "Bergbahnen Tolvar GmbH – Funivie Tolvar Srl": after the legal form and a spaced dash, one more
 * name closed by its own legal form and nothing else, sharing a word of the first (the proper
 * name): a firm of a bilingual region registered under its name in both languages, one name.
 */
function nameInOtherLanguage(head: string, rest: string): boolean {
  const dash = SPACED_DASH_RE.exec(rest);
  if (!dash) return false;
  // (a seat may follow it: "…, Bozen")
  const tail = withoutSeat(rest.slice(dash[0].length).trim());
  const read = legalNamesIn(tail);
  if (read.length !== 1 || read[0]!.index !== 0 || read[0]!.name !== tail) return false;
  const first = new Set(nameWords(head));
  return nameWords(tail).some((w) => first.has(w));
}

/** dotted capitals ("E.M.", "S.C.", "A.C."): a legal form the tables may not list, never a place's name */
const DOTTED_FORM_RE = /^(?:\p{Lu}\.){2,4}$/u;

/**
 * "Scoil Mhuire, Baile Átha Luain" for scoilmhuire.ie: the words before the comma spell the
 * prospect's domain whole, so they are the name and what follows the comma (no legal form) is
 * its place. Unchanged when the domain does not spell them ("University of California, Berkeley"
 * for berkeley.edu) or when a legal form follows ("Acme, Inc.").
 */
export function withoutPlaceAfter(name: string, domain: string | null): string {
  if (!domain) return name;
  const parts = name.split(/,\s+/);
  if (parts.length !== 2) return name;
  const head = parts[0]!;
  const tail = parts[1]!;
  if (LEGAL_SUFFIX_RE.test(` ${tail}`) || DOTTED_FORM_RE.test(tail) || /\d/.test(tail) || !/^\p{Lu}/u.test(tail))
    return name;
  const label = domainLabel(domain);
  return label.length >= 4 && alnum(fold(head)) === label ? head : name;
}

/** the one-word prepositions that put a seat after a name ("di", "de", "in", "aus"; lang/*.ts) */
const SEAT_WORDS = new Set(CUES.seatAfterName.filter((w) => /^\p{Ll}+$/u.test(w)));
/** a place's name: one capitalised word ("Ardena", "Saint-Orvel") */
const PLACE_WORD_RE = /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u;

/**
 * "Studio Tessaro Ventin di Ardena" for tessaroventin.it: a name that ends with a preposition of
 * place and one word, the words right before the preposition spelling the prospect's domain and
 * the place not in it, ends before the preposition (the prose joins "di" into names, and a seat
 * reads the same; "… Ventin Cooperativa di Ardena" is not cut: the domain's words do not close it).
 * Unchanged without a domain, when the domain spells the place too ("… del Orvalle" at
 * teatrodelorvalle), when a legal form closes the name, or for a public body ("Comune di …").
 */
export function withoutSeatPlace(name: string, domain: string | null): string {
  if (!domain) return name;
  const words = name.split(" ");
  if (words.length < 4 || PUBLIC_BODY_HEAD_RE.test(name)) return name;
  const place = words[words.length - 1]!;
  if (!SEAT_WORDS.has(words[words.length - 2]!) || !PLACE_WORD_RE.test(place) || LEGAL_TAIL_RE.test(place)) return name;
  const head = words.slice(0, -2).join(" ");
  const label = domainLabel(domain);
  if (label.length < 5 || !alnum(fold(head)).endsWith(label) || label.includes(alnum(fold(place)))) return name;
  return head;
}

/**
 * Words that spell the domain's name, then at most three more words up to a legal form, in any
 * case: "waikato dairy processing ltd" for waikatodairy.co.nz. Null when no legal form closes it
 * (without one, where the name ends is a guess).
 */
export function nameSpelledByDomain(text: string, domain: string): string | null {
  const label = domainLabel(domain);
  if (label.length < 4) return null;
  const words = allMatches(text, /[\p{L}\p{N}][\p{L}\p{N}.&'’-]*/gu);
  const texts = words.map((w) => w[0]);
  for (let i = 0; i < words.length; i++) {
    const run = spellingRun(texts.slice(i), label, { joined: (k) => onlyBlanksBefore(text, words, i + k) });
    const j = i + run.words;
    if (run.letters < Math.min(label.length, 6) || j === i) continue;
    // "Hotelera Playa Conchal S.R.L." for playaconchalhotels: a capitalised word right before the
    // spelt words may be the name's own first word, which the domain leaves out; where the name
    // starts is then a guess, so this reading gives none
    const prev = words[i - 1];
    if (
      prev &&
      onlyBlanksBefore(text, words, i) &&
      /^\p{Lu}/u.test(prev[0]) &&
      !leadsIntoName(prev[0]) &&
      !LABEL_WORDS.has(prev[0].toLowerCase())
    )
      continue;
    // "(parent is Menara Holdings Bhd)": the owner spells the domain too, but is not the prospect
    if (PARENT_BEFORE_RE.test(text.slice(Math.max(0, words[i]!.index - 40), words[i]!.index))) continue;
    for (let k = j; k < Math.min(words.length, j + 4); k++) {
      const w = words[k]!;
      if (!onlyBlanksBefore(text, words, k)) break;
      if (LEGAL_TAIL_RE.test(w[0]) && w[0].length >= 2) return text.slice(words[i]!.index, w.index + w[0].length);
    }
  }
  return null;
}

/**
 * Right after a registering phrase (and a colon, perhaps a word or two before it: "registro rápido:",
 * a line break): lower-case words up to a comma, a
 * bracket, a dash or the line's end, perhaps a legal form after a comma ("bitte registrieren:
 * zweirad vogt (…)", "apuntad esta: apartamentos costa azul, s.l. - 30 aptos").
 */
const LOWER_RUN_AFTER_CUE_RE =
  /^(?:(?:[ \t]+\p{Ll}{1,8}){1,2}[ \t]*[:：]|[ \t]*[:：])?[ \t]*(?:\n[ \t]*){0,2}(\p{Ll}[\p{L}\p{N}'’.-]*(?:[ \t]+\p{Ll}[\p{L}\p{N}'’.-]*){0,5})(?:,[ \t]*(\p{Ll}[\p{Ll}.]{1,7}))?(?=[ \t]*(?:[,;(\n]|[ \t][-–—][ \t]|$))/u;

/**
 * A name typed in lower case right after a registering phrase ("bitte registrieren: zweirad vogt
 * (…)"), read only when its last words spell the prospect's domain: in full or by initials
 * ("valle alta serena" at vallealtas.example), or from the first word's start to the last
 * word ("zahnheilkunde am kornmarkt" at zahn-kornmarkt.example). At most two words before
 * them (the name's kind: "inmobiliaria", "ville de"); a legal form after a comma is kept. Null
 * otherwise: where a lower-case name starts and ends is no guess to make.
 */
export function lowerCaseNameAfterRegistering(text: string, domain: string): string | null {
  const label = domainLabel(domain);
  if (label.length < 5) return null;
  for (const end of registeringPhraseEnds(text)) {
    const m = LOWER_RUN_AFTER_CUE_RE.exec(text.slice(end, end + 200));
    if (!m) continue;
    const words = m[1]!.split(/[ \t]+/);
    if (words.some((w) => LABEL_WORDS.has(w))) continue;
    // a word after a comma that is no legal form is the seat or the sentence going on
    const form = m[2] && LEGAL_TAIL_RE.test(m[2]) ? m[2] : null;
    const spells = (i: number) => {
      const tail = words.slice(i);
      const joined = alnum(fold(tail.join("")));
      const last = alnum(fold(tail[tail.length - 1]!));
      const first = alnum(fold(tail[0]!));
      return (
        (joined.length >= 6 && label.startsWith(joined)) ||
        abbreviatesLabel(tail.join(" "), label) ||
        (tail.length >= 2 && last.length >= 4 && label.endsWith(last) && label.startsWith(first.slice(0, 4)))
      );
    };
    for (let i = 0; i <= Math.min(2, words.length - 1); i++)
      if (spells(i)) return form ? `${words.join(" ")}, ${form}` : words.join(" ");
  }
  return null;
}

/** The words of a name follow each other with blanks only (no comma, dash or bracket between). */
function onlyBlanksBefore(text: string, words: RegExpMatchArray[], k: number): boolean {
  const prev = words[k - 1]!;
  return !/[^ \t]/.test(text.slice(prev.index! + prev[0].length, words[k]!.index));
}
