// Italian label words, by field.
import type { LabelTable } from "./types.ts";

export const labels: LabelTable = {
  company: ["azienda", "ragione sociale", "società", "nome azienda", "organizzazione", "ditta", "cliente finale"],
  website: ["sito web", "sito", "sito internet"],
  contactName: ["contatto", "referente", "persona di riferimento", "nome e cognome", "nominativo"],
  role: ["ruolo", "qualifica", "posizione", "carica"],
  email: ["posta elettronica", "indirizzo email", "indirizzo e-mail"],
  phone: ["telefono", "cellulare"],
  stage: ["stato", "stadio", "fase della trattativa"],
  value: ["valore", "valore stimato", "importo"],
  competitors: ["concorrenti", "concorrenza"],
  need: ["esigenza", "esigenze", "contesto", "note", "bisogno", "situazione", "descrizione"],
  region: ["regione", "paese", "città", "sede"],
  consent: ["consenso", "consenso al contatto", "contatto autorizzato"],
  motion: ["tipo di partner", "modalità di vendita"],
  product: ["prodotto", "prodotti", "modulo"],
};

/** Passare la pratica a un collega (regex sources, matched case-insensitively). */
export const handover: readonly string[] = [
  String.raw`sarà (?:il vostro|il suo) (?:referente|contatto)`,
  String.raw`passo la palla`,
];
export const staying: readonly string[] = [String.raw`resto (?:il vostro |il suo )?(?:referente|contatto)`];
