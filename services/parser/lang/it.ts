// Italian label words, by field.
import type { CueTable, LabelTable } from "./types.ts";

export const labels: LabelTable = {
  company: ["azienda", "ragione sociale", "società", "nome azienda", "organizzazione", "ditta", "cliente finale"],
  website: ["sito web", "sito", "sito internet"],
  contactName: ["contatto", "referente", "persona di riferimento", "nome e cognome", "nominativo"],
  role: ["ruolo", "qualifica", "posizione", "carica"],
  email: ["posta elettronica", "indirizzo email", "indirizzo e-mail"],
  phone: ["telefono", "cellulare", "cell", "tel. cell"],
  stage: ["stato", "stadio", "fase della trattativa"],
  value: ["valore", "valore stimato", "importo"],
  competitors: ["concorrenti", "concorrenza"],
  need: ["esigenza", "esigenze", "contesto", "note", "bisogno", "situazione", "descrizione"],
  region: ["regione", "paese", "città", "sede"],
  consent: ["consenso", "consenso al contatto", "contatto autorizzato", "autorizzazione al contatto"],
  motion: ["tipo di partner", "modalità di vendita"],
  product: ["prodotto", "prodotti", "modulo"],
  currency: ["valuta"],
};

/** Passare la pratica a un collega (regex sources, matched case-insensitively). */
export const handover: readonly string[] = [
  String.raw`sarà (?:il vostro|il suo) (?:referente|contatto)`,
  String.raw`passo la palla`,
];
export const staying: readonly string[] = [String.raw`resto (?:il vostro |il suo )?(?:referente|contatto)`];

export const cues: CueTable = {
  negationBefore: ["non", "senza", "nessun", "nessuna", "né"],
  negationAfter: ["non ancora", "ancora no", "in attesa"],
  conditional: ["quando", "una volta che", "dopo"],
  yes: ["sì", "si", "ok", "dato", "concesso", "autorizzato", "d'accordo"],
  no: ["non ancora", "ancora no", "no", "in attesa", "negato"],
  stage: {
    evaluation: [
      String.raw`periodo di prova`,
      String.raw`in prova`,
      "valutazione",
      String.raw`(?:offerta|preventivo|proposta)\s+(?:richiest[ao]|inviat[ao]|in preparazione)`,
      String.raw`(?:stanno\s+)?confrontando\s+(?:offerte|fornitori|soluzioni)`,
      // "abbiamo inviato un'offerta preliminare", "attendono l'approvazione del budget"
      String.raw`inviat[oa]\s+(?:un['’]\s*|una\s+|la\s+|il\s+|nostra\s+)?(?:offerta|proposta|preventivo)`,
      String.raw`approvazione\s+del\s+budget`,
      "gara",
    ],
    newIntro: [
      String.raw`primo\s+contatto`,
      String.raw`nessun[oa]?\s+{event}`,
      String.raw`(?:ancora\s+)?niente\s+{event}`,
      String.raw`prima\s+segnalazione`,
      String.raw`niente\s+(?:di\s+)?(?:fissato|programmato|pianificato)`,
    ],
    event: ["incontro", "riunione", "chiamata", "dimostrazione", "demo", "visita", "call", "presentazione"],
    booked: [
      String.raw`fissat[oa]`,
      String.raw`programmat[oa]`,
      String.raw`confermat[oa]`,
      String.raw`previst[oa]`,
      String.raw`pianificat[oa]`,
    ],
    day: ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "domani"],
  },
  consent: {
    permission: [
      String.raw`(?:è|e)\s+d['’]accordo\s+(?:a|ad|di|che)\s+(?:essere\s+contattat[ao]|vi|ci|voi)`,
      String.raw`(?:potete|può)\s+(?:contattarl[ao]|chiamarl[ao]|scriverle|scrivergli)`,
      String.raw`(?:dato|concesso|dà)\s+(?:il\s+)?(?:suo\s+|loro\s+)?consenso`,
      String.raw`ha\s+accettato\s+di\s+essere\s+contattat[ao]`,
    ],
    prohibition: [String.raw`non\s+(?:l[ao]\s+)?(?:contattate|chiamate|contattatel[ao])`],
  },
  motion: {
    resale: [String.raw`rivendita`, String.raw`rivenditore`, String.raw`rivenderemo`],
    referral: [String.raw`segnala(?:zione|tore|trice)`],
  },
  competitorBefore: [
    String.raw`(?:sta|stanno)\s+(?:valutando|guardando)\s+(?:anche\s+)?`,
    String.raw`(?:usa|usano|utilizza|utilizzano)\s+(?:già|oggi|attualmente)\s+`,
    String.raw`(?:hanno|ha|abbiamo)\s+(?:già\s+)?(?:guardato|visto|valutato|provato)\s+(?:anche\s+)?`,
    String.raw`(?:offerta|proposta|preventivo)\s+(?:di|da)\s+`,
  ],
  productBefore: [String.raw`interessat[oiae]\s+(?:a|al|alla|ad)`, String.raw`(?:prova|demo|licenz[ae])\s+di`],
  problem: {
    strong: [
      String.raw`a mano`,
      String.raw`manual(?:e|i|mente)`,
      String.raw`su carta`,
      String.raw`cartace\w*`,
      String.raw`fogli excel`,
      String.raw`excel`,
      String.raw`senza (?:controllo|visibilità)`,
      String.raw`incubo`,
    ],
    weak: [
      String.raw`vorrebbero`,
      String.raw`cercano`,
      String.raw`hanno bisogno`,
      String.raw`automatizzare`,
      String.raw`\d[\d.,]*\s*fatture (?:al|per|ogni) (?:mese|anno)`,
    ],
  },
  placeBefore: [String.raw`con sede a`, String.raw`con sede in`, String.raw`tra`, String.raw`mercato`, String.raw`in`],
  phoneExtension: ["interno", "int."],
  regionWord: [String.raw`regione`, String.raw`provincia`],
};
