// EN vs DE by stop-word counts; umlauts and ß tip a close call towards German.

const EN = new Set(
  (
    "the and of to a in is for on with that this are be we you it our your they have has from at by " +
    "as an or will would please thanks hi hello best regards can not be their them she he her his"
  ).split(" "),
);
const DE = new Set(
  (
    "der die das und ist nicht mit für auf den dem des ein eine einen wir sie ich ihr euch uns zu im " +
    "von bei wie auch noch aber oder bitte danke hallo viele grüße gruß liebe sehr geehrte ihre unsere wird sind hat " +
    "haben kein keine schon über dass"
  ).split(" "),
);

/** "de" when German stop words (plus umlaut hints) outnumber English ones, else "en". */
export function detectLanguage(text: string): "en" | "de" {
  let en = 0;
  let de = 0;
  for (const word of text.toLowerCase().match(/[\p{L}]+/gu) ?? []) {
    if (EN.has(word)) en += 1;
    if (DE.has(word)) de += 1;
  }
  // umlauts/ß also appear in names and addresses in English mail, so they only add a little weight
  const hints = (text.match(/[äöüß]/giu) ?? []).length;
  de += Math.min(hints, 10) * 0.3;
  return de > en ? "de" : "en";
}
