// German label words, by field.
import type { CueTable, LabelTable } from "./types.ts";

export const labels: LabelTable = {
  legalName: ["firmierung"],
  company: [
    "firma",
    "firmenname",
    "unternehmen",
    "kunde",
    "kundenname",
    "endkunde",
    "interessent",
    "name des unternehmens",
    "endkundin",
    "unternehmensname",
    "kunde / firma",
    "gemeinde",
    "kommune",
    "einrichtung",
    "behörde",
    "hochschule",
    "universität",
    "kanzlei",
    "praxis",
    "verein",
    "stiftung",
    "klinik",
    // an association of clubs (a federation), a club's name
    "verband",
    "vereinsname",
  ],
  website: ["webseite", "internetseite", "internetadresse"],
  contactName: [
    "ansprechpartner",
    "ansprechpartnerin",
    "hauptansprechpartner",
    "hauptansprechpartnerin",
    "kontakt",
    "kontaktperson",
    "entscheider",
    "entscheiderin",
    "ansprechperson",
    "ansprechpartner/in",
    "endkunde ansprechpartner",
    "kunde ansprechpartner",
    "ansprechpartner kunde",
    "ansprechpartner endkunde",
  ],
  givenName: ["vorname"],
  familyName: ["nachname", "familienname"],
  role: ["funktion", "rolle", "bereich/funktion", "jobtitel", "titel", "rolle/funktion"],
  email: ["e-mail-adresse", "emailadresse", "e-mail-adresse ansprechpartner"],
  phone: ["telefon", "mobil", "handy", "telefonnummer", "fon", "mobilnummer", "mobiltelefon", "durchwahl", "tel.-nr"],
  stage: [
    "stadium",
    "stand",
    "projektstatus",
    "stand der dinge",
    "verkaufsphase",
    "projektphase",
    "projektstand",
    "termin",
  ],
  value: [
    "volumen",
    "projektvolumen",
    "auftragswert",
    "geschätztes volumen",
    "budgetrahmen",
    "umsatz",
    "auftragsvolumen",
    "wert",
    "geschätzter wert",
    "potenzial",
    "lizenzvolumen",
    "jahresvolumen",
    "projektwert",
  ],
  incumbent: [
    "aktuelles system",
    "aktuelle lösung",
    "aktuelle software",
    "bestandssystem",
    "bisheriges system",
    // "Derzeit: X (Vertrag läuft aus)", "Heute: X": what the prospect runs now, as English "Current: X"
    "aktuell",
    "derzeit",
    "heute",
  ],
  competitors: [
    "wettbewerber",
    "wettbewerb",
    "mitbewerber",
    "mitbewerb",
    "konkurrenz",
    "andere anbieter",
    "weitere anbieter",
    "vergleich mit",
  ],
  need: [
    "hintergrund",
    "bedarf",
    "ausgangslage",
    // "Thema: Aufmaß noch handschriftlich": the matter the mail is about, the prospect's need
    "thema",
    "anforderung",
    "anforderungen",
    "herausforderung",
    "bemerkung",
    "bemerkungen",
    "notizen",
    "anmerkungen",
    "projekt",
    "beschreibung",
    "kommentar",
  ],
  region: ["land", "standort", "ort", "bundesland", "kanton", "provinz", "gebiet"],
  consent: [
    "einverständnis",
    "einverständnis zur kontaktaufnahme",
    "kontaktfreigabe",
    "kontaktaufnahme",
    "zustimmung",
    "einwilligung",
    "kontakt erlaubt",
    "kontakt ok",
    "direkter kontakt",
    "direktkontakt",
  ],
  motion: ["modell", "vertriebsweg", "vertriebsmodell", "umsetzung", "partnermodell", "art", "abwicklung"],
  // "Interesse an: …" (interest in), the modules wanted
  product: ["produkt", "produkte", "lösung", "interesse an"],
  currency: ["währung"],
};

/** Übergabe an eine Kollegin / einen Kollegen (regex sources, matched case-insensitively). */
export const handover: readonly string[] = [
  String.raw`übergebe`,
  String.raw`übernimmt`,
  String.raw`ansprechpartner(?:in)? (?:ist|wird)`,
  String.raw`zuständig`,
  String.raw`wenden sie sich (?:bitte |künftig |direkt )*an`,
  String.raw`(?:koordiniert|leitet|verantwortet) (?:das|dieses) (?:projekt|vorhaben|thema)`,
];
export const staying: readonly string[] = [
  String.raw`bleibe (?:ich )?(?:ihr |ihre |der |die )?(?:haupt)?ansprechpartner`,
  // the writer takes the matter themself: "ich bin ab sofort Ihre Ansprechpartnerin", "übernehme ich"
  String.raw`ich (?:bin|werde) (?:ab jetzt |ab sofort |künftig |nun |jetzt )?(?:ihr|ihre|der|die) (?:neue[rn]? )?(?:haupt)?ansprechpartner`,
  String.raw`(?<![\p{L}])(?:ich übernehme|übernehme ich)(?![\p{L}])`,
  // the handover is to the writer: "Frau X hat mich gebeten, das Thema zu übernehmen"
  String.raw`(?<![\p{L}])mich gebeten,? (?:das|dieses|den|diesen|die) (?:thema|projekt|vorhaben|vorgang|anfrage) zu (?:übernehmen|betreuen)`,
  // "können Sie mich direkt anrufen", "rufen Sie mich gerne direkt an"
  String.raw`(?<![\p{L}])mich (?:gerne |jederzeit )?direkt (?:anrufen|kontaktieren|ansprechen|an(?![\p{L}]))`,
];

// a subjunctive wish after a meeting cue: "… hätten wir gern", "… würde sie gerne"
const WISH = String.raw`(?:hätten|hätte|würden|würde|möchten|möchte)\s+(?:wir|sie|er|ich)\s+(?:ganz\s+)?gerne?`;

export const cues: CueTable = {
  // the prospect's details still to come: "E-Mail reiche ich morgen nach", "noch keine Webseite"
  detailsLater: {
    detail: [
      String.raw`e-?mail(?:-?adresse)?`,
      "mailadresse",
      String.raw`web(?:site|seite)`,
      "homepage",
      "kontaktdaten",
      String.raw`ansprechpartner(?:in)?`,
    ],
    later: [
      "morgen",
      "später",
      String.raw`folg(?:t|en)`,
      String.raw`nach(?:reichen|liefern)`,
      String.raw`reiche(?:n)? (?:ich|wir) nach`,
      String.raw`noch (?:nicht|keine?n?)`,
      String.raw`sobald ich`,
    ],
  },
  notProblem: [
    String.raw`registrier\w*`,
    String.raw`einverstanden`,
    String.raw`kontaktier\w*`,
    String.raw`termin`,
    String.raw`messe`,
  ],
  problemNoun: [String.raw`probleme?`, String.raw`herausforderung(?:en)?`],
  comparisonWord: [String.raw`vergleich\p{L}*`, String.raw`auswahl\p{L}*`, "ausschreibung"],
  serviceWork: [
    "einführung",
    "integration",
    "implementierung",
    String.raw`schulung(?:en)?`,
    "konfiguration",
    "prozessaufnahme",
    "migration",
    "anbindung",
    "inbetriebnahme",
    "rollout",
  ],
  partnerSubject: ["wir", "unser team"],
  writerSubject: ["ich", "wir"],
  otherSubject: ["sie", "er", "der kunde"],
  serviceLabel: [String.raw`unsere rolle`, String.raw`rolle von [\p{L}-]+`, "dienstleistungen", "leistungen"],
  // "Rechnung Nr. …", "Rechnung RE-2026-…"
  invoiceNoun: ["rechnung"],
  registering: [
    // "bitte … registrieren / schützen / anmelden", "ich möchte … anmelden", "Neuer Lead", "Kunde: …"
    String.raw`bitte (?:\S+ ){0,6}?(?:registrieren|schützen|anmelden|eintragen|vormerken)`,
    String.raw`(?:möchte|möchten|würde|würden|wollen) (?:gerne? )?(?:\S+ ){0,6}?(?:registrieren|anmelden|schützen lassen)`,
    String.raw`neue[rns]? (?:lead|deal|opportunity|interessent(?:in)?|verkaufschance|registrierung)`,
    String.raw`(?:kunde|interessent|lead)\s*:`,
    // claiming a lead before its details are known: "als Lead für mich reservieren / blocken"
    String.raw`als (?:lead|deal|opportunity) (?:\S+ ){0,3}?(?:reservieren|blocken|blockieren|sichern)`,
  ],
  negationBefore: ["kein", "keine", "keinen", "keiner", "nicht", "nichts", "ohne", "noch nie", "weder"],
  negationAfter: ["noch nicht", "nicht", "steht noch aus", "offen", "ausstehend"],
  conditional: [
    "wenn",
    "falls",
    "sobald",
    "nach dem",
    String.raw`nächste[rn]? schritt`,
    "später",
    "danach",
    "eventuell",
    "evtl",
  ],
  yes: [
    "ja",
    "jawohl",
    "liegt vor",
    "erteilt",
    "gegeben",
    "vorhanden",
    "einverstanden",
    "erlaubt",
    "freigegeben",
    "zugestimmt",
  ],
  no: [
    "noch nicht",
    "nein",
    "nicht",
    "ausstehend",
    "offen",
    "nicht eingeholt",
    "noch offen",
    "nicht erteilt",
    "abgelehnt",
    "noch zu klären",
    "noch abzuklären",
  ],
  stage: {
    // month names, for a meeting's date written out ("… on 14 March", "… el 11 de mayo")
    month: ["januar", "jänner", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember"],
    evaluation: [
      // the offer on its way: "Angebot folgt nächste Woche"
      String.raw`angebot\s+folgt`,
      // Swiss "Offerte": in preparation, offered, weighed against others; "vergleichen wir Angebote"
      String.raw`offerte\s+in\s+(?:vorbereitung|arbeit)`,
      // offers weighed, one being checked: "im Angebotsvergleich", "Offerte wird geprüft, Vergleich mit X"
      String.raw`(?:angebots|offerten)vergleich`,
      String.raw`(?:angebot|offerte)\s+wird\s+(?:gerade\s+|derzeit\s+|aktuell\s+|noch\s+)?geprüft`,
      // the offer being written: "Angebot wird gerade erstellt"
      String.raw`angebot\s+wird\s+(?:gerade\s+|derzeit\s+|jetzt\s+|aktuell\s+)?(?:erstellt|vorbereitet|ausgearbeitet)`,
      String.raw`(?:haben|hat)\s+(?:[\p{L}]+\s+){0,3}?offeriert`,
      String.raw`vergleichen\s+wir\s+(?:gerade\s+|derzeit\s+|jetzt\s+)?angebote`,
      "teststellung",
      String.raw`pilotprojekt`,
      String.raw`angebot(?:e)?\s+(?:angefragt|angefordert|erstellt|verschickt|versendet|geschickt|liegt vor|in vorbereitung|in arbeit|gewünscht)`,
      String.raw`angebots?phase`,
      String.raw`angebot\s+(?:wurde\s+|ist\s+|haben wir\s+)?(?:angefragt|angefordert|gelegt|abgegeben|erstellt|verschickt|versendet)`,
      String.raw`vergleich(?:t|en)\s+(?:gerade\s+|derzeit\s+|aktuell\s+)?[\p{L}-]+\s+mit`,
      String.raw`test(?:phase|version|zugang|installation|lauf)`,
      String.raw`testet`,
      String.raw`vergleich(?:t|en)\s+(?:gerade\s+|derzeit\s+|aktuell\s+)?(?:angebote|anbieter|lösungen|mit)`,
      String.raw`evaluier(?:t|en|ung)`,
      String.raw`pilotphase`,
      String.raw`ausschreibung`,
      String.raw`budget\s+(?:[\p{L}\d]+\s+){0,4}?(?:freigegeben|genehmigt|bewilligt)`,
      // "in der engeren Auswahl", "ein Vergabeverfahren läuft", "sie testen die Software"
      String.raw`engere[rn]?\s+auswahl`,
      String.raw`vergabeverfahren`,
      String.raw`testen\s+(?:das|die|den|unser|euer|ihr|eure|unsere)\s+(?:[\p{L}]+\s+)?(?:produkt|lösung|software|system|tool|plattform)`,
      // a trial that is running: "der Pilot läuft", "Testphase läuft bereits"
      String.raw`(?:poc|pilot(?:projekt)?|test(?:phase|lauf)?|proof[- ]of[- ]concept)\s+(?:läuft|laufen)`,
      String.raw`(?:über|auf)\s+ein\s+angebot\s+freuen`,
      String.raw`um\s+ein\s+angebot\s+gebeten`,
      String.raw`angebot\w*\s+(?:bekommen|erhalten)`,
      String.raw`vergleich(?:t|en)\s+(?:jetzt|nun|gerade|derzeit|aktuell)`,
      String.raw`(?:holen|holt|hole)\s+(?:gerade\s+|derzeit\s+)?(?:vergleichs)?angebote\s+ein`,
      // Swiss "Offerte verlangt"; a deadline between: "ein Angebot bis Monatsende angefragt"
      String.raw`(?:angebot|offerte)(?:\s+[^\s.!?]+|\s+[\d.]+){0,3}?\s+(?:angefragt|angefordert|verlangt|erbeten|eingereicht|verschickt|gewünscht)`,
      String.raw`liegt\s+(?:auch\s+|bereits\s+|schon\s+)?(?:ein|das)\s+angebot`,
      // offers already on the table: "Angebote von X und Y vorliegen"
      String.raw`angebote?\s+(?:von\s+)?(?:[\p{L}.&-]+(?:\s+und|,)?\s+){0,6}?(?:vorliegen|vorliegt|liegen\s+vor)`,
      String.raw`liegen\s+(?:[\p{L}]+\s+){0,3}?angebote[^.!?\n]{0,60}?\svor(?![\p{L}])`,
      String.raw`(?:in\s+der\s+)?(?:verhandlung|vertragsverhandlung|preisverhandlung)`,
      String.raw`angebot\s+liegt\s+(?:[^!?\n]{0,60}?\s)?vor`,
      // "Angebot liegt beim Kunden", "das Angebot ist bei der Geschäftsführung"
      // (Swiss "Offerte" as well; the board too: "die Offerte ist beim Stiftungsrat")
      String.raw`(?:angebot|offerte)\s+(?:liegt|ist)\s+(?:jetzt\s+|nun\s+|bereits\s+|schon\s+)?(?:beim|bei\s+(?:der|dem|den))\s+(?:kunden|kundin|interessenten|geschäftsführung|einkauf|vorstand|verwaltungsrat|stiftungsrat|gemeinderat)`,
      String.raw`(?:ein|das|unser)\s+angebot\s+(?:[^!?\n]{0,90}?\s)?(?:gelegt|abgegeben|eingereicht|übermittelt|verschickt|geschickt)`,
      // the offer under review or asked for: "das Angebot ist in Prüfung", "sie möchten nun ein Angebot"
      String.raw`(?:angebot|offerte)\s+(?:ist\s+|liegt\s+)?in\s+(?:prüfung|bearbeitung)`,
      String.raw`(?:will|möchte|wollen|möchten)\s+(?:jetzt\s+|nun\s+|gerne?\s+)?(?:ein|das|unser|euer|ihr)\s+angebot`,
      // a quote by its other names, Austrian "Anbot", Swiss "Offerte": "Kostenvoranschlag erstellt", "Anbot gelegt"
      String.raw`(?:kostenvoranschlag|preisangebot|richtpreisangebot|angebotsanfrage|preisanfrage|offertanfrage|offertstellung)`,
      String.raw`anbot\s+(?:[\p{L}]+\s+){0,2}?(?:gelegt|abgegeben|übermittelt|geschickt|verschickt|angefordert|angefragt|erstellt|erhalten)`,
      String.raw`(?:ein|das|unser|euer|ihr)\s+anbot\s+(?:liegt|ist|wird|wurde)`,
      String.raw`offerte\s+(?:[\p{L}]+\s+){0,4}?(?:erhalten|bekommen|erstellt|gesendet|geschickt|zugestellt|eingereicht|gemacht)`,
      // a trial by its other names: "Testlizenz", "Demo-Zugang", "Probephase", "Pilotbetrieb"
      String.raw`(?:test|demo|probe)-?(?:lizenz|lizenzen|account|konto|zugang|zugänge|umgebung|betrieb|phase|lauf|installation|version)`,
      String.raw`pilot(?:betrieb|kunde|installation|test|einsatz)`,
      String.raw`(?:kostenlos|unverbindlich|gratis)\s+(?:[\p{L}]+\s+){0,2}?(?:testen|getestet|ausprobieren|ausprobiert)`,
      // choosing among options: "im Auswahlprozess", "Evaluierungsphase", "prüfen derzeit mehrere Anbieter"
      String.raw`(?:auswahl|vergleichs|evaluierungs|evaluations|entscheidungs|bewertungs)(?:prozess|verfahren|phase)`,
      String.raw`prüf(?:t|en)\s+(?:gerade\s+|derzeit\s+|aktuell\s+|jetzt\s+)?(?:verschiedene|mehrere|einige|die|unsere?|eure?|ihre)\s+(?:angebote|anbieter|lösungen|alternativen|optionen|angebot|offerte)`,
      String.raw`(?:sehen|sieht|schauen|schaut)\s+sich\s+(?:gerade\s+|derzeit\s+|aktuell\s+)?(?:verschiedene|mehrere|einige)\s+(?:anbieter|lösungen|systeme|tools|produkte|optionen)\s+an`,
      // budget applied for or planned; a contract being drafted: "Budget ist beantragt", "Vertragsentwurf liegt beim Kunden"
      String.raw`budget\s+(?:ist\s+|wurde\s+|wird\s+)?(?:bereits\s+|schon\s+)?(?:beantragt|eingeplant|reserviert|eingestellt|bereitgestellt)`,
      String.raw`budgetfreigabe`,
      String.raw`vertrags(?:entwurf|prüfung|unterlagen)`,
      // Swiss "Offerte" handed in or on the buyer's desk: "Offerte abgegeben", "Offerte liegt beim Kunden"
      String.raw`offerte\s+(?:wurde\s+|ist\s+)?(?:abgegeben|eingereicht|verschickt|versendet)`,
      String.raw`offerte\s+(?:liegt|ist)\s+(?:jetzt\s+|nun\s+|bereits\s+|schon\s+)?(?:beim|bei\s+(?:der|dem|den))\s+(?:kunden|kundin|interessenten|geschäftsführung|einkauf)`,
      // the offer next: "jetzt kommt das Angebot", "als Nächstes folgt unser Angebot"
      String.raw`(?:jetzt|nun|als\s+nächstes)\s+(?:kommt|folgt)\s+(?:das|unser|ein)\s+(?:angebot|offerte)`,
      // the prospect asking for one: "bitte senden Sie uns ein Angebot", "schicken Sie uns ein Angebot"
      String.raw`(?:senden|schicken|übermitteln)\s+sie\s+uns\s+(?:bitte\s+)?(?:ein|ihr)\s+(?:angebot|offerte)`,
      // comparing with more words between: "vergleichen sie uns mit X", "vergleicht die beiden Tools mit"
      String.raw`vergleich(?:t|en)\s+(?:(?:gerade|derzeit|aktuell|jetzt|nun)\s+)?(?:[\p{L}-]+\s+){2,3}?mit(?![\p{L}])`,
    ],
    rival: [
      // "schauen sich parallel auch X an", "ein Angebot von X erhalten"
      String.raw`schau(?:t|en)\s+sich\s+(?:parallel|auch|zusätzlich|noch)(?:\s+(?:parallel|auch|zusätzlich|noch))*`,
      String.raw`angebot\w*\s+von\s+[\p{L}.&-]+\s+(?:bekommen|erhalten)`,
      // "vergleichen gerade zusätzlich X": the prospect weighs a rival too
      String.raw`vergleich(?:t|en)\s+(?:(?:gerade|derzeit|aktuell|jetzt|nun)\s+)?(?:auch|zusätzlich|parallel)`,
    ],
    undated: [
      String.raw`(?:termin|datum|tag)\s+(?:ist\s+)?(?:noch\s+)?(?:offen|unklar|nicht\s+(?:fix|fixiert|festgelegt|bestätigt))`,
      String.raw`noch\s+(?:ohne|kein)\s+(?:festes\s+)?datum`,
    ],
    discovery: [
      String.raw`(?<![\p{L}])(?:vereinbart|ausgemacht)\s+(?:ein(?:en)?\s+)?(?:ersten?\s+|gemeinsamen?\s+)?{event}`,
      String.raw`kennenlerntermin`,
      String.raw`termin\s+(?:am|beim|für)\s`,
      String.raw`(?:vorführung|präsentation|vor-ort-termin|termin|gespräch|telefonat)\s+(?:am|für)\s+{date}`,
      // "Wir haben am Dienstag (21.4.) einen ersten Termin mit ihm" (not "keinen")
      String.raw`(?<![\p{L}])(?:wir|sie|er|ich)\s+(?:haben|hat|habe)\s+(?:(?:[^.\n!?]|(?<=\d)\.){0,30}?\s)?(?:einen|ein)\s+(?:ersten?\s+|gemeinsamen?\s+)?{event}(?![\p{L}])`,
      String.raw`(?:treffen|sehen|sprechen|telefonieren)\s+(?:uns\s+|wir\s+)?(?:am|nächsten|kommenden|diesen)\s+{date}`,
      // the week named, then fixed: "Termin nächste Woche fix", "Demo kommende Woche vereinbart"
      String.raw`{event}\s+(?:(?:für\s+)?(?:die\s+)?(?:nächste|kommende|diese)\s+woche)\s+(?:fix|fixiert|vereinbart|bestätigt|steht)`,
      // the meeting said to be fixed, "fix" as an adjective after "ist" (not the verb "to fix" of other
      // languages), ending the clause or before its day: "Vorführung ist fix für Mittwoch", "Gespräch
      // mit dem Inhaber ist am 9. Mai fix" (not "ist fix vorbei")
      String.raw`{event}(?:\s+mit\s+(?:[^.!?\n]|(?<=\d)\.){1,40}?)?\s+ist\s+(?:(?:[^.!?\n]|(?<=\d)\.){0,30}?\s)?fix(?=[ \t]*(?:[.,;:!?)\n]|$)|\s+(?:(?:für|am|um)\s+|\p{L}{2}\.?\s+)?(?:\d|{day}))`,
    ],
    newIntro: [
      "erstkontakt",
      // an idea, a name dropped, a note ahead of time: "erst eine Idee", "ganz am Anfang", "Vorab-Hinweis"
      String.raw`(?:reine|erste|erst\s+eine|nur\s+eine)\s+idee`,
      String.raw`ganz\s+am\s+anfang`,
      String.raw`vorab-?hinweis`,
      String.raw`(?:produkt|lösung)\s+(?:[\p{L}]+\s+){0,5}?(?:kurz\s+)?erwähnt`,
      "erstansprache",
      String.raw`(?:ganz\s+)?frische[rn]?\s+(?:kontakt|lead)`,
      String.raw`neue[rn]?\s+(?:lead|kontakt|interessent(?:en)?)`,
      String.raw`noch\s+(?:kein(?:en)?\s+(?:termin|gespräch)|nichts\s+(?:vereinbart|geplant|terminiert))`,
      String.raw`(?:wünscht|wünschen|möchte|möchten)\s+(?:sich\s+)?(?:gerne\s+)?(?:eine?n?)\s+(?:demo|vorführung|präsentation)`,
      // "Einen Termin für eine Vorführung hätten wir gern im Mai": wished for, not booked
      String.raw`(?:termin|vorführung|demo|präsentation|gespräch)[^.!?\n]{0,40}?${WISH}`,
      String.raw`{event}\s+gibt\s+es\s+(?:noch\s+)?(?:nicht|keine[n]?)`,
      String.raw`(?:auf|bei)\s+(?:der|dem|einer|einem|unserer|unserem)\s+[^.!?\n]{0,40}?(?:getroffen|kennengelernt)`,
      // a demo wished for: "wir würden uns gerne einmal eine Demo ansehen"
      String.raw`würden\s+(?:uns|sich)\s+(?:gerne?\s+)?(?:einmal\s+|mal\s+)?(?:eine|die)\s+(?:demo|vorführung|präsentation)\s+(?:ansehen|anschauen)`,
      // weighing a change, nothing agreed: "überlegt, ihr altes System abzulösen", "spielt mit dem Gedanken"
      String.raw`(?:überlegt|überlegen|erwägt|erwägen|plant|planen|denkt|denken),?\s+(?:[\p{L}]+\s+){0,2}?(?:darüber\s+nach\s*,?\s+)?(?:[\p{L}-]+\s+){0,6}?(?:zu\s+(?:wechseln|ersetzen|tauschen|modernisieren)|abzulösen|umzusteigen|auszutauschen|zu\s+ändern)`,
      String.raw`(?:spielt|spielen)\s+mit\s+dem\s+gedanken`,
      String.raw`(?:wechsel|umstieg|ablösung|austausch)\s+(?:[\p{L}-]+\s+){0,4}?(?:im\s+gespräch|angedacht|überlegt|in\s+überlegung)`,
      // a lead just passed on: "Neukontakt", "Leadmeldung", "hat sich bei uns gemeldet", "kam über die Website"
      String.raw`(?:neukontakt|lead-?meldung|lead-?hinweis|erstanfrage)`,
      String.raw`(?:hat|haben)\s+sich\s+(?:[\p{L}]+\s+){0,2}?bei\s+(?:uns|mir)\s+gemeldet`,
      String.raw`(?:kam|kamen|ist|sind)\s+(?:[\p{L}]+\s+){0,3}?auf\s+(?:uns|mich)\s+zu(?:gekommen)?`,
      String.raw`(?:anfrage|kontakt)\s+(?:kam\s+)?(?:über|via)\s+(?:unsere?\s+|die\s+|das\s+)?(?:website|webseite|homepage|kontaktformular)`,
      String.raw`(?:hat|haben)\s+(?:[\p{L}]+\s+){0,2}?interesse\s+(?:bekundet|signalisiert|gezeigt|geäußert|geäussert)`,
      // early days: "in einem frühen Stadium", "Frühphase", "bisher nur ein kurzes Telefonat"
      String.raw`(?:frühe[mn]?|sehr\s+frühe[mn]?)\s+(?:stadium|phase)|frühphase`,
      String.raw`bisher\s+(?:nur|lediglich)\s+(?:ein(?:en)?\s+)?(?:kurze[sn]?\s+)?(?:telefonat|gespräch|austausch|kontakt)`,
      String.raw`noch\s+nicht\s+(?:terminiert|vereinbart|fixiert|eingeplant)`,
      // the meeting first, not yet fixed: "ein Termin steht noch nicht (fest)", "Termin ist noch keiner"
      String.raw`{event}\s+steht\s+noch\s+nicht(?:\s+fest)?`,
      String.raw`{event}\s+(?:ist|gibt\s+es)\s+noch\s+keine[rn]?`,
      // only a first introduction so far: "nur eine erste Vorstellung", "erst ein erstes Kennenlernen"
      String.raw`(?:nur|erst|lediglich)\s+(?:eine\s+|ein\s+)?erste[sn]?\s+(?:vorstellung|kennenlernen|kontaktaufnahme)`,
      // the partner only passing a recommendation on: "reine Empfehlung", "gebe nur die Empfehlung weiter"
      String.raw`(?:eine\s+)?reine\s+empfehlung`,
      String.raw`(?:gebe|geben)\s+(?:nur|lediglich)\s+die\s+empfehlung\s+weiter`,
      // stepping aside once introduced: "treten danach zurück", "ziehen uns anschließend zurück"
      String.raw`(?:treten|ziehen\s+uns)\s+(?:danach|dann|anschließend|hinterher)\s+zurück`,
      // the partner only made the contact and is out: "habe lediglich den Kontakt hergestellt", "vermitteln nur den Kontakt",
      // "sind danach raus" ("stelle nur den Kontakt her" is labelled both ways in the corpora: left out)
      String.raw`(?:habe|haben|hat)\s+(?:(?:wir|ich)\s+)?(?:selbst\s+)?(?:nur|lediglich|bloß)\s+den\s+kontakt\s+hergestellt`,
      String.raw`(?:bin|sind)\s+(?:danach|dann|anschließend)\s+raus`,
      String.raw`(?:vermittle|vermitteln|vermittelt)\s+(?:nur|lediglich|bloß)\s+den\s+kontakt`,
      // the meeting's day still open: "Termin noch offen"
      String.raw`{event}\s+noch\s+offen`,
    ],
    event: [
      "termin",
      "gespräch",
      "kennenlerntermin",
      "erstgespräch",
      "bedarfsanalyse",
      "präsentation",
      "vorstellung",
      "vorführung",
      "webmeeting",
      "videocall",
      "telefonat",
      "besuch",
      "vor-ort-termin",
      "kick-?off",
      // Austrian and Swiss usage too: "Besprechung", "Sitzung"; "Telko", "Videokonferenz"
      "besprechung",
      "sitzung",
      "videokonferenz",
      "telefonkonferenz",
      "telko",
      "onlinetermin",
      "online-termin",
      String.raw`(?:erst|demo|präsentations|vorführungs|beratungs|gesprächs|kick-?off|workshop|vor-ort-)termin`,
      // "Vorführtermin", "Vorstellungstermin"
      String.raw`(?:vorführ|vorstellungs)termin`,
      // the first one, as one word: "Erstpräsentation", "Erstvorführung"
      String.raw`erst(?:präsentation|vorführung)`,
    ],
    booked: [
      "angesetzt",
      "gebucht",
      "vereinbart",
      "abgemacht",
      "ausgemacht",
      "verabredet",
      "festgelegt",
      "festgemacht",
      "eingeplant",
      "geplant",
      "terminiert",
      "eingestellt",
      "fixiert",
      "bestätigt",
      "steht fest",
      String.raw`steht(?!\s+noch)`,
      String.raw`findet(?=[^.!?\n]{0,40}\bstatt\b)`,
    ],
    day: [
      "montag",
      "dienstag",
      "mittwoch",
      "donnerstag",
      "freitag",
      "morgen",
      "übermorgen",
      String.raw`(?:mo|di|mi|do|fr)\.`,
    ],
    held: ["hatten"],
    heldArticle: [String.raw`ersten?`, "ein", "einen"],
    // "die Demo fand am 12. Mai statt", "der Termin hat bereits stattgefunden"
    heldAfter: ["fand", String.raw`hat\s+(?:bereits\s+|schon\s+)?stattgefunden`],
    duration: ["minuten", String.raw`stunden?`],
    thanked: [String.raw`(?:vielen\s+)?dank\s+für`, String.raw`danke\s+(?:nochmals\s+)?für`],
  },
  consent: {
    // the prospect agreed to being contacted, the two words in one sentence in either order
    agreeWord: ["einverstanden", "zugestimmt", "stimmt zu", "einverstanden erklärt"],
    contactWord: [String.raw`kontaktier\p{L}*`, "kontaktaufnahme", "kontaktnahme", "anruf", "anrufen", "rückruf"],
    permission: [
      "einverstanden",
      "zugestimmt",
      String.raw`(?:einverständnis|zustimmung|einwilligung)\s+(?:ist\s+)?(?:gegeben|erteilt)`,
      String.raw`(?:können|könnt|dürfen|dürft)\s+(?:[\p{L}]+\s+){0,5}?(?:mich|ihn|sie|uns)\s+(?:gerne\s+)?(?:direkt\s+)?(?:kontaktieren|anrufen|anschreiben)`,
      String.raw`(?:freut|freuen)\s+sich\s+(?:auf|über)\s+(?:einen|ihren|euren|den)\s+anruf`,
      String.raw`erwartet\s+(?:euren|ihren|einen|den)\s+anruf`,
      String.raw`bat\s+um\s+(?:einen\s+)?rückruf`,
      String.raw`um\s+(?:einen\s+)?(?:rückruf|anruf|kontakt)(?:\s+[\p{L}.]+){0,3}\s+gebeten`,
      String.raw`dürf(?:t|en)\s+(?:mich|ihn|sie|uns)\s+(?:gerne\s+)?(?:direkt\s+)?(?:anrufen|kontaktieren|anschreiben)`,
      String.raw`(?:meldet|melden sie)\s+(?:euch|sich)\s+gerne`,
      String.raw`kontakt(?:aufnahme)?\s+(?:durch\s+[\p{L}-]+\s+)?(?:ist\s+)?(?:ausdrücklich\s+|sehr\s+)?erwünscht`,
      String.raw`(?:dürfen|dürft|können|könnt)\s+(?:[\p{L}]+\s+){0,3}?(?:meine|seine|ihre|unsere)\s+(?:kontakt)?daten\s+(?:gerne?\s+)?(?:an\s+(?:[\p{L}]+\s+){0,3})?(?:weiter(?:geben|leiten)|geben)`,
      // "er weiß Bescheid", "sie rechnet mit eurem Anruf", "ihr könnt euch gerne bei ihr melden"
      String.raw`(?:weiß|weiss|wissen)\s+(?:schon\s+|bereits\s+|auch\s+)?bescheid`,
      String.raw`rechne[nt]?\s+mit\s+(?:eurem|ihrem|einem|dem|deinem)\s+(?:anruf|kontakt|rückruf)`,
      String.raw`(?:könnt|können|kann|darf|dürft|dürfen|kannst|darfst)\s+(?:euch|sich|dich)\s+(?:gerne?\s+)?(?:direkt\s+)?(?:bei\s+(?:ihm|ihr|ihnen)\s+)?melden`,
      String.raw`ist\s+(?:informiert|im bilde|vorgewarnt)`,
      String.raw`(?:bittet|bat|bitten)\s+(?:[\p{L}]+\s+){0,2}um\s+(?:eine\s+|die\s+|einen\s+)?(?:kontaktaufnahme|rückruf|anruf|kontakt)`,
      String.raw`kontakt(?:aufnahme)?\s+(?:ist\s+)?(?:ok|okay|erlaubt|in ordnung)(?=\s*(?:[.!]|$))`,
      // a terse note abbreviates: "Kontaktaufn. okay", "Kontaktaufn. ok lt. Hr. Lind"
      String.raw`kontaktaufn\.\s*(?:ist\s+)?(?:ok|okay|erlaubt)`,
      String.raw`(?:zustimmung|einverständnis|erlaubnis|freigabe|okay|ok)\s+(?:zur|für\s+(?:die|eine[n]?))\s+(?:kontaktaufnahme|anruf|kontakt|ansprache)\s+(?:hat|haben)\s+(?:[\p{L}]+\s+){0,3}?(?:gegeben|erteilt)`,
      String.raw`(?:darf|dürfen|kann|können)\s+sich\s+(?:gerne?\s+)?(?:direkt\s+)?(?:bei\s+(?:mir|ihr|ihm|ihnen|uns)\s+)?melden`,
      // "gerne kann auch der Hersteller direkt mit ihm Kontakt aufnehmen" (a "nicht" in between is no permission)
      String.raw`(?:kann|darf|dürfen|können|könnt|dürft)\s+(?:(?!nicht|kein)[\p{L}]+\s+){0,5}?(?:mit\s+(?:ihm|ihr|ihnen|mir|uns)\s+)?kontakt\s+aufnehmen`,
      // "sie weiß, dass ihr anruft", "er wartet auf euren Anruf", "hat grünes Licht gegeben"
      String.raw`(?:weiß|weiss|wissen)(?:\s+(?:schon|bereits))?,?\s+dass\s+(?:ihr|sie|der|die|the vendor)\s+(?:[\p{L}]+\s+){0,3}?(?:anruft|anrufen|anrufe|kontaktiert|kontaktieren|meldet|melden|anruf)`,
      String.raw`(?:wartet|warten)\s+(?:schon\s+|bereits\s+)?auf\s+(?:euren|ihren|einen|den|deinen)\s+(?:anruf|rückruf|kontakt)`,
      String.raw`grünes\s+licht\s+(?:gegeben|erteilt)|(?:gab|gibt|geben)\s+(?:uns\s+)?grünes\s+licht`,
      // "freut sich auf eure Kontaktaufnahme"; someone named between: "kann sich Ihr Vertrieb direkt bei ihr melden"
      String.raw`(?:freut|freuen)\s+sich\s+(?:schon\s+)?(?:auf|über)\s+(?:ihre|eure|deine|eine|die)\s+(?:(?:bzw\.|oder|und)\s+(?:ihre|eure|die)\s+)?kontaktaufnahme`,
      // "hat nichts dagegen, dass ihr sie anruft", "wünscht ausdrücklich, dass Sie ihn kontaktieren",
      // the prospect in a forward: "lassen Sie den Anbieter gern mit mir Kontakt aufnehmen"
      String.raw`(?:nichts|nix)\s+dagegen,?\s+(?:dass|wenn)`,
      String.raw`(?:wünscht|wünschen|möchte|möchten)(?:\s+(?:ausdrücklich|explizit))?,?\s+dass\s+(?:sie|ihr|der|die|the vendor)\s+(?:[\p{L}]+\s+){0,3}?(?:kontaktier|anruf|meld)\p{L}*`,
      String.raw`(?:lassen\s+sie|lasst)\s+(?:[\p{L}]+\s+){0,4}?(?:mit\s+mir\s+)?kontakt\s+aufnehmen`,
      String.raw`(?:kann|darf|dürfen|können)\s+sich\s+(?:[\p{L}]+\s+){1,2}?(?:gerne?\s+)?(?:direkt\s+)?bei\s+(?:mir|ihr|ihm|ihnen|uns)\s+melden`,
      // the consent as a fact: "Einverständnis liegt vor", "mit Zustimmung des Kunden", "Kontakt freigegeben"
      String.raw`(?:einverständnis|zustimmung|einwilligung|freigabe)\s+(?:des\s+kunden\s+|der\s+kundin\s+|vom\s+kunden\s+)?liegt\s+(?:bereits\s+|schon\s+)?vor`,
      String.raw`mit\s+(?:ausdrücklicher\s+)?(?:einverständnis|zustimmung|einwilligung)\s+(?:des|der|von)\s+(?:kunden|kundin|interessenten|ansprechpartners?|geschäftsführ\p{L}*)`,
      String.raw`(?:kontakt|kontaktaufnahme|kontaktnahme|kontaktdaten)\s+(?:ist\s+|sind\s+|wurde\s+|wurden\s+)?(?:ausdrücklich\s+)?freigegeben`,
      String.raw`(?:rückruf|anruf|kontaktnahme)\s+(?:ist\s+)?(?:ausdrücklich\s+|sehr\s+)?(?:erwünscht|gewünscht)`,
      // told and expecting you: "ist vorinformiert", "erwartet schon Ihren Anruf", "ist offen für ein Gespräch"
      String.raw`(?:ist|sind|wurde|wurden)\s+(?:bereits\s+|schon\s+)?(?:vorinformiert|vorab\s+informiert|eingeweiht|gebrieft|instruiert)`,
      String.raw`erwarte[nt]?\s+(?:schon\s+|bereits\s+)?(?:ihren|euren|deinen|einen|den)\s+(?:anruf|rückruf|kontakt)`,
      String.raw`erwarte[nt]?\s+(?:schon\s+|bereits\s+)?(?:ihre|eure|deine|eine|die)\s+(?:kontaktaufnahme|kontaktnahme|nachricht|e-?mail|mail|meldung)`,
      String.raw`(?:ist|sind|wäre|wären)\s+(?:sehr\s+|gerne\s+|durchaus\s+)?offen\s+für\s+(?:ein(?:en)?\s+)?(?:anruf|kontakt|gespräch|telefonat|austausch|kontaktaufnahme|kontaktnahme)`,
      String.raw`(?:ihn|den\s+kunden|die\s+kundin|den\s+ansprechpartner|die\s+ansprechpartnerin)\s+(?:gerne?|jederzeit|ruhig)\s+(?:direkt\s+)?(?:anrufen|kontaktieren|anschreiben|ansprechen)`,
      String.raw`(?:könnt|können|kannst|dürft|dürfen|darfst)\s+(?:[\p{L}]+\s+){0,3}?(?:direkt\s+)?auf\s+(?:ihn|sie|die\s+kundin|den\s+kunden)\s+zugehen`,
      // a consent on file: "eine Einwilligung … zur Kontaktaufnahme … liegt vor"; "möchte direkt von euch kontaktiert werden"
      String.raw`einwilligung\s+(?:[\p{L}.]+\s+){0,4}?zur\s+kontaktaufnahme\s+(?:[\p{L}]+\s+){0,3}?liegt\s+vor`,
      String.raw`(?:möchte|möchten|will|wollen)\s+(?:gerne\s+)?direkt\s+von\s+(?:euch|ihnen|dir)\s+kontaktiert\s+werden`,
    ],
    prohibition: [
      // "bitte wartet, bis ich mich melde", "noch nicht an Herrn X herantreten"
      String.raw`(?:wartet|warten\s+sie)\s*,?\s+bis\s+(?:ich|wir)\s+(?:mich|uns)\s+melden?`,
      String.raw`nicht\s+(?:direkt\s+)?an\s+(?:[\p{L}.]+\s+){1,3}herantreten`,
      String.raw`(?:meldet|melden sie)\s+(?:euch|sich)\s+(?:aber\s+|bitte\s+)?noch\s+nicht`,
      String.raw`bitte\s+(?:noch\s+)?(?:nicht|keinen kontakt)\s+(?:direkt\s+)?(?:kontaktieren|anrufen|anschreiben|ansprechen|aufnehmen)`,
      String.raw`noch\s+nicht\s+(?:direkt\s+)?(?:kontaktieren|anrufen|anschreiben|ansprechen|melden)`,
      String.raw`kontakt\s+(?:bitte\s+)?(?:ausschließlich|nur)\s+über\s+(?:uns|mich)`,
      String.raw`(?:erst|zuerst)\s+nach\s+rücksprache`,
      String.raw`ich stelle euch (?:\S+\s+){0,4}vor`,
      // "mit der Kontaktaufnahme bitte noch warten", "bitte noch keinen direkten Kontakt", "weiß noch nichts davon"
      String.raw`(?:mit\s+(?:der\s+kontaktaufnahme|dem\s+anruf|einem\s+anruf|dem\s+kontakt))\s+(?:bitte\s+)?(?:noch\s+)?(?:warten|abwarten)`,
      String.raw`(?:wartet|warten sie)\s+(?:bitte\s+)?(?:noch\s+)?mit\s+(?:der\s+kontaktaufnahme|dem\s+anruf|einem\s+anruf|dem\s+kontakt)`,
      String.raw`(?:bitte\s+)?noch\s+(?:keinen|keine)\s+(?:direkten?\s+)?(?:kontakt|kontaktaufnahme|anruf)`,
      String.raw`(?:von\s+einer\s+kontaktaufnahme|vom\s+kontakt)\s+(?:bitte\s+)?(?:noch\s+)?absehen`,
      String.raw`(?:weiß|weiss|wissen)\s+(?:noch\s+)?(?:nicht|nichts)\s+(?:bescheid|davon)`,
      // "möchte vorerst nicht kontaktiert werden", "will (noch) nicht angerufen werden"
      String.raw`(?:möchte|möchten|will|wollen)\s+(?:[\p{L}]+\s+){0,4}?(?:vorerst|noch|zunächst|derzeit|aktuell)?\s*(?:nicht|keinen?)\s+(?:[\p{L}]+\s+){0,3}?(?:kontaktiert|angerufen|angeschrieben|kontakt)`,
      String.raw`(?:vorerst|zunächst|bis auf weiteres)\s+(?:nur\s+)?über\s+(?:uns|mich)`,
      // not asked yet, still to be settled: "noch nicht gefragt", "kläre ich noch mit ihm", "bitte erst mit uns abstimmen"
      String.raw`(?:ihn|sie|ihm|ihr|ihnen)\s+noch\s+nicht\s+(?:gefragt|angesprochen)|noch\s+nicht\s+(?:gefragt|abgestimmt|geklärt)(?=,?\s+(?:ob|dass))`,
      String.raw`(?:kläre|klären|stimme|stimmen|spreche|sprechen)\s+(?:ich|wir)\s+(?:das\s+)?(?:noch|erst|vorher|zuerst)\s+(?:mit|ab)`,
      String.raw`(?:erst|zuerst|vorher)\s+mit\s+(?:uns|mir)\s+(?:abstimmen|absprechen|sprechen|klären)`,
      // "ob er zugestimmt hat, weiß ich nicht": a question about consent is none
      String.raw`ob\s+(?:[\p{L}.]+\s+){0,4}?(?:zugestimmt|einverstanden)`,
      String.raw`(?:nicht|keinesfalls|auf keinen fall)\s+direkt\s+(?:kontaktieren|anrufen|anschreiben|ansprechen)`,
      // contact not permitted, often by the buyer's own rules: "ein Anruf des Anbieters ist derzeit nicht erlaubt"
      String.raw`(?:kontaktaufnahme|kontakt|anruf|ansprache)\s+(?:[\p{L}]+\s+){0,4}?(?:ist|sind|wäre)\s+(?:[\p{L}]+\s+){0,3}?nicht\s+(?:gestattet|erlaubt|zulässig|gewünscht)`,
      // consent still to be had: "Zustimmung steht noch aus", "Einwilligung fehlt noch", "Freigabe noch offen"
      String.raw`(?:zustimmung|einverständnis|einwilligung|freigabe|erlaubnis)\s+(?:des\s+kunden\s+|der\s+kundin\s+)?(?:steht\s+(?:noch\s+)?aus|fehlt(?:\s+noch)?|(?:ist\s+)?noch\s+(?:offen|ausstehend|nicht\s+(?:erteilt|gegeben|eingeholt|da)))`,
      String.raw`(?:ist|sind|wurde|wurden)\s+(?:noch\s+)?nicht\s+(?:informiert|vorinformiert|gefragt|angesprochen|eingeweiht|gebrieft)`,
      String.raw`(?:habe|haben)\s+(?:[\p{L}]+\s+){0,2}?noch\s+nicht\s+(?:abgeklärt|geklärt|abgestimmt|nachgefragt)`,
      String.raw`(?:muss|müssen|möchte|möchten|will|werde|werden)\s+(?:ich|wir)\s+(?:[\p{L}]+\s+){0,2}?(?:erst|zuerst|vorher)\s+(?:noch\s+)?(?:abklären|klären|fragen|nachfragen|abstimmen)`,
      String.raw`(?:erst|nicht),?\s+(?:nachdem|bevor)\s+(?:ich|wir)\s+(?:[\p{L}]+\s+){0,4}?(?:informiert|gesprochen|abgeklärt|geklärt|gefragt|vorgestellt|freigegeben)`,
      String.raw`keine\s+direkte\s+(?:kontaktaufnahme|kontaktnahme|ansprache)`,
      // Swiss spelling, "Kontaktnahme": "Kontakt bitte ausschliesslich über uns"
      String.raw`(?:kontakt|kommunikation|kontaktnahme)\s+(?:bitte\s+)?(?:vorerst\s+)?(?:ausschliesslich|ausschließlich|nur)\s+über\s+(?:uns|mich)`,
    ],
  },
  motion: {
    marketplace: [String.raw`(?:über den|über)\s+(?:aws|azure|gcp|google)[- ]?marketplace`, "marktplatz"],
    resale: [
      // the sale under the partner's dealer contract: "wir wickeln es über unseren Händlervertrag ab"
      String.raw`(?:unseren|unserem|unser)\s+händlervertrag`,
      "wiederverkauf",
      String.raw`wiederverkäufer`,
      String.raw`fachhändler`,
      String.raw`als\s+händler`,
      String.raw`(?:kaufen|beziehen)\s+(?:die\s+)?lizenzen`,
      String.raw`lizenzen\s+über\s+uns`,
      "fakturieren an den kunden",
      // "Weiterverkauf über uns", "Verkauf läuft über uns"
      String.raw`weiterverk(?:auf(?:en|t)?|äufer(?:in)?)`,
      String.raw`wiederverkauf(?:en|t)`,
      // the partner buys the licence and bills it on: "an den Kunden weiterverrechnet"
      String.raw`weiter(?:berechn|verrechn)\p{L}*`,
      String.raw`(?:verkauf|vertrieb|bezug|lizenzierung|abrechnung|fakturierung)\s+(?:läuft\s+|erfolgt\s+)?über\s+uns`,
      String.raw`über\s+uns\s+(?:verkauft|bezogen|lizenziert|verrechnet|fakturiert|abgerechnet|gekauft|bestellt)`,
      // "wir kaufen bei euch ein und verkaufen weiter", "verkaufen über unser Papier weiter"
      String.raw`verkaufen\s+(?:[\p{L}]+\s+){0,5}?weiter`,
      // the licence billed through the partner: "die Lizenzen gehen über uns", "über unseren Mietvertrag verrechnet"
      String.raw`lizenz(?:en)?\s+(?:läuft|laufen|geht|gehen)\s+über\s+uns`,
      String.raw`über\s+unseren?\s+[\p{L}-]*vertrag\s+(?:abrechnen|abgerechnet|verrechnen|verrechnet|fakturieren|fakturiert)`,
      // the partner bills the customer: "und verrechnen selbst", "verrechnen die Lizenzen"
      String.raw`(?:verrechnen|fakturieren)\s+(?:selbst|(?:auch\s+)?(?:die\s+)?lizenz(?:en)?)`,
      // the bill goes through the partner: "Rechnung läuft über uns", "auf unser Papier", "auf eigene Rechnung"
      String.raw`(?:rechnung|rechnungsstellung|faktura|bestellung)\s+(?:läuft|geht|kommt|erfolgt)\s+(?:[\p{L}]+\s+){0,3}?über\s+uns`,
      String.raw`(?:auf|über)\s+unser(?:em)?\s+papier`,
      String.raw`auf\s+(?:eigene|unsere)\s+rechnung`,
      String.raw`kaufen\s+(?:[\p{L}]+\s+){0,3}?bei\s+(?:euch|ihnen|dir)\s+ein`,
      String.raw`(?:wir|ich)\s+(?:stellen|stelle)\s+(?:dem\s+kunden\s+|der\s+kundin\s+)?(?:die\s+)?rechnung`,
    ],
    technology: [
      String.raw`technologiepartner(?:schaft)?`,
      "schnittstellenpartner",
      // the vendor's product joined to the partner's: "Schnittstelle zu unserer Software", "gemeinsam vermarkten"
      String.raw`schnittstelle\s+(?:zu|zwischen|mit)\s+unsere[mnr]?\s+(?:[\p{L}-]+\s+)?\p{L}*(?:software|plattform|lösung|produkt|system|app|tool)`,
      String.raw`integration\s+(?:mit|in)\s+unsere[mnr]?\s+(?:[\p{L}-]+\s+)?\p{L}*(?:software|plattform|lösung|produkt|system|app|tool)`,
      String.raw`gemeinsam\s+(?:verkaufen|vermarkten|anbieten)`,
    ],
    services: [
      "implementierung",
      "einführung",
      "dienstleister",
      String.raw`systemintegrator(?:en)?`,
      String.raw`dienstleistung(?:en)?`,
      String.raw`umsetzung`,
      String.raw`setze\s+(?:die|das|den)\s+[\p{L}-]+(?:\s+und\s+(?:die|das|den)\s+[\p{L}-]+)?\s+(?:beim kunden\s+)?um`,
      String.raw`(?:wir\s+)?übernehmen\s+(?:die\s+|auch\s+)?(?:installation|einrichtung|implementierung|einführung|schulung)`,
      String.raw`(?:installation|einrichtung|implementierung|einführung|schulung|inbetriebnahme|datenmigration|betrieb|integration)[^.!?\n]{0,40}?übernehm(?:en|e)`,
      // "wir kümmern uns um die Einrichtung", "Schulung machen wir", "als Implementierungspartner"
      String.raw`kümmern\s+uns\s+(?:auch\s+)?um\s+(?:die\s+|den\s+|das\s+)?(?:einrichtung|installation|implementierung|einführung|schulung|schulungen|integration|betreuung|support|inbetriebnahme|migration|umsetzung|wartung)`,
      String.raw`(?:einrichtung|installation|implementierung|einführung|schulung|schulungen|integration|support|wartung|betreuung|inbetriebnahme)\s+(?:erfolgt\s+durch\s+uns|machen\s+wir|übernehmen\s+wir)`,
      String.raw`(?:implementierungs|integrations|service|einführungs)partner`,
    ],
    referral: [
      String.raw`empfehlung`,
      "tippgeber",
      String.raw`vermittlung(?:sprovision)?`,
      // the partner hands the customer over: "die Betreuung übernehmen Sie", "die weiteren Schritte übernehmt ihr"
      String.raw`(?:die\s+)?(?:betreuung|weitere\s+betreuung|weiteren\s+schritte|umsetzung|implementierung|einführung)\s+(?:übernehmt|übernehmen)\s+(?:ihr|sie)`,
      String.raw`(?:nur\s+)?auf\s+(?:euch|sie|ihr unternehmen)\s+hingewiesen`,
      String.raw`nur\s+(?:den\s+)?kontakt\s+hergestellt`,
      String.raw`(?:stelle|stellen)\s+(?:nur\s+|lediglich\s+)?(?:den\s+)?kontakt\s+her`,
      String.raw`(?:vermittle|vermitteln)\s+(?:nur|lediglich)`,
      String.raw`(?:nur|lediglich|ausschließlich)\s+(?:zu\s+)?vermitteln`,
      // recommending only ("empfehlen nur", "nur … empfehlen")
      String.raw`empfehlen\s+(?:nur|lediglich)|(?:nur|lediglich)\s+(?:[\p{L}]+\s+){0,2}?empfehlen`,
      String.raw`(?:weitere\s+)?betreuung\s+(?:läge|liegt|läuft)\s+(?:dann\s+)?bei\s+(?:ihnen|euch)`,
      String.raw`empfehlungsgeber\p{L}*`,
      // "wir ziehen uns danach zurück": the partner leaves the deal to the vendor
      String.raw`ziehen\s+uns\s+(?:danach\s+|dann\s+|anschließend\s+|im\s+anschluss\s+)?zurück`,
      // the vendor sells and bills directly: "ihr fakturiert direkt", "Vertrag direkt zwischen euch und dem Kunden"
      String.raw`(?:ihr|sie)\s+(?:fakturiert|fakturieren|rechnet|rechnen|verrechnet|verrechnen)\s+(?:[\p{L}]+\s+){0,2}?direkt`,
      String.raw`(?:rechnung|vertrag|faktura|lizenzvertrag)\s+(?:[\p{L}]+\s+){0,3}?direkt\s+(?:von|mit|zwischen)\s+(?:euch|ihnen|dir)`,
      String.raw`direkt\s+(?:bei|von|mit)\s+(?:euch|ihnen|dir)\s+(?:kaufen|beziehen|bestellen|abschließen|abschliessen|abrechnen|lizenzieren)`,
      // a finder's fee and who earns it: "Tippgeberprovision", "Empfehlungsprovision", "als Vermittler"
      String.raw`tippgeber\p{L}+`,
      String.raw`empfehlungs(?:provision|partner|prämie|bonus)`,
      String.raw`(?:lead|vermittlungs)-?(?:provision|prämie|gebühr)`,
      String.raw`(?:als|nur)\s+vermittler(?:in)?`,
      String.raw`weiterempfohlen`,
      // handing over and stepping out: "den Kontakt nur weitergeben", "alles Weitere macht ihr", "danach sind wir raus"
      String.raw`(?:geben|gebe|reichen|reiche|leiten|leite)\s+(?:[\p{L}]+\s+){0,3}?(?:kontakt|lead|interessenten)\s+(?:nur\s+|lediglich\s+)?weiter`,
      String.raw`(?:den\s+rest|alles\s+weitere|das\s+weitere)\s+(?:macht|machen|übernehmt|übernehmen|liegt)\s+(?:ihr|sie|bei\s+euch|bei\s+ihnen)`,
      String.raw`(?:sind|bin)\s+(?:wir|ich)\s+(?:dann\s+|danach\s+|anschließend\s+)?raus|(?:wir|ich)\s+(?:sind|bin)\s+(?:dann\s+|danach\s+|anschließend\s+)raus`,
    ],
  },
  motionWeak: { services: ["anwenderschulungen", "schulung"] },
  money: {
    near: [
      "(?:projekt|auftrags|deal)?volumen",
      "(?:auftrags|projekt)?wert",
      "pro jahr",
      "im jahr",
      String.raw`jährlich\w*`,
      String.raw`\/\s?jahr`,
    ],
    unit: [
      String.raw`(?:pro|je)\s(?:nutzer|user|benutzer|lizenz|mitarbeiter(?:in)?|standort|filiale|gerät|fahrzeug|platz|zimmer|bett)`,
    ],
    other: [
      "umsatz",
      // the prospect's own income ("Spendeneinnahmen von 1,4 Mio. €", "Einnahmen")
      String.raw`\p{L}*einnahmen`,
      String.raw`(?:setzt|setzen)\s+\S+\s+um`,
      "zahlungsvolumen",
      "rechnungsvolumen",
      "ausgegeben",
      "gekostet",
      "kostete",
    ],
    monthly: ["monatlich", "im monat", "pro monat", String.raw`\/\s?monat`],
    price: ["kosten", String.raw`lizenz\w*`, String.raw`abo\w*`],
    between: ["zwischen"],
  },
  competitorBefore: [
    String.raw`vergleich(?:t|en)\s+(?:\S+\s+){0,3}?(?:mit|gegen)\s+`,
    // "neben uns hat auch X angeboten"
    String.raw`neben\s+(?:euch|uns|ihnen|dir|Ihnen)\s+(?:hat|haben)\s+(?:auch\s+)?(?:noch\s+)?(?:schon\s+)?`,
    String.raw`neben\s+(?:euch|uns|ihnen|dir|Ihnen|\p{Lu}\S*)\s+(?:auch\s+)?(?:noch\s+)?`,
    String.raw`angebote?\s+von\s+`,
    // "schaut sich parallel X an", also with the prospect between: "parallel schaut er sich X an"
    // "schauen sich gerade X und Y an", "wir schauen uns X an": the plural, the writer's own and "gerade" too
    String.raw`schau(?:t|en)\s+(?:(?:er|sie|man|wir)\s+)?(?:sich|uns)\s+(?:(?:der|die|das)\s+\p{L}+\s+)?(?:parallel\s+|zusätzlich\s+|gerade\s+)?(?:noch\s+|auch\s+)*`,
    // "hat sich schon X angeschaut": the rival between the verb's halves
    String.raw`(?:hat|haben)\s+(?:(?:er|sie)\s+)?sich\s+(?:(?:schon|auch|bereits|parallel)\s+)*(?={names}\s+(?:angeschaut|angesehen)(?![\p{L}]))`,
    String.raw`(?:nutzt|verwendet|setzt|arbeitet)\s+(?:derzeit|aktuell|bisher|noch|heute)\s+(?:mit\s+)?`,
    String.raw`gespräche?\s+mit\s+`,
    String.raw`(?:wettbewerb|mitbewerb)(?:er)?(?:\s+(?:ist|sind))?:?\s+`,
    // a rival on trial or under review: "testet parallel X", "wir testen gerade X", "prüft parallel X und Y"
    // ("testen gerade gegen X" is read by the cue for "gegen" below)
    String.raw`(?:test|prüf)(?:t|et|en)\s+(?:(?:parallel|auch|zusätzlich|gerade|derzeit|aktuell|schon)\s+)+(?!gegen(?![\p{L}]))`,
    String.raw`(?:im\s+)?vergleich\s+(?:mit|zu)\s+`,
    String.raw`parallel\s+(?:zu|mit)\s+`,
    String.raw`vergleich(?:t|en)\s+(?:(?:derzeit|aktuell|gerade|auch|noch)\s+)+`,
    String.raw`offerten?\s+(?:von|bei)\s+`,
    String.raw`(?:aktuell|derzeit|bisher|heute)\s+(?:nutzt|nutzen|verwendet|verwenden|arbeitet|arbeiten)\s+(?:sie|er|man|die\s+firma|der\s+kunde)\s+(?:mit\s+)?`,
    String.raw`parallel\s+(?:(?:auch|noch)\s+)+`,
    String.raw`(?:derzeit|aktuell|momentan|bisher)\s+(?:von|bei)\s+`,
    // the system running today: "derzeit läuft noch X", "aktuell läuft dort X"
    String.raw`(?:derzeit|aktuell|momentan|bisher|heute)\s+läuft\s+(?:(?:noch|dort|bei\s+ihnen)\s+)*`,
    String.raw`(?:evaluier\w*|prüf\w*|test\w*)\s+(?:\S+\s+){0,3}?gegen\s+`,
    String.raw`(?:statt|anstelle\s+von|anstatt)\s+`,
    // a rival also in talks or brought up: "im Gespräch ist außerdem X", "zur Sprache kam auch X",
    // "als Alternative hat sie X im Blick"
    String.raw`gespräch\s+(?:ist|sind)\s+(?:außerdem|auch|zudem|noch)\s+`,
    String.raw`sprache\s+(?:kam|kamen)\s+(?:auch|außerdem|zudem|noch)\s+`,
    String.raw`alternative\s+(?:hat|haben)\s+(?:sie|er|der\s+kunde|die\s+kundin)\s+(?={names}\s+im\s+blick)`,
  ],
  competitorNone: [
    String.raw`kein(?:e|en)?\s+(?:wettbewerb|konkurrenz|wettbewerber|mitbewerber)`,
    String.raw`keine\s+anderen\s+anbieter`,
  ],
  bulkPitch: {
    optOut: [
      String.raw`keine (?:weiteren |künftigen )?(?:e-?mails|nachrichten|angebote) (?:mehr )?(?:erhalten|bekommen)`,
      String.raw`antworten sie (?:mit )?["„“']?(?:abmelden|stop|nein)["“”']?`,
    ],
    replyKeyword: [String.raw`antworten sie (?:mit )?["„“']?ja["“”']?`],
    dataOffer: [
      String.raw`verifizierte[nr]? (?:[\p{L}\p{N}&/-]+ ){0,3}(?:kontakte|adressen|datensätze|e-?mail-?adressen|datenbank|entscheider)`,
      String.raw`zustellbarkeit`,
    ],
  },
  notADeal: [
    String.raw`kein(?:e|en)? neue[rns]? (?:deal|lead|registrierung|anmeldung|opportunity|verkaufschance|projekt)`,
    String.raw`keine (?:deal-?)?registrierung`,
  ],
  productKind: { after: ["modul", "paket", "plan"], before: ["modul", "paket"] },
  productBefore: [
    String.raw`interess(?:iert|ieren)\s+sich\s+für`,
    String.raw`interesse\s+an`,
    String.raw`(?:test|pilot|demo|testlauf)\s+(?:von|mit)`,
    String.raw`(?:möchte|möchten|wollen|will)`,
  ],
  competitorAfter: [
    String.raw`(?:hat|haben)\s+(?:bereits\s+|schon\s+|auch\s+)*(?:ein\s+)?angebot\s+(?:abgegeben|geschickt|gemacht|vorgelegt|eingereicht)`,
    // an offer or an upgrade made to the prospect, maybe for a purpose: "X hat uns ein Upgrade angeboten",
    // "X hat bereits eine Offerte für die Erneuerung eingereicht"
    String.raw`(?:hat|haben)\s+(?:(?:uns|ihnen|bereits|schon|auch|parallel|ebenfalls)\s+)*(?:ein(?:e|en)?\s+)?(?:angebot|offerte|upgrade)\s+(?:(?:für|zur|zum)\s+(?:die\s+|den\s+|das\s+)?\S+\s+)?(?:abgegeben|geschickt|gemacht|vorgelegt|eingereicht|angeboten)`,
    String.raw`(?:ist|sind)\s+(?:auch\s+)?(?:noch\s+)?im\s+rennen`,
    String.raw`(?:hat|haben)\s+(?:sie|er)\s+sich\s+(?:(?:auch|schon|bereits)\s+)*angeschaut`,
  ],
  problem: {
    strong: [
      // kept in folders or on a magnetic board: "stehen in Ordnern", "an der Magnettafel"
      String.raw`in\s+(?:einem\s+|den\s+)?ordnern?`,
      String.raw`magnettafel\p{L}*`,
      // the prospect displeased with its tool: "ist mit der Anbindung unzufrieden"
      String.raw`unzufrieden`,
      // "Kunde hat Probleme mit der Lieferantenqualifizierung"
      String.raw`probleme`,
      // the main problem written as one word: "unser Hauptproblem ist …", "die Hauptsorge", "größtes Problem"
      String.raw`haupt(?:problem|sorge|schmerzpunkt)(?:e|en|s)?`,
      String.raw`größte[sn]?\s+(?:problem|sorge)`,
      String.raw`papier\w*`,
      // nach Gefühl entschieden: "Preise aus dem Bauch", "nach Gefühl", "Bauchgefühl"
      String.raw`nach gefühl`,
      String.raw`aus dem bauch`,
      String.raw`bauchgefühl`,
      String.raw`manuell\w*`,
      String.raw`von hand`,
      String.raw`händisch`,
      String.raw`handschriftlich`,
      String.raw`überblick`,
      String.raw`ertrinkt`,
      String.raw`getrennt\w*`,
      String.raw`umlaufmappe`,
      String.raw`laufzettel`,
      String.raw`hauspost`,
      String.raw`per post`,
      String.raw`per kurier`,
      String.raw`abtipp\w*`,
      String.raw`tipp(?:t|en) (?:\w+ ){0,3}ab`,
      String.raw`per e-?mail`,
      String.raw`mahnungen`,
      String.raw`ablösen`,
      String.raw`digital erfassen`,
      String.raw`papierform`,
      String.raw`rechnungen kommen`,
      String.raw`rechnungen werden`,
      String.raw`stapeln sich`,
      String.raw`stapel`,
      String.raw`verlier\w* (?:eine |mehrere |\d+ )?(?:woche|wochen|tage?|stunden)`,
      String.raw`in jedem format`,
      String.raw`keine[nm]? (?:überblick|übersicht|transparenz)`,
      String.raw`separat erfasst`,
      String.raw`fehleranfällig`,
      String.raw`herausforderung`,
      String.raw`aufwand`,
      String.raw`stempel\w*`,
      String.raw`über den schreibtisch`,
      String.raw`zettel\w*`,
      String.raw`eine person`,
      String.raw`sammelpostfach`,
      String.raw`in einer mappe`,
      String.raw`(?:kursier\w*|wander\w*)\s+herum`,
      String.raw`kämpf\w* mit`,
      // a tool only its maker still knows, or past its support: "eine Eigenentwicklung auf Access-Basis",
      // "ein selbst gebautes Tool, das niemand mehr pflegt", "die Software wird abgekündigt"
      String.raw`eigenentwicklung\p{L}*`,
      String.raw`selbst\s?gebaut\p{L}*`,
      String.raw`niemand\s+mehr`,
      String.raw`abgekündigt`,
    ],
    // a means of talking as the process: "Buchungen telefonisch", "Bestellungen per WhatsApp"; "habe mit ihr
    // telefonisch gesprochen" is the partner's talk,
    // "telefonisch erreichbar" how to reach her
    channel: [
      String.raw`telefonisch(?!\s+(?:erreichbar|bereikbaar|zu\s+erreichen))`,
      String.raw`(?:per|übers?|am)\s+telefon`,
      String.raw`(?:per|über)\s+(?:whatsapp|instagram|facebook|messenger)`,
    ],
    talked: ["gesprochen", "telefoniert", "besprochen", "vereinbart", "erreicht", "abgestimmt", "verblieben"],
    weak: [
      // wie es heute läuft: "planen alles noch auf Zetteln", "rechnet noch mit zwei Ordnern ab", "läuft
      // derzeit über …"
      String.raw`(?:immer\s+noch|noch\s+immer|nach\s+wie\s+vor)`,
      String.raw`noch\s+(?:(?:alles|komplett|ganz)\s+)?(?:mit|in|per|über|auf)\s+(?:papier|excel|zettel|listen|ordner|drei|zwei|vier|mehreren|verschiedenen|alten)\p{L}*`,
      String.raw`(?:derzeit|aktuell|momentan|zurzeit|heute)\s+(?:läuft|laufen|wird|werden|arbeitet|arbeiten|nutzt|nutzen|macht|machen|führt|führen|verwaltet|verwalten|plant|planen)`,
      String.raw`automatisier\w*`,
      String.raw`langsam`,
      String.raw`suchen`,
      String.raw`sucht`,
      String.raw`brauch\w*`,
      String.raw`benötig\w*`,
      String.raw`müssen`,
      String.raw`wollen`,
      // the singular before its object ("will die Akten endlich digital", "will weg von …"); a bare
      // "will" is English too ("we will send")
      String.raw`will\s+(?:die|den|das|ein|eine|einen|endlich|weg)`,
      String.raw`verlang(?:t|en)`,
      String.raw`freigabe\w*`,
      String.raw`freigegeben`,
      String.raw`\d[\d.,]*\s*(?:rechnungen|eingangsrechnungen|belege) (?:im|pro) (?:monat|jahr|woche)`,
    ],
  },
  // "Kunden in ganz Franken", "im ganzen Allgäu"
  coverBefore: [String.raw`in ganz`, String.raw`im ganzen`],
  compassWord: [String.raw`(?:nord|süd|ost|west)(?:lichen|liche|lich)`],
  sizePlaceBefore: ["in", "im"],
  placeFrom: ["aus", String.raw`mit sitz in`],
  // "keine eigene Website", "nur eine Facebook-Seite"
  noWebsite: [
    String.raw`keine\s+(?:eigene\s+)?(?:website|webseite|homepage)`,
    String.raw`nur\s+eine\s+(?:facebook|instagram)-?seite`,
  ],
  placeBefore: [String.raw`im`, String.raw`aus`, String.raw`am`, String.raw`mit sitz in`, String.raw`in`],
  phoneExtension: ["durchwahl", "dw."],
  regionWord: [
    String.raw`region`,
    String.raw`kanton`,
    String.raw`bundesland`,
    String.raw`provinz`,
    String.raw`landkreis`,
  ],
};

/** A company named as the prospect's parent or owner ("parent is …", "subsidiary of …"): not the prospect itself. */
export const parentCompany: readonly string[] = [
  String.raw`(?:tochter(?:gesellschaft|firma)?|teil) (?:der|des|von)`,
  String.raw`mutter(?:gesellschaft|konzern)?(?: ist)?`,
  String.raw`gehört zu(?:r|m)?`,
];

/** Nouns a professional firm's name ends with ("Brandt Kühn Rechtsanwälte", "Vogel Steuerberater"). */
export const firmNoun: readonly string[] = ["Rechtsanwälte", "Anwälte", "Notare", "Steuerberater", "Advokatur"];
