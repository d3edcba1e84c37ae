// A person a Korean or Chinese note names with their title written beside the name and no colon
// between: "대표 <name> <address>", "원장님 <name>,", "<name> 대표님이 …", "<name> 대표 010-…";
// Chinese glues the title to the name in a clause of its own that the person's mailbox or phone
// follows ("，老板<name>，邮箱 …", "，<name>店長，信箱 …"). Read only where nothing labels the
// contact (pick-contact.ts). Pure.
import { labels as ZH_LABELS } from "../lang/zh.ts";
import { ZH_FAMILY_NAMES } from "../lang/zh-family-names.ts";
import { CASELESS_NOT_IN_NAME } from "../lang/cue-before-name.ts";
import { LABEL_WORDS } from "../lang/index.ts";
import { allMatches, literalAlternation } from "../text/regex.ts";
import { isCaselessDepartment } from "../normalise/person.ts";
import { findEmails } from "../normalise/domain.ts";
import { isPlaceholder } from "./labels.ts";
import { looksLikeRole } from "./people.ts";
import { addressOnLine, type AddressedName } from "./addressed-name.ts";
import { ROLE_WORDS } from "../lang/roles.ts";

// two Hangul words side by side, one blank between: the first is consumed, the second only looked
// at, so each word is tried as the first of a pair; then what follows the second (a few letters)
const HANGUL_PAIR_RE =
  /(?<!\p{Script=Hangul})(\p{Script=Hangul}{2,8})(?=[ \t]+(\p{Script=Hangul}{2,8})(?!\p{Script=Hangul})([^\n]{0,2}))/gu;
/** the honorific after a title or a name, and a Korean particle after it ("대표님이", "최유나님께") */
const HONORIFIC_TAIL_RE = /(?:님|씨)\p{Script=Hangul}{0,2}$/u;
/**
 * where a name written bare ends: a comma, a bracket, a slash, the line's end, or an address, a
 * phone or the honorific after a blank ("박서연 님")
 */
const NAME_END_RE = /^(?:[,，)）/]|$|[ \t]+(?:[\p{Script=Latin}\d+(]|님|씨))/u;
/** a Korean name as written in prose: a family name and a given name of two, three syllables */
const KO_NAME_RE = /^\p{Script=Hangul}{3}$/u;

/** a word of three syllables that is a name: no title, no label word, nor one with a particle after it ("대표 메일이 …") */
const koName = (w: string, excluded: string[]) =>
  KO_NAME_RE.test(w) &&
  !looksLikeRole(w) &&
  !LABEL_WORDS.has(w) &&
  !LABEL_WORDS.has(w.slice(0, -1)) &&
  !isCaselessDepartment(w) &&
  !isPlaceholder(w) &&
  !excluded.includes(w);

/** "원장님 박정훈,", "대표 최은비 eunbi@…", "최영호 대표님이", "박지훈 대표 010-…": one Korean name beside its title. */
function koreanTitledNames(text: string, emails: string[], excluded: string[]): AddressedName[] {
  // by where the title is written: a title followed by a name is read so, not as the title after
  // the word before it ("노래방 사장님 <name>": the karaoke room is no person)
  const titleFirst = new Map<number, AddressedName>();
  const nameFirst = new Map<number, AddressedName>();
  for (const m of allMatches(text, HANGUL_PAIR_RE)) {
    const [a, b, next] = [m[1]!, m[2]!, m[3] ?? ""];
    const ends = HONORIFIC_TAIL_RE.test(b) || NAME_END_RE.test(next);
    const bare = (w: string) => w.replace(HONORIFIC_TAIL_RE, "");
    const lineEnd = text.indexOf("\n", m.index);
    const email = addressOnLine(text.slice(m.index, lineEnd < 0 ? undefined : lineEnd), emails);
    if (looksLikeRole(bare(a)) && koName(bare(b), excluded) && ends)
      titleFirst.set(m.index, { name: bare(b), written: bare(b), role: bare(a), email });
    else if (koName(a, excluded) && looksLikeRole(bare(b)) && ends)
      nameFirst.set(text.indexOf(b, m.index + a.length), { name: a, written: a, role: bare(b), email });
  }
  return [...titleFirst.values(), ...[...nameFirst].filter(([at]) => !titleFirst.has(at)).map(([, p]) => p)];
}

const ZH_REACH_SRC = literalAlternation([...(ZH_LABELS.email ?? []), ...(ZH_LABELS.phone ?? [])]);
const ZH_FAMILY_RE = new RegExp(`^(?:${literalAlternation(ZH_FAMILY_NAMES)})`, "u");
const ZH_NOT_IN_NAME_RE = new RegExp(`[${CASELESS_NOT_IN_NAME.join("")}]`, "u");
// a clause of three to seven Chinese letters (after a stop, a comma, a bracket, a colon, a blank
// or "是", "is"), then the person's mailbox or phone word, or an address
const ZH_CLAUSE_RE = new RegExp(
  String.raw`(?:^|(?<=[，,、。；;（(：:\s]|是))(\p{Script=Han}{3,7})` +
    String.raw`(?=[ \t]*[，,、；;]?[ \t]*(?:${ZH_REACH_SRC}|[^\s@，,、；;]{1,64}@))`,
  "gmu",
);

/** the Chinese titles as the tables list them (the Japanese ones too: Taiwan writes "店長"), each whole */
const ZH_TITLES = new Set(
  (["zh", "ja"] as const).flatMap((l) => [...(ROLE_WORDS[l]?.words ?? []), ...(ROLE_WORDS[l]?.endings ?? [])]),
);
const zhName = (w: string) => ZH_FAMILY_RE.test(w) && !ZH_NOT_IN_NAME_RE.test(w) && !isPlaceholder(w);

/**
 * "总经理<name>" (a title, then a family name and one or two letters) or "<name>店長" (a family
 * name and two letters, then a title the tables list whole: "高级经理", a senior manager, and
 * "高级项目经理" name nobody).
 */
function splitZhTitle(run: string): { name: string; title: string } | null {
  for (const n of [3, 2]) {
    const [title, name] = [run.slice(0, run.length - n), run.slice(-n)];
    if (looksLikeRole(title) && zhName(name)) return { name, title };
  }
  const [name, title] = [run.slice(0, 3), run.slice(3)];
  return ZH_TITLES.has(title) && zhName(name) ? { name, title } : null;
}

/** "，老板<name>，邮箱 …", "，<name>店長，信箱 …": a Chinese name glued to its title, its mailbox or phone after. */
function chineseTitledNames(text: string, emails: string[], excluded: string[]): AddressedName[] {
  const out: AddressedName[] = [];
  for (const m of allMatches(text, ZH_CLAUSE_RE)) {
    const split = splitZhTitle(m[1]!);
    if (!split || excluded.includes(split.name)) continue;
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 80).split("\n")[0]!;
    const written = findEmails(rest)[0]?.value.toLowerCase();
    const email = written ? (emails.find((e) => e.toLowerCase() === written) ?? null) : null;
    out.push({ name: split.name, written: m[1]!, role: split.title, email });
  }
  return out;
}

/**
 * The one person a Korean or Chinese note names with their title beside the name; null when
 * none is, or two different people are (nothing says which one is the contact).
 */
export function titledBesideName(text: string, emails: string[], excluded: string[]): AddressedName | null {
  const found = [...koreanTitledNames(text, emails, excluded), ...chineseTitledNames(text, emails, excluded)];
  const first = found[0];
  if (!first || found.some((p) => p.name !== first.name)) return null;
  return { ...first, email: found.find((p) => p.email)?.email ?? null };
}
