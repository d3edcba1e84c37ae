// Which outside firm in a forwarded chain is the prospect. A partner forwards a thread in which
// more than one firm outside the partner's and the vendor's side writes (the prospect, and a
// supplier, a parent company or a consultant whose mail the prospect passed on): the prospect is
// the one the partner's own words (or the subject) name, by a person's name or by the firm its
// domain spells. When they name none of the chain's outside writers, which one is the prospect is
// a guess: the contact and the company the chain gave are asked for instead. Pure.
import { domainOfEmail, isFreeMailDomain } from "../normalise/domain.ts";
import { isNameParticle } from "../normalise/shape.ts";
import type { MailAddress } from "../types.ts";
import { isProspectEmail, type Forward, type MailContext } from "./mail-context.ts";
import { alnum, domainLabel, fold } from "./text-utils.ts";

/** a word of a text, folded */
const WORD_RE = /[^\p{L}\p{N}]+/u;

/** The chain's outside writers, one per firm (a free-mail writer counts as a firm of their own). */
function outsideWriters(ctx: MailContext): MailAddress[] {
  const seen = new Map<string, MailAddress>();
  for (const f of ctx.forwards) {
    if (!f.from || !isProspectEmail(ctx, f.from.address)) continue;
    const d = domainOfEmail(f.from.address);
    const firm = d && !isFreeMailDomain(d) ? d : f.from.address;
    if (!seen.has(firm)) seen.set(firm, f.from);
  }
  return [...seen.values()];
}

/** Does `text` name the writer: a word of their name (no particle), or their firm as its domain spells it? */
function names(words: Set<string>, run: string, who: MailAddress): boolean {
  const personal = (who.name ?? "")
    .split(/\s+/)
    .filter((w) => !isNameParticle(w))
    .map((w) => fold(w).replace(/[^\p{L}\p{N}]+/gu, ""))
    .filter((w) => w.length >= 3);
  if (personal.some((w) => words.has(w))) return true;
  const d = domainOfEmail(who.address);
  if (!d || isFreeMailDomain(d)) return false;
  const label = domainLabel(d);
  return label.length >= 4 && run.includes(label);
}

/**
 * True when the prospect's mail was taken from a chain in which two or more outside firms write
 * and the partner's text and the subject name none of them.
 */
export function chainProspectUnnamed(ctx: MailContext, prospectFwd: Forward | undefined, own: string): boolean {
  if (!prospectFwd?.from || !ctx.forwards.includes(prospectFwd)) return false;
  const writers = outsideWriters(ctx);
  if (writers.length < 2) return false;
  const said = fold(`${ctx.subject}\n${own}`);
  const words = new Set(said.split(WORD_RE));
  const run = alnum(said);
  return !writers.some((w) => names(words, run, w));
}
