// Rivals labels qualified by words after them ("Other vendors considered:", "Alternatives looked
// at:", "Pesaing yang juga dievaluasi:", "Competidores previsibles:"), and a rivals label inside a
// line after a sentence's end ("… booked for Friday. Competitor on the table: X."). Invented
// sentences, with the look-alikes they must leave alone.
import { describe, expect, it } from "vitest";
import { labelField } from "../../services/parser/extract/labels.ts";
import { rivalLabelsInSentence } from "../../services/parser/extract/rivals-in-sentence.ts";

describe("a rivals label qualified by the words after it", () => {
  it.each([
    "Other vendors considered",
    "Alternatives looked at",
    "Alternatives they are weighing",
    "Pesaing yang juga dievaluasi",
    "Competidores previsibles",
    "Concorrentes conhecidos",
    "Mitbewerber im Gespräch",
  ])("%s", (label) => expect(labelField(label)).toBe("competitors"));

  it.each([
    // a qualifying word that labels another field: the other field's label, no rivals
    "Competitor website",
    "Competitor contact email",
    // a sentence, not a label
    "Alternatives were discussed with the owner at length",
  ])("not rivals: %s", (label) => expect(labelField(label)).not.toBe("competitors"));
});

describe("a rivals label inside a line", () => {
  it.each([
    ["The call is booked for Wednesday. Competitor on the table: Ledgerloop.", ["Ledgerloop"]],
    ["Der Termin steht. Mitbewerber im Rennen: Tischwerk Pro. Wir liefern.", ["Tischwerk Pro"]],
    ["Mereka punya 3 cabang. Pesaing: Kasirku.\nSalam", ["Kasirku"]],
    ["Presupuesto aprobado. Competidores previsibles: Facturo y Contalia.", ["Facturo y Contalia"]],
  ])("%s", (text, values) => expect(rivalLabelsInSentence(text)).toEqual(values));

  it.each([
    // another field's label inside a line
    "Budget is fine. Region: Tyrol.",
    // a rivals label opening the line is labels.ts's
    "Competitor: Ledgerloop.",
    // a colon inside a sentence that is no label
    "We met twice. The competition was clear about one thing: price.",
  ])("not: %s", (text) => expect(rivalLabelsInSentence(text)).toEqual([]));
});
