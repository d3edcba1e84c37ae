// A rival a Chinese, Japanese or Korean note names in its own script beside the word of weighing
// offers, the words joining them telling where the name starts and ends (lang/caseless-rivals.ts):
// "正在与<name>比较", "在和<name>的方案做比较", "也在比較 <name> 的報價", "也看过<name>，",
// "（<katakana>と比較検討中）", "<hangul>과 비교 중". The Latin-lettered names beside such words
// are competitors.ts's (comparedInCaseless). Pure.
import { CASELESS_RIVAL_WORDS } from "../lang/caseless-rivals.ts";
import { allMatches, literalAlternation } from "../text/regex.ts";

const { zh, ja, ko } = CASELESS_RIVAL_WORDS;
const alt = (ws: readonly string[] | undefined) => literalAlternation(ws ?? []);
/** two to eight Han letters, none of them "的" (of) */
const HAN_NAME = String.raw`(?:(?!的)\p{sc=Han}){2,8}`;
/** after a Chinese name: its offer ("的方案", "的预约方案") or a stop */
const ZH_NAME_END = String.raw`(?=[ \t]*(?:的[^\s，,。]{0,4}?(?:${alt(zh.offer)})|[，,。；;）)]|$))`;
const ZH_RES = [
  // "正在与<name>(的方案)(做)比较"
  String.raw`(?:${alt(zh.progressive)})(?:${alt(zh.with)})[ \t]*(${HAN_NAME})[ \t]*(?:的[^\s，,。]{0,4}?(?:${alt(zh.offer)}))?[ \t]*(?:做|进行|進行)?(?:${alt(zh.compare)})`,
  // "也在比較 <name> 的報價", "也在对比<name>。"
  String.raw`(?:${alt(zh.progressive)})(?:${alt(zh.compare)})[ \t]*(${HAN_NAME})${ZH_NAME_END}`,
  // "也看过<name>，", "在看<name>的方案"
  String.raw`(?:${alt(zh.looked)})[ \t]*(${HAN_NAME})${ZH_NAME_END}`,
].map((s) => new RegExp(s, "gmu"));
// "（<name>と比較", "<name>とも比較": a katakana name, or one in brackets written in the script
// (a list in brackets, "（LabWare、STARLIMS）", is competitors.ts's), then the particle
const JA_RE = new RegExp(
  String.raw`(?:[（(]([\p{sc=Han}\p{sc=Katakana}ー]{2,16})[）)]|(?<![\p{sc=Katakana}ー])([\p{sc=Katakana}ー]{2,12}))(?:${alt(ja.with)})(?:${alt(ja.compare)})`,
  "gmu",
);
// "<name>과 비교": a Hangul word, its particle, then the weighing word
const KO_RE = new RegExp(
  String.raw`(?<!\p{sc=Hangul})(\p{sc=Hangul}{2,10}?)(?:${alt(ko.with)})[ \t]*(?:${alt(ko.compare)})`,
  "gmu",
);
// the offer words alone ("正在比较报价", comparing quotes) name no rival either
const NOT_NAME = new Set([...zh.notName, ...(zh.offer ?? []), ...ja.notName, ...ko.notName]);
const NOT_NAME_START_RE = new RegExp(`^(?:${alt(zh.notNameStart)})`, "u");

/** The rivals named in a caseless script beside a word of weighing offers, as written, in order. */
export function caselessRivals(text: string, exclude: readonly string[]): string[] {
  const out: string[] = [];
  for (const re of [...ZH_RES, JA_RE, KO_RE])
    for (const m of allMatches(text, re)) {
      const name = (m[1] ?? m[2] ?? "").trim();
      if (!name || NOT_NAME.has(name) || NOT_NAME_START_RE.test(name) || exclude.includes(name)) continue;
      if (!out.includes(name)) out.push(name);
    }
  return out;
}
