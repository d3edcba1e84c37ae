// Dutch label words, by field.
import type { CueTable, LabelTable } from "./types.ts";

export const labels: LabelTable = {
  company: ["bedrijf", "bedrijfsnaam", "organisatie", "klant", "klantnaam", "onderneming", "naam bedrijf", "eindklant"],
  website: ["webadres", "internetadres"],
  contactName: ["contactpersoon", "naam", "aanspreekpunt", "beslisser", "naam contactpersoon"],
  role: ["functie", "rol", "functietitel"],
  email: ["e-mailadres", "mailadres", "emailadres"],
  phone: ["telefoon", "telefoonnummer", "mobiel", "gsm", "mob", "tel. nr"],
  stage: ["fase", "stadium", "stand van zaken"],
  value: ["waarde", "geschatte waarde", "omvang", "dealwaarde", "bedrag", "budget (indicatie)"],
  competitors: ["concurrenten", "concurrentie", "andere leveranciers"],
  need: ["behoefte", "probleem", "uitdaging", "achtergrond", "opmerkingen", "toelichting", "omschrijving"],
  region: ["regio", "plaats", "stad", "provincie", "locatie", "vestiging"],
  consent: ["toestemming", "toestemming voor contact", "contact toegestaan", "akkoord voor contact"],
  motion: ["samenwerkingsvorm", "type samenwerking", "type partner"],
  product: ["producten", "interesse"],
  currency: ["valuta", "munteenheid"],
};

/** Overdragen aan een collega (regex sources, matched case-insensitively). */
export const handover: readonly string[] = [
  String.raw`overdragen|draag (?:het )?over`,
  String.raw`(?:wordt|is) (?:uw|jullie|het) (?:nieuwe )?aanspreekpunt`,
  String.raw`neemt (?:dit|het) (?:verder )?(?:op|over)`,
  String.raw`doorgegeven`,
];
export const staying: readonly string[] = [String.raw`ik blijf (?:uw |jullie |het )?(?:aanspreekpunt|contactpersoon)`];

export const cues: CueTable = {
  negationBefore: ["niet", "geen", "nooit", "zonder", "niets"],
  negationAfter: ["nog niet", "niet"],
  conditional: ["zodra", "wanneer"],
  yes: ["ja", "akkoord", "gegeven", "toegestaan", "oké", "prima"],
  no: ["nog niet", "nee", "neen", "niet gegeven", "niet"],
  stage: {
    evaluation: [
      "proefperiode",
      "evaluatie",
      String.raw`(?:proef|pilot|test)\s*(?:periode\s+)?(?:loopt|lopen)`,
      String.raw`offerte\s+(?:aangevraagd|gevraagd|verstuurd|gestuurd|in voorbereiding)`,
      String.raw`(?:vergelijkt|vergelijken)\s+(?:offertes|aanbieders|leveranciers|oplossingen)`,
    ],
    newIntro: [
      String.raw`eerste\s+(?:contact|kennismaking|introductie)`,
      String.raw`nog\s+(?:niets|geen\s+{event})(?:\s+(?:gepland|ingepland|vastgelegd))?`,
      String.raw`nieuwe\s+lead`,
    ],
    event: ["afspraak", "gesprek", "presentatie", "kennismaking", "kennismakingsgesprek", "demo", "bezoek", "overleg"],
    booked: ["gepland", "ingepland", "vastgelegd", "bevestigd", "afgesproken"],
    day: ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "morgen"],
  },
  consent: {
    permission: [
      String.raw`(?:vindt|vinden)\s+(?:het\s+)?(?:goed|prima|oké|ok)\s+(?:dat|als)\s+(?:jullie|u|je)`,
      String.raw`(?:mag|mogen)\s+(?:rechtstreeks|direct)\s+(?:gecontacteerd|benaderd|gebeld)`,
      String.raw`(?:mag|mogen)\s+(?:jullie|u)\s+(?:hem|haar|hen)\s+(?:rechtstreeks\s+|direct\s+)?(?:contacteren|bellen|mailen|benaderen)`,
      String.raw`toestemming\s+(?:gegeven|verleend)`,
      // "akkoord met contact door …", "bel haar gerust"
      String.raw`akkoord\s+met\s+(?:het\s+|direct\s+|rechtstreeks\s+)?contact`,
      String.raw`(?:bel|mail|contacteer|benader)\s+(?:hem|haar|hen)\s+(?:gerust|maar|gewoon)`,
      String.raw`(?:weet|weten)\s+(?:dat|ervan dat)\s+(?:jullie|u|je)\s+(?:haar|hem|hen|contact)\s+(?:zullen|gaan|gaat|zal)?\s*(?:contacteren|bellen|benaderen|opnemen)`,
    ],
    prohibition: [
      // "graag eerst via ons", "contact loopt via mij"; a bare "via ons" is how licences are bought
      String.raw`(?:graag|eerst|contact|loopt)\s+(?:(?:eerst|graag|loopt)\s+)?via\s+(?:ons|mij)`,
      String.raw`(?:niet|nog niet)\s+(?:rechtstreeks\s+|direct\s+)?(?:contacteren|bellen|benaderen)`,
    ],
  },
  motion: {
    resale: [String.raw`doorverk(?:oop|open|open wij)`, "wederverkoper", "wederverkoop"],
    services: [String.raw`(?:wij|we)\s+(?:verzorgen|doen|regelen)\s+(?:de\s+)?(?:implementatie|uitrol|installatie)`],
    referral: [String.raw`doorverwijzing`, String.raw`aanbrenger`],
  },
  // "dat ze X ook hebben bekeken": the names stand before the verb
  competitorAfter: [String.raw`(?:ook\s+)?(?:hebben|heeft)\s+(?:ook\s+)?(?:bekeken|getest|vergeleken|gezien)`],
  competitorBefore: [
    String.raw`(?:kijkt|kijken)\s+(?:ook\s+)?(?:naar|bij)\s+`,
    String.raw`(?:gebruikt|gebruiken)\s+(?:nu|momenteel|al)\s+`,
    String.raw`(?:vergelijkt|vergelijken)\s+(?:\S+\s+){0,3}?met\s+`,
    // "een offerte van X": a rival's offer
    String.raw`(?:offerte|voorstel|demo)\s+(?:van|bij)\s+`,
    String.raw`(?:gebruikt|gebruiken)\s+(?:ze|zij|hij|het\s+bedrijf)\s+(?:(?:nu|momenteel|al)\s+)?`,
  ],
  productBefore: [String.raw`(?:geïnteresseerd|interesse)\s+in`, String.raw`(?:proef|demo|licenties?)\s+(?:van|met)`],
  problem: {
    strong: [
      String.raw`handmatig`,
      String.raw`met de hand`,
      String.raw`op papier`,
      String.raw`papieren`,
      String.raw`spreadsheets?`,
      String.raw`excel`,
      String.raw`geen (?:overzicht|zicht)`,
    ],
    weak: [
      String.raw`willen`,
      String.raw`zoeken`,
      String.raw`automatiseren`,
      String.raw`\d[\d.,]*\s*(?:inkoop)?facturen per (?:maand|jaar)`,
    ],
  },
  placeBefore: [String.raw`gevestigd in`, String.raw`uit`, String.raw`in`],
  placeFor: ["voor"],
  rolloutWord: ["uitrol", "markt", "project"],
  phoneExtension: ["toestel"],
  regionWord: [String.raw`regio`, String.raw`provincie`],
};
