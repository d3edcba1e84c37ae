import { describe, expect, it } from "vitest";
import { asDetectedLanguage, detectLanguage } from "../../../services/parser/normalise/language.ts";

describe("detectLanguage", () => {
  it.each([
    "Hallo zusammen, bitte die Pfeiffer Gartenbau GmbH für uns registrieren.",
    "Ich möchte euch einen neuen Interessenten melden.",
    "Sehr geehrte Damen und Herren, vielen Dank für Ihre Nachricht.",
    "Grüße aus München",
    "Firma: Müller GmbH\nAnsprechpartner: Herr Weiß\nBudget: 25 TEUR",
  ])("%s -> de", (text) => {
    expect(detectLanguage(text)).toBe("de");
  });

  it.each([
    "Hi team, please register the following opportunity for us.",
    "Quick intro — I've been talking to Jana Novak, CFO at Brightwell Foods.",
    "Thanks for the quick confirmation! Greg would like the proposal by March 27.",
    "Please register Jürgen Müller's company for us, they are in Köln and we will handle the rollout.",
    "",
  ])("%s -> en", (text) => {
    expect(detectLanguage(text)).toBe("en");
  });

  it.each([
    [
      "fr",
      "Bonjour, je souhaite enregistrer la société Dupont Industries pour un premier rendez-vous. Cordialement, Marie",
    ],
    ["fr", "Merci de bien vouloir enregistrer ce prospect : Maison Lefèvre, contact Paul Martin."],
    ["es", "Hola, queremos registrar la empresa Construcciones García para una demo. Un saludo, Lucía"],
    ["es", "Estimados, les envío el registro de Bodegas Ruiz; el contacto es Pedro Gómez. Atentamente"],
    [
      "nl",
      "Beste partnerteam, graag registreren wij de volgende klant: Bakkerij Jansen. Met vriendelijke groet, Sanne",
    ],
    ["nl", "Hallo, wij hebben een nieuwe lead voor jullie. Het bedrijf heet De Vries Techniek."],
    ["it", "Buongiorno, vorremmo registrare l'azienda Rossi Meccanica per una valutazione. Cordiali saluti, Giulia"],
    ["it", "Ciao, vi segnalo un nuovo cliente: Ferri Srl. Il referente è Marco Bianchi, grazie"],
    ["pt", "Olá, gostaríamos de registrar a empresa Silva Transportes para uma demonstração. Atenciosamente, Ana"],
    ["pt", "Bom dia, segue o registro do cliente Costa & Filhos; o contato é João Pereira. Obrigado"],
    ["pl", "Dzień dobry, chcielibyśmy zgłosić firmę Nowak Logistyka jako nowego klienta. Pozdrawiam, Anna"],
    ["pl", "Proszę o rejestrację: Kowalski i Synowie sp. z o.o., osoba kontaktowa Jan Kowalski. Dziękuję"],
    [
      "da",
      "Hej, vi vil gerne registrere kunden Hansen Byg ApS. Kontaktperson er Mette Hansen. Med venlig hilsen, Lars",
    ],
    ["da", "Hej partnerteam, jeg har et nyt kundeemne til jer: Jensen Tømrer. Tak for hjælpen"],
    [
      "sv",
      "Hej, vi vill registrera kunden Lindqvist Bygg AB. Kontaktperson är Karin Lindqvist. Vänliga hälsningar, Erik",
    ],
    ["sv", "Hej! Jag har en ny kund åt er: Berg Transport AB, de vill ha en demo. Tack"],
    ["no", "Hei, vi vil gjerne registrere kunden Berg Bygg AS. Kontaktperson er Ingrid Berg. Med vennlig hilsen, Ola"],
    ["no", "Hei! Jeg har en ny kunde til dere: Nilsen Transport AS, de ønsker en demo. Takk"],
    ["cs", "Dobrý den, rádi bychom zaregistrovali firmu Novák Stavby jako nového zákazníka. S pozdravem, Petr"],
  ])("%s: %s", (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it.each([
    "Please register Casa de la Luz SL in Madrid, contact Maria Lopez.",
    "Hi, new lead: Société Générale de Nettoyage, Lyon. Contact: Jean Dupont, jean@sgn.fr. Thanks!",
    "Register Van der Berg en Zonen BV for us please, they want a demo next week.",
    "Hello team, I'd like to register Łódź Logistics sp. z o.o. as a new opportunity. Best regards, Tom",
    "New reg: Hargreaves & Pell LLP (hargreavespell.com), olivia@hargreavespell.com. OK to contact.",
    "Company: Fjord Data AS\nWebsite: fjorddata.no\nNotes: no SOC today",
  ])("foreign names, addresses and host names leave English mail English: %s", (text) => {
    expect(detectLanguage(text)).toBe("en");
  });

  it("reads a stored code back, English for anything it does not detect", () => {
    expect(asDetectedLanguage("sv")).toBe("sv");
    expect(asDetectedLanguage("xx")).toBe("en");
    expect(asDetectedLanguage(null)).toBe("en");
  });
});
