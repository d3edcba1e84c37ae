// The prospect's contact: name, address, role and phone, each picked from candidates with their
// evidence (a labelled line, the forwarded prospect mail's header and signature, a colleague the
// prospect handed over to, a person named in the partner's prose, an attached vCard), then
// checked against each other (the name against the address's local part) and for shape. Pure.
import { findEmails, isFreeMailDomain, registrableDomain } from "../normalise/domain.ts";
import { detectMotion } from "../normalise/motion.ts";
import {
  EAST_ASIAN_LETTERS,
  NO_LETTER_AFTER,
  NO_LETTER_BEFORE,
  allMatches,
  boundedMatches,
  escapeRegExp,
  literalAlternation,
} from "../text/regex.ts";
import {
  cleanPersonName,
  displayNameOrder,
  familyNameFirstAsWritten,
  isAddressedGivenName,
  latinOfTwoScriptValue,
  splitTitleAfter,
  splitDepartmentTitleBefore,
} from "../normalise/person.ts";
import { isCompletePersonName } from "../normalise/shape.ts";
import { isMailboxName } from "../lang/mailbox.ts";
import type { VcardContact } from "../vcard.ts";
import type { LabelField, LabelledValue } from "./labels.ts";
import { isProspectEmail, type Forward, type MailContext } from "./mail-context.ts";
import { HEAD_NOUN_RE, LEGAL_SUFFIX_RE, looksLikeDepartment } from "./organization.ts";
import { LABEL_WORDS } from "../lang/index.ts";
import { ROLE_WORD_RE } from "../lang/roles.ts";
import { findPersonMentions, looksLikeRole, rankContacts, roleNear, type ContactPick } from "./people.ts";
import { delegatedContact } from "./delegation.ts";
import {
  addressedName,
  caselessCuedName,
  honoredName,
  titleLabelledName,
  type AddressedName,
} from "./addressed-name.ts";
import { titledBesideName } from "./titled-beside.ts";
import { cueNamedContact } from "./cue-named.ts";
import { fullerName, signingLines } from "./fuller-name.ts";
import { namesAfterRegistering, TRADE_NAME_RE, tidyPhrase } from "./company.ts";
import { alnum, emailMatchesName, fold, inflectionOf, isGenericInbox } from "./text-utils.ts";
import { applyChecks, candidate, choose, withdraw, type Candidate, type FieldPick, type Rejected } from "./evidence.ts";

export interface ContactInput {
  ctx: MailContext;
  /** the partner's own text with the subject's facts */
  own: string;
  /** the same with the vendor's names masked (for reading prose) */
  ownMasked: string;
  labels: Map<LabelField, LabelledValue>;
  prospectFwd: Forward | undefined;
  /** prospect addresses in order of trust (never the partner's or the vendor's) */
  emails: string[];
  vcards: VcardContact[];
}

export interface ContactReading {
  name: FieldPick;
  email: FieldPick;
  role: string | null;
  /** several people at the prospect and nothing says which one is the contact */
  unclear: boolean;
  /** who signs the forwarded prospect mail, even when they hand over (their signature names the company) */
  signerName: string | null;
  /** the card the contact came with, if any */
  card: VcardContact | undefined;
}

// Evidence strengths: a value the partner labelled, the prospect's own mail header, a handover
// written in the chain, a person the prose names (by how clearly), a contact card, a lone address.
const S = { labelled: 0.9, header: 0.85, signer: 0.75, handover: 0.8, card: 0.7, byName: 0.8, lone: 0.6 };

export function pickContactFields(input: ContactInput): ContactReading {
  const { ctx, labels, prospectFwd, emails, vcards } = input;
  const names: Array<Candidate | null> = [];
  const mails: Array<Candidate | null> = [];
  const rejected: Rejected[] = [];
  const contactLabel = labels.get("contactName");
  const emailLabel = labels.get("email");
  let role: string | null = labelledRole(labels.get("role")?.value);
  let unclear = false;
  let signerName: string | null = null;
  /** the role was read from the partner's prose ("their GM, …"), not from a label or a signature */
  let proseRole = false;
  /** the name was read so (in a script without capitals): no address can be told to be someone else's */
  let addressedRead = false;
  /** the address the text writes right after the contact's name, though it spells their business's name */
  let givenBeside: string | null = null;
  /** the person a title labels on a line ("대표: <name>"), once read (undefined: not read yet) */
  let titledLine: AddressedName | null | undefined;

  if (contactLabel?.value) {
    const l = readContactLabel(contactLabel.value);
    names.push(candidate(l.name, "labelled line", S.labelled, contactLabel.value));
    if (l.email && isProspectEmail(ctx, l.email)) mails.push(candidate(l.email, "labelled line", S.labelled, l.email));
    role ??= l.role;
    // "負責人：<name>": a label in a caseless script that is a title (the person in charge) is their role
    if (!role && CASELESS_TITLE_LABEL_RE.test(contactLabel.label) && looksLikeRole(contactLabel.label))
      role = contactLabel.label;
  }
  const labelledEmail = emailLabel?.value ? (findEmails(emailLabel.value)[0]?.value ?? null) : null;
  if (labelledEmail && isProspectEmail(ctx, labelledEmail))
    mails.push(candidate(labelledEmail, "labelled line", S.labelled + 0.02, emailLabel!.value));
  // the partner's own "Email:" line (a signature left in their text) labels no prospect's address
  const ownEmailLabel = !!labelledEmail && !isProspectEmail(ctx, labelledEmail);
  const labelled = !!contactLabel || (!!emailLabel && !ownEmailLabel);

  if (!labelled && prospectFwd?.from) {
    const f = fromForward(prospectFwd, input.own);
    names.push(f.name);
    mails.push(f.email);
    role ??= f.role;
    signerName = f.signerName;
    unclear = f.unclear;
    if (f.unclear) {
      names.length = mails.length = 0;
      role = null;
      rejected.push({ value: prospectFwd.from.address, kind: "forwarded header", reason: f.unclearReason });
    }
  }
  // "Email: ana.ruiz@…" labelled without a name, above the forwarded mail ana.ruiz@… wrote: its
  // header names her, where her address spells that name (a shared mailbox's display name is the firm's)
  if (!contactLabel && labelledEmail && prospectFwd?.from?.address === labelledEmail.toLowerCase()) {
    const f = fromForward(prospectFwd, input.own);
    const address = prospectFwd.from.address;
    if (!f.unclear && f.email?.value === address && f.name && emailMatchesName(address, f.name.value)) {
      names.push(f.name);
      role ??= f.role;
      signerName = f.signerName;
    }
  }
  // "Owner: Sipho Mthembu / Email: …": an address labelled without a name label; the person the
  // text names whose name the address spells is the contact
  if (!contactLabel && labelledEmail && !prospectFwd) {
    const p = rankContacts(input.ownMasked, [labelledEmail], ctx.excludedNames).find((c) => c.email === labelledEmail);
    if (p) {
      names.push(candidate(cleanPersonName(p.name) ?? p.name, "prose pattern", 0.75, p.name));
      role ??= p.role;
    }
    // "대표: <name>" above "이메일: …": a title labels the person, in a script without capitals;
    // "<name> 대표님이 …" above it: the title written beside the name
    const titled = p
      ? null
      : (titleLabelledName(input.ownMasked, [labelledEmail], ctx.excludedNames) ??
        titledBesideName(input.ownMasked, [labelledEmail], ctx.excludedNames));
    if (titled) {
      names.push(candidate(titled.name, "labelled line", 0.75, titled.written));
      role ??= titled.role;
    }
  }
  if (!labelled && !prospectFwd) {
    // the firm a registering phrase names ("registra aí: Moto Vale Ltda, o gerente é …") is no
    // person, however well its address spells it ("…motovale@…")
    const firms = namesAfterRegistering(input.ownMasked).map((n) => tidyPhrase(n.name));
    const ranked = addressWrittenForRunnerUp(
      input.ownMasked,
      notPeopleDropped(
        input.ownMasked,
        rankContacts(input.ownMasked, emails, [...ctx.excludedNames, ...firms]),
        rejected,
      ),
      rejected,
    );
    givenBeside = ranked[0]?.email && !emailMatchesName(ranked[0].email, ranked[0].name) ? ranked[0].email : null;
    // "ติดต่อคุณ<name> (<title>)", "대표: <name>", "<name> 원장님": a person named with a joined form
    // of address, labelled by their title or honoured after the name, in a script without capitals,
    // read where no capitalised name comes with its address (addressed-name.ts)
    const addressed = ranked[0]?.email
      ? null
      : (addressedName(input.ownMasked, emails, ctx.excludedNames) ??
        // ("Otro para registrar: <firm>": the firm a registering phrase names is nobody)
        (titledLine = titleLabelledName(input.ownMasked, emails, [...ctx.excludedNames, ...firms])) ??
        honoredName(input.ownMasked, emails, ctx.excludedNames) ??
        // "대표 <name> <address>", "，老板<name>，邮箱 …": the title beside the name, no colon
        titledBesideName(input.ownMasked, emails, [...ctx.excludedNames, ...firms]) ??
        caselessCuedName(input.ownMasked, [...ctx.excludedNames, ...firms]));
    if (addressed) {
      names.push(candidate(addressed.name, "prose pattern", 0.75, addressed.written));
      if (addressed.email) mails.push(candidate(addressed.email, "prose pattern", S.byName, addressed.email));
      addressedRead = true;
      proseRole = !role && !!addressed.role;
      role ??= addressed.role;
    } else {
      for (const p of ranked.slice(0, 2)) {
        // a person named with their address, a role or a "main contact" cue; the runner-up only to compare
        const strength = Math.min(0.82, 0.45 + 0.06 * p.score);
        names.push(candidate(cleanPersonName(p.name) ?? p.name, "prose pattern", strength, p.name));
      }
      const top = ranked[0];
      if (top) {
        if (top.email) mails.push(candidate(top.email, "prose pattern", S.byName, top.email));
        // a name in another script than the address's: nothing tells the address is someone else's
        else addressedRead = !LATIN_NAME_RE.test(top.name);
        proseRole = !role && !!top.role;
        role ??= top.role;
      } else {
        const spelled = nameSpelledByAddress(input.ownMasked, emails);
        if (spelled) {
          names.push(candidate(spelled.name, "prose pattern", 0.72, spelled.name));
          // "contacto ana ruiz, gerente, ana@…": the title written beside the name
          // (a clause read as one, "the person is our new buyer", is no title)
          const near =
            spelled.index !== undefined && !role
              ? roleNear(input.ownMasked, { ...spelled, index: spelled.index })
              : null;
          if (near && !COPULA_RE.test(near)) {
            role = near;
            proseRole = true;
          }
        } else {
          // "owner is Ada Brenn, 555 …", "איש הקשר הוא …": the person a role or contact word
          // names in a note, read only where nothing else names anyone (cue-named.ts)
          const cued = cueNamedContact(input.ownMasked, [...ctx.excludedNames, ...firms]);
          if (cued) {
            names.push(candidate(cued.name, "prose pattern", 0.72, cued.written));
            // a name in another script than the address's: nothing tells the address is someone else's
            addressedRead = !LATIN_NAME_RE.test(cued.name);
            proseRole = !role && !!cued.role;
            role ??= cued.role;
          }
        }
      }
    }
  }

  // the name, checked for shape; two people about equally likely leave it open
  // a name typed all in lower case on a phone ("hemi walker") is judged by its shape when capitalised
  const nameChecks = (c: Candidate) => [
    {
      // "Zeynep Hanım": a given name with the form of address written after it is how the person is called
      ok:
        isCompletePersonName(/\p{Lu}/u.test(c.value) ? c.value : capitalise(c.value)) ||
        (!!c.snippet && isAddressedGivenName(c.snippet)),
      factor: 0,
      reason: "not a complete person name",
    },
  ];
  const checkedNames = names.filter((c): c is Candidate => !!c).map((c) => applyChecks(c, nameChecks(c), rejected));
  // the prose's scores tell a main contact from a side one only roughly: the best stands, the
  // runner-up is kept for ops to see (two people in a chain are judged by the handover rules)
  let name = choose(checkedNames, { same: samePerson, rejected });

  // an address next to the contact's name; a lone address only when no person is named
  if (!unclear && !(emailLabel && !emailLabel.value) && !mails.some(Boolean)) {
    const byName = name.value ? emails.find((e) => emailMatchesName(e, name.value!)) : undefined;
    if (byName) mails.push(candidate(byName, "prose pattern", S.byName, byName));
    // a lone address with a person named: kept below when it is their role's or the business's
    // mailbox ("bursar@", "buchhaltung@"), withdrawn when it is somebody else's
    else if (!contactLabel && emails.length === 1) mails.push(candidate(emails[0], "address", S.lone, emails[0]));
  }
  let email = choose(mails, { rejected: [] });

  // the only address found belongs to someone else: keep the name, leave the address missing
  if (
    name.value &&
    email.value &&
    !labelled &&
    !prospectFwd &&
    !addressedRead &&
    !emailMatchesName(email.value, name.value)
  ) {
    const other = emails.find((e) => emailMatchesName(e, name.value!));
    if (other) email = choose([candidate(other, "prose pattern", S.byName, other)]);
    // "archivist@…" for the contact who is the archivist: their role's mailbox, as functional addresses are
    else if (
      email.value === givenBeside ||
      functionalAddress(email.value, input.ownMasked) ||
      (!!role && emailMatchesName(email.value, role))
    )
      email = { ...email, confidence: Math.min(email.confidence, 0.6) };
    else if (!isGenericInbox(email.value)) email = withdraw(email, `does not belong to ${name.value}`);
  }

  // a contact card attached for the prospect (never the partner's own) fills what the text left open
  const card =
    vcards.find((v) => v.email && isProspectEmail(ctx, v.email) && (!email.value || v.email === email.value)) ??
    // a card without an address ("only phone, sorry"), the prospect's by its website: it names the person
    (!email.value && !name.value ? vcards.find((v) => !v.email && v.name && prospectSite(ctx, v.url)) : undefined);
  const sameOne = (c: VcardContact) =>
    !name.value || (!!c.name && fold(c.name) === fold(name.value)) || emailMatchesName(c.email!, name.value);
  if (card && sameOne(card) && !unclear) {
    if (!name.value && card.name) {
      const c = candidate(cleanPersonName(card.name), "vCard", S.card, null);
      const checked = c && applyChecks(c, nameChecks(c), name.rejected);
      name = choose([checked], { rejected: name.rejected });
    }
    if (!email.value) email = choose([candidate(card.email, "vCard", S.card, null)], { rejected: email.rejected });
    // prose in a language with cases inflects the name ("w imieniu Małgorzaty …"); the person's own
    // card writes it in the form they use
    const cardName = card.name ? cleanPersonName(card.name) : null;
    if (
      name.value &&
      name.evidence &&
      cardName &&
      fold(cardName) !== fold(name.value) &&
      inflectionOf(cardName, name.value)
    )
      name = { ...name, value: cardName, evidence: { ...name.evidence, value: cardName, kind: "vCard" } };
    // "Ana Ruiz" in the prose, "Ana Ruiz Soler" on her own card: the name in full
    const fuller = name.value && cardName ? fullerName(name.value, [cardName], card.email) : null;
    if (fuller && name.evidence) name = { ...name, value: fuller, evidence: { ...name.evidence, value: fuller } };
    // the person's own card writes the title in full where the partner's prose shortens it
    if (card.title && (!role || proseRole)) role = card.title;
  }
  name = crossCheck(name, email);
  // "Pemilik: I Ketut Sudarsa - ketut@…": a title labelling the line that names the contact read
  // from elsewhere is their role, and the line writes their name in full
  if (!role && name.value && !unclear && !contactLabel) {
    // (read once: the prose's reading above may have read it, the firms a registering phrase names left out)
    const titled =
      titledLine !== undefined ? titledLine : titleLabelledName(input.ownMasked, emails, ctx.excludedNames);
    const [a, b] = titled ? [fold(titled.name), fold(name.value)] : ["", ""];
    if (titled && a && b && (a.includes(b) || b.includes(a))) {
      role = titled.role;
      if (a.length > b.length && a.endsWith(b)) name = { ...name, value: titled.name };
    }
  }
  // the contact signing their own mail elsewhere in the thread ("Callum Reid" / "Operations Manager"
  // below the quote they answer): the title on the line under their name alone
  if (!role && name.value && !unclear) role = roleBelowName(ctx.whole, name.value, true);
  // "KOBAYASHI Daisuke" in a Japanese, Korean or Chinese mail: the family name stays first
  if (name.value && eastAsian(ctx, emails)) {
    const asWritten = familyNameFirstAsWritten(name.value, input.own);
    if (asWritten) name = { ...name, value: asWritten };
  }
  return {
    name,
    email,
    // "Vice Principal (교감)": the title as the mail's other readers write it
    role: role && latinOfTwoScriptValue(role),
    unclear,
    signerName,
    card: card && sameOne(card) && !unclear ? card : undefined,
  };
}

/** why a title or a department read where a name stands is put aside (the region's reader skips its words) */
export const TITLE_NOT_PERSON = "a title or a department, not a person";

/**
 * The people the prose ranks without the phrases that name no person: an institution ("… School",
 * "Scuola di …": its head noun), read instead of the person named beside it, who may then win; a
 * title or a department ("VP Regulatory Affairs", "their Heritage Archivist, …") read as the best
 * one: the contact is the person named right after it, or named there but unread, and nobody else
 * is put in their place (a runner-up such as "Also Ana Ruiz" is a side mention). Judged on the
 * name as written, in any script.
 */
function notPeopleDropped(text: string, ranked: ContactPick[], rejected: Rejected[]): ContactPick[] {
  const out: ContactPick[] = [];
  for (const [i, p] of ranked.entries()) {
    const reason =
      looksLikeRole(p.name) || looksLikeDepartment(p.name)
        ? TITLE_NOT_PERSON
        : HEAD_NOUN_RE.test(p.name)
          ? "an institution, not a person"
          : null;
    if (!reason) {
      out.push(p);
      continue;
    }
    rejected.push({ value: p.name, kind: "prose pattern", reason });
    if (i > 0 || reason !== TITLE_NOT_PERSON) continue;
    // "their Heritage Archivist, Ana Ruiz, …": the person named right after the title holds it (and
    // the address the title spells, "archivist@…")
    const holder = ranked.find(
      (q) => q.index > p.index && TITLE_THEN_NAME_RE.test(text.slice(p.index + p.name.length, q.index)),
    );
    return holder ? [{ ...holder, role: holder.role ?? p.name, email: holder.email ?? p.email }] : [];
  }
  return out;
}

/** why a phrase the contact's address spells is put aside: the business's own name (the audit weighs it so) */
export const SPELLED_BY_PERSONS_ADDRESS = "spelled by the address written for another person";

/** what may stand between a name and the address written for them: a title, a few words, one line break */
const BESIDE_GAP_RE = /^[^@\n]{0,40}(?:\n[^@\n]{0,20})?$/u;

/**
 * "Acme Shine of Tarrow asks for … Owner is Ana Ruiz, acmeshine@…": the best one of the prose's
 * people won by an address alone that the text writes right after the runner-up's name (a small
 * business's own mailbox spells its name, not its owner's): the address is given for the
 * runner-up, the phrase it spells is the business. Only when the best one has no title of its own
 * and nobody else is named between the runner-up and the address.
 */
function addressWrittenForRunnerUp(text: string, ranked: ContactPick[], rejected: Rejected[]): ContactPick[] {
  const [top, next] = ranked;
  if (!top?.email || top.role || !next || (next.email && next.email !== top.email)) return ranked;
  if (!isPersonBesideAddress(text, top, next)) return ranked;
  const end = next.index + next.name.length;
  const at = text.toLowerCase().indexOf(top.email, end);
  if (at < 0 || !BESIDE_GAP_RE.test(text.slice(end, at))) return ranked;
  if (ranked.some((p) => p.index > next.index && p.index < at)) return ranked;
  rejected.push({ value: top.name, kind: "prose pattern", reason: SPELLED_BY_PERSONS_ADDRESS });
  return [{ ...next, email: top.email }, ...ranked.slice(2)];
}

/** up to three words written right after a name, only blanks between ("… Delivery Manager") */
const WORDS_AFTER_RE = /^(?:[ \t]+[\p{L}&'’]+){0,3}/u;
/** the last two words on the line before a name (a colon may close the last) */
const LAST_WORDS_RE = /(?:^|[ \t])([^\s:]+)?[ \t]+([^\s:]+)[ \t]*(:?)[ \t]*$/u;
/** nothing but blanks and punctuation between two phrases */
const ONLY_PUNCTUATION_RE = /^[\s,;:–—-]*$/u;

/**
 * The runner-up reads as a person of its own: a complete name that is no title, department or
 * institution, not the start of a title ("Water Supply Manager"), sharing no word with the best
 * one (a firm named after its owner, "Pat Roe" and "Roe Haulage", is either), nor written right
 * after it (the title or team of the best one: "Ana Ruiz, Field Services").
 */
function isPersonBesideAddress(text: string, top: ContactPick, next: ContactPick): boolean {
  if (!/^\p{Lu}/u.test(next.name) || !isCompletePersonName(next.name)) return false;
  if (looksLikeRole(next.name) || looksLikeDepartment(next.name) || HEAD_NOUN_RE.test(next.name)) return false;
  const end = next.index + next.name.length;
  if (looksLikeRole(next.name + (WORDS_AFTER_RE.exec(text.slice(end))?.[0] ?? ""))) return false;
  // "Hoofd Technische Dienst", "Manager: Solid Waste": a title written right before it makes it a
  // team; so does any label but a contact's ("Post: …")
  const before = LAST_WORDS_RE.exec(text.slice(Math.max(0, next.index - 40), next.index))?.slice(1) ?? [];
  const contactLabel = (w: string | undefined) => !!w && LABEL_WORDS.get(w.toLowerCase()) === "contactName";
  if (before[1] && (ROLE_WORD_RE.test(before[1]) || (before[2] && !contactLabel(before[1])))) return false;
  // an address that spells the runner-up too ("ana.acmeshine@") is theirs only where a contact
  // label or their title names them a person ("contact Ana Ruiz"), not a business ("Ana Ruiz runs …")
  if (next.email && !next.role && !contactLabel(before[0]) && !contactLabel(before[1])) return false;
  const words = new Set(fold(top.name).split(/[\s'’-]+/));
  if (
    fold(next.name)
      .split(/[\s'’-]+/)
      .some((w) => w.length >= 3 && words.has(w))
  )
    return false;
  const topEnd = top.index + top.name.length;
  return !(topEnd <= next.index && ONLY_PUNCTUATION_RE.test(text.slice(topEnd, next.index)));
}

/** only a comma, a colon or a dash and blanks between a title and the name after it */
const TITLE_THEN_NAME_RE = /^[ \t]*[,:–-]?[ \t]*$/;

const EAST_ASIAN_SCRIPT_RE = new RegExp(`[${EAST_ASIAN_LETTERS}]`, "u");
const EAST_ASIAN_TLD_RE = /\.(?:jp|kr|cn|tw|hk|mo)$/i;

/** A mail written in or from Japan, Korea or China: their script in it, or their country domains. */
function eastAsian(ctx: MailContext, emails: string[]): boolean {
  return (
    EAST_ASIAN_SCRIPT_RE.test(`${ctx.subject}\n${ctx.from?.name ?? ""}\n${ctx.own}`) ||
    [ctx.from?.address ?? "", ...emails].some((e) => EAST_ASIAN_TLD_RE.test(e))
  );
}

/** a card's website that is neither the partner's nor the vendor's */
function prospectSite(ctx: MailContext, url: string | null): boolean {
  const d = url ? registrableDomain(url) : null;
  return !!d && !isFreeMailDomain(d) && !ctx.partnerDomains.has(d) && !ctx.vendorDomains.has(d);
}

// "ผู้ติดต่อ: คุณฐานิตา ฉายแสงเพชร ตำแหน่ง ผู้จัดการ", "Contact: Ann Lee Position: CFO": a form written on
// one line puts the role's label inside the contact's value, the name before it and the role after
// it. A label word in a script with capitals stands so only before a colon ("Ann Title" is a name);
// one in a caseless script (Thai, Chinese, Arabic …) also before a blank, as Thai forms write it.
const ROLE_LABEL_WORDS = [...LABEL_WORDS].filter(([w, f]) => f === "role" && w.length >= 2).map(([w]) => w);
const CASED_RE = /\p{Lu}|\p{Ll}/u;
const labelWords = (cased: boolean) => literalAlternation(ROLE_LABEL_WORDS.filter((w) => CASED_RE.test(w) === cased));
const INLINE_ROLE_LABEL_RE = new RegExp(
  String.raw`(?<=\S[ \t]+)(?:(?:${labelWords(true)})[ \t]*:|(?:${labelWords(false)})(?:[ \t]*:|[ \t]))[ \t]*(?=\S)`,
  "iu",
);

/**
 * The value of a role label, unless it holds no title but the partner's part in the deal: "Rolle"
 * and "Roll" label both ("Rolle: Wir kümmern uns um Schulung und Betrieb (Dienstleistung)", "Roll: vi säljer
 * vidare"), so a phrase that names no title and reads as a motion is the partner's, not the contact's.
 */
function labelledRole(value: string | null | undefined): string | null {
  if (!value) return null;
  // (one word stays: "Support" may be the contact's department)
  const phrase = /\s/.test(value.trim());
  return phrase && !looksLikeRole(value) && detectMotion(value, { labelled: true }) ? null : value;
}

/** '"Hannah Lindqvist" <hannah@x.se>, Logistics Manager': name, address and role of a contact label. */
function readContactLabel(written: string): { name: string | null; email: string | null; role: string | null } {
  const inline = INLINE_ROLE_LABEL_RE.exec(written);
  if (inline) {
    const before = readContactLabel(written.slice(0, inline.index).replace(/[\s,;]+$/, ""));
    return { ...before, role: written.slice(inline.index + inline[0].length).trim() || before.role };
  }
  // "佐々木 美穂 様（情報システム課 課長）": full-width brackets are brackets
  const value = written.replace(/（/g, " (").replace(/）/g, ")");
  // "Kowalczyk, Agata": a CRM's surname-first order, the whole value and no role; a title in
  // brackets after it ("Ybarra, Marisol (Dr.)") is no part of the order
  const bare = value.replace(/\s*\((?:[\p{L}]{1,5}\.?\s*){1,2}\)\s*$/u, "");
  const ordered = displayNameOrder(bare);
  if (ordered !== bare) return { name: cleanPersonName(ordered), email: null, role: null };
  // "박지훈 팀장 (영업팀)": the department in brackets after the title goes with it; a bracket that
  // itself ends on the title ("팀장 (영업팀장)") is the title written in full
  const dept = DEPARTMENT_AFTER_RE.exec(value);
  const deptTitled = dept ? splitTitleAfter(value.slice(0, dept.index)) : null;
  // "品質保証部 部長 山田 美咲 様 (Misaki Yamada)": a department and the title, the name, and in the
  // bracket the name's Latin spelling (no department): the name is read in Latin letters, as for a
  // name alone (cleanPersonName)
  const titledFirst = dept ? (deptTitled ?? splitDepartmentTitleBefore(value.slice(0, dept.index))) : null;
  const spelled = titledFirst ? cleanPersonName(`${titledFirst.name} (${dept![1]!.trim()})`) : null;
  if (titledFirst && spelled && fold(spelled) === fold(dept![1]!.trim()))
    return { name: spelled, email: null, role: titledFirst.title };
  if (dept && deptTitled) {
    const inside = dept[1]!.trim();
    const full = inside.endsWith(deptTitled.title);
    return { name: deptTitled.name, email: null, role: full ? inside : `${deptTitled.title} (${inside})` };
  }
  // "박지훈 구매팀장": a caseless script's name with the title written after it
  const titled = splitTitleAfter(value);
  if (titled) return { name: titled.name, email: null, role: titled.title };
  // "정하늘 (Jung Ha-neul) 영업팀장": the name's Latin spelling in brackets between it and the title
  const unbracketed = splitTitleAfter(value.replace(BRACKETED_RE, " "));
  const at = unbracketed ? value.lastIndexOf(unbracketed.title) : -1;
  if (unbracketed && at > 0 && value.slice(0, at).includes("(") && !value.slice(at).includes("("))
    return {
      name: cleanPersonName(value.slice(0, at)) ?? unbracketed.name,
      email: null,
      role: value.slice(at).trim(),
    };
  // "박지훈 총무팀 팀장 (jhpark@…, 031-…)": the address in brackets after the title is no part of it
  if (
    unbracketed &&
    at > 0 &&
    ADDRESS_IN_BRACKETS_RE.test(value.slice(at)) &&
    fold(value.slice(0, at)).trim() === fold(unbracketed.name)
  )
    return {
      name: unbracketed.name,
      email: findEmails(value)[0]?.value ?? null,
      role: value.slice(at).replace(ADDRESS_IN_BRACKETS_RE, "").trim(),
    };
  // "Jenna Pellow, Head of Finance (jenna@x.co.uk, 01872 …)": an address in brackets (with its
  // phone) is neither name nor role, and its comma must not split the role off
  const parts = value
    .replace(/<[^<>\s]+@[^<>\s]+>/g, " ")
    .replace(/\([^()]*@[^()]*\)/g, " ")
    // "Mrs Maria Lopez (partner) m.lopez@x.com": a bare address after the name is no part of it
    .replace(/[^\s<>()@]+@[^\s<>()@]+/g, " ")
    // (a double quote between Hebrew letters is the gershayim of a short form: 'סמנכ"ל')
    .replace(/(?<!\p{Script=Hebrew})["“”„]|["“”„](?!\p{Script=Hebrew})/gu, "")
    // the full-width comma, semicolon and bar of Chinese and Japanese, the Arabic comma
    // a dash between blanks, the long one too ("Ana Ruiz — Head of Sales")
    .split(/\s*[,;|，；｜،]\s*|\s+[–—-]\s+/);
  const email = findEmails(value)[0]?.value ?? null;
  // "Marloes Jansen (HR Manager)": the role in parentheses is not part of the name
  const unparen = (p: string) => p.replace(/\([^)]*\)/g, " ").trim();
  // "Mgr. Jana Nováková": a degree before the name that is also a title's short form ("mgr") is no title
  const untitled = (p: string) => cleanPersonName(unparen(p)) ?? unparen(p);
  const namePart = parts.find((p) => p && !p.includes("@") && unparen(p) && !looksLikeRole(untitled(p))) ?? null;
  const inParens = /\(([^)@]{2,70})\)/.exec(value)?.[1];
  // "Dana Reyes, Controller (dana@x.com)": the address in parentheses is not part of the role
  const noMail = (p: string) => p.replace(/\([^()]*@[^()]*\)/g, " ").trim();
  const roleAt = parts.findIndex((p) => p && looksLikeRole(untitled(noMail(p))) && !p.includes("@"));
  const role =
    (roleAt >= 0 ? withDepartment(value, noMail(parts[roleAt]!), parts[roleAt + 1]) : null) ??
    (inParens && looksLikeRole(inParens) ? inParens : null) ??
    lowerCaseTitleAfter(parts, namePart) ??
    lowerCaseTitleInBrackets(namePart, inParens);
  // the name as the brackets may write it in a second script ("山本 美咲 (Yamamoto Misaki)")
  return { name: namePart ? nameInLabel(cleanPersonName(caselessBesideLatin(namePart))) : null, email, role };
}

/** a legal form closing a name, in any case ("… ab" of a mail written in lower case) */
const ANY_CASE_LEGAL_SUFFIX_RE = new RegExp(LEGAL_SUFFIX_RE.source, "iu");
/** a label written in a caseless script only ("負責人", "대표") */
const CASELESS_TITLE_LABEL_RE = new RegExp(`^[${EAST_ASIAN_LETTERS}]{2,8}$`, "u");
/** a few words in lower case, letters only: a title no table lists ("intendent", "главен уредник") */
const LOWER_CASE_TITLE_RE = /^\p{Ll}[\p{L}\p{M}'’.-]*(?:[ \t]+[\p{L}\p{M}'’.-]+){0,3}$/u;

/**
 * "Contact: Ada Brenn, kurator": the part after a capitalised name written in lower case is the
 * contact's title where no title word tells it (a firm's name is capitalised or carries its form).
 */
function lowerCaseTitleAfter(parts: string[], namePart: string | null): string | null {
  const at = namePart ? parts.indexOf(namePart) : -1;
  if (at < 0 || !/^\p{Lu}/u.test(namePart!.trim())) return null;
  const next = parts[at + 1]?.trim() ?? "";
  return LOWER_CASE_TITLE_RE.test(next) && !ANY_CASE_LEGAL_SUFFIX_RE.test(` ${next}`) ? next : null;
}

/** a note in brackets that the person is copied or how to reach them, no title ("in cc", "mobile") */
const COPY_NOTE_RE = /^(?:(?:in|en|im|na|em)[ \t]+)?(?:b?cc|kopie|copia|copie|copy|cópia)$/iu;

/**
 * "Contacto: Ana Ruiz (tesoureira)": a title no table lists, written in lower case in brackets
 * right after a capitalised name (no address, no digits, no legal form, no label word such as
 * "mobile", no note that the person is copied).
 */
function lowerCaseTitleInBrackets(namePart: string | null, inParens: string | undefined): string | null {
  const t = inParens?.trim();
  if (!t || !namePart || !/^\p{Lu}/u.test(namePart.trim()) || !namePart.includes(`(${inParens})`)) return null;
  if (!LOWER_CASE_TITLE_RE.test(t) || COPY_NOTE_RE.test(t) || LABEL_WORDS.has(t.toLowerCase())) return null;
  return ANY_CASE_LEGAL_SUFFIX_RE.test(` ${t}`) ? null : t;
}

/** "黃美玲 Ms. Wong Mei-ling": a name in a caseless script, then its Latin spelling unbracketed */
const CASELESS_BESIDE_LATIN_RE = new RegExp(
  String.raw`^([${EAST_ASIAN_LETTERS}]{2,5})\s+(?:(?:mr|ms|mrs|miss)\.?\s+)?\p{Script=Latin}[\p{Script=Latin}'’ -]*$`,
  "iu",
);

/** The name as the label writes it first, in its own script, when its Latin spelling follows unbracketed. */
function caselessBesideLatin(part: string): string {
  return CASELESS_BESIDE_LATIN_RE.exec(part.trim())?.[1] ?? part;
}

/**
 * "GM - Procurement", "VP, Human Resources": a title and the department written after it, as the
 * value writes them, when the part after the title names a department and holds no title of its own.
 */
function withDepartment(value: string, role: string, next: string | undefined): string {
  if (!next || !looksLikeDepartment(next) || looksLikeRole(next) || next.includes("@")) return role;
  const from = value.indexOf(role);
  const to = from < 0 ? -1 : value.indexOf(next, from + role.length);
  return to < 0 || to - from - role.length > 3 ? role : value.slice(from, to + next.length);
}

const BRACKETED_RE = /\([^()]*\)/g;
/** a bracket closing a value, no address in it */
const DEPARTMENT_AFTER_RE = /\(([^()@]+)\)$/u;
const ADDRESS_IN_BRACKETS_RE = /\s*\([^()@]*@[^()]*\)/;
const SENTENCE_BREAK_RE = /\s+[.;]\s+|\s+[–—-]\s+/;
const ABBREVIATED_OR_LOWER_RE = /^(?:\p{Ll}.*|.*\.)$/u;

/**
 * The name a contact label's value holds when the whole value is no name's shape: degrees and
 * forms of address the tables lack before it ("lek. wet. Anna Nowak", "si Sir Jun Cruz": words
 * in lower case or abbreviated) and a remark after it ("Eva Smit . no address yet") go. The value
 * as written when what is left is no complete name either (the check then rejects it).
 */
function nameInLabel(name: string | null): string | null {
  if (!name || isCompletePersonName(name)) return name;
  const words = name.split(SENTENCE_BREAK_RE)[0]!.split(/\s+/);
  // at most three such words: more are a sentence ("please see the card for Dr. Otieno")
  let k = 0;
  while (k < Math.min(3, words.length - 2) && ABBREVIATED_OR_LOWER_RE.test(words[k]!)) k++;
  if (k < words.length && ABBREVIATED_OR_LOWER_RE.test(words[k]!)) return name;
  const inside = cleanPersonName(words.slice(k).join(" "));
  const named = inside?.split(/\s+/).filter((w) => !w.endsWith(".")).length ?? 0;
  return inside && /^\p{Lu}/u.test(inside) && named >= 2 && isCompletePersonName(inside) ? inside : name;
}

/** The forwarded prospect mail: its sender, or whom they handed over to, or "unclear". */
function fromForward(fwd: Forward, partnerText: string) {
  const from = fwd.from!;
  const fromName = from.name ?? "";
  // a shared mailbox named after the business ("Weingut Falkenried") or a department of it ("Ferreira
  // Lda - Contabilidad"): the person signs below
  const businessName = TRADE_NAME_RE.test(fromName) || LEGAL_SUFFIX_RE.test(fromName) || sharedMailbox(fromName);
  const signer = businessName
    ? fwd.signature
        .split("\n")
        .flatMap((l) => findPersonMentions(l))
        .find((p) => !TRADE_NAME_RE.test(p.name) && !fold(fromName).includes(fold(p.name)))
    : undefined;
  const senderName = businessName
    ? signer
      ? (cleanPersonName(signer.name) ?? signer.name)
      : null
    : (fullName(cleanPersonName(fromName), fwd, from.address) ?? null);
  let name = businessName
    ? candidate(senderName, "signature block", S.signer, signer?.name)
    : candidate(senderName, "forwarded header", S.header, fromName);
  let email = candidate(from.address, "forwarded header", S.header, from.address);
  let role = roleFromSignature(fwd.signature, from.name) ?? roleBelowName(fwd.body, senderName);
  const handover = delegatedContact(fwd, partnerText);
  if (handover?.kind === "colleague") {
    name = candidate(
      cleanPersonName(handover.contact.name ?? ""),
      "forwarded handover",
      S.handover,
      handover.contact.name,
    );
    email = candidate(
      handover.contact.address,
      "forwarded handover",
      S.handover,
      fwd.ccText || handover.contact.address,
    );
    role = handover.role; // the signature's title is the sender's
  }
  return {
    name,
    email,
    // "Vice Principal (교감)": the title as the mail's other readers write it
    role: role && latinOfTwoScriptValue(role),
    signerName: senderName,
    unclear: handover?.kind === "unclear",
    unclearReason: "the chain names several people at the prospect and nobody says which one is the contact",
  };
}

/** "Finance Team", "Acme Vet - Gerencia": a department's or a team's mailbox, no person's name. */
function sharedMailbox(display: string): boolean {
  const name = cleanPersonName(display);
  return isMailboxName(display) && !(name && isCompletePersonName(name));
}

/** "Lucía Barrientos" in the header, "Lucía Barrientos Ugarte" signed below: the name in full. */
function fullName(name: string | null, fwd: Forward, address: string): string | null {
  return name && (fullerName(name, signingLines(fwd.body, fwd.signature), address) ?? name);
}

/** A contact's name against their address: an address that spells another person's name is a conflict. */
function crossCheck(name: FieldPick, email: FieldPick): FieldPick {
  if (!name.value || !email.value || !name.evidence || !email.evidence) return name;
  if (emailMatchesName(email.value, name.value)) {
    return { ...name, confidence: Math.min(0.97, name.confidence + 0.05) };
  }
  const other = personalLocalPart(email.value);
  // "jan.kowalski@" under the name "Anna Nowak": one of the two belongs to someone else
  if (other && !other.some((t) => fold(name.value!).includes(t)))
    return { ...name, confidence: name.confidence * 0.85 };
  return name;
}

/** "first.last", "first_last": the name tokens an address spells; null for "info", "jk", "sales2". */
function personalLocalPart(email: string): string[] | null {
  const local = fold(email.split("@")[0] ?? "");
  // "marco.deluca78@": digits after a name are no part of it
  const parts = local
    .split(/[._-]+/)
    .map((p) => p.replace(TRAILING_DIGITS_RE, ""))
    .filter((p) => /^[a-z]{2,}$/.test(p));
  return parts.length >= 2 && !isGenericInbox(email) ? parts : null;
}

/**
 * An address named after the prospect's business or function, not a person: every word of its
 * local part is written in the text other than as a person's name ("pampa.manutencao@" under
 * "Frigorífico Pampa …, supervisor de manutenção"). "mary.jones@" is not, unless Mary Jones is
 * named, and then she is a person.
 */
function functionalAddress(email: string, text: string): boolean {
  const tokens = fold(email.split("@")[0] ?? "")
    .split(/[^a-z]+/)
    .filter((t) => t.length >= 3);
  if (tokens.length === 0) return false;
  let rest = text.replace(email, " ");
  for (const p of findPersonMentions(text)) rest = rest.replace(p.name, " ");
  const seq = fold(rest)
    .split(/[^a-z]+/)
    .filter(Boolean);
  const words = new Set(seq.filter((w) => w.length >= 3));
  // "posadalosalerces@" under "Posada Los Alerces": the business's words run together
  const runTogether = (t: string) => seq.some((w, i) => t.startsWith(w) && spelt(seq, i, t));
  return tokens.every((t) => words.has(t) || runTogether(t));
}

/** the words from `i` on spell `t` exactly, word by word */
function spelt(seq: string[], i: number, t: string): boolean {
  let s = "";
  for (let k = i; k < Math.min(seq.length, i + 5) && s.length < t.length; k++) s += seq[k];
  return s === t && t.length > seq[i]!.length;
}

/**
 * A person written as the address spells them, in any case ("hemi walker, hemi.walker@…",
 * "Luis de la Garza … ldelagarza@"): only when the address is a person's (two name tokens).
 */
function nameSpelledByAddress(text: string, emails: string[]): { name: string; index?: number } | null {
  for (const e of emails) {
    const parts = personalLocalPart(e);
    if (!parts || parts.length > 3) {
      const near = nameBesideAddress(text, e);
      if (near) return near;
      continue;
    }
    const re = new RegExp(parts.map(escapeRegExp).join("[ \\t]+"), "giu");
    const m = boundedMatches(text, re, NO_LETTER_BEFORE, NO_LETTER_AFTER).next().value;
    if (m?.[0] && isCompletePersonName(capitalise(m[0]))) return { name: m[0], index: m.index };
  }
  return null;
}

const TRAILING_DIGITS_RE = /\d+$/;
const LATIN_NAME_RE = /\p{Script=Latin}/u;
const COPULA_RE = /\s(?:is|are|ist|es|est|är|er|é|è|jest)\s/i;
const WORD_RE = /[\p{L}][\p{L}'’-]*/gu;

/**
 * Two words written on the address's line or the line next to it, in any case, that the address's
 * one-word local part spells: the given name ("ana@" beside "ana ruiz"), the initial and the
 * family name ("aruiz@"), or both run together ("anaruiz@"): a phone's note writes the contact
 * in lower case ("contacto ana ruiz, gerente, ana@…"). Role words are no name's.
 */
function nameBesideAddress(text: string, email: string): { name: string; index: number } | null {
  const local = alnum(fold(email.split("@")[0] ?? "").replace(TRAILING_DIGITS_RE, ""));
  if (local.length < 3 || isGenericInbox(email)) return null;
  const lines = text.split("\n");
  const at = lines.findIndex((l) => l.toLowerCase().includes(email));
  if (at < 0) return null;
  for (let n = Math.max(0, at - 1); n < Math.min(lines.length, at + 2); n++) {
    const line = lines[n]!;
    const words = allMatches(line.replace(/\S+@\S+/g, " "), WORD_RE);
    for (let i = 0; i + 1 < words.length; i++) {
      const [w1, w2] = [words[i]!, words[i + 1]!];
      // the two words side by side, only blanks between them
      if (line.slice(w1.index + w1[0].length, w2.index).trim() !== "") continue;
      const a = alnum(fold(w1[0]));
      const b = alnum(fold(w2[0]));
      const spelled = local === a || local === a.charAt(0) + b || local === a + b;
      if (!spelled || b.length < 2 || looksLikeRole(w2[0])) continue;
      const name = `${w1[0]} ${w2[0]}`;
      const offset = lines.slice(0, n).reduce((sum, l) => sum + l.length + 1, 0);
      if (isCompletePersonName(capitalise(name))) return { name, index: offset + w1.index };
    }
  }
  return null;
}

function capitalise(s: string): string {
  return s.replace(/(?<![\p{L}])\p{Ll}/gu, (c) => c.toUpperCase());
}

function samePerson(a: string, b: string): boolean {
  const k = (s: string) => fold(s).replace(/\b(?:herrn?|frau|mr|mrs|ms|dr|prof)\.?\s+/g, "");
  return k(a) === k(b);
}

/**
 * The sender's title on the line below their name where they sign at the end of their mail ("Alma
 * Hernandez, P.E." / "Inspection Program Manager"): read when the splitter took a later block (the
 * partner's own sign-off under the forward) as the signature. `anywhere`: the whole thread is read,
 * every line that is the name alone (the contact signing below a quote, or further down the chain).
 */
function roleBelowName(body: string, name: string | null, anywhere = false): string | null {
  if (!name) return null;
  // blank lines between the signature's lines (HTML mail rendered as text) do not count
  const lines = body
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  // "Mag. Sabine Hofstätter", "Dr. Ana Ruiz": an academic title before the name, in the line or the name
  const untitled = (s: string) => fold(s).replace(/^(?:[\p{L}]{1,5}\.\s*)+/u, "");
  const key = untitled(name);
  const signs = (line: string) => (anywhere ? untitled(line) === key : untitled(line).startsWith(key));
  for (let i = lines.length - 2; i >= (anywhere ? 0 : Math.max(0, lines.length - 8)); i--) {
    if (!signs(lines[i]!)) continue;
    const title = titleOnLine(lines[i + 1]!);
    if (title || !anywhere) return title;
  }
  return null;
}

// "Directrice générale – Atelier Varenne SAS", "Titolare - Bottega …": the title, then a spaced dash or a
// comma and the firm
const TITLE_THEN_FIRM_RE = /^([^,–—\n]{2,60}?)(?:\s+[–—-]\s+|,\s+)\S/u;
const titleShaped = (s: string) => looksLikeRole(s) && !/\d|@/.test(s) && s.split(/\s+/).length <= 6;
/** The title a signature line under a name writes: the line, or the title before the firm on a longer one. */
function titleOnLine(line: string): string | null {
  if (titleShaped(line)) return line;
  const head = TITLE_THEN_FIRM_RE.exec(line)?.[1]?.trim();
  return head && titleShaped(head) ? head : null;
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
