// Greek registering phrases. Greek writes blanks between words, so the phrases are bounded like
// the Latin-script ones; both accented spellings of the stem are listed ("καταχώρηση"/"καταχώριση").

/** Registering phrases (see CueTable.registering); further cue tables are not listed yet. */
export const registering: readonly string[] = [
  // "παρακαλώ καταχωρήστε", "καταχώριση ευκαιρίας", "νέα ευκαιρία", "νέος πελάτης"
  String.raw`καταχ[ωώ]ρ[ηήιί]σ\p{L}*`,
  String.raw`νέ(?:α|ος|ο) (?:ευκαιρία|πελάτης|lead)`,
];
