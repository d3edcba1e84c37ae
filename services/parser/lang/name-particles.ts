// Particles written inside a company's name, glued to the next word by an apostrophe (an elided
// article or preposition): "Farmacie Riunite dell'Adriatico", "Laboratoire d'Analyses Kirchberg",
// "Charpentes de l'Erdre". The prose reader joins the words around them into one name, and a name
// read right after one (the "Adriatico S.r.l." of "dell'Adriatico S.r.l.") is cut on its left.
// Plain lower-case words, written without the apostrophe; each has an example in
// tests/parser/lang/name-particles.test.ts in invented names.

/** Elided particles by language. */
export const elidedParticles: Record<string, readonly string[]> = {
  // di, da, in, su, a with the article: "dell'", "dall'", "nell'", "sull'", "all'"; the article "l'"
  it: ["dell", "dall", "nell", "sull", "all", "d", "l"],
  // "d'", "l'" and "de l'" (Catalan writes them the same)
  fr: ["de l", "d", "l"],
};

/** The particles as one alternation source, longest first, apostrophe included (no capture groups). */
export const ELIDED_PARTICLES_SRC = `(?:${[...new Set(Object.values(elidedParticles).flat())]
  .sort((a, b) => b.length - a.length)
  .map((p) => p.replace(/ /g, String.raw`\s+`))
  .join("|")})['’]`;

/**
 * Articles a language writes before a company's name in prose that never open the name itself:
 * Hungarian puts its definite article before a name ("Az Ostorvár Kft. kér ajánlatot": "Az" before
 * a vowel, "A" before a consonant). The prose reader leaves them out of the name. Capitalised, as
 * they stand at a sentence's start.
 */
export const articlesBeforeName: Record<string, readonly string[]> = {
  hu: ["Az", "A"],
};
/** The articles above as one alternation source (no capture groups). */
export const ARTICLES_BEFORE_NAME_SRC = [...new Set(Object.values(articlesBeforeName).flat())].join("|");

/**
 * Prepositions of place written inside a company's name, between its head and a place ("Bäckerei
 * am Brunnen GmbH", "Snickarna på Holmen AB", "Piekarnia nad Zalewem Sp. z o.o."). The prose
 * reader does not join them into a name, as it joins "de" or "i": the same words follow a person
 * or a team ("Ingrid på Acme AB", "kierownik IT w Acme"). A name read right after one may so
 * have lost its head (extract/company.ts: placeHeadBefore). Lower case, one or two words.
 */
export const placePrepositionsInName: Record<string, readonly string[]> = {
  // "am" (an dem), "im" (in dem), "an der", and "zum"/"zur" (zu dem, zu der): "Apotheke zur Linde"
  de: ["am", "im", "an der", "zum", "zur"],
  // Swedish, Danish, Norwegian "på" (on, at), Danish and Norwegian "ved", Swedish "vid" (by)
  nordic: ["på", "ved", "vid"],
  // Polish "w"/"we" (in), "nad" (on a river, above), "pod" (below), "na" (on)
  pl: ["w", "we", "nad", "pod", "na"],
  // Czech, Slovak, Slovene, Croatian: "v"/"ve" (in), "nad", "pod", "na", Slovene "pri" and "ob" (by)
  cs_sk_sl_hr: ["v", "ve", "nad", "pod", "na", "pri", "ob"],
};

/** The prepositions above as one alternation source, longest first, a blank as any run of blanks (no capture groups). */
export const PLACE_PREPOSITIONS_IN_NAME_SRC = `(?:${[...new Set(Object.values(placePrepositionsInName).flat())]
  .sort((a, b) => b.length - a.length)
  .map((p) => p.replace(/ /g, String.raw`[ \t]+`))
  .join("|")})`;

/**
 * A preposition contracted with the article (French "des" = de + les, "du" = de + le; Spanish
 * "del"; Italian "del", "della", "dei"; Portuguese "do", "da", "dos", "das"): written before a
 * name in prose, it may hold the name's own first word ("… des Ateliers X" for "Les Ateliers X").
 * Each contraction with the capitalised article it holds; lower case, as written inside a sentence.
 */
export const contractedArticles: Record<string, Readonly<Record<string, string>>> = {
  fr: { des: "Les", du: "Le" },
  es: { del: "El" },
  it: { del: "Il", della: "La", dei: "I" },
  pt: { do: "O", da: "A", dos: "Os", das: "As" },
};
