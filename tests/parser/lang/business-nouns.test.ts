// Every business-type noun (services/parser/lang/business-nouns.ts) completes a short name the
// text writes after it, in sentences of its own language; a lower-case noun does not.
import { describe, expect, it } from "vitest";
import { auditKeyFields } from "../../../services/parser/extract/key-field-audit.ts";
import * as nouns from "../../../services/parser/lang/business-nouns.ts";

const fuller = (text: string, company: string) =>
  auditKeyFields({ text, company, domain: null, contactName: null, contactEmail: null }).find((d) => d.fuller)?.fuller;

const SENTENCE: Record<string, (noun: string) => string> = {
  en: (n) => `We spoke to ${n} Brisa Alta yesterday about pricing.`,
  es: (n) => `Ayer hablamos con ${n} Brisa Alta sobre precios.`,
  pt: (n) => `Ontem falámos com a ${n} Brisa Alta sobre preços.`,
  fr: (n) => `Nous avons rencontré ${n} Brisa Alta hier.`,
  it: (n) => `Ieri abbiamo sentito ${n} Brisa Alta per i prezzi.`,
  de: (n) => `Gestern haben wir mit ${n} Brisa Alta gesprochen.`,
  nl: (n) => `Gisteren spraken we met ${n} Brisa Alta over prijzen.`,
};

describe.each(Object.entries(SENTENCE))("business nouns (%s)", (lang, sentence) => {
  const list = (nouns as Record<string, readonly string[]>)[lang]!;
  it.each(list.map((n) => [n]))("%s before a name is part of it", (noun) => {
    expect(fuller(sentence(noun), "Brisa Alta")).toBe(`${noun} Brisa Alta`);
  });
  it.each(list.map((n) => [n]))("%s in lower case is not", (noun) => {
    expect(fuller(sentence(noun.toLowerCase()), "Brisa Alta")).toBeUndefined();
  });
});

describe("the merged list", () => {
  it("holds every language's nouns once", () => {
    const all = [...nouns.en, ...nouns.es, ...nouns.pt, ...nouns.fr, ...nouns.it, ...nouns.de, ...nouns.nl];
    expect(new Set(nouns.ALL)).toEqual(new Set(all));
    expect(nouns.ALL.length).toBe(new Set(all).size);
  });
});
