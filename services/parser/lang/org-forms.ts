// Organisations that are not "X GmbH": cooperatives, farms, associations, schools, ministries,
// boards, foundations. Two tables per language, general world knowledge:
//  - the legal forms such bodies write after their name ("Unión Hortofrutícola del Segura,
//    S.Coop.", "Cantina Sociale Soc. Agr. Coop.", "Coöperatie Zuivel U.A.", "GAEC des Trois Chênes");
//  - the nouns that say what kind of body it is, where the language puts them: before the name in
//    the Romance, Slavic, Celtic and Greek languages ("Universidade Federal do …", "Scoil
//    Mhuire", "Spółdzielnia Pszczelarska …"), after it in English and the Germanic languages ("Lagoon
//    State Ministry of …", "Harlow Grammar School", "Molkerei … eG").
// Regex sources for the forms (matched case-sensitively, as they are written), plain words for the
// nouns. Each entry has a test in tests/parser/lang/org-forms.test.ts written in other words.

/** Legal forms written after the name, by language: cooperatives, farms, associations, foundations. */
export const formsAfter: Record<string, readonly string[]> = {
  // Sociedad Cooperativa (and the regional ones: Andaluza, Valenciana, Galega), Sociedad Agraria de
  // Transformación (farms), the Catalan cooperative, the Mexican cooperative and rural producer company
  es: [
    String.raw`S\.\s?Coop\.(?:\s?(?:And|V|Gal|Madrid)\.)?`,
    String.raw`Sdad\.\s?Coop\.`,
    String.raw`S\.\s?A\.\s?T\.`,
    String.raw`S\.\s?C\.\s?A\.`,
    String.raw`S\.\s?C\.\s?C\.\s?L\.`,
    String.raw`SCCL`,
    String.raw`S\.\s?C\.\s?de\s+R\.\s?L\.(?:\s+de\s+C\.\s?V\.)?`,
    String.raw`S\.\s?P\.\s?R\.\s+de\s+R\.\s?L\.`,
  ],
  // società agricola, società semplice (most farms), società in nome collettivo
  it: [String.raw`Soc\.\s?Agr\.(?:\s?(?:Coop\.|[Ss]\.\s?s\.))?`, String.raw`[Ss]\.\s?s\.`, String.raw`S\.n\.c\.`],
  // Cooperativa de Responsabilidade Limitada; the Brazilian sociedade anônima written with a slash
  pt: [String.raw`C\.\s?R\.\s?L\.?`, String.raw`CRL`, String.raw`S\/A`],
  // farms (GAEC, EARL, SCEA) and cooperatives (SCOP, SCIC, SICA); Belgium's non-profit and
  // international non-profit associations (association sans but lucratif, ASBL / AISBL; the Dutch
  // "vzw" is legal-forms.ts's), capitals or dotted
  fr: [
    String.raw`GAEC`,
    String.raw`EARL`,
    String.raw`SCEA`,
    String.raw`SCOP`,
    String.raw`SCIC`,
    String.raw`SICA`,
    String.raw`AISBL`,
    String.raw`ASBL`,
    String.raw`a\.s\.b\.l\.`,
  ],
  // coöperatie met uitgesloten / beperkte aansprakelijkheid
  nl: [String.raw`U\.\s?A\.`],
  // eingetragene Genossenschaft written with dots
  de: [String.raw`e\.\s?G\.`],
  // Polish partnerships
  pl: [String.raw`[Ss]p\.\s?[jk]\.`, String.raw`sp\.\s?z\s?o\.\s?o\.`],
  // Czech and Slovak: general and limited partnerships, associations, public-benefit companies
  cs: [String.raw`v\.\s?o\.\s?s\.`, String.raw`z\.\s?s\.`, String.raw`o\.\s?p\.\s?s\.`],
  // Danish cooperative with limited liability, Swedish economic association; the Danish and
  // Norwegian companies and partnerships written with a slash (aktieselskab, interessentskab,
  // kommanditselskab, partnerselskab)
  nordic: [String.raw`a\.m\.b\.a\.`, String.raw`A\.m\.b\.A\.`, String.raw`ek\.\s?för\.`, String.raw`[AIKP]\/S`],
  // Icelandic private and public limited companies and self-owning institution (einkahlutafélag,
  // hlutafélag, sjálfseignarstofnun), written in lower case; Faroese private and public limited
  // companies (smápartafelag, partafelag), written with a slash
  is: [String.raw`ehf\.`, String.raw`hf\.`, String.raw`ses\.`],
  fo: [String.raw`Sp\/f`, String.raw`P\/F`],
  // Finnish registered association (rekisteröity yhdistys) and foundation (säätiö rekisteröity),
  // written in lower case after the name
  fi: [String.raw`r\.\s?y\.`, String.raw`ry`, String.raw`sr`],
  // British community interest company; Irish "Teoranta" (limited)
  en: [String.raw`CIC`, String.raw`Teoranta`],
};

/** Every language's forms after a name, as one alternation source (no capture groups). */
export const FORMS_AFTER_SRC = Object.values(formsAfter).flat().join("|");

/**
 * The forms above written with a slash ("A/S", "S/A"), as one alternation source: the letter before
 * the slash is no word of the name of its own ("Nordlys Bryg A/S" is not "Nordlys Bryg A").
 */
export const SLASHED_FORMS_SRC = Object.values(formsAfter)
  .flat()
  .filter((f) => f.includes("\\/"))
  .join("|");

/**
 * Words that state a body's legal nature as a part of its name of their own, after a dash or a
 * comma ("Vale Verde Seguros – Cooperativa de Crédito", "Achats Boréal, coopérative"): a
 * cooperative or a mutual, which have no abbreviated form to close the name. By language; matched
 * at the start of that part, any case.
 */
export const natureParts: Record<string, readonly string[]> = {
  es: ["Sociedad Cooperativa", "Cooperativa", "Mutualidad", "Mutua"],
  pt: ["Sociedade Cooperativa", "Cooperativa", "Mútua"],
  it: ["Società Cooperativa", "Cooperativa", "Mutua"],
  fr: ["Société coopérative", "Coopérative", "Mutuelle"],
  en: ["Cooperative", "Co-operative", "Friendly Society", "Mutual Society"],
  nl: ["Coöperatie", "Coöperatieve vennootschap"],
  de: ["Genossenschaft"],
};

/** A part of a name that opens with one of the words above ("Cooperativa de Crédito"). */
export const NATURE_PART_RE = new RegExp(
  String.raw`^(?:${[...new Set(Object.values(natureParts).flat())].sort((a, b) => b.length - a.length).join("|")})(?![\p{L}])`,
  "iu",
);

/**
 * Nouns naming a kind of institution or organisation, and where the language writes them: `before`
 * the rest of the name ("Universidad de …", "Ministère de …", "Scoil …") or `after` it
 * ("… Grammar School", "… Ministry of …" in English heads the of-phrase too, so English has both).
 * Written capitalised, as they stand in a name.
 */
export const headNouns: Record<string, { before: readonly string[]; after: readonly string[] }> = {
  en: {
    before: [
      "University",
      "College",
      "Ministry",
      "Department",
      "Board",
      "Council",
      "Foundation",
      "Institute",
      "Academy",
      "Trust",
      "Authority",
      "Agency",
      "Commission",
      "School",
      "Cooperative",
      "Co-operative",
    ],
    after: [
      "University",
      "College",
      "School",
      "Academy",
      "Ministry",
      "Department",
      "Council",
      "Board",
      "Foundation",
      "Institute",
      "Trust",
      "Authority",
      "Agency",
      "Commission",
      "Cooperative",
      "Co-operative",
      "Farms",
      "Estate",
      "Hospital",
      "Polytechnic",
      "Society",
      "Association",
    ],
  },
  es: {
    before: [
      "Universidad",
      "Colegio",
      "Escuela",
      "Instituto",
      "Ministerio",
      "Secretaría",
      "Consejería",
      "Ayuntamiento",
      "Diputación",
      "Fundación",
      "Asociación",
      "Cooperativa",
      "Junta",
      "Hospital",
    ],
    after: [],
  },
  pt: {
    before: [
      "Universidade",
      "Faculdade",
      "Escola",
      "Colégio",
      "Instituto",
      "Ministério",
      "Secretaria",
      "Prefeitura",
      "Câmara",
      "Fundação",
      "Associação",
      "Cooperativa",
      "Agrupamento",
    ],
    after: [],
  },
  fr: {
    before: [
      "Université",
      "Lycée",
      "Collège",
      "École",
      "Ecole",
      "Institut",
      "Ministère",
      "Mairie",
      "Conseil",
      "Fondation",
      "Association",
      "Coopérative",
      "Chambre",
    ],
    after: [],
  },
  it: {
    before: [
      "Università",
      "Liceo",
      "Istituto",
      "Scuola",
      "Ministero",
      "Comune",
      "Regione",
      "Provincia",
      "Fondazione",
      "Associazione",
      "Cooperativa",
      "Consorzio",
      "Azienda",
    ],
    after: [],
  },
  ro: {
    before: ["Universitatea", "Colegiul", "Liceul", "Ministerul", "Primăria", "Fundația", "Asociația", "Cooperativa"],
    after: [],
  },
  pl: {
    before: [
      "Uniwersytet",
      "Politechnika",
      "Szkoła",
      "Liceum",
      "Ministerstwo",
      "Urząd",
      "Fundacja",
      "Stowarzyszenie",
      "Spółdzielnia",
      "Gospodarstwo",
    ],
    after: [],
  },
  cs: { before: ["Univerzita", "Škola", "Ministerstvo", "Nadace", "Družstvo"], after: [] },
  ga: { before: ["Coláiste", "Scoil", "Gaelscoil", "Ollscoil", "Meánscoil", "Pobalscoil", "Comhairle"], after: [] },
  de: {
    before: ["Universität", "Hochschule", "Stiftung", "Genossenschaft", "Gemeinde", "Stadtwerke", "Landratsamt"],
    after: ["Stiftung", "Genossenschaft", "Schule", "Gymnasium", "Molkerei", "Winzergenossenschaft"],
  },
  nl: {
    before: ["Universiteit", "Hogeschool", "Gemeente", "Stichting", "Vereniging", "Coöperatie", "Ministerie"],
    after: [],
  },
  nordic: {
    before: ["Universitet", "Kommune", "Kommun", "Stiftelsen", "Föreningen"],
    after: ["Universitet", "Kommune", "Kommun", "Andelsselskab"],
  },
  tr: { before: [], after: ["Üniversitesi", "Kooperatifi", "Belediyesi", "Vakfı", "Derneği", "Bakanlığı"] },
};

/**
 * Kinds of institution written before the name that are more than one capitalised word, by
 * language: Vietnamese writes a kind's later syllables in lower case ("Trường Đại học …", "Bệnh
 * viện …"), so the capitalised-word reader would start the name after them. They open the name as
 * a legal kind does ("Công ty TNHH …", lang/legal-forms.ts: formsBefore), and are read with those.
 * Longer kinds first.
 */
export const kindsBefore: Record<string, readonly string[]> = {
  // university, college, high school (written out and abbreviated), lower secondary school,
  // primary school, kindergarten; a university named without "school"; academy; hospital
  vi: [
    "Trường Đại học",
    "Trường Cao đẳng",
    "Trường Trung học phổ thông",
    "Trường Trung học cơ sở",
    "Trường THPT",
    "Trường THCS",
    "Trường Tiểu học",
    "Trường Mầm non",
    "Đại học",
    "Học viện",
    "Bệnh viện",
  ],
};

/** every head noun, without repeats, in one direction */
export const HEAD_NOUNS_BEFORE: readonly string[] = [...new Set(Object.values(headNouns).flatMap((h) => h.before))];
export const HEAD_NOUNS_AFTER: readonly string[] = [...new Set(Object.values(headNouns).flatMap((h) => h.after))];
