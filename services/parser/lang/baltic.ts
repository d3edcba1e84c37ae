// Latvian, Lithuanian and Estonian label words and registering phrases, by field.
import type { LabelTable } from "./types.ts";

export const labels: LabelTable = {
  company: [
    // lv
    "uzņēmums",
    "uzņēmuma nosaukums",
    "klients",
    // lt
    "įmonė",
    "įmonės pavadinimas",
    "klientas",
    // et
    "ettevõte",
    "ettevõtte nimi",
  ],
  website: ["mājaslapa", "mājas lapa", "tīmekļa vietne", "svetainė", "interneto svetainė", "veebileht", "koduleht"],
  contactName: ["kontaktpersona", "kontaktinis asmuo", "kontaktisik"],
  role: ["amats", "pareigos", "ametikoht"],
  email: ["e-pasts", "el. paštas", "e-post"],
  phone: ["tālrunis", "telefons", "telefonas", "telefon"],
  stage: ["statuss", "etapas", "staatus", "etapp"],
  value: ["vērtība", "budžets", "vertė", "biudžetas", "väärtus", "eelarve"],
  competitors: ["konkurenti", "konkurentai", "konkurendid"],
  need: ["vajadzība", "piezīmes", "poreikis", "pastabos", "vajadus", "märkused"],
  region: ["reģions", "regionas", "piirkond"],
  consent: ["piekrišana", "sutikimas", "nõusolek"],
  product: ["produkts", "produktas", "toode"],
};

/** Registering phrases (see CueTable.registering); further cue tables are not listed yet. */
export const registering: readonly string[] = [
  // lv "lūdzu, reģistrējiet", "reģistrācija"; lt "užregistruoti", "registracija"; et "registreerige"
  String.raw`reģistr\p{L}*`,
  String.raw`(?:už)?registruo\p{L}*`,
  String.raw`registracij\p{L}*`,
  String.raw`registreeri\p{L}*`,
  // "a new customer": lv "jauns klients", lt "naujas klientas", et "uus klient"
  String.raw`(?:jauns klients|naujas klientas|uus klient)`,
];
