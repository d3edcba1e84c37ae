// Words that show the words after a registering phrase and its colon ("ליד חדש: …", "عميل محتمل: …")
// are a sentence, not the prospect's name: a script without capitals gives no other sign where a
// name stops and prose starts ("ליד חדש: יש לי לקוח בחיפה, …" names nobody). Pronouns, "there is",
// "we have", "want", "looking for", "a client". Whole words; a prefix joined to one ("ו", "و") is
// read too. Each entry has a unit test in tests/parser/lang/name-after-cue.test.ts (invented wording).
export const SENTENCE_WORDS: Record<string, readonly string[]> = {
  he: [
    "יש",
    "אין",
    "לי",
    "לנו",
    "אני",
    "אנחנו",
    "הוא",
    "היא",
    "הם",
    "הן",
    "רוצה",
    "רוצים",
    "מחפש",
    "מחפשת",
    "מחפשים",
    "צריך",
    "צריכים",
    "לקוח",
    "לקוחה",
    "שלי",
    "שלנו",
    "זה",
    "זו",
  ],
  ar: [
    "لدينا",
    "لدي",
    "عندنا",
    "عندي",
    "عندهم",
    "هو",
    "هي",
    "هم",
    "نحن",
    "أنا",
    "هناك",
    "يريد",
    "يريدون",
    "يبحث",
    "يبحثون",
    "نود",
    "أود",
    "عميل",
    "عميلنا",
    "هذا",
    "هذه",
  ],
};

/** one letter joined before a word ("and", "the"-less prefixes): "ויש", "وهو" */
export const JOINED_PREFIXES: Record<string, readonly string[]> = { he: ["ו", "ש"], ar: ["و", "ف"] };
