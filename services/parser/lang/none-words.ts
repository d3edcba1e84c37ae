// A competitors label's value saying there is none, in languages the older list in
// normalise/competitors.ts (NONE) lacks: the whole value is the word ("Konkurence: žádná"), so
// a rival whose name only starts with it is kept. Lower case; each entry has a unit test in
// tests/parser/lang/none-words.test.ts, with a look-alike that stays a name.
export const NO_COMPETITOR_VALUES: Record<string, readonly string[]> = {
  // Bulgarian "there is none", "nobody", "unknown"
  bg: ["няма", "никой", "неизвестно"],
  // Czech "none" (f., m., n.), "nobody"; Slovak "none" (f., m., n.)
  cs: ["žádná", "žádný", "žádné", "nikdo"],
  sk: ["žiadna", "žiadny", "žiadne"],
  // Malay "none", "none yet"
  ms: ["tiada", "tiada lagi"],
  // Hebrew "unknown", "none yet"
  he: ["לא ידוע", "לא ידועים", "אין עדיין"],
};
