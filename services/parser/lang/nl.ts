// Dutch label words, by field.
import type { CueTable, LabelTable } from "./types.ts";

export const labels: LabelTable = {
  company: [
    "bedrijf",
    "bedrijfsnaam",
    "organisatie",
    "klant",
    "klantnaam",
    "onderneming",
    "naam bedrijf",
    "eindklant",
    // an association, a club's name
    "vereniging",
    "clubnaam",
  ],
  website: ["webadres", "internetadres"],
  contactName: ["contactpersoon", "naam", "aanspreekpunt", "beslisser", "naam contactpersoon"],
  givenName: ["voornaam"],
  familyName: ["achternaam"],
  role: ["functie", "rol", "functietitel"],
  email: ["e-mailadres", "mailadres", "emailadres"],
  phone: ["telefoon", "telefoonnummer", "mobiel", "gsm", "mob", "tel. nr"],
  stage: ["fase", "stadium", "stand van zaken"],
  value: ["waarde", "geschatte waarde", "omvang", "dealwaarde", "bedrag", "budget (indicatie)"],
  // "mededingers": Afrikaans
  incumbent: ["huidig systeem", "huidige oplossing", "huidige software"],
  competitors: ["concurrenten", "concurrentie", "andere leveranciers", "mededingers"],
  // "Aanleiding: …" (the occasion: what sets the project off)
  need: [
    "behoefte",
    "probleem",
    "uitdaging",
    "achtergrond",
    "opmerkingen",
    "toelichting",
    "omschrijving",
    "noden",
    "aanleiding",
    // a wish ("Wens: …")
    "wens",
    "wensen",
    // the question the prospect asks ("Vraag: koppeling met …")
    "vraag",
  ],
  // "Streek: …": a region, in Dutch and in Afrikaans
  region: ["regio", "plaats", "stad", "provincie", "locatie", "vestiging", "streek"],
  consent: [
    "toestemming",
    "toestemming voor contact",
    "toestemming contact",
    "contact toegestaan",
    "akkoord voor contact",
    // "Toestemming klant: ja", "Toestemming om contact op te nemen: ja"
    "toestemming klant",
    "toestemming om contact op te nemen",
  ],
  // "Onze rol: implementatie en training": the partner's role says how it works with the vendor
  motion: ["samenwerkingsvorm", "type samenwerking", "type partner", "onze rol", "rol partner"],
  product: ["producten", "interesse"],
  currency: ["valuta", "munteenheid"],
};

/** Overdragen aan een collega (regex sources, matched case-insensitively). */
export const handover: readonly string[] = [
  // "draagt het over", "heeft het overgedragen aan Sofie" (the name follows "aan")
  String.raw`over(?:ge)?dragen(?: aan)?|draag(?:t)? (?:het )?over`,
  String.raw`(?:wordt|is) (?:uw|jullie|het) (?:nieuwe )?aanspreekpunt`,
  String.raw`neemt (?:dit|het) (?:verder )?(?:op|over)`,
  String.raw`doorgegeven`,
];
export const staying: readonly string[] = [
  String.raw`ik blijf (?:uw |jullie |het )?(?:aanspreekpunt|contactpersoon)`,
  // the writer takes the matter themself: "ik word jullie aanspreekpunt", "ik neem het over"
  String.raw`ik (?:ben|word) (?:uw|jullie|het) (?:nieuwe )?(?:aanspreekpunt|contactpersoon)`,
  String.raw`ik neem (?:dit|het) (?:verder )?over`,
];

export const cues: CueTable = {
  // the prospect's details still to come: "mailadres volgt morgen", "nog geen website"
  detailsLater: {
    detail: [String.raw`e-?mail(?:adres)?`, "mailadres", "website", "contactgegevens", "naam van de contactpersoon"],
    later: ["morgen", "later", String.raw`volg(?:t|en)`, "nog niet", "nog geen", "zodra ik"],
  },
  // the partner doing service work: "wij doen de inbouw", "wij begeleiden de uitrol", "Onze rol: installatie"
  serviceWork: [
    "implementatie",
    "integratie",
    "installatie",
    "montage",
    "onderhoud",
    "configuratie",
    "migratie",
    "uitrol",
    "opleiding",
    // "de procesanalyse en begeleiding van de invoering": the analysis, the guidance through the rollout
    "procesanalyse",
    "begeleiding",
    "invoering",
  ],
  partnerSubject: ["wij", "ons team"],
  otherSubject: ["zij", "ze", "de klant"],
  serviceLabel: ["onze rol", String.raw`rol van [\p{L}-]+`],
  problemNoun: [String.raw`probleem`, String.raw`problemen`],
  // "een lead aanmelden", "registreren": the partner's errand, no need
  notProblem: [String.raw`aan(?:te)?melden`, String.raw`registreren`],
  writerSubject: ["ik", "wij", "we"],
  // "Factuur 2026-…"
  invoiceNoun: ["factuur"],
  registering: [
    // "een lead aanmelden", "doorverwijzing", "nieuwe klant", "Klant: …"
    String.raw`aan(?:te)?meld(?:en|ing)`,
    String.raw`registre(?:ren|er)`,
    String.raw`doorverwijzing`,
    String.raw`nieuwe (?:lead|klant|kans|aanmelding)`,
    String.raw`klant\s*:`,
  ],
  negationBefore: ["niet", "geen", "nooit", "zonder", "niets"],
  commonWords: [
    "nu",
    "de",
    "het",
    "een",
    "en",
    "van",
    "is",
    "dat",
    "we",
    "ze",
    "zijn",
    "al",
    "wij",
    "ook",
    "er",
    "met",
  ],
  negationAfter: ["nog niet", "niet"],
  conditional: ["zodra", "wanneer"],
  yes: ["ja", "akkoord", "gegeven", "toegestaan", "oké", "prima", "goedgekeurd", "in orde"],
  no: ["nog niet", "nee", "neen", "niet gegeven", "niet", "nog te vragen", "nog te bevestigen"],
  stage: {
    // month names, for a meeting's date written out ("… on 14 March", "… el 11 de mayo")
    month: [
      "januari",
      "februari",
      "maart",
      "april",
      "mei",
      "juni",
      "juli",
      "augustus",
      "september",
      "oktober",
      "november",
      "december",
    ],
    evaluation: [
      // a proposal asked for, in Dutch and Afrikaans: "voorstel aangevraagd", "voorstel aangevra"
      String.raw`voorstel\s+aangevra(?:agd)?`,
      // an offer asked for: "kunnen jullie een voorstel maken?", "een offerte bezorgen", "vragen om een offerte"
      String.raw`(?:een\s+)?(?:offerte|voorstel|prijsopgave)\s+(?:bezorgen|sturen|maken|opmaken|uitwerken)`,
      String.raw`vragen\s+om\s+een\s+(?:offerte|voorstel|prijsopgave)`,
      "proefperiode",
      "evaluatie",
      String.raw`(?:proef|pilot|test)\s*(?:periode\s+)?(?:loopt|lopen)`,
      String.raw`offerte\s+(?:aangevraagd|gevraagd|opgevraagd|verstuurd|gestuurd|in voorbereiding)`,
      String.raw`(?:vergelijkt|vergelijken)\s+(?:offertes|aanbieders|leveranciers|oplossingen)`,
      // "de gemeente heeft jullie voorstel", "vergelijken ons voorstel met X", a test set-up of their own: "een proefomgeving"
      String.raw`(?:hebben|heeft)\s+(?:nu\s+|al\s+)?(?:onze|jullie)\s+(?:offerte|voorstel|prijsopgave)`,
      String.raw`(?:vergelijkt|vergelijken)\s+(?:\S+\s+){0,3}?met`,
      "proefomgeving",
      // "er loopt een aanbesteding", "ze hebben om een voorstel gevraagd"
      "aanbesteding",
      String.raw`om\s+een\s+(?:voorstel|offerte|prijsopgave)\s+(?:[\p{L}\d]+\s+){0,4}?gevraagd`,
      // an offer made or received: "offerte uitgebracht", "prijsofferte ontvangen", "offertefase"
      String.raw`(?:offerte|prijsofferte|prijsopgave|voorstel)\s+(?:[\p{L}]+\s+){0,3}?(?:ontvangen|gekregen|uitgebracht|ingediend|opgemaakt|opgesteld|verzonden|doorgestuurd|bezorgd|overhandigd)`,
      String.raw`(?:prijs)?offerte(?:aanvraag|fase|traject)|prijsaanvraag`,
      // a trial by its other names: "testversie", "proeflicentie", "pilotfase", "ze zijn het aan het testen"
      String.raw`(?:test|proef|demo)(?:versie|account|licentie|fase|opstelling|project)`,
      String.raw`pilot(?:project|fase)`,
      String.raw`(?:zijn|is)\s+(?:[\p{L}]+\s+){0,2}?aan\s+het\s+(?:testen|uittesten|evalueren|vergelijken)`,
      // choosing among several: "vergelijken een aantal pakketten", "selectietraject", "in onderhandeling"
      String.raw`(?:vergelijkt|vergelijken|bekijken|bekijkt)\s+(?:verschillende|meerdere|enkele|een\s+aantal)\s+(?:pakketten|leveranciers|aanbieders|oplossingen|offertes|systemen|partijen)`,
      String.raw`(?:selectie|evaluatie|aankoop|beslissings)(?:traject|proces|fase)`,
      String.raw`in\s+onderhandeling`,
      String.raw`contractvoorstel|ontwerpcontract`,
      // a budget approved or asked for; a public tender's specification (Flemish "lastenboek")
      String.raw`budget\s+(?:is\s+|werd\s+|wordt\s+)?(?:al\s+|reeds\s+)?(?:goedgekeurd|vrijgemaakt|voorzien|aangevraagd|toegekend)`,
      String.raw`lastenboek|overheidsopdracht`,
      // a trial install running: "draait een proefinstallatie", "proefopstelling"
      String.raw`proef(?:installatie|opstelling)`,
    ],
    newIntro: [
      // bringing the vendor in touch: "we brengen u in contact met de klant"
      String.raw`brengen\s+(?:jullie|u)\s+(?:graag\s+)?in\s+contact`,
      String.raw`eerste\s+(?:contact|kennismaking|introductie)`,
      String.raw`nog\s+(?:niets|geen\s+(?:echt\s+|serieus\s+)?{event})(?:\s+(?:gepland|ingepland|vastgelegd))?`,
      // "nog in de ideefase", "ik heb jullie product genoemd"
      "ideefase",
      String.raw`(?:product|oplossing)\s+genoemd`,
      String.raw`nieuwe\s+lead`,
      // met at a fair: "op de Vakbeurs in Utrecht heb ik de eigenaar gesproken"
      String.raw`op\s+de\s+\p{L}*beurs\s+[^.!?\n]{0,60}?(?:gesproken|ontmoet|leren\s+kennen)`,
      // weighing a change, nothing agreed: "overwegen over te stappen", "denken erover na om hun pakket te vervangen"
      String.raw`(?:overweegt|overwegen|denkt|denken|spelen|speelt)\s+(?:[\p{L}-]+\s+){0,7}?(?:over\s+te\s+stappen|te\s+vervangen|te\s+wisselen|te\s+migreren)`,
      String.raw`(?:spelen|speelt)\s+met\s+(?:het\s+idee|de\s+gedachte)`,
      // a lead just come in: "nieuwe prospect", "heeft zich bij ons gemeld", "aanvraag via de website"
      String.raw`nieuwe?\s+(?:prospect|contact|aanvraag|opportuniteit)`,
      String.raw`(?:heeft|hebben)\s+zich\s+(?:[\p{L}]+\s+){0,2}?(?:bij\s+(?:ons|mij)\s+)?gemeld`,
      String.raw`(?:aanvraag|vraag)\s+(?:kwam\s+)?(?:via|op)\s+(?:onze\s+|de\s+)?(?:website|site|webshop|contactformulier)`,
      String.raw`(?:heeft|hebben|toonde|toonden)\s+(?:[\p{L}]+\s+){0,2}?interesse\s+getoond|toonde(?:n)?\s+(?:[\p{L}]+\s+)?interesse`,
      // early days: "in een vroeg stadium", "beginfase", "ze oriënteren zich", "nog niet ingepland"
      String.raw`(?:prille|vroege?|beginnende)\s+(?:fase|stadium)|beginfase`,
      String.raw`(?:ori[eë]nter(?:en|t)\s+zich|ori[eë]ntatiefase|ori[eë]nterend\p{L}*)`,
      String.raw`nog\s+niet\s+(?:ingepland|gepland|vastgelegd|afgesproken)`,
      String.raw`(?:enkel|alleen|slechts|pas)\s+(?:een\s+)?(?:kort\s+|eerste\s+)?(?:telefoontje|telefonisch\s+contact|gesprekje|mailtje)`,
      // the partner only making the introduction: "ik doe alleen de introductie", "wij brengen ze alleen in contact"
      String.raw`(?:doe|doen)\s+(?:alleen|enkel|slechts)\s+de\s+introductie|(?:brengen|breng)\s+(?:[\p{L}]+\s+){0,2}?(?:alleen|enkel|slechts)\s+in\s+contact`,
      // we only introduce or refer: "introduceren alleen", "doen alleen de doorverwijzing"
      String.raw`(?:introduceren|verwijzen)\s+(?:alleen|enkel|slechts)`,
      String.raw`(?:doe|doen)\s+(?:alleen|enkel|slechts)\s+de\s+(?:doorverwijzing|verwijzing)`,
    ],
    // compounds end in the meeting noun: "belafspraak", "kennismakingscall", "telefoongesprek"
    event: [
      String.raw`\p{L}*(?:afspraak|gesprek|call)`,
      "presentatie",
      "kennismaking",
      "demo",
      String.raw`\p{L}*bezoek`,
      "overleg",
      "vergadering",
      "demonstratie",
      "bespreking",
    ],
    booked: [
      "gepland",
      "ingepland",
      "vastgelegd",
      "bevestigd",
      "afgesproken",
      String.raw`staat\s+(?:op|voor|vast)`,
      "geboekt",
      "ingeboekt",
      "geagendeerd",
      "vastgesteld",
      "in de agenda",
    ],
    day: ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "morgen"],
    thanked: [String.raw`(?:bedankt|dank)\s+voor`],
    // "we hadden een gesprek op 3 mei", "de demo heeft op dinsdag plaatsgevonden"
    held: ["hadden"],
    heldArticle: ["een", "het", "de", "ons", "onze", "eerste"],
    heldAfter: [String.raw`(?:heeft|hebben)\s+(?:al\s+)?plaatsgevonden`, "vond"],
    duration: ["minuten", "uur"],
  },
  consent: {
    // the prospect agreed to being contacted, the two words in one sentence in either order
    agreeWord: ["akkoord", "ingestemd", "stemt in", "prima", "goedgekeurd"],
    contactWord: [
      String.raw`contacteer\p{L}*`,
      "gecontacteerd",
      "telefoontje",
      "contact opneemt",
      "contact opnemen",
      String.raw`benader\p{L}*`,
      "gebeld",
      "bellen",
      "belt",
    ],
    permission: [
      String.raw`(?:vindt|vinden)\s+(?:het\s+)?(?:goed|prima|oké|ok)\s+(?:dat|als)\s+(?:jullie|u|je)`,
      String.raw`(?:mag|mogen)\s+(?:rechtstreeks|direct)\s+(?:gecontacteerd|benaderd|gebeld)`,
      String.raw`(?:mag|mogen)\s+(?:jullie|u)\s+(?:hem|haar|hen)\s+(?:rechtstreeks\s+|direct\s+)?(?:contacteren|bellen|mailen|benaderen)`,
      String.raw`toestemming\s+(?:gegeven|verleend)`,
      // "vindt contact met de leverancier prima", "wil graag dat jullie haar mailen"
      String.raw`(?:vindt|vinden)\s+(?:het\s+)?contact\s+(?:met\s+(?:[\p{L}]+\s+){1,3}?)?(?:prima|goed|oké|ok|fijn)(?![\p{L}])`,
      String.raw`(?:wil|willen)\s+(?:heel\s+)?graag\s+dat\s+(?:jullie|u|je)\s+(?:hem|haar|hen)\s+(?:bellen|contacteren|mailen|benaderen)`,
      String.raw`(?:weet|weten)\s+(?:dat|ervan\s+dat)\s+(?:jullie|u|je)\s+(?:(?:zullen|gaan|gaat|zal)\s+)?contact\s+(?:met\s+(?:haar|hem|hen)\s+)?(?:zullen\s+|gaan\s+)?opnemen`,
      // the prospect's own words in a forward: "je mag mijn gegevens gerust doorgeven", "ze mogen mij direct bellen"
      String.raw`(?:mag|mogen|kun|kan|kunnen)\s+(?:je\s+|jij\s+|u\s+|jullie\s+)?(?:mijn|zijn|haar|onze)\s+(?:contact)?gegevens\s+(?:gerust\s+|rustig\s+|ook\s+)?(?:doorgeven|delen|doorsturen)`,
      String.raw`(?:mogen|mag|kunnen|kan)\s+(?:mij|me)\s+(?:gerust\s+)?(?:rechtstreeks\s+|direct\s+)?(?:contacteren|bellen|mailen|benaderen)`,
      // "akkoord met contact door …", "bel haar gerust"
      String.raw`akkoord\s+met\s+(?:het\s+|direct\s+|rechtstreeks\s+)?contact`,
      String.raw`(?:bel|mail|contacteer|benader)\s+(?:hem|haar|hen)\s+(?:gerust|maar|gewoon)`,
      String.raw`(?:weet|weten)\s+(?:dat|ervan dat)\s+(?:jullie|u|je)\s+(?:haar|hem|hen|contact)\s+(?:zullen|gaan|gaat|zal)?\s*(?:contacteren|bellen|benaderen|opnemen)`,
      // "hij weet dat jullie gaan bellen", "ze verwacht een belletje", "ze vroeg ons een afspraak met jullie te plannen"
      String.raw`(?:weet|weten)\s+(?:dat|ervan\s+dat)\s+(?:jullie|u|je)\s+(?:(?:haar|hem|hen)\s+)?(?:gaan|zullen|gaat|zal)\s+(?:(?:haar|hem|hen)\s+)?(?:bellen|contacteren|benaderen|mailen)`,
      String.raw`(?:verwacht|verwachten|rekent\s+op|rekenen\s+op|wacht\s+op|wachten\s+op)\s+(?:[\p{L}]+\s+){0,3}?(?:telefoontje|belletje|telefoon|oproep)`,
      String.raw`vroeg\s+(?:ons|mij|me)\s+(?:zelf\s+)?(?:om\s+)?(?:[\p{L}]+\s+){0,5}?te\s+(?:regelen|laten\s+bellen|plannen|organiseren|laten\s+contacteren)`,
      // told and open to it: "is op de hoogte", "staat open voor een gesprek", "kijkt uit naar jullie telefoontje"
      String.raw`(?:is|zijn)\s+(?:al\s+|reeds\s+)?(?:op\s+de\s+hoogte|ingelicht|verwittigd|geïnformeerd|geinformeerd)`,
      String.raw`(?:staat|staan)\s+(?:er\s+)?open\s+voor\s+(?:een\s+)?(?:gesprek|contact|telefoontje|belletje|afspraak|kennismaking)`,
      String.raw`kijk(?:t|en)\s+uit\s+naar\s+(?:[\p{L}]+\s+){0,2}?(?:telefoontje|belletje|contact|oproep|mail)`,
      // allowed in so many words: "toestemming om te bellen", "mag gebeld worden", "mogen hem gerust bellen"
      String.raw`toestemming\s+(?:voor\s+(?:contact|een\s+telefoontje)|om\s+(?:[\p{L}]+\s+){0,3}?(?:te\s+)?(?:bellen|contacteren|mailen|benaderen|contact\s+op\s+te\s+nemen))`,
      String.raw`(?:mag|mogen)\s+(?:[\p{L}]+\s+){0,2}?(?:gebeld|gecontacteerd|benaderd|gemaild)\s+worden`,
      String.raw`(?:(?:mag|mogen|kunnen|kan|kunt)\s+(?:jullie|u|je)|(?:jullie|u|je)\s+(?:mag|mogen|kunnen|kan|kunt))\s+(?:hem|haar|hen)\s+(?:gerust|zeker|altijd|vrij)\s+(?:bellen|contacteren|mailen|benaderen)`,
      String.raw`(?:(?:mogen|mag|kunnen|kan|kunt)\s+(?:jullie|u|je)|(?:jullie|u|je)\s+(?:mogen|mag|kunnen|kan|kunt))\s+(?:gerust\s+|rechtstreeks\s+|direct\s+|zelf\s+){0,2}contact\s+(?:met\s+(?:hem|haar|hen)\s+)?opnemen`,
      String.raw`akkoord\s+(?:om|dat)\s+(?:[\p{L}]+\s+){0,3}?(?:gecontacteerd|gebeld|benaderd)`,
      // "dat u rechtstreeks contact met haar mag opnemen", "jullie mogen contact met hem opnemen"
      String.raw`(?:rechtstreeks\s+|direct\s+)?contact\s+met\s+(?:haar|hem|hen)\s+(?:mag|mogen)\s+opnemen`,
    ],
    prohibition: [
      // "graag eerst via ons", "contact loopt via mij"; a bare "via ons" is how licences are bought
      String.raw`(?:graag|eerst|contact|loopt)\s+(?:(?:eerst|graag|loopt)\s+)?via\s+(?:ons|mij)`,
      String.raw`(?:niet|nog niet)\s+(?:rechtstreeks\s+|direct\s+)?(?:contacteren|bellen|benaderen)`,
      // not asked or settled yet, asked not to be called, not sure they agreed, no contact yet
      String.raw`(?:haar|hem|hen)\s+nog\s+niet\s+gevraagd|nog\s+niet\s+met\s+(?:[\p{L}]+\s+){1,2}(?:afgestemd|overlegd)`,
      String.raw`(?:gevraagd|verzocht)\s+(?:om\s+)?(?:hem|haar|hen)\s+(?:[\p{L}óé]+\s+){0,4}?niet\s+te\s+(?:bellen|contacteren|benaderen|mailen)`,
      String.raw`(?:weet|weet ik)\s+niet\s+of\s+(?:[\p{L}]+\s+){0,3}?(?:akkoord|toestemming|ingestemd)`,
      String.raw`nog\s+geen\s+(?:direct\s+)?contact`,
      // not told, not asked, still to be settled: "is nog niet op de hoogte", "toestemming volgt nog", "moet ik nog navragen"
      String.raw`(?:is|zijn)\s+(?:nog\s+)?niet\s+(?:op\s+de\s+hoogte|ingelicht|verwittigd|geïnformeerd|geinformeerd|gevraagd)`,
      String.raw`toestemming\s+(?:[\p{L}]+\s+){0,2}?(?:nog\s+niet\s+(?:gevraagd|gegeven|verkregen)|volgt\s+nog|ontbreekt(?:\s+nog)?|nog\s+te\s+vragen)`,
      String.raw`(?:moet|ga|zal)\s+(?:ik|we|wij)\s+(?:[\p{L}]+\s+){0,2}?(?:nog|eerst)\s+(?:vragen|navragen|checken|afstemmen|nagaan)`,
      String.raw`nog\s+niet\s+(?:gevraagd|nagevraagd|gecheckt)\s+of`,
      // wait for my word, agree with me first, no direct contact: "wacht even met bellen", "eerst met mij afstemmen"
      String.raw`(?:wacht|wachten)\s+(?:[\p{L}]+\s+){0,2}?met\s+(?:contact|bellen|contacteren|benaderen)`,
      String.raw`(?:wacht|wachten)\s+(?:[\p{L}]+\s+){0,2}?(?:tot|totdat)\s+(?:ik|wij|we)`,
      String.raw`(?:eerst|vooraf)\s+met\s+(?:mij|ons)\s+(?:afstemmen|overleggen|afspreken)`,
      String.raw`geen\s+(?:rechtstreeks|direct)\s+contact`,
    ],
  },
  // too common to decide in prose; a role label's value ("Onze rol: implementatie en training") is decided by one
  motionWeak: { services: ["implementatie"] },
  // the motion's name alone in brackets: "(diensten)", "(wederverkoop)"
  motionName: { services: ["diensten"], resale: ["wederverkoop"] },
  motion: {
    // "wij kopen in en verkopen door", "we verkopen door op ons eigen papier"
    resale: [
      String.raw`doorverk(?:oop|open|open wij)`,
      "wederverkoper",
      "wederverkoop",
      String.raw`verkopen\s+door`,
      // the licence between the verb and its particle: "verkopen de licentie door", "verkopen de X-licenties door"
      // ("door" alone is also "through": "verkopen door heel het land" is no resale)
      String.raw`verkop(?:en|t)\s+(?:[\p{L}-]+\s+){0,3}?licenti\p{L}*\s+door`,
      // a pronoun or the vendor between them: "verkoopt ze door", "verkopen het door (aan …)"; the
      // particle ends the clause, else "door" is "through" ("verkoopt het door heel het land")
      String.raw`verko(?:pen|opt)\s+(?:ze|het|hem|the vendor)\s+door(?=\s*(?:[.,;:!?)\n]|$|aan\s|en\s))`,
      // "wij kopen de licenties (in)"
      String.raw`(?:wij|we)\s+kopen\s+(?:de\s+)?licenties`,
      // the bill goes through the partner: "facturatie loopt via ons", "via ons besteld", "op onze factuur"
      String.raw`(?:facturatie|facturering|factuur|bestelling|aankoop|verkoop|licenties?)\s+(?:loopt|lopen|gaat|gaan|verloopt)\s+(?:[\p{L}]+\s+){0,2}?via\s+(?:ons|onze)`,
      String.raw`via\s+ons\s+(?:gekocht|besteld|aangekocht|gefactureerd|afgenomen)`,
      String.raw`op\s+(?:onze|ons)\s+(?:factuur|papier)`,
      String.raw`(?:wij|we)\s+factureren\s+(?:de\s+klant|de\s+licenties?|het\s+geheel|alles)`,
      String.raw`kopen\s+(?:[\p{L}]+\s+){0,3}?bij\s+(?:jullie|u)\s+in`,
    ],
    // "wij verzorgen de implementatie", "wij zouden de implementatie en de opleiding doen"
    services: [
      String.raw`(?:wij|we)\s+(?:verzorgen|doen|regelen)\s+(?:de\s+)?(?:implementatie|uitrol|installatie)`,
      String.raw`(?:wij|we)\s+(?:zouden|zullen|gaan)\s+(?:de\s+)?(?:implementatie|uitrol|installatie|koppeling|opleiding)`,
      // "wij staan in voor de installatie", "de opleiding doen wij", "implementatiepartner"
      String.raw`(?:wij|we)\s+(?:nemen|zorgen\s+voor|staan\s+in\s+voor|staan\s+voor)\s+(?:de\s+)?(?:implementatie|uitrol|installatie|opleiding|opleidingen|integratie|configuratie|ondersteuning|support|begeleiding|migratie)`,
      String.raw`(?:implementatie|installatie|opleiding|opleidingen|configuratie|integratie|support|ondersteuning|uitrol)\s+(?:doen|verzorgen|nemen)\s+(?:wij|we)`,
      String.raw`(?:implementatie|integratie|service)partner|systeemintegrator|beheerde\s+diensten`,
    ],
    technology: [
      // the vendor's product joined to the partner's: "koppeling met ons kassapakket"
      String.raw`(?:koppeling|integratie|connector)\s+(?:met|naar|tussen)\s+(?:ons|onze)\s+(?:[\p{L}-]+\s+)?\p{L}*(?:pakket|platform|software|product|systeem|applicatie|app|oplossing|tool)`,
      String.raw`technologiepartner\p{L}*`,
    ],
    // "wij verwijzen alleen door", "we leggen het contact en stappen dan uit"
    referral: [
      // the partner withdraws after the introduction: "trekken ons daarna terug"
      String.raw`trekken\s+(?:we\s+|wij\s+)?ons\s+(?:daarna\s+|dan\s+|vervolgens\s+)?terug`,
      String.raw`doorverwijzing`,
      String.raw`aanbrenger`,
      // we only introduce, the sale is left to the vendor: "wij introduceren alleen", "de verkoop laten we aan jullie"
      String.raw`(?:introduceren|introduceer)\s+(?:alleen|enkel|slechts)`,
      String.raw`(?:de\s+)?verkoop\s+laten\s+(?:we|wij|ik)\s+(?:verder\s+)?(?:aan|over\s+aan)\s+(?:jullie|u)`,
      String.raw`verwijzen\s+(?:[\p{L}]+\s+){0,3}?door`,
      String.raw`stappen\s+(?:[\p{L}]+\s+)?uit`,
      // "ik doe enkel de introductie", "wij verzorgen alleen de intro"
      String.raw`(?:alleen|enkel|slechts)\s+(?:de\s+|een\s+)?(?:intro|introductie|kennismaking)`,
      // the vendor bills and takes over: "jullie factureren rechtstreeks", "contract rechtstreeks met jullie", "jullie nemen het over"
      String.raw`(?:jullie|u)\s+(?:factureert|factureren|rekent|rekenen)\s+(?:[\p{L}]+\s+){0,2}?(?:rechtstreeks|direct)`,
      String.raw`(?:factuur|facturatie|contract|overeenkomst)\s+(?:[\p{L}]+\s+){0,3}?(?:rechtstreeks|direct)\s+(?:via|met|van|tussen|door)\s+(?:jullie|u)`,
      String.raw`(?:(?:jullie|u)\s+(?:nemen|neemt)|(?:nemen|neemt)\s+(?:jullie|u))\s+(?:het\s+)?(?:vanaf\s+hier\s+|vanaf\s+nu\s+)?(?:verder\s+)?over`,
      // a finder's fee and who earns it: "aanbrengvergoeding", "enkel als tipgever"
      String.raw`aanbreng(?:vergoeding|fee|premie|commissie)|doorverwijs(?:vergoeding|fee|premie)|tipgever(?:s)?`,
      String.raw`(?:enkel|alleen|slechts|louter)\s+(?:als\s+)?(?:aanbrenger|doorverwijzer|tipgever)`,
      String.raw`(?:brengen|breng)\s+(?:de\s+|het\s+|deze\s+)?(?:klant|lead|contact|prospect)\s+(?:enkel|alleen|slechts)\s+aan`,
    ],
  },
  // "dat ze X ook hebben bekeken": the names stand before the verb
  competitorAfter: [String.raw`(?:ook\s+)?(?:hebben|heeft)\s+(?:ook\s+)?(?:bekeken|getest|vergeleken|gezien)`],
  money: {
    near: ["waarde", "bedrag", "omvang", "per jaar", "jaarlijks", String.raw`\/\s?jaar`],
    other: ["omzet", "inkomsten", "kostte", "uitgegeven", "geïnvesteerd"],
    monthly: ["per maand", "maandelijks", String.raw`\/\s?maand`],
    price: ["licenties?", "abonnement"],
    between: ["tussen"],
  },
  competitorBefore: [
    String.raw`(?:kijkt|kijken)\s+(?:ook\s+)?(?:naar|bij)\s+`,
    // "ze overwegen ook X", "ze bekijken ook X"
    String.raw`(?:overwegen|overweegt|bekijken|bekijkt)\s+ook\s+`,
    String.raw`(?:gebruikt|gebruiken)\s+(?:nu|momenteel|al)\s+`,
    String.raw`(?:vergelijkt|vergelijken)\s+(?:\S+\s+){0,3}?met\s+`,
    // the noun: "vergelijking met X" (a comparison with X)
    String.raw`vergelijking\s+met\s+`,
    // "een offerte van X": a rival's offer
    // the plural too: "demo's van X en Y", "offertes van X"
    String.raw`(?:offertes?|voorstel(?:len)?|demo(?:['’]?s)?)\s+(?:van|bij)\s+`,
    // the separable verb: "vragen een offerte op bij X"
    String.raw`offertes?\s+op\s+bij\s+`,
    String.raw`(?:gebruikt|gebruiken)\s+(?:ze|zij|hij|het\s+bedrijf)\s+(?:(?:nu|momenteel|al)\s+)?`,
    String.raw`twijfel(?:en|t)\s+tussen\s+(?:(?:jullie|ons|u)\s+en\s+)?`,
    String.raw`(?:concurrent(?:en|ie)?)\s*:\s*`,
    String.raw`(?:vervangen|vervangt)\s+`,
    String.raw`(?:in\s+plaats\s+van)\s+`,
    // a rival's demo had: "ze hebben al een demo gehad van X"
    String.raw`(?:demo|presentatie)\s+(?:gehad|gezien|gekregen)\s+(?:van|bij)\s+`,
  ],
  competitorNone: [String.raw`geen\s+concurr(?:entie|enten)`],
  productKind: { before: ["module", "pakket"] },
  productBefore: [String.raw`(?:geïnteresseerd|interesse)\s+in`, String.raw`(?:proef|demo|licenties?)\s+(?:van|met)`],
  problem: {
    strong: [
      // the work spread over separate tools: "twee losse pakketten"
      String.raw`losse\s+(?:systemen|programma.s|pakketten|bestanden|lijsten)`,
      // the prospect displeased with its tool: "zijn ontevreden over de synchronisatie"
      String.raw`ontevreden`,
      // records kept in a notebook: "in een schrift", "in een notitieboek"
      String.raw`notitieboek\p{L}*`,
      String.raw`handmatig`,
      // time the process eats, the same work over tools: "veel tijd kwijt", "drie verschillende systemen"
      String.raw`veel\s+tijd\s+kwijt`,
      String.raw`verschillende\s+(?:systemen|programma's|pakketten)`,
      String.raw`met de hand`,
      String.raw`per hand`,
      String.raw`probleem`,
      String.raw`problemen`,
      String.raw`op papier`,
      String.raw`papieren`,
      String.raw`spreadsheets?`,
      String.raw`excel`,
      String.raw`geen (?:overzicht|zicht)`,
      // "klachten over de eindafrekening": complaints
      String.raw`klachten`,
      // a worn-out tool: "een verouderd systeem", "wordt niet meer ondersteund"
      String.raw`verouderde?`,
      String.raw`niet meer ondersteund`,
      // the main one of the prospect's worries: "onze grootste zorg blijft …", "het grootste pijnpunt"
      String.raw`grootste\s+(?:zorg|zorgen|probleem|pijnpunt)`,
    ],
    // a means of talking as the process: "reserveringen telefonisch", "via WhatsApp"; "ik heb haar telefonisch
    // gesproken" is the partner's talk,
    // "telefonisch bereikbaar" how to reach her
    channel: [
      String.raw`telefonisch(?!\s+(?:erreichbar|bereikbaar|zu\s+erreichen))`,
      String.raw`(?:per|via|over\s+de)\s+telefoon`,
      String.raw`via\s+(?:instagram|facebook|messenger)`,
    ],
    talked: ["gesproken", "gebeld", "besproken", "afgesproken", "bevestigd"],
    weak: [
      String.raw`willen`,
      String.raw`wil`,
      String.raw`zoek(?:en|t)`,
      String.raw`moet(?:en)?`,
      String.raw`eisen`,
      String.raw`automatiseren`,
      String.raw`\d[\d.,]*\s*(?:inkoop)?facturen per (?:maand|jaar)`,
    ],
  },
  // "geen website", "alleen een Instagram-pagina"
  noWebsite: [String.raw`geen\s+(?:eigen\s+)?website`, String.raw`alleen\s+een\s+(?:facebook|instagram)(?:-?pagina)?`],
  placeBefore: [String.raw`gevestigd in`, String.raw`uit`, String.raw`in`],
  placeFor: ["voor"],
  rolloutWord: ["uitrol", "markt", "project"],
  phoneExtension: ["toestel"],
  regionWord: [String.raw`regio`, String.raw`provincie`],
};

/** Nouns a professional firm's name ends with ("De Wit Smeets Advocaten"). */
export const firmNoun: readonly string[] = ["Advocaten", "Notarissen", "Accountants"];
