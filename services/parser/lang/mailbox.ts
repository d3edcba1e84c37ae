// Words that make a sender name or a signature line a role, team or shared mailbox rather than a
// person ("Sales Team", "Vertrieb", "Équipe commerciale", "Zespół Partnerski", "Partnerteamet"):
// such a name says nothing of who writes, the person signing the mail does. Whole words in
// `words`; in languages that compound nouns, the endings a team or department name is built with
// in `endings` ("Partner|vertrieb", "Partner|teamet"). Lower case; a space stands for any blank
// run. Each entry has a unit test in tests/parser/lang/mailbox.test.ts written with other names.
import { escapeRegExp } from "../text/regex.ts";

export interface MailboxTable {
  /** team, department and shared-inbox words as written alone ("team", "ventes", "biuro") */
  words: readonly string[];
  /** endings that make a compound a team or department ("…vertrieb", "…afdeling", "…teamet") */
  endings?: readonly string[];
}

export const MAILBOX_WORDS: Record<string, MailboxTable> = {
  en: {
    words: [
      "team",
      "sales",
      "partnerships",
      "alliances",
      "channel",
      "desk",
      "helpdesk",
      "info",
      "enquiries",
      "inquiries",
      "office",
      "support",
      "customer service",
      "department",
      "accounts",
      "admin",
      "reception",
      "noreply",
      "no-reply",
      "marketing",
    ],
  },
  de: {
    words: [
      "vertrieb",
      "abteilung",
      "büro",
      "zentrale",
      "kundenservice",
      "kundendienst",
      "verwaltung",
      "sekretariat",
      "empfang",
      "partnermanagement",
    ],
    endings: ["vertrieb", "abteilung", "team", "büro", "zentrale"],
  },
  fr: {
    words: [
      "équipe",
      "equipe",
      "service commercial",
      "commerciale",
      "ventes",
      "partenariats",
      "accueil",
      "secrétariat",
      "direction commerciale",
      "pôle",
    ],
  },
  nl: {
    words: ["verkoop", "afdeling", "klantenservice", "secretariaat", "receptie", "administratie"],
    endings: ["team", "afdeling", "verkoop"],
  },
  es: {
    words: [
      "equipo",
      "ventas",
      "comercial",
      "departamento",
      "alianzas",
      "atención al cliente",
      "soporte",
      "oficina",
      "gerencia",
      "administración",
      "contabilidad",
    ],
  },
  it: {
    words: ["squadra", "ufficio", "vendite", "commerciale", "segreteria", "assistenza clienti", "reparto"],
  },
  pt: {
    words: ["equipa", "vendas", "parcerias", "atendimento", "suporte", "escritório", "setor comercial"],
  },
  pl: {
    words: ["zespół", "dział", "sprzedaż", "sprzedaży", "biuro", "obsługa klienta", "sekretariat", "partnerski"],
  },
  // Danish, Norwegian, Swedish: the definite form ends the compound ("Salgsteamet", "Säljavdelningen")
  nordic: {
    words: ["salg", "försäljning", "sälj", "kundeservice", "kundservice", "avdeling", "afdeling", "avdelning"],
    endings: ["teamet", "avdelingen", "afdelingen", "avdelningen", "salg", "sälj"],
  },
};

const escape = (s: string) => escapeRegExp(s).replace(/ /g, "\\s+");
const all = Object.values(MAILBOX_WORDS);
const words = [...new Set(all.flatMap((t) => [...t.words, ...(t.endings ?? [])]))]
  .sort((a, b) => b.length - a.length)
  .map(escape);
const endings = [...new Set(all.flatMap((t) => t.endings ?? []))].sort((a, b) => b.length - a.length).map(escape);

/**
 * A mailbox word of any language between letters' edges, or a compound ending in one after at
 * least three letters ("Partnervertrieb"); the lookbehind keeps the scan linear.
 */
const MAILBOX_WORD_RE = new RegExp(
  `(?<![\\p{L}])(?:${words.join("|")})(?![\\p{L}])|(?<=\\p{L}{3})(?:${endings.join("|")})(?![\\p{L}])`,
  "iu",
);

/** "Sales Team", "Vertrieb Nord", "Partnerteamet": the name of a role, team or shared mailbox. */
export function isMailboxName(s: string): boolean {
  return MAILBOX_WORD_RE.test(s);
}
