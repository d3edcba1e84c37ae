// A prospect who hands the matter to a colleague ("Priya, copied, will be your contact going
// forward", "ich übergebe an Herrn von Briesen (in Kopie)"): the colleague in Cc of the
// forwarded mail, named by the partner or in the prospect's handover, is the contact. Pure.
import type { MailAddress } from "../types.ts";
import type { Forward } from "./mail-context.ts";
import { emailMatchesName, fold } from "./text-utils.ts";
import { domainOfEmail, findEmails } from "../normalise/domain.ts";
import { findPersonMentions } from "./people.ts";

/** Handing over, in the label tables' languages. */
const HANDOVER_RE = new RegExp(
  [
    String.raw`(?:will be|is now|is|becomes) (?:your|the) (?:main |new )?contact`, String.raw`contact (?:from here on|going forward|from now on)`,
    String.raw`hand(?:ed|ing|s)? (?:it |this |the matter )?(?:over )?to`, String.raw`step(?:ping)? back`, String.raw`take(?:s)? (?:it|this) (?:over|from here)`,
    String.raw`übergebe`, String.raw`übernimmt`, String.raw`ansprechpartner(?:in)? (?:ist|wird)`, String.raw`zuständig`,
    String.raw`(?:je )?(?:passe|transmets) (?:le dossier|la main)`, String.raw`sera (?:votre|le) (?:nouvel? )?(?:contact|interlocut)`,
    String.raw`overdragen|draag (?:het )?over`, String.raw`(?:wordt|is) (?:uw|jullie|het) (?:nieuwe )?aanspreekpunt`,
    String.raw`(?:será|sera) (?:su|vuestro|tu) (?:nuevo )?(?:contacto|interlocutor)`, String.raw`traspaso|paso el tema`,
    String.raw`sarà (?:il vostro|il suo) (?:referente|contatto)`, String.raw`passo la palla`, String.raw`será (?:o seu|o vosso) (?:contato|contacto)`,
    String.raw`tar över`, String.raw`tar over`, String.raw`overtager`, String.raw`neemt (?:dit|het) (?:verder )?(?:op|over)`, String.raw`doorgegeven`,
  ].join("|"),
  "iu",
);

function addressesIn(text: string): MailAddress[] {
  return [...text.matchAll(/([^<>,;]*)<?([^\s<>,;]+@[^\s<>,;]+)>?/g)].map((m) => ({
    address: m[2]!.toLowerCase(),
    name: m[1]!.replace(/["']/g, "").trim() || null,
  }));
}

function mentions(text: string, name: string): boolean {
  const t = ` ${fold(text).replace(/[^\p{L}\p{N}'’-]+/gu, " ")} `;
  return name
    .split(/\s+/)
    .map((w) => fold(w).replace(/[^\p{L}\p{N}'’-]/gu, ""))
    .filter((w) => w.length >= 3 && !/^(?:von|van|der|den|del|della|de)$/.test(w))
    .some((w) => t.includes(` ${w} `));
}

/** "Contact = Fenna", "Ansprechpartner ist jetzt Herr von Briesen", "contacto: María": the partner says who. */
function namedAsContact(text: string, name: string): boolean {
  const words = name.split(/\s+/).filter((w) => w.length >= 3).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  if (words.length === 0) return false;
  const re = new RegExp(
    String.raw`(?:contact|ansprechpartner(?:in)?|contacto|contato|kontakt(?:person)?|interlocut\p{L}*|referente|aanspreekpunt|contactpersoon)\s*(?:[=:]|is|ist|es|est|è|é|er|är)\s*(?:now\s+|jetzt\s+|nu\s+|ahora\s+|désormais\s+)?(?:(?:herr|frau|mr|ms|mrs|mme|m|sr|sra)\.?\s+)?(?:${words.join("|")})`,
    "iu",
  );
  return re.test(text);
}

/** The colleague the prospect handed over to, or null when the mail does not say so clearly. */
export function delegatedContact(fwd: Forward, partnerText: string): MailAddress | null {
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
  const named = (text: string) => colleagues.filter((c) => mentions(text, c.name!));
  const byPartner = named(partnerText);
  if (byPartner.length === 1 && (!mentions(partnerText, sender.name ?? "") || namedAsContact(partnerText, byPartner[0]!.name!))) return byPartner[0]!;
  const inHandover = HANDOVER_RE.test(fwd.body) ? named(fwd.body) : [];
  return inHandover.length === 1 ? inHandover[0]! : null;
}
