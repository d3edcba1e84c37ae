// Sign-off words per language: a short line starting with one ends the writer's text and opens
// their signature ("Kind regards,", "Med vennlig hilsen", "Z poważaniem", "A presto,"). Lower case,
// regex sources. The words of the first, single list (text/signature.ts) are covered by the
// corpora; each one added since has a unit test in tests/parser/lang/signoff.test.ts in a mail of
// its own.
export const SIGN_OFFS: Record<string, readonly string[]> = {
  en: [
    "thanks",
    "thank you",
    "many thanks",
    "thanks again",
    "thx",
    "cheers",
    "best",
    "best wishes",
    "best regards",
    "kind regards",
    "warm regards",
    "regards",
    "all the best",
    "sincerely",
    "yours",
    "br",
    "talk soon",
    "speak soon",
    "take care",
    "warmly",
  ],
  de: [
    "viele gr(?:ü|ue)(?:ß|ss)e",
    "vielen dank",
    "besten dank",
    "beste gr(?:ü|ue)(?:ß|ss)e",
    "liebe gr(?:ü|ue)(?:ß|ss)e",
    "mit freundlichen gr(?:ü|ue)(?:ß|ss)en",
    "freundliche gr(?:ü|ue)(?:ß|ss)e",
    "herzliche gr(?:ü|ue)(?:ß|ss)e",
    "sch(?:ö|oe)ne gr(?:ü|ue)(?:ß|ss)e",
    "gru(?:ß|ss)",
    "gr(?:ü|ue)(?:ß|ss)e",
    "lg",
    "mfg",
    "vg",
    "danke",
    "herzlichen dank",
    "bis bald",
  ],
  fr: [
    "cordialement",
    "bien (?:à|a) vous",
    "bien cordialement",
    "merci",
    "salutations",
    "sinc(?:è|e)res salutations",
    "(?:à|a) bient(?:ô|o)t",
    "amicalement",
    "bonne journ(?:é|e)e",
  ],
  nl: [
    "met vriendelijke groet(?:en)?",
    "groetjes",
    "groet(?:en)?",
    "hartelijke groet(?:en)?",
    "vriendelijke groet(?:en)?",
    "mvg",
    "bedankt",
    "alvast bedankt",
    "dank (?:je|u) wel",
  ],
  es: ["saludos", "un saludo", "atentamente", "gracias", "muchas gracias", "un abrazo", "cordialmente", "hasta pronto"],
  it: [
    "cordiali saluti",
    "distinti saluti",
    "saluti",
    "un saluto",
    "grazie",
    "grazie mille",
    "a presto",
    "buona giornata",
  ],
  pt: [
    "obrigad[oa]",
    "atenciosamente",
    "cumprimentos",
    "melhores cumprimentos",
    "com os melhores cumprimentos",
    "(?:um )?abra(?:ç|c)os?",
    "at(?:é|e) breve",
    "at(?:é|e) logo",
    "valeu",
  ],
  pl: [
    "pozdrawiam",
    "serdecznie pozdrawiam",
    "z powa(?:ż|z)aniem",
    "z pozdrowieniami",
    "pozdrowienia",
    "dzi(?:ę|e)kuj(?:ę|e)",
    "dzi(?:ę|e)ki",
  ],
  // Danish, Norwegian, Swedish (not a bare "tak": Polish for "yes")
  nordic: [
    "h(?:ä|a)lsningar",
    "med v(?:ä|a)nlig h(?:ä|a)lsning",
    "v(?:ä|a)nliga h(?:ä|a)lsningar",
    "b(?:ä|a)sta h(?:ä|a)lsningar",
    "hilsen",
    "med venlig hilsen",
    "venlig hilsen",
    "med vennlig hilsen",
    "vennlig hilsen",
    "mvh",
    "tack",
    "mange tak",
    "takk",
  ],
};

/**
 * Written before a signer's name when they sign by order or for someone ("i. A. Jana Roth",
 * "p.o. Luc Girard"): not part of the name. Regex sources, matched case-sensitively at the start
 * of the line: the lower-case letter tells "i. A." from the initials "I. A.". Each has a unit
 * test in tests/parser/lang/signoff.test.ts.
 */
export const SIGNING_FOR: Record<string, readonly string[]> = {
  en: ["per pro\\.?"],
  de: ["i\\. ?A\\.", "i\\. ?V\\.", "ppa\\."],
  fr: ["p\\. ?o\\.", "p/o"],
  nl: ["i\\. ?o\\.", "namens"],
  pl: ["z up\\."],
};
export const SIGNING_FOR_RE = new RegExp(`^(?:${Object.values(SIGNING_FOR).flat().join("|")})\\s+`, "u");

// Words that open or close a mail on a line of their own but no signature ("Hej.", a sign-off's
// abbreviation "Atte." for "Atentamente"): no place, nor anything else the line could be. Lower
// case, regex sources.
export const GREETINGS_AND_SHORT_SIGN_OFFS: Record<string, readonly string[]> = {
  en: ["hi", "hello", "hey", "dear"],
  sv: ["hej", "hejsan"],
  no: ["hei", "heisann"],
  es: ["hola", "atte"],
};
