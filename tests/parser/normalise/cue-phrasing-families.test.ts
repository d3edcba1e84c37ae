// Phrasing families learnt from the cue phrasebook and held-out corpora 10–15, one sentence per
// table entry in words none of those mails uses (other names, verbs, order): how partners say in
// each language that the prospect agreed to be called or did not (yet).
import { describe, expect, it } from "vitest";
import { detectConsent } from "../../../services/parser/normalise/consent.ts";

describe("consent: the prospect agreed", () => {
  it.each([
    // en: was told who will call; said yes; wants the vendor on the call; asked to bring the vendor in
    "Greta knows your team will be calling her after Easter.",
    "The owner has been told the vendor may get in touch next week.",
    "Our client is aware that you'll be contacting him.",
    "He knows we're looping you in on this one.",
    "Ravi gave us the go-ahead to share his number.",
    "Outreach approved by the COO.",
    "The buyer said yes to being called by your rep.",
    "She's keen to speak with your team about the rollout.",
    "He's expecting you on the call on Friday.",
    "The CFO asked me to bring you in for the pricing talk.",
    "Feel free to loop in your solution engineer.",
    "shes grand with ye calling her",
    "Mo is fine with direct contact.",
    "He agrees that the vendor can phone him.",
    "The planner is okay to take a call from you.",
    // de
    "Frau Kühn weiß, dass ihr sie nächste Woche anruft.",
    "Herr Ober wartet schon auf euren Anruf.",
    "Der Einkauf hat uns grünes Licht gegeben.",
    "Ihr könnt auch gerne direkt mit ihr Kontakt aufnehmen.",
    // fr
    "Le directeur sait déjà que vous allez le contacter.",
    "Elle attend d'être appelée par votre équipe.",
    "Il est d'accord pour que votre commercial l'appelle.",
    "La gérante nous a demandé de caler un rendez-vous avec vous.",
    // es
    "El director sabe que le vais a escribir esta semana.",
    "Marta espera vuestra llamada el jueves.",
    "Me pidió que alguien de ventas lo llamara pronto.",
    // it
    "Il titolare sa che lo contatterete lunedì.",
    "Gli ho detto che lo chiamerete voi.",
    "La responsabile aspetta una telefonata da voi.",
    "Il cliente ha acconsentito al contatto diretto.",
    "Mi ha chiesto di fissare una call con voi.",
    // nl
    "De directeur weet dat jullie hem gaan mailen.",
    "Hij rekent op een belletje van jullie.",
    "Ze vroeg ons om een afspraak met jullie te plannen.",
    // pt
    "O diretor sabe que vocês vão contactar amanhã.",
    "A gerente está à espera de uma chamada vossa.",
    "O cliente aceitou ser contatado por e-mail.",
    "Pediu-nos para agendar uma reunião convosco.",
    "O CFO autorizou que o vosso comercial lhe ligue.",
    // pl
    "Prezes wie, że się odezwiecie.",
    "Klientka czeka na kontakt od Was.",
    "Dyrektor dał zielone światło na rozmowę.",
    // da / no / sv
    "Direktøren ved at I kontakter ham i morgen.",
    "Hun venter på en oppringning fra dere.",
    "Chefen är införstådd med att ni kontaktar henne.",
    "Kunden har gitt oss grønt lys.",
    "Ejeren glæder sig til at høre fra jer.",
    "ok att ni kontaktar kunden",
  ])("%s -> true", (text) => {
    expect(detectConsent(text)).toBe(true);
  });
});

describe("consent: the prospect did not agree, or not yet", () => {
  it.each([
    // en
    "Not sure the client has agreed to a call, will check.",
    "We haven't cleared it with the CTO whether you can reach her.",
    "No direct outreach yet please.",
    // de
    "Ob die Kundin einverstanden ist, muss ich noch klären.",
    "Wir haben sie noch nicht gefragt.",
    "Das stimme ich noch mit ihm ab.",
    "Bitte vorher mit mir absprechen.",
    "Den Geschäftsführer bitte keinesfalls direkt anrufen.",
    // fr
    "Je ne leur ai pas demandé pour l'instant.",
    "Je ne sais pas s'il a donné son accord.",
    "Nous n'avons pas encore eu leur feu vert.",
    "Pas de contact pour le moment, merci.",
    // es
    "Todavía no les hemos consultado.",
    "No sé si el gerente está de acuerdo.",
    "Sin contacto por ahora, gracias.",
    // it
    "Non gli ho ancora chiesto nulla.",
    "Ha chiesto di non essere contattato fino a maggio.",
    "Non so se il cliente ha acconsentito.",
    "Per ora nessun contatto diretto.",
    // nl
    "Ik heb hem nog niet gevraagd.",
    "Ze heeft verzocht haar voorlopig niet te mailen.",
    "Weet niet of de klant toestemming heeft gegeven.",
    "Graag nog geen contact.",
    // pt
    "O diretor pediu para não o contactarem já.",
    "Não sei se o cliente concordou.",
    "Nada de contato direto, por favor.",
    // pl
    "Nie pytałam jeszcze prezesa.",
    "Klient nie życzy sobie kontaktu.",
    "Uzgodnię to z nią w piątek.",
    "Na razie bez kontaktu.",
    // da / no / sv
    "Jeg har ikke spurgt kunden.",
    "Han vil ikke bli ringt av leverandøren.",
    "Vänta innan ni tar kontakt med henne.",
    "Vi sjekker det med ham først.",
    "Ingen kontakt ennå.",
    "Ring ham ikke direkte.",
  ])("%s -> false", (text) => {
    expect(detectConsent(text)).toBe(false);
  });

  it.each([
    "Budget: noch nicht besprochen.",
    "We haven't discussed pricing with them yet.",
    "Non ho ancora verificato il budget.",
    "Han har ikke spurgt om pris.",
  ])("%s -> null (not about contact)", (text) => {
    expect(detectConsent(text)).toBeNull();
  });
});
