// Picks the organisation line out of a signature block ("Partner | Ledgerline Advisory Ltd",
// "Partner Alliances Manager, Meridian Systems Integration"). Used for the partner's own
// signature and for a forwarded prospect's signature. Pure.
import { isFreeMailDomain } from "../normalise/domain.ts";
import { abbreviatesLabel, alnum, domainLabel, fold, orgMatchesDomain } from "./text-utils.ts";
import { HEAD_NOUNS_AFTER, HEAD_NOUNS_BEFORE, NATURE_PART_RE } from "../lang/org-forms.ts";
import {
  CASELESS_LEGAL_RE,
  COMPANY_KINDS_BEFORE_SRC,
  CYRILLIC_LEGAL_RE,
  LEGAL_FORMS_SRC,
} from "../lang/legal-forms.ts";
import { FIRM_WORDS_SRC } from "../lang/firm-words.ts";
import { cleanPersonName, isCaselessDepartment, latinOfTwoScriptValue } from "../normalise/person.ts";
import {
  closingAfterOwnName,
  firmBeforeNameJoiner,
  selfIntroductionAfter,
  topicParticleAfter,
} from "../lang/person-names.ts";
import { ROLE_WORD_RE } from "../lang/roles.ts";
import { isCompletePersonName } from "../normalise/shape.ts";
import { LATIN_LETTER_RE, escapeRegExp } from "../text/regex.ts";

/** The legal-form alternation on its own (lang/legal-forms.ts), for callers that look for a suffix after a name. */
export const LEGAL_SUFFIX_SRC = String.raw`(?:${LEGAL_FORMS_SRC})`;
export const LEGAL_SUFFIX_RE = new RegExp(String.raw`(?:^|\s|,)${LEGAL_SUFFIX_SRC}\s*$`);
/** the legal form closing a name, with the blank or comma before it ("…, Ltd", "… GmbH") */
export const LEGAL_FORM_END_RE = new RegExp(String.raw`[\s,]+${LEGAL_SUFFIX_SRC}\s*$`, "u");
/** a name's own words, folded, its closing legal form left out; short words (particles, initials) do not count */
export const nameWords = (name: string): string[] =>
  fold(name.replace(LEGAL_FORM_END_RE, ""))
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3);

/** the organisation words of English, German and a few more; other languages' in lang/firm-words.ts */
const OWN_ORG_WORDS_SRC =
  "consulting|consultants?|advisory|advisors?|partners?|solutions|services?|systems|systemhaus|technolog(?:y|ies)|tech|digital|group|gruppe|cloud|software|labs?|networks?|integration|beratung|unternehmensberatung|treuhand|it|agency|agentur|studio|ventures|capital|holdings?|associates|analytics|media|logistik|logistics|health|foods?|hotels?|resorts?|cyber|security|secure|people|personalberatung|recruiting|talent|advies|conseil|consultoria|consultancy|hr|sistemas|soluciones|soluções|servicios|serviços|consultores";
export const ORG_WORDS_RE = new RegExp(String.raw`\b(?:${OWN_ORG_WORDS_SRC}|${FIRM_WORDS_SRC})(?![\p{L}])`, "iu");

/** German compounds ending in an organisation word: "Finanzberatung", "Haustechnik", "Steuerkanzlei". */
const ORG_COMPOUND_RE =
  /\p{L}{3,}(?:beratung|consulting|technik|systeme|software|logistik|dienste?|dienstleistungen|service|handel|vertrieb|kanzlei|treuhand|informatik|solutions)(?![\p{L}])/iu;

const TITLE_RE =
  /\b(?:manager(?:in)?|director|head|lead|leiter(?:in)?|leitung|principal|founder|co-founder|ceo|cfo|coo|cto|cio|vp|vice president|president|owner|inhaber(?:in)?|geschäftsführer(?:in)?|geschaftsfuhrer|consultant|berater(?:in)?|partner manager(?:in)?|partnerin|officer|controller|account executive|specialist|engineer|sales|vertrieb|alliances?|executive|associate|analyst|assistant|senior|junior|managing partner|founding partner|kaufmännische[rn]?|chief|teamleiter(?:in)?|prokurist(?:in)?)\b/i;

// a number of two digits or more that does not follow a letter (a house number, a postcode, a
// phone); a name's digits glued to its letters ("Larkfield K12 Learning") are no address
const ADDRESS_RE =
  /(?<![\p{L}\d])\d{2,}|\b(?:str\.|straße|strasse|street|ave\.|avenue|road|rd\.|suite|floor|platz|allee|gasse)\b|@|https?:|www\.|\.(?:com|de|io|co|uk|net|org|at|ch)\b/iu;

/** a line opening with a title word of any language ("Responsable …", "Leiterin …", "Jefe de …"): a title line */
const OPENS_WITH_ROLE_RE = new RegExp(`^(?:${ROLE_WORD_RE.source})`, "iu");

export interface OrgPick {
  name: string;
  score: number;
  line?: number;
}

/** Best organisation name in a signature, or null when nothing looks like one. */
export function organizationFromSignature(
  signature: string,
  opts: { domain: string | null; personName: string | null; extraDomains?: string[] },
): string | null {
  const domains = [opts.domain, ...(opts.extraDomains ?? [])].filter((d): d is string => !!d && !isFreeMailDomain(d));
  const person = opts.personName ? withoutTitle(fold(opts.personName)) : "";
  let best: OrgPick | null = null;
  const lines = signature.split("\n").slice(0, 12);
  // a signature names the firm on the signer's line or the two under it (below a title line)
  // (the name as signed may carry a title the display name has not: "Ing. Nilo Varga")
  // ("이수진 드림": the writer's closing after the name is no part of it)
  const signedAs = (written: string) => {
    const seg = written.replace(CLOSING_AFTER_NAME_RE, "");
    return withoutTitle(fold(seg)) === person || fold(cleanPersonName(seg) ?? "") === person;
  };
  const nameLine = person ? signerLine(lines, person, signedAs) : -1;
  lines.forEach((line, lineNo) => {
    const nearName = nameLine >= 0 && lineNo >= nameLine && lineNo <= nameLine + 2 ? 1 : 0;
    const segs = segments(line);
    // a script without Latin letters has no firm words of ours to tell the firm by: its place
    // in the signer's block does ("Name / Title / Firm", "Title | Firm", "Name / Firm" alone)
    const underTitle = nearName === 1 && lineNo > nameLine && isTitleLine(lastTextLine(lines, lineNo));
    // (a phone or an address beside it on its line leaves it the line's one name: "Firm | +1 …")
    const named = segs.filter((seg) => !isContactLine(seg));
    const soleLine =
      nearName === 1 && named.length === 1 && lineNo > nameLine && isSoleLineUnderName(lines, nameLine, lineNo);
    segs.forEach((seg, k) => {
      // "Name / Firm" on the signer's own line: the part right after the name
      const afterName = lineNo === nameLine && k > 0 && signedAs(segs[k - 1]!);
      // ("Title | Firm", or under the name "Firm | Title"; a firm opening in the script may hold
      // Latin letters: "부산IT파트너스")
      const besideTitle =
        (k > 0 && isTitleSegment(segs[k - 1]!)) ||
        (lineNo > nameLine && k + 1 < segs.length && isTitleSegment(segs[k + 1]!) && !isTitleSegment(seg));
      const placed =
        nearName === 1 &&
        (!LATIN_LETTER_RE.test(seg) || OPENS_CASELESS_RE.test(seg)) &&
        !isContactLine(seg) &&
        (underTitle || soleLine || afterName || besideTitle)
          ? 1
          : 0;
      const raw = scoreSegment(seg, domains, person) + nearName + placed;
      const score = raw - lineNo * 0.05; // earlier lines win ties
      if (raw >= 2 && (!best || score > best.score)) best = { name: seg, score, line: lineNo };
    });
  });
  const first = best as (OrgPick & { line: number }) | null;
  if (!first) return null;
  // the firm in a script without Latin letters and, on the line under it, in Latin letters: the
  // Latin one, as where both are written on one line
  const latinUnder = LATIN_LETTER_RE.test(first.name)
    ? undefined
    : segments(lines[first.line + 1] ?? "").find(
        (seg) => LATIN_LETTER_RE.test(seg) && scoreSegment(seg, domains, person) >= 2,
      );
  const pick = latinUnder ? { name: latinUnder, line: first.line + 1 } : first;
  // "Universidade Federal do Alto Tietê - UFAT": the acronym beside the name it stands for
  // spells the domain, but the name is the one written out
  // ("さくら…株式会社 (Sakura … K.K.)": the name in Latin letters where both scripts are written)
  const named = segments(lines[pick.line]!).find((seg) => spellsAcronym(seg, pick.name)) ?? pick.name;
  return withoutTitleAfter(latinOfTwoScriptValue(withPartAfterDash(lines[pick.line]!, named)));
}

/**
 * The line the signer's name stands on: where it is written as the display name writes it, or
 * ("Khaled Mansour" as the display name, "خالد منصور" signed) the first line written in the
 * signature's last paragraph when it is a name in a script without capitals of as many words as
 * the Latin display name, with nothing else on it but a title ("רון לוי | שותף").
 */
function signerLine(lines: string[], person: string, signedAs: (seg: string) => boolean): number {
  const at = lines.findIndex((l) => segments(l).some(signedAs));
  if (at >= 0 || !LATIN_LETTER_RE.test(person)) return at;
  // (the last paragraph: a text without a sign-off ends in the name and the firm)
  const from = lines.findLastIndex((l, i) => !l.trim() && lines.slice(i).some((r) => /\p{L}/u.test(r))) + 1;
  const first = lines.findIndex((l, i) => i >= from && /\p{L}/u.test(l));
  const segs = first >= 0 ? segments(lines[first]!) : [];
  const name = segs[0];
  const signed =
    !!name &&
    !LATIN_LETTER_RE.test(name) &&
    name.split(/\s+/).length === person.split(/\s+/).length &&
    isCompletePersonName(name) &&
    segs.slice(1).every(isTitleSegment);
  return signed ? first : -1;
}

/**
 * "별빛솔루션 영업팀", "ほしぞら研究所 代表": a firm in a caseless script with the signer's team or
 * title written after it on its line; the firm alone. A name with capitals keeps its words.
 */
function withoutTitleAfter(name: string): string {
  if (/\p{Lu}|\p{Script=Latin}/u.test(name)) return name;
  const words = name.split(/\s+/);
  const isTitle = (w: string) => isCaselessDepartment(w) || ROLE_WORD_RE.exec(w)?.[0] === w;
  while (words.length > 1 && isTitle(words[words.length - 1]!)) words.pop();
  return words.join(" ");
}

/** a title and nothing of a firm: "Sales Director", "مدير المبيعات", "商务总监" */
function isTitleSegment(seg: string): boolean {
  return (
    (TITLE_RE.test(seg) || ROLE_WORD_RE.test(seg)) && !LEGAL_SUFFIX_RE.test(` ${seg}`) && !CASELESS_LEGAL_RE.test(seg)
  );
}

const isTitleLine = (line: string) => {
  const segs = segments(line);
  return segs.length > 0 && segs.every(isTitleSegment);
};

/** the nearest line above `lineNo` with something written on it */
function lastTextLine(lines: string[], lineNo: number): string {
  for (let i = lineNo - 1; i >= 0; i--) if (lines[i]!.trim()) return lines[i]!;
  return "";
}

/** a phone, an address or a web address: no line of a name */
const isContactLine = (line: string) => ADDRESS_RE.test(line) || /^[+(\d\u200e\u200f]/u.test(line.trim());

/**
 * `lineNo` is the one line written between the signer's name and the first blank or contact line
 * ("Name / Firm / +1 …"): under a name alone, a line that is no title is the firm's.
 */
function isSoleLineUnderName(lines: string[], nameLine: number, lineNo: number): boolean {
  let text = -1;
  // (a line of a name and a phone, "Firm | +1 …", is a line of a name)
  const named = (line: string) => !isContactLine(line) || segments(line).some((seg) => !isContactLine(seg));
  for (let i = nameLine + 1; i < lines.length && lines[i]!.trim() && named(lines[i]!); i++) {
    if (text >= 0) return false;
    text = i;
  }
  return text === lineNo;
}

/** a line of two parts parted by a spaced dash */
const DASHED_RE = /^(.+?)[ \t]+[-–—][ \t]+(.+)$/u;

/**
 * "Duarte & Lobo – Contabilidade e Gestão, Lda.", "Vale Verde Seguros – Cooperativa de Crédito":
 * the part after the dash closes with the legal form, or states the body's legal nature
 * (lang/org-forms.ts), so the firm's name runs over the dash; the name picked before the dash is
 * its start. A title or a person before the dash is not ("Manager – Acme Ltd").
 */
export function withPartAfterDash(line: string, name: string): string {
  const m = DASHED_RE.exec(line.trim());
  if (!m || m[1]!.trim() !== name || /[-–—|]/u.test(m[2]!)) return name;
  const tail = m[2]!.trim();
  if (LEGAL_SUFFIX_RE.test(` ${name}`) || TITLE_RE.test(name) || ADDRESS_RE.test(tail)) return name;
  return LEGAL_SUFFIX_RE.test(` ${tail}`) || NATURE_PART_RE.test(tail) ? line.trim() : name;
}

/** `full` written out, whose capitalised words' initials spell `acronym` ("Kwara State Board" for "KSB"). */
export function spellsAcronym(full: string, acronym: string): boolean {
  if (!/^\p{Lu}{2,8}$/u.test(acronym)) return false;
  const initials = full
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");
  return initials === acronym && full.trim().split(/\s+/).length >= acronym.length;
}

/** a folded name without an academic title before it ("dr. ngozi eze" -> "ngozi eze") */
function withoutTitle(folded: string): string {
  return folded.replace(/\b(?:dr|prof)\.?\s*/g, "").trim();
}

/** "Revenue Cycle & Finance Operations": a department, the tail of a job title. */
export function looksLikeDepartment(s: string): boolean {
  return DEPARTMENT_RE.test(s) && !LEGAL_SUFFIX_RE.test(` ${s.trim()}`);
}

/** Department words: "Clinical Operations & Shared Services" is part of a title, not a company. */
const DEPARTMENT_RE =
  /\b(?:operations|finance|accounting|revenue|procurement|purchasing|treasury|controlling|clinical|patient|supply chain|shared services|business services|customer|marketing|sales|administration|compliance|payroll|facilities|human resources|regulatory affairs|rechnungswesen|finanzen|buchhaltung|einkauf|verwaltung)\b/i;

function segments(line: string): string[] {
  // "Giorgos / Aegean Legal Tech": a slash parts the name from the firm as a bar does
  // ("Manager, Acme Co., Ltd. (주식회사 …)": the part in Latin letters where both scripts are written)
  // ("渠道经理｜某某科技有限公司": the full-width bar of Chinese and Japanese parts them with no blank)
  const parts = line
    .split(/\s+[|·•–—/]\s+|\s+-\s+|\t+|\s*｜\s*/)
    .flatMap((s) => titleThenCaselessFirm(caselessFirmBeforeUnit(latinOfTwoScriptValue(s.trim()))));
  const out: string[] = [];
  for (const p of parts) {
    // "Partner Alliances Manager, Meridian Systems Integration" — but keep "Verity Health Labs, Inc."
    // (and a legal form after its own comma: "Manager, Acme Co., Ltd." is a title and "Acme Co., Ltd.")
    // ("Achats Boréal, coopérative": a part stating the body's legal nature closes its name)
    const comma = joinBareSuffixes(p.split(/,\s+/));
    if (
      comma.length === 2 &&
      !isBareSuffix(comma[1]!) &&
      !continuesEnumeration(comma[0]!, comma[1]!) &&
      !NATURE_PART_RE.test(comma[1]!)
    )
      out.push(...comma);
    // "Partner Manager, Acme ApS, Aarhus": a title, the firm and its town
    else if (comma.length === 3 && isTitleSegment(comma[0]!) && !isTitleSegment(comma[1]!)) out.push(...comma);
    else out.push(p);
  }
  return (
    out
      .map((s) =>
        s.replace(/\s*\((?:independent|freelance|freelancer|selbstständig|selbständig|self-employed)\)\s*$/i, ""),
      )
      // "Kestrel Data Sdn Bhd (201901004567)", "… Ltd (Reg. 2011/004455/07)": the register number after the name
      .map((s) => s.replace(REGISTER_NUMBER_AFTER_RE, "").trimEnd())
      // "Pixel & Pillow (travel-tech studio)": a description in lower case after the name ("(UK)" stays)
      .map((s) => (LEGAL_SUFFIX_RE.test(s) ? s : s.replace(/\s+\(\p{Ll}[^()@.\d]{0,60}\)$/u, "")))
      .map((s) => s.replace(/^[-–—|·\s]+|[-–—|·\s]+$/g, ""))
      .filter((s) => s.length >= 2 && s.length <= 70)
  );
}

/** a run of blanks, the ideographic one too; a Latin letter or a bracket */
const BLANK_RUN_RE = /[ \t\u3000]+/u;
const LATIN_OR_BRACKET_RE = /[A-Za-z(（]/u;

/**
 * "青葉テクノ株式会社 営業部", "(주)푸른다리 영업본부 차장": a firm in a caseless script, its legal
 * form glued to it, then the department or title after a blank (a caseless script has no comma
 * there): the firm's word alone. A form apart from the name ("주식회사 누리소프트") is left whole.
 */
function caselessFirmBeforeUnit(part: string): string {
  const words = part.split(BLANK_RUN_RE);
  if (words.length < 2 || !CASELESS_LEGAL_RE.test(words[0]!)) return part;
  const rest = words.slice(1).join(" ");
  return LATIN_OR_BRACKET_RE.test(rest) || CASELESS_LEGAL_RE.test(rest) ? part : words[0]!;
}

/**
 * "ผู้จัดการฝ่ายขาย บริษัท … จำกัด": a title, then after a blank the firm opened or closed by a
 * caseless script's legal form (a script without commas between the two): the two apart.
 */
function titleThenCaselessFirm(part: string): string[] {
  const words = part.split(BLANK_RUN_RE);
  for (let i = 1; i < words.length; i++) {
    const firm = words.slice(i).join(" ");
    if (!CASELESS_LEGAL_RE.test(firm)) continue;
    const title = words.slice(0, i).join(" ");
    if (isTitleSegment(title)) return [title, firm];
  }
  return [part];
}

/** a company register number in brackets at the end of a line, with its label or without: "(1234567-X)", "(Reg. No. 08812345)" */
const REGISTER_NUMBER_AFTER_RE = /\((?:Reg(?:istration)?\.?\s?(?:No\.?\s?)?)?\d[\d/ -]{3,}[A-Z]?\)$/u;

/** a name ending in an of-phrase ("Ministry of Education", "Ministerio de Cultura") */
const OF_PHRASE_END_RE = /\s(?:of|for|de|di|da|do|du|des|für|van|voor)\s+\p{Lu}[\p{L}-]*$/u;
/** a list closed by a conjunction before its last item, every item capitalised ("Science and Technology") */
const ENUMERATION_RE =
  /^\p{Lu}[\p{L}-]*(?:[ \t]\p{Lu}[\p{L}-]*)?(?:,[ \t]\p{Lu}[\p{L}-]*(?:[ \t]\p{Lu}[\p{L}-]*)?)*[ \t](?:and|&|und|et|y|e|i|og|och|en)[ \t]\p{Lu}[\p{L}-]*(?:[ \t]\p{Lu}[\p{L}-]*)?$/u;

/**
 * "Lagoon State Ministry of Health, Housing and Transport": after an of-phrase, a comma and a
 * list closed by "and" go on naming the body's fields; the comma does not part a title from a firm.
 */
export function continuesEnumeration(head: string, tail: string): boolean {
  return OF_PHRASE_END_RE.test(head) && ENUMERATION_RE.test(tail);
}

/** Parts split at commas, each bare legal form joined back to the part before it ("Acme Co.", "Ltd." -> "Acme Co., Ltd."). */
function joinBareSuffixes(parts: string[]): string[] {
  const out: string[] = [];
  for (const p of parts) {
    if (out.length >= 2 && isBareSuffix(p)) out[out.length - 1] += `, ${p}`;
    else out.push(p);
  }
  return out;
}

/** a part that is a legal form and nothing else ("S.A. de C.V.", three words of one form) */
const LEGAL_FORM_ONLY_RE = new RegExp(String.raw`^${LEGAL_SUFFIX_SRC}$`, "u");

/** "Inc." in "Verity Health Labs, Inc." belongs to the name; "Acme Ltd" in "Director, Acme Ltd" is a name of its own. */
function isBareSuffix(s: string): boolean {
  if (LEGAL_FORM_ONLY_RE.test(s.trim())) return true;
  return (
    LEGAL_SUFFIX_RE.test(` ${s}`) &&
    s.trim().split(/\s+/).length <= 2 &&
    !hasWordBeforeBlank(s.trim().replace(/^(?:Pty|Pte|Pvt)\b/, ""))
  );
}

/** A lower-case run of three letters with a blank somewhere after it. Two linear scans: the
 * pattern `[a-z]{3,}.*\s` backtracks cubically over a long run of letters without a blank. */
function hasWordBeforeBlank(s: string): boolean {
  const word = /[a-z]{3}/.exec(s);
  return !!word && /\s/.test(s.slice(word.index + 3));
}

/** an institution's head noun, capitalised, anywhere in a segment ("Ministry", "Universidade", "Scoil") */
export const HEAD_NOUN_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:${[...new Set([...HEAD_NOUNS_BEFORE, ...HEAD_NOUNS_AFTER])].join("|")})(?![\p{L}])`,
  "u",
);

/** A firm's word or an institution's head noun in a phrase: it names a business or an institution, no person. */
export const namesFirmOrInstitution = (s: string): boolean => ORG_WORDS_RE.test(s) || HEAD_NOUN_RE.test(s);

/** the joining words inside a Romance, Dutch or German name ("de", "del", "y", "van der"): no sentence's */
const JOINING_WORD_RE = /^(?:de|del|della|di|da|do|dos|das|du|des|la|las|los|y|e|et|van|von|der|den)$/u;

/** a company's legal kind opening its name ("Công ty TNHH …", lang/legal-forms.ts formsBefore), with the blank after it */
const KIND_BEFORE_RE = new RegExp(String.raw`^(?:${COMPANY_KINDS_BEFORE_SRC})[ \t]+(?=\p{Lu})`, "u");

/** every organisation word in a segment, compiled once */
const ORG_WORDS_ALL_RE = new RegExp(ORG_WORDS_RE.source, "giu");

/** a capital or a digit first, after any opening quote ("„Acme Systems“ Ltd") */
const OPENS_CAPITALISED_RE = /^[«„“"‘'(]*[\p{Lu}\d]/u;
/** the writer's closing after their own name, with the blank before it (lang/person-names.ts) */
const CLOSING_AFTER_NAME_RE = new RegExp(
  String.raw`[ \t]*(?:${Object.values(closingAfterOwnName).flat().map(escapeRegExp).join("|")})$`,
  "u",
);

/** a letter of a script without capitals first ("מעבדה", "شركة", "株式") */
const OPENS_CASELESS_RE = /^\P{L}*(?![\p{Lu}\p{Ll}\p{Lt}])\p{L}/u;

function scoreSegment(written: string, domains: string[], person: string): number {
  // a name in a caseless script and in Latin letters ("さくら…株式会社 (Sakura … K.K.)"): the Latin one
  const seg = latinOfTwoScriptValue(written);
  const f = fold(seg);
  if (person && (f === person || person.includes(f) || f.includes(person))) return -10;
  // a caseless script's name is told by its legal form ("株式会社…", "…(주)"), it has no capitals;
  // its bracketed short form may open it ("(주)한빛"): no bracket of a phone number
  const caseless = CASELESS_LEGAL_RE.test(seg);
  if (ADDRESS_RE.test(seg) || (/^[+(\d]/.test(seg) && !caseless)) return -10;
  if (/^(?:tel|fon|mobil|mobile|phone|fax|t|m|e)\b\.?\s/i.test(seg)) return -10;
  // the whole segment spells the domain ("CloudHarbor" for cloudharbor.io): beats "Cloud Security Lead"
  const spellsDomain = domains.some((d) => alnum(fold(seg)) === domainLabel(d));
  // "Tarn Vale Equipment" at tvequip.com: the domain shortens the name
  const abbreviated = domains.some((d) => abbreviatesLabel(seg, domainLabel(d)));
  // a firm written in lower case ("quillmere advisory") is one where it spells the domain
  if (!OPENS_CAPITALISED_RE.test(seg) && !OPENS_CASELESS_RE.test(seg) && !caseless && !spellsDomain && !abbreviated)
    return -10;
  let score = caseless ? 2 : 0;
  if (abbreviated || domains.some((d) => orgMatchesDomain(seg, d))) score += 3;
  if (spellsDomain) score += 2;
  // the legal form closing the name, or a Cyrillic one opening or closing it ("ТОВ «Весна»", "Весна ООД")
  // ("Công ty TNHH …": the legal kind opening the name)
  const kindBefore = KIND_BEFORE_RE.exec(seg)?.[0] ?? "";
  const legal = LEGAL_SUFFIX_RE.test(seg) || CYRILLIC_LEGAL_RE.test(seg) || kindBefore !== "";
  if (legal) score += 2;
  const orgWords = (seg.match(ORG_WORDS_ALL_RE) ?? []).length + (ORG_COMPOUND_RE.test(seg) ? 1 : 0);
  // an institution's noun ("Ministry", "Universidade") counts as one organisation word when none other is there
  score += Math.min(2, orgWords || (HEAD_NOUN_RE.test(seg) ? 1 : 0));
  // a one-person business named after its owner ("Fuchs Finanzberatung" signed by Bettina Fuchs)
  const surname = person.split(/\s+/).pop() ?? "";
  if (score > 0 && surname.length >= 3 && f.split(/[\s-]+/).includes(surname)) score += 1;
  if ((TITLE_RE.test(seg) || OPENS_WITH_ROLE_RE.test(seg)) && !legal) score -= score >= 3 ? 1 : 3;
  // an institution's name runs long ("Lagoon State Ministry of Health, Housing and Transport"); the
  // short joining words of a Romance name ("Red Andina de Corredores de Seguros S.A.S.") make no sentence
  // (a name opened by its legal kind runs as long: "Công ty TNHH …" writes a word a syllable; the kind is not counted)
  const words = seg.slice(kindBefore.length).split(/\s+/);
  if (words.filter((w) => !JOINING_WORD_RE.test(w)).length > (HEAD_NOUN_RE.test(seg) || kindBefore ? 9 : 6)) score -= 2;
  return score;
}

/** the end of a sentence a writer introduces themselves with, right after their name (lang/person-names.ts) */
const SELF_INTRODUCTION_END_SRC = Object.values(selfIntroductionAfter).flat().map(escapeRegExp).join("|");
/** where the words before the name on its line start: after a greeting's comma or a sentence's end */
const CLAUSE_START_RE = /^.*[,，、.。!！?？:：][ \t]*/u;
const TOPIC_END_RE = new RegExp(`(?:${Object.values(topicParticleAfter).flat().map(escapeRegExp).join("|")})$`, "u");
const JOINER_END_RE = new RegExp(`(?:${Object.values(firmBeforeNameJoiner).flat().map(escapeRegExp).join("|")})$`, "u");

/**
 * "안녕하세요, 한빛소프트 김민수입니다", "ゲートシステムズの佐藤です": the firm a writer names right
 * before their own name where they introduce themselves, a team's word after it left out
 * ("한빛소프트 전산팀 김민수입니다"). Null when no such sentence names `person` (as the display name
 * writes it, with or without its blank) or nothing stands before the name.
 */
export function firmBeforeOwnName(text: string, person: string): string | null {
  const forms = [...new Set([person.trim(), person.replace(/\s+/g, "")])].filter((f) => f.length >= 2);
  if (forms.length === 0) return null;
  const re = new RegExp(`(?:${forms.map(escapeRegExp).join("|")})[ \t]?(?:${SELF_INTRODUCTION_END_SRC})`, "u");
  for (const line of text.split("\n")) {
    const m = re.exec(line);
    if (!m) continue;
    const words = line
      .slice(0, m.index)
      .replace(CLAUSE_START_RE, "")
      .trim()
      .replace(JOINER_END_RE, "")
      .split(/\s+/)
      .filter(Boolean);
    while (words.length > 1 && isCaselessDepartment(words[words.length - 1]!)) words.pop();
    const firm = words.join(" ");
    return firm && words.length <= 5 && !isCaselessDepartment(firm) && !TOPIC_END_RE.test(firm) ? firm : null;
  }
  return null;
}
