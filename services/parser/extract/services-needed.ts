// The services the partner would deliver around the product (context.servicesNeeded). Pure.
//
// Partners say it in their own text, about themselves: a label that names their role ("Our role:
// rollout and training", "Rol de Acme: implementación"), or a clause whose subject is the partner
// (a first-person pronoun or the partner firm's name) and whose object is service work ("we'd do the
// integration", "wir würden die Einführung übernehmen", "nous assurerons le paramétrage"). What the
// prospect wants ("they need an integration") is no service the partner delivers, and a technology
// partner's connector is a product, not a service. The phrases are data: services/parser/lang/*
// (`serviceWork`, `partnerSubject`, `otherSubject`, `serviceLabel`).
import { CUES } from "../lang/cues.ts";
import { alternation, anyApostrophe, clauseBefore, cueRegex, isNegated } from "../normalise/cues.ts";
import { splitSentences } from "./text-utils.ts";
import { allMatches, ANYWHERE, boundedMatches, escapeRegExp, hasMatch, NO_LETTER_BEFORE } from "../text/regex.ts";

const WORK_RE = cueRegex(CUES.serviceWork);
const words = (parts: readonly string[]) => String.raw`(?<![\p{L}])(?:${anyApostrophe(alternation(parts))})(?![\p{L}])`;
const PARTNER_RE = new RegExp(words(CUES.partnerSubject), "giu");
// someone else as the subject after the partner ("we met them and they want an integration")
const OTHER_RE = new RegExp(words(CUES.otherSubject), "giu");
const TECHNOLOGY_RE = cueRegex(CUES.motion.technology);
const LABEL_RE = new RegExp(
  String.raw`^[ \t]*(?:[-•*][ \t]*)?(?:${anyApostrophe(alternation(CUES.serviceLabel))})[ \t]*[:：][ \t]*(\S[^\n]*)$`,
  "gimu",
);
const LEGAL =
  /^(?:gmbh|ag|ltd|llc|llp|plc|pty|inc|sa|sas|sarl|srl|spa|sl|bv|nv|ab|as|aps|oy|kft|zrt|lda|ltda|s\.?a\.?)$/i;

const lastIndexOf = (re: RegExp, text: string): number => {
  const all = allMatches(text, re);
  return all.length ? all[all.length - 1]!.index : -1;
};
const tidy = (s: string): string =>
  s
    .replace(/\s+/g, " ")
    .replace(/\s*\(\s*services?\s*\)/gi, "")
    .replace(/[\s.,;:!]+$/, "")
    .trim()
    .slice(0, 200);

/** What the partner says they would deliver (implementation, integration, training …), or null. */
export function findServicesNeeded(own: string, partnerOrganization: string | null = null): string | null {
  // no service work named at all: nothing to read (most mails)
  if (!hasMatch(own, WORK_RE)) return null;
  for (const m of allMatches(own, LABEL_RE)) if (hasMatch(m[1]!, WORK_RE)) return tidy(m[1]!);
  // the partner firm named as the subject ("Acme would deliver the rollout"): its first word
  const firm = (partnerOrganization ?? "")
    .split(/[\s,]+/)
    .find((w) => w.length >= 4 && !LEGAL.test(w) && /^\p{Lu}/u.test(w));
  // built per call without a Unicode property class: the boundary before it is a static check (text/regex.ts)
  const firmRe = firm ? new RegExp(escapeRegExp(firm), "gu") : null;
  const lastFirmAt = (clause: string): number => {
    let at = -1;
    if (firmRe) for (const m of boundedMatches(clause, firmRe, NO_LETTER_BEFORE, ANYWHERE)) at = m.index;
    return at;
  };
  // the firm's own name is no work it does ("Acme Systems Integration"): read as its first word
  const name = (partnerOrganization ?? "")
    .split(",")[0]!
    .trim()
    .replace(
      /(?:\s+(?:co|corp|inc|ltd|llc|llp|plc|pty|gmbh|ag|sa|sas|sarl|srl|spa|sl|bv|nv|as|ab|aps|oy|kft|zrt|lda|ltda)\.?)+$/i,
      "",
    );
  const named = firm && name.includes(" ") ? own.replace(new RegExp(escapeRegExp(name), "gu"), firm) : own;
  // a soft-wrapped line continues its sentence when the next line starts in lower case
  const text = named.replace(/([^\n.!?:])[ \t]*\n[ \t]*(?=\p{Ll})/gu, "$1 ");
  for (const s of splitSentences(text)) {
    const sentence = s.text;
    if (hasMatch(sentence, TECHNOLOGY_RE)) continue;
    for (const w of allMatches(sentence, WORK_RE)) {
      const hit = { index: w.index, end: w.index + w[0].length, text: w[0] };
      const clause = clauseBefore(sentence, hit.index, 120);
      const partnerAt = Math.max(lastIndexOf(PARTNER_RE, clause), lastFirmAt(clause));
      if (partnerAt < 0 || lastIndexOf(OTHER_RE, clause) > partnerAt) continue;
      if (isNegated(sentence, hit, 60)) continue;
      return tidy(sentence.slice(hit.index));
    }
  }
  return null;
}
