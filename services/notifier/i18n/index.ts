// The partner's language, as a table: one module per language, English for every other one.
// Everything partner-facing (mail, status pages, command words) reads its words from here, so
// adding a language is adding a module and a row (README, "Partner languages").
import type { MailTexts } from "./types.ts";
import { en } from "./en.ts";
import { de } from "./de.ts";
import { fr } from "./fr.ts";
import { es } from "./es.ts";
import { nl } from "./nl.ts";
import { it } from "./it.ts";
import { pt } from "./pt.ts";
import { pl } from "./pl.ts";
import { da } from "./da.ts";
import { sv } from "./sv.ts";
import { no } from "./no.ts";

export type { MailTexts, FieldPath, ValueWord, CaseStatusWord } from "./types.ts";

export const LANGS = { en, de, fr, es, nl, it, pt, pl, da, sv, no } as const satisfies Record<string, MailTexts>;

/** A language the partner-facing texts exist in (ISO 639-1). */
export type Lang = keyof typeof LANGS;

export const isLang = (code: string): code is Lang => Object.hasOwn(LANGS, code);

/** Norwegian is written "no", "nb" (Bokmål) or "nn" (Nynorsk); the one module writes Bokmål. */
const ALIASES: Record<string, Lang> = { nb: "no", nn: "no" };

/**
 * The language to answer in, from the language the parser detected for the partner's mail (as
 * stored on the message and the case: an ISO 639-1 code, maybe with a region, "pt-BR"). English
 * for every language without a module, and for nothing at all.
 */
export function mailLang(code: string | null | undefined): Lang {
  const base = (code ?? "").trim().toLowerCase().split(/[-_]/)[0] ?? "";
  if (isLang(base)) return base;
  return ALIASES[base] ?? "en";
}

export function texts(lang: Lang): MailTexts {
  return LANGS[lang];
}

export type TextVars = Record<string, string | number | null | undefined>;

/** A language's texts by "section.key" (the command word lists are no texts). */
function flatten(t: MailTexts): Map<string, string> {
  const out = new Map<string, string>();
  for (const [section, table] of Object.entries(t)) {
    if (typeof table !== "object" || table === null) continue;
    for (const [key, text] of Object.entries(table)) if (typeof text === "string") out.set(`${section}.${key}`, text);
  }
  return out;
}

const FLAT = new Map(Object.entries(LANGS).map(([code, t]) => [code, flatten(t)]));

/** Every text of a language by "section.key" (tests compare the languages' keys with these). */
export function flatTexts(lang: Lang): ReadonlyMap<string, string> {
  return FLAT.get(lang) ?? new Map();
}

/** The text of `key` in `lang` with its `{placeholders}` filled in one pass (a value is never read
 * as a placeholder); an unknown key or a placeholder without a value is a programming error. */
export function say(lang: Lang, key: string, vars: TextVars = {}): string {
  const text = FLAT.get(lang)?.get(key);
  if (text === undefined) throw new Error(`no text "${key}" in language "${lang}"`);
  return text.replace(/\{(\w+)\}/g, (_, v: string) => {
    if (!Object.hasOwn(vars, v)) throw new Error(`text "${key}" (${lang}) needs a value for {${v}}`);
    return String(vars[v] ?? "");
  });
}

// Building an Intl formatter loads locale data and costs far more than formatting: one per
// language (and currency), built once, on first use.
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();
const moneyFormats = new Map<string, Intl.NumberFormat>();
const numberFormats = new Map<Lang, Intl.NumberFormat>();

/** A calendar date in the language's long form ("1 June 2026", "1. Juni 2026", "1 juin 2026"). */
export function formatDate(date: Date, lang: Lang): string {
  let f = dateFormats.get(lang);
  if (!f)
    dateFormats.set(lang, (f = new Intl.DateTimeFormat(LANGS[lang].locale, { dateStyle: "long", timeZone: "UTC" })));
  return f.format(date);
}

/** A whole number with the language's grouping ("25,000", "25.000", "25 000"). */
export function formatNumber(n: number, lang: Lang): string {
  let f = numberFormats.get(lang);
  if (!f) numberFormats.set(lang, (f = new Intl.NumberFormat(LANGS[lang].locale, { maximumFractionDigits: 0 })));
  return f.format(n);
}

/** An amount in its currency, as the language writes money; a code that is no ISO 4217 currency as written. */
export function formatMoney(amount: number, currency: string, lang: Lang): string {
  const key = `${lang}:${currency}`;
  let f = moneyFormats.get(key);
  if (!f) {
    try {
      f = new Intl.NumberFormat(LANGS[lang].locale, { style: "currency", currency, maximumFractionDigits: 0 });
    } catch {
      return `${formatNumber(amount, lang)} ${currency}`;
    }
    if (moneyFormats.size < 200) moneyFormats.set(key, f); // currencies come from mail: bounded
  }
  return f.format(amount);
}
