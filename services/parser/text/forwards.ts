// Splits a body into the sender's own text and the messages forwarded below it (Gmail,
// German Gmail, Outlook EN/DE, Apple Mail, Thunderbird in further languages), and drops reply quotations. Pure.
import type { MailAddress } from "../types.ts";
import { eachMatch, literalAlternation } from "./regex.ts";
import { lineStarts } from "./line-starts.ts";
import { forwardWordsOf } from "../lang/forward-headers.ts";

export interface ForwardedBlock {
  from: MailAddress | null;
  to: string;
  cc: string;
  subject: string;
  body: string;
  /** offset of `body` in the text given to splitForwards */
  offset: number;
}

/** Every address in a To/Cc line with the name written before it. One pass over tokens: the
 * pattern `([^<>,;]*)<?([^\s<>,;]+@[^\s<>,;]+)>?` took minutes on a crafted "1.1.1.…" line. */
export function addressesInList(text: string): { address: string; name: string }[] {
  const out: { address: string; name: string }[] = [];
  for (const item of text.split(/[,;]/)) {
    let nameStart = 0;
    for (const m of eachMatch(item, /[^\s<>]+/g)) {
      if (!isAddress(m[0])) continue;
      out.push({
        address: m[0].toLowerCase(),
        name: item
          .slice(nameStart, m.index)
          .replace(/[<>"']/g, "")
          .trim(),
      });
      nameStart = m.index + m[0].length;
    }
  }
  return out;
}

export interface SplitBody {
  own: string;
  forwards: ForwardedBlock[];
}

/** text between the dashed rules above a forwarded message, in the clients' languages (and lang/forward-headers.ts) */
const DASHED_MARKERS = String.raw`forwarded message|weitergeleitete nachricht|original message|original-?nachricht|urspr(?:ü|ue)ngliche nachricht|message transf(?:é|e)r(?:é|e)|doorgestuurd bericht|mensaje reenviado|mensagem encaminhada|oorspronkelijk bericht|message d'origine|mensaje original|messaggio originale|messaggio inoltrato|mensagem original|ursprungligt meddelande|vidarebefordrat meddelande|opprinnelig melding|videresendt melding|oprindelig meddelelse|videresendt meddelelse|wiadomość oryginalna|przekazana wiadomość|alkuperäinen viesti|wiadomość przekazana dalej|wiadomość przekazana|přeposlaná zpráva|пересланное сообщение|προωθημένο μήνυμα|välitetty viesti|yönlendirilen ileti|iletilen mesaj|pārsūtīts ziņojums|persiųstas laiškas|edastatud kiri|továbbított üzenet|eredeti üzenet|mesaj redirec(?:ț|ţ|t)ionat|mesaj original|転送されたメッセージ|전달된 메시지`;
/** a line of its own that opens a forwarded message (Apple Mail and its kin) */
const OPENING_MARKERS = String.raw`begin forwarded message|anfang der weitergeleiteten nachricht|d(?:é|e)but du message r(?:é|e)exp(?:é|e)di(?:é|e)|inizio messaggio inoltrato|begin doorgestuurd bericht|inicio del mensaje reenviado|in(?:í|i)cio da mensagem (?:reencaminhada|encaminhada)|b(?:ö|o)rjan p(?:å|a) vidarebefordrat (?:brev|meddelande)|start p(?:å|a) videresendt (?:besked|meddelelse|melding)|pocz(?:ą|a)tek przekazanej wiadomo(?:ś|s)ci|v(?:ä|a)litetty viesti alkaa`;
const RULE_RE = /^\s*_{8,}\s*$/;
/** a dashed banner around a few words of a client's language the tables do not hold yet
 * ("---------- … ----------"): a marker only when a forwarded header block follows it */
const BANNER_RE = /^\s*-{2,}[^-\n]{2,40}-{2,}\s*$/;
// The header words of a forwarded or quoted message as mail clients write them in each language
// (Outlook: "De: … / Enviado el: … / Para: … / Asunto: …", "Da: … / Inviato: …", "Od: … / Wysłano: …").
const CLIENT_HEADER_WORDS: Record<"from" | "date" | "to" | "cc" | "subject", readonly string[]> = {
  // Turkish clients: "Gönderen/Kimden", "Tarih", "Kime", "Bilgi", "Konu"
  // Latvian "No", Lithuanian "Nuo", Estonian "Saatja", Hungarian "Feladó", Romanian "De la",
  // Japanese and Korean clients
  from: [
    "from",
    "de la",
    "von",
    "de",
    "van",
    "da",
    "od",
    "fra",
    "från",
    "lähettäjä",
    "gönderen",
    "kimden",
    "no",
    "nuo",
    "saatja",
    "feladó",
    "από",
    "от",
    "差出人",
    "보낸 사람",
    "보낸사람",
  ],
  date: [
    "sent",
    "gesendet",
    "date",
    "datum",
    "envoyé",
    "envoye",
    "enviado el",
    "enviado",
    "enviada",
    "fecha",
    "inviato",
    "data",
    "verzonden",
    "wysłano",
    "sendt",
    "skickat",
    "lähetetty",
    "tarih",
    "gönderildi",
    "datums",
    "nosūtīts",
    "išsiųsta",
    "kuupäev",
    "saadetud",
    "dátum",
    "elküldve",
    // Romanian: Thunderbird "Dată", Outlook "Trimis"
    "dată",
    "trimis",
    "ημερομηνία",
    "дата",
    "送信日時",
    "日付",
    "날짜",
    "보낸 날짜",
  ],
  to: [
    "to",
    "an",
    "à",
    "aan",
    "para",
    "a",
    "do",
    "til",
    "till",
    "vastaanottaja",
    "kime",
    "kam",
    "kellele",
    "címzett",
    "komu",
    "către",
    "catre",
    "προς",
    "кому",
    "宛先",
    "받는 사람",
    "받는사람",
  ],
  cc: ["cc", "kopie", "kopia", "bilgi"],
  subject: [
    "subject",
    "betreff",
    "objet",
    "onderwerp",
    "asunto",
    "assunto",
    "oggetto",
    "temat",
    "emne",
    "ämne",
    "aihe",
    "konu",
    "temats",
    "tema",
    "teema",
    "tárgy",
    "předmět",
    "subiect",
    "θέμα",
    "тема",
    "件名",
    "제목",
  ],
};
// with further languages' header words (lang/forward-headers.ts)
const withFurther = (k: "from" | "date" | "to" | "subject") => [...CLIENT_HEADER_WORDS[k], ...forwardWordsOf(k)];
const HEADER_WORDS = {
  from: withFurther("from"),
  date: withFurther("date"),
  to: withFurther("to"),
  cc: CLIENT_HEADER_WORDS.cc,
  subject: withFurther("subject"),
};
const CANONICAL = new Map(Object.entries(HEADER_WORDS).flatMap(([k, ws]) => ws.map((w) => [w, k] as const)));
const MARKER_RE = new RegExp(
  String.raw`^\s*(?:-{2,}\s*(?:${DASHED_MARKERS}|${literalAlternation(forwardWordsOf("marker"))})\s*-{2,}|(?:${OPENING_MARKERS}|${literalAlternation(forwardWordsOf("opening"))})\s*:?)\s*$`,
  "iu",
);
// a colon, or the full-width one of the East Asian clients ("寄件者：")
const FROM_RE = new RegExp(String.raw`^\s*\**(?:${literalAlternation(HEADER_WORDS.from)})\**\s*[:：]\s*(.+)$`, "iu");
const DATE_RE = new RegExp(String.raw`^\s*\**(?:${literalAlternation(HEADER_WORDS.date)})\**\s*[:：]`, "iu");
const HEADER_RE = new RegExp(
  String.raw`^\s*\**(${literalAlternation([...CANONICAL.keys()])})\**\s*[:：]\s*(.*)$`,
  "iu",
);

/** Index of every line that starts a forwarded/quoted message header block. */
function blockStarts(lines: string[]): number[] {
  const starts: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (MARKER_RE.test(line)) {
      starts.push(i);
      continue;
    }
    const next = lines.slice(i + 1, i + 3).find((l) => l.trim() !== "") ?? "";
    if (RULE_RE.test(line) && FROM_RE.test(next)) {
      starts.push(i);
      continue;
    }
    if (BANNER_RE.test(line) && FROM_RE.test(next) && lines.slice(i + 2, i + 6).some((l) => DATE_RE.test(l))) {
      starts.push(i);
      continue;
    }
    // Outlook without a rule: "From: …" then "Sent:/Date:" within a few lines
    if (FROM_RE.test(line) && (i === 0 || lines[i - 1]!.trim() === "" || RULE_RE.test(lines[i - 1]!))) {
      const window = lines.slice(i + 1, i + 5);
      if (window.some((l) => DATE_RE.test(l))) {
        if (!starts.some((s) => s >= i - 3)) starts.push(i);
      }
    }
  }
  return starts;
}

/**
 * The address in a forwarded "From:" line: `<addr>`, `[mailto:addr]` or a bare address, and the
 * name written before it. Tokens and indexOf, not one alternation of `[^…]+@[^…]+` patterns,
 * which backtracked cubically over a crafted line of "a@a@a@…".
 */
/** A display name without its quotes; an apostrophe inside a name stays ("Matt O'Keefe", "d'Almeida"). */
export function unquoteName(s: string): string {
  return s.replace(/["“”]|(?<!\p{L})['’]|['’](?!\p{L})/gu, "");
}

export function parseAddress(s: string): MailAddress | null {
  const text = s.replace(/\*/g, "").trim();
  const found = angleAddress(text) ?? mailtoAddress(text) ?? bareAddress(text);
  if (!found) return null;
  const address = found.address.toLowerCase().replace(/[.,;]+$/, "");
  const name = unquoteName(text.slice(0, found.index)).replace(/\s+/g, " ").trim();
  return { address, name: name || null };
}

interface FoundAddress {
  address: string;
  /** where the address (with its brackets) starts in the text */
  index: number;
}

/** "local@domain": an inner "@" with something on both sides, no blanks or brackets. */
function isAddress(s: string): boolean {
  const at = s.lastIndexOf("@");
  return at > 0 && at < s.length - 1 && !/[\s<>]/.test(s);
}

function angleAddress(text: string): FoundAddress | null {
  for (let open = text.indexOf("<"); open >= 0; open = text.indexOf("<", open + 1)) {
    const close = text.indexOf(">", open);
    if (close < 0) return null;
    const inner = text
      .slice(open + 1, close)
      .trim()
      .replace(/^mailto:/i, "");
    if (isAddress(inner)) return { address: inner, index: open };
  }
  return null;
}

function mailtoAddress(text: string): FoundAddress | null {
  for (const m of eachMatch(text, /\[[ \t]*mailto:/gi)) {
    const close = text.indexOf("]", m.index);
    const inner = text.slice(m.index + m[0].length, close < 0 ? m.index : close).trim();
    if (close >= 0 && inner && !/[\s\]]/.test(inner)) return { address: inner, index: m.index };
  }
  return null;
}

/** A token with "@" whose part after its last "@" ends in a dot and a two-letter-or-longer label. */
function bareAddress(text: string): FoundAddress | null {
  for (const m of eachMatch(text, /[^\s<>()[\]"',;]+/g)) {
    const token = m[0];
    const at = token.lastIndexOf("@");
    if (at <= 0) continue;
    let end = -1;
    for (const t of eachMatch(token.slice(at + 2), /\.[a-z]{2,}/gi)) end = at + 2 + t.index + t[0].length;
    if (end > 0) return { address: token.slice(0, end), index: m.index };
  }
  return null;
}

export function splitForwards(text: string): SplitBody {
  const lines = text.split("\n");
  const starts = blockStarts(lines);
  // line offsets are taken before unquoting, so they point into `text` as given
  if (starts.length === 0) return { own: text, forwards: [] };
  const lineOffsets = lineStarts(text);
  const forwards: ForwardedBlock[] = [];
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k]!;
    const end = k + 1 < starts.length ? starts[k + 1]! : lines.length;
    let i = start;
    if (MARKER_RE.test(lines[i]!) || RULE_RE.test(lines[i]!) || BANNER_RE.test(lines[i]!)) i++;
    unquoteBlock(lines, i, end);
    const headers: Record<string, string> = {};
    let seen = 0;
    for (; i < end; i++) {
      const line = lines[i]!;
      if (line.trim() === "") {
        if (seen > 0) break;
        continue;
      }
      const m = HEADER_RE.exec(line);
      if (!m) break;
      const key = canonicalHeader(m[1]!);
      headers[key] ??= m[2]!.trim();
      seen++;
    }
    const bodyLines = lines.slice(i, end);
    forwards.push({
      from: headers.from ? parseAddress(headers.from) : null,
      to: headers.to ?? "",
      cc: headers.cc ?? "",
      subject: headers.subject ?? "",
      body: stripQuotes(bodyLines.join("\n")).trim(),
      offset: lineOffsets[i] ?? text.length + 1,
    });
  }
  return { own: lines.slice(0, starts[0]).join("\n").trim(), forwards };
}

/**
 * Apple Mail (plain text) quotes the whole forwarded message, its header lines included, with
 * "> " below the marker; one quote level is removed in place so the block reads like any other.
 */
function unquoteBlock(lines: string[], from: number, end: number): void {
  const first = lines.slice(from, end).find((l) => l.replace(/^\s*>/, "").trim() !== "");
  if (!first || !/^\s*>/.test(first) || !HEADER_RE.test(first.replace(/^\s*> ?/, ""))) return;
  for (let j = from; j < end; j++) lines[j] = lines[j]!.replace(/^\s*> ?/, "");
}

function canonicalHeader(h: string): string {
  return CANONICAL.get(h.toLowerCase()) ?? "date";
}

const ATTRIBUTION_RE =
  /^\s*(?:on\b.{4,200}\bwrote:|am\b.{4,200}\bschrieb\b.{0,120}:|le\b.{4,200}\ba (?:é|e)crit\s*:|op\b.{4,200}\bschreef\b.{0,80}:|el\b.{4,200}\bescribi(?:ó|o)\s*:)\s*$/i;

const ATTRIBUTION_OPENING_RE = /^\s*(?:on|am|le)\b/i;

const QUOTE_MARK_RE = /^\s*>/;
const ONE_QUOTE_LEVEL_RE = /^\s*> ?/;

/** Removes "> quoted" lines and everything after an "On … wrote:" attribution. */
export function stripQuotes(text: string): string {
  const lines = text.split("\n");
  const out: string[] = [];
  // A forward marker followed by "> " lines is an Apple Mail forward, not a reply quote: kept.
  let quotedForward = false;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    // Apple Mail may quote the marker itself ("> Begin forwarded message:"): still a forward
    const unquoted = line.replace(ONE_QUOTE_LEVEL_RE, "");
    if (unquoted !== line && MARKER_RE.test(unquoted)) line = unquoted;
    if (MARKER_RE.test(line)) {
      const next = lines.slice(i + 1).find((l) => l.trim() !== "") ?? "";
      quotedForward = QUOTE_MARK_RE.test(next);
    }
    // a reply's attribution above quoted lines (or above nothing): the rest is someone else's mail
    // (one wrapped over two lines ends the text by its phrase alone: "On …, Ana" / "<ana@x.com> wrote:")
    const attribution = QUOTE_MARK_RE.test(line)
      ? null
      : (readAttribution(line) ?? (i + 1 < lines.length ? readAttribution(`${line} ${lines[i + 1]!}`, true) : null));
    if (attribution) {
      const rest = lines.slice(i + 1, i + 4).filter((l) => l.trim() !== "");
      if (rest.length === 0 || rest.some((l) => QUOTE_MARK_RE.test(l)) || attribution.wrappedPhrase) break;
    }
    if (QUOTE_MARK_RE.test(line) && !quotedForward) continue;
    out.push(line);
  }
  return out.join("\n");
}

/** A reply's quote of an earlier mail: the attribution's author and the quoted lines (one level off). */
export interface QuotedReply {
  author: MailAddress;
  /** first line of the attribution and the line after the quote, as indexes into the text's lines */
  start: number;
  end: number;
  body: string;
}

/**
 * A reply's attribution: the one detector of "someone else wrote what follows", for the quotes
 * stripped (stripQuotes) and the quotes read as forwarded mail (quotedReplies). Told by its shape
 * in any language and client ("On 3 May 2026, Ana Ruiz <ana@x.com> wrote:", "Le 3 mai 2026 à
 * 10:02, … a écrit :", "W dniu 03.05.2026 … pisze:"): a line, or two when the client wrapped it,
 * that ends in a colon and holds a date or time (a digit) and an address; or by its phrase
 * ("On Monday, Ana Ruiz wrote:", "Am … schrieb Ana Ruiz:"), with or without an address. A labelled
 * header line ("From: …") is none. The author is known only when an address is written.
 */
function readAttribution(text: string, wrapped = false): { author: MailAddress | null; wrappedPhrase: boolean } | null {
  const t = text.trim();
  if (t.length > 400 || HEADER_RE.test(t)) return null;
  // a wrapped one by its phrase: its first line opens as the phrase does ("On", "Am", "Le")
  const phrase = ATTRIBUTION_RE.test(t) && (!wrapped || ATTRIBUTION_OPENING_RE.test(t));
  if (!phrase && !(/[:：]$/.test(t) && /\d/.test(t))) return null;
  const a = parseAddress(t.replace(/[:：]$/, ""));
  if (!a && !phrase) return null;
  const author = a ? { address: a.address, name: a.name ? authorName(a.name) : null } : null;
  return { author, wrappedPhrase: wrapped && phrase };
}

function attributionAuthor(text: string): MailAddress | null {
  return readAttribution(text)?.author ?? null;
}

/**
 * The author's name in what an attribution writes before the address: the words after its last
 * date or time ("On Tue, 3 May 2026 at 9:12 AM Ana Ruiz", "… 09:15 tarihinde Ana Ruiz"), without
 * the clock's AM/PM and the lower-case words of the phrase around the name.
 */
const EDGE_PUNCT_RE = /^[,(]+|[,(]+$/g;
const CLOCK_RE = /^[ap]\.?m\.?$/i;
const LOWER_FIRST_RE = /^\p{Ll}/u;
const DIGIT_RE = /\d/;

function authorName(before: string): string | null {
  // an attribution without a date or time ("On Monday, Ana Ruiz"): the words after its last comma
  const undated = !DIGIT_RE.test(before);
  const words = (undated ? before.slice(before.lastIndexOf(",") + 1) : before).split(/\s+/).filter(Boolean);
  if (undated && !before.includes(",")) return null;
  let k = words.length;
  while (k > 0 && !DIGIT_RE.test(words[k - 1]!)) k--;
  let rest = words.slice(k).map((w) => w.replace(EDGE_PUNCT_RE, ""));
  // "… 9:12 AM Ana Ruiz", "… 09:15 tarihinde Ana Ruiz", "… um 10:12 schrieb Ana Ruiz"
  while (rest.length > 0 && (rest[0] === "" || CLOCK_RE.test(rest[0]!) || LOWER_FIRST_RE.test(rest[0]!)))
    rest = rest.slice(1);
  const name = rest.join(" ").trim();
  return name || null;
}

/**
 * The quoted mails a reply carries in the writer's own text, above any forwarded block: an
 * attribution line followed by "> " lines (Gmail, Outlook for Mac, Thunderbird), or a quote whose
 * first line is the attribution (Apple Mail on a phone). Deeper quote levels stay in the body.
 */
export function quotedReplies(text: string): QuotedReply[] {
  const lines = text.split("\n");
  const limit = blockStarts(lines)[0] ?? lines.length;
  const out: QuotedReply[] = [];
  const nextNonBlank = (from: number) => {
    let j = from;
    while (j < limit && lines[j]!.trim() === "") j++;
    return j;
  };
  for (let i = 0; i < limit; i++) {
    const line = lines[i]!;
    let author: MailAddress | null = null;
    let from = i + 1;
    if (QUOTE_MARK_RE.test(line)) {
      // a quote opening with its attribution, one level down ("> On …, Ana <ana@x.com> wrote:")
      if (i > 0 && QUOTE_MARK_RE.test(lines[i - 1]!)) continue;
      const inner = line.replace(ONE_QUOTE_LEVEL_RE, "");
      const wrapped = lines[i + 1] && QUOTE_MARK_RE.test(lines[i + 1]!);
      author = attributionAuthor(inner);
      if (!author && wrapped) {
        author = attributionAuthor(`${inner} ${lines[i + 1]!.replace(ONE_QUOTE_LEVEL_RE, "")}`);
        if (author) from = i + 2;
      }
      if (!author) continue;
    } else {
      if (line.trim() === "") continue;
      author = attributionAuthor(line);
      if (!author && i + 1 < limit && !QUOTE_MARK_RE.test(lines[i + 1]!)) {
        author = attributionAuthor(`${line} ${lines[i + 1]!}`);
        if (author) from = i + 2;
      }
      if (!author) continue;
      const first = nextNonBlank(from);
      if (first >= limit || !QUOTE_MARK_RE.test(lines[first]!)) continue;
    }
    let end = from;
    while (end < limit && (QUOTE_MARK_RE.test(lines[end]!) || lines[end]!.trim() === "")) end++;
    const body = lines
      .slice(from, end)
      .map((l) => l.replace(ONE_QUOTE_LEVEL_RE, ""))
      .join("\n")
      .trim();
    if (body) out.push({ author, start: i, end, body });
    i = end - 1;
  }
  return out;
}

/**
 * The text with the chosen quoted mails written as forwarded ones ("-----Original Message-----",
 * "From: …" and the body unquoted), so that they are read like a forwarded mail; the others stay.
 */
export function quotedRepliesAsForwards(text: string, read: (author: MailAddress, above: string) => boolean): string {
  const lines = text.split("\n");
  const chosen = quotedReplies(text).filter((q) => read(q.author, lines.slice(0, q.start).join("\n")));
  if (chosen.length === 0) return text;
  for (const q of [...chosen].reverse()) {
    const from = q.author.name ? `${q.author.name} <${q.author.address}>` : q.author.address;
    lines.splice(q.start, q.end - q.start, "", "-----Original Message-----", `From: ${from}`, "", q.body, "");
  }
  return lines.join("\n");
}
