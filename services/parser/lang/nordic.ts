// Danish, Swedish and Norwegian label words, by field.
import type { LabelTable } from "./types.ts";

export const labels: LabelTable = {
  company: [
    "virksomhed",
    "virksomhet",
    "företag",
    "bolag",
    "kund",
    "firmanavn",
    "företagsnamn",
    "selskab",
    "selskap",
    "kundenavn",
  ],
  website: ["hjemmeside", "webbplats", "hemsida", "nettside", "webside"],
  contactName: ["navn", "namn", "kontaktperson"],
  role: ["stilling", "roll", "befattning", "tittel", "titel"],
  email: ["e-post", "epost", "e-postadress", "e-postadresse"],
  phone: ["tlf", "mobilnummer", "telefonnummer"],
  stage: ["stadie", "fas"],
  value: ["budsjett", "værdi", "verdi", "värde", "beløb", "beløp", "belopp", "estimeret værdi", "uppskattat värde"],
  competitors: ["konkurrenter", "konkurrence", "konkurranse", "konkurrens"],
  need: [
    "behov",
    "udfordring",
    "utfordring",
    "utmaning",
    "baggrund",
    "bakgrund",
    "bakgrunn",
    "noter",
    "anteckningar",
    "kommentarer",
  ],
  region: ["stad", "område", "sted", "placering"],
  consent: ["samtykke", "samtycke", "tilladelse", "tillatelse", "samtykke til kontakt"],
  motion: ["partnertype", "partnertyp"],
  product: ["produkter", "modul"],
};

/** Handing over in Danish, Swedish, Norwegian (regex sources, matched case-insensitively). */
export const handover: readonly string[] = [String.raw`tar över`, String.raw`tar over`, String.raw`overtager`];
export const staying: readonly string[] = [];
