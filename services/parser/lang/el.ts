// Greek label words for the identity fields (company, website, contact, role, address, phone), as
// Greek forms write them ("Επωνυμία: …", "Υπεύθυνος: …"), and registering phrases. Greek writes
// blanks between words, so the phrases are bounded like the Latin-script ones; both accented
// spellings of the stem are listed ("καταχώρηση"/"καταχώριση"); cue phrases for meetings and
// consent follow.
import type { CueTable, LabelTable } from "./types.ts";

export const labels: LabelTable = {
  company: ["επωνυμία", "εταιρεία", "πελάτης"],
  website: ["ιστοσελίδα", "ιστότοπος"],
  // "the person responsible", masculine and feminine, and "contact person"
  // "Υπεύθυνη επικοινωνίας" (the feminine), "Επαφή" (contact)
  contactName: [
    "υπεύθυνος",
    "υπεύθυνη",
    "υπεύθυνος επικοινωνίας",
    "υπεύθυνη επικοινωνίας",
    "άτομο επικοινωνίας",
    "ονοματεπώνυμο",
    "επαφή",
  ],
  role: ["θέση", "ιδιότητα"],
  email: ["ηλεκτρονικό ταχυδρομείο"],
  phone: ["τηλ", "τηλέφωνο", "κινητό"],
  stage: ["στάδιο", "κατάσταση"],
  // "Ανταγωνισμός: X" (competition)
  competitors: ["ανταγωνιστές", "ανταγωνιστής", "ανταγωνισμός"],
  // "area", the region a form asks for
  // "Πόλη: …" (town), "Νομός: …" (prefecture)
  region: ["περιοχή", "πόλη", "νομός"],
};

export const cues: CueTable = {
  problem: {
    // "σε χαρτί", "χειροκίνητα", "στο Excel"
    // "με το χέρι": by hand
    strong: [String.raw`χαρτ\p{L}*`, String.raw`χειροκίνητ\p{L}*`, "με το χέρι"],
    // "ζητούν", "χρειάζονται", "θέλουν"
    weak: ["ζητούν", String.raw`χρειάζ\p{L}*`, "θέλουν"],
  },
  // "Συγκατάθεση: ναι" / "όχι"
  yes: ["ναι"],
  no: ["όχι ακόμα", "όχι", "οχι"],
  negationBefore: ["δεν", "χωρίς", "όχι"],
  stage: {
    // a quote asked for: "ζήτησαν προσφορά"
    // an offer asked for, a tender and its bids, offers compared: "διαγωνισμός", "υποβολή προσφορών", "συγκρίνουν με"
    evaluation: [
      String.raw`ζήτησαν\s+(?:οικονομική\s+)?προσφορά`,
      String.raw`διαγωνισμ\p{L}*`,
      String.raw`υποβολή\s+προσφορ\p{L}*`,
      String.raw`συγκρίν\p{L}*`,
    ],
    // "ραντεβού την Πέμπτη", "συνάντηση κλεισμένη για τις 3/4"
    event: ["ραντεβού", "συνάντηση", "παρουσίαση", "επίδειξη"],
    // "έχουμε ραντεβού στη Λάρισα στις 14/5": a meeting we have, then its date
    discovery: [
      String.raw`(?:έχουμε|θα\s+έχουμε)\s+(?:ένα\s+|μια\s+)?{event}[^.\n!?]{0,40}?\s(?:στις|την|τη)\s+(?:\d{1,2}(?:[./]\d{1,2})?|{day})`,
    ],
    booked: ["κλεισμένη", "κλεισμένο", "κανονίστηκε", "προγραμματίστηκε", "προγραμματισμένη"],
    day: ["δευτέρα", "τρίτη", "τετάρτη", "πέμπτη", "παρασκευή"],
  },
  motion: {
    // resale by the partner: "μεταπώληση", "μεταπωλητής"
    resale: [String.raw`μεταπώλ\p{L}*`, String.raw`μεταπωλ\p{L}*`],
    // the partner takes on the work: "θα αναλάβουμε την υλοποίηση / την εγκατάσταση"
    // the partner only introduces: "απλώς κάνω τη σύσταση", "μόνο τη σύσταση"
    referral: [String.raw`(?:απλά|απλώς|μόνο)\s+(?:κάνουμε\s+|κάνω\s+)?(?:τη|την)\s+σύσταση`],
    services: [String.raw`αναλάβουμε\s+(?:εμείς\s+)?(?:την\s+|τη\s+)?(?:υλοποίηση|εγκατάσταση|εκπαίδευση|υποστήριξη)`],
  },
  consent: {
    // the prospect agreed to being contacted, the two words in one sentence in either order
    agreeWord: ["συμφώνησε", "συμφωνεί", "δέχτηκε", "δέχεται"],
    contactWord: [String.raw`επικοινων\p{L}*`],
    // "συμφώνησε να επικοινωνήσετε μαζί του", "δέχεται να τον καλέσετε"
    permission: [
      String.raw`(?:συμφώνησε|συμφωνεί|δέχεται|δέχτηκε)\s+να\s+(?:τον\s+|την\s+)?(?:επικοινωνήσ|καλέσ)\p{L}*`,
      // the prospect asked for it: "ζήτησε να τον καλέσετε"
      String.raw`(?:ζήτησε|ζήτησαν|ζητά|ζητούν)\s+να\s+(?:τον\s+|την\s+|τους\s+)?(?:επικοινωνήσ|καλέσ)\p{L}*`,
    ],
  },
  // "συγκρίνουν με X", "συγκρίνει την πρόταση με X": weighing a rival's offer
  competitorBefore: [String.raw`συγκρίν\p{L}*\s+(?:\S+\s+){0,2}?με\s+(?:τ(?:ην|η|ο|ον)\s+)?`],
};

/** Registering phrases (see CueTable.registering); the cue tables are `cues`. */
export const registering: readonly string[] = [
  // "παρακαλώ καταχωρήστε", "καταχώριση ευκαιρίας", "νέα ευκαιρία", "νέος πελάτης"
  String.raw`καταχ[ωώ]ρ[ηήιί]σ\p{L}*`,
  String.raw`νέ(?:α|ος|ο) (?:ευκαιρία|πελάτης|lead)`,
];
