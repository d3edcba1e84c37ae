// Ukrainian and Russian label words for the identity fields (company, website, contact, role,
// address, phone), as forms in Cyrillic write them ("Контактна особа: …", "Контактное лицо: …").
// The deal fields' cue tables are not listed yet.
import type { LabelTable } from "./types.ts";

export const labels: LabelTable = {
  company: [
    "компанія",
    "компания",
    "організація",
    "организация",
    "клієнт",
    "клиент",
    "назва компанії",
    "название компании",
  ],
  website: ["сайт", "веб-сайт", "вебсайт"],
  contactName: ["контактна особа", "контактное лицо", "піб", "фио", "контакт"],
  role: ["посада", "должность"],
  email: ["ел. пошта", "електронна пошта", "эл. почта", "электронная почта"],
  phone: ["тел", "телефон", "моб"],
};
