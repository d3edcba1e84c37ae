// Hebrew label words for the contact person and how to reach them, as Hebrew forms write them
// ("איש קשר: …", "דוא"ל: …"). Only labels, no cue phrases.
import type { LabelTable } from "./types.ts";

export const labels: LabelTable = {
  // "company", "the company", "company name", "organisation", "the organisation", "organisation name",
  // "client", "the client", "client name"
  company: ["חברה", "החברה", "שם החברה", "ארגון", "הארגון", "שם הארגון", "לקוח", "הלקוח", "שם הלקוח"],
  // "site", "website"
  website: ["אתר", "אתר אינטרנט"],
  // "contact person" (literally "man of contact", written for either gender), "contact person" (feminine)
  contactName: ["איש קשר", "אשת קשר"],
  // "position" (the job title)
  role: ["תפקיד"],
  // the abbreviation of "electronic mail", with its gershayim written as a double quote
  email: ['דוא"ל', "דוא״ל", "דואר אלקטרוני"],
  phone: ["טלפון"],
  // "need", "the need", "needs", "problem", "the problem"
  need: ["צורך", "הצורך", "צרכים", "בעיה", "הבעיה"],
  // "competitors"
  competitors: ["מתחרים"],
  // "region, area"
  region: ["אזור"],
};
