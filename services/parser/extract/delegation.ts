// A prospect who hands the matter to a colleague ("Priya, copied, will be your contact going
// forward", "ich übergebe an Herrn von Briesen (in Kopie)"): the colleague in Cc of the
// forwarded mail, named by the partner or in the prospect's handover, is the contact. When the
// chain names colleagues at the prospect's domain and neither the partner nor the prospect says
// who the partner should talk to, the answer is "unclear": the contact is flagged, not guessed.
// The handover and stay phrases live in the language modules (services/parser/lang). Pure.
import { escapeRegExp } from "../text/regex.ts";
import { unquoteName } from "../text/forwards.ts";
import type { MailAddress } from "../types.ts";
import { HANDOVER_RE, STAYING_RE } from "../lang/index.ts";
import type { Forward } from "./mail-context.ts";
import { emailMatchesName, fold, isGenericInbox } from "./text-utils.ts";
import { domainOfEmail, findEmails } from "../normalise/domain.ts";
import { findPersonMentions, roleNear, type PersonMention } from "./people.ts";

/**
 * `Name <address>` and bare addresses in a text, with the name written before each. Split at
 * the separators first and scanned token by token: one pattern over the whole text was quadratic
 * on a long line without an address.
 */
function addressesIn(text: string): MailAddress[] {
  const out: MailAddress[] = [];
  const isAddress = (t: string) => t.indexOf("@") > 0 && t.indexOf("@") < t.length - 1;
  for (const piece of text.split(/[,;>]/)) {
    const lt = piece.indexOf("<");
    let name = lt >= 0 ? piece.slice(0, lt) : "";
    for (const token of (lt >= 0 ? piece.slice(lt + 1) : piece).split(/\s+/)) {
      if (!isAddress(token)) {
        if (lt < 0) name += ` ${token}`;
        continue;
      }
      out.push({ address: token.toLowerCase(), name: unquoteName(name).trim() || null });
      name = "";
    }
  }
  return out;
}

/** How many words of `name` the text writes (particles and short words aside). */
function wordsNamed(text: string, name: string): number {
  const t = ` ${fold(text).replace(/[^\p{L}\p{N}'’-]+/gu, " ")} `;
  return name
    .split(/\s+/)
    .map((w) => fold(w).replace(/[^\p{L}\p{N}'’-]/gu, ""))
    .filter((w) => w.length >= 3 && !/^(?:von|van|der|den|del|della|de)$/.test(w))
    .filter((w) => t.includes(` ${w} `)).length;
}
const mentions = (text: string, name: string): boolean => wordsNamed(text, name) > 0;

// "main contact is now …", "el contacto principal ahora es …"
const CONTACT_ADJECTIVE = String.raw`(?:main|primary|new|principal|nuevo|nueva|neuer|neue|nouveau|nouvel|nieuwe|novo|nova|nuovo)`;
const NOW = String.raw`(?:now|ahora|jetzt|nu|agora|maintenant|ora|adesso)`;

/** Where `word` stands in the text as a whole word (no letter or digit either side). */
function wholeWordAt(text: string, word: string): number[] {
  const out: number[] = [];
  if (!word) return out;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1] ?? " ";
    const after = text[at + word.length] ?? " ";
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) out.push(at);
  }
  return out;
}

/** The first word of a display name ("Brian" of "Brian Daly") when it reads as a given name. */
function givenNameOf(name: string | null): string | null {
  const given = name?.trim().split(/\s+/)[0] ?? "";
  return given.length >= 3 && /^\p{Lu}\p{Ll}+$/u.test(given) ? given : null;
}

/** The first word of a display name, written as it is in the text, a whole word. */
function givenNameWritten(text: string, name: string | null): boolean {
  const given = givenNameOf(name);
  return !!given && wholeWordAt(text, given).length > 0;
}

/**
 * The places a colleague is written in a text: as a name mention, in full as the header writes
 * them ("Frau Verena Hofstätter" after a capitalised noun), or by the given name alone, as a
 * handover often does ("handing this to Priya, our Practice Manager").
 */
function writtenAt(text: string, name: string): PersonMention[] {
  const mentions = findPersonMentions(text).filter((p) => samePersonNamed(p.name, name));
  const full = wholeWordAt(text, name).map((index) => ({ name, index }));
  const given = givenNameOf(name);
  const first = given ? wholeWordAt(text, given).map((index) => ({ name: given, index })) : [];
  return [...mentions, ...full, ...first];
}

/** The same person written in full or with a further name ("Ana Ruiz" and "Ana Ruiz Gil"). */
function samePersonNamed(written: string, name: string): boolean {
  const a = fold(written).split(/\s+/);
  const b = fold(name).split(/\s+/);
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 2 && short.every((w) => long.includes(w));
}

const CONTACT_NOUN = String.raw`(?:contact|point person|point of contact|ansprechpartner(?:in)?|contacto|contato|kontakt(?:person)?|interlocut\p{L}*|referente|aanspreekpunt|contactpersoon)`;
const COPULA = String.raw`(?:is|ist|es|est|è|é|er|är)`;

/**
 * "Contact = Fenna", "Ansprechpartner ist jetzt Herr von Briesen", "contacto: María", and the name
 * first ("Fenna Bakker is now the point person", "Annelies blijft het aanspreekpunt"): the partner says who.
 */
function namedAsContact(text: string, name: string): boolean {
  const words = name
    .split(/\s+/)
    .filter((w) => w.length >= 3)
    .map((w) => escapeRegExp(w));
  if (words.length === 0) return false;
  const cueFirst = new RegExp(
    String.raw`${CONTACT_NOUN}(?:\s+${CONTACT_ADJECTIVE})?(?:\s+${NOW})?\s*(?:[=:]|${COPULA})\s*(?:now\s+|(?:ab\s+)?jetzt\s+|nu\s+|ahora\s+|désormais\s+|from\s+now\s+on\s+)?(?:(?:herr|frau|mr|ms|mrs|mme|m|sr|sra)\.?\s+)?(?:${words.join("|")})`,
    "iu",
  );
  // the name, up to two more words of it, then "is (now) the/our (main) contact", or a note's
  // "is main contact" without the article
  const nameFirst = new RegExp(
    String.raw`(?<![\p{L}])(?:${words.join("|")})(?:[ \t]+[\p{L}'’-]+){0,2}[ \t]+(?:${COPULA}|will be|becomes|blijft|wordt)\s+(?:${NOW}\s+|désormais\s+)?(?:(?:the|your|our|der|die|unser\p{L}*|ihr\p{L}*|el|la|le|o|a|il|su|votre|notre|uw|jullie|het)\s+(?:${CONTACT_ADJECTIVE}\s+)?|${CONTACT_ADJECTIVE}\s+)${CONTACT_NOUN}(?![\p{L}])`,
    "iu",
  );
  return cueFirst.test(text) || nameFirst.test(text);
}

/** The text hands the matter over to `name`: the word right after the handover phrase is the name's. */
function handedTo(text: string, name: string | null): boolean {
  const m = name ? HANDOVER_RE.exec(text) : null;
  const next = m ? /^[ \t]+([\p{L}'’-]+)/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40)) : null;
  return !!next && !!name && mentions(next[1]!, name);
}

export type Handover =
  | { kind: "colleague"; contact: MailAddress; role: string | null }
  /** colleagues at the prospect's domain are in the chain and nothing says who the contact is */
  | { kind: "unclear" };

/**
 * The colleague the prospect handed over to; "unclear" when the chain names colleagues at the
 * prospect's domain but neither side says clearly who the partner should talk to; null when no
 * colleague at that domain is named in the text (only copied) or the sender says they stay the contact.
 */
export function delegatedContact(fwd: Forward, partnerText: string): Handover | null {
  const sender = fwd.from;
  const domain = sender ? domainOfEmail(sender.address) : null;
  if (!sender || !domain) return null;
  const sameSide = (a: string) => a !== sender.address && domainOfEmail(a) === domain;
  const colleagues = addressesIn(fwd.ccText).filter((a) => a.name && sameSide(a.address));
  // an address written in the prospect's mail ("I've asked Jodie Marr to run with this - jodie.marr@…")
  const people = [...findPersonMentions(partnerText), ...findPersonMentions(fwd.body)];
  for (const e of findEmails(fwd.body)) {
    const address = e.value.toLowerCase();
    if (!sameSide(address) || colleagues.some((c) => c.address === address)) continue;
    const person = people.find((p) => emailMatchesName(address, p.name));
    if (person) colleagues.push({ address, name: person.name });
  }
  if (colleagues.length === 0) return null;
  const chosen = (contact: MailAddress): Handover => {
    // the title written next to the colleague in the prospect's mail, else in the partner's note
    // ("the contact is now Ana Ruiz (Head of Contracts)"), never the sender's signature
    const near = (text: string) => {
      for (const m of writtenAt(text, contact.name!)) {
        const role = roleNear(text, m);
        if (role) return role;
      }
      return null;
    };
    return { kind: "colleague", contact, role: near(fwd.body) ?? near(partnerText) };
  };
  const named = (text: string) => colleagues.filter((c) => mentions(text, c.name!));
  const byPartner = named(partnerText);
  // a colleague copied from a shared mailbox ("accounts@", "info@") beside a sender writing from
  // their own address is copied for their function: only words that make them the contact hand over
  const sharedOnly = (c: MailAddress) => isGenericInbox(c.address) && !isGenericInbox(sender.address);
  if (
    byPartner.length === 1 &&
    ((!mentions(partnerText, sender.name ?? "") && !sharedOnly(byPartner[0]!)) ||
      namedAsContact(partnerText, byPartner[0]!.name!))
  )
    return chosen(byPartner[0]!);
  // "Dan handed this over to Aisha further down": the partner says the handover went to the sender
  if (handedTo(partnerText, sender.name)) return null;
  // "Carlos asked me to take this over": a sender who says they are (or stay) the contact names
  // the colleague who handed over, not the one to call
  const staying = STAYING_RE.test(fwd.body);
  const inHandover = !staying && HANDOVER_RE.test(fwd.body) ? named(fwd.body) : [];
  if (inHandover.length === 1) return chosen(inHandover[0]!);
  // "see Wei Ling's note below": the partner names the sender (a possessive too) and no colleague;
  // two words of the name, as one may be the firm's ("Daly Haulage" is no mention of Brian Daly),
  // or the given name alone as written ("Brian's note below"): no firm is named after it
  const unpossessed = partnerText.replace(/['’]s(?![\p{L}])/gu, "");
  if (
    byPartner.length === 0 &&
    (wordsNamed(unpossessed, sender.name ?? "") >= 2 || givenNameWritten(unpossessed, sender.name))
  )
    return null;
  // a colleague only copied, never named in the text, leaves the sender the contact
  const inText = colleagues.filter((c) => mentions(partnerText, c.name!) || mentions(fwd.body, c.name!));
  if (inText.length === 0 || staying || (sender.name && namedAsContact(partnerText, sender.name))) return null;
  // only colleagues copied from a shared mailbox and nobody handing over: the sender stays the contact
  if (inText.every(sharedOnly)) return null;
  return { kind: "unclear" };
}
