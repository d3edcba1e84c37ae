// Phrasing families learnt from the cue phrasebook and held-out corpora 10–15, one sentence per
// table entry in words none of those mails uses (other names, verbs, order): how partners say in
// each language that the prospect agreed to be called or did not (yet), where the deal stands, and who sells.
import { describe, expect, it } from "vitest";
import { detectConsent } from "../../../services/parser/normalise/consent.ts";
import { detectStage } from "../../../services/parser/normalise/stage.ts";
import { detectMotion } from "../../../services/parser/normalise/motion.ts";

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
    "Le fromager est ok pour que vous passiez le voir.",
    "Les associés sont partants pour un appel en juin.",
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

describe("stage: where the deal stands", () => {
  it.each([
    // a kick-off, a call locked or reserved, compounds ending in the meeting noun
    ["Kick-off is set for the 4th at 10.", "discovery_scheduled"],
    ["Discovery call locked for Mon 9am.", "discovery_scheduled"],
    ["Der Kick-off ist für Dienstag gebucht.", "discovery_scheduled"],
    ["Visita reservada para el martes a las 10.", "discovery_scheduled"],
    ["Reunión apuntada para el viernes.", "discovery_scheduled"],
    ["La demo está cerrada para el lunes 8.", "discovery_scheduled"],
    ["Rendez-vous réservé mardi à 10h.", "discovery_scheduled"],
    ["Incontro prenotato per venerdì mattina.", "discovery_scheduled"],
    ["Het telefoongesprek staat op vrijdag 10:00.", "discovery_scheduled"],
    ["Presentatie staat voor dinsdag.", "discovery_scheduled"],
    ["Reunião reservada para quinta às 15h.", "discovery_scheduled"],
    ["Spotkanie ustalone na piątek.", "discovery_scheduled"],
    ["Telefonmødet ligger fast: mandag kl. 9.", "discovery_scheduled"],
    ["Demosamtalet är spikat till tisdag.", "discovery_scheduled"],
    // evaluation: budget approved, shortlist, tender, testing, a proposal asked for
    ["Das Budget für das Projekt ist bewilligt.", "evaluation"],
    ["Wir sind in der engeren Auswahl.", "evaluation"],
    ["Ein Vergabeverfahren ist angelaufen.", "evaluation"],
    ["Sie testen die neue Software seit Montag.", "evaluation"],
    ["El presupuesto aprobado cubre dos sedes.", "evaluation"],
    ["Estamos en la lista corta.", "evaluation"],
    ["Abrieron un concurso público.", "evaluation"],
    ["El cliente nos ha pedido una cotización.", "evaluation"],
    ["La mairie a lancé une consultation en mars.", "evaluation"],
    ["Le client a demandé un devis détaillé.", "evaluation"],
    ["Il progetto pilota parte a giugno.", "evaluation"],
    ["Hanno approvato il budget per il 2026.", "evaluation"],
    ["Il cliente ci ha chiesto un preventivo.", "evaluation"],
    ["De gemeente start een aanbesteding.", "evaluation"],
    ["Ze hebben om een offerte voor 50 licenties gevraagd.", "evaluation"],
    ["O hospital abriu um concurso.", "evaluation"],
    ["Pediram-nos um orçamento para três lojas.", "evaluation"],
    ["Budżet jest zatwierdzony.", "evaluation"],
    ["Jesteście na krótkiej liście.", "evaluation"],
    ["Budsjettet for neste år er godkjent.", "evaluation"],
    ["Vi är med på kortlistan.", "evaluation"],
    ["They are on the short list with Acme.", "evaluation"],
    // new introduction: an idea, a name dropped, a tip, a first look around, nothing yet
    ["It is still at the idea stage.", "new_intro"],
    ["I brought up your product at lunch with their CTO.", "new_intro"],
    ["They have only started looking at tools.", "new_intro"],
    ["Das ist erst eine Idee beim Kunden.", "new_intro"],
    ["Das Projekt steht ganz am Anfang.", "new_intro"],
    ["Ein kurzer Vorab-Hinweis zu einem Interessenten.", "new_intro"],
    ["Ich habe unsere Lösung beim Mittagessen erwähnt.", "new_intro"],
    ["Por ahora solo una presentación.", "new_intro"],
    ["Siguen en fase de idea.", "new_intro"],
    ["Es un aviso de lead nada más.", "new_intro"],
    ["Le mencioné el producto en una cena.", "new_intro"],
    ["No hemos hablado en serio todavía.", "new_intro"],
    ["On en est au stade de l'idée.", "new_intro"],
    ["C'est un simple signalement.", "new_intro"],
    ["J'ai mentionné votre solution au DAF.", "new_intro"],
    ["Per adesso soltanto una presentazione.", "new_intro"],
    ["Siamo in fase di idea.", "new_intro"],
    ["Una segnalazione preliminare, niente di più.", "new_intro"],
    ["Ho menzionato il vostro prodotto al direttore.", "new_intro"],
    ["Con il cliente non abbiamo ancora parlato.", "new_intro"],
    ["Zit nog in de ideefase.", "new_intro"],
    ["Ik heb de oplossing genoemd tijdens de lunch.", "new_intro"],
    ["Nog geen serieus overleg gehad.", "new_intro"],
    ["É apenas uma apresentação por enquanto.", "new_intro"],
    ["Estão na fase da ideia.", "new_intro"],
    ["Só um aviso rápido sobre um cliente.", "new_intro"],
    ["Mencionámos o vosso produto ao diretor.", "new_intro"],
    ["Ainda não houve reunião nenhuma.", "new_intro"],
    ["To jedynie przedstawienie klienta.", "new_intro"],
    ["Mały sygnał o leadzie.", "new_intro"],
    ["Ani prezentacji, ani rozmowy.", "new_intro"],
    ["Klient dopiero zaczyna szukać.", "new_intro"],
    ["Kun et tip fra vores side.", "new_intro"],
    ["Verken presentasjon eller møte ennå.", "new_intro"],
    ["Hun er akkurat begynt å undersøke markedet.", "new_intro"],
    ["Per ora è solo un contatto, nulla di pianificato.", "new_intro"],
    // a quotation, commercials, a pilot, weighing a rival, a request for an offer
    ["The client asked for a detailed quotation.", "evaluation"],
    ["Quotation sent on Monday.", "evaluation"],
    ["We are now in the commercials stage.", "evaluation"],
    ["Klient jest w trakcie pilotażu.", "evaluation"],
    ["Stanno valutando due fornitori.", "evaluation"],
    ["Ya les mandamos la propuesta.", "evaluation"],
    ["Kunden har bett om en offert.", "evaluation"],
    ["De fick en offert från en konkurrent.", "evaluation"],
    // the day first, a Spanish meeting with its day, a booking verb first
    ["This Thursday a first call with their COO.", "discovery_scheduled"],
    ["La visita técnica el jueves 9 con el director.", "discovery_scheduled"],
    ["Fijamos una llamada con la gerente.", "discovery_scheduled"],
    // a table cell: the header "Next step" is no condition on the cell beside it
    ["| Next step | demo booked Fri 6/3 |", "discovery_scheduled"],
    // a referral and nothing more, a date not yet fixed, nothing booked
    ["Referral only from us, no involvement.", "new_intro"],
    ["I'm only referring them to you.", "new_intro"],
    ["Their slot is not agreed yet.", "new_intro"],
    ["Le paso un referido de un colega.", "new_intro"],
    ["Solamente los recomiendo.", "new_intro"],
    ["Ainda não agendámos nada.", "new_intro"],
    ["Apenas uma recomendação de um amigo.", "new_intro"],
    ["Vi har ikke booket noe ennå.", "new_intro"],
    ["Intet er aftalt endnu.", "new_intro"],
  ])("%s -> %s", (text, want) => {
    expect(detectStage(text)).toBe(want);
  });
});

describe("motion: who sells", () => {
  it.each([
    // technology: co-selling however the verb is bent
    ["Wir möchten das Projekt gemeinsam co-sellen.", "technology"],
    ["Vi vil gjerne co-selge denne kunden.", "technology"],
    ["Vi vill co-sälja med er här.", "technology"],
    ["Proponemos una co-venta con vuestro equipo.", "technology"],
    ["On vise une co-vente sur ce compte.", "technology"],
    ["We are co-selling this with your AE.", "technology"],
    // marketplace: noun first
    ["Compra prevista por el marketplace de Google Cloud.", "marketplace"],
    ["Acquisto tramite il marketplace di Azure.", "marketplace"],
    ["Commande par la marketplace d'AWS.", "marketplace"],
    // resale
    ["Wir verkaufen die Lizenzen an den Kunden weiter.", "resale"],
    ["Nous revendons la solution à nos clients.", "resale"],
    ["Revendemos la licencia con nuestro margen.", "resale"],
    ["Rivendiamo le licenze al cliente.", "resale"],
    ["Wij verkopen door aan de klant.", "resale"],
    ["Revendemos as licenças ao cliente.", "resale"],
    ["Odsprzedajemy licencje klientowi.", "resale"],
    ["Vi säljer vidare till kunden.", "resale"],
    ["Affärsmodell: återförsäljning.", "resale"],
    // services
    ["Als Systemintegrator übernehmen wir den Rollout.", "services"],
    ["Nous le proposerons en services managés.", "services"],
    ["Somos el integrador del proyecto.", "services"],
    ["Lo ofreceremos como servicios gestionados.", "services"],
    ["Lo offriamo come servizi gestiti.", "services"],
    ["Siamo l'integratore di riferimento.", "services"],
    ["Atuamos como integrador no projeto.", "services"],
    ["Será um serviço gerido por nós.", "services"],
    // referral
    ["C'est de l'apport d'affaires pur.", "referral"],
    ["Après la présentation, nous nous retirons.", "referral"],
    ["Te refiero a un cliente nuevo.", "referral"],
    ["Es sólo una referencia de nuestra parte.", "referral"],
    ["Hacemos la intro y luego nos apartamos.", "referral"],
    ["Dopo l'introduzione ci facciamo da parte.", "referral"],
    ["We verwijzen de klant door.", "referral"],
    ["Na de introductie stappen we uit.", "referral"],
    ["É apenas uma referência nossa.", "referral"],
    ["Depois da apresentação saímos de cena.", "referral"],
    ["Po przedstawieniu wycofujemy się.", "referral"],
    ["Det er en ren henvisning.", "referral"],
    ["Vi trækker os tilbage efter introen.", "referral"],
    ["Efter mötet kliver vi åt sidan.", "referral"],
    ["We'll take care of the data migration for them.", "services"],
    ["Our role is to deliver the configuration.", "services"],
    ["We deploy and continue supporting it.", "services"],
    ["Den Betrieb des Systems würden wir übernehmen.", "services"],
    ["Nous assurerons le paramétrage des comptes.", "services"],
    ["Dans le cadre d'une prestation de services.", "services"],
    ["Wij gaan de koppeling bouwen en onderhouden.", "services"],
    ["Vi leverer implementering for kunden.", "services"],
    ["Vi tar hand om införandet.", "services"],
    ["Vi selger abonnementene videre.", "resale"],
    ["Sólo hacemos la presentación, nada más.", "referral"],
    ["Só uma recomendação da nossa parte.", "referral"],
  ])("%s -> %s", (text, want) => {
    expect(detectMotion(text)).toBe(want);
  });
});
