// Romanian label words for the identity fields (the comma-below and the older cedilla spellings of
// ș and ț are both written). Cue phrases for Romanian are not listed yet.
import type { LabelTable } from "./types.ts";

export const labels: LabelTable = {
  company: ["companie", "compania", "firmă", "firma client", "societate", "denumire firmă", "nume companie"],
  website: ["site", "site web", "pagină web"],
  contactName: ["persoană de contact", "persoana de contact", "persoană contact", "nume contact"],
  role: ["funcție", "funcţie", "funcția", "funcţia", "poziție", "poziţie"],
  email: ["adresă de e-mail", "adresa de e-mail"],
  need: ["nevoie", "nevoi", "nevoia clientului", "descriere"],
  value: ["valoare", "valoare estimată", "valoare estimata", "valoare estimativă", "buget"],
  competitors: ["concurență", "concurenţă", "concurenta", "competitori"],
};
