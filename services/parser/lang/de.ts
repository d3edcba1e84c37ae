// German label words, by field.
import type { LabelTable } from "./types.ts";

export const labels: LabelTable = {
  company: ["firma", "firmenname", "unternehmen", "kunde", "kundenname", "endkunde", "interessent", "name des unternehmens", "endkundin", "unternehmensname", "firmierung", "kunde / firma", "gemeinde", "kommune", "einrichtung", "behörde", "hochschule", "universität", "kanzlei", "praxis", "verein", "stiftung", "klinik"],
  website: ["webseite", "internetseite", "internetadresse"],
  contactName: ["ansprechpartner", "ansprechpartnerin", "hauptansprechpartner", "hauptansprechpartnerin", "kontakt", "kontaktperson", "entscheider", "entscheiderin", "ansprechperson", "ansprechpartner/in", "endkunde ansprechpartner", "kunde ansprechpartner", "ansprechpartner kunde", "ansprechpartner endkunde"],
  role: ["funktion", "rolle", "bereich/funktion", "jobtitel", "titel", "rolle/funktion"],
  email: ["e-mail-adresse", "emailadresse", "e-mail-adresse ansprechpartner"],
  phone: ["telefon", "mobil", "handy", "telefonnummer"],
  stage: ["stadium", "stand", "projektstatus", "stand der dinge", "verkaufsphase", "projektphase", "projektstand", "termin"],
  value: ["volumen", "projektvolumen", "auftragswert", "geschätztes volumen", "budgetrahmen", "umsatz", "auftragsvolumen", "wert", "geschätzter wert", "potenzial", "lizenzvolumen", "jahresvolumen", "projektwert"],
  competitors: ["wettbewerber", "wettbewerb", "mitbewerber", "konkurrenz", "andere anbieter", "weitere anbieter", "vergleich mit"],
  need: ["hintergrund", "bedarf", "ausgangslage", "anforderung", "anforderungen", "herausforderung", "bemerkung", "bemerkungen", "notizen", "anmerkungen", "projekt"],
  region: ["land", "standort", "ort", "bundesland", "kanton", "provinz", "gebiet"],
  consent: ["einverständnis", "einverständnis zur kontaktaufnahme", "kontaktfreigabe", "kontaktaufnahme", "zustimmung", "einwilligung", "kontakt erlaubt", "kontakt ok", "direkter kontakt", "direktkontakt"],
  motion: ["modell", "vertriebsweg", "vertriebsmodell", "umsetzung", "partnermodell", "art", "abwicklung"],
  product: ["produkt", "produkte"],
};

/** Übergabe an eine Kollegin / einen Kollegen (regex sources, matched case-insensitively). */
export const handover: readonly string[] = [
  String.raw`übergebe`, String.raw`übernimmt`, String.raw`ansprechpartner(?:in)? (?:ist|wird)`, String.raw`zuständig`,
  String.raw`wenden sie sich (?:bitte |künftig |direkt )*an`, String.raw`(?:koordiniert|leitet|verantwortet) (?:das|dieses) (?:projekt|vorhaben|thema)`,
];
export const staying: readonly string[] = [String.raw`bleibe (?:ich )?(?:ihr |ihre |der |die )?(?:haupt)?ansprechpartner`];
