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
