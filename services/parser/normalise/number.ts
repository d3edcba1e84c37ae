// A number as partners write it, whatever their separators: shared by amounts in every script.

/**
 * "1.234" / "48,000" / "40'000" -> grouping; "1,5" / "18.5" -> decimal. A single separator
 * followed by exactly three digits is grouping (DE "48.000", EN "48,000"), unless a
 * multiplier follows ("1.250m" = 1.25 million; amounts of 1,250 million are not deals).
 */
export function parseNumber(raw: string, hasMultiplier = false): number | null {
  const s = raw.replace(/[\s'’\u00a0\u202f]/g, "");
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  let normal: string;
  if (dots && commas) {
    const decimal = s.lastIndexOf(".") > s.lastIndexOf(",") ? "." : ",";
    const group = decimal === "." ? "," : ".";
    normal = s.split(group).join("").replace(decimal, ".");
  } else if (dots + commas > 1) {
    normal = s.replace(/[.,]/g, "");
  } else if (dots + commas === 1) {
    const [, frac = ""] = s.split(/[.,]/);
    normal = frac.length === 3 && !hasMultiplier ? s.replace(/[.,]/, "") : s.replace(",", ".");
  } else {
    normal = s;
  }
  const n = Number(normal);
  return Number.isFinite(n) ? n : null;
}

// the Arabic-Indic (٠-٩) and the Persian (۰-۹) digits, and the Arabic thousands (٬) and decimal (٫) signs
const EASTERN_DIGIT_RE = /[\u0660-\u0669\u06f0-\u06f9\u066b\u066c]/g;
const EASTERN_DIGIT_HINT = /[\u0660-\u0669\u06f0-\u06f9]/;

/**
 * The text with Arabic-Indic and Persian digits written as ASCII digits and the Arabic thousands
 * and decimal signs as "," and "." ("٣٢٠٬٠٠٠" -> "320,000"), one character for one: every offset
 * in the result is the same offset in `text`.
 */
export function westernDigits(text: string): string {
  if (!EASTERN_DIGIT_HINT.test(text)) return text;
  return text.replace(EASTERN_DIGIT_RE, (c) => {
    const code = c.charCodeAt(0);
    if (code === 0x066c) return ",";
    if (code === 0x066b) return ".";
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}
