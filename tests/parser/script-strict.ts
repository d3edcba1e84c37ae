// The shared scorer folds every letter outside a–z away before it compares names, so any
// non-empty Arabic, Hebrew, Thai, Chinese, Japanese, Korean, Greek or Cyrillic name counts as
// right, whatever the parser read. This check compares those values as written: the same after
// Unicode compatibility folding, case folding and with spaces and punctuation dropped; a company,
// role or place may also hold the other value with at most a few letters more (a legal form such
// as 株式会社 or "บริษัท … จำกัด", which the shared scorer forgives in Latin names too), a person's
// name may not (a name cut short is the error to see). A measuring aid for `npm run eval:corpora`,
// not a gate.
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";

/** The name-like fields the shared scorer folds away (e-mails and domains are compared as written). */
export const STRICT_FIELDS = [
  "registration.company.name",
  "registration.contact.name",
  "registration.contact.role",
  "registration.geography",
  "partner.name",
  "partner.organization",
] as const;

/** At most this many letters may stand beside the shorter value inside the longer one. */
const MAX_EXTRA = 12;
const NON_LATIN_LETTER = /[^\P{L}\p{Script=Latin}]/u;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

const folded = (s: string) => s.normalize("NFKC").toLowerCase().replace(NOT_LETTER_OR_DIGIT, "");

/** Is a value written partly in a script the shared scorer cannot compare? */
export function outsideLatin(value: unknown): value is string {
  return typeof value === "string" && NON_LATIN_LETTER.test(value);
}

const PERSON_FIELDS: ReadonlySet<string> = new Set(["registration.contact.name", "partner.name"]);

/** The strict verdict on one labelled non-Latin value of `field` against what the parser read. */
export function sameStrictly(field: (typeof STRICT_FIELDS)[number], want: string, got: unknown): boolean {
  if (typeof got !== "string") return false;
  const w = folded(want);
  const g = folded(got);
  if (w === "" || g === "" || PERSON_FIELDS.has(field)) return w === g;
  const [shorter, longer] = w.length <= g.length ? [w, g] : [g, w];
  return longer.includes(shorter) && longer.length - shorter.length <= MAX_EXTRA;
}

const at = (obj: unknown, path: string): unknown =>
  path
    .split(".")
    .reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined), obj);

export interface StrictCount {
  /** labelled non-Latin values */
  all: number;
  /** read the same, strictly */
  right: number;
}

/**
 * Over a corpus folder and the output lines of a `dealreg parse` run (each with its `file`): the
 * labelled non-Latin values of STRICT_FIELDS in registrations, and how many the parser read.
 */
export function strictNonLatin(corpus: string, parsedLines: readonly string[]): StrictCount {
  const byFile = new Map<string, unknown>();
  for (const line of parsedLines) {
    if (!line.trim()) continue;
    const out = JSON.parse(line) as { file?: string };
    if (out.file) byFile.set(resolve(out.file), out);
  }
  const count: StrictCount = { all: 0, right: 0 };
  for (const name of readdirSync(corpus).filter((f) => f.endsWith(".expected.json"))) {
    const want = JSON.parse(readFileSync(join(corpus, name), "utf8")) as unknown;
    const got = byFile.get(resolve(corpus, name.replace(/\.expected\.json$/, ".eml")));
    for (const field of STRICT_FIELDS) {
      const w = at(want, field);
      if (!outsideLatin(w)) continue;
      const g = at(got, field);
      count.all++;
      if (sameStrictly(field, w, g)) count.right++;
    }
  }
  return count;
}
