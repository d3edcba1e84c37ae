// Scores stripReply() against the shared reply-parser fixture sets (see each set's README.md).
// Shared by the vitest suite and bench/strip-reply-eval.ts. The upstream expectations are phrased as
// "fragments" of Ruby/JS EmailReplyParser; they are mapped onto { newText, quoted, signature } here:
//   - a visible, non-quoted fragment must end up in newText (fragment 0 or interleaved text);
//   - a hidden quoted fragment (quote header, quotation) must be in `quoted`, not in newText;
//   - a signature fragment must be in `signature` or `quoted` (a footer under a quote is quotation);
//   - the expected reply/first fragment may include a signature our stripper cuts, so newText alone
//     or newText + signature may match.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { simpleParser } from "mailparser";
import { convert } from "html-to-text";
import { stripReply, type StrippedReply } from "../../../services/cases/threading/strip-reply.ts";

export const FIXTURES = process.env.DEALREG_FIXTURES ?? "/work/shared/fixtures";

export interface CaseResult {
  set: string;
  file: string;
  ok: boolean;
  problems: string[];
  ms: number;
}

type Expected = Record<string, unknown> & {
  reply?: string;
  visibleText?: string;
  visibleTextTrimmed?: string;
  firstFragment?: string;
  firstFragmentTrimmed?: string;
  fragmentCount?: number;
  minFragments?: number;
  quoted?: boolean[];
  signature?: boolean[];
  hidden?: boolean[];
  fragmentMatches?: Record<string, string>;
  fragmentMatchesMultiline?: Record<string, string>;
  fragmentContains?: Record<string, string[]>;
  fragments?: Record<string, string>;
  quotedPartContains?: string[];
  anySignature?: boolean;
};

const squash = (s: string): string => s.replace(/\s+/g, " ").trim();
const noSpace = (s: string): string => s.replace(/\s+/g, "");

/** The expected reply lies between our newText and newText + signature: parsers only disagree
 * on where a signature starts (upstream keeps "-Name" or "Thanks,\nAlex" visible, we may cut). */
function replyMatches(out: StrippedReply, expected: string): boolean {
  const want = squash(expected);
  const bare = squash(out.newText);
  const withSig = squash(`${out.newText}\n${out.signature ?? ""}`);
  return bare === want || withSig === want || (bare !== "" && want.startsWith(bare) && withSig.startsWith(want));
}

/** Where fragment i of the upstream parser must be found in our output. */
function placeOf(exp: Expected, i: number): "new" | "quoted" | "signature" | "any" {
  const quoted = exp.quoted?.[i];
  const sig = exp.signature?.[i];
  const hidden = exp.hidden?.[i];
  if (i === 0) return quoted ? "any" : "new";
  if (sig) return "signature";
  if (quoted && hidden === false) {
    // A quote between two visible fragments is an inline reply's context: it stays in newText.
    const visibleAfter = (exp.hidden ?? []).slice(i + 1).some((h, k) => !h && !exp.quoted?.[i + 1 + k]);
    return visibleAfter ? "new" : "any";
  }
  if (hidden === false) return "new";
  // Without flags (crisp set) we cannot tell a bottom-posted reply from a quote: only require presence.
  if (hidden === undefined && quoted === undefined) return "any";
  return "quoted";
}

function regionText(out: StrippedReply, place: ReturnType<typeof placeOf>): string {
  if (place === "new") return out.newText;
  if (place === "quoted") return out.quoted;
  if (place === "signature") return `${out.signature ?? ""}\n${out.quoted}`;
  return `${out.newText}\n${out.quoted}\n${out.signature ?? ""}`;
}

export function checkExpected(out: StrippedReply, exp: Expected, common: string): string[] {
  const problems: string[] = [];
  const resolve = (s: string): string => (s === "COMMON_FIRST_FRAGMENT" ? common : s);
  for (const key of ["reply", "visibleText", "visibleTextTrimmed"] as const) {
    const want = exp[key];
    if (typeof want === "string" && !replyMatches(out, resolve(want))) problems.push(`${key} differs`);
  }
  // With an inline/bottom-posted reply our newText goes on past fragment 0 (quotes kept between).
  const interleaved = /^>/m.test(out.newText);
  for (const key of ["firstFragment", "firstFragmentTrimmed"] as const) {
    const want = exp[key];
    if (typeof want !== "string" || exp.quoted?.[0]) continue;
    const ok =
      replyMatches(out, resolve(want)) || (interleaved && squash(out.newText).startsWith(squash(resolve(want))));
    if (!ok) problems.push(`${key} differs`);
  }
  const regexes = { ...exp.fragmentMatches, ...exp.fragmentMatchesMultiline };
  for (const [idx, source] of Object.entries(regexes)) {
    const place = placeOf(exp, Number(idx));
    if (!new RegExp(source, "m").test(regionText(out, place)))
      problems.push(`fragment ${idx} /${source}/ not in ${place}`);
  }
  for (const [idx, needles] of Object.entries(exp.fragmentContains ?? {})) {
    const place = placeOf(exp, Number(idx));
    for (const needle of needles) {
      if (!regionText(out, place).includes(needle)) problems.push(`fragment ${idx} "${needle}" not in ${place}`);
      if (place === "quoted" && out.newText.includes(needle)) problems.push(`quoted "${needle}" leaked into newText`);
    }
  }
  for (const [idx, text] of Object.entries(exp.fragments ?? {})) {
    const place = placeOf(exp, Number(idx));
    if (text.trim() && !squash(regionText(out, place)).includes(squash(text)))
      problems.push(`fragment ${idx} text not in ${place}`);
  }
  const quotedInNew = out.newText
    .split("\n")
    .filter((l) => l.startsWith(">"))
    .join("\n");
  for (const needle of exp.quotedPartContains ?? []) {
    if (!out.quoted.includes(needle) && !quotedInNew.includes(needle)) problems.push(`quoted lacks "${needle}"`);
  }
  if (exp.fragmentCount === 1) {
    if (out.quoted !== "") problems.push("nothing should be quoted");
    if (exp.signature?.[0] === false && out.signature !== null) problems.push("no signature expected");
  }
  const hasQuotedFragment = (exp.quoted ?? []).some((q, i) => q && exp.hidden?.[i] !== false);
  if ((hasQuotedFragment || exp.firstFragmentTrimmed === "COMMON_FIRST_FRAGMENT") && out.quoted === "") {
    problems.push("a quotation was expected");
  }
  if ((exp.minFragments ?? 0) >= 2 && out.quoted === "" && out.signature === null) problems.push("expected a split");
  if (exp.anySignature && out.signature === null) problems.push("signature expected");
  return problems;
}

function timed(set: string, file: string, run: () => string[]): CaseResult {
  const start = performance.now();
  const problems = run();
  return { set, file, ok: problems.length === 0, problems, ms: performance.now() - start };
}

/** github-email-reply-parser and crisp-email-reply-parser: plain bodies with EXPECTED.json. */
export function runBodySet(set: string): CaseResult[] {
  const dir = join(FIXTURES, set);
  const expected = JSON.parse(readFileSync(join(dir, "EXPECTED.json"), "utf8")) as Record<string, unknown>;
  const common = typeof expected._COMMON_FIRST_FRAGMENT === "string" ? expected._COMMON_FIRST_FRAGMENT : "";
  return Object.entries(expected)
    .filter(([file]) => !file.startsWith("_"))
    .map(([file, exp]) =>
      timed(set, file, () => checkExpected(stripReply(readFileSync(join(dir, file), "utf8")), exp as Expected, common)),
    );
}

async function firstPlainText(path: string): Promise<string> {
  const mail = await simpleParser(readFileSync(path));
  return mail.text ?? "";
}

function htmlToText(html: string): string {
  // Same converter the parser uses; blockquotes become "> " lines the stripper understands.
  return convert(html, { wordwrap: false, selectors: [{ selector: "a", options: { ignoreHref: true } }] });
}

/** talon: standard replies (.eml), HTML bodies converted to text, and the share-block message. */
export async function runTalon(): Promise<CaseResult[]> {
  const dir = join(FIXTURES, "talon");
  const results: CaseResult[] = [];
  const std = join(dir, "standard_replies");
  for (const file of readdirSync(std)
    .filter((f) => f.endsWith(".eml"))
    .sort()) {
    const text = await firstPlainText(join(std, file));
    const replyFile = join(std, file.replace(/\.eml$/, "_reply_text"));
    const want = existsSync(replyFile) ? readFileSync(replyFile, "utf8") : "Hello";
    results.push(
      timed("talon/standard_replies", file, () => {
        const out = stripReply(text);
        // A stripper that also removes signatures may give just "Hello" (README).
        return replyMatches(out, want) || squash(out.newText) === "Hello" ? [] : [`got ${JSON.stringify(out.newText)}`];
      }),
    );
  }
  const htmlDir = join(dir, "html_replies");
  const htmlCases: Array<[string, string, string]> = readdirSync(htmlDir)
    .filter((f) => f.endsWith(".html"))
    .sort()
    .map((f) => [join(htmlDir, f), f, "Hi.Iamfine.Thanks,Alex"]);
  htmlCases.push([join(dir, "OLK_SRC_BODY_SECTION.html"), "OLK_SRC_BODY_SECTION.html", "Reply"]);
  htmlCases.push([join(dir, "reply-separated-by-hr.html"), "reply-separated-by-hr.html", "Hithere"]);
  for (const [path, file, want] of htmlCases) {
    const text = htmlToText(readFileSync(path, "utf8"));
    results.push(
      timed("talon/html", file, () => {
        const out = stripReply(text);
        const got = noSpace(out.newText);
        return got === want || noSpace(`${out.newText}${out.signature ?? ""}`) === want
          ? []
          : [`got ${JSON.stringify(out.newText)}`];
      }),
    );
  }
  const share = readFileSync(join(dir, "reply-quotations-share-block.eml"), "utf8");
  results.push(
    timed("talon/share-block", "reply-quotations-share-block.eml", () => {
      const out = stripReply(share);
      return out.newText.trim() !== "" && !out.newText.includes("From") ? [] : ["must be non-empty without From"];
    }),
  );
  // Signature corpus: talon cuts these by a classifier that knows the sender; we have only patterns.
  const sigDir = join(dir, "signature", "emails", "stripped");
  for (const file of readdirSync(sigDir)
    .filter((f) => f.endsWith("_body"))
    .sort()) {
    const body = readFileSync(join(sigDir, file), "utf8");
    const want = readFileSync(join(sigDir, file.replace(/_body$/, "_signature")), "utf8").trim();
    results.push(
      timed("talon/signature", file, () => {
        const out = stripReply(body);
        return squash(out.signature ?? "") === squash(want) ? [] : [`signature ${JSON.stringify(out.signature)}`];
      }),
    );
  }
  return results;
}

export function summarise(results: CaseResult[]): Map<string, { right: number; total: number }> {
  const bySet = new Map<string, { right: number; total: number }>();
  for (const r of results) {
    const s = bySet.get(r.set) ?? { right: 0, total: 0 };
    s.total++;
    if (r.ok) s.right++;
    bySet.set(r.set, s);
  }
  return bySet;
}
