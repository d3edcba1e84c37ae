// Every language's label words merged into one table. A word that two languages give to
// different fields would make a label ambiguous: the first language listed keeps it, and a test
// lists such clashes so they are resolved on purpose.
import type { LabelField } from "../extract/labels.ts";
import type { LabelTable } from "./types.ts";
import * as en from "./en.ts";
import * as de from "./de.ts";
import * as fr from "./fr.ts";
import * as nl from "./nl.ts";
import * as es from "./es.ts";
import * as it from "./it.ts";
import * as pt from "./pt.ts";
import * as pl from "./pl.ts";
import * as nordic from "./nordic.ts";
import * as csFi from "./cs-fi.ts";
import * as ro from "./ro.ts";
import * as hu from "./hu.ts";
import * as baltic from "./baltic.ts";
import * as ja from "./ja.ts";
import * as ko from "./ko.ts";
import * as ukRu from "./uk-ru.ts";
import * as bg from "./bg.ts";
import * as el from "./el.ts";
import * as vi from "./vi.ts";
import * as hr from "./hr.ts";
import * as id from "./id.ts";
import * as ar from "./ar.ts";
import * as tr from "./tr.ts";
import * as th from "./th.ts";
import * as zh from "./zh.ts";
import * as he from "./he.ts";
import * as hi from "./hi.ts";
import * as tl from "./tl.ts";
import { ALL as BUSINESS_NOUNS } from "./business-nouns.ts";

export const LANGUAGES: Record<string, LabelTable> = {
  en: en.labels,
  de: de.labels,
  fr: fr.labels,
  nl: nl.labels,
  es: es.labels,
  it: it.labels,
  pt: pt.labels,
  pl: pl.labels,
  nordic: nordic.labels,
  csFi: csFi.labels,
  ro: ro.labels,
  hu: hu.labels,
  baltic: baltic.labels,
  ja: ja.labels,
  ko: ko.labels,
  ukRu: ukRu.labels,
  bg: bg.labels,
  el: el.labels,
  vi: vi.labels,
  hr: hr.labels,
  id: id.labels,
  ar: ar.labels,
  tr: tr.labels,
  th: th.labels,
  zh: zh.labels,
  he: he.labels,
  hi: hi.labels,
  tl: tl.labels,
};

export interface LabelClash {
  word: string;
  kept: string;
  dropped: string;
}

/** Every field a label can name; the record type makes the compiler check the list is complete. */
const FIELDS: Record<LabelField, true> = {
  company: true,
  legalName: true,
  website: true,
  contactName: true,
  givenName: true,
  familyName: true,
  role: true,
  email: true,
  phone: true,
  stage: true,
  value: true,
  competitors: true,
  incumbent: true,
  need: true,
  region: true,
  consent: true,
  motion: true,
  product: true,
  currency: true,
};
const isLabelField = (key: string): key is LabelField => Object.hasOwn(FIELDS, key);

function merge(): { table: Map<string, LabelField>; clashes: LabelClash[] } {
  const table = new Map<string, LabelField>();
  const clashes: LabelClash[] = [];
  for (const [lang, labels] of Object.entries(LANGUAGES)) {
    for (const [field, words = []] of Object.entries(labels)) {
      if (!isLabelField(field)) continue;
      for (const w of words) {
        const prev = table.get(w);
        if (prev && prev !== field) clashes.push({ word: w, kept: prev, dropped: `${lang}:${field}` });
        else table.set(w, field);
      }
    }
  }
  return { table, clashes };
}

const merged = merge();
/** label word -> field, all languages */
export const LABEL_WORDS: ReadonlyMap<string, LabelField> = merged.table;
export const LABEL_CLASHES: readonly LabelClash[] = merged.clashes;

const MODULES = [en, de, fr, nl, es, it, pt, pl, nordic];
const anyOf = (sources: readonly string[]) => new RegExp(sources.join("|"), "iu");
/** A prospect handing the matter to a colleague, in any language listed. */
export const HANDOVER_RE: RegExp = anyOf(MODULES.flatMap((m) => m.handover));
/**
 * A handover phrase right before where a name follows ("please deal with his daughter, "): the
 * phrase, then up to a few words and commas of the same sentence, to the text's end.
 */
export const HANDOVER_BEFORE_RE: RegExp = new RegExp(
  String.raw`(?:${MODULES.flatMap((m) => m.handover).join("|")})[^.!?;:\n]{0,24}$`,
  "iu",
);
/** A sender saying they stay the contact, in any language listed. */
export const STAYING_RE: RegExp = anyOf(MODULES.flatMap((m) => m.staying).filter(Boolean));
/** Words written just before a company named as the prospect's parent or owner, in any language listed. */
export const PARENT_BEFORE_RE: RegExp = new RegExp(
  String.raw`(?<![\p{L}])(?:${MODULES.flatMap((m) => ("parentCompany" in m ? m.parentCompany : [])).join("|")})\s*[:(]?\s*$`,
  "iu",
);
/**
 * A professional firm's noun closing a name ("Solicitors", "Avocats", "Abogados"), in any language
 * listed: like a legal form, it belongs to the name. Case-sensitive: written capitalised in a name.
 */
export const FIRM_NOUN_END_RE: RegExp = new RegExp(
  String.raw`\s(?:${MODULES.flatMap((m) => ("firmNoun" in m ? m.firmNoun : [])).join("|")})$`,
  "u",
);

/**
 * A business-type noun written capitalised right before a name ("Hotel", "Clínica", "Bodega"),
 * at the end of the text before it: part of the name (lang/business-nouns.ts).
 */
export const BUSINESS_NOUN_BEFORE_RE: RegExp = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${BUSINESS_NOUNS.join("|")})[ \t]+$`,
  "u",
);
/**
 * The same noun opening a name written in sentence case, a few lower-case words and a joining
 * word after it ("Musée des", "Cabinet vétérinaire du"), at the end of the text before the rest of the
 * name: part of the name. The joining words are the caller's (`glue`: an alternation source).
 */
export function businessHeadBefore(glue: string): RegExp {
  return new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:${BUSINESS_NOUNS.join("|")})(?:[ \t]+\p{Ll}[\p{L}'’-]*){0,2}[ \t]+(?:${glue})[ \t]+$`,
    "u",
  );
}
