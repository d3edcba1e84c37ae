// An offer on its way or asked for, in German, French, Dutch/Afrikaans and Finnish (stage8 round):
// evaluation. One sentence per table entry, written for this test with invented names.
import { describe, expect, it } from "vitest";
import { detectStage } from "../../../services/parser/normalise/stage.ts";

describe("an offer on its way or asked for is evaluation", () => {
  it.each([
    "Das Gespräch mit Frau Quendel lief gut, das Angebot folgt am Freitag.",
    "M. Varn attend notre devis pour la fin du mois.",
    "Ils attendent un devis pour douze postes.",
    "Voorstel aangevraagd door Brontel.",
    "Fase: voorstel aangevra by Varnel.",
    "Brontelin tarjouspyyntö tulee ensi kuussa.",
  ])("%s", (s) => expect(detectStage(s)).toBe("evaluation"));

  it.each([
    // no offer wanted yet
    "Noch kein Angebot, erst ein Kennenlernen.",
    "Pas encore de devis demandé.",
  ])("not yet: %s", (s) => expect(detectStage(s)).not.toBe("evaluation"));
});
