// Italian label words, by field.
import type { CueTable, LabelTable } from "./types.ts";

export const labels: LabelTable = {
  legalName: ["ragione sociale"],
  company: [
    // institutions named by their kind: a school, a university, a public body, a cooperative
    "istituto",
    "scuola",
    "università",
    "ente",
    "cooperativa",
    "azienda",
    "società",
    "nome azienda",
    "organizzazione",
    "ditta",
    "cliente finale",
    "cliente",
    // a club (circle), an association, a federation
    "circolo",
    "associazione",
    "federazione",
  ],
  website: ["sito web", "sito", "sito internet"],
  contactName: ["contatto", "referente", "persona di riferimento", "nome e cognome", "nominativo"],
  familyName: ["cognome"],
  role: ["ruolo", "qualifica", "posizione", "carica"],
  email: ["posta elettronica", "indirizzo email", "indirizzo e-mail"],
  phone: ["telefono", "cellulare", "cell", "tel. cell"],
  stage: ["stato", "stadio", "fase della trattativa"],
  value: ["valore", "valore stimato", "importo"],
  incumbent: ["sistema attuale", "soluzione attuale", "software attuale", "sistema in uso"],
  competitors: ["concorrenti", "concorrenza"],
  need: ["esigenza", "esigenze", "contesto", "note", "bisogno", "situazione", "descrizione"],
  region: ["regione", "paese", "città", "sede", "sedi", "area geografica"],
  consent: ["consenso", "consenso al contatto", "contatto autorizzato", "autorizzazione al contatto"],
  motion: ["tipo di partner", "modalità di vendita"],
  // the modules (plural), as a list of them is labelled, and the module of interest
  product: ["prodotto", "prodotti", "modulo", "moduli", "modulo di interesse"],
  currency: ["valuta"],
};

/** Passare la pratica a un collega (regex sources, matched case-insensitively). */
export const handover: readonly string[] = [
  String.raw`sarà (?:il vostro|il suo) (?:referente|contatto)`,
  String.raw`passo la palla`,
];
export const staying: readonly string[] = [
  String.raw`resto (?:il vostro |il suo )?(?:referente|contatto)`,
  // the writer takes the matter themself: "sarò io il vostro referente"
  String.raw`sarò (?:io )?(?:il vostro |il suo )?(?:nuovo )?(?:referente|contatto)`,
  // the handover is to the writer: "il direttore mi ha chiesto di seguire il progetto"
  String.raw`(?<![\p{L}])mi ha (?:chiesto|incaricat[ao]) di (?:seguire|gestire|occuparmi (?:del|della|di))`,
];

/**
 * After "valutando": weighing whether to do something ("valutando di cambiare fornitore", "stanno
 * valutando se …", "valutando seriamente l'ipotesi di …", "valutando un cambio") is no evaluation of offers.
 */
const WEIGHING_NOT = String.raw`(?!\s+(?:(?:seriamente|attentamente|ancora|internamente|anche|già|gia)\s+)?(?:di|se|l['’]idea|la\s+possibilit[àa]|l['’]ipotesi|l['’]opportunit[àa]|un\s+cambio|il\s+cambio|il\s+passaggio|la\s+sostituzione)(?![\p{L}]))`;

export const cues: CueTable = {
  // the prospect's details still to come: "i recapiti a seguire", "il sito web più tardi"
  detailsLater: {
    detail: [
      String.raw`e-?mail`,
      "mail",
      String.raw`sito(?: web| internet)?`,
      "recapiti",
      "contatti",
      "nome del referente",
    ],
    later: [
      "domani",
      "più tardi",
      "dopo",
      "ancora",
      "a seguire",
      "seguiranno",
      String.raw`appena (?:li|lo|la|le) (?:ho|avrò)`,
    ],
  },
  problemNoun: [String.raw`problem[ai]`, String.raw`sfide?`],
  comparisonWord: [String.raw`confront\p{L}*`, String.raw`compar\p{L}*`, "rosa ristretta"],
  serviceWork: [
    "integrazione",
    "implementazione",
    "formazione",
    "configurazione",
    "avviamento",
    "messa in opera",
    // "noi seguiremmo la migrazione dei dati"
    String.raw`migrazione`,
  ],
  partnerSubject: ["noi", "il nostro team"],
  otherSubject: ["loro", "il cliente"],
  serviceLabel: [String.raw`(?:il )?nostro ruolo`, String.raw`ruolo di [\p{L}-]+`, "servizi"],
  // "Fattura n. 2026/…"
  invoiceNoun: ["fattura"],
  registering: [
    // "vi segnalo", "nuova opportunità", "vi presento", "Cliente: …"
    String.raw`segnal(?:o|iamo|azione|are)`,
    String.raw`(?:nuova|nuovo) (?:opportunità|lead|cliente|segnalazione)`,
    String.raw`vi presento`,
    String.raw`registr(?:are|ate|iamo|o)`,
    String.raw`cliente\s*:`,
  ],
  negationBefore: ["non", "senza", "nessun", "nessuna", "né", "nulla", "niente"],
  negationAfter: ["non ancora", "ancora no", "in attesa"],
  conditional: ["quando", "una volta che", "dopo"],
  yes: ["sì", "si", "ok", "dato", "concesso", "autorizzato", "d'accordo", "ottenuto", "acquisito"],
  no: ["non ancora", "ancora no", "no", "in attesa", "negato", "da chiedere", "da confermare"],
  stage: {
    // month names, for a meeting's date written out ("… on 14 March", "… el 11 de mayo")
    month: [
      "gennaio",
      "febbraio",
      "marzo",
      "aprile",
      "maggio",
      "giugno",
      "luglio",
      "agosto",
      "settembre",
      "ottobre",
      "novembre",
      "dicembre",
    ],
    evaluation: [
      // an offer wanted, a free trial starting, comparing: "vorrebbero ricevere un'offerta", "parte la prova gratuita"
      String.raw`(?:ricevere|vogliono|vorrebbero|chiedono)\s+(?:un['’]\s*|un\s+|una\s+|la\s+|il\s+|vostra\s+|nostra\s+)?(?:offerta|proposta|preventivo)`,
      String.raw`prova\s+gratuita`,
      String.raw`(?:stanno\s+|sta\s+)?confrontando\s+anche`,
      String.raw`periodo di prova`,
      String.raw`in prova`,
      "valutazione",
      // "stiamo valutando diverse offerte", "stanno valutando soluzioni"; weighing whether to change
      // is no evaluation ("stanno valutando di cambiare", "valutando seriamente se", "valutando la possibilità di")
      String.raw`(?:stiamo|stanno|sta)\s+valutando${WEIGHING_NOT}`,
      String.raw`(?:offerta|preventivo|proposta)\s+(?:richiest[ao]|inviat[ao]|in preparazione)`,
      // the offer being written: "stiamo preparando l'offerta", "sto preparando un preventivo"
      String.raw`(?:stiamo|sto|stanno)\s+preparando\s+(?:l['’]\s*|un['’]\s*|un\s+|una\s+|la\s+|il\s+)?(?:offerta|proposta|preventivo)`,
      String.raw`(?:stanno\s+)?confrontando\s+(?:offerte|fornitori|soluzioni)`,
      // "abbiamo inviato un'offerta preliminare", "attendono l'approvazione del budget"
      String.raw`inviat[oa]\s+(?:un['’]\s*|una\s+|la\s+|il\s+|nostra\s+)?(?:offerta|proposta|preventivo)`,
      String.raw`approvazione\s+del\s+budget`,
      "gara",
      // "hanno avviato un pilota", "budget approvato", "ci hanno chiesto un'offerta"
      String.raw`(?:progetto\s+)?pilota`,
      String.raw`sta(?:nno)?\s+valutando${WEIGHING_NOT}`,
      String.raw`approvato\s+il\s+budget|budget\s+approvato`,
      String.raw`(?:ci\s+)?(?:hanno|ha)\s+chiesto\s+(?:un['’]\s*|una\s+|un\s+)?(?:offerta|proposta|preventivo)`,
      // an offer made, received or asked for: "preventivo ricevuto", "abbiamo inviato la proposta", "richiesta di quotazione"
      String.raw`(?:offerta|preventivo|proposta|quotazione)\s+(?:[\p{L}]+\s+){0,3}?(?:ricevut[ao]|consegnat[ao]|presentat[ao]|trasmess[ao]|mandat[ao]|in\s+valutazione|in\s+approvazione)`,
      String.raw`(?:abbiamo|ho)\s+(?:già\s+)?(?:inviato|mandato|presentato|fatto|trasmesso)\s+(?:un['’]\s*|una\s+|un\s+|il\s+|la\s+|l['’]\s*|nostro\s+|nostra\s+)?(?:offerta|proposta|preventivo|quotazione)`,
      String.raw`richiesta\s+di\s+(?:offerta|preventivo|quotazione)|capitolato|bando\s+(?:di\s+gara|pubblico)|gara\s+d['’]appalto`,
      // a trial by its other names: "versione di prova", "licenza demo", "stanno testando il software"
      String.raw`(?:versione|licenza|account|accesso|ambiente|fase)\s+(?:di\s+)?(?:prova|test|demo|valutazione)`,
      String.raw`(?:stanno\s+|sta\s+)?(?:testando|provando)\s+(?:[\p{L}'’]+\s+){0,2}?(?:soluzione|software|prodotto|piattaforma|modulo|applicazione|sistema|gestionale)`,
      // choosing among several, negotiating, budget set aside: "in trattativa", "budget stanziato"
      String.raw`(?:confronta|confrontano|valuta|valutano)\s+(?:diverse|varie|più|altre)\s+(?:soluzioni|offerte|fornitori|proposte|alternative)`,
      String.raw`in\s+(?:fase\s+di\s+)?(?:trattativa|negoziazione|selezione)|trattativa\s+in\s+corso`,
      String.raw`budget\s+(?:è\s+|e\s+)?(?:già\s+)?(?:stanziato|allocato|confermato|deliberato)`,
      // the offer sent or handed over: "proposta economica inviata", "abbiamo consegnato l'offerta"
      String.raw`(?:proposta|offerta)\s+(?:economica\s+|commerciale\s+)?(?:inviata|consegnata|presentata|trasmessa)`,
      String.raw`(?:consegnato|inviato|presentato|trasmesso)\s+(?:l['’]\s*offerta|la\s+(?:nostra\s+)?(?:proposta|offerta))`,
      // our offer weighed against another: "stanno confrontando la nostra proposta con …"
      String.raw`confront\p{L}*\s+(?:la\s+nostra|le\s+nostre|le|la)\s+(?:propost|offert)\p{L}*`,
      // offers compared or sent, a word between: "confrontando tre offerte", "offerta già inviata"
      String.raw`confrontando\s+(?:due|tre|quattro|più|diverse|varie|\d+)\s+(?:offerte|fornitori|soluzioni|preventivi)`,
      String.raw`(?:offerta|preventivo|proposta)\s+già\s+(?:inviat[ao]|mandat[ao]|presentat[ao]|consegnat[ao])`,
      // comparing with words between: "stanno confrontando X con Y", "confrontano il nostro modulo con"
      String.raw`(?:(?:sta|stanno|stiamo)\s+confrontando|confrontano)\s+(?:[\p{L}'’&.-]+\s+){1,4}?con(?![\p{L}])`,
    ],
    // the prospect also weighing another: "stanno valutando anche X", "valutano anche X"
    // … also looking at one: "stiamo guardando anche X", "guardano anche X"
    rival: [
      String.raw`(?:stanno\s+)?valutando\s+anche`,
      String.raw`valutano\s+anche`,
      String.raw`(?:stiamo|stanno|sta)\s+guardando\s+anche`,
      String.raw`guardano\s+anche`,
    ],
    newIntro: [
      String.raw`primo\s+contatto`,
      String.raw`nessun[oa]?\s+{event}`,
      String.raw`(?:ancora\s+)?niente\s+{event}`,
      String.raw`prima\s+segnalazione`,
      // "per ora è solo una segnalazione"
      String.raw`solo\s+una\s+segnalazione`,
      String.raw`(?:niente|nulla)\s+(?:di\s+)?(?:fissato|programmato|pianificato)`,
      // "solo una presentazione", "allo stadio di idea", "segnalazione preliminare", "ho citato il vostro prodotto"
      String.raw`(?:solo|soltanto)\s+(?:una\s+)?presentazione`,
      String.raw`(?:stadio|fase)\s+(?:di|dell['’])\s*idea`,
      String.raw`segnalazione\s+preliminare`,
      String.raw`(?:citato|menzionato|accennato)\s+(?:il\s+)?vostro\s+prodotto`,
      String.raw`non\s+abbiamo\s+ancora\s+parlato`,
      // weighing a change, nothing agreed: "stanno valutando di cambiare gestionale", "pensano di sostituire"
      String.raw`(?:pensando|pensano|pensa|valutando|valutano|valuta|considerando|considerano)\s+(?:(?:seriamente|attentamente|ancora)\s+)?(?:di|se|l['’]idea\s+di|la\s+possibilit[àa]\s+di|l['’]ipotesi\s+di)\s+(?:[\p{L}'’]+\s+){0,3}?(?:cambiare|sostituire|passare|migrare|lasciare|rinnovare)`,
      // "stanno valutando un cambio di fornitore", "valutano il passaggio a un gestionale in cloud"
      String.raw`(?:valutando|valutano|considerando|considerano)\s+(?:un|il)\s+(?:cambio|passaggio)\s+(?:di|a|al|ad)`,
      // a lead just come in: "nuovo contatto", "ci hanno contattato", "richiesta dal sito", "hanno mostrato interesse"
      String.raw`nuov[oa]\s+(?:lead|contatto|opportunità|richiesta|prospect|potenziale\s+cliente)`,
      String.raw`(?:ci|mi)\s+(?:ha|hanno)\s+contattat[oiae]`,
      String.raw`richiesta\s+(?:arrivata\s+)?(?:dal|tramite\s+il|via|dal\s+nostro|tramite)\s+(?:nostro\s+)?(?:sito|form|modulo)`,
      String.raw`(?:ha|hanno)\s+(?:manifestato|mostrato|espresso)\s+(?:[\p{L}]+\s+)?interesse`,
      // early days, nothing fixed: "fase iniziale", "non è ancora fissato"
      String.raw`(?:fase|stadio)\s+(?:iniziale|preliminare|esplorativa|embrionale)`,
      String.raw`non\s+(?:è\s+)?(?:ancora\s+)?(?:stat[oa]\s+)?(?:fissat[oa]|programmat[oa]|pianificat[oa]|calendarizzat[oa])`,
      // only a first introduction so far: "per ora è solo una prima presentazione", "solo un primo approccio"
      String.raw`(?:solo|soltanto)\s+(?:una\s+|un\s+)?prim[oa]\s+(?:presentazione|approccio|contatto|segnalazione)`,
      // no meeting fixed yet, the verb before: "non abbiamo ancora fissato un incontro", "non è ancora stata fissata una call"
      String.raw`non\s+(?:abbiamo|hanno|ho|è|e['’]|sono)\s+ancora\s+(?:stat[oa]\s+)?(?:fissat[oa]|programmat[oa]|pianificat[oa]|concordat[oa])\s+(?:un(?:a|['’])?\s+|la\s+|il\s+)?(?:prim[oa]\s+)?{event}`,
      // the partner only passing the name on: "facciamo solo la segnalazione", "faccio solo la presentazione", "facciamo solo da tramite"
      String.raw`(?:facciamo|faccio)\s+solo\s+(?:la\s+segnalazione|la\s+presentazione|da\s+tramite)`,
    ],
    // the booking word first: "abbiamo fissato una call per il 3/4"
    discovery: [
      String.raw`(?:abbiamo|hanno|ho|ha)\s+(?:già\s+)?{booked}\s+(?:una\s+|un\s+|la\s+|il\s+|un['’]\s*)?(?:prima\s+|primo\s+)?{event}`,
    ],
    // "sopralluogo": the site survey before an installation
    event: [
      "incontro",
      "riunione",
      "chiamata",
      "dimostrazione",
      "demo",
      "visita",
      "call",
      "presentazione",
      "sopralluogo",
      "appuntamento",
      "videochiamata",
      "telefonata",
      "colloquio",
      "webinar",
    ],
    booked: [
      String.raw`fissat[oa]`,
      String.raw`programmat[oa]`,
      String.raw`confermat[oa]`,
      String.raw`previst[oa]`,
      String.raw`pianificat[oa]`,
      String.raw`prenotat[oa]`,
      String.raw`concordat[oa]`,
      String.raw`calendarizzat[oa]`,
      String.raw`organizzat[oa]`,
      String.raw`in\s+agenda`,
    ],
    day: ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "domani"],
    // "abbiamo fatto una riunione il 5 marzo", "avuto un incontro"
    held: ["fatto", "avuto", "svolto", "tenuto"],
    heldArticle: ["una", "un", "il", "la", "lo", "due", String.raw`prim[oa]`],
    // "sopralluogo fatto il 5 marzo", "la riunione si è svolta lunedì"
    heldAfter: [
      String.raw`(?:già\s+)?(?:fatt|svolt|effettuat)[oa]`,
      String.raw`(?:è|e)\s+(?:già\s+)?stat[oa]\s+(?:fatt|svolt|effettuat)[oa]`,
      String.raw`si\s+è\s+(?:già\s+)?(?:svolt|tenut)[oa]`,
    ],
    thanked: [String.raw`grazie\s+(?:ancora\s+)?(?:per|della|del)`],
    duration: ["minuti", "ore", "ora"],
    // "l'incontro di martedì scorso": a day gone by
    goneAfter: [String.raw`scors[oa]`],
  },
  consent: {
    // the prospect agreed to being contacted, the two words in one sentence in either order
    agreeWord: ["d'accordo", String.raw`autorizz\p{L}*`, String.raw`acconsent\p{L}*`],
    contactWord: [
      String.raw`contatt\p{L}*`,
      String.raw`chiam(?:are|arla|arlo|iate|ata|ato)`,
      String.raw`richiam\p{L}*`,
      "telefonata",
    ],
    permission: [
      String.raw`(?:è|e)\s+d['’]accordo\s+(?:a|ad|di|che)\s+(?:essere\s+(?:contattat|chiamat)[aoie]|vi|ci|voi)`,
      // "ci ha autorizzato a girarvi i suoi recapiti", "ha autorizzato espressamente di essere chiamata"
      String.raw`(?:ci|mi|vi)\s+ha(?:nno)?\s+autorizzat[oaie]\s+(?:espressamente\s+)?a\s+(?:condividere|passar(?:vi|e)|girar(?:vi|e)|dar(?:vi|e)|inoltrar(?:vi|e))\s+(?:i\s+|il\s+)?(?:suoi\s+|loro\s+)?(?:contatti|recapiti|dati|riferimenti|contatto)`,
      String.raw`autorizzat[oaie]\s+(?:espressamente\s+)?(?:a|di)\s+essere\s+(?:contattat|chiamat|sentit)[aoie]`,
      String.raw`(?:potete|può)\s+(?:contattarl[ao]|chiamarl[ao]|scriverle|scrivergli)`,
      String.raw`(?:dato|concesso|dà|espresso|prestato)\s+(?:il\s+)?(?:suo\s+|loro\s+|proprio\s+)?consenso`,
      // "va bene se lo chiamate": the prospect said it is fine to be called
      // a terse note: "lei ok se la sentite"
      String.raw`(?:va\s+bene|ok|okay)\s+se\s+(?:l[aoe]\s+|gli\s+|vi\s+)?(?:chiamate|contattate|sentite|scrivete)|va\s+bene\s+essere\s+(?:contattat|chiamat)[aoie]`,
      // the prospect's own word: "va benissimo se mi chiamano", "per noi va bene sentirci direttamente"
      String.raw`va\s+(?:bene|benissimo)\s+(?:se\s+(?:mi|ci)\s+(?:chiamano|contattano|scrivono|sentite|chiamate|contattate|scrivete)|sentirci)`,
      // the prospect itself open to a call: "sono disponibile a essere contattata"
      String.raw`(?:sono|siamo)\s+disponibil[ei]\s+(?:a|ad)\s+essere\s+(?:ri)?(?:contattat|chiamat|sentit)[oaie]`,
      // pass my number on, have them call me: "puoi passare il mio numero", "gira pure il mio contatto",
      // "fammi pure chiamare", "mi chiamino pure", "chiedi a loro di contattarmi"
      String.raw`(?:(?:può|puoi|potete)\s+)?(?:girare|passare|dare|passa|gira|passate|girate)\s+(?:pure\s+)?(?:il\s+)?mio\s+(?:contatto|numero|recapito)`,
      String.raw`fammi\s+(?:pure\s+)?(?:chiamare|contattare|richiamare)|mi\s+(?:chiamino|contattino|scrivano)\s+pure`,
      String.raw`(?:chiedere|chiedi|dire|di['’]?)\s+a(?:l|lla|i|gli)?\s+(?:[\p{L}]+\s+){1,3}?di\s+(?:contattarmi|chiamarmi|ricontattarmi|scrivermi)`,
      String.raw`ha\s+accettato\s+di\s+essere\s+contattat[ao]`,
      // a terse note: "ok a chiamarla", "ok per contattarlo"
      String.raw`ok\s+(?:a|per)\s+(?:contattarl|chiamarl|sentirl)[aoie]`,
      // "sa che lo chiamerete", "aspetta la vostra telefonata", "ci ha chiesto di fissare la call", "ha acconsentito"
      String.raw`(?:sa|sanno)\s+(?:già\s+|bene\s+)?che\s+(?:l[aoe]\s+|vi\s+|gli\s+)?(?:chiamerete|contatterete|sentirete|scriverete|chiamate|contattate)`,
      String.raw`(?:le|gli)\s+ho\s+detto\s+che\s+(?:l[aoe]\s+)?(?:chiamate|chiamerete|contattate|contatterete|sentirete)`,
      String.raw`aspetta(?:no)?\s+(?:la\s+vostra\s+|la\s+|una\s+|vostra\s+)(?:chiamata|telefonata)`,
      String.raw`(?:ha|hanno)\s+acconsentito`,
      String.raw`(?:ci|mi)\s+ha(?:nno)?\s+chiesto\s+(?:lei\s+|lui\s+)?(?:esplicitamente\s+|espressamente\s+)?di\s+(?:organizzare|fissare|programmare|farl[aoi]\s+contattare|farl[aoi]\s+chiamare)`,
      // told and open to it: "è già informato", "è disponibile a una chiamata", "vuole essere ricontattata"
      String.raw`(?:è|e)\s+(?:già\s+)?(?:informat[oa]|avvisat[oa]|al\s+corrente)`,
      String.raw`(?:è|e)\s+(?:disponibile|apert[oa])\s+(?:a|ad)\s+(?:un\s+|una\s+|essere\s+)?(?:contatto|chiamata|telefonata|incontro|confronto|contattat[oa]|sentit[oa])`,
      String.raw`(?:vuole|vorrebbe|desidera|chiede\s+(?:esplicitamente\s+|espressamente\s+)?di)\s+essere\s+(?:ri)?(?:contattat|chiamat|richiamat|sentit)[aoie]`,
      // allowed in so many words: "potete tranquillamente contattarla", "consenso ottenuto", "ha dato il via libera"
      String.raw`(?:potete|puoi|può)\s+(?:tranquillamente\s+|pure\s+|direttamente\s+){1,2}(?:contattarl[ao]|chiamarl[ao]|scriverle|scrivergli|sentirl[ao])`,
      String.raw`(?:contattatel[ao]|chiamatel[ao]|sentitel[ao])\s+(?:pure|tranquillamente|direttamente)`,
      String.raw`consenso\s+(?:al\s+contatto\s+)?(?:ottenuto|acquisito|raccolto)`,
      String.raw`(?:ha|hanno)\s+dato\s+(?:l['’]\s*|il\s+)?(?:ok|okay|via\s+libera|benestare)`,
    ],
    prohibition: [
      String.raw`non\s+(?:l[ao]\s+)?(?:contattate|chiamate|contattatel[ao])`,
      // not asked yet, asked not to be called, not sure they agreed, no contact for now
      String.raw`non\s+(?:le|gli)\s+(?:ho|abbiamo)\s+ancora\s+chiesto|non\s+(?:ho|abbiamo)\s+ancora\s+(?:concordato|verificato|parlato)\s+con`,
      String.raw`(?:chiesto|prega(?:to)?)\s+di\s+non\s+(?:essere\s+)?(?:chiamat|contattat|chiamarl|contattarl|sentirl)\p{L}*`,
      String.raw`non\s+so\s+se\s+(?:[\p{L}]+\s+){0,3}?(?:accettato|d['’]accordo|acconsentito)`,
      String.raw`(?:niente|nessun)\s+contatt[oi]`,
      // "non è ancora stata informata", "aspettate un mio segnale": not told, wait for the partner
      String.raw`non\s+(?:è|e)\s+ancora\s+stat[oaie]\s+informat[oaie]`,
      String.raw`aspett(?:ate|a)\s+(?:un\s+|il\s+)?mio\s+(?:segnale|ok|via\s+libera|cenno)`,
      // not told or agreed yet, wait, only through us: "non è ancora al corrente", "consenso da chiedere", "devo prima sentire"
      String.raw`non\s+(?:è|e)\s+(?:ancora\s+)?(?:informat[oa]|avvisat[oa]|al\s+corrente)`,
      String.raw`(?:consenso|ok|via\s+libera)\s+(?:ancora\s+)?(?:da\s+(?:chiedere|ottenere|confermare)|non\s+(?:ancora\s+)?(?:chiesto|ottenuto|dato))`,
      String.raw`(?:devo|dobbiamo)\s+(?:ancora\s+|prima\s+)?(?:chiedere|verificare|sentire|confermare)`,
      String.raw`(?:aspettate|attendete)\s+(?:[\p{L}]+\s+)?(?:che\s+(?:io|vi)|prima\s+di\s+(?:contattarl|chiamarl))`,
      String.raw`(?:solo|soltanto|esclusivamente)\s+(?:tramite|attraverso|per\s+il\s+tramite\s+di)\s+(?:noi|me)`,
      String.raw`(?:non|nessun)\s+contatt[oi]\s+dirett[oi]`,
    ],
  },
  // the motion's name alone in brackets: "(servizi)", "(rivendita)"
  motionName: { services: ["servizi"], resale: ["rivendita"] },
  motion: {
    // "acquistiamo e rivendiamo", "rivendiamo su nostra carta"
    resale: [
      // the partner buys the licence and bills it on: "rifatturiamo al cliente"
      String.raw`rifattur\p{L}*`,
      String.raw`rivendita`,
      String.raw`rivenditore`,
      String.raw`rivenderemo`,
      String.raw`rivendiamo`,
      // the bill goes through the partner: "fatturiamo noi al cliente", "acquistiamo le licenze da voi"
      String.raw`(?:fatturiamo|fattureremo|fattureremmo)\s+(?:noi\s+)?(?:direttamente\s+)?(?:al\s+cliente|il\s+cliente|le\s+licenze|la\s+licenza|l['’]abbonamento)|fatturazione\s+(?:[\p{L}]+\s+){0,2}?(?:tramite|attraverso)\s+(?:di\s+)?noi`,
      String.raw`(?:acquistiamo|compriamo|acquisteremo|compreremo)\s+(?:[\p{L}]+\s+){0,2}?(?:da\s+voi|le\s+licenze)`,
      String.raw`(?:ordine|acquisto|licenze)\s+(?:[\p{L}]+\s+){0,2}?(?:tramite|attraverso)\s+(?:di\s+)?noi`,
      String.raw`rivend\p{L}+|distributore`,
      // the sale through the partner: "vendita tramite noi", "la vendita avviene tramite noi"
      String.raw`vendita\s+(?:avviene\s+|passa\s+)?tramite\s+(?:di\s+)?noi`,
    ],
    // "facciamo la presentazione e poi ci facciamo da parte"
    referral: [
      String.raw`segnala(?:zione|tore|trice)`,
      String.raw`ci\s+facciamo\s+da\s+parte`,
      // "ci limitiamo a presentarvi il cliente": the partner only introduces
      String.raw`ci\s+limitiamo\s+a\s+(?:segnalare|presentare|segnalarvi|presentarvi)`,
      // "volevo segnalarvi un cliente" (a bare "vi segnalo" also reports a fact: "vi segnalo che …")
      String.raw`segnalarvi`,
      // the vendor bills and takes over: "fatturate direttamente", "contratto direttamente con voi", "poi procedete voi"
      String.raw`(?:fatturate|fatturerete|contrattualizzate)\s+(?:[\p{L}]+\s+){0,2}?direttamente`,
      String.raw`(?:contratto|fattura|fatturazione)\s+(?:[\p{L}]+\s+){0,3}?direttamente\s+(?:con|tra|da)\s+(?:voi|vostra)`,
      String.raw`(?:commissione|fee|provvigione)\s+(?:di\s+|per\s+la\s+)?segnalazione`,
      String.raw`(?:poi|da\s+qui)\s+(?:proseguite|procedete|continuate|gestite)\s+voi`,
      // only the go-between: "facciamo solo da tramite"
      String.raw`(?:facciamo|faccio|fa)\s+solo\s+da\s+tramite`,
    ],
    services: [
      // the work taken on, the object first: "l'installazione la curiamo noi", "la formazione la curiamo noi"
      String.raw`(?:la|le|lo|li)\s+cur(?:iamo|eremo)\s+noi`,
      String.raw`serviz(?:io|i)\s+gestit[oi]`,
      String.raw`integratore`,
      // "ci occupiamo noi dell'installazione", "curiamo la formazione", "system integrator"
      String.raw`(?:ci\s+occup(?:iamo|eremo)|seguiremo|curiamo|cureremo|gestiamo|gestiremo)\s+(?:noi\s+)?(?:dell['’]\s*|della\s+|del\s+|l['’]\s*|la\s+|il\s+)?(?:implementazione|installazione|configurazione|formazione|integrazione|assistenza|supporto|avviamento|migrazione|messa\s+in\s+opera)`,
      String.raw`system\s+integrator`,
      // the rollout or training "a cura nostra" (in our hands)
      String.raw`(?:implementazione|installazione|configurazione|formazione|integrazione|assistenza|migrazione)\s+(?:[\p{L}]+\s+){0,3}?a\s+(?:cura\s+nostra|nostra\s+cura|nostro\s+carico|carico\s+nostro)`,
    ],
    technology: [
      // the vendor's product joined to the partner's: "integrazione con il nostro gestionale", "partner tecnologico"
      String.raw`(?:integrazione|connettore|interfaccia)\s+(?:con|tra|col)\s+(?:il\s+|la\s+)?(?:nostro|nostra|nostri)\s+(?:[\p{L}-]+\s+)?\p{L}*(?:gestionale|software|piattaforma|soluzione|prodotto|applicazione|sistema|erp|app)`,
      String.raw`partner\s+tecnologico`,
    ],
  },
  money: {
    near: [
      "valore",
      "importo",
      "trattativa",
      "(?:all['’]|l['’]|per )anno",
      "annu[oiea]",
      "annual[ei]",
      String.raw`\/\s?anno`,
    ],
    other: ["fatturato", "entrate", String.raw`fattur(?:a|ano)`, "speso", "(?:è|e) costat[oa]", "costat[oa]"],
    monthly: ["al mese", "mensil[ei]", String.raw`\/\s?mese`],
    price: [String.raw`licenz\w*`, "canone", "abbonamento"],
    between: ["tra", "fra"],
  },
  competitorBefore: [
    // also the prospect's own words: "stiamo valutando anche X"
    String.raw`(?:sto|sta|stiamo|stanno)\s+(?:valutando|guardando|confrontando)\s+(?:anche\s+)?(?:con\s+)?`,
    // the system used today, the adverb first: "oggi usa X", "attualmente lavorano con X"
    String.raw`(?:oggi|attualmente|ora|adesso)\s+(?:usa|usano|usiamo|utilizza|utilizzano|utilizziamo|lavora\s+con|lavorano\s+con|lavoriamo\s+con)\s+`,
    String.raw`(?:usa|usano|utilizza|utilizzano)\s+(?:già|oggi|attualmente)\s+`,
    // "hanno già visto X", also a demo of it: "hanno già visto una demo di X"
    String.raw`(?:hanno|ha|abbiamo)\s+(?:già\s+)?(?:guardato|visto|valutato|provato)\s+(?:anche\s+)?(?:una\s+demo\s+(?:di|da)\s+)?`,
    String.raw`(?:offerta|proposta|preventivo)\s+(?:di|da)\s+`,
    // "chiedere preventivi anche a X"
    String.raw`(?:chiedere|chiesto|chiedono)\s+(?:preventiv[oi]|offerte)\s+(?:anche\s+)?(?:a|ad)\s+`,
    String.raw`(?:concorrent[ei]|concorrenza)\s*:\s*`,
    // "in valutazione anche X" (also being evaluated)
    String.raw`valutazione\s+anche\s+`,
    // the verb alone, "also" after it: "valutano anche X", "considera anche X"; a rival in the race: "in gara anche X"
    String.raw`(?:valuta|valutano|valutiamo|considera|considerano|consideriamo)\s+anche\s+`,
    String.raw`in\s+gara\s+(?:c['’]è\s+|ci\s+sono\s+)?anche\s+`,
    String.raw`(?:al\s+posto\s+di|invece\s+di)\s+`,
    String.raw`(?:sostituire|sostituiscono|sostituisce)\s+`,
    // the current system named in brackets: "il gestionale attuale (X)", "software in uso (X)"
    String.raw`(?:software|sistema|gestionale|programma|soluzione|piattaforma|fornitore|erp|crm)\s+(?:attuale|esistente|in\s+uso)\s*\(\s*`,
    // a rival's demo had: "avuto una demo di X", "ricevuto anche una demo da X"
    String.raw`(?:avut[oa]|ricevut[oa])\s+(?:anche\s+)?una\s+demo\s+(?:di|da)\s+`,
  ],
  competitorNone: [String.raw`nessun\s+concorrente`, String.raw`(?:nessuna|senza)\s+concorrenza`],
  productKind: { after: ["modulo"], before: ["modulo", "pacchetto", "piano"] },
  productBefore: [String.raw`interessat[oiae]\s+(?:a|al|alla|ad)`, String.raw`(?:prova|demo|licenz[ae])\s+di`],
  problem: {
    strong: [
      // a notebook or a board: "su un quaderno", "sulla lavagna"
      String.raw`quadern[oi]`,
      String.raw`lavagn[ae]`,
      String.raw`a mano`,
      // time the process eats, the same work over tools: "perdiamo molto tempo", "quattro programmi diversi"
      String.raw`perd(?:e|iamo|ono)\s+(?:molto\s+|troppo\s+)?tempo`,
      String.raw`(?:programmi|sistemi|strumenti)\s+diversi`,
      // decided by feel: "tariffe decise a sensazione", "a occhio", "a memoria"
      String.raw`a sensazione`,
      String.raw`a occhio`,
      String.raw`a memoria`,
      String.raw`manual(?:e|i|mente)`,
      String.raw`su carta`,
      String.raw`cartace\w*`,
      String.raw`fogli excel`,
      String.raw`excel`,
      String.raw`problem[ai]`,
      String.raw`senza (?:controllo|visibilità)`,
      String.raw`incubo`,
      // what the tool in use cannot do: "il programma non permette le prenotazioni"
      String.raw`non (?:permette|consente|gestisce)`,
    ],
    // a means of talking as the process: "prenotano per telefono", "ordini su WhatsApp"; "l'ho sentita al telefono"
    // is the partner's talk
    channel: [
      String.raw`(?:per|al)\s+telefono`,
      String.raw`telefonicamente`,
      String.raw`(?:su|via|tramite|con)\s+(?:whatsapp|instagram|facebook|messenger)`,
    ],
    talked: [
      "parlato",
      "sentito",
      "sentita",
      "discusso",
      "concordato",
      "chiamato",
      "chiamata",
      "confermato",
      "anticipato",
      "accennato",
    ],
    weak: [
      // la situazione di oggi: "oggi gestiscono tutto su carta", "ancora segnano gli ordini a mano" ("ancora
      // non …" names no verb)
      String.raw`(?:oggi|attualmente|ancora|tuttora)\s+(?:(?:si|li|le|lo|la)\s+)?\p{L}{2,}(?:ano|ono)`,
      // a search: "cerchiamo"
      String.raw`cerchiamo`,
      String.raw`vorrebbero`,
      String.raw`vorremmo`,
      String.raw`cercano`,
      String.raw`vogliono`,
      String.raw`vuole`,
      String.raw`devono`,
      String.raw`dobbiamo`,
      String.raw`chiedono`,
      String.raw`richied(?:e|ono)`,
      String.raw`hanno bisogno`,
      String.raw`automatizzare`,
      String.raw`\d[\d.,]*\s*fatture (?:al|per|ogni) (?:mese|anno)`,
    ],
    // an interest named ("interessati a …"): a need when its object is no name (see prose-fields)
    interest: [String.raw`interessat[oiae]\s+(?:a|al|alla|ad)`],
  },
  sizePlaceBefore: ["a", "in"],
  placeFrom: ["di"],
  // a ditta individuale's registered name: the trade name, "di" and the owner's name ("… di Carla Neri")
  ownerAfterName: ["di"],
  // "nuovo nominativo da …", "Lead da …": where a lead comes from (case-sensitive: a capital opens a sentence)
  leadFrom: [String.raw`(?:[Ll]ead|[Nn]ominativ[oi]|[Ss]egnalazione)(?:\s+nuov[oaie])?\s+da`],
  placeBefore: [String.raw`con sede a`, String.raw`con sede in`, String.raw`tra`, String.raw`mercato`, String.raw`in`],
  phoneExtension: ["interno", "int."],
  regionWord: [String.raw`regione`, String.raw`provincia`],
};

/** Nouns a professional firm's name ends with ("Ferri Conti Avvocati", "Rossi & Associati"). */
export const firmNoun: readonly string[] = ["Avvocati", "Associati", "Notai", "Commercialisti"];
