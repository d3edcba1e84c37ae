// Polish label words, by field.
import type { CueTable, LabelTable } from "./types.ts";

export const labels: LabelTable = {
  company: [
    // institutions named by their kind: a school, a university, a public body, a cooperative
    "szkoła",
    "uczelnia",
    "placówka",
    "instytucja",
    "spółdzielnia",
    "nazwa firmy",
    "firma klienta",
    "klient",
    "przedsiębiorstwo",
    "organizacja",
    "spółka",
    // a club, an association, a union (federation)
    "klub",
    "stowarzyszenie",
    "związek",
  ],
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
  // "Nasza rola: wdrożenie": the partner's role says how it works with the vendor
  motion: ["typ partnera", "model współpracy", "nasza rola", "rola partnera"],
  product: ["produkty", "moduł", "zainteresowanie"],
  currency: ["waluta"],
};

/** Przekazanie sprawy koledze (regex sources, matched case-insensitively). */
export const handover: readonly string[] = [
  String.raw`przejmuje (?:temat|sprawę|projekt)`,
  String.raw`będzie (?:waszą|pana|pani) osobą kontaktową`,
];
export const staying: readonly string[] = [String.raw`pozostaję (?:waszą |pana |pani )?osobą kontaktową`];

export const cues: CueTable = {
  // the partner doing service work: "my robimy wdrożenie", "Rola Acme: wdrożenie, szkolenia"
  serviceWork: [
    String.raw`wdrożeni[ea]`,
    String.raw`integracj[aęi]`,
    String.raw`instalacj[aęi]`,
    String.raw`konfiguracj[aęi]`,
    String.raw`szkoleni[ae]`,
    String.raw`migracj[aęi]`,
  ],
  // "my" only before a first-person plural verb ("my robimy", "my zrobilibyśmy"): in English it is "my"
  partnerSubject: [String.raw`my(?=\s+\p{L}*(?:my|śmy)(?![\p{L}]))`, "nasz zespół"],
  otherSubject: ["oni", "klient"],
  serviceLabel: ["nasza rola", String.raw`rola [\p{L}-]+`],
  // "Faktura FV/2026/…" (Polish; Czech and Slovak write it so too)
  invoiceNoun: ["faktura"],
  registering: [
    // "proszę zarejestrować", "rej: …", "polecenie", "sygnał o leadzie", "Klient: …"
    String.raw`(?:za)?rejestr(?:ować|owac|uj\w*|acja|acji|ację)`,
    String.raw`rej\s*:`,
    String.raw`polecenie`,
    String.raw`lead(?:a|zie|y)`,
    String.raw`(?:nowy|nowa) (?:lead|klient|szansa)`,
    String.raw`klient\s*:`,
  ],
  negationBefore: ["nie", "bez", "nigdy", "żaden", "żadnej", "ani"],
  negationAfter: ["jeszcze nie"],
  conditional: ["jeśli", "jeżeli", "gdy", "kiedy"],
  yes: ["tak", "jest", "udzielona", "wyrażona", "ok", "mamy", "uzyskana"],
  no: ["jeszcze nie", "nie", "brak", "do potwierdzenia", "do uzgodnienia"],
  stage: {
    evaluation: [
      String.raw`testuj[aą]`,
      String.raw`pilotaż\p{L}*`,
      String.raw`oferta\s+(?:w\s+przygotowaniu|wysłana|przygotowywana|złożona)`,
      // the participle first: "złożona oferta", "wysłana oferta"
      String.raw`(?:złożon|wysłan)[aey]\s+ofert[aęy]`,
      String.raw`(?:porównuj[aą]|porównanie)\s+(?:ofert|dostawców|rozwiązań)`,
      "przetarg",
      // "przygotowujemy ofertę", "klient porównuje nas z …"
      String.raw`przygotowuj(?:emy|ę|ą)\s+ofert[ęy]`,
      String.raw`porównuj[eąa]\s+nas`,
      String.raw`(?:prosi|poprosił[aoy]?|prosz[ąa])\s+o\s+ofert[ęy]`,
      String.raw`testuj[eąa]\p{L}*`,
      String.raw`wersj[iaę]\s+próbn\p{L}+`,
      // "zatwierdzony budżet", "na krótkiej liście"
      String.raw`zatwierdzon[ya]\s+budżet|budżet\s+(?:jest\s+)?zatwierdzony`,
      String.raw`krótkiej\s+liście`,
      // "porównują teraz oferty", "porównujemy też ofertę X"
      String.raw`porównuj\p{L}*\s+(?:obecnie\s+|teraz\s+|też\s+|także\s+)?ofert\p{L}*`,
      // our offer weighed or compared: "analizują naszą ofertę", "porównuje naszą ofertę z X"
      String.raw`(?:analizuj|porównuj)\p{L}*\s+(?:teraz\s+|obecnie\s+)?(?:nasz|wasz)\p{L}*\s+ofert\p{L}*`,
      String.raw`analizuj(?:e|ą)\s+ofert\p{L}*`,
      // an offer or quote made or received: "ofertę otrzymali", "wysłaliśmy ofertę", "prośba o wycenę", "zapytanie ofertowe"
      String.raw`ofert[aęy]\s+(?:[\p{L}]+\s+){0,3}?(?:otrzymali|otrzymał|otrzymała|dostali|dostał|dostała|przesłan[aey]|wysłan[aey]|złożon[aey]|przygotowan[aey])`,
      String.raw`(?:wysłaliśmy|wysłałem|wysłałam|przesłaliśmy|przesłałem|przesłałam|złożyliśmy|przedstawiliśmy)\s+(?:[\p{L}]+\s+)?ofert[ęy]`,
      String.raw`wycen[aęy]\s+(?:[\p{L}]+\s+){0,2}?(?:wysłan[aey]|przesłan[aey]|przygotowan[aey]|w\s+przygotowaniu)|(?:prośba|prosi\p{L}*|poprosi\p{L}*)\s+o\s+wycen[ęy]`,
      String.raw`zapytani\p{L}*\s+ofertow\p{L}*|przetarg\p{L}+|kosztorys\p{L}*`,
      // a trial by its other names: "okres testowy", "licencja testowa", "w trakcie testów", "na etapie wyboru"
      String.raw`(?:okres\p{L}*|wersj\p{L}*|kont\p{L}*|licencj\p{L}*|dostęp\p{L}*|faz\p{L}*)\s+(?:testow\p{L}*|próbn\p{L}*|demo)`,
      String.raw`w\s+trakcie\s+(?:testów|testowania|pilotażu|oceny|analizy\s+ofert|negocjacji|wyboru)`,
      String.raw`(?:są|jest|jesteśmy)\s+na\s+etapie\s+(?:testów|testowania|wyboru|porównywania|analizy\s+ofert|negocjacji|ofertowania|ofertowym)`,
      // choosing among several, negotiating, a budget granted: "porównują kilka systemów", "budżet przyznany"
      String.raw`(?:porównuj\p{L}*|analizuj\p{L}*)\s+(?:kilka|różne|parę)\s+(?:ofert|rozwiązań|systemów|dostawców)`,
      String.raw`(?:wybierają|wybiera)\s+(?:[\p{L}]+\s+)?(?:między|pomiędzy|spośród)`,
      String.raw`negocjacj\p{L}*`,
      String.raw`budżet\s+(?:jest\s+|został\s+)?(?:już\s+)?(?:przyznany|zaplanowany|zarezerwowany|zabezpieczony)`,
      // the offer received: "klient otrzymał ofertę", "otrzymali naszą ofertę"
      String.raw`otrzyma\p{L}*\s+(?:nasz\p{L}*\s+)?ofert\p{L}*`,
    ],
    // the prospect comparing with a rival: "porównuje z X", "porównują ją z X" (a meeting booked with
    // the vendor says better where the vendor's deal stands)
    rival: [String.raw`porównuj(?:e|ą)\s+(?:j[ąa]\s+|je\s+)?ze?(?![\p{L}])`],
    newIntro: [
      String.raw`pierwszy\s+kontakt`,
      String.raw`wstępna\s+rozmowa`,
      String.raw`bez\s+{event}`,
      // "tylko wstępne przedstawienie", "sygnał o leadzie", "ani spotkania, ani demo", "dopiero zaczyna"
      String.raw`(?:tylko|jedynie)\s+(?:wstępne\s+przedstawienie|przedstawienie|polecenie)`,
      String.raw`sygnał\s+o\s+leadzie`,
      String.raw`ani\s+{event}`,
      String.raw`dopiero\s+(?:zaczyna|zaczął|zaczęła|zaczynają)`,
      // weighing a change, nothing agreed: "rozważają zmianę systemu", "zastanawiają się nad wymianą"
      String.raw`(?:rozważa|rozważają|zastanawia\s+się|zastanawiają\s+się|myśli|myślą|planuje|planują)\s+(?:[\p{L}]+\s+){0,3}?(?:nad\s+)?(?:zmian[ąęy]|wymian[ąęy]|przejściem|zmienić|wymienić|przejść)`,
      // a lead just come in: "nowy lead", "zgłosili się do nas", "zapytanie przez stronę", "wyrazili zainteresowanie"
      String.raw`now[yaei]\s+(?:lead|kontakt|zapytanie|szansa|potencjalny\s+klient)|szybki\s+lead`,
      String.raw`(?:zgłosił|zgłosiła|zgłosili|odezwał|odezwała|odezwali)\s+się\s+(?:[\p{L}]+\s+){0,2}?do\s+(?:nas|mnie)`,
      String.raw`zapytanie\s+(?:[\p{L}]+\s+){0,2}?(?:stron[ęyie]|formularz\p{L}*)`,
      String.raw`(?:wyrazi|wykaza)\p{L}*\s+(?:[\p{L}]+\s+)?zainteresowanie`,
      // early days, nothing fixed: "wczesny etap", "spotkanie jeszcze nie umówione"
      String.raw`wczesn\p{L}*\s+(?:etap\p{L}*|faz\p{L}*|stadium)`,
      String.raw`jeszcze\s+nie\s+(?:umówion\p{L}*|zaplanowan\p{L}*|ustalon\p{L}*)|(?:nic|niczego)\s+(?:jeszcze\s+)?nie\s+(?:ustalon\p{L}*|umówion\p{L}*|zaplanowan\p{L}*|ustaliliśmy)`,
      // nothing agreed yet, the imperfective too: "nic jeszcze nie ustalaliśmy"; an early stage: "na etapie wstępnym"
      String.raw`(?:nic|niczego)\s+(?:jeszcze\s+)?nie\s+(?:ustalali|umawiali|planowali)\p{L}*`,
      String.raw`etapie\s+wstępnym|wstępnym\s+etapie`,
      // only passing the contact on, filed as a referral: "tylko przekazuję kontakt", "zgłaszamy jako polecenie"
      String.raw`(?:tylko|jedynie)\s+przekazuj\p{L}*\s+(?:kontakt|namiar)\p{L}*`,
      String.raw`(?:zgłaszamy|zgłaszam)\s+(?:to\s+)?jako\s+polecenie`,
      // only recommending, the meeting not set: "tylko polecam", "spotkanie jeszcze nieumówione"
      String.raw`(?:tylko|jedynie)\s+polecam(?:y)?`,
      String.raw`{event}\s+(?:jeszcze\s+)?nieumówion\p{L}*`,
    ],
    // "spotkanie z prezesem mamy 14.05", "spotkanie z nimi w pt."
    discovery: [
      String.raw`{event}\s+z\s+(?:[\p{L}]+\s+){1,3}?(?:(?:mamy|mam|jest|będzie)\s+)?(?:w\s+|we\s+)?(?:{day}|\d{1,2}\.\d{1,2})`,
      // a meeting as a label with its date: "Spotkanie wstępne: 9 maja", "Prezentacja: 3.04"
      String.raw`(?:spotkanie|prezentacja|demo|rozmowa)(?:\s+(?:wstępne|wstępna|pierwsze|pierwsza|online))?\s*:\s*{date}`,
    ],
    event: [
      "spotkanie",
      "spotkania",
      String.raw`prezentacj[aięi]`,
      String.raw`rozmow[aęyi]`,
      "demo",
      "wizyta",
      "telekonferencja",
      "wideokonferencja",
      String.raw`demonstracj\p{L}*`,
      String.raw`wizyt\p{L}*`,
      "spotkaniu",
    ],
    booked: [
      String.raw`zaplanowan[ea]`,
      String.raw`zaplanowany`,
      String.raw`umówion[ea]`,
      String.raw`umówiony`,
      String.raw`potwierdzon[ea]`,
      String.raw`ustalon[aey]`,
      String.raw`zarezerwowan\p{L}*`,
      String.raw`w\s+kalendarzu`,
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
      // written without diacritics on a phone
      "poniedzialek",
      "sroda",
      "srode",
      "piatek",
    ],
    thanked: [String.raw`(?:dziękuję|dzięki|dziekuje)\s+za`],
    // "mieliśmy spotkanie we wtorek", "spotkanie odbyło się 3 maja"
    held: ["mieliśmy", "odbyliśmy"],
    heldAfter: [String.raw`(?:już\s+)?(?:się\s+)?odbył[oa]?(?:\s+się)?`],
    duration: ["minut", String.raw`godzin[ay]?`],
  },
  consent: {
    // the prospect agreed to being contacted, the two words in one sentence in either order
    agreeWord: [String.raw`zgodził\p{L}*`, "zgodę", "zgoda"],
    contactWord: [String.raw`kontakt\p{L}*`, String.raw`zadzwoni\p{L}*`, String.raw`odezw\p{L}*`, "dzwonić"],
    permission: [
      String.raw`wyraził[ao]?\s+zgodę`,
      String.raw`zgoda\s+na\s+kontakt\s+(?:jest|udzielona|wyrażona)`,
      String.raw`(?:zgodził|zgodziła)\s+się\s+na\s+kontakt`,
      // "wie, że zadzwonicie", "czeka na telefon", "dała zielone światło"
      String.raw`wie(?:dzą)?,?\s+że\s+(?:się\s+)?(?:zadzwonicie|odezwiecie|skontaktujecie)`,
      String.raw`czeka(?:ją)?\s+na\s+(?:wasz\s+|twój\s+)?(?:telefon|kontakt|wiadomość)`,
      String.raw`(?:dał|dała|dali)\s+zielone\s+światło`,
      // "możecie do niej dzwonić", "można śmiało pisać"
      String.raw`(?:mogą|możecie|można)\s+(?:do\s+(?:mnie|niego|niej)\s+)?(?:śmiało\s+)?(?:dzwonić|zadzwonić|pisać|napisać)`,
      // the prospect asks for it: "prosi o bezpośredni kontakt" (not "prosimy o kontakt", the partner's sign-off);
      // in a forward: "proszę przekazać mój numer"
      String.raw`prosi(?:ł|ła|li)?\s+o\s+(?:bezpośredni\s+|szybki\s+)?kontakt`,
      String.raw`przeka(?:zać|żcie|żecie|zywać)\s+(?:mój|moje|mojego)\s+(?:kontakt|dane|numer|telefon|e-?mail)\p{L}*`,
      // told and open to it: "jest poinformowany", "jest otwarta na rozmowę", "mamy jego zgodę"
      String.raw`(?:jest|są)\s+(?:już\s+)?(?:poinformowan\p{L}*|uprzedzon\p{L}*)`,
      String.raw`(?:jest|są)\s+otwar\p{L}*\s+na\s+(?:kontakt|rozmow[ęy]|spotkanie|telefon)`,
      String.raw`mamy\s+(?:jego\s+|jej\s+|ich\s+)?zgod[ęy]`,
      String.raw`(?:zgodził|zgodziła|zgodzili)\s+się\s+na\s+(?:rozmow[ęy]|telefon|spotkanie|przekazanie)`,
      String.raw`(?:można|możecie|może\s+pan|może\s+pani|mogą\s+państwo)\s+(?:się\s+)?(?:z\s+(?:nim|nią|nimi)\s+)?(?:śmiało\s+|bezpośrednio\s+)?(?:kontaktować|skontaktować)`,
    ],
    prohibition: [
      String.raw`(?:proszę\s+)?nie\s+(?:kontaktować|dzwonić)`,
      // not asked or settled yet, does not wish contact, "I'll settle it with him first", no contact for now
      String.raw`(?:jej|go|ich)\s+nie\s+(?:pytał|zapytał)(?:em|am|iśmy)|nie\s+(?:pytał|zapytał)(?:em|am|iśmy)\s+(?:jeszcze|jej|go|ich|pana|pani|klienta)|nie\s+uzgodnił(?:em|am|iśmy)\s+(?:jeszcze\s+)?z`,
      String.raw`nie\s+życz(?:y|ą)\s+sobie\s+(?:bezpośredniego\s+)?kontaktu`,
      String.raw`uzgodnię\s+(?:to\s+)?z\s+(?:nim|nią|nimi)`,
      String.raw`(?:na\s+razie|jeszcze)\s+bez\s+kontaktu`,
      // not told or agreed yet, wait: "nie jest jeszcze poinformowany", "brak zgody", "proszę wstrzymać się z kontaktem"
      String.raw`nie\s+(?:jest|są)\s+(?:jeszcze\s+)?(?:poinformowan\p{L}*|uprzedzon\p{L}*)`,
      String.raw`(?:brak|nie\s+mamy|nie\s+ma)\s+(?:jeszcze\s+)?(?:jego\s+|jej\s+|ich\s+)?zgody`,
      String.raw`zgod[aęy]\s+(?:jeszcze\s+)?(?:w\s+trakcie|do\s+potwierdzenia|do\s+uzgodnienia)`,
      String.raw`(?:poczekać|poczekajcie|wstrzymać\s+się|wstrzymajcie\s+się)\s+(?:jeszcze\s+)?(?:z\s+kontaktem|z\s+telefonem|do|aż)`,
      String.raw`(?:kontakt|wszystko)\s+(?:proszę\s+)?(?:tylko|wyłącznie)\s+przez\s+(?:nas|mnie)`,
      String.raw`muszę\s+(?:jeszcze\s+|najpierw\s+)?(?:zapytać|potwierdzić|ustalić|uzgodnić)`,
      String.raw`bez\s+bezpośredniego\s+kontaktu`,
    ],
  },
  // too common to decide in prose; a role label's value ("Nasza rola: wdrożenie") is decided by one
  motionWeak: { services: [String.raw`wdrożeni[ea]`] },
  motion: {
    resale: [
      String.raw`odsprzedaż`,
      String.raw`odsprzedawca`,
      String.raw`odsprzedajemy`,
      // the bill goes through the partner: "fakturujemy klienta", "klient kupi przez nas", "kupujemy od was"
      String.raw`odsprzeda\p{L}+|refakturuj\p{L}*|fakturujemy`,
      String.raw`(?:fakturowanie|faktura|zakup|sprzedaż|licencje)\s+(?:[\p{L}]+\s+){0,2}?(?:przez|od)\s+nas`,
      String.raw`(?:kupi|kupuje|kupią|zamówi|zamawia)\p{L}*\s+(?:[\p{L}]+\s+){0,2}?(?:przez\s+nas|od\s+nas|u\s+nas)`,
      String.raw`(?:kupujemy|zakupimy|kupimy)\s+(?:[\p{L}]+\s+){0,2}?(?:od\s+was|u\s+was)`,
    ],
    // "tylko przedstawiamy firmę i się wycofujemy", "tylko polecamy klienta"
    referral: [
      // out of the sale after passing the contact on: "dalej nie uczestniczymy", "nie uczestniczymy dalej w sprzedaży"
      String.raw`(?:dalej\s+nie\s+uczestniczymy|nie\s+uczestniczymy\s+(?:już\s+)?dalej)`,
      String.raw`(?:się\s+wycofujemy|wycofujemy\s+się)`,
      // "tylko polecamy", "tylko poleca" (the firm as the subject), "to tylko polecenie"
      String.raw`(?:tylko|jedynie)\s+(?:polec\p{L}*|przedstawiamy|rekomendujemy)`,
      // the vendor bills and takes over: "fakturujecie bezpośrednio", "umowa bezpośrednio z wami", "resztę prowadzicie wy"
      String.raw`(?:fakturujecie|wystawiacie\s+fakturę|rozliczacie\s+się)\s+(?:[\p{L}]+\s+){0,2}?bezpośrednio`,
      String.raw`(?:umow[aęy]|faktur[aęy]|kontrakt)\s+(?:[\p{L}]+\s+){0,3}?bezpośrednio\s+(?:z\s+wami|między\s+wami|od\s+was)`,
      String.raw`(?:dalej|resztę)\s+(?:przejmujecie|prowadzicie|robicie|wy|prowadzą\s+państwo|przejmują\s+państwo)`,
      // a finder's fee, only passing on: "prowizja za polecenie", "jedynie przekazujemy kontakt"
      String.raw`(?:prowizj\p{L}*|wynagrodzeni\p{L}*)\s+za\s+(?:polecenie|leada?|rekomendacj[ęi])|program\p{L}*\s+poleceń|partner\s+polecający`,
      String.raw`(?:tylko|jedynie)\s+(?:przekazujemy|łączymy)`,
      // only recommending them: "polecam ich tylko", "polecamy go tylko"
      String.raw`polecam(?:y)?\s+(?:ich|go|ją)\s+tylko`,
    ],
    // "usługa zarządzana", "wdrożenie i utrzymanie"
    services: [
      // the partner as the subject after the verb: "wdrożenie wykonamy my", "szkolenia przeprowadzimy my"
      String.raw`(?:wykonamy|przeprowadzimy|zrobimy|zapewnimy)\s+my(?![\p{L}])`,
      // we take care of the rollout: "zajmiemy się konfiguracją i wdrożeniem"
      String.raw`zajm(?:iemy|ujemy)\s+się\s+(?:[\p{L}]+\s+){0,5}?wdrożeni\p{L}*`,
      String.raw`usług[ai]\s+zarządzan[ae]`,
      // "usługi wdrożeniowe" (rollout services) named as the partner's part
      String.raw`usług[ai]\s+wdrożeniow\p{L}*`,
      String.raw`wdrożenie\s+i\s+(?:utrzymanie|wsparcie)`,
      // the work on the partner's side: "wdrożenie i szkolenie po naszej stronie"
      String.raw`(?:montaż|montaz|instalacj[aęi]|wdrożeni[ea]|wdrozeni[ea]|konfiguracj[aęi]|szkoleni[ae]|integracj[aęi])\s+(?:[\p{L}]+\s+){0,3}?po\s+naszej\s+stronie`,
      // "zajmiemy się wdrożeniem", "przeprowadzimy szkolenia", "partner wdrożeniowy"
      String.raw`(?:zajmiemy|zajmujemy)\s+się\s+(?:[\p{L}]+\s+)?(?:wdrożeniem|wdrozeniem|instalacją|konfiguracją|szkoleniem|szkoleniami|integracją|wsparciem|utrzymaniem|migracją)`,
      String.raw`(?:robimy|zapewniamy|prowadzimy|realizujemy|wykonujemy|przeprowadzimy|zrobimy)\s+(?:[\p{L}]+\s+)?(?:wdrożenie|instalację|konfigurację|szkolenie|szkolenia|integrację|wsparcie|migrację)`,
      // the work named first, then who does it: "integrację i szkolenie prowadzimy my"
      String.raw`(?:wdrożenie|wdrożenia|szkolenia|szkolenie|wsparcie|instalację|konfigurację|integrację|migrację)\s+(?:[\p{L},]+\s+){0,3}?(?:realizujemy|robimy|zapewniamy|prowadzimy|wykonujemy)\s+my`,
      String.raw`integrator\p{L}*|partner\s+wdrożeniowy`,
    ],
    technology: [
      // the vendor's product joined to the partner's: "integracja z naszym systemem", "partner technologiczny"
      String.raw`(?:integracj[aię]|połączenie|integrujemy)\s+(?:[\p{L}]+\s+)?z\s+(?:naszym|naszą|naszego)\s+(?:[\p{L}-]+\s+)?\p{L}*(?:systemem|platformą|oprogramowaniem|aplikacją|produktem|rozwiązaniem)`,
      String.raw`partner\s+technologiczny`,
      // "wspólny projekt integracyjny" (a joint integration project)
      String.raw`wspóln\p{L}*\s+projekt\p{L}*\s+integracyjn\p{L}*`,
    ],
  },
  productKind: { after: ["moduł"], before: ["moduł", "pakiet"] },
  productBefore: [String.raw`zainteresowan[yia]\w*`, String.raw`(?:wdrożeniem|wdrożenie|licencj[ae])`],
  money: {
    near: [String.raw`wartoś\w*`, "kwota", String.raw`budżet\w*`, "rocznie", "na rok", String.raw`\/\s?rok`],
    other: [String.raw`obr[óo]t\w*`, String.raw`przych[óo]d\w*`, "wydali", String.raw`kosztował\w*`],
    monthly: ["miesięcznie", "na miesiąc", String.raw`\/\s?mies\w*`],
    price: [String.raw`licencj\w*`, String.raw`abonament\w*`],
    between: ["między", "od"],
  },
  competitorBefore: [
    String.raw`rozważa(?:j[aą])?\s+(?:(?:też|także|również)\s+)?`,
    // "porównuje ją z ofertą X", "porównujemy ofertę Y z X": the offer compared may stand before the rival
    String.raw`porównuj(?:e|ą|a|emy|ecie)\s+(?:\S+\s+){0,3}?z\s+(?:ofert[ąa]\s+)?`,
    String.raw`(?:korzystaj[aą]|używaj[aą])\s+(?:(?:obecnie|teraz|już)\s+)?(?:z\s+)?`,
    // one person or the writer's own, said to be now: "obecnie używam X", "korzysta obecnie z X"
    // (a bare "korzysta z X" is as often a mailbox or a service)
    String.raw`(?:obecnie|teraz|aktualnie)\s+(?:korzysta(?:m|my)?|używa(?:m|my)?)\s+(?:z\s+)?`,
    String.raw`(?:korzysta(?:m|my)?|używa(?:m|my)?)\s+(?:obecnie|teraz|aktualnie)\s+(?:z\s+)?`,
    // "ofertę od X", "wycenę od X i od Y" (a quote)
    String.raw`(?:ofert[ęęyaą]|wycen[ęyaą])\s+(?:od|z)\s+`,
    // "porównuje oferty (X i Y)": the offers compared named in brackets
    String.raw`porównuj[eąa]\s+(?:(?:też|także|również)\s+)?ofert[ęy]\s+\(?`,
    String.raw`(?:konkurencja|konkurenci)\s*:\s*`,
    // also in talks with a rival: "rozmawiają też z X"
    String.raw`rozmawia(?:j[aą]|my)?\s+(?:(?:też|także|również|już)\s+)+z\s+`,
    // "porównujemy obecnie ofertę X"
    String.raw`porównuj(?:emy|ę|e|ą|a)\s+(?:(?:obecnie|teraz|też|także|również)\s+)?ofert[ęy]\s+`,
  ],
  // "porównuje oferty" (compares offers)
  comparisonWord: [String.raw`porówn\p{L}*`],
  competitorNone: [String.raw`brak\s+konkurencji`, String.raw`bez\s+konkurencji`],
  problem: {
    strong: [
      // records kept in a notebook: "w zeszycie skarbnika", "w zeszytach"
      String.raw`zeszy\p{L}*`,
      String.raw`ręczn\p{L}*`,
      String.raw`na papierze`,
      String.raw`papierow\p{L}*`,
      String.raw`excel\p{L}*`,
      String.raw`arkusz\p{L}*`,
      String.raw`koszmar\p{L}*`,
      String.raw`brak (?:obiegu|kontroli|akceptacji|elektronicznej)`,
      // what the tool in use cannot do: "program nie obsługuje rezerwacji"; queues at the desk
      String.raw`nie obsługuj\p{L}*`,
      String.raw`kolejk\p{L}*`,
    ],
    // a means of talking as the process: "rezerwacje telefonicznie", "zamówienia przez WhatsAppa" (not "profil na
    // Facebooku", a page); "rozmawiałem z nią przez telefon" is the partner's talk
    channel: [
      String.raw`telefonicznie`,
      String.raw`przez\s+telefon`,
      String.raw`przez\s+(?:whatsapp\p{L}*|messenger\p{L}*|facebook\p{L}*|instagram\p{L}*)`,
    ],
    talked: [
      "rozmawiałem",
      "rozmawiałam",
      "rozmawialiśmy",
      "dzwoniłem",
      "dzwoniłam",
      "ustaliliśmy",
      "ustaliłem",
      "ustaliłam",
      "potwierdził",
      "potwierdziła",
    ],
    weak: [
      String.raw`szuka\p{L}*`,
      // "chcą", also typed without its diacritic
      String.raw`chc[ąa]`,
      String.raw`muszą`,
      String.raw`wymagaj\p{L}*`,
      String.raw`potrzebuj\p{L}*`,
      String.raw`automatyzac\w*`,
      String.raw`\d[\d\s.,]*\s*faktur (?:miesięcznie|rocznie)`,
    ],
    // an interest named ("interesuje nas …"): a need when its object is no name (see prose-fields)
    interest: [String.raw`interesuj[eą]\s+(?:nas|go|ich|ją|mnie)`],
  },
  placeBefore: [
    String.raw`z siedzibą w`,
    String.raw`na całe`,
    String.raw`na cały`,
    String.raw`na całą`,
    String.raw`w całym`,
    String.raw`w całej`,
  ],
  sizePlaceBefore: ["w"],
  placeFor: ["dla"],
  rolloutWord: ["projekt", "rynek", "wdrożenie"],
  phoneExtension: ["wew."],
  regionWord: [String.raw`województwo`, String.raw`region`],
};
