// Polish label words, by field.
import type { CueTable, LabelTable } from "./types.ts";

export const labels: LabelTable = {
  company: ["nazwa firmy", "firma klienta", "klient", "przedsiębiorstwo", "organizacja", "spółka"],
  website: ["strona", "strona www", "strona internetowa", "www"],
  contactName: ["osoba kontaktowa", "imię i nazwisko", "nazwisko"],
  role: ["stanowisko"],
  email: ["adres e-mail", "adres email"],
  phone: ["komórka", "numer telefonu", "telefon", "tel. kom", "tel. komórkowy"],
  stage: ["etap", "faza"],
  value: ["budżet", "wartość", "szacowana wartość", "kwota"],
  competitors: ["konkurencja", "konkurenci"],
  need: ["potrzeba", "potrzeby", "kontekst", "uwagi", "opis"],
  region: ["kraj", "miasto", "lokalizacja", "województwo"],
  consent: ["zgoda", "zgoda na kontakt", "zgoda klienta", "zgoda klienta na kontakt"],
  motion: ["typ partnera", "model współpracy"],
  product: ["produkty", "moduł"],
  currency: ["waluta"],
};

/** Przekazanie sprawy koledze (regex sources, matched case-insensitively). */
export const handover: readonly string[] = [
  String.raw`przejmuje (?:temat|sprawę|projekt)`,
  String.raw`będzie (?:waszą|pana|pani) osobą kontaktową`,
];
export const staying: readonly string[] = [String.raw`pozostaję (?:waszą |pana |pani )?osobą kontaktową`];

export const cues: CueTable = {
  negationBefore: ["nie", "bez", "nigdy", "żaden", "żadnej", "ani"],
  negationAfter: ["jeszcze nie"],
  conditional: ["jeśli", "jeżeli", "gdy", "kiedy"],
  yes: ["tak", "jest", "udzielona", "wyrażona", "ok"],
  no: ["jeszcze nie", "nie", "brak"],
  stage: {
    evaluation: [
      String.raw`testuj[aą]`,
      String.raw`pilotaż`,
      String.raw`oferta\s+(?:w\s+przygotowaniu|wysłana|przygotowywana|złożona)`,
      String.raw`(?:porównuj[aą]|porównanie)\s+(?:ofert|dostawców|rozwiązań)`,
      "przetarg",
      String.raw`(?:prosi|poprosił[aoy]?|prosz[ąa])\s+o\s+ofert[ęy]`,
      String.raw`testuj[eąa]\p{L}*`,
      String.raw`wersj[iaę]\s+próbn\p{L}+`,
    ],
    newIntro: [String.raw`pierwszy\s+kontakt`, String.raw`wstępna\s+rozmowa`, String.raw`bez\s+{event}`],
    event: ["spotkanie", "spotkania", "prezentacja", "rozmowa", "demo", "wizyta", "telekonferencja"],
    booked: [
      String.raw`zaplanowan[ea]`,
      String.raw`zaplanowany`,
      String.raw`umówion[ea]`,
      String.raw`umówiony`,
      String.raw`potwierdzon[ea]`,
    ],
    day: [
      "poniedziałek",
      String.raw`pon\.`,
      String.raw`wt\.`,
      String.raw`śr\.`,
      String.raw`czw\.?`,
      String.raw`pt\.`,
      "wtorek",
      "środa",
      "środę",
      "czwartek",
      "piątek",
      "jutro",
    ],
  },
  consent: {
    permission: [
      String.raw`wyraził[ao]?\s+zgodę`,
      String.raw`zgoda\s+na\s+kontakt\s+(?:jest|udzielona|wyrażona)`,
      String.raw`(?:zgodził|zgodziła)\s+się\s+na\s+kontakt`,
    ],
    prohibition: [String.raw`(?:proszę\s+)?nie\s+(?:kontaktować|dzwonić)`],
  },
  motion: {
    resale: [String.raw`odsprzedaż`, String.raw`odsprzedawca`],
    // "usługa zarządzana", "wdrożenie i utrzymanie"
    services: [String.raw`usług[ai]\s+zarządzan[ae]`, String.raw`wdrożenie\s+i\s+(?:utrzymanie|wsparcie)`],
  },
  productBefore: [String.raw`zainteresowan[yia]\w*`, String.raw`(?:wdrożeniem|wdrożenie|licencj[ae])`],
  competitorBefore: [
    String.raw`rozważaj[aą]\s+(?:(?:też|także|również)\s+)?`,
    String.raw`porównuj[aą]\s+(?:\S+\s+){0,2}?z\s+`,
    String.raw`(?:korzystaj[aą]|używaj[aą])\s+(?:(?:obecnie|teraz|już)\s+)?(?:z\s+)?`,
  ],
  problem: {
    strong: [
      String.raw`ręczn\w*`,
      String.raw`na papierze`,
      String.raw`papierow\w*`,
      String.raw`excel\w*`,
      String.raw`arkusz\w*`,
      String.raw`brak (?:obiegu|kontroli|akceptacji|elektronicznej)`,
    ],
    weak: [
      String.raw`szuka\w*`,
      String.raw`chcą`,
      String.raw`potrzebuj\w*`,
      String.raw`automatyzac\w*`,
      String.raw`\d[\d\s.,]*\s*faktur (?:miesięcznie|rocznie)`,
    ],
  },
  placeBefore: [
    String.raw`z siedzibą w`,
    String.raw`na całe`,
    String.raw`na cały`,
    String.raw`na całą`,
    String.raw`w całym`,
    String.raw`w całej`,
  ],
  placeFor: ["dla"],
  rolloutWord: ["projekt", "rynek", "wdrożenie"],
  phoneExtension: ["wew."],
  regionWord: [String.raw`województwo`, String.raw`region`],
};
