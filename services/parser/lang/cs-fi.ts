// Czech and Finnish label words, by field (labels only: no cue phrases for these languages yet).
import type { LabelTable } from "./types.ts";

export const labels: LabelTable = {
  company: ["společnost", "název firmy", "zákazník", "yritys", "asiakas", "yrityksen nimi"],
  website: ["webové stránky", "verkkosivu", "verkkosivut", "kotisivu", "kotisivut"],
  contactName: ["kontaktní osoba", "jméno", "yhteyshenkilö", "nimi"],
  role: ["funkce", "pozice", "pracovní pozice", "tehtävä", "titteli", "asema"],
  email: ["sähköposti"],
  phone: ["puhelin", "matkapuhelin", "puh", "gsm", "mobil", "telefon"],
  stage: ["fáze", "stav", "vaihe", "tila"],
  value: ["odhadovaná hodnota", "hodnota", "rozpočet", "arvioitu arvo", "arvo", "budjetti"],
  competitors: ["konkurence", "konkurenti", "kilpailijat"],
  need: ["potřeba", "poznámka", "tarve", "tarpeet", "lisätiedot"],
  region: ["region", "město", "kraj", "alue", "kaupunki"],
  consent: ["souhlas", "souhlas s kontaktováním", "lupa yhteydenottoon", "suostumus"],
  product: ["produkt", "tuote"],
};
