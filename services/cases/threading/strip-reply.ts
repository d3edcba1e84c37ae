// Splits a plain-text reply into the new text, the quoted part and the signature.
//
// The heavy lifting is done by `email-reply-parser` (Crisp's port of EmailReplyParser, used on ~1M
// mails/day). On top of its fragments we add three documented corrections:
//   1. "cut" headers the library misses (Outlook `From:/Sent:` blocks without `<address>`, German
//      `Von:/Gesendet:`, `-----Original Message-----` variants, a rule above them, and a strong
//      `Am … schrieb …:` / `On … wrote:` line) end the new text: the rest is the quoted original.
//   2. an attribution line ("On … wrote:") directly above a `>` block is part of the quote even when
//      no blank line separates it from the reply (the library only splits at a blank line).
//   3. hard-wrapped quote lines, mobile "Sent from my …" footers with the original below them, and
//      mailing-list footers are classified as quotation/signature, not new text.
//   4. inline replies keep the quoted lines that sit BETWEEN two pieces of new text, so an answer
//      stays next to the question it answers; only leading and trailing quotes are removed.
import EmailReplyParser from "email-reply-parser";

export interface StrippedReply {
  /** The sender's own text (inline quotes between answers kept), trimmed; "" when nothing new. */
  newText: string;
  /** Everything removed as quotation (attribution lines included), trimmed; "" when none. */
  quoted: string;
  /** The trailing signature block right after the new text, trimmed, or null. */
  signature: string | null;
}

type Tag = "reply" | "quoted" | "signature" | "blank";
interface Line {
  text: string;
  tag: Tag;
}

const parser = new EmailReplyParser();

/** Bounds-checked read: every caller indexes inside the array. */
function at(lines: Line[], i: number): Line {
  const line = lines[i];
  if (line === undefined) throw new RangeError(`line ${i} out of range`);
  return line;
}

// Without the optional native `re2`, the library's regexes backtrack quadratically on long lines
// (a 700 kB line took minutes). No header or signature line is that long, so such lines are handed
// to the library shortened, with a private-use marker that lets us put the original back.
const MAX_LINE = 1000;
// Past this size only the head is parsed; the tail of a huge mail is the quoted history anyway.
const MAX_PARSED = 200_000;
const MARK_RE = /\uE000(\d+)\uE001/;

// Lines that begin a quoted original when they stand alone on a line (case-insensitive).
const SEPARATOR_RE =
  /^\s*-{2,}\s*(original message|ursprüngliche nachricht|message d'origine|mensaje original|messaggio originale|oorspronkelijk bericht|forwarded message|weitergeleitete nachricht)\s*-{2,}\s*$/i;
// "On Tue, 3 Mar 2026 at 10:00, Jane <j@x> wrote:" / "Am 03.03.2026 um 10:00 schrieb Max:" etc.
const ATTRIBUTION_RE =
  /^\s*(?:(?:on|am|le|el|il|em|op|den|in data|w dniu|dnia)\s|\d).{4,300}\s(?:wrote|schrieb|a écrit|écrit|escribió|ha scritto|scritto|escreveu|schreef|skrev|napisał\(a\)|napisał|pisze|написал\(а\)|написала|написал|kirjoitti)(?:\s.{1,200})?\s?:\s*$/i;
// "Thu, 26 Jun 2014 14:00 от Alexander <a@example.com>:": a line ending in an address and a colon.
const ADDRESS_COLON_RE = /^.{0,200}<[^<>\s@]+@[^<>\s]+>\s*:\s*$/;
// "On … wrote:" with an address or a year is a header even when no `>` quote follows it.
const STRONG_RE = /@|\b(19|20)\d\d\b/;
// A horizontal rule (html-to-text renders <hr> as dashes; Outlook puts underscores above its header).
const RULE_RE = /^\s*([-_=])\1{3,}\s*$/;
// "-Abhishek Kona": a dash-name sign-off as the last line of the new text.
const DASH_NAME_RE = /^\s*-\p{Lu}[\p{L} .'-]{0,40}$/u;
// Header-block field names of Outlook-style quotes in the languages we see most.
const FROM_FIELD_RE = /^\s*\*?(from|von|de|da|van|fra|från|od|от)\s?:\*?\s*\S/i;
const OTHER_FIELD_RE =
  /^\s*\*?(sent|date|to|cc|subject|sujet|copie à|gesendet|datum|an|betreff|envoyé|à|objet|enviado|para|asunto|assunto|inviato|data|a|oggetto|verzonden|aan|onderwerp|sendt|til|emne|skickat|till|ämne|wysłano|temat|отправлено|кому|тема)\s?:\*?\s*/i;
const SENT_FROM_RE = /^\s*(sent from|von meinem|gesendet von|envoyé de|enviado desde|verzonden vanaf|sendt fra)\b/i;

/** An Outlook-style header block: ≥3 field lines in a row (From/Sent/To/Subject… in any order,
 * as Outlook, Hotmail and Apple Mail differ) of which one is the sender field. */
function isHeaderBlock(lines: Line[], i: number): boolean {
  const isField = (l: Line | undefined): boolean =>
    l !== undefined && (FROM_FIELD_RE.test(l.text) || OTHER_FIELD_RE.test(l.text));
  if (!isField(lines[i])) return false;
  let end = i;
  while (end < lines.length && end < i + 6 && isField(lines[end])) end++;
  const block = lines.slice(i, end);
  if (FROM_FIELD_RE.test(at(lines, i).text) && block.length >= 2) return true;
  return block.length >= 3 && block.slice(0, 4).some((l) => FROM_FIELD_RE.test(l.text));
}

function isCutHeader(lines: Line[], i: number): boolean {
  const text = at(lines, i).text;
  return SEPARATOR_RE.test(text) || isHeaderBlock(lines, i);
}

/** Start of the cut including a horizontal rule right above the header (blank lines between). */
function withRuleAbove(lines: Line[], cut: number): number {
  let j = cut - 1;
  while (j >= 0 && at(lines, j).tag === "blank") j--;
  return j >= 0 && RULE_RE.test(at(lines, j).text) ? j : cut;
}

/** The library's fragments, flattened to tagged lines (its normalised text: LF, right-trimmed). */
function tagLines(text: string): Line[] {
  const head = text.length > MAX_PARSED ? text.slice(0, text.lastIndexOf("\n", MAX_PARSED) + 1) : text;
  const long: string[] = [];
  const guarded = head
    .split("\n")
    .map((line) => {
      if (line.length <= MAX_LINE) return line;
      long.push(line);
      return `${line.slice(0, 80)}\uE000${long.length - 1}\uE001`;
    })
    .join("\n");
  const out: Line[] = [];
  for (const fragment of parser.read(guarded).getFragments()) {
    const tag: Tag = fragment.isQuoted() ? "quoted" : fragment.isSignature() ? "signature" : "reply";
    for (const raw of fragment.getContent().split("\n")) {
      const mark = MARK_RE.exec(raw);
      const line = mark ? (long[Number(mark[1])] ?? raw) : raw;
      out.push({ text: line, tag: line.trim() === "" ? "blank" : tag });
    }
  }
  if (head.length < text.length) {
    for (const line of text.slice(head.length).split("\n"))
      out.push({ text: line, tag: line.trim() === "" ? "blank" : "quoted" });
  }
  return out;
}

/** Correction 1: the first missed cut header turns the rest of the message into quotation. */
function applyCutHeaders(lines: Line[]): void {
  const cut = lines.findIndex((l, i) => l.tag !== "quoted" && l.tag !== "blank" && isCutHeader(lines, i));
  if (cut < 0) return;
  for (let i = withRuleAbove(lines, cut); i < lines.length; i++)
    if (at(lines, i).tag !== "blank") at(lines, i).tag = "quoted";
}

/** Correction 2: attribution lines (possibly wrapped over ≤3 lines). Above a `>` quote only the
 * header itself is quotation (inline replies may follow); a strong header above unquoted text (or a
 * signature the library mistook it for) starts the quoted original. */
function applyAttributions(lines: Line[]): void {
  // nextLine[i]: the first non-blank line at or after i (so the look-ahead stays linear).
  const nextLine: Array<Line | undefined> = new Array(lines.length + 1).fill(undefined);
  for (let i = lines.length - 1; i >= 0; i--) nextLine[i] = at(lines, i).tag === "blank" ? nextLine[i + 1] : lines[i];
  for (let i = 0; i < lines.length; i++) {
    if (at(lines, i).tag === "quoted" || at(lines, i).tag === "blank") continue;
    for (let span = 1; span <= 3 && i + span <= lines.length; span++) {
      const chunk = lines.slice(i, i + span);
      if (chunk.some((l) => l.tag === "blank" || l.tag === "quoted")) break;
      const joined = chunk.map((l) => l.text.trim()).join(" ");
      if (!ATTRIBUTION_RE.test(joined) && !ADDRESS_COLON_RE.test(joined)) continue;
      const next = nextLine[i + span];
      if (next === undefined || next.tag === "quoted" || next.text.trimStart().startsWith(">")) {
        for (const l of chunk) l.tag = "quoted";
      } else if (STRONG_RE.test(joined)) {
        for (let j = i; j < lines.length; j++) if (at(lines, j).tag !== "blank") at(lines, j).tag = "quoted";
        return;
      }
      // "On Monday I wrote:" in prose, followed by more prose, stays.
      break;
    }
  }
}

/** Correction 4: a hard-wrapped quote line ("> … d\nignissim odio?") is not an inline answer. A
 * continuation starts in lower case right under a long quoted line; a real answer rarely does. */
function applyWrappedQuotes(lines: Line[]): void {
  for (let i = 1; i < lines.length; i++) {
    const prev = at(lines, i - 1);
    const l = at(lines, i);
    const after = lines[i + 1];
    if (l.tag === "quoted" || l.tag === "blank" || prev.tag !== "quoted" || prev.text.length < 60) continue;
    if (!/^\p{Ll}/u.test(l.text)) continue;
    if (after === undefined || after.tag === "blank" || after.tag === "quoted") l.tag = "quoted";
  }
}

/** Correction 5: under a mobile "Sent from my …" footer, phones put the original without `>`:
 * the signature ends at the first blank line, the rest is quotation. Also a list footer
 * (a line of underscores or a bare `--`) with a few lines under it is a signature. */
function applyFooters(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (at(lines, i).tag !== "signature" || !SENT_FROM_RE.test(at(lines, i).text)) continue;
    if (i > 0 && at(lines, i - 1).tag === "signature") continue;
    let j = i + 1;
    while (j < lines.length && at(lines, j).tag === "signature") j++;
    const blank = lines.findIndex((l, k) => k > i && l.tag === "blank");
    if (blank < 0) continue;
    for (let k = blank; k < lines.length; k++) if (at(lines, k).tag !== "blank") at(lines, k).tag = "quoted";
    return;
  }
  for (let i = 0; i < lines.length; i++) {
    if (at(lines, i).tag !== "reply" || !/^\s*(_{2,}|--)\s*$/.test(at(lines, i).text)) continue;
    const rest = lines.slice(i + 1).filter((l) => l.tag !== "blank");
    if (rest.length <= 12 && rest.every((l) => l.tag === "reply" || l.tag === "signature")) {
      for (let k = i; k < lines.length; k++) if (at(lines, k).tag !== "blank") at(lines, k).tag = "signature";
      return;
    }
  }
}

/** The library marks any "Sent from …" line as a signature; a real mobile footer is short. */
function fixSentFromProse(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    const l = at(lines, i);
    if (l.tag !== "signature" || !SENT_FROM_RE.test(l.text)) continue;
    const words = l.text.trim().split(/\s+/).length;
    if (words <= 7 && !/[,;]/.test(l.text)) continue;
    for (let j = i; j < lines.length && at(lines, j).tag === "signature"; j++) at(lines, j).tag = "reply";
  }
}

/** A dash-name sign-off right before the quote/footer (or the end) is the signature. */
function applyDashName(lines: Line[]): void {
  const last = lines.findLastIndex((l) => l.tag === "reply");
  if (last >= 0 && DASH_NAME_RE.test(at(lines, last).text)) at(lines, last).tag = "signature";
}

/** A horizontal rule directly above quoted text belongs to the quote. */
function applyRulesAboveQuotes(lines: Line[]): void {
  let next: Line | undefined;
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = at(lines, i);
    if (l.tag === "blank") continue;
    if (l.tag !== "quoted" && RULE_RE.test(l.text) && next?.tag === "quoted") l.tag = "quoted";
    next = l;
  }
}

function join(lines: Line[]): string {
  return lines
    .map((l) => l.text)
    .join("\n")
    .replace(/^\s*\n/, "")
    .trimEnd();
}

export function stripReply(text: string): StrippedReply {
  const lines = tagLines(text.replace(/\r\n?/g, "\n"));
  applyCutHeaders(lines);
  applyAttributions(lines);
  applyWrappedQuotes(lines);
  fixSentFromProse(lines);
  applyFooters(lines);
  applyRulesAboveQuotes(lines);
  applyDashName(lines);

  const first = lines.findIndex((l) => l.tag === "reply");
  if (first < 0) {
    const signature = join(lines.filter((l) => l.tag === "signature"));
    return {
      newText: "",
      quoted: join(lines.filter((l) => l.tag !== "signature")).trim(),
      signature: signature || null,
    };
  }
  let last = first;
  lines.forEach((l, i) => {
    if (l.tag === "reply") last = i;
  });
  // The signature is the run of signature (and blank) lines right after the last new text.
  let sigEnd = last + 1;
  while (sigEnd < lines.length && (at(lines, sigEnd).tag === "signature" || at(lines, sigEnd).tag === "blank"))
    sigEnd++;
  const sigLines = lines.slice(last + 1, sigEnd);
  const signature = sigLines.some((l) => l.tag === "signature") ? join(sigLines).trim() : null;
  const quotedLines = [...lines.slice(0, first), ...lines.slice(signature === null ? last + 1 : sigEnd)];
  return {
    newText: join(lines.slice(first, last + 1)).trim(),
    quoted: join(quotedLines).trim(),
    signature,
  };
}
