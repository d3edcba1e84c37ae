// The few words a partner dashes off before a lead's name on a phone, announcing it without asking
// for anything ("Quick one - Acme Bakery in Leeds wants …", "new one for you: Acme Bakery, …",
// "Lead novo: …"). Weaker than a registering phrase (lang/*: registering), so only the prose reader of
// company names asks for them (extract/lead-opener.ts), and only where a colon, a spaced dash or a
// full stop follows them and the name is closed as a lead's line closes it. Lower case, the first
// letter read in either case; by language. Each entry has an example in
// tests/parser/lang/lead-openers.test.ts in invented names, with a look-alike that is not read.

export const leadOpeners: Record<string, readonly string[]> = {
  // "quick one", "new one for u", "fresh lead for you", "just a lead for now"
  en: ["quick one", "new one", "fresh lead", "just a lead", "another quick one"],
  // "lead novo", "lead rápido" (a lead, new or quick: the noun first, as Brazilian mail writes it)
  pt: ["lead novo", "lead rápido", "indicação rápida"],
  // "kurz von unterwegs" (quickly, on the road)
  de: ["kurz von unterwegs"],
};

/**
 * English verbs tying a named person to the firm written after them ("Ada Roe runs Roe Bakery, …",
 * "… owns Roe Bakery in Leeds"): that firm is the lead's. Read only after a person's capitalised
 * words and where the line closes the name (extract/company.ts: firmsAPersonRuns).
 */
export const personRunsFirm: readonly string[] = ["runs", "owns", "co-owns"];
