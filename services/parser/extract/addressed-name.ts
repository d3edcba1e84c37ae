// A person named in a script without capitals, which the capitalised-word readers (people.ts) do
// not see: by the form of address written joined to the name (Thai "คุณ…", lang/person-names.ts:
// "ติดต่อคุณ<given> <family> (<title>) <address>", "<title>ชื่อคุณ<given> …"), by their title written
// as a line's label ("대표: <name>"), or by the honorific after the name or its title ("<name>
// 원장님"). Pure.
import * as NAMES from "../lang/person-names.ts";
import { LABEL_WORDS } from "../lang/index.ts";
import { allMatches, escapeRegExp, literalAlternation } from "../text/regex.ts";
import { cleanPersonName, isCaselessName } from "../normalise/person.ts";
import { isCompletePersonName } from "../normalise/shape.ts";
import { LEGAL_SUFFIX_RE, namesFirmOrInstitution } from "./organization.ts";
import { findEmails } from "../normalise/domain.ts";
import { isPlaceholder } from "./labels.ts";
import { looksLikeRole } from "./people.ts";
import { ROLE_WORDS } from "../lang/roles.ts";
import { CASELESS_CUE_BEFORE_NAME, CASELESS_NOT_IN_NAME } from "../lang/cue-before-name.ts";

export interface AddressedName {
  name: string;
  /** the name as written, with its form of address ("คุณ…") */
  written: string;
  /** the title written in brackets or as the word after the name, or before the cue */
  role: string | null;
  /** a prospect address written after the name on its line */
  email: string | null;
}

const JOINED = Object.values(NAMES.beforeJoined).flat().join("|");
const JOINED_AT_START_RE = new RegExp(`^(?:${JOINED})`, "u");
const CUE = Object.values(NAMES.beforeJoinedCue).flat().map(escapeRegExp).join("|");
// "เจ้าของชื่อ<given> <family>": a Thai title word, then a word introducing the name (no form of address)
const TITLE_CUE = Object.values(NAMES.afterTitleCue).flat().map(escapeRegExp).join("|");
const THAI_TITLE = (ROLE_WORDS.th?.starts ?? []).map(escapeRegExp).join("|");
const NOT_FAMILY = new Set(Object.values(NAMES.notFamilyName).flat());
// the form of address opens the name at a line's start, after a blank or right after a cue word;
// or, with no form of address, right after a title and its cue word (then a family name must follow);
// the given name (and a family name after one blank) ends at a blank, a bracket, a stop or the line's end
const ADDRESSED_RE = new RegExp(
  String.raw`(?:(?:^|(?<=[ \t])|(?<=(?:${CUE})[ \t]?))(?:${JOINED})|(?<=(?:${THAI_TITLE})(?:${TITLE_CUE})[ \t]?))(\p{Script=Thai}{2,12})(?:[ \t](\p{Script=Thai}{2,16}))?(?=[ \t(,.]|$)`,
  "gmu",
);
const BRACKET_TITLE_RE = /^[ \t]*\(([^()\n]{2,40})\)/u;
const NEXT_WORD_RE = /^[ \t]+(\p{Script=Thai}+)/u;
const CUE_AT_END_RE = new RegExp(String.raw`(?:${CUE})[ \t]?$`, "u");
const LAST_WORD_RE = /(\p{Script=Thai}+)[ \t]?$/u;
const ADDRESS_ON_LINE_RE = /^[^\n@]{0,80}?([^\s()<>@,;]+@[^\s()<>,;]+)/u;
/** the address written on a line, without the stop after it, when it is one of the prospect's */
export const addressOnLine = (line: string, emails: string[]): string | null => {
  const written = ADDRESS_ON_LINE_RE.exec(line)?.[1]?.replace(/\.+$/, "").toLowerCase();
  return written ? (emails.find((e) => e.toLowerCase() === written) ?? null) : null;
};

/** a family name is no title, no label word and none of the words written after a name */
const familyName = (w: string | undefined) => !!w && !looksLikeRole(w) && !LABEL_WORDS.has(w) && !NOT_FAMILY.has(w);

/**
 * The one person the prose names with a joined form of address, or null when none is, or when
 * two different people are (nothing says which is the contact).
 * @param emails the prospect's addresses: only one of them written after the name is theirs
 * @param excluded names that are never the prospect (the partner, colleagues)
 */
export function addressedName(text: string, emails: string[], excluded: string[]): AddressedName | null {
  let found: AddressedName | null = null;
  for (const m of allMatches(text, ADDRESSED_RE)) {
    const family = familyName(m[2]) ? m[2] : undefined;
    // named after a title with no form of address: only a given name and a family name are a name
    if (!family && !JOINED_AT_START_RE.test(m[0])) continue;
    const name = family ? `${m[1]!} ${family}` : m[1]!;
    if (excluded.includes(name)) continue;
    // the text right after the name (a word read as no family name is read as what follows it)
    const end = m.index + m[0].length - (m[2] && !family ? m[2].length + 1 : 0);
    const lineEnd = text.indexOf("\n", end);
    const line = text.slice(end, lineEnd < 0 ? undefined : lineEnd);
    // the title before the name stands within a few words of it
    const before = text.slice(Math.max(0, text.lastIndexOf("\n", m.index) + 1, m.index - 40), m.index);
    const bracket = BRACKET_TITLE_RE.exec(line)?.[1];
    const next = NEXT_WORD_RE.exec(line)?.[1];
    const prior = LAST_WORD_RE.exec(before.replace(CUE_AT_END_RE, ""))?.[1];
    const role =
      [bracket, next, prior].find((r): r is string => !!r && looksLikeRole(r) && !/[@\d]/.test(r))?.trim() ?? null;
    const email = addressOnLine(line, emails);
    if (!found) found = { name, written: text.slice(m.index, end), role, email };
    // the same person named again, maybe by the given name alone
    else if (!(found.name.startsWith(name) || name.startsWith(found.name))) return null;
    else {
      if (name.length > found.name.length) {
        found.name = name;
        found.written = text.slice(m.index, end);
      }
      found.role ??= role;
      found.email ??= email;
    }
  }
  return found;
}

// "대표: <name> (<address>)", "- 代表：<name>", "Owner: Ada Brenn, 555 …": a title written as a
// line's label, a person's name as its value (maybe with the title again after it, and the address)
const TITLE_LABEL_LINE_RE = /^[ \t]*(?:[-*•·][ \t]*)?([^\n:：@]{1,24}?)[ \t]*[:：][ \t]*([^\n]{2,100})$/gmu;
const VALUE_NAME_RE = /^[^(（,，;،]+/u;
/** where a name goes on into a dash between blanks, an address or a phone number */
const NAME_TAIL_RE = /[ \t]+(?:[–—-][ \t]|[^\s@]+@|\+?\d)/u;

/**
 * A name in a script with capitals (or Hebrew, Arabic) as a title's label value writes it: its
 * forms of address and degrees off ("Mag.", "الأستاذ", "chị"), a complete person's name that
 * names no firm, institution or title; null otherwise.
 */
function casedPersonName(value: string): string | null {
  const name = cleanPersonName(value);
  if (!name || !isCompletePersonName(name) || looksLikeRole(name)) return null;
  return namesFirmOrInstitution(name) || LEGAL_SUFFIX_RE.test(name) ? null : name;
}

/**
 * The one person a title labels on a line of its own ("대표: …", "Owner: Ada Brenn, …"); null
 * when none is, or two different people are (nothing says which one is the contact).
 */
export function titleLabelledName(text: string, emails: string[], excluded: string[]): AddressedName | null {
  let found: AddressedName | null = null;
  for (const m of allMatches(text, TITLE_LABEL_LINE_RE)) {
    const title = m[1]!.trim();
    if (!looksLikeRole(title) || LABEL_WORDS.has(title.toLowerCase())) continue;
    const value = VALUE_NAME_RE.exec(m[2]!)?.[0] ?? "";
    const tail = NAME_TAIL_RE.exec(value);
    let name = (tail ? value.slice(0, tail.index) : value).trim();
    // "정해린 대표": the title written again after the name
    if (name.endsWith(` ${title}`)) name = name.slice(0, -title.length - 1).trim();
    if (isPlaceholder(name)) continue;
    // "Owner: Ada Brenn", "בעלים: <name>", "Pemilik: Ibu Sri Wahyuni": a name in any script
    if (!isCaselessName(name) || looksLikeRole(name)) name = casedPersonName(name) ?? "";
    if (!name || excluded.includes(name)) continue;
    const written = findEmails(m[2]!)[0]?.value.toLowerCase();
    const email = written ? (emails.find((e) => e.toLowerCase() === written) ?? null) : null;
    if (found && found.name !== name) return null;
    found ??= { name, written: name, role: title, email };
  }
  return found;
}

const AFTER_IN_PROSE = Object.values(NAMES.afterInProse).flat().map(escapeRegExp).join("|");
// "<name> <title>님", "<title> <name>님", "<name> 님": a Korean name of three syllables (a family name
// and a given name of two, as nearly all are written) with the honorific after it or after its title
const HONORED_RE = new RegExp(
  String.raw`(?:^|(?<=[\s(,.:"“]))(?:(\p{Script=Hangul}{2,6})[ \t]+)?(\p{Script=Hangul}{3})(?:[ \t]+(\p{Script=Hangul}{2,6}))?[ \t]?(?:${AFTER_IN_PROSE})`,
  "gmu",
);

/**
 * The one person the prose names with an honorific after the name or its title ("… 원장님"); of
 * two, the one whose address is written on their line; null when none is, or nothing tells.
 */
export function honoredName(text: string, emails: string[], excluded: string[]): AddressedName | null {
  const found = new Map<string, AddressedName>();
  for (const m of allMatches(text, HONORED_RE)) {
    const [, prior, name, title] = m;
    // the honorific closes a word after the name that is no title: that word is who is named
    if (title && !looksLikeRole(title)) continue;
    if (looksLikeRole(name!) || LABEL_WORDS.has(name!) || isPlaceholder(name!) || excluded.includes(name!)) continue;
    const lineEnd = text.indexOf("\n", m.index + m[0].length);
    const line = text.slice(m.index + m[0].length, lineEnd < 0 ? undefined : lineEnd);
    const email = addressOnLine(line, emails);
    const role = title ?? (prior && looksLikeRole(prior) ? prior : null);
    const prev = found.get(name!);
    found.set(name!, { name: name!, written: name!, role: prev?.role ?? role, email: prev?.email ?? email });
  }
  const all = [...found.values()];
  if (all.length <= 1) return all[0] ?? null;
  const withAddress = all.filter((p) => p.email);
  return withAddress.length === 1 ? withAddress[0]! : null;
}

/** the honorifics Chinese and Japanese write after a name ("先生", "様", "さん") */
const HONORIFIC_AFTER_CJK_SRC = literalAlternation([...(NAMES.after.zh ?? []), ...(NAMES.after.ja ?? [])]);
const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々`;
const CASELESS_CUES = Object.values(CASELESS_CUE_BEFORE_NAME);
const CASELESS_CUE_SRC = literalAlternation(CASELESS_CUES.flatMap((t) => t.contacts));
const CASELESS_COPULA_SRC = CASELESS_CUES.flatMap((t) => t.copulas)
  .map(escapeRegExp)
  .join("|");
// the cue, a copula or a colon, then up to sixteen letters (a title, Japanese "の", the name, an
// honorific; up to two blanks inside), then a bracket, a comma or a stop
const CASELESS_CUED_RE = new RegExp(
  String.raw`(?:${CASELESS_CUE_SRC})(?:${CASELESS_COPULA_SRC}|[ \t]*[:：])?[ \t\u3000]*` +
    String.raw`([${CJK}]{1,16}(?:[ \t\u3000][${CJK}]{1,8}){0,2})(?=[ \t\u3000]*[（(，,、。.]|$)`,
  "gmu",
);
const HONORIFIC_END_RE = new RegExp(String.raw`[ \t\u3000]*(?:${HONORIFIC_AFTER_CJK_SRC})$`, "u");
const NOT_IN_NAME_RE = new RegExp(`[${CASELESS_NOT_IN_NAME.join("")}]`, "u");
const BRACKET_AFTER_RE = /^[ \t\u3000]*[（(]([^（()）\n@]{2,20})[)）]/u;
const COMMA_PART_AFTER_RE = /^[ \t\u3000]*[，,、][ \t\u3000]*([^，,、。()（）\n@]{2,12})[，,、。]/u;

/** "門市經理周雅婷", "総務部長の森田 遥", "郑国强总经理": a title glued before or after a name, split off */
function splitGluedTitle(run: string): { name: string; title: string | null } | null {
  const [before, after] = run.includes("の")
    ? [run.slice(0, run.indexOf("の")), run.slice(run.indexOf("の") + 1)]
    : ["", run];
  if (before && !looksLikeRole(before)) return null;
  if (before) return isCaselessName(after) ? { name: after, title: before } : null;
  if (isCaselessName(run) && !looksLikeRole(run)) return { name: run, title: null };
  // a name of two or three letters, the title before or after it
  for (const n of [3, 2]) {
    const head = run.slice(0, run.length - n);
    if (head && looksLikeRole(head) && isCaselessName(run.slice(-n))) return { name: run.slice(-n), title: head };
    const tail = run.slice(n);
    if (tail && looksLikeRole(tail) && isCaselessName(run.slice(0, n))) return { name: run.slice(0, n), title: tail };
  }
  return null;
}

/**
 * The one person a Chinese or Japanese note names right after a word meaning "the contact"
 * ("聯絡人是吳嘉豪先生（採購經理）", "ご担当は総務部長の森田 遥様"), read only with an honorific
 * after the name or a title beside it; null when none is, or two different people are.
 */
export function caselessCuedName(text: string, excluded: string[]): AddressedName | null {
  let found: AddressedName | null = null;
  for (const m of allMatches(text, CASELESS_CUED_RE)) {
    const run = m[1]!.trim();
    const honored = HONORIFIC_END_RE.test(run);
    const split = splitGluedTitle(run.replace(HONORIFIC_END_RE, ""));
    if (!split || NOT_IN_NAME_RE.test(split.name) || excluded.includes(split.name) || isPlaceholder(split.name))
      continue;
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const near = BRACKET_AFTER_RE.exec(rest)?.[1] ?? COMMA_PART_AFTER_RE.exec(rest)?.[1];
    const role = split.title ?? (near && looksLikeRole(near) ? near.trim() : null);
    // the partner's own staff are written bare: an honorific or a title tells a client
    if (!honored && !role) continue;
    if (found && found.name !== split.name) return null;
    found ??= { name: split.name, written: m[0], role, email: null };
  }
  return found;
}
