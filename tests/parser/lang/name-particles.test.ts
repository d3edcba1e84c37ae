// The elided particles inside a name (services/parser/lang/name-particles.ts): each joins the words
// around it into one name for the prose reader, and a name is never read from inside the word
// the particle is glued to.
import { describe, expect, it } from "vitest";
import { articlesBeforeName, elidedParticles } from "../../../services/parser/lang/name-particles.ts";
import { legalNamesIn } from "../../../services/parser/extract/company.ts";

/** one invented name per entry, as each particle is written inside it */
const EXAMPLES: Record<string, string[]> = {
  it: [
    "Forni Uniti dell'Ostravento S.r.l.",
    "Trasporti Lenti dall'Orvalle S.r.l.",
    "Pietre Vive nell'Ombrano S.r.l.",
    "Vele Chiare sull'Arvenzo S.r.l.",
    "Cantina Alta all'Ellero S.r.l.",
    "Officine d'Arquello S.r.l.",
    "Bottega l'Ulivara S.r.l.",
  ],
  fr: ["Charpentes Morvan de l'Oustre SARL", "Laboratoire d'Analyses Vervance SARL", "Atelier l'Orvette SARL"],
};

describe("elided particles inside a name", () => {
  it("every entry has an example", () => {
    for (const [lang, words] of Object.entries(elidedParticles)) {
      expect(EXAMPLES[lang]?.length, lang).toBe(words.length);
      words.forEach((w, k) => expect(EXAMPLES[lang]![k], `${lang} ${w}`).toContain(` ${w}'`));
    }
  });

  it.each(Object.values(EXAMPLES).flat())("%s is read whole from the prose", (name) => {
    expect(legalNamesIn(`we met ${name} on Monday`).map((n) => n.name)).toEqual([name]);
  });

  it("no name starts inside the word after a particle", () => {
    expect(legalNamesIn("la catena Forni uniti dell'Ostravento S.r.l. a Bari").map((n) => n.name)).toEqual([]);
  });

  it("English 'of the' joins a name as 'of' does", () => {
    expect(legalNamesIn("we met Mutual Society of the Vernal Dales Ltd today").map((n) => n.name)).toEqual([
      "Mutual Society of the Vernal Dales Ltd",
    ]);
  });
});

describe("articles before a name that never open it", () => {
  /** one invented sentence per entry, the article opening it before a name */
  const ARTICLE_EXAMPLES: Record<string, string[]> = {
    hu: ["Az Ezüstfenyő Kertészet Kft. ajánlatot kér.", "A Vörösmáli Pékség Kft. ajánlatot kér."],
  };
  it("every entry has an example", () => {
    for (const [lang, words] of Object.entries(articlesBeforeName)) {
      expect(ARTICLE_EXAMPLES[lang]?.length, lang).toBe(words.length);
      words.forEach((w, k) => expect(ARTICLE_EXAMPLES[lang]![k]!.startsWith(`${w} `), `${lang} ${w}`).toBe(true));
    }
  });
  it.each(Object.values(ARTICLE_EXAMPLES).flat())("%s: the name without the article", (sentence) => {
    const names = legalNamesIn(sentence).map((n) => n.name);
    expect(names).toEqual([sentence.split(" ").slice(1, 4).join(" ")]);
  });
});
