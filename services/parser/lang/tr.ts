// Turkish registering phrases (the forwarded-mail header words are in text/forwards.ts).

/** Registering phrases (see CueTable.registering); further cue tables are not listed yet. */
export const registering: readonly string[] = [
  // "Kayıt: …" as a subject or line label, "fırsat kaydı", "kaydını açar mısınız", "kaydedin",
  // "yeni müşteri", "yeni fırsat"
  String.raw`kay[ıi]t\s*:`,
  String.raw`(?:fırsat|proje|müşteri) kayd[ıi]\p{L}*`,
  String.raw`kayded(?:in|iniz|er misiniz|ebilir misiniz)`,
  String.raw`yeni (?:müşteri|fırsat|proje)`,
];
