// Words that make a signature line read as a firm's name rather than a title or a place
// ("Consultora Pampa Sur", "Bruni Consulenze", "Groupe Lavande"), by language: the words of
// extract/organization.ts's own list written in other languages. Plain words, matched whole and in
// any case. Each entry has an example in tests/parser/lang/firm-words.test.ts in invented names.

export const firmWords: Record<string, readonly string[]> = {
  // a consultancy (the firm, "consultora", and the trade, "consultoría")
  es: ["consultora", "consultoría"],
  // advisory services ("consulenze", "consulenza")
  it: ["consulenze", "consulenza"],
  // a group of firms or a buying group
  fr: ["groupe"],
  // technology
  id: ["teknologi"],
  // a cooperative, written short
  en: ["co-op"],
  // a repair and service shop
  pl: ["serwis"],
};

/** Every language's words as one alternation source, longest first (no capture groups). */
export const FIRM_WORDS_SRC = [...new Set(Object.values(firmWords).flat())]
  .sort((a, b) => b.length - a.length)
  .join("|");
