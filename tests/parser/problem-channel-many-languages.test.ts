// Problem cues for a means of talking as the prospect's process in languages besides English
// (`cues.problem.channel`: "reservan por teléfono", "Bestellungen per WhatsApp", "κρατήσεις
// τηλεφωνικά") and the partner's talking verbs beside them that must not count (`cues.problem.talked`:
// "hablé con ella por teléfono", "mluvil jsem s ní telefonicky"); and the look-alikes where the words
// say how to reach the contact ("telefonisch erreichbar"). Invented sentences.
import { describe, expect, it } from "vitest";
import { findProblem } from "../../services/parser/extract/prose-fields.ts";

const need = (text: string) => findProblem([text], null, true, false);

describe("problem: the prospect's process runs through a channel", () => {
  it.each([
    ["Los pedidos de la panadería entran por teléfono y por Instagram.", "es"],
    ["As marcações do ginásio chegam pelo WhatsApp e ao telefone.", "pt"],
    ["Les réservations du gîte arrivent par téléphone et par SMS.", "fr"],
    ["Die Bootsvermietung nimmt Buchungen telefonisch und per WhatsApp an.", "de"],
    ["Le prenotazioni del rifugio arrivano per telefono e su WhatsApp.", "it"],
    ["Objednávky pečiva přijímají přes telefon a přes Instagram.", "cs"],
    ["Objednávky prijímajú cez telefón a cez Facebook.", "sk"],
    ["Kalastusretkien tilaukset tulevat puhelimitse ja tekstiviestillä.", "fi"],
    ["Rezerwacje kortów przyjmują telefonicznie i przez Messengera.", "pl"],
    ["A pályafoglalások telefonon és Messengeren érkeznek.", "hu"],
    ["Замовлення на торти приймають по телефону та через Viber.", "uk"],
    ["Οι κρατήσεις για τα σκάφη γίνονται τηλεφωνικά και μέσω Viber.", "el"],
    ["Tekne kiralama siparişleri telefonla ve WhatsApp üzerinden geliyor.", "tr"],
    ["Tiệm tóc nhận lịch hẹn qua điện thoại và qua Zalo.", "vi"],
    ["Pesanan katering masuk lewat telepon dan via WA saja.", "id"],
    ["تتم حجوزات القوارب عبر الهاتف والواتساب فقط.", "ar"],
    ["כל ההזמנות לסדנאות מתקבלות בטלפון ובוואטסאפ.", "he"],
    ["Bookingerne af bådene kommer per telefon og via Messenger.", "da"],
    ["De reserveringen voor de sloepen komen telefonisch binnen.", "nl"],
    ["Rezervările pentru bărci vin la telefon și pe WhatsApp.", "ro"],
    ["Rezervacije brodica primaju telefonom i preko e-maila.", "hr"],
  ])("%s (%s)", (text) => expect(need(text)).toBe(text));
});

describe("problem: the partner's talk through a channel is no need", () => {
  it.each([
    ["Ayer hablé con la dueña por teléfono un buen rato.", "es"],
    ["Falei com o gerente por telefone na segunda-feira.", "pt"],
    ["Je l'ai eue au téléphone mardi dernier vers midi.", "fr"],
    ["Ich habe mit ihr gestern telefonisch gesprochen, sehr nett.", "de"],
    ["L'ho sentita al telefono giovedì pomeriggio per mezz'ora.", "it"],
    ["Včera jsem s ní mluvil telefonicky asi půl hodiny.", "cs"],
    ["Puhuin omistajan kanssa puhelimitse eilen iltapäivällä.", "fi"],
    ["Wczoraj rozmawiałem z właścicielem przez telefon dość długo.", "pl"],
    ["Tegnap beszéltem vele telefonon a bővítésről.", "hu"],
    ["Вчора я розмовляв з власником по телефону годину.", "uk"],
    ["Μίλησα με τον ιδιοκτήτη τηλεφωνικά την Τρίτη το απόγευμα.", "el"],
    ["Dün kendisiyle uzun uzun telefonla konuştum.", "tr"],
    ["Kemarin saya bicara dengan pemiliknya lewat telepon.", "id"],
    ["تحدثت مع المالك عبر الهاتف يوم الأحد الماضي.", "ar"],
    ["דיברתי עם הבעלים בטלפון ביום שלישי בערב.", "he"],
    ["Jeg talte med ejeren per telefon i tirsdags.", "da"],
    ["Ik heb de eigenaar gisteren telefonisch gesproken.", "nl"],
    ["Am vorbit cu proprietarul la telefon marți seara.", "ro"],
    ["Jučer sam razgovarao s vlasnikom telefonom pola sata.", "hr"],
  ])("%s (%s) -> no need", (text) => expect(need(text)).toBeNull());

  it.each([
    ["Frau Brandt ist telefonisch erreichbar, am besten vormittags.", "de"],
    ["Mevrouw Smit is telefonisch bereikbaar na de middag.", "nl"],
    ["Telefonbuch und Telefonanlage der Werft sind von gestern.", "de"],
  ])("%s (%s) -> how to reach her, no need", (text) => expect(need(text)).toBeNull());
});

describe("problem: a channel the talking verb follows at once, or a page on a network", () => {
  it.each([
    ["Vorhin am Telefon besprochen: die Hundeschule hat zwei Trainer und einen Platz am Fluss.", "de"],
    ["Come anticipato al telefono, il frantoio ha due punti vendita.", "it"],
    ["Знайомство з директоркою пекарні по телефону пройде в середу.", "uk"],
    ["Sklep nie ma własnej witryny, jest tylko strona na Facebooku.", "pl"],
  ])("%s (%s) -> no need", (text) => expect(need(text)).toBeNull());

  it.each([
    ["Die Imkerei nimmt Bestellungen per Telefon entgegen und hat die Lieferzeiten mit den Kunden abgestimmt.", "de"],
  ])("%s (%s) -> the need", (text) => expect(need(text)).toBe(text));
});
