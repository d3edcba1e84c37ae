// The date an out-of-office answer says the person is back (or away until), as YYYY-MM-DD.
// Pure. A date without a year is the next such date on or after the answer's own date.
import { MONTHS, RETURN_LEADS } from "./date-phrases.ts";

const MONTH_BY_NAME = new Map(MONTHS.flatMap((m) => m.names.map((n) => [n, m.month] as const)));
const MONTH_NAMES = [...MONTH_BY_NAME.keys()].sort((a, b) => b.length - a.length).join("|");
const WEEKDAY = String.raw`(?:[a-zäéû]{2,12},?\s+)?`;

/** The shapes a stated date takes; each returns [day, month, year | null]. */
const DATE_SHAPES: { re: RegExp; read(m: RegExpExecArray): [number, number, number | null] | null }[] = [
  // 2026-12-14
  { re: /^(\d{4})-(\d{2})-(\d{2})\b/, read: (m) => [Number(m[3]), Number(m[2]), Number(m[1])] },
  // 18.12.2026, 18.12.26, 18.12.
  { re: /^(\d{1,2})\.\s?(\d{1,2})\.(\d{2,4})?/, read: (m) => [Number(m[1]), Number(m[2]), m[3] ? year(m[3]) : null] },
  // 21/12/2026 or 09/18/2014: day first unless that cannot be
  {
    re: /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?\b/,
    read: (m) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      const y = m[3] ? year(m[3]) : null;
      return b > 12 ? [b, a, y] : [a, b, y];
    },
  },
  // 14 December 2026, 4 janvier 2027, 10 de diciembre de 2026, 7. Januar
  {
    re: new RegExp(
      String.raw`^${WEEKDAY}(\d{1,2})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?(${MONTH_NAMES})\.?(?:,?\s+(?:de\s+)?(\d{4}))?\b`,
      "i",
    ),
    read: (m) => [Number(m[1]), MONTH_BY_NAME.get(m[2]!.toLowerCase())!, m[3] ? Number(m[3]) : null],
  },
  // December 14th, 2026 / Monday, December 14th
  {
    re: new RegExp(String.raw`^${WEEKDAY}(${MONTH_NAMES})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?`, "i"),
    read: (m) => [Number(m[2]), MONTH_BY_NAME.get(m[1]!.toLowerCase())!, m[3] ? Number(m[3]) : null],
  },
];

function year(s: string): number {
  const n = Number(s);
  return n < 100 ? 2000 + n : n;
}

/** Reads one date at the start of `s`, or null. */
export function readDateAt(s: string, sentAt: Date | null): string | null {
  for (const shape of DATE_SHAPES) {
    const m = shape.re.exec(s);
    const parts = m && shape.read(m);
    if (!parts) continue;
    const [day, month, y] = parts;
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    return isoDate(day, month, y ?? inferYear(day, month, sentAt));
  }
  return null;
}

function inferYear(day: number, month: number, sentAt: Date | null): number {
  const ref = sentAt ?? new Date();
  const y = ref.getUTCFullYear();
  return Date.UTC(y, month - 1, day) >= Date.UTC(y, ref.getUTCMonth(), ref.getUTCDate()) ? y : y + 1;
}

function isoDate(day: number, month: number, y: number): string | null {
  const d = new Date(Date.UTC(y, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null; // 31 February
  return d.toISOString().slice(0, 10);
}

/**
 * The first date that follows a return lead ("back on", "until", "bis", "jusqu'au", …) within
 * a few words, in the first 1,500 characters of the answer (past that it is quoted mail).
 */
export function readReturnDate(text: string, sentAt: Date | null): string | null {
  const head = text.slice(0, 1500);
  let best: { at: number; date: string } | null = null;
  for (const lead of RETURN_LEADS) {
    const re = new RegExp(lead.pattern.source, "gi");
    for (let m = re.exec(head); m; m = re.exec(head)) {
      const after = head
        .slice(m.index + m[0].length, m.index + m[0].length + 60)
        .replace(/^[\s,:]*(?:the\s+|den\s+|le\s+|el\s+|am\s+|on\s+)?/i, "");
      const date = readDateAt(after, sentAt);
      if (date && (!best || m.index < best.at)) best = { at: m.index, date };
      if (date) break;
    }
  }
  return best?.date ?? null;
}
