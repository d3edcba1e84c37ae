// Mailbox words of lang/mailbox.ts: each entry, in a sender or signature name of its own, marks a
// team, role or shared mailbox; people's names (also ones that hold such letters) are no mailbox.
import { describe, expect, it } from "vitest";
import { MAILBOX_WORDS, isMailboxName } from "../../../services/parser/lang/mailbox.ts";

const examples: Record<string, Record<string, string>> = {
  en: {
    team: "Onboarding Team",
    sales: "Sales EMEA",
    partnerships: "Global Partnerships",
    alliances: "Strategic Alliances",
    channel: "Channel Desk Europe",
    desk: "Reseller Desk",
    helpdesk: "IT Helpdesk",
    info: "Info Brightwater",
    enquiries: "General Enquiries",
    inquiries: "Customer Inquiries",
    office: "Front Office",
    support: "Support Nordics",
    "customer service": "Customer  Service",
    department: "Purchasing Department",
    accounts: "Accounts Receivable",
    admin: "Admin Account",
    reception: "Reception Leeds",
    noreply: "noreply",
    "no-reply": "Orders No-Reply",
    marketing: "Marketing Ops",
  },
  de: {
    vertrieb: "Vertrieb Süd",
    abteilung: "Abteilung Beschaffung",
    büro: "Büro Hamburg",
    zentrale: "Zentrale Augsburg",
    kundenservice: "Kundenservice Nord",
    kundendienst: "Kundendienst",
    verwaltung: "Verwaltung",
    sekretariat: "Sekretariat Geschäftsleitung",
    empfang: "Empfang Halle 3",
    partnermanagement: "Partnermanagement DACH",
    // endings of compounds
    "…vertrieb": "Innendienstvertrieb",
    "…abteilung": "Rechtsabteilung",
    "…team": "Projektteam Süd",
    "…büro": "Planungsbüro",
    "…zentrale": "Einkaufszentrale",
  },
  fr: {
    équipe: "Équipe avant-vente",
    equipe: "Equipe revendeurs",
    "service commercial": "Service  commercial",
    commerciale: "Direction administrative et commerciale",
    ventes: "Ventes indirectes",
    partenariats: "Pôle partenariats",
    accueil: "Accueil Lyon",
    secrétariat: "Secrétariat général",
    "direction commerciale": "Direction commerciale",
    pôle: "Pôle revendeurs",
  },
  nl: {
    verkoop: "Verkoop Binnendienst",
    afdeling: "Afdeling Inkoop",
    klantenservice: "Klantenservice",
    secretariaat: "Secretariaat",
    receptie: "Receptie Zwolle",
    administratie: "Administratie",
    "…team": "Resellerteam",
    "…afdeling": "Inkoopafdeling",
    "…verkoop": "Binnenverkoop",
  },
  es: {
    equipo: "Equipo Preventa",
    ventas: "Ventas Corporativas",
    comercial: "Dpto. Comercial",
    departamento: "Departamento de Compras",
    alianzas: "Alianzas Estratégicas",
    "atención al cliente": "Atención al Cliente",
    soporte: "Soporte Técnico",
    oficina: "Oficina Técnica",
    gerencia: "Gerencia General",
    administración: "Administración Central",
    contabilidad: "Contabilidad",
  },
  it: {
    squadra: "Squadra rivenditori",
    ufficio: "Ufficio Acquisti",
    vendite: "Vendite Nord Italia",
    commerciale: "Area Commerciale",
    segreteria: "Segreteria",
    "assistenza clienti": "Assistenza Clienti",
    reparto: "Reparto IT",
  },
  pt: {
    equipa: "Equipa de Vendas",
    vendas: "Vendas Indiretas",
    parcerias: "Gestão de Parcerias",
    atendimento: "Atendimento",
    suporte: "Suporte Técnico",
    escritório: "Escritório Porto",
    "setor comercial": "Setor Comercial",
  },
  pl: {
    zespół: "Zespół Wdrożeń",
    dział: "Dział Zakupów",
    sprzedaż: "Sprzedaż Hurtowa",
    sprzedaży: "Dział sprzedaży",
    biuro: "Biuro Obsługi",
    "obsługa klienta": "Obsługa Klienta",
    sekretariat: "Sekretariat Zarządu",
    partnerski: "Program Partnerski",
  },
  nordic: {
    salg: "Salg og Marked",
    försäljning: "Försäljning Norr",
    sälj: "Sälj Göteborg",
    kundeservice: "Kundeservice",
    kundservice: "Kundservice",
    avdeling: "Avdeling Innkjøp",
    afdeling: "Afdeling for Indkøb",
    avdelning: "Avdelning Inköp",
    "…teamet": "Säljteamet",
    "…avdelingen": "Innkjøpsavdelingen",
    "…afdelingen": "Indkøbsafdelingen",
    "…avdelningen": "Inköpsavdelningen",
    "…salg": "Direktesalg",
    "…sälj": "Innesälj",
  },
};

describe("every mailbox word has an example of its own", () => {
  for (const [lang, table] of Object.entries(MAILBOX_WORDS)) {
    it.each([...table.words, ...(table.endings ?? []).map((e) => `…${e}`)])(`${lang}: %s`, (entry) => {
      const name = examples[lang]?.[entry];
      expect(name, `no example for ${lang} ${entry}`).toBeDefined();
      expect(isMailboxName(name!)).toBe(true);
    });
  }
});

describe("people are no mailbox", () => {
  it.each([
    "Marisol Rosales",
    "Lars Salgado",
    "Ingrid Teamsen",
    "Ana Comerciantes",
    "Jens Büromeister",
    "Equipoise Harding",
    "Paulo Vendasso",
  ])("%s", (name) => {
    expect(isMailboxName(name)).toBe(false);
  });
});
