// Greek label words for the identity fields (company, website, contact, role, address, phone), as
// Greek forms write them ("Επωνυμία: …", "Υπεύθυνος: …"), and registering phrases. Greek writes
// blanks between words, so the phrases are bounded like the Latin-script ones; both accented
// spellings of the stem are listed ("καταχώρηση"/"καταχώριση"). The deal fields' cue tables are
// not listed yet.
import type { LabelTable } from "./types.ts";

export const labels: LabelTable = {
  company: ["επωνυμία", "εταιρεία", "πελάτης"],
  website: ["ιστοσελίδα", "ιστότοπος"],
  // "the person responsible", masculine and feminine, and "contact person"
  contactName: ["υπεύθυνος", "υπεύθυνη", "υπεύθυνος επικοινωνίας", "άτομο επικοινωνίας", "ονοματεπώνυμο"],
  role: ["θέση", "ιδιότητα"],
  email: ["ηλεκτρονικό ταχυδρομείο"],
  phone: ["τηλ", "τηλέφωνο", "κινητό"],
};

/** Registering phrases (see CueTable.registering); further cue tables are not listed yet. */
export const registering: readonly string[] = [
  // "παρακαλώ καταχωρήστε", "καταχώριση ευκαιρίας", "νέα ευκαιρία", "νέος πελάτης"
  String.raw`καταχ[ωώ]ρ[ηήιί]σ\p{L}*`,
  String.raw`νέ(?:α|ος|ο) (?:ευκαιρία|πελάτης|lead)`,
];
