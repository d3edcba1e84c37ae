// East Asian amounts counted in myriads: Korean "1억 2천만 원" (120 million), "5천만원" (50
// million), Chinese "120萬" (1.2 million), Japanese "3億5千万円". Digits stand before each unit;
// a unit may follow another without one ("2천만" = 2,000 × 10,000).
import { parseNumber } from "./number.ts";
import { eachMatch } from "../text/regex.ts";

/** units inside a myriad (a thousand, a hundred) */
const SMALL: Readonly<Record<string, number>> = { 천: 1e3, 千: 1e3, 백: 100, 百: 100 };
/** the myriad and the hundred million, which close a group */
const LARGE: Readonly<Record<string, number>> = { 만: 1e4, 萬: 1e4, 万: 1e4, 억: 1e8, 億: 1e8, 亿: 1e8 };
const UNITS = "천千백百만萬万억億亿";

/** Text that may hold such an amount: skip the scan otherwise. */
export const MYRIAD_HINT = new RegExp(String.raw`\d\s?[${UNITS}]`, "u");

/** A run of number-and-unit pairs that starts with digits ("1억 2천만", "120萬"). */
export const MYRIAD_RUN_RE = new RegExp(
  String.raw`(?<![\p{N}.,])\d[\d.,]*\s?[${UNITS}](?:\s?(?:\d[\d.,]*\s?)?[${UNITS}]){0,5}`,
  "gu",
);
const PAIR_RE = new RegExp(String.raw`(\d[\d.,]*)?\s?([${UNITS}])`, "gu");

/** The value of a run from `MYRIAD_RUN_RE`, or null when it does not read as one number. */
export function myriadValue(run: string): number | null {
  let total = 0;
  let group = 0;
  let lastLarge = Infinity;
  for (const [, num, unit] of eachMatch(run, PAIR_RE)) {
    const n = num === undefined ? null : parseNumber(num);
    if (num !== undefined && n === null) return null;
    const small = SMALL[unit!];
    if (small) {
      group += (n ?? 1) * small;
      continue;
    }
    const large = LARGE[unit!]!;
    // the groups go from large to small ("1억 2천만"); "3만 2억" is no number
    if (large >= lastLarge) return null;
    lastLarge = large;
    group += n ?? 0;
    if (group === 0) return null;
    total += group * large;
    group = 0;
  }
  total += group;
  return total > 0 ? Math.round(total) : null;
}
