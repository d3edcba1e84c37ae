// Polish label words, by field.
import type { LabelTable } from "./types.ts";

export const labels: LabelTable = {
  company: ["nazwa firmy", "firma klienta", "klient", "przedsiębiorstwo", "organizacja", "spółka"],
  website: ["strona", "strona www", "strona internetowa", "www"],
  contactName: ["osoba kontaktowa", "imię i nazwisko", "nazwisko"],
  role: ["stanowisko"],
  email: ["adres e-mail", "adres email"],
  phone: ["komórka", "numer telefonu"],
  stage: ["etap", "faza"],
  value: ["budżet", "wartość", "szacowana wartość", "kwota"],
  competitors: ["konkurencja", "konkurenci"],
  need: ["potrzeba", "potrzeby", "kontekst", "uwagi", "opis"],
  region: ["kraj", "miasto", "lokalizacja", "województwo"],
  consent: ["zgoda", "zgoda na kontakt"],
  motion: ["typ partnera", "model współpracy"],
  product: ["produkty", "moduł"],
};

/** Przekazanie sprawy koledze (regex sources, matched case-insensitively). */
export const handover: readonly string[] = [
  String.raw`przejmuje (?:temat|sprawę|projekt)`,
  String.raw`będzie (?:waszą|pana|pani) osobą kontaktową`,
];
export const staying: readonly string[] = [String.raw`pozostaję (?:waszą |pana |pani )?osobą kontaktową`];
