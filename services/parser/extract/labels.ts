// Reads "Label: value" forms in the many spellings partners use (label words per language in
// services/parser/lang), including tab-separated rows and Outlook tables rendered as "label
// line / value line". Pure.
import { LABEL_WORDS } from "../lang/index.ts";
import { broadNeedLabels } from "../lang/en.ts";
import { memoised } from "../text/memo.ts";
import { EAST_ASIAN_LETTERS } from "../text/regex.ts";
import { fold } from "./text-utils.ts";
import { ISO_CODES } from "../normalise/amount.ts";

export type LabelField =
  | "company"
  /** the company's registered (legal) name, as against a trading name: stands for the company (firstByField) */
  | "legalName"
  | "website"
  | "contactName"
  /** the contact's given and family name in two fields of their own (a CRM export, a web form):
   * together they stand for the contact's name (firstByField) */
  | "givenName"
  | "familyName"
  | "role"
  | "email"
  | "phone"
  | "stage"
  | "value"
  | "competitors"
  /** the prospect's current system, which the vendor would replace ("Current system: X"): a competitor too */
  | "incumbent"
  | "need"
  | "region"
  | "consent"
  | "motion"
  | "product"
  /** the currency of the value, on a line of its own ("Currency: NZD", a CSV column) */
  | "currency";

export interface LabelledValue {
  field: LabelField;
  label: string;
  /** raw value; null when the partner wrote a placeholder ("–", "n/a", "noch offen") */
  value: string | null;
  /** offset of the value (or of the label when the value is a placeholder) in the text */
  index: number;
}

/** Letters that carry no combining accent to strip, as ASCII writes them. */
const ASCII_LETTERS: Readonly<Record<string, string>> = { ł: "l", ø: "o", đ: "d", æ: "ae", œ: "oe", ı: "i" };
const ASCII_LETTERS_RE = new RegExp(`[${Object.keys(ASCII_LETTERS).join("")}]`, "g");

/**
 * Label words of every language (services/parser/lang), and each also as ASCII writes it, without
 * its accents: CSV headers and keyboards without them write "foretag", "varde", "descripcion" for
 * "företag", "värde", "descripción". A form without accents that two fields' words share, or that
 * is a label word of its own, names nothing more.
 */
function withAsciiForms(words: ReadonlyMap<string, LabelField>): ReadonlyMap<string, LabelField> {
  const ascii = new Map<string, LabelField | null>();
  for (const [w, field] of words) {
    const a = fold(w.replace(ASCII_LETTERS_RE, (c) => ASCII_LETTERS[c]!));
    if (a === w || words.has(a) || !/^[\x20-\x7e]+$/.test(a)) continue;
    ascii.set(a, ascii.has(a) && ascii.get(a) !== field ? null : field);
  }
  const out = new Map(words);
  for (const [a, field] of ascii) if (field) out.set(a, field);
  return out;
}
const LOOKUP = withAsciiForms(LABEL_WORDS);

// every line is asked about several times (as a label, as the line after one): answers are kept
const normLabel = memoised((s: string): string =>
  s
    .toLowerCase()
    // Turkish "İ" lower-cases to "i" and a combining dot ("İhtiyaç"): the dot is no letter of the word
    .replace(/i\u0307/g, "i")
    .replace(/[*_]+/g, " ")
    .replace(/\s*\([^)]*\)\s*$/, "")
    .replace(/[\s_]+/g, " ")
    .replace(/[:.]+$/, "")
    .trim(),
);

/** Head words that name the field whatever qualifies them ("Customer website", "Estimated ARR"). */
const HEADS: Record<string, LabelField> = {
  website: "website",
  homepage: "website",
  domain: "website",
  url: "website",
  webseite: "website",
  email: "email",
  "e-mail": "email",
  "e-mail-adresse": "email",
  phone: "phone",
  telefon: "phone",
  mobile: "phone",
  title: "role",
  role: "role",
  funktion: "role",
  position: "role",
  competitors: "competitors",
  competition: "competitors",
  wettbewerber: "competitors",
  mitbewerber: "competitors",
  arr: "value",
  acv: "value",
  budget: "value",
  // "Estimated first-year value", "Expected order value"
  value: "value",
  stage: "stage",
  phase: "stage",
  ansprechpartner: "contactName",
  ansprechpartnerin: "contactName",
  web: "website",
  entity: "legalName",
  // a need qualified before its noun: "Business problem", "Main pain", "Key challenge"
  problem: "need",
  pain: "need",
  challenge: "need",
};
/** Consent labels are often followed by who may contact ("Kontaktaufnahme durch PeopleGrid",
 * "Direkter Kontakt durch Hersteller", "Contact by vendor allowed", "May Acme call her?"). */
const CONSENT_HEAD_RE =
  /(?:^|\s)(?:consent|einverständnis|zustimmung|kontaktaufnahme|kontaktfreigabe|einwilligung|ok(?:ay)? (?:for \S+ )?to (?:contact|reach out|call|e-?mail)|direkte[rn]? (?:kontakt|ansprache)|direct (?:contact|outreach)|(?:kontakt|contact|outreach|anruf|call) (?:\S+ ){0,3}(?:erlaubt|allowed|permitted|ok|okay|gewünscht|erwünscht|freigegeben|approved)$|(?:kontakt|contact) (?:durch|by|from|via) |(?:may|can|darf|dürfen) (?:\S+ ){0,2}(?:contact|call|reach out|kontaktieren|anrufen))/;
/** "Partner: …", "Partner-Ansprechpartner: …", "Partner e-mail: …" describe the partner, never the prospect. */
const PARTNER_OWN_RE = /^(?:partner|reseller|submitted by|registered by|eingereicht von)(?:[- ]|$)/;

export const labelField: (label: string) => LabelField | null = memoised(readLabelField);

/** "est value gbp", "valor cop", "wartość pln": a value label that names its currency after it */
const CURRENCY_AFTER = /\s(?:[a-z]{3}|[€$£¥₹])$/u;
function valueLabelWithCurrency(norm: string): boolean {
  const m = CURRENCY_AFTER.exec(norm);
  if (!m) return false;
  const code = m[0].trim();
  return (
    (code.length === 1 || ISO_CODES.includes(code.toUpperCase())) && LOOKUP.get(norm.slice(0, m.index)) === "value"
  );
}

function readLabelField(label: string): LabelField | null {
  const norm = normLabel(label);
  const exact = LOOKUP.get(norm);
  if (exact) return exact;
  const short = abbreviatedLabel(label);
  if (short) return short;
  const both = bilingualLabel(norm);
  if (both) return both;
  if (valueLabelWithCurrency(norm)) return "value";
  if (PARTNER_OWN_RE.test(norm)) return null;
  const words = norm.split(" ");
  if (words.length < 2 || words.length > 6) return null;
  if (CONSENT_HEAD_RE.test(norm)) return "consent";
  // (a longer phrase is a sentence: "Amount in IDR as he wrote - …")
  if (words.length > 5) return null;
  return HEADS[words[words.length - 1]!] ?? qualifiedLabel(words);
}

/** Fields whose label a partner qualifies with a phrase after it ("Competitors in the RFP", "Other bidders we know of"). */
const QUALIFIABLE = new Set<LabelField>(["competitors", "need", "value", "region"]);
/** Words that open such a phrase: a preposition or the partner speaking. */
const QUALIFIER = new Set(
  "in for of on at from so known we i im für bei laut pour dans selon para en según per nel secondo voor volgens w według".split(
    " ",
  ),
);
/**
 * A known label of one of QUALIFIABLE's fields, then a qualifying phrase: that field. A rivals label
 * is qualified by any words too ("Other vendors considered", "Alternatives looked at", "Pesaing yang
 * juga dievaluasi", "Competidores previsibles"), none of them a label of another field ("Competitor
 * pricing" is no list of rivals).
 */
function qualifiedLabel(words: readonly string[]): LabelField | null {
  for (let p = Math.min(3, words.length - 1); p >= 1; p--) {
    const field = LOOKUP.get(words.slice(0, p).join(" "));
    if (!field || !QUALIFIABLE.has(field)) continue;
    if (QUALIFIER.has(words[p]!)) return field;
    if (field === "competitors" && words.slice(p).every((w) => /^\p{Ll}+$/u.test(w) && !LOOKUP.has(w))) return field;
  }
  return null;
}

/** The fields that make a labelled block a registration form: two of them with values, at least. */
export const CORE_LABELS: readonly LabelField[] = ["company", "website", "contactName", "email"];

/** a label word cut short with a full stop ("cust.", "ansprechp."): three letters at least */
const ABBREVIATED_RE = /^\p{L}{3,}\.$/u;
/** the label words by their number of words, for abbreviatedLabel */
const LOOKUP_BY_LENGTH = new Map<number, Array<[string[], LabelField]>>();
for (const [words, field] of LOOKUP) {
  const w = words.split(" ");
  LOOKUP_BY_LENGTH.set(w.length, [...(LOOKUP_BY_LENGTH.get(w.length) ?? []), [w, field]]);
}

/**
 * A label whose words are cut short with a full stop, as CRM exports and forms write them ("Cust.
 * contact", "Ansprechp. (Nachn., Vorn.)"): the field of the label words they start, when those
 * all name one field.
 */
function abbreviatedLabel(label: string): LabelField | null {
  const words = label
    .toLowerCase()
    .replace(/\s*\([^)]*\)\s*$/, "")
    .replace(/[:\s]+$/, "")
    .split(/\s+/);
  if (!words.some((w) => ABBREVIATED_RE.test(w))) return null;
  const fits = (key: string[]) =>
    key.every((k, i) => {
      const w = words[i]!;
      return ABBREVIATED_RE.test(w) ? k.length > w.length - 1 && k.startsWith(w.slice(0, -1)) : k === w;
    });
  const fields = new Set((LOOKUP_BY_LENGTH.get(words.length) ?? []).filter(([k]) => fits(k)).map(([, f]) => f));
  return fields.size === 1 ? [...fields][0]! : null;
}

/** a label word in Chinese, Japanese or Korean script beside its English one, a blank between ("學校 University") */
const CJK_BESIDE_RE = new RegExp(
  `^[${EAST_ASIAN_LETTERS}]+ ([a-z][a-z -]*)$|^([a-z][a-z -]*) [${EAST_ASIAN_LETTERS}]+$`,
  "u",
);

/**
 * A label in two languages ("Uzņēmums / Company", "Telefon / Phone"), as bilingual forms and
 * tables write them: the field its known halves name, when they name one.
 */
function bilingualLabel(norm: string): LabelField | null {
  const cjk = CJK_BESIDE_RE.exec(norm);
  if (cjk) return LOOKUP.get(cjk[1] ?? cjk[2]!) ?? null;
  const parts = norm.split(" / ");
  if (parts.length < 2 || parts.length > 3) return null;
  const fields = new Set(parts.map((p) => LOOKUP.get(p.trim())).filter((f): f is LabelField => !!f));
  return fields.size === 1 ? [...fields][0]! : null;
}

const PLACEHOLDER_RE =
  /^(?:[-–—?.]+$|(?:n\/?a|none|nil|null|tbd|tba|tbc|unknown|not known|not yet known|k\.\s?a\.?|unbekannt|noch offen|offen|noch nicht bekannt|nicht bekannt|folgt|wird nachgereicht|keine angabe)\b)/i;

export function isPlaceholder(value: string): boolean {
  return PLACEHOLDER_RE.test(value.trim()) || value.trim() === "";
}

// "Label: v", "Label<TAB>v", "key = v", "Firma – v" (a spaced dash), after an optional bullet
// (also the squares, diamonds and circles of Japanese and Korean forms: "■ 会社名：…", and the
// bullseye of Chinese ones: "◎ 聯絡人：…"),
// and a typed form's dot leaders ("Empresa ........ v", "Cargo … v", "Persona de contacto . v"):
// a run of dots or an ellipsis, or one dot between blanks, then a blank. A qualifier in brackets
// may hold commas ("Ansprechp. (Nachn., Vorn.): …").
// The blank run before a separator is bounded ({0,8}) and the separators do not start with
// blanks of their own: two adjacent unbounded blank runs made a long blank line quadratic.
// A label's letters may carry combining marks, as Thai writes its vowels and tones ("คู่แข่ง"), and
// an abbreviation's marks, as Hebrew writes "דוא״ל" (also with a plain double quote).
// Chinese and Japanese forms also number their items with an enumeration comma ("七、地區：…",
// "3、…") and dot them with a hyphenation point ("‧地區：…").
const INLINE_RE =
  /^[ \t]*(?:[-*•·>■□◆◇●○◎▪・‧]\s*|\(?\d{1,2}[.)]\s+|[一二三四五六七八九十\d]{1,3}、\s*)?([\p{L}][\p{L}\p{M}\p{N} /&.'’"״()_-]{0,45}?(?:\([^()\n]{1,30}\))?)[ \t]{0,8}(?::[ \t]*|\t+[ \t]*|=[ \t]*|(?<=[ \t])[–—-][ \t]+|\|[ \t]*|(?:[.…]{2,}|…|(?<=[ \t])\.):?[ \t]+)(.*)$/u;
const SPACED_RE = /^[ \t]*([\p{L}][\p{L}\p{N} /&.'_-]{0,45}?) {2,}(\S.*)$/u;

/** "*Company:* X" / "**Company**: X" (Gmail and markdown bold) -> "Company: X". */
function unemphasise(line: string): string {
  return line.replace(
    /^(\s*(?:[-*•·>]\s+)?)\*{1,2}([^*\n]{1,48}?)\*{1,2}(?=\s|:|$)\s*(:?)/u,
    (_m, pre: string, label: string, colon: string) => {
      const l = label.trim();
      return `${pre}${l}${l.endsWith(":") ? "" : colon} `;
    },
  );
}

// "【地域】関東": a Japanese or Chinese form writes its label in lenticular brackets, no colon after
// it; read as "地域: 関東" (the same length, so offsets into the line still hold)
const BRACKET_LABEL_RE = /^([ \t]*)【([^【】\n]{1,12})】(?=[^\s【])/u;
const bracketLabel = (line: string): string => line.replace(BRACKET_LABEL_RE, "$1$2: ");

/** All labelled values in order; the first occurrence of a field wins in `firstByField`. */
export function findLabelled(text: string): LabelledValue[] {
  const out: LabelledValue[] = [];
  const lines = text.split("\n");
  let offset = 0;
  const offsets = lines.map((l) => {
    const o = offset;
    offset += l.length + 1;
    return o;
  });
  for (let i = 0; i < lines.length; i++) {
    const line = unemphasise(bracketLabel(lines[i]!));
    const base = offsets[i]!;
    const m = INLINE_RE.exec(line) ?? SPACED_RE.exec(line);
    if (m) {
      const field = labelField(m[1]!);
      if (field && plausible(field, m[1]!, m[2]!)) {
        let raw = m[2]!.trim();
        const rawStart = raw;
        let index = base + line.indexOf(rawStart || m[1]!);
        // label alone on its line with ':' -> value on the next non-empty line
        if (!raw) {
          const j = nextNonEmpty(lines, i + 1);
          // "contact:" heading an indented block of "name: …" / "email: …" lines is no field itself
          if (j >= 0 && isLabelLine(lines[j]!) && indent(lines[j]!) > indent(lines[i]!)) continue;
          if (j >= 0 && j - i <= 2 && !isLabelLine(lines[j]!)) {
            raw = lines[j]!.trim();
            index = offsets[j]! + lines[j]!.indexOf(raw);
            i = j;
          }
        }
        // free-text fields run on over wrapped lines until a blank line or the next label
        if (field === "need" && raw) {
          while (i + 1 < lines.length && lines[i + 1]!.trim() !== "" && !isLabelLine(lines[i + 1]!))
            raw += ` ${lines[++i]!.trim()}`;
        }
        raw = cellValue(field, raw);
        out.push({ field, label: m[1]!.trim(), value: isPlaceholder(raw) ? null : cleanValue(raw), index });
        continue;
      }
    }
    // Outlook table as text: a known label alone on a line, its value on the next non-empty line
    const alone = labelField(line.trim());
    if (alone && line.trim().length <= 40) {
      const j = nextNonEmpty(lines, i + 1);
      if (j >= 0 && j - i <= 2 && !isLabelLine(lines[j]!) && plausible(alone, line.trim(), lines[j]!.trim())) {
        const raw = cellValue(alone, lines[j]!.trim());
        out.push({
          field: alone,
          label: line.trim(),
          value: isPlaceholder(raw) ? null : cleanValue(raw),
          index: offsets[j]! + lines[j]!.indexOf(raw),
        });
        i = j;
        continue;
      }
    }
    // "Verityhealth.io (website)"
    const paren = /^\s*([^\s.]+(?:\.[^\s.]+)+\/?)\s*\((website|web site|homepage|webseite|web|url|domain)\)\s*$/i.exec(
      line,
    ); // dot-separated segments: linear on "a.a.a…"
    if (paren)
      out.push({ field: "website", label: paren[2]!, value: paren[1]!, index: base + line.indexOf(paren[1]!) });
  }
  return out;
}

/**
 * A label matched only by its head word ("Forwarding Tom's email – keen to …") is a label only
 * when its value looks like that field's value; an exact label is trusted with any value.
 */
function plausible(field: LabelField, label: string, value: string): boolean {
  if (LOOKUP.has(normLabel(label)) || isPlaceholder(value)) return true;
  if (/['’]s\b/.test(label)) return false;
  switch (field) {
    case "email":
      return value.includes("@");
    case "website":
      return /[\p{L}\p{N}-]\.[\p{L}]{2,}/u.test(value);
    case "phone":
      return (value.match(/\d/g) ?? []).length >= 5;
    // "Estimated first-year value: CHF 31,000", never a table's heading row ("Field  Value" over "-----")
    case "value":
      return /\d/.test(value);
    default:
      return true;
  }
}

function indent(line: string): number {
  return /^[ \t]*/.exec(line)![0].replace(/\t/g, "    ").length;
}

function nextNonEmpty(lines: string[], from: number): number {
  for (let j = from; j < lines.length; j++) if (lines[j]!.trim() !== "") return j;
  return -1;
}

function isLabelLine(line: string): boolean {
  const t = line.trim();
  if (labelField(t)) return true;
  const m = INLINE_RE.exec(t);
  return !!m && !!labelField(m[1]!) && m[2]!.trim() !== "";
}

/** Table rows arrive as "value<TAB>comment": the comment cell is not part of the value,
 * except that a contact's row often carries the job title there. */
function cellValue(field: LabelField, raw: string): string {
  if (!raw.includes("\t")) return raw;
  const cells = raw
    .split(/\t+/)
    .map((c) => c.trim())
    .filter(Boolean);
  if (field === "contactName") return cells.slice(0, 2).join(" | ");
  return cells[0] ?? "";
}

function cleanValue(v: string): string {
  const t = v.replace(/\s+/g, " ").trim();
  // quotes around the whole value are decoration; a quoted word inside it is content
  const m = /^["'„“”](.*)["'“”]$/.exec(t);
  return (m && !/["'„“”]/.test(m[1]!) ? m[1]! : t).trim();
}

const BROAD_NEED = new Set(broadNeedLabels);
export function firstByField(values: LabelledValue[]): Map<LabelField, LabelledValue> {
  const out = new Map<LabelField, LabelledValue>();
  for (const v of values) {
    const prev = out.get(v.field);
    if (
      !prev ||
      (prev.value === null && v.value !== null && v.field !== "contactName" && v.field !== "email") ||
      (v.field === "need" &&
        v.value !== null &&
        BROAD_NEED.has(normLabel(prev.label)) &&
        !BROAD_NEED.has(normLabel(v.label)))
    )
      out.set(v.field, v);
  }
  // "Account (trading as): Acme Rentals" above "Legal entity: Acme Holdings Ltd": a registration
  // protects the entity, so the registered name stands for the company
  const legal = out.get("legalName");
  if (legal?.value) out.set("company", { ...legal, field: "company" });
  const name = nameOfParts(out.get("contactName"), out.get("givenName"), out.get("familyName"));
  if (name) out.set("contactName", name);
  return out;
}

const ONE_NAME_WORD_RE = /^\p{L}[\p{L}'’.-]*$/u;

/**
 * "First name: Ana" above "Last name: Ruiz", or "Name: Ana" beside "Surname: Ruiz": a form that
 * writes the contact's name in two fields names them by both; a name label with a full name wins.
 */
function nameOfParts(
  contact: LabelledValue | undefined,
  given: LabelledValue | undefined,
  family: LabelledValue | undefined,
): LabelledValue | null {
  if (!family?.value) return null;
  // a name label holding one word is the given name; one holding more is the whole name already
  const first = contact ? (contact.value && ONE_NAME_WORD_RE.test(contact.value) ? contact : null) : given;
  if (!first?.value || first.value === family.value) return null;
  if (contact && given?.value && given.value !== contact.value) return null;
  return {
    field: "contactName",
    label: `${first.label} / ${family.label}`,
    value: `${first.value} ${family.value}`,
    index: first.index,
  };
}
