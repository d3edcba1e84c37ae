// Verbs a partner writes at a sentence's start right before the prospect's name, passing the firm
// on: registering, introducing, referring, recommending, presenting, forwarding it ("Referring Acme
// Ltd to you", "Segnalo Acme S.r.l.", "Polecam Acme Sp. z o.o."), and the asking words before them
// ("Please", "Pls"). A capitalised word is read as a name's first word, so the prose reader leaves
// these out of the name: they never open one. Capitalised, as they stand at a sentence's start; by
// language. Each entry has an example in tests/parser/lang/verbs-before-name.test.ts in invented
// names, with a look-alike that stays in the name.

export const verbsBeforeName: Record<string, readonly string[]> = {
  // -ing forms and imperatives, and the asking words ("Pls register …" keeps no "Pls")
  en: [
    "Registering",
    "Register",
    "Introducing",
    "Referring",
    "Recommending",
    "Presenting",
    "Submitting",
    "Forwarding",
    "Flagging",
    "Please",
    "Pls",
  ],
  // first person, a colloquial mail's verb first ("Empfehle euch …", "Melde … an")
  de: ["Registriere", "Empfehle", "Melde"],
  // "we register / present / refer / recommend", and the gerunds
  es: ["Registramos", "Registrando", "Presentamos", "Presentando", "Referimos", "Refiriendo", "Recomendamos"],
  // "we point out / present / forward", and the gerunds
  pt: ["Indicamos", "Indicando", "Apresentamos", "Apresentando", "Encaminhamos", "Encaminhando"],
  // "I / we point out", "I / we present", "we register"
  it: ["Segnalo", "Segnaliamo", "Segnalando", "Presento", "Presentiamo", "Registriamo"],
  // the imperative "register"
  fr: ["Enregistrez"],
  // the imperative "register", "introduce"
  nl: ["Registreer", "Introduceer"],
  // "I report / recommend / register"
  pl: ["Zgłaszam", "Polecam", "Rejestruję"],
  // "we register / recommend"
  cs: ["Registrujeme", "Doporučujeme"],
};

/** The verbs above as one alternation source, longest first (no capture groups). */
export const VERBS_BEFORE_NAME_SRC = [...new Set(Object.values(verbsBeforeName).flat())]
  .sort((a, b) => b.length - a.length)
  .join("|");
