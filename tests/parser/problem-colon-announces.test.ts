// A sentence ending in a colon announces what follows: it is no need of its own ("We would like to
// register the following:"), and one that names the need ("Our main need:") says it on the next
// line. Invented mails.
import { describe, expect, it } from "vitest";
import { findProblem } from "../../services/parser/extract/prose-fields.ts";

describe("a sentence ending in a colon (announcesNext)", () => {
  it("a request announcing the lead below is no need", () => {
    expect(
      findProblem([
        "We would like to register the following:\nThey still track all orders on paper and lose some every week.",
      ]),
    ).toBe("They still track all orders on paper and lose some every week.");
  });

  it("a comment announcing the need gives way to the need", () => {
    expect(
      findProblem([
        "Hi,\n\nHonestly it is the old story, only worse with two shops:\n\nThey keep the stock counts on paper and reorder on gut feeling.\n",
      ]),
    ).toBe("They keep the stock counts on paper and reorder on gut feeling.");
  });

  it("a wish ending in a colon, with nothing below that tells a need, is none", () => {
    expect(
      findProblem(["Nous voulons enregistrer cette opportunité :\n\nSociété : Brivelle SARL"], null, true, false),
    ).toBeNull();
  });
});

describe("a need named and then given on the next line (fr problemNoun 'besoin')", () => {
  it.each([
    [
      "En résumé, leur besoin principal :\n- plannings de tournée automatiques pour les livreurs\n",
      "plannings de tournée automatiques pour les livreurs",
    ],
    [
      "Leur besoin :\n- une traçabilité de la farine jusqu'aux clients finaux\n",
      "une traçabilité de la farine jusqu'aux clients finaux",
    ],
  ])("%s", (text, need) => {
    expect(findProblem([text])).toBe(need);
  });
});

describe("a sentence ending in a colon that names the prospect", () => {
  it("says the prospect's need itself", () => {
    const text =
      "vi segnalo una nuova opportunità. Ottica Brenna S.r.l., due negozi, vuole gestire le prenotazioni degli esami della vista:\nOggi si lavora così da anni.";
    expect(findProblem([text], "Ottica Brenna S.r.l.")).toContain(
      "vuole gestire le prenotazioni degli esami della vista",
    );
  });
});
