// Words that mark a company's registered (legal) entity beside the name it trades under: a deal
// registration protects the entity, so where the text writes both, the registration carries the
// registered one (extract/registered-entity.ts). Regex sources, matched case-insensitively; each
// entry has a test in tests/parser/registered-entity.test.ts written in other words.

/**
 * Company-register and tax identifiers that a legal name is written with ("Acme Ltd (company no.
 * 0123456)", "… Oy (Y-tunnus 1234567-8)", "… S.A. – CUIT 30-…"). The number after one says the
 * name before it is the entity as registered. By country; the generic words first.
 */
export const registerIds: readonly string[] = [
  // generic (English)
  String.raw`company (?:no|number|reg(?:istration)?(?: no)?)`,
  String.raw`reg(?:istration)?(?: no| number)?`,
  String.raw`registered (?:no|number)`,
  // UK, Ireland, New Zealand, Australia, Singapore, Malaysia, India, South Africa
  "crn",
  "cro",
  "nzbn",
  "acn",
  "abn",
  "uen",
  "ssm",
  "cin",
  "cipc",
  // Nordic and Baltic: Finland, Sweden, Norway, Denmark, Estonia, Latvia, Lithuania
  "y-tunnus",
  "fo-nummer",
  String.raw`org\.? ?nr`,
  "organisationsnummer",
  "organisasjonsnummer",
  "cvr",
  "registrikood",
  String.raw`reģ\.? ?nr`,
  // Central Europe: Germany, Austria, Poland, Czechia/Slovakia, Hungary
  "hrb",
  "hra",
  "fn",
  "krs",
  "regon",
  "ičo",
  "ico",
  String.raw`cg\.`,
  "cégjegyzékszám",
  // Western and Southern Europe, Latin America
  "kvk",
  "siren",
  "siret",
  "cif",
  "nif",
  "nipc",
  String.raw`p\.? ?iva`,
  "partita iva",
  "gemi",
  "cuit",
  "rut",
  "rfc",
  "cnpj",
  "ruc",
  "nit",
];

/**
 * Phrases between a legal name and the name it trades under ("Acme Holdings Ltd (trading as Acme
 * Rentals)", "… t/a …", "… d/b/a …"): the name before them is the registered entity.
 */
export const tradingAs: readonly string[] = [
  String.raw`(?:they |which |who )?trad(?:ing|es?) (?:as|under)`,
  String.raw`t/a`,
  String.raw`d/b/a`,
  String.raw`dba`,
  String.raw`doing business as`,
  // Spanish and Portuguese, French, German
  String.raw`que opera como`,
  String.raw`sous l'enseigne`,
  String.raw`handelnd als`,
];
