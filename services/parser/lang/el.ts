// Greek label words for the identity fields (company, website, contact, role, address, phone), as
// Greek forms write them ("Επωνυμία: …", "Υπεύθυνος: …"), and registering phrases. Greek writes
// blanks between words, so the phrases are bounded like the Latin-script ones; both accented
// spellings of the stem are listed ("καταχώρηση"/"καταχώριση"); cue phrases for meetings and
// consent follow.
import type { CueTable, LabelTable } from "./types.ts";

export const labels: LabelTable = {
  company: [
    "επωνυμία",
    "εταιρεία",
    "πελάτης",
    // the company (both spellings), the business, the organisation, the public body, the company's name
    "εταιρία",
    "επιχείρηση",
    "οργανισμός",
    "φορέας",
    "όνομα εταιρείας",
    // an association (club), a club
    "σύλλογος",
    "όμιλος",
  ],
  website: [
    "ιστοσελίδα",
    "ιστότοπος",
    // the website's address
    "ιστοχώρος",
    "διεύθυνση ιστοσελίδας",
  ],
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
    // the person in charge (masculine, feminine), the contact person
    "αρμόδιος",
    "αρμόδια",
    "πρόσωπο επικοινωνίας",
  ],
  role: [
    "θέση",
    "ιδιότητα",
    // the role, the title
    "ρόλος",
    "τίτλος",
  ],
  email: [
    "ηλεκτρονικό ταχυδρομείο",
    // e-mail written short, the electronic address, the contact e-mail
    "ηλ. ταχυδρομείο",
    "ηλεκτρονική διεύθυνση",
    "email επικοινωνίας",
  ],
  phone: [
    "τηλ",
    "τηλέφωνο",
    "κινητό",
    // the contact telephone
    "τηλέφωνο επικοινωνίας",
  ],
  stage: [
    "στάδιο",
    "κατάσταση",
    // the phase, the progress
    "φάση",
    "πρόοδος",
  ],
  // "Ανταγωνισμός: X" (competition)
  competitors: ["ανταγωνιστές", "ανταγωνιστής", "ανταγωνισμός"],
  // "area", the region a form asks for
  // "Πόλη: …" (town), "Νομός: …" (prefecture)
  region: [
    "περιοχή",
    "πόλη",
    "νομός",
    // the country, the location, the seat
    "χώρα",
    "τοποθεσία",
    "έδρα",
  ],
  // the estimated value, the value, the budget, the estimate, the amount
  value: [
    "εκτιμώμενη αξία",
    "αξία",
    "προϋπολογισμός",
    "εκτιμώμενος προϋπολογισμός",
    "εκτίμηση",
    "ποσό",
    "εκτιμώμενο ποσό",
  ],
  // the need(s), the problem, the challenge, the main problem
  need: ["ανάγκη", "ανάγκες", "πρόβλημα", "το πρόβλημα", "πρόκληση", "κύριο πρόβλημα"],
  // consent, consent to contact
  consent: ["συγκατάθεση", "συναίνεση", "συγκατάθεση για επικοινωνία", "άδεια επικοινωνίας"],
  // our role, the model (of co-operation), the way of co-operating
  motion: ["ρόλος μας", "ο ρόλος μας", "μοντέλο", "μοντέλο συνεργασίας", "τρόπος συνεργασίας"],
  // the product(s)
  // the product(s), the module, the interest ("Ενδιαφέρον για: …")
  product: ["προϊόν", "προϊόντα", "ενότητα", "ενδιαφέρον", "ενδιαφέρον για"],
};

export const cues: CueTable = {
  // "… ανά έτος. Περιοχή: Κρήτη.": the region's label inside a line
  regionLabelInSentence: ["περιοχή"],
  // "στην Κρήτη", "στη Λάρισα", "στο Βόλο": "in" with its article, as Greek writes it before a place
  placeBefore: ["στην", "στη", "στο", "στον"],
  // "5 καταστήματα στην Πάτρα": the prospect's sites and then their place
  sizePlaceBefore: ["στην", "στη", "στο", "στον"],
  // "ένα lead από Ρόδο", "μια ευκαιρία από …", "έναν πελάτη από τη Λάρισα": the partner saying
  // where the lead is (the client in its accusative too, the place with its article or without)
  leadFrom: [String.raw`(?:lead|ευκαιρία|πελάτης|πελάτη)\s+από(?:\s+(?:την|τη|το|τον))?`],
  // "νέα ευκαιρία για την Κρήτη:": "for" with its article, the place a registration is for
  placeFor: ["για την", "για τη", "για το", "για τον"],
  problem: {
    // "σε χαρτί", "χειροκίνητα", "στο Excel"
    // "με το χέρι": by hand
    strong: [String.raw`χαρτ\p{L}*`, String.raw`χειροκίνητ\p{L}*`, "με το χέρι"],
    // "ζητούν", "χρειάζονται", "θέλουν"
    // a means of talking as the process: "κρατήσεις τηλεφωνικά", "μέσω Viber"; "μίλησα μαζί της τηλεφωνικά" is the
    // partner's talk
    channel: [
      String.raw`τηλεφωνικ[άα]`,
      String.raw`(?:με\s+το|στο|από\s+το)\s+τηλέφωνο`,
      String.raw`μέσω\s+(?:τηλεφώνου|viber|messenger|facebook|instagram)`,
    ],
    talked: ["μίλησα", "μιλήσαμε", "συζήτησα", "συζητήσαμε", "συμφωνήσαμε", "επικοινώνησα"],
    weak: ["ζητούν", String.raw`χρειάζ\p{L}*`, "θέλουν"],
  },
  // "Συγκατάθεση: ναι" / "όχι"
  yes: ["ναι"],
  no: ["όχι ακόμα", "όχι", "οχι"],
  negationBefore: ["δεν", "χωρίς", "όχι", "μην", "κανένα", "καμία"],
  // right after a cue: "ραντεβού; όχι ακόμα"
  negationAfter: ["όχι ακόμα", "όχι ακόμη", "ακόμα όχι"],
  // "αν πάει καλά η παρουσίαση", "εφόσον", "όταν"
  conditional: ["αν", "εάν", "εφόσον", "όταν"],
  stage: {
    // a quote asked for: "ζήτησαν προσφορά"
    // an offer asked for, a tender and its bids, offers compared: "διαγωνισμός", "υποβολή προσφορών", "συγκρίνουν με"
    evaluation: [
      // a price offer sent: "έχει σταλεί οικονομική προσφορά"
      String.raw`(?:έχει|έχουν)\s+σταλεί\s+(?:\p{L}+\s+)?προσφορ\p{L}*`,
      String.raw`ζήτησαν\s+(?:οικονομική\s+)?προσφορά`,
      // "ζήτησε επίσημη προσφορά", "ζήτησαν γραπτή προσφορά"
      String.raw`ζήτησ(?:αν|ε)\s+(?:επίσημη|γραπτή|αναλυτική)\s+προσφορά`,
      String.raw`διαγωνισμ\p{L}*`,
      String.raw`υποβολή\s+προσφορ\p{L}*`,
      String.raw`συγκρίν\p{L}*`,
      // a quote sent, received or asked for: "στείλαμε οικονομική προσφορά", "έλαβαν την προσφορά", "ζήτησαν τιμές"
      String.raw`(?:στείλαμε|αποστείλαμε|καταθέσαμε|υποβάλαμε)\s+(?:την\s+|τη\s+|μια\s+|μία\s+)?(?:οικονομική\s+)?(?:προσφορά|πρόταση)`,
      String.raw`(?:έλαβαν|πήραν)\s+(?:την\s+|τη\s+)?(?:οικονομική\s+)?προσφορά`,
      String.raw`ζήτησαν\s+(?:τιμές|τιμοκατάλογο|κοστολόγηση)`,
      String.raw`(?:ζητούν|ζητάνε|ζητά)\s+(?:οικονομική\s+)?προσφορά`,
      String.raw`σύγκριση\s+προσφορ\p{L}*`,
      // a pilot, a trial period or version: "πιλοτική λειτουργία", "δοκιμαστική περίοδος", "δοκιμάζουν"
      String.raw`(?:σε|στη|στην)\s+πιλοτική\s+(?:λειτουργία|φάση|εφαρμογή)`,
      String.raw`δοκιμαστικ\p{L}*\s+(?:περίοδ|έκδοσ|λειτουργ|χρήσ|εγκατάστασ|πρόσβασ)\p{L}*`,
      String.raw`δοκιμάζ(?:ουν|ει)`,
      // weighing the vendor's offer, a budget approved, a negotiation
      String.raw`φάση\s+αξιολόγησης`,
      String.raw`αξιολογ(?:ούν|ουν)\s+(?:τ\p{L}{1,2}\s+)?(?:λύσ|πρότασ|προσφορ|πλατφόρμ|εφαρμογ|σύστημα|προϊόν)\p{L}*`,
      String.raw`εγκρίθηκε\s+(?:ο\s+)?προϋπολογισμ\p{L}*`,
      String.raw`προϋπολογισμ\p{L}*\s+(?:έχει\s+)?(?:εγκριθεί|εγκρίθηκε)`,
      String.raw`διαπραγμάτευσ\p{L}*`,
      // an offer already received: "έχουν λάβει προσφορά"
      String.raw`(?:έχουν|έχει)\s+(?:ήδη\s+)?λάβει\s+(?:την\s+|τη\s+|μια\s+|μία\s+)?(?:οικονομική\s+)?προσφορά`,
    ],
    // "ραντεβού την Πέμπτη", "συνάντηση κλεισμένη για τις 3/4"
    event: [
      "ραντεβού",
      "συνάντηση",
      "παρουσίαση",
      "επίδειξη",
      "τηλεδιάσκεψη",
      "βιντεοκλήση",
      String.raw`(?:τηλεφωνική\s+)?κλήση`,
    ],
    // "έχουμε ραντεβού στη Λάρισα στις 14/5": a meeting we have, then its date
    discovery: [
      String.raw`(?:έχουμε|θα\s+έχουμε)\s+(?:ένα\s+|μια\s+)?{event}[^.\n!?]{0,40}?\s(?:στις|την|τη)\s+(?:\d{1,2}(?:[./]\d{1,2})?|{day})`,
      // the verb first: "κλείσαμε ραντεβού", "ορίσαμε μια πρώτη συνάντηση", "έχει κλειστεί παρουσίαση"
      String.raw`(?:κλείσαμε|κανονίσαμε|ορίσαμε|προγραμματίσαμε|συμφωνήσαμε)\s+(?:ένα\s+|μια\s+|μία\s+)?(?:πρώτ\p{L}*\s+)?{event}`,
      String.raw`(?:έχει|έχουν)\s+(?:ήδη\s+)?(?:κλειστεί|οριστεί|προγραμματιστεί|κανονιστεί)\s+(?:ένα\s+|μια\s+|μία\s+)?(?:πρώτ\p{L}*\s+)?{event}`,
    ],
    booked: [
      "κλεισμένη",
      "κλεισμένο",
      "κανονίστηκε",
      "προγραμματίστηκε",
      "προγραμματισμένη",
      "προγραμματισμένο",
      "κλείστηκε",
      "κλειστεί",
      "ορίστηκε",
      "επιβεβαιώθηκε",
      "επιβεβαιωμένη",
      "επιβεβαιωμένο",
      "κανονισμένη",
      "κανονισμένο",
    ],
    day: ["δευτέρα", "τρίτη", "τετάρτη", "πέμπτη", "παρασκευή", "αύριο", "μεθαύριο"],
    // month names in the genitive a date takes ("στις 14 Μαρτίου"), with and without the accent
    month: [
      "ιανουαρίου",
      "ιανουαριου",
      "φεβρουαρίου",
      "φεβρουαριου",
      "μαρτίου",
      "μαρτιου",
      "απριλίου",
      "απριλιου",
      "μαΐου",
      "μαιου",
      "ιουνίου",
      "ιουνιου",
      "ιουλίου",
      "ιουλιου",
      "αυγούστου",
      "αυγουστου",
      "σεπτεμβρίου",
      "σεπτεμβριου",
      "οκτωβρίου",
      "οκτωβριου",
      "νοεμβρίου",
      "νοεμβριου",
      "δεκεμβρίου",
      "δεκεμβριου",
    ],
    thanked: [String.raw`ευχαριστ(?:ώ|ούμε)\s+(?:πολύ\s+)?για`],
    newIntro: [
      // a first contact, a new lead, an early stage: "πρώτη επαφή", "νέο lead", "αρχικό στάδιο"
      String.raw`πρώτη\s+(?:επαφή|επικοινωνία|γνωριμία)`,
      String.raw`νέ(?:ο|α)\s+(?:lead|επαφή)`,
      String.raw`(?:αρχικό|πρώιμο)\s+στάδιο`,
      String.raw`(?:απλή|απλώς|μόνο)\s+(?:μια\s+)?(?:γνωριμία|σύσταση)`,
      // the writer introducing a client: "θα ήθελα να σας συστήσω", "απλώς κάνουμε τη σύσταση"
      String.raw`(?:θέλαμε|ήθελα|θέλουμε|θέλω)\s+να\s+σας\s+συστήσ\p{L}*`,
      String.raw`(?:απλώς|απλά|μόνο)\s+κάνουμε\s+(?:τη|την)\s+σύσταση`,
      // thinking of a change: "σκέφτονται να αλλάξουν", "εξετάζουν το ενδεχόμενο"
      String.raw`σκέφτ(?:ονται|εται)\s+(?:να\s+)?(?:αλλάξ|αντικαταστήσ)\p{L}*`,
      String.raw`εξετάζ(?:ουν|ει)\s+(?:το\s+ενδεχόμενο|την\s+αντικατάσταση|την\s+αλλαγή)`,
      // nothing booked yet: "δεν έχει κλειστεί ακόμα ραντεβού", "τίποτα δεν έχει οριστεί"
      String.raw`δεν\s+(?:έχει|έχουμε)\s+(?:κλείσει|κλειστεί|οριστεί|προγραμματιστεί|κανονιστεί)\s+(?:ακόμα\s+|ακόμη\s+)?(?:τίποτα|ραντεβού|συνάντηση|παρουσίαση)`,
      String.raw`τίποτα\s+(?:δεν\s+έχει\s+)?(?:κλείσει|κλειστεί|οριστεί|κανονιστεί|προγραμματιστεί)`,
      // no word of a meeting yet: "δεν έχουμε μιλήσει για ραντεβού"
      String.raw`δεν\s+(?:έχουμε|έχει)\s+(?:ακόμ[αη]\s+)?μιλήσει\s+(?:ακόμ[αη]\s+)?για\s+(?:ραντεβού|συνάντηση|παρουσίαση|demo)`,
      // we only introduce her to you, then withdraw: "απλώς σας τη συστήνουμε", "μετά τη σύσταση αποσυρόμαστε"
      String.raw`(?:απλώς|απλά|μόνο)\s+σας\s+(?:τη|την|τον|το|τους|τις)\s+συστήνουμε`,
      String.raw`μετά\s+(?:τη|την)\s+σύσταση\s+αποσυρόμαστε`,
    ],
  },
  // too common to decide in prose; a role label's value ("Ρόλος: εγκατάσταση") is decided by one
  motionWeak: { services: ["υλοποίηση", "εγκατάσταση", "εκπαίδευση"] },
  motionName: { services: ["υπηρεσίες"], referral: ["παραπομπή"], resale: ["μεταπώληση"] },
  motion: {
    // the partner takes on the work: "θα αναλάβουμε την υλοποίηση / την εγκατάσταση"
    // the partner only introduces: "απλώς κάνω τη σύσταση", "μόνο τη σύσταση"
    referral: [
      String.raw`(?:απλά|απλώς|μόνο)\s+(?:κάνουμε\s+|κάνω\s+)?(?:τη|την)\s+σύσταση`,
      // a fee for the introduction, the vendor selling directly, only putting in touch
      String.raw`(?:αμοιβή|προμήθεια)\s+(?:σύστασης|παραπομπής|μεσολάβησης)`,
      String.raw`(?:πουλήσετε|τιμολογήσετε|πουλάτε|τιμολογείτε)\s+(?:εσείς\s+)?απευθείας`,
      String.raw`(?:απλώς|απλά|μόνο)\s+(?:σας\s+)?(?:φέρνουμε\s+σε\s+επαφή|συστήνουμε|παραπέμπουμε)`,
      // the vendor takes it on, we step back: "από εκεί και πέρα αναλαμβάνετε εσείς", "μετά την εισαγωγή αποσυρόμαστε"
      String.raw`αναλαμβάνετε\s+εσείς`,
      String.raw`αποσυρόμαστε`,
      // "απλή σύσταση" (a plain introduction), "θα θέλαμε να σας συστήσουμε" (we would like to introduce to you)
      String.raw`απλ[ήη]\s+σύσταση`,
      String.raw`(?:θέλαμε|ήθελα|θέλουμε|θέλω)\s+να\s+σας\s+συστήσ\p{L}*`,
    ],
    // the partner bills the customer or buys the licences: "η τιμολόγηση μέσω εμάς", "αγοράζουμε εμείς τις άδειες"
    resale: [
      String.raw`μεταπώλ\p{L}*`,
      String.raw`μεταπωλ\p{L}*`,
      String.raw`τιμολόγηση\s+(?:θα\s+γίνει\s+|γίνεται\s+)?(?:μέσω|από)\s+εμάς`,
      String.raw`(?:αγοράζουμε|θα\s+αγοράσουμε)\s+(?:εμείς\s+)?(?:τις\s+)?άδειες`,
      String.raw`(?:θα\s+)?(?:τιμολογήσουμε|τιμολογούμε)\s+εμείς`,
    ],
    services: [
      String.raw`αναλάβουμε\s+(?:εμείς\s+)?(?:την\s+|τη\s+)?(?:υλοποίηση|εγκατάσταση|εκπαίδευση|υποστήριξη)`,
      // "θα κάνουμε εμείς την εγκατάσταση", "παρέχουμε την υποστήριξη", "ολοκληρωτής συστημάτων"
      String.raw`(?:θα\s+)?(?:κάνουμε|αναλαμβάνουμε|παρέχουμε)\s+(?:εμείς\s+)?(?:την\s+|τη\s+)?(?:υλοποίηση|εγκατάσταση|εκπαίδευση|υποστήριξη|παραμετροποίηση|συντήρηση)`,
      String.raw`ολοκληρωτ(?:ής|ές)\s+συστημάτων`,
    ],
    // an integration with the partner's own product, a technology partnership
    technology: [
      String.raw`(?:διασύνδεση|ενοποίηση|ολοκλήρωση)\s+με\s+(?:το|την|τη)\s+(?:πλατφόρμα|λογισμικό|σύστημα|προϊόν|εφαρμογή|λύση)\s+μας`,
      String.raw`τεχνολογικ\p{L}*\s+συνεργ\p{L}*`,
    ],
    marketplace: [String.raw`marketplace\s+(?:του|της)\s+(?:aws|azure|google|microsoft)`],
  },
  consent: {
    // the prospect agreed to being contacted, the two words in one sentence in either order
    agreeWord: ["συμφώνησε", "συμφωνεί", "δέχτηκε", "δέχεται", "συναίνεσε", "συμφώνησαν", "αποδέχτηκε"],
    contactWord: [String.raw`επικοινων\p{L}*`, String.raw`καλέσ\p{L}*`, String.raw`τηλεφων\p{L}*`],
    // "συμφώνησε να επικοινωνήσετε μαζί του", "δέχεται να τον καλέσετε"
    permission: [
      String.raw`(?:συμφώνησε|συμφωνεί|συμφωνήσει|δέχεται|δέχτηκε)\s+να\s+(?:τον\s+|την\s+)?(?:επικοινωνήσ|καλέσ)\p{L}*`,
      // the prospect asked for it: "ζήτησε να τον καλέσετε"
      String.raw`(?:ζήτησε|ζήτησαν|ζητά|ζητούν)\s+να\s+(?:τον\s+|την\s+|τους\s+)?(?:επικοινωνήσ|καλέσ)\p{L}*`,
      // awaiting the call, may be called, consent given: "περιμένει το τηλεφώνημά σας", "μπορείτε να τον καλέσετε"
      String.raw`(?:περιμένει|περιμένουν|αναμένει)\s+(?:το\s+τηλεφώνημ|την\s+κλήση|την\s+επικοινωνία|να\s+(?:τον|την|τους)\s+(?:καλέσ|πάρ))\p{L}*`,
      String.raw`μπορείτε\s+να\s+(?:(?:τον|την|τους)\s+(?:καλέσετε|πάρετε)|επικοινωνήσετε)`,
      String.raw`(?:έδωσε|έδωσαν)\s+(?:τη\s+|την\s+)?συγκατάθεσ\p{L}*`,
      String.raw`(?:έχουμε|υπάρχει)\s+(?:τη\s+|την\s+)?συγκατάθεσ\p{L}*`,
      String.raw`(?:είναι\s+)?ενήμερ(?:ος|η|οι)\s+(?:ότι|πως)\s+θα`,
      // consent given to be contacted: "έχει δώσει τη συγκατάθεσή της να επικοινωνήσετε"
      String.raw`δώσει\s+τη\s+συγκατάθεσ\p{L}*\s+(?:της\s+|του\s+)?(?:να|για)`,
    ],
    // do not call, not asked yet, wait for me: "μην τον καλέσετε ακόμα", "δεν τον έχω ρωτήσει"
    prohibition: [
      String.raw`(?:μην|μη)\s+(?:(?:τον|την|τους)\s+)?(?:καλέσετε|πάρετε|ενοχλήσετε|προσεγγίσετε|επικοινωνήσετε)`,
      String.raw`δεν\s+(?:τον|την|τους)\s+(?:έχω|έχουμε)\s+(?:ακόμα\s+|ακόμη\s+)?(?:ρωτήσει|ενημερώσει)`,
      // the consent not asked or not had yet: "δεν έχω ακόμη ζητήσει τη συγκατάθεσή του", "δεν έχουμε ακόμη τη συγκατάθεση"
      String.raw`δεν\s+(?:έχω|έχουμε)\s+(?:ακόμα\s+|ακόμη\s+)?(?:ζητήσει\s+)?(?:τη|την)\s+συγκατάθεσ\p{L}*`,
      String.raw`δεν\s+έχει\s+(?:ακόμα\s+|ακόμη\s+)?(?:δώσει\s+(?:τη\s+|την\s+)?συγκατάθεσ\p{L}*|συμφωνήσει|ενημερωθεί)`,
      String.raw`περιμένετε\s+(?:μέχρι|έως|ώσπου)\s+(?:να\s+)?(?:σας\s+)?(?:επιβεβαιώσω|ενημερώσω|πω)`,
      String.raw`(?:επικοινωνία|επαφή)\s+(?:μόνο|αποκλειστικά)\s+(?:μέσω|από)\s+(?:εμάς|εμένα)`,
      // not given yet: "δεν έχει δώσει ακόμη τη συγκατάθεσή της"
      String.raw`δεν\s+(?:έχει|έχουν)\s+δώσει\s+(?:ακόμη\s+|ακόμα\s+)?(?:τη\s+)?συγκατάθεσ\p{L}*`,
    ],
  },
  // "συγκρίνουν με X", "συγκρίνει την πρόταση με X": weighing a rival's offer
  competitorBefore: [
    String.raw`συγκρίν\p{L}*\s+(?:\S+\s+){0,2}?με\s+(?:τ(?:ην|η|ο|ον)\s+)?`,
    // "also" and the rival as the object: "συγκρίνει επίσης το X", "εξετάζουν ακόμη την X"
    String.raw`(?:συγκρίν|εξετάζ)\p{L}*\s+(?:επίσης|ακόμη|ακόμα)\s+(?:τ(?:ην|η|ο|ον|ις|α)\s+)?`,
    // an offer from a rival: "έχουν προσφορά από X", "προσφορές (και από X)"
    String.raw`προσφορ(?:ά|ές)\s+\(?(?:και\s+)?από\s+(?:τ(?:ην|η|ο|ον)\s+)?`,
  ],
  // a detail still to come: "το email θα το στείλω αύριο", "το όνομα δεν το έχουμε ακόμη"; "ακόμη"
  // alone is "still" ("γράφουν ακόμη τις παραγγελίες στο χέρι"): not yet is "δεν … ακόμη"
  detailsLater: {
    detail: [String.raw`e-?mail`, String.raw`όνομα`, String.raw`ιστοσελίδ\p{L}*`, String.raw`στοιχεία επικοινωνίας`],
    later: ["αύριο", "αργότερα", String.raw`δεν (?:\S+ ){0,3}ακόμ[ηα]`, String.raw`ακόμ[ηα] δεν`],
  },
};

/** Registering phrases (see CueTable.registering); the cue tables are `cues`. */
export const registering: readonly string[] = [
  // "παρακαλώ καταχωρήστε", "καταχώριση ευκαιρίας", "νέα ευκαιρία", "νέος πελάτης"
  String.raw`καταχ[ωώ]ρ[ηήιί]σ\p{L}*`,
  String.raw`νέ(?:α|ος|ο) (?:ευκαιρία|πελάτης|lead)`,
  // the partner introducing or referring a client to the vendor: "σας συστήνω την …", "σας
  // παραπέμπω μια επιχείρηση" (not "σας παραπέμπω στη σελίδα", referring the reader to a page)
  String.raw`σας (?:συστήσω|συστήνω|παραπέμπω) (?:έναν?|μια|μία|την|τον|το|τη)`,
];
