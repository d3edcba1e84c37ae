// Greek label words for the identity fields (company, website, contact, role, address, phone), as
// Greek forms write them ("Επωνυμία: …", "Υπεύθυνος: …"). The deal fields' cue tables are not listed yet.
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
