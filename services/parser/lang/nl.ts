// Dutch label words, by field.
import type { LabelTable } from "./types.ts";

export const labels: LabelTable = {
  company: ["bedrijf", "bedrijfsnaam", "organisatie", "klant", "klantnaam", "onderneming", "naam bedrijf", "eindklant"],
  website: ["webadres", "internetadres"],
  contactName: ["contactpersoon", "naam", "aanspreekpunt", "beslisser", "naam contactpersoon"],
  role: ["functie", "rol", "functietitel"],
  email: ["e-mailadres", "mailadres", "emailadres"],
  phone: ["telefoon", "telefoonnummer", "mobiel", "gsm"],
  stage: ["fase", "stadium", "stand van zaken"],
  value: ["waarde", "geschatte waarde", "omvang", "dealwaarde", "bedrag", "budget (indicatie)"],
  competitors: ["concurrenten", "concurrentie", "andere leveranciers"],
  need: ["behoefte", "probleem", "uitdaging", "achtergrond", "opmerkingen", "toelichting", "omschrijving"],
  region: ["regio", "plaats", "stad", "provincie", "locatie", "vestiging"],
  consent: ["toestemming", "toestemming voor contact", "contact toegestaan", "akkoord voor contact"],
  motion: ["samenwerkingsvorm", "type samenwerking", "type partner"],
  product: ["producten", "interesse"],
};

/** Overdragen aan een collega (regex sources, matched case-insensitively). */
export const handover: readonly string[] = [
  String.raw`overdragen|draag (?:het )?over`,
  String.raw`(?:wordt|is) (?:uw|jullie|het) (?:nieuwe )?aanspreekpunt`,
  String.raw`neemt (?:dit|het) (?:verder )?(?:op|over)`,
  String.raw`doorgegeven`,
];
export const staying: readonly string[] = [String.raw`ik blijf (?:uw |jullie |het )?(?:aanspreekpunt|contactpersoon)`];
