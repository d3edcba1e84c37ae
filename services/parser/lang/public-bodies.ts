// The kinds of public body (a municipality, a union of municipalities, a county) as each language
// writes them in the body's name: "Communauté de communes du …", "Comune di …", "Marktgemeinde …",
// "… kommune". The kind is part of the name ("Val de Sornay" alone is a valley, not the body), and
// its own words may be in lower case ("de communes"), which a reader of capitalised words stops at.
// General world knowledge, by language; each entry is tested in tests/parser/lang/public-bodies.test.ts
// in other words.

export interface PublicBodyKinds {
  /** kinds written before the name, as written (capitalised) */
  before: readonly string[];
  /** the joining words the language writes between the kind and the name ("du", "di", "de la") */
  joins: readonly string[];
  /** kinds written after the name, in lower case as the language writes them ("Bjørnavik kommune") */
  after: readonly string[];
}

export const publicBodies: Record<string, PublicBodyKinds> = {
  fr: {
    before: [
      "Communauté de communes",
      "Communauté d'agglomération",
      "Communauté urbaine",
      "Syndicat mixte",
      "Syndicat intercommunal",
      "Conseil départemental",
      "Conseil régional",
      "Ville",
      "Commune",
      "Mairie",
    ],
    joins: ["du", "de la", "des", "de", "d'", "de l'"],
    after: [],
  },
  en: {
    before: ["City", "Town", "County", "Borough", "Village", "Municipality"],
    joins: ["of", "of the"],
    after: [],
  },
  it: {
    before: ["Comune", "Provincia", "Unione dei Comuni", "Unione Montana", "Città metropolitana", "Consorzio"],
    joins: ["di", "del", "della", "dei", "delle", "dello", "degli", "d'"],
    after: [],
  },
  es: {
    before: [
      "Ayuntamiento",
      "Mancomunidad",
      "Diputación Provincial",
      "Diputación",
      "Concello",
      "Ajuntament",
      "Cabildo",
    ],
    joins: ["de", "del", "de la", "de los", "de las", "d'"],
    after: [],
  },
  pt: {
    before: ["Câmara Municipal", "Prefeitura Municipal", "Prefeitura", "Município", "Junta de Freguesia"],
    joins: ["de", "do", "da", "dos", "das"],
    after: [],
  },
  de: {
    before: [
      "Gemeinde",
      "Marktgemeinde",
      "Stadtgemeinde",
      "Ortsgemeinde",
      "Einwohnergemeinde",
      "Verbandsgemeinde",
      "Landkreis",
      "Zweckverband",
    ],
    joins: [],
    after: [],
  },
  nl: { before: ["Gemeente", "Provincie", "Waterschap"], joins: [], after: [] },
  pl: { before: ["Gmina", "Urząd Miasta", "Urząd Gminy", "Starostwo Powiatowe"], joins: [], after: [] },
  ro: { before: ["Primăria", "Primaria", "Consiliul Județean", "Consiliul Local"], joins: [], after: [] },
  cs: { before: ["Obec", "Město", "Městský úřad", "Obecní úřad"], joins: [], after: [] },
  // the Nordic and Finnish names put the kind after the place, in lower case
  nordic: {
    before: [],
    joins: [],
    after: ["kommune", "kommun", "fylkeskommune", "regionkommune", "kunta", "stad", "kaupunki"],
  },
};

const all = Object.values(publicBodies);
const longestFirst = (xs: readonly string[]) => [...new Set(xs)].sort((a, b) => b.length - a.length);
const alt = (xs: readonly string[]) =>
  longestFirst(xs)
    .map((x) => x.replace(/'/g, "['’]"))
    .join("|");

/** one language's kinds and the joining word after them (a blank alone where the language writes none) */
function kindThenJoin(b: PublicBodyKinds): string {
  const elided = b.joins.filter((j) => j.endsWith("'"));
  const spaced = b.joins.filter((j) => !j.endsWith("'"));
  const join = b.joins.length
    ? [`[ \t]+(?:${alt(spaced)})[ \t]+`, ...(elided.length ? [`[ \t]+(?:${alt(elided)})`] : [])].join("|")
    : "[ \\t]+";
  return `(?:${alt(b.before)})(?:${join})`;
}

/**
 * A kind written before a name and the joining word after it, right up to where the name starts
 * (the text before a name is tested): "Communauté de communes du ", "Comune di ", "Gemeinde ".
 */
const KIND_THEN_JOIN = all
  .filter((b) => b.before.length)
  .map(kindThenJoin)
  .join("|");
export const PUBLIC_BODY_BEFORE_RE = new RegExp(String.raw`(?<![\p{L}])(?:${KIND_THEN_JOIN})$`, "u");

/** A name that opens with a kind and its joining word, the name's own capitalised word after them: "Gemeinde Rüegsau". */
export const PUBLIC_BODY_HEAD_RE = new RegExp(String.raw`^(?:${KIND_THEN_JOIN})(?=\p{Lu})`, "u");

/** A kind written after a name, right after it (the text after a name is tested): " kommune". */
export const PUBLIC_BODY_AFTER_RE = new RegExp(
  String.raw`^[ \t]+(?:${alt(all.flatMap((b) => b.after))})(?![\p{L}])`,
  "iu",
);
