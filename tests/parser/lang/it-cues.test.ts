// Italian stage guards (services/parser/lang/it.ts), in sentences invented for this test: weighing
// whether to do something ("valutando di cambiare fornitore", "stanno valutando se …") is no
// evaluation of offers; weighing offers or solutions is.
import { describe, expect, it } from "vitest";
import { detectStage } from "../../../services/parser/normalise/stage.ts";

describe("Italian 'valutando di/se': considering a change, not evaluating", () => {
  it.each([
    ["Il cliente sta valutando di cambiare fornitore.", "evaluation"],
    ["Stanno valutando se cambiare il fornitore attuale.", "evaluation"],
    ["Stanno valutando se acquistare un nuovo software per il magazzino.", "evaluation"],
    ["Stiamo valutando l'idea di introdurre un CRM.", "evaluation"],
    ["Stanno valutando la possibilità di cambiare fornitore.", "evaluation"],
    ["Stanno valutando seriamente di sostituire il gestionale.", "evaluation"],
    ["Sta valutando l'ipotesi di passare al cloud.", "evaluation"],
    ["Stanno valutando un cambio di fornitore.", "evaluation"],
    ["Stanno ancora valutando se rinnovare il contratto.", "evaluation"],
  ])("not: %s -> not %s", (text, never) => expect(detectStage(text)).not.toBe(never));

  it.each([
    ["Stanno valutando la possibilità di cambiare fornitore.", "new_intro"],
    ["Stanno valutando seriamente di sostituire il gestionale.", "new_intro"],
    ["Stanno valutando un cambio di fornitore.", "new_intro"],
    // weighing offers or solutions is evaluation
    ["Stanno valutando diverse offerte.", "evaluation"],
    ["Stiamo valutando soluzioni per la logistica.", "evaluation"],
    ["Valutano diverse soluzioni sul mercato.", "evaluation"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));
});
