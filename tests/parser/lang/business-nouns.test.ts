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

// a name in sentence case: the noun, lower-case words and a particle before the rest of the name
describe("a business noun heading a name in sentence case", () => {
  it.each([
    [
      "Le prêt vient du Musée des Brisa Alta de Corvelle.",
      "Brisa Alta de Corvelle",
      "Musée des Brisa Alta de Corvelle",
    ],
    ["Rendez-vous au Cabinet vétérinaire du Brisa Alta à midi.", "Brisa Alta", "Cabinet vétérinaire du Brisa Alta"],
    ["Ieri ha chiamato il Museo civico di Brisa Alta per i prezzi.", "Brisa Alta", "Museo civico di Brisa Alta"],
    ["Falámos com o Museu municipal de Brisa Alta ontem.", "Brisa Alta", "Museu municipal de Brisa Alta"],
    ["Hablamos con el Museo de Brisa Alta ayer.", "Brisa Alta", "Museo de Brisa Alta"],
  ])("%s", (text, company, whole) => {
    expect(fuller(text, company)).toBe(whole);
  });
  it.each([
    // a preposition that is no particle of a name
    ["Wir buchten das Hotel mit Brisa Alta als Partner.", "Brisa Alta"],
    // lower-case words that do not end in a particle
    ["Nous avons visité le Musée hier Brisa Alta.", "Brisa Alta"],
    // too many lower-case words for a name's head: a sentence
    ["Le Cabinet nous a dit que selon la Brisa Alta rien ne change.", "Brisa Alta"],
  ])("not in: %s", (text, company) => {
    expect(fuller(text, company)).toBeUndefined();
  });
});
