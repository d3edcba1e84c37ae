// Money amounts as partners write them ("€48k", "1,2 Mio. €", "CHF 40'000", "ca. 25 TEUR"), to
// whole units plus an ISO 4217 code. Only amounts with a currency next to them are found in prose:
// a bare number is too often a headcount, a date or a phone number.
import { CUES } from "../lang/cues.ts";
import {
  CAPITAL_CODES,
  CURRENCY_AFTER,
  CURRENCY_BEFORE,
  DOLLAR_COUNTRIES,
  DOLLAR_MARKS,
  RUN_ON_WORDS,
  SCALE_AFTER,
  SCALE_FOR_CURRENCY,
  SHARED_AFTER,
} from "../lang/currencies.ts";
import { EAST_ASIAN_LETTERS, allMatches, eachMatch } from "../text/regex.ts";
import { MYRIAD_HINT, MYRIAD_RUN_RE, myriadValue } from "./myriad.ts";
import { parseNumber, westernDigits } from "./number.ts";

export interface MoneyMatch {
  amount: number;
  currency: string;
  /** offset of `raw` in the input */
  index: number;
  /** the matched text, e.g. "ca. 60.000 EUR" minus the "ca. " */
  raw: string;
  /** the upper bound of a range ("40–50k", "entre R$ 80 mil e R$ 100 mil"); `amount` is the lower */
  high?: number;
}

export interface MoneyOptions {
  /**
   * the currency of the country the mail's domains point to (`localCurrency`): it tells which
   * currency an ambiguous name means ("kr", "kroner", "pesos") and reads "6.5 lakhs" as money
   * (as rupees of India when no country is known)
   */
  local?: string;
}

export interface MoneyInProse extends MoneyMatch {
  /** ~60 characters either side of `raw`, for the caller to judge what the number is */
  context: string;
}

const whole = (src: string) => new RegExp(String.raw`^(?:${src})$`, "iu");
const sources = (table: ReadonlyArray<readonly [string, ...unknown[]]>) => table.map(([src]) => src).join("|");

/** Currency written before the number. Longest first: "AU$" before "A$" before "$". */
const PREFIX: ReadonlyArray<[RegExp, string]> = [
  ...CURRENCY_BEFORE.map(([src, iso]): [RegExp, string] => [whole(src), iso]),
  [/^(?:AU\$|A\$|AUD)$/i, "AUD"],
  [/^(?:CA\$|C\$|CAD)$/i, "CAD"],
  [/^(?:NZ\$|NZD)$/i, "NZD"],
  [/^(?:NT\$|TWD)$/i, "TWD"],
  [/^(?:US\$|USD|\$)$/i, "USD"],
  [/^(?:HK\$|HKD)$/i, "HKD"],
  [/^(?:S\$|SGD)$/i, "SGD"],
  [/^(?:€|EUR)$/i, "EUR"],
  [/^(?:£|GBP)$/i, "GBP"],
  [/^(?:CHF|SFr\.?|Fr\.)$/i, "CHF"],
  [/^(?:R\$|BRL)$/i, "BRL"],
  [/^(?:¥|JP¥)$/i, "JPY"],
  [/^(?:₹|Rs\.?)$/i, "INR"],
  [/^(?:₺)$/i, "TRY"],
  // "R1.8m", "R 850 000", "R 350k": the rand sign before a number that can only be money (never
  // "R 2", which is a release or a road)
  [/^R$/i, "ZAR"],
  // the Malaysian ringgit: "RM 60k", "RM85,000"
  [/^RM$/, "MYR"],
  [/^₪$/, "ILS"],
  // the Kenyan shilling ("KSh 900,000"), the naira, the won, the hryvnia
  [/^KShs?\.?$/i, "KES"],
  [/^₦$/, "NGN"],
  [/^₩$/, "KRW"],
  [/^₴$/, "UAH"],
  // the Philippine peso; "PHP" only before an amount that can only be money (PREFIX_SRC)
  [/^(?:₱|PHP)$/i, "PHP"],
  // the naira written "N" ("N7,250,000", "N30 million"): read only where the mail's country is
  // Nigeria or a code after it says so (`currencyOf`, `codeAfter`)
  [/^N$/, "NGN"],
];
// "PHP 2.4M", "PHP 600k", "PHP 1,850,000" (never "PHP 8", a programming language's version)
const PHP_BEFORE = String.raw`PHP(?=\s?(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?\s?(?:k|m|mn|million)(?![\p{L}\p{N}])))`;
// "kr 450 000,-", "kr. 45.000": the krona sign before the number
const KRONA_BEFORE = String.raw`kr\.?(?=\s?\d)`;
// "N7,250,000", "N30 million", "N1.2m": the naira's letter against an amount that can only be
// money (never "N1", a road, or "N95", a mask)
const NAIRA_BEFORE = String.raw`N(?=\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:\.\d+)?\s?(?:k|m|mn|bn|million|billion)(?![\p{L}\p{N}]))`;
const PREFIX_SRC = String.raw`${sources(CURRENCY_BEFORE)}|AU\$|A\$|CA\$|C\$|NZ\$|NT\$|US\$|HK\$|S\$|R\$|\$|€|£|SFr\.?|Fr\.|JP¥|¥|₹|Rs\.?|₺|R(?=\d|\s\d{1,3}[\u00a0\u202f ]\d{3}(?!\d)|\s\d+(?:[.,]\d+)?\s?(?:k|m|mn|bn|million|billion)(?![\p{L}\p{N}]))|RM|₪|₱|KShs?\.?|₦|₩|₴|${PHP_BEFORE}|${KRONA_BEFORE}|${NAIRA_BEFORE}|${"ISO"}`;

/** "28 000 $ CA", "12 000 $CAN", "9 000 $ US": the dollar's country right after its sign */
const DOLLAR_AFTER = Object.entries(DOLLAR_MARKS).map(([mark, iso]) => [String.raw`\$\s?${mark}`, iso] as const);

/** Currency written after the number; `k` marks units that already mean thousands ("TEUR"). */
const SUFFIX: ReadonlyArray<[RegExp, string, number]> = [
  ...[...DOLLAR_AFTER, ...CURRENCY_AFTER].map(([src, iso]): [RegExp, string, number] => [whole(src), iso, 1]),
  [/^(?:TEUR|KEUR|T€|k€|Tsd\.?\s?(?:€|EUR|Euro))$/i, "EUR", 1000],
  [/^(?:€|EUR|Euros?)$/i, "EUR", 1],
  [/^(?:USD|US-?Dollars?|dollars?|\$)$/i, "USD", 1],
  [/^(?:£|GBP|pounds?(?: sterling)?|Pfund|quid)$/i, "GBP", 1],
  [/^(?:CHF|Franken|Swiss francs?|Fr\.)$/i, "CHF", 1],
  [/^(?:AUD|AU\$|A\$)$/i, "AUD", 1],
  [/^(?:CAD|CA\$|C\$)$/i, "CAD", 1],
  [/^(?:NZD|NZ\$)$/i, "NZD", 1],
  [/^(?:zł|zl|złotych|złote|z[łl]oty)$/i, "PLN", 1],
  [/^(?:TL|₺|lira)$/i, "TRY", 1],
  [/^(?:yen|円)$/i, "JPY", 1],
  // the forint written "Ft" (capital: "500 ft" is a length), the hryvnia, the dong, the leu, the won, the naira
  [/^(?:Ft|forint(?:s|ot)?)$/, "HUF", 1],
  [/^(?:forint(?:s|ot)?)$/i, "HUF", 1],
  [/^(?:грн\.?|гривень|гривні|гривня|₴)$/i, "UAH", 1],
  [/^(?:đồng|₫|VNĐ|đ)$/i, "VND", 1],
  [/^(?:lei)$/i, "RON", 1],
  [/^(?:원)$/, "KRW", 1],
  [/^(?:naira|₦)$/i, "NGN", 1],
  [/^(?:Kč)$/i, "CZK", 1],
  [/^(?:rand)$/i, "ZAR", 1],
  // "kronor" is only Swedish; "kr"/"kroner" are resolved by `AMBIGUOUS`
  [/^(?:kronor)$/i, "SEK", 1],
  // "1,5 MSEK", "800 TNOK": the letter before the code is the multiplier
  [/^M(?:SEK|NOK|DKK)$/i, "", 1e6],
  [/^[KT](?:SEK|NOK|DKK)$/i, "", 1e3],
  [/^(?:reais|real)$/i, "BRL", 1],
  [/^₪$/, "ILS", 1],
];
// "kr" alone is Swedish, Norwegian, Danish or Icelandic: the code after it ("900 000 kr (SEK)") or
// the mail's country (`MoneyOptions.local`) says which; "t.kr."/"tkr" are thousands of them
const KRONA = String.raw`kr\.?\s?\(\s?(?:SEK|NOK|DKK|ISK)\s?\)|kr\.?\s(?:SEK|NOK|DKK|ISK)|[MKT](?:SEK|NOK|DKK)|kroner|kronor|kronur|t\.?\s?kr\.?|tkr\.?|kr\.?|pesos?`;

/** Currency names several countries use: the mail's country picks one of `allowed`, else none. */
const AMBIGUOUS: ReadonlyArray<[RegExp, ReadonlyArray<string>, number]> = [
  [/^kr\.?$/i, ["SEK", "NOK", "DKK", "ISK"], 1],
  [/^kroner$/i, ["NOK", "DKK"], 1],
  [/^kronur$/i, ["ISK"], 1],
  [/^(?:t\.?\s?kr\.?|tkr\.?)$/i, ["SEK", "NOK", "DKK"], 1e3],
  [/^pesos?$/i, ["MXN", "COP", "ARS", "CLP", "UYU"], 1],
  // the yuan sign: China's or Taiwan's dollar ("150萬元")
  [/^元$/u, ["CNY", "TWD"], 1],
  ...SHARED_AFTER.map(([src, allowed]): [RegExp, ReadonlyArray<string>, number] => [whole(src), allowed, 1]),
];
const SUFFIX_SRC = String.raw`${sources(DOLLAR_AFTER)}|${sources(CURRENCY_AFTER)}|${sources(SHARED_AFTER)}|TEUR|KEUR|T€|k€|Tsd\.?\s?(?:€|EUR|Euro)|€|Euros?|US-?Dollars?|dollars?|\$|£|pounds(?: sterling)?|pound|Pfund|quid|Franken|Swiss francs?|AU\$|A\$|CA\$|C\$|NZ\$|${KRONA}|zł|zl|złotych|złote|z[łl]oty|TL|₺|lira|yen|円|Kč|rand|reais|₪|Ft|forint(?:s|ot)?|грн\.?|гривень|гривні|гривня|₴|đồng(?!\s+hồ)|₫|VNĐ|đ|lei|원|naira|₦|元|${"ISO"}`;

/** ISO codes accepted on either side of the number. */
export const ISO_CODES = [
  "EUR",
  "USD",
  "GBP",
  "CHF",
  "AUD",
  "CAD",
  "NZD",
  "SEK",
  "NOK",
  "DKK",
  "PLN",
  "CZK",
  "HUF",
  "JPY",
  "INR",
  "SGD",
  "HKD",
  "ZAR",
  "AED",
  "BRL",
  "MXN",
  // more currencies partners quote; not PHP or TRY, which read as words ("PHP 8", "try 50 seats")
  "KES",
  "NGN",
  "EGP",
  "SAR",
  "QAR",
  "ILS",
  "CNY",
  "KRW",
  "TWD",
  "THB",
  "MYR",
  "IDR",
  "ARS",
  "CLP",
  "COP",
  "RON",
  "BGN",
  "ISK",
  "UAH",
  "VND",
  "IDR",
  "PKR",
  "UYU",
  "LKR",
  "BDT",
  "NPR",
  "XOF",
  "XAF",
  // the tenge, the Serbian dinar, the Omani rial, the Kuwaiti and Jordanian dinars (not the
  // Bahraini dinar: "Bhd" is a Malaysian firm's "Berhad")
  "KZT",
  "RSD",
  "OMR",
  "KWD",
  "JOD",
  ...CAPITAL_CODES,
];
const ISO_SRC = ISO_CODES.join("|");

const MULTIPLIERS: ReadonlyArray<[RegExp, number]> = [
  ...[...SCALE_AFTER, ...SCALE_FOR_CURRENCY].map(([src, factor]): [RegExp, number] => [whole(src), factor]),
  [/^(?:k|Tsd\.?|Tausend|thousand)$/i, 1e3],
  // Indian numbering: 1 lakh = 100,000; 1 crore = 10,000,000
  [/^(?:lakhs?|lacs?)$/i, 1e5],
  [/^(?:crores?|cr\.?)$/i, 1e7],
  [/^(?:m|mn|mm|Mio\.?|Mill\.?|Millionen|Million|millions?)$/i, 1e6],
  [/^(?:bn|Mrd\.?|Milliarden?|billions?)$/i, 1e9],
  // thousands and millions in the other languages of the cue tables
  [/^(?:mil\.?|mila|tys\.?|tysięcy|tusen|tusind|mille|duizend|tis\.?)$/i, 1e3],
  [/^(?:milhão|milhões|millón|millones|milione|milioni|miljoen|miljon(?:er)?|millioner?|mln\.?)$/i, 1e6],
  // Turkish, Hungarian, Romanian, Ukrainian/Russian, Greek, Vietnamese, Indonesian thousands and millions
  [/^(?:bin|ezer|mii|тис\.?|тыс\.?|тисяч\p{L}*|тысяч\p{L}*|χιλ\.?|χιλιάδες|nghìn|ngàn|ribu)$/iu, 1e3],
  [/^(?:milyon|millió|milliót|milioane|млн\.?|εκατ\.?|εκατομμύρια|triệu|juta)$/iu, 1e6],
  [/^(?:milyar|milliárd|млрд\.?|tỷ|miliar)$/iu, 1e9],
  // the East Asian myriad: "1,200万円", "1,800만원" (ten thousand), "3億" (a hundred million)
  [/^(?:万|萬|만)$/u, 1e4],
  [/^(?:億|亿|억)$/u, 1e8],
  [/^(?:千|천)$/u, 1e3],
];
const MULT_SRC = String.raw`${sources(SCALE_AFTER)}|${sources(SCALE_FOR_CURRENCY)}|lakhs?|lacs?|crores?|k|Tsd\.?|Tausend|thousand|mn|mm|milhão|milhões|millón|millones|milione|milioni|miljoen|miljon(?:er)?|millioner?|mln\.?|mila|mil\.?|tys\.?|tysięcy|tusen|tusind|mille|duizend|tis\.?|bin|ezer|mii|тис\.?|тыс\.?|тисяч\p{L}*|тысяч\p{L}*|χιλ\.?|χιλιάδες|nghìn|ngàn|ribu|milyon|millió|milliót|milioane|млн\.?|εκατ\.?|εκατομμύρια|triệu|juta|milyar|milliárd|млрд\.?|tỷ|miliar|万|萬|만|億|亿|억|千|천|m|Mio\.?|Mill\.?|Millionen|Million|millions?|bn|Mrd\.?|Milliarden?|billions?`;
/** "mil" is a thousand in Spanish and Portuguese, a million in English slang: not read with an English-speaking currency */
const MIL_AMBIGUOUS = new Set(["USD", "GBP", "CAD", "AUD", "NZD"]);
/** ... unless the mail comes from where "mil" is a thousand: "USD 40 mil anuales" from Argentina */
const MIL_THOUSAND_LOCAL = new Set(["ARS", "MXN", "CLP", "COP", "BRL", "UYU", "PEN"]);
/** ... and "mil." is a million in Czech ("1,2 mil. Kč") */
const MIL_MILLION = new Set(["CZK"]);

// 48.000 | 48,000 | 40'000 | 60’000 | 48 000 | 1.234,56 | 1.2 | 1,5 | 48000 (then "40.000,-" dash);
// Indian grouping first ("12,50,000" = 1.25 million), else "12,50" would read as a decimal
const NUM_SRC = String.raw`\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])|\d{1,3}(?:[.,'’\u00a0\u202f ]\d{3})+(?:[.,]\d{1,2})?(?!\d)|\d+(?:[.,]\d+)?`;
// Node 20 has no duplicate group names across alternatives: the suffixed form uses a "b" suffix.
// "zwischen 20 und 25 TEUR" / "tra 60 e 80 mila euro": "and" joins a range only after "between" (`cues.money.between`)
const BETWEEN = CUES.money.between.join("|");
const range = (g: string) =>
  String.raw`(?<n${g}>${NUM_SRC})(?:(?:\s?(?:-|–|to|bis)\s?|(?<=(?:${BETWEEN})\s\S{1,20})\s(?:und|and|e|y|et|en|och|og|i|a)\s)(?<hi${g}>${NUM_SRC}))?(?:,[-–])?`;
// (a CJK multiplier is written against its currency: "1,200万円")
// (Thai runs the next word on: "3.7 ล้านบาท", `RUN_ON_WORDS`)
const RUN_ON = RUN_ON_WORDS.join("|");
const mult = (g: string) =>
  String.raw`(?:\s?(?<mult${g}>${MULT_SRC})(?:(?![\p{L}\p{N}])|(?<=[万萬億亿만억千천]|${RUN_ON})))?`;

const SRC_PREFIXED = String.raw`(?<cp>${PREFIX_SRC.replace("ISO", ISO_SRC)})\s?${range("a")}${mult("a")}`;
// "1,2 milioni di euro", "180 millones de pesos", "1,5 milhões de euros": a multiplier may take "de"/"di"
const SRC_SUFFIXED = String.raw`${range("b")}${mult("b")}(?:(?<=[\p{L}.])\s(?:de|di)(?=\s)|(?<=[\p{L}.])\sd['’](?=\p{L}))?\s?(?<cs>${SUFFIX_SRC.replace("ISO", ISO_SRC)})(?:(?![\p{L}\p{N}])|(?<=[円元원]|${RUN_ON}))`;
// (Chinese, Japanese and Korean write the number against the word before it: "約3,500万円")
const MONEY_RE = new RegExp(
  String.raw`(?<!(?![${EAST_ASIAN_LETTERS}])[\p{L}\p{N}.,])(?:${SRC_PREFIXED}|${SRC_SUFFIXED})`,
  "giu",
);
const BARE_RE = new RegExp(String.raw`(?<![\p{L}\p{N}.,])${range("a")}${mult("a")}(?![\p{L}\p{N}])`, "giu");

function lookup<T extends unknown[]>(table: ReadonlyArray<[RegExp, ...T]>, token: string): T | null {
  const t = token.replace(/\s+/g, " ");
  for (const [re, ...rest] of table) if (re.test(t)) return rest;
  return null;
}

/** A currency's name or sign written alone ("Kč", "zł", "€", "kronor"): a word of money, no place or name. */
export function isCurrencyWord(word: string): boolean {
  const t = word.trim();
  if (!t || /\d/.test(t)) return false;
  if (ISO_CODES.includes(t.toUpperCase()) || /^(?:\$|dollars?)$/i.test(t)) return true;
  return !!(lookup(SUFFIX, t) ?? lookup(PREFIX, t) ?? lookup(AMBIGUOUS, t));
}

function currencyOf(groups: Record<string, string | undefined>, local: string | undefined): [string, number] | null {
  const token = groups.cp ?? groups.cs;
  if (!token) return null;
  const iso = token.toUpperCase();
  if (CAPITAL_CODES.includes(iso) && token !== iso) return null;
  if (ISO_CODES.includes(iso)) return [iso, 1];
  // a bare "$" is the dollar (or peso) of the mail's country where that writes "$", else the US dollar
  if (token === "$" || /^dollars?$/i.test(token)) return [local && DOLLAR_COUNTRIES.includes(local) ? local : "USD", 1];
  const ambiguous = lookup(AMBIGUOUS, token);
  if (ambiguous) return local && ambiguous[0].includes(local) ? [local, ambiguous[1]] : null;
  // the naira's "N" only in a Nigerian mail (else `codeAfter` needs "(NGN)" after it)
  if (groups.cp === "N") return local === "NGN" ? ["NGN", 1] : null;
  if (groups.cp) {
    const hit = lookup(PREFIX, groups.cp);
    return hit ? [hit[0], 1] : null;
  }
  const krona = /SEK|NOK|DKK|ISK/i.exec(token);
  const hit = lookup(SUFFIX, token);
  if (hit && krona && hit[0] === "") return [krona[0].toUpperCase(), hit[1]];
  if (krona) return [krona[0].toUpperCase(), 1];
  return hit;
}

const MYRIAD_RE = /^(?:万|萬|만|億|亿|억|千|천)$/u;

/** The amount and, for a range, its upper bound, before the currency's own factor ("MSEK"). */
function amountOf(groups: Record<string, string | undefined>): [number, number | undefined] | null {
  const multToken = groups.multa ?? groups.multb;
  const mult = multToken ? (lookup(MULTIPLIERS, multToken)?.[0] ?? 1) : 1;
  // "1.250m" is 1.25 million, but "1,200万" is twelve hundred myriads: East Asian amounts group
  // their digits before the myriad as any other number
  const decimalBefore = Boolean(multToken) && !MYRIAD_RE.test(multToken!);
  const lowRaw = groups.na ?? groups.nb;
  const low = lowRaw ? parseNumber(lowRaw, decimalBefore) : null;
  if (low === null) return null;
  const highRaw = groups.hia ?? groups.hib;
  const high = highRaw ? parseNumber(highRaw, decimalBefore) : null;
  // A range ("40–50k") is reported by its lower bound: the figure the partner commits to, and
  // the number as first written (the upper bound only carries the multiplier: "40–50k").
  return [low * mult, high === null ? undefined : high * mult];
}

const SCALE_ONLY_FOR = SCALE_FOR_CURRENCY.map(([src, , iso]): [RegExp, string] => [whole(src), iso]);

function toMatch(
  m: RegExpExecArray | RegExpMatchArray,
  currency: string,
  factor: number,
  local?: string,
): MoneyMatch | null {
  const groups = m.groups ?? {};
  const found = amountOf(groups);
  if (found === null || found[0] <= 0) return null;
  const multToken = groups.multa ?? groups.multb ?? "";
  if (/^mil$/i.test(multToken) && MIL_AMBIGUOUS.has(currency) && !(local && MIL_THOUSAND_LOCAL.has(local))) return null;
  // "R$ 1,5 mi" is a million reais; "mi" with another currency is no known scale
  const onlyFor = SCALE_ONLY_FOR.find(([re]) => re.test(multToken));
  if (onlyFor && onlyFor[1] !== currency) return null;
  const scale = /^mil\.?$/i.test(multToken) && MIL_MILLION.has(currency) ? 1000 : 1;
  // the bare rand sign on a small number is more likely a name ("R2", "R5 road") than money
  const [amount, high] = found.map((n) => (n === undefined ? n : Math.round(n * factor * scale)));
  if (amount === undefined || amount <= 0) return null;
  if (groups.cp && /^(?:R|RM|kr\.?)$/i.test(groups.cp) && amount < 1000) return null;
  const hit: MoneyMatch = { amount, currency, index: m.index ?? 0, raw: m[0] };
  if (high !== undefined) hit.high = high;
  return hit;
}

/** "$1,250,000 MXN", "$90k CAD", "180 millones de pesos (COP)": many countries write "$" or
 * "pesos"; a code after the amount names which. */
// ("$1,2 millones de pesos (MXN)": the currency's name may stand between the amount and the code)
const CODE_AFTER = new RegExp(String.raw`^(?:\s(?:de\s)?pesos?)?\s?\(?(${ISO_SRC})(?![\p{L}])`, "u");
/** "MXN $1,250,000": the code right before the sign */
const CODE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(${ISO_SRC})\s?$`, "u");
function codeAfter(text: string, m: RegExpMatchArray): [string, number] | null {
  const sign = m.groups?.cp ?? m.groups?.cs ?? "";
  const end = (m.index ?? 0) + m[0].length;
  if (sign === "N") return CODE_AFTER.exec(text.slice(end, end + 20))?.[1] === "NGN" ? ["NGN", 1] : null;
  const dollar = sign === "$";
  if (!dollar && !/^pesos?$/i.test(sign)) return null;
  const code = CODE_AFTER.exec(text.slice(end, end + 20));
  if (code?.[1]) return [code[1], 1];
  if (!dollar) return null;
  const before = m.groups?.cp ? CODE_BEFORE.exec(text.slice(Math.max(0, (m.index ?? 0) - 6), m.index ?? 0)) : null;
  return before?.[1] ? [before[1], 1] : null;
}

// "6.5 lakhs per annum" with no currency written: money where lakhs are (`MoneyOptions.local`);
// when the mail's domains name no country (free mail, a .com), the rupee of India, where most
// who count in lakhs write from
const LAKH_CURRENCIES = new Set(["INR", "PKR", "NPR", "LKR", "BDT"]);
const LAKH_DEFAULT = "INR";
const LAKH_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])(?<na>\d+(?:[.,]\d+)?)\s?(?<multa>lakhs?|lacs?|crores?)(?![\p{L}\p{N}])`,
  "giu",
);

// "8.000 € bis 12.000 €", "entre R$ 80 mil e R$ 100 mil": two amounts joined as a range
const RANGE_JOIN = /^\s?(?:-|–|—|to|bis|till?|à|a|e|y|et|en|och|og|and|und|i|do)\s?$/iu;
const RANGE_DASH = /^\s?(?:-|–|—|to|bis)\s?$/iu;
const BETWEEN_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${BETWEEN})\s+$`, "iu");

function joinRanges(text: string, hits: MoneyMatch[]): MoneyMatch[] {
  const out: MoneyMatch[] = [];
  for (let i = 0; i < hits.length; i++) {
    const [lo, hi] = [hits[i]!, hits[i + 1]];
    const gap = hi ? text.slice(lo.index + lo.raw.length, hi.index) : "";
    const before = text.slice(Math.max(0, lo.index - 12), lo.index);
    if (
      hi &&
      hi.currency === lo.currency &&
      RANGE_JOIN.test(gap) &&
      (RANGE_DASH.test(gap) || BETWEEN_BEFORE.test(before))
    ) {
      out.push({ ...lo, high: hi.amount, raw: text.slice(lo.index, hi.index + hi.raw.length) });
      i++;
    } else out.push(lo);
  }
  return out;
}

// the currency of a myriad amount ("1억 2천만 원", "新台幣 120萬", "₩ 3천만"), against it or a space away
const MYRIAD_AFTER = new RegExp(String.raw`^\s?(원|円|元|圓|KRW|TWD|CNY|JPY)(?![\p{Lu}\p{Ll}])`, "u");
const MYRIAD_BEFORE = new RegExp(String.raw`(₩|${sources(CURRENCY_BEFORE)}|NT\$|KRW|TWD|CNY|JPY)\s?$`, "u");

/** Amounts counted in myriads with their currency; they replace any shorter reading of the same text. */
function myriadMoney(text: string, hits: MoneyMatch[], local: string | undefined): MoneyMatch[] {
  if (!MYRIAD_HINT.test(text)) return hits;
  let out = hits;
  for (const m of allMatches(text, MYRIAD_RUN_RE)) {
    const value = myriadValue(m[0]);
    if (value === null) continue;
    const end = m.index + m[0].length;
    const after = MYRIAD_AFTER.exec(text.slice(end, end + 6));
    const before = after ? null : MYRIAD_BEFORE.exec(text.slice(Math.max(0, m.index - 8), m.index));
    const cur = after ? currencyOf({ cs: after[1] }, local) : before ? currencyOf({ cp: before[1] }, local) : null;
    if (!cur) continue;
    const index = before ? m.index - before[0].length : m.index;
    const raw = text.slice(index, after ? end + after[0].length : end);
    out = out.filter((h) => h.index + h.raw.length <= index || h.index >= index + raw.length);
    out.push({ amount: value * cur[1], currency: cur[0], index, raw });
  }
  return out;
}

/** Every amount with a currency, in order, with its surrounding text. */
export function findMoney(written: string, opts: MoneyOptions = {}): MoneyInProse[] {
  // Arabic-Indic and Persian digits read as any other ("٤٥٬٥٠٠ ريال"); offsets stay those of `written`
  const text = westernDigits(written);
  let hits: MoneyMatch[] = [];
  for (const m of allMatches(text, MONEY_RE)) {
    const cur = codeAfter(text, m) ?? currencyOf(m.groups ?? {}, opts.local);
    if (!cur) continue;
    const hit = toMatch(m, cur[0], cur[1], opts.local);
    if (hit) hits.push(hit);
  }
  const lakhCurrency = opts.local ? (LAKH_CURRENCIES.has(opts.local) ? opts.local : null) : LAKH_DEFAULT;
  if (lakhCurrency) {
    for (const m of allMatches(text, LAKH_RE)) {
      const taken = hits.some((h) => m.index >= h.index && m.index < h.index + h.raw.length);
      const hit = taken ? null : toMatch(m, lakhCurrency, 1);
      if (hit) hits.push(hit);
    }
  }
  hits = myriadMoney(text, hits, opts.local);
  hits.push(...findWordMoney(text));
  hits.sort((a, b) => a.index - b.index);
  hits = joinRanges(text, hits);
  return hits.map((hit) => {
    const from = Math.max(0, hit.index - 60);
    const to = Math.min(text.length, hit.index + hit.raw.length + 60);
    const raw = written.slice(hit.index, hit.index + hit.raw.length);
    return { ...hit, raw, context: written.slice(from, to).replace(/\s+/g, " ").trim() };
  });
}

// Amounts spelled out: "twenty-five thousand euros", "zwanzigtausend Euro", "hundertfünfzigtausend Franken".
const EN_UNITS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const DE_UNITS = [
  "null",
  "ein",
  "zwei",
  "drei",
  "vier",
  "fünf",
  "sechs",
  "sieben",
  "acht",
  "neun",
  "zehn",
  "elf",
  "zwölf",
  "dreizehn",
  "vierzehn",
  "fünfzehn",
  "sechzehn",
  "siebzehn",
  "achtzehn",
  "neunzehn",
];
const DE_TENS = ["", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"];
const WORD_CURRENCY: ReadonlyArray<[RegExp, string]> = [
  [/^(?:euros?|eur)$/i, "EUR"],
  [/^(?:(?:us )?dollars?|usd)$/i, "USD"],
  [/^(?:pounds?(?: sterling)?|pfund|gbp)$/i, "GBP"],
  [/^(?:(?:swiss )?francs?|franken|chf)$/i, "CHF"],
];
const WORD_CUR_SRC = String.raw`euros?|eur|(?:us )?dollars?|usd|pounds?(?: sterling)?|pfund|gbp|(?:swiss )?francs?|franken|chf`;
// bounded repetitions on word-plus-separator: linear on long words
const EN_WORD_MONEY_RE = new RegExp(
  String.raw`(?<![\p{L}])((?:[a-z]+(?:\s+and\s+|[\s-]+)){1,6})thousand\s+(${WORD_CUR_SRC})(?![\p{L}])`,
  "giu",
);
const DE_WORD_MONEY_RE = new RegExp(
  String.raw`(?<![\p{L}])(\p{L}{2,40}?)tausend\s+(${WORD_CUR_SRC})(?![\p{L}])`,
  "giu",
);

/** 1..999 from English words ("twenty-five", "a hundred and ten"); null when a word is not a number. */
export function englishBelowThousand(words: string[]): number | null {
  let total = 0;
  let cur = 0;
  let seen = false;
  for (const w of words) {
    if (w === "and") continue;
    if (w === "a" && !seen) {
      cur = 1;
      continue;
    }
    const unit = EN_UNITS.indexOf(w);
    const tens = EN_TENS.indexOf(w);
    if (unit > 0) cur += unit;
    else if (tens > 1) cur += tens * 10;
    else if (w === "hundred") {
      total += (cur || 1) * 100;
      cur = 0;
    } else return null;
    seen = true;
  }
  const n = total + cur;
  return seen && n > 0 && n < 1000 ? n : null;
}

/** 1..999 from a German number word ("fünfundzwanzig", "hundertfünfzig", "zwölf"); null otherwise. */
export function germanBelowThousand(word: string): number | null {
  let w = word.toLowerCase().replace(/ss/g, "ß");
  let n = 0;
  const h = /^(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)?hundert/u.exec(w);
  if (h) {
    n += (h[1] ? DE_UNITS.indexOf(h[1]) : 1) * 100;
    w = w.slice(h[0].length);
  }
  if (w === "") return n || null;
  if (w === "eins") return n + 1;
  const teen = DE_UNITS.indexOf(w);
  if (teen > 0) return n + teen;
  const t =
    /^(?:(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und)?(zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)$/u.exec(
      w,
    );
  if (!t?.[2]) return null;
  return n + DE_TENS.indexOf(t[2]) * 10 + (t[1] ? DE_UNITS.indexOf(t[1]) : 0);
}

function findWordMoney(text: string): MoneyMatch[] {
  const out: MoneyMatch[] = [];
  // most mails spell out no amount: skip the word scans unless the key word is there at all
  const lower = text.toLowerCase();
  const en = lower.includes("thousand");
  const de = lower.includes("tausend");
  if (!en && !de) return out;
  for (const m of en ? eachMatch(text, EN_WORD_MONEY_RE) : []) {
    const words = (m[1] ?? "")
      .toLowerCase()
      .split(/[\s-]+/)
      .filter(Boolean);
    // the longest tail of number words: "roughly twenty-five" -> "twenty-five"
    for (let i = 0; i < words.length; i++) {
      const n = englishBelowThousand(words.slice(i));
      const cur = lookup(WORD_CURRENCY, (m[2] ?? "").toLowerCase());
      if (n === null || !cur) continue;
      const skipped = words.slice(0, i).join(" ");
      const offset = skipped ? m[0].toLowerCase().indexOf(words[i]!, skipped.length) : 0;
      out.push({ amount: n * 1000, currency: cur[0], index: (m.index ?? 0) + offset, raw: m[0].slice(offset) });
      break;
    }
  }
  for (const m of de ? eachMatch(text, DE_WORD_MONEY_RE) : []) {
    const n = germanBelowThousand(m[1] ?? "");
    const cur = lookup(WORD_CURRENCY, (m[2] ?? "").toLowerCase());
    if (n !== null && cur) out.push({ amount: n * 1000, currency: cur[0], index: m.index ?? 0, raw: m[0] });
  }
  return out;
}

/**
 * The first amount in a short labelled value ("USD 85,000 per year", "ca. 25 TEUR").
 * Without a currency in the text, `defaultCurrency` applies to the first bare number;
 * without either, null. "unbekannt", "n/a", "no numbers yet" have no number: null.
 */
export function parseMoney(text: string, opts: MoneyOptions & { defaultCurrency?: string } = {}): MoneyMatch | null {
  // a labelled value may give several ("€2,400 per month, so ~€28,800 per year"): the one that reads as the deal's
  const [best] = bestValue(text, findMoney(text, opts)) ?? [];
  if (best) return { amount: best.amount, currency: best.currency, index: best.index, raw: best.raw };
  const currency = opts.defaultCurrency?.toUpperCase();
  if (!currency || !/^[A-Z]{3}$/.test(currency)) return null;
  for (const m of eachMatch(westernDigits(text), BARE_RE)) {
    const hit = toMatch(m, currency, 1);
    if (hit) return hit;
  }
  return null;
}

/** A currency named in a label ("Värde (SEK)", "est_value_aud", "Volumen in EUR"): the currency of its bare value. */
export function currencyInLabel(label: string): string | undefined {
  for (const m of eachMatch(label, /(?<![\p{L}])[\p{L}]{3}(?![\p{L}])|[€$£¥]/gu)) {
    const iso = m[0].toUpperCase();
    if (ISO_CODES.includes(iso)) return iso;
    const sym = lookup(PREFIX, m[0]);
    if (sym && m[0].length === 1) return sym[0];
  }
  return undefined;
}

// Words near an amount that say what it is, in every language of services/parser/lang (`cues.money`)
const cueRe = (sources: readonly string[], flags: string) =>
  new RegExp(String.raw`(?<![\p{L}])(?:${sources.join("|")})(?![\p{L}])`, flags);
/** the deal's value (budget, ARR, per year) */
const DEAL_CUES = cueRe(CUES.money.near, "giu");
/** another figure: flows through the prospect, funding, revenue, money already spent */
const OTHER_CUES = cueRe(CUES.money.other, "giu");

/**
 * True when a text names a figure other than the deal's ("income €1.8m", "revenue", "raised"): a
 * labelled value that describes the prospect's size ("Size: 3,100 donors, income €1.8m") is no
 * deal value beside a label that gives one.
 */
export function namesAnotherFigure(text: string): boolean {
  // `search` starts at 0 and leaves the global regex's position as it was
  return text.search(OTHER_CUES) >= 0;
}
/** A monthly figure is a flow ("€30k a month in payments") unless it is called a budget or fee. */
const MONTHLY_CUES = cueRe(CUES.money.monthly, "giu");
const PRICE_CUES = cueRe(CUES.money.price, "iu");
/** "$4 per seat", "12 € pro Nutzer": the price of one unit, right after the amount */
const UNIT_CUE = new RegExp(String.raw`^\s?(?:${CUES.money.unit.join("|")})(?![\p{L}])`, "iu");

/** the sign a sum's result follows, in any language: "=", "=>", "≈", "→", "->"; what follows one is
 * the sum's result, no word about the figure before */
const RESULT_SIGN = /=>?|＝|≈|→|->/u;
/** ... right before an amount (then maybe "~") */
const RESULT_BEFORE = new RegExp(String.raw`(?:${RESULT_SIGN.source})[ \t]?~?[ \t]?$`, "u");
/**
 * A step of a sum, no total: the amount is multiplied ("× 12", "x 15 vans") or has its result
 * after it ("£40/seat/month = £960/month", "30 €/mois -> 240 €/mois"), before any other number and
 * outside a bracket ("€9,600 a year (= €800 a month)" gives the same figure another way)
 */
const OPERAND_AFTER = /^[^()\d]{0,25}?(?:(?:[×*]|(?<![\p{L}])x)\s?\d|=|＝|→|->)/u;
/** ... or it is the factor a count is multiplied by ("3 seats x €400", "× 1,20 €") */
const OPERAND_BEFORE = /(?:[×*]|(?<![\p{L}])x)\s?$/u;

/** A sentence end, but not the dot of "ca.", "approx.", "p.a.", "Mio." and the like. */
const SENTENCE_END =
  /(?<!(?:^|[^\p{L}])(?:ca|approx|appr|circa|rd|etw|inkl|incl|zzgl|excl|exkl|bzw|vs|Mio|Tsd|Mrd|p\.a|p|a|z\.B|B|u\.a|e\.g|i\.e|kr|pr|mill?|mln|tys|tis|aprox|env))[.!?;](?:\s|$)/iu;

/** Positive when the surroundings read like a deal value, negative when like another figure. */
export function dealValueScore(text: string, match: MoneyMatch, previousEnd = -1): number {
  // the clause around the amount: a sentence end cuts the window, a line break does not
  // (tables put the label on the line above: "Estimated Deal Size\nUSD 85,000")
  const before =
    text
      .slice(Math.max(0, match.index - 50), match.index)
      .split(SENTENCE_END)
      .pop() ?? "";
  const rest = text.slice(match.index + match.raw.length, match.index + match.raw.length + 30);
  // (what follows a result sign is another figure's: "€9,600 a year (= €800 monthly)")
  const after = rest.split(SENTENCE_END)[0]?.split(RESULT_SIGN)[0] ?? "";
  const near = `${before} ${after}`;
  const operand = OPERAND_AFTER.test(rest) || OPERAND_BEFORE.test(before);
  let score = (near.match(DEAL_CUES) ?? []).length;
  // what follows an amount says what it counts ("$4M in vendor payments")
  score -= 2 * (after.match(OTHER_CUES) ?? []).length + (before.match(OTHER_CUES) ?? []).length;
  // "budget unknown, they spent £2m on …": what the clause right before says outweighs the sentence
  const clause = before.split(/[,;:]\s/).pop() ?? "";
  score -= (clause.match(OTHER_CUES) ?? []).length;
  // a monthly word before the amount counts from the last clause since the amount before it, if any
  // "£40/seat/month = £960/month, so £11,520/yr" says "month" of the figures before the total
  const monthlyBefore =
    previousEnd >= 0 && previousEnd > match.index - 50 && previousEnd <= match.index
      ? (text.slice(previousEnd, match.index).split(CLAUSE_OR_RESULT).pop() ?? "")
      : before;
  // (and so does a price or fee word that makes a monthly figure the deal's: "Pricing: 6 x €25/month
  // -> €150/month" names the steps' price, no monthly total)
  if (!PRICE_CUES.test(monthlyBefore))
    score -= 2 * (after.match(MONTHLY_CUES) ?? []).length + (monthlyBefore.match(MONTHLY_CUES) ?? []).length;
  // a unit's price is never the deal's value, whatever the clause calls it
  if (UNIT_CUE.test(after)) score -= 3;
  // "65 € … × 12 = 9.360 €", "≈ 10.080 €", "-> 25.920 €": the figure a sum ends with is the total
  if (RESULT_BEFORE.test(before)) score += 1;
  if (operand) score -= 2;
  return score;
}

/** A range is an estimate's spread: a single figure said beside it is the one to record. */
const RANGE_PENALTY = 0.5;

/** How far after a range a figure inside it is read as the point estimate ("8–12k, we plan with 10k"). */
const POINT_AFTER_RANGE = 80;

/** Each amount's score; a figure inside a range just before it takes the range's cues. */
function scores(text: string, found: readonly MoneyInProse[]): number[] {
  const out = found.map(
    (m, i) =>
      dealValueScore(text, m, i > 0 ? found[i - 1]!.index + found[i - 1]!.raw.length : -1) -
      (m.high !== undefined ? RANGE_PENALTY : 0),
  );
  found.forEach((r, i) => {
    if (r.high === undefined) return;
    found.forEach((m, j) => {
      const gap = m.index - (r.index + r.raw.length);
      if (m.high !== undefined || m.currency !== r.currency || gap < 0 || gap > POINT_AFTER_RANGE) return;
      if (m.amount >= r.amount && m.amount <= r.high!) out[j] = Math.max(out[j]!, out[i]! + 2 * RANGE_PENALTY);
    });
  });
  return out;
}

/** a clause's end before an amount: a comma, semicolon or colon, or a word joining two clauses */
const CLAUSE_BREAK_RE = /[,;:(]\s?|\s(?:and|und|et|y|e|và|ve|และ)\s/u;
/** ... or a result sign ("= ", "-> "), what comes before it being the sum's steps */
const CLAUSE_OR_RESULT = new RegExp(`${CLAUSE_BREAK_RE.source}|${RESULT_SIGN.source}`, "u");

/**
 * Between two amounts the sentence's cues score alike ("ayda 1.500 TL, yıllık 432.000 TL"), the
 * words in the amount's own clause right before it: a value or yearly word for it, a monthly one
 * against it. The first amount keeps a tie unless its own clause calls it monthly.
 */
function clauseLean(text: string, match: MoneyMatch): number {
  const before =
    text
      .slice(Math.max(0, match.index - 50), match.index)
      .split(SENTENCE_END)
      .pop() ?? "";
  const clause = before.split(CLAUSE_BREAK_RE).pop() ?? "";
  return (clause.match(DEAL_CUES) ?? []).length - (clause.match(MONTHLY_CUES) ?? []).length;
}

function bestValue(text: string, found: readonly MoneyInProse[]): [MoneyInProse, number] | null {
  const s = scores(text, found);
  let best = -1;
  for (let i = 0; i < found.length; i++) {
    if (best < 0 || s[i]! > s[best]!) best = i;
    else if (s[i] === s[best]) {
      const held = clauseLean(text, found[best]!);
      if (held < 0 && clauseLean(text, found[i]!) > held) best = i;
    }
  }
  return best < 0 ? null : [found[best]!, s[best]!];
}

/** The amount most likely to be the deal value, or null when every amount reads as something else. */
export function pickDealValue(text: string, opts: MoneyOptions = {}): MoneyInProse | null {
  const best = bestValue(text, findMoney(text, opts));
  return best && best[1] > -1 ? best[0] : null;
}

// ccTLDs of countries whose currency a shared name or sign can mean ("kr", "pesos", "$", "DH", "FCFA", lakhs)
const COUNTRY_CURRENCY: Readonly<Record<string, string>> = {
  dk: "DKK",
  fo: "DKK",
  gl: "DKK",
  se: "SEK",
  no: "NOK",
  is: "ISK",
  in: "INR",
  pk: "PKR",
  np: "NPR",
  lk: "LKR",
  bd: "BDT",
  mx: "MXN",
  ar: "ARS",
  cl: "CLP",
  co: "COP",
  uy: "UYU",
  pe: "PEN",
  tw: "TWD",
  cn: "CNY",
  // where "$" is the country's own dollar (`DOLLAR_COUNTRIES`)
  ca: "CAD",
  au: "AUD",
  nz: "NZD",
  sg: "SGD",
  hk: "HKD",
  // the dirham (`SHARED_AFTER`)
  ma: "MAD",
  ae: "AED",
  // the riyal (`SHARED_AFTER`)
  sa: "SAR",
  qa: "QAR",
  // the naira's "N" (`PREFIX`)
  ng: "NGN",
  // the CFA franc: West African (UEMOA) and Central African (CEMAC) countries
  sn: "XOF",
  ci: "XOF",
  ml: "XOF",
  bf: "XOF",
  ne: "XOF",
  tg: "XOF",
  bj: "XOF",
  cm: "XAF",
  ga: "XAF",
  cg: "XAF",
  td: "XAF",
  cf: "XAF",
};

/**
 * The currency of the one country the mail's domains point to (the prospect's, the partner's),
 * or undefined when they point to none of `COUNTRY_CURRENCY` or to two: a guess is worse than none.
 */
export function localCurrency(domains: ReadonlyArray<string | null | undefined>): string | undefined {
  const found = new Set<string>();
  for (const d of domains) {
    const cur = d ? COUNTRY_CURRENCY[d.toLowerCase().split(".").pop() ?? ""] : undefined;
    if (cur) found.add(cur);
  }
  return found.size === 1 ? [...found][0] : undefined;
}
