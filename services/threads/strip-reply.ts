// Splits a plain-text reply into the new text, the quoted part and the signature.
//
// The heavy lifting is done by `email-reply-parser` (Crisp's port of EmailReplyParser, used on ~1M
// mails/day). On top of its fragments we add three documented corrections:
//   1. "cut" headers the library misses (Outlook `From:/Sent:` blocks without `<address>`, German
//      `Von:/Gesendet:`, `-----Original Message-----` variants, `Am … schrieb …:`, `On … wrote:`)
//      end the new text: everything from there on is the quoted original.
//   2. an attribution line ("On … wrote:") directly above a `>` block is part of the quote even when
//      no blank line separates it from the reply (the library only splits at a blank line).
//   3. inline replies keep the quoted lines that sit BETWEEN two pieces of new text, so an answer
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
  /^\s*(on|am|le|el|il|em|op|den|w dniu|dnia)\s.{4,300}\s(wrote|schrieb|a écrit|écrit|escribió|ha scritto|scritto|escreveu|schreef|skrev|napisał\(a\)|napisał|pisze)\s?:\s*$/i;
// Header-block field names of Outlook-style quotes in the languages we see most.
const FROM_FIELD_RE = /^\s*\*?(from|von|de|da|van|fra|från|od|от)\s?:\*?\s*\S/i;
const OTHER_FIELD_RE =
  /^\s*\*?(sent|date|to|cc|subject|gesendet|datum|an|betreff|envoyé|à|objet|enviado|para|asunto|assunto|inviato|data|a|oggetto|verzonden|aan|onderwerp|sendt|til|emne|skickat|till|ämne|wysłano|temat|отправлено|кому|тема)\s?:\*?\s*/i;
const SENT_FROM_RE = /^\s*(sent from|von meinem|gesendet von|envoyé de|enviado desde|verzonden vanaf|sendt fra)\b/i;

/** A `From:` line followed (within 3 lines) by another header field: an Outlook-style quote header. */
function isHeaderBlock(lines: Line[], i: number): boolean {
  if (!FROM_FIELD_RE.test(lines[i].text)) return false;
  for (let j = i + 1; j <= i + 3 && j < lines.length; j++) {
    if (OTHER_FIELD_RE.test(lines[j].text)) return true;
  }
  return false;
}

function isCutHeader(lines: Line[], i: number): boolean {
  const text = lines[i].text;
  return SEPARATOR_RE.test(text) || isHeaderBlock(lines, i);
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
      const line = mark ? long[Number(mark[1])] : raw;
      out.push({ text: line, tag: line.trim() === "" ? "blank" : tag });
    }
  }
  if (head.length < text.length) {
    for (const line of text.slice(head.length).split("\n")) out.push({ text: line, tag: line.trim() === "" ? "blank" : "quoted" });
  }
  return out;
}

/** Correction 1: the first missed cut header turns the rest of the message into quotation. */
function applyCutHeaders(lines: Line[]): void {
  const cut = lines.findIndex((l, i) => l.tag !== "quoted" && l.tag !== "blank" && isCutHeader(lines, i));
  if (cut < 0) return;
  for (let i = cut; i < lines.length; i++) if (lines[i].tag !== "blank") lines[i].tag = "quoted";
}

/** Correction 2: attribution lines (possibly wrapped over ≤3 lines) right above a quote or at the end. */
function applyAttributions(lines: Line[]): void {
  // nextLine[i]: the first non-blank line at or after i (so the look-ahead stays linear).
  const nextLine: Array<Line | undefined> = new Array(lines.length + 1).fill(undefined);
  for (let i = lines.length - 1; i >= 0; i--) nextLine[i] = lines[i].tag === "blank" ? nextLine[i + 1] : lines[i];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].tag === "quoted" || lines[i].tag === "blank") continue;
    for (let span = 1; span <= 3 && i + span <= lines.length; span++) {
      const chunk = lines.slice(i, i + span);
      if (chunk.some((l) => l.tag === "blank" || l.tag === "quoted")) break;
      if (!ATTRIBUTION_RE.test(chunk.map((l) => l.text.trim()).join(" "))) continue;
      const next = nextLine[i + span];
      // Only a header when a quote follows (or nothing does): "On Monday I wrote:" in prose stays.
      if (next === undefined || next.tag === "quoted" || next.text.trimStart().startsWith(">")) {
        for (const l of chunk) l.tag = "quoted";
      }
      break;
    }
  }
}

/** The library marks any "Sent from …" line as a signature; a real mobile footer is short. */
function fixSentFromProse(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.tag !== "signature" || !SENT_FROM_RE.test(l.text)) continue;
    const words = l.text.trim().split(/\s+/).length;
    if (words <= 7 && !/[,;]/.test(l.text)) continue;
    for (let j = i; j < lines.length && lines[j].tag === "signature"; j++) lines[j].tag = "reply";
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
  fixSentFromProse(lines);

  const first = lines.findIndex((l) => l.tag === "reply");
  if (first < 0) {
    const signature = join(lines.filter((l) => l.tag === "signature"));
    return { newText: "", quoted: join(lines.filter((l) => l.tag !== "signature")).trim(), signature: signature || null };
  }
  let last = first;
  lines.forEach((l, i) => {
    if (l.tag === "reply") last = i;
  });
  // The signature is the run of signature (and blank) lines right after the last new text.
  let sigEnd = last + 1;
  while (sigEnd < lines.length && (lines[sigEnd].tag === "signature" || lines[sigEnd].tag === "blank")) sigEnd++;
  const sigLines = lines.slice(last + 1, sigEnd);
  const signature = sigLines.some((l) => l.tag === "signature") ? join(sigLines).trim() : null;
  const quotedLines = [...lines.slice(0, first), ...lines.slice(signature === null ? last + 1 : sigEnd)];
  return {
    newText: join(lines.slice(first, last + 1)).trim(),
    quoted: join(quotedLines).trim(),
    signature,
  };
}
