// The handover and stay phrases of the language modules, each in words other than the mail that suggested it.
import { describe, expect, it } from "vitest";
import { HANDOVER_BEFORE_RE, HANDOVER_RE, STAYING_RE } from "../../services/parser/lang/index.ts";
import { rankContacts } from "../../services/parser/extract/people.ts";

const HANDOVER: Array<[string, string]> = [
  ["en", "Could you please liaise with Ana from our plant team on the next steps?"],
  ["en", "Please coordinate directly with our maintenance lead."],
  ["en", "Ana is leading the evaluation on our side."],
  ["en", "Ana owns the pilot from now."],
  ["en", "Our new buyer will own this going forward."],
  ["en", "Mr Quill asked, if possible, that you deal with his niece from now on."],
  ["en", "Our director requested you to work directly with the yard foreman."],
  ["en", "She would prefer you go through our yard foreman."],
  ["nl", "Pieter heeft het dossier overgedragen aan Sofie."],
  ["es", "Desde hoy ella lleva el asunto de las compras."],
  ["es", "Te copio a Rosa, que es quien va a llevar el proyecto."],
  ["de", "Bitte wenden Sie sich künftig an Frau Berger aus der Instandhaltung."],
  ["de", "Herr Kaya verantwortet das Vorhaben bei uns."],
  ["de", "Frau Berger leitet dieses Projekt."],
  ["fr", "Adressez-vous à Mme Roux pour la suite."],
  ["es", "Por favor, hablen directamente con Lucía para la demo."],
  ["es", "A partir del lunes el proyecto la lleva nuestra jefa de planta."],
  ["es", "De la puesta en marcha se encargará Andrés Molina."],
  ["es", "Les pido que coordinen con él las fechas de la visita."],
  ["pt", "Quem acompanha a avaliação aqui é o Rui."],
  ["pt", "Por favor, falem diretamente com a Marta."],
  ["pt", "A Marta passará a conduzir o piloto."],
  ["pl", "Pani Nowak przejmuje temat od jutra."],
];
const STAYING: Array<[string, string]> = [
  ["en", "Ana is copied for information; I will remain your main contact."],
  ["de", "Frau Berger ist informiert, ich bleibe Ihr Ansprechpartner."],
  ["fr", "Je reste votre interlocuteur pour ce projet."],
  ["nl", "Ik blijf uw aanspreekpunt."],
  ["pt", "Continuo sendo o seu contato."],
  // the writer names themself the contact while mentioning a colleague
  ["en", "Noted: I will be the contact for the rollout; costs as per Tomas."],
  ["en", "I'm your main point of contact from today."],
  ["en", "I'm taking this over from Tomas."],
  ["es", "Como dijo Pilar, yo asumo la evaluación."],
  ["es", "Quedo como su interlocutor para la compra."],
  ["pt", "Como a Rita disse, eu assumo o projeto."],
  ["pt", "Serei o seu contato daqui pra frente."],
  ["fr", "Je serai votre interlocutrice pour la suite."],
  ["fr", "Je reprends le dossier de Mme Roux."],
  ["fr", "Mme Roux part en juin, c'est moi qui suivrai l'achat."],
  ["it", "Sarò io il vostro referente per l'acquisto."],
  ["de", "Ich bin ab sofort Ihre Ansprechpartnerin."],
  ["de", "Das Projekt übernehme ich von Frau Berger."],
  ["nl", "Ik word jullie nieuwe aanspreekpunt."],
  ["nl", "Ik neem het over van Pieter."],
  ["de", "Herr Kaya hat mich gebeten, das Projekt zu übernehmen."],
  ["de", "Bei Fragen können Sie mich direkt anrufen."],
  ["de", "Rufen Sie mich gerne direkt an."],
  ["it", "La signora Neri mi ha chiesto di seguire l'acquisto."],
  ["it", "Il titolare mi ha incaricato di occuparmi della gara."],
];
const NEITHER = [
  "Ana from our plant team joined the demo and liked it.",
  "Frau Berger war beim Termin dabei.",
  "La planta lleva diez años funcionando sin paradas.",
  "Ella lleva el coche al taller los lunes.",
  "We own this building outright.",
  "We work with several vendors on the pilot.",
  "Thanks for the call, please send the quote.",
  "I am contacting you about the pilot.",
  "Asumo que el presupuesto sigue igual.",
  "Ich bin der Meinung, dass das passt.",
  "Herr Kaya hat mich gebeten, Ihnen die Unterlagen zu senden.",
  "Sie können mich anrufen oder Herrn Kaya direkt ansprechen.",
  "Mi ha chiesto un preventivo per la gara.",
  "We agreed that you deal with the licences and we deal with the rollout.",
  "Happy to talk you through the numbers.",
];

describe("handover phrases", () => {
  it.each(HANDOVER)("%s: %s", (_lang, text) => expect(HANDOVER_RE.test(text)).toBe(true));
});

describe("the sender staying the contact", () => {
  it.each(STAYING)("%s: %s", (_lang, text) => expect(STAYING_RE.test(text)).toBe(true));
});

describe("sentences that neither hand over nor keep the contact", () => {
  it.each(NEITHER)("%s", (text) => {
    expect(HANDOVER_RE.test(text)).toBe(false);
    expect(STAYING_RE.test(text)).toBe(false);
  });
});

describe("a handover phrase right before a name", () => {
  it("reads the phrase only when the name follows it in the same sentence", () => {
    expect(HANDOVER_BEFORE_RE.test("He asked that you deal with his niece, ")).toBe(true);
    expect(HANDOVER_BEFORE_RE.test("Please work directly with ")).toBe(true);
    expect(HANDOVER_BEFORE_RE.test("Please work directly with the yard. Ask ")).toBe(false);
  });
  it("ranks the person handed over to above the one who hands over", () => {
    const text =
      "Mr Orrin Vell, the Chairman, was glad to hear of it. He asked that you deal with his niece, Tamsin Vell, " +
      "the Yard Manager: tamsin@vellboats.example. Orrin is at orrin@vellboats.example if needed.";
    const ranked = rankContacts(text, ["tamsin@vellboats.example", "orrin@vellboats.example"], []);
    expect(ranked[0]).toMatchObject({ name: "Tamsin Vell", email: "tamsin@vellboats.example" });
  });
});
