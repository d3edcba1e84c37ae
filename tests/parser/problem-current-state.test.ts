// Problem cues for the way the prospect works today, said with a current-state adverb (`cues.problem.weak`:
// "they still keep the list on a board", "hoy cobran en efectivo", "hoidetaan edelleen", "bruger i dag"); and the
// look-alikes where the adverb tells the time of the partner's own doing or a thing not done yet
// ("todavía no le escribí", "välitän edelleen", "jelenleg nem elérhető"). Invented sentences.
import { describe, expect, it } from "vitest";
import { findProblem } from "../../services/parser/extract/prose-fields.ts";

const need = (text: string) => findProblem([text], null, true, false);

describe("problem: how the prospect works today", () => {
  it.each([
    ["The marina still keeps the berth list on a noticeboard.", "en"],
    ["Guests are currently paying the ferry crew at the gangway.", "en"],
    ["Hoy cobran las cuotas del club en la barra del bar.", "es"],
    ["Todavía llevan el inventario del vivero en una libreta.", "es"],
    ["Hoje controlam as entregas das flores numa agenda.", "pt"],
    ["Ainda fazem as escalas dos barcos à mão.", "pt"],
    ["Les moniteurs font aujourd'hui chaque réservation de cours.", "fr"],
    ["Aujourd'hui, les commandes arrivent sur un tableau blanc.", "fr"],
    ["Oggi gestiscono le iscrizioni al corso su un quaderno.", "it"],
    ["Sie arbeiten immer noch mit einer Karteikarte pro Boot.", "de"],
    ["Die Werft plant die Liegeplätze noch auf Zetteln.", "de"],
    ["Derzeit läuft die Einteilung der Boote über einen Aushang.", "de"],
    ["Venevaraukset hoidetaan edelleen vihkoon kirjaamalla.", "fi"],
    ["Nykyinen järjestelmä ei tue verkkomaksuja.", "fi"],
    ["Cykelværkstedet bruger i dag en tavle ved disken.", "da"],
    ["Kassan i kiosken sköts i dag med papperskvitton.", "sv"],
    ["Pesanan kue masih lewat pesan pribadi.", "id"],
    ["A hajókat jelenleg egy füzetben tartják nyilván.", "hu"],
  ])("%s (%s)", (text) => expect(need(text)).toBe(text));

  it.each([
    ["I am still waiting for her website address.", "en"],
    ["Currently using: a booking tool from a rival for the berths.", "en"],
    ["Bruker en bookingløsning fra Norge i dag.", "nb"],
    ["Web propia no tienen todavía, venden los cestos en ferias.", "es"],
    ["Todavía no me pasaron el correo del encargado.", "es"],
    ["Hoy hablé con la dueña del club un buen rato.", "es"],
    ["Ainda não recebi o contacto da diretora do colégio.", "pt"],
    ["Ancora non abbiamo il nome del responsabile della sede.", "it"],
    ["Termin ist noch in Abstimmung mit dem Hafenmeister.", "de"],
    ["Välitän edelleen Sarin viestin satamasta teille.", "fi"],
    ["Jeg talte med ejeren i dag om bådene.", "da"],
    ["Pak Budi masih belum kirim email kantornya.", "id"],
    ["Kovács úr jelenleg nem elérhető, jövő héten hív.", "hu"],
  ])("%s (%s) -> no need", (text) => expect(need(text)).toBeNull());
});
