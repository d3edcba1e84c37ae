// The prospect contact's phone, as written. Candidates by evidence: a labelled phone in the
// registration's form, a number in the contact's own label or on the line that names the contact,
// the forwarded prospect mail's signature block, the contact's vCard, a lone labelled number in the
// partner's text. Never the partner's own number: numbers in the partner's signature (or beside
// "my", "mein", "mon" …) are excluded wherever else they appear. Pure.
import { allMatches, eachMatch, escapeRegExp } from "../text/regex.ts";
import { LABEL_WORDS } from "../lang/index.ts";
import { CUES } from "../lang/cues.ts";
import type { LabelField, LabelledValue } from "./labels.ts";
import type { Forward } from "./mail-context.ts";

export interface PhoneInput {
  labels: Map<LabelField, LabelledValue>;
  /** the partner's own text (without their signature) */
  own: string;
  /** the partner's signature and partner-side forwarded signatures: never the prospect's number */
  partnerText: string;
  prospectFwd: Forward | undefined;
  contactName: string | null;
  contactEmail: string | null;
  cardPhone: string | null;
}

// A number as written: "+49 (0)40 123 456-12", "(11) 95555-3321", "0511 / 47 33 20-11", "614-555-0182".
// Blanks inside it are single spaces or tabs, never a line end; the run is bounded.
// A dot ends the number where a blank follows ("… 56 78 12. 7 staff").
const NUMBER = String.raw`(?:\+|00)?[ \t]?(?:\(\+?\d{1,4}\)[ \t]?)?\d(?:[ \t]?(?:[\d()\/–-]|\.(?![ \t]))){5,22}`;
// an extension written after the number belongs to it ("… 0731 ext. 210", "… 20 Durchwahl 14")
const EXTENSION = String.raw`[ \t]*,?[ \t]*(?:${CUES.phoneExtension.map((w) => escapeRegExp(w)).join("|")})[ \t]*:?[ \t]*\d{1,5}(?![\p{L}\p{N}])`;
const WITH_EXTENSION = `${NUMBER}(?:${EXTENSION})?`;
// starts at the first blank after the number: tried from inside a run of blanks it would rescan
// the run from every position (quadratic on a line of spaces)
const EXTENSION_TAIL_RE = new RegExp(`(?<![ \\t,])${EXTENSION}$`, "iu");
const NUMBER_RE = new RegExp(`(?<![\\p{L}\\p{N}+@._-])${WITH_EXTENSION}`, "giu");

// Phone label words of every language (services/parser/lang), longest first, plus the one-letter
// signature forms ("T +44 …", "M: 07…") which only a signature block may use.
const WORDS = [...LABEL_WORDS.entries()]
  .filter(([, f]) => f === "phone")
  .map(([w]) => w)
  .sort((a, b) => b.length - a.length)
  .map((w) => escapeRegExp(w).replace(/ /g, "\\s*"));
const CUE = String.raw`(?:${WORDS.join("|")})\.?(?:[ \t]*\((?:mobile?|cell|direct|office|work|privat)\))?[ \t]*(?:[:.]|nr\.?|no\.?|number)?[ \t]*(?:[:.][ \t]*)?(?:(?:on|at|is|unter|au|al|op|på|na|em)[ \t]+)?`;
const CUE_NUMBER_RE = new RegExp(`(?<![\\p{L}])${CUE}(?<n>${WITH_EXTENSION})`, "giu");
const SIG_LINE_RE = new RegExp(`^[ \\t>|*•-]*(?:[TMPDO][.:]?[ \\t]+|${CUE})?(?<n>${WITH_EXTENSION})`, "iu");
// the number written right after the contact's address, on its line or alone on the next:
// "jane@acme.co.uk, 07700 900 412", "jane@acme.sg / +65 6123 4567", "(jane@acme.ie, mob 087 …)"
// a short aside may stand between ("emil@x.se (his private address), +46 …")
const AFTER_ADDRESS_RE = new RegExp(
  `^[>)\\]]?(?:[ \\t]*(?:<mailto:[^>\\s]*>|\\[mailto:[^\\]\\s]*\\]|\\([^()\\n]{1,60}\\)))?(?:[ \\t]*[,;/|·•–—-][ \\t]*|[ \\t]+|[ \\t]*\\n[ \\t>]*)(?:${CUE})?(?<n>${WITH_EXTENSION})`,
  "iu",
);
const FAX_RE = /\bfax\b|telefax/i;
/** first-person words before a number: the writer's own phone ("my mobile", "mein Handy", "mon portable") */
const MINE_RE =
  /(?:^|[^\p{L}])(?:my|me|mine|mein\w*|mich|mir|mon|ma|mes|moi|mi|mío|mijn|min|mitt|mine|mój|moja|mojego|meu|minha|mio|il mio|la mia)[^\p{L}]+(?:\p{L}+[^\p{L}]+){0,2}$/iu;

/** Digits only, the last nine: "+49 (0)40 1234567" and "040 1234567" are one number. */
const key = (n: string): string => n.replace(/\D/g, "").slice(-9);

/** A run of digits is a phone when it has 7–15 digits and is not a date or a range of years. */
function asPhone(raw: string): string | null {
  let t = raw.replace(/[\s./(–-]+$/u, "").trim();
  // "(jan@x.de, Tel. 0421 555 33)": the bracket closing the aside is not part of the number
  if (t.endsWith(")") && (t.match(/\(/g) ?? []).length < (t.match(/\)/g) ?? []).length) t = t.slice(0, -1).trim();
  const digits = t.replace(EXTENSION_TAIL_RE, "").replace(/\D/g, "").length;
  if (digits < 7 || digits > 15) return null;
  if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(t) || /^\d{4}\s*[–-]\s*\d{4}$/.test(t)) return null;
  return t;
}

function numbersAfterCues(text: string, skipMine: boolean): Array<{ value: string; line: string }> {
  const out: Array<{ value: string; line: string }> = [];
  for (const m of eachMatch(text, CUE_NUMBER_RE)) {
    const value = asPhone(m.groups!.n!);
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (!value || FAX_RE.test(before.split("\n").pop() ?? "")) continue;
    if (skipMine && MINE_RE.test(before)) continue;
    const start = text.lastIndexOf("\n", m.index) + 1;
    const end = text.indexOf("\n", m.index);
    out.push({ value, line: text.slice(start, end < 0 ? undefined : end) });
  }
  return out;
}

/** The numbers of a signature block: labelled, one-letter labelled, or a line opening with the number. */
function signatureNumbers(block: string): string[] {
  const out: string[] = [];
  for (const line of block.split("\n")) {
    if (FAX_RE.test(line)) continue;
    const m = SIG_LINE_RE.exec(line);
    const v = m ? asPhone(m.groups!.n!) : null;
    if (v) out.push(v);
    else for (const c of numbersAfterCues(line, false)) out.push(c.value);
  }
  return out;
}

// Written as phones are, with a trunk or country prefix ("0412 555 904", "+51 1 555 2290"): such a
// number needs no label where the contact is named; not an amount ("0,5 Mio", "€ 1 200 000")
const SHAPED_RE = /^(?:\+|0|\(0)/;
const MONEY_NEAR_RE = /^[ \t]*(?:%|[€$£¥]|k\b|[A-Z]{3}\b|mio|mill|tys|tkr|thousand)/iu;

function shapedNumbers(text: string, skipMine: boolean): Array<{ value: string; line: string }> {
  const out: Array<{ value: string; line: string }> = [];
  for (const m of eachMatch(text, NUMBER_RE)) {
    const value = asPhone(m[0]);
    if (!value || !SHAPED_RE.test(value)) continue;
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (
      /[€$£¥][ \t]*$/.test(before) ||
      MONEY_NEAR_RE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))
    )
      continue;
    if (FAX_RE.test(before.split("\n").pop() ?? "") || (skipMine && MINE_RE.test(before))) continue;
    const start = text.lastIndexOf("\n", m.index) + 1;
    const end = text.indexOf("\n", m.index);
    out.push({ value, line: text.slice(start, end < 0 ? undefined : end) });
  }
  return out;
}

/** The number written right after `address` wherever the text gives that address. */
function numberAfterAddress(text: string, address: string | null): string | null {
  if (!address) return null;
  const lower = text.toLowerCase();
  for (let at = lower.indexOf(address); at >= 0; at = lower.indexOf(address, at + 1)) {
    const m = AFTER_ADDRESS_RE.exec(text.slice(at + address.length, at + address.length + 90));
    const v = m ? asPhone(m.groups!.n!) : null;
    if (v) return v;
  }
  return null;
}

/** The first number of the labelled value: "+39 347 555 0198 (mobile)" gives the number alone. */
function numberIn(value: string | null | undefined): string | null {
  for (const m of eachMatch(value ?? "", NUMBER_RE)) {
    const v = asPhone(m[0]);
    if (v) return v;
  }
  return null;
}

export function pickPhone(input: PhoneInput): string | null {
  const partner = new Set(
    allMatches(input.partnerText, NUMBER_RE)
      .map((m) => asPhone(m[0]))
      .filter((v): v is string => !!v)
      .map(key),
  );
  const ok = (v: string | null | undefined): v is string => !!v && !partner.has(key(v));

  const labelled = numberIn(input.labels.get("phone")?.value);
  if (ok(labelled)) return labelled;
  const inContactLabel = numberIn(input.labels.get("contactName")?.value?.replace(/\S+@\S+/g, " "));
  if (ok(inContactLabel)) return inContactLabel;

  const fwdBodies = input.prospectFwd ? `${input.prospectFwd.body}\n${input.prospectFwd.signature}` : "";
  const afterAddress = numberAfterAddress(`${input.own}\n${fwdBodies}`, input.contactEmail);
  if (ok(afterAddress)) return afterAddress;

  const own = numbersAfterCues(input.own, true).filter((c) => ok(c.value));
  const fwdBody = input.prospectFwd ? numbersAfterCues(input.prospectFwd.body, false) : [];
  const fwdShaped = input.prospectFwd ? shapedNumbers(input.prospectFwd.body, false) : [];
  const nameWords = input.contactName?.split(/\s+/) ?? [];
  const names = [input.contactEmail, input.contactName, nameWords[0], nameWords.at(-1)]
    .filter((s): s is string => !!s && s.length > 2)
    .map((s) => s.toLowerCase());
  const onContactLine = [...own, ...fwdBody, ...shapedNumbers(input.own, true), ...fwdShaped].find(
    (c) => ok(c.value) && names.some((n) => c.line.toLowerCase().includes(n)),
  );
  if (onContactLine) return onContactLine.value;

  const fromSig = input.prospectFwd ? signatureNumbers(input.prospectFwd.signature).find(ok) : undefined;
  if (fromSig) return fromSig;
  // the prospect's own mail giving a number ("best on this email or 0412 555 904")
  const inFwdBody = [...fwdBody, ...fwdShaped].find((c) => ok(c.value));
  if (inFwdBody) return inFwdBody.value;
  // vCard 4.0 writes the number as a URI ("tel:+27-82-555-0177")
  const card = input.cardPhone?.replace(/^tel:/i, "").trim();
  if (ok(card)) return card;
  // one number labelled in the partner's text and nothing says it is theirs
  const distinct = new Set(own.map((c) => key(c.value)));
  return distinct.size === 1 ? own[0]!.value : null;
}
