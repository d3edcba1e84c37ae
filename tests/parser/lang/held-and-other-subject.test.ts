// The phrase lists moved out of code into services/parser/lang: a meeting said to have taken place
// (`stage.held`, `heldArticle`, `heldAfter`) and someone other than the partner as a clause's subject
// (`otherSubject`). One sentence per entry, written for these tests.
import { describe, expect, it } from "vitest";
import { CUE_TABLES } from "../../../services/parser/lang/cues.ts";
import { detectStage } from "../../../services/parser/normalise/stage.ts";
import { findServicesNeeded } from "../../../services/parser/extract/services-needed.ts";

const NEXT = "Next step is a pilot.";

describe("a meeting that took place makes 'next step' the deal's stage", () => {
  it("without one, 'next step' is only a plan", () => expect(detectStage(NEXT)).toBeNull());

  it.each([
    ["We had a workshop with their ops team.", "had"],
    ["They held a workshop for the depot managers.", "held"],
    ["We did the demo for the board.", "did"],
    ["We ran two calls with finance.", "ran"],
    ["Done our first presentation there.", "done"],
    ["Completed the intro call on Monday.", "completed"],
    ["Hicimos una reunión con gerencia.", "hicimos"],
    ["Tuvimos la llamada con el director.", "tuvimos"],
    ["Fizemos uma apresentação à direção.", "fizemos"],
    ["Tivemos a reunião com o gestor.", "tivemos"],
    ["Wir hatten einen Termin beim Geschäftsführer.", "hatten"],
    ["Kami sudah presentasi di kantor pusat.", "sudah"],
    ["Tim kami telah rapat dengan direksi.", "telah"],
    ["Kami udah presentasi minggu lalu.", "udah"],
    ["Kami pernah presentasi di sana.", "pernah"],
    ["Провели встречу с директором.", "провели"],
    ["У нас была встреча с ними.", "была"],
    ["Мали зустріч з директором.", "мали"],
    ["Минулого тижня була зустріч з ними.", "була"],
    ["Имахме среща с тях.", "имахме"],
    ["Проведохме демонстрацията за борда.", "проведохме"],
    ["Направихме презентацията за екипа.", "направихме"],
    ["Имахме първа среща с тях.", "първа"],
    ["Провели первую встречу с ними.", "первую"],
    ["Срещата вече се състоя.", "се състоя"],
    ["Встреча уже состоялась.", "состоялась"],
    ["Зустріч вже відбулася.", "відбулася"],
  ])("%s (%s)", (past) => expect(detectStage(`${past} ${NEXT}`)).toBe("evaluation"));

  it.each([
    ["We had the call", "the"],
    ["We had a call", "a"],
    ["We had an appointment", "an"],
    ["We held our meeting", "our"],
    ["They held their presentation", "their"],
    ["We had two calls", "two"],
    ["We had a first call", "first"],
    ["Hicimos la presentación", "la"],
    ["Tuvimos el demo", "el"],
    ["Hicimos una visita", "una"],
    ["Tuvimos un demo", "un"],
    ["Hicimos dos demos", "dos"],
    ["Fizemos a apresentação", "a (pt)"],
    ["Tivemos o demo", "o"],
    ["Fizemos uma visita", "uma"],
    ["Tivemos um demo", "um"],
    ["Fizemos duas demos", "duas"],
    ["Wir hatten ein Gespräch", "ein"],
    ["Wir hatten einen Termin", "einen"],
    ["Wir hatten einen ersten Termin", "ersten"],
  ])("%s (%s)", (past) => expect(detectStage(`${past} last week. ${NEXT}`)).toBe("evaluation"));

  it.each([
    ["The walkthrough was already done.", "was done"],
    ["Both calls were held in May.", "were held"],
    ["The workshop has been completed.", "has been completed"],
    ["Two demos have been delivered.", "have been delivered"],
    ["The demo is finished.", "is finished"],
    ["Call done.", "done"],
    ["Demo completed.", "completed"],
    ["Kick-off held.", "held"],
  ])("%s (%s)", (past) => expect(detectStage(`${past} ${NEXT}`)).toBe("evaluation"));

  // (the 14 entries for French, Italian, Dutch, the Nordic languages, Polish and English "following our",
  // "further to our" are tested in stage-held-duration.test.ts)
  it("every language's entries are listed above or in stage-held-duration.test.ts", () => {
    const held = Object.values(CUE_TABLES).flatMap((t) => t.stage?.held ?? []);
    expect(held).toHaveLength(36);
  });
});

describe("someone else as the subject after the partner: the work is theirs, not the partner's", () => {
  it("with the partner as the subject the work is the partner's", () =>
    expect(findServicesNeeded("We met them last week and will run the integration.")).toBe("integration"));

  it.each([
    ["We met them last week and they want an integration.", "they"],
    ["We met her last week and she wants an integration.", "she"],
    ["We met him last week and he wants an integration.", "he"],
    ["We spoke last week and the customer wants an integration.", "the customer"],
    ["We spoke last week and the client plans an integration.", "the client"],
    ["We spoke last week and the prospect asked about integration.", "the prospect"],
    ["Wir haben telefoniert, sie plant die Einführung selbst.", "sie"],
    ["Wir haben telefoniert, er plant die Einführung selbst.", "er"],
    ["Wir haben telefoniert und der Kunde plant die Einführung selbst.", "der Kunde"],
    ["Nous les avons vus et ils prévoient le déploiement eux-mêmes.", "ils"],
    ["Nous l'avons vue et elle prévoit le déploiement elle-même.", "elle"],
    ["Nous les avons vues et elles prévoient le déploiement.", "elles"],
    ["Nous l'avons vu et le client prévoit le déploiement.", "le client"],
    ["Nosotros hablamos con ellos y ellos quieren la implementación.", "ellos"],
    ["Nosotros hablamos con ella y ella quiere la implementación.", "ella"],
    ["Nosotros hablamos y el cliente quiere la implementación.", "el cliente"],
    ["Nós falámos com eles e eles querem a implementação.", "eles"],
    ["Nós falámos com ela e ela quer a implementação.", "ela"],
    ["Nós falámos e o cliente quer a implementação.", "o cliente"],
    ["Noi li abbiamo sentiti e loro vogliono la formazione.", "loro"],
    ["Noi abbiamo parlato e il cliente vuole la formazione.", "il cliente"],
  ])("%s (%s)", (text) => expect(findServicesNeeded(text)).toBeNull());
});
