// Problem cues (services/parser/lang/*, `problem`): what the tool in use cannot do, what people
// complain about, and a broken process in words the tables lacked. One invented sentence per entry.
import { describe, expect, it } from "vitest";
import { findProblem } from "../../services/parser/extract/prose-fields.ts";

describe("problem: the tool in use cannot do it, people complain", () => {
  it.each([
    ["Con el sistema viejo no pueden cobrar las cuotas por internet.", /cuotas/, "es: no pueden"],
    ["Se les complica el control de las llaves del depósito.", /llaves/, "es: se les complica"],
    ["El programa actual no permite reservas por franja.", /franja/, "es: no permite"],
    ["Il software attuale non permette le iscrizioni dal sito.", /iscrizioni/, "it: non permette"],
    ["Stary program nie obsługuje płatności za kursy.", /płatności/, "pl: nie obsługuje"],
    ["Przy wejściu na lodowisko stoją długie kolejki.", /lodowisko/, "pl: kolejki"],
    ["Současný program nezvládá objednávky přes web.", /objednávky/, "cs: nezvládá"],
    ["Οι βάρδιες του εργαστηρίου γράφονται με το χέρι.", /βάρδιες/, "el: με το χέρι"],
    ["Verkstaden bokar tider i en papperskalender.", /Verkstaden/, "sv: a paper compound"],
    ["Members keep complaining about the locker queue.", /locker/, "en: complaining"],
    ["Huurders hebben klachten over de verwarming.", /verwarming/, "nl: klachten"],
    ["수업 신청을 카카오톡으로 받고 있습니다.", /수업/, "ko: a messenger app as the channel"],
    ["As encomendas são digitadas duas vezes no balcão.", /encomendas/, "pt: typed in twice"],
    ["A dor principal é o fecho de caixa das lojas.", /fecho de caixa/, "pt: dor principal"],
  ])("%s -> found (%s)", (text, want) => expect(findProblem([text])).toMatch(want));
});

describe("problem: the prospect's own wish", () => {
  it("it: vorremmo, in the prospect's forwarded mail", () =>
    expect(findProblem(["Vorremmo cambiare il registro delle presenze del circolo."], null, false)).toMatch(
      /presenze/,
    ));
});
