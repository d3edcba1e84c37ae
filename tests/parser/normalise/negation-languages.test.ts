// Negation per language: a language's negation word negates only in a clause that does not read as
// another language in which the same word is an ordinary one. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { CUE_TABLES } from "../../../services/parser/lang/cues.ts";
import { negatedBefore } from "../../../services/parser/normalise/cues.ts";
import { detectConsent } from "../../../services/parser/normalise/consent.ts";
import { detectStage } from "../../../services/parser/normalise/stage.ts";

const before = (text: string, cue: string) => negatedBefore(text, text.indexOf(cue));

describe("negation words shared with another language's ordinary words", () => {
  it.each([
    ["Romanian 'cu ei' (with them)", "Am vorbit cu ei despre demo", "demo", false],
    ["Romanian 'pe ei' with a verb", "I-am sunat pe ei pentru demo", "demo", false],
    ["Finnish 'ei' (not)", "Asiakas ei ole vielä sopinut demo", "demo", true],
    ["Finnish 'ei' alone", "ei demo", "demo", true],
    ["Estonian 'ei' (not)", "Klient ei ole veel demo", "demo", true],
    ["Dutch 'nu' (now)", "We hebben nu een demo", "demo", false],
    ["Swedish 'ni' (you)", "Ni kan gärna boka en demo med henne", "demo", false],
    ["Spanish 'ni' (nor)", "Todavía no hay presupuesto ni demo", "demo", true],
    ["French 'ni' (nor)", "Pas de budget ni de demo pour l'instant", "demo", true],
    ["a word no language shares still negates", "Kunde hat keine Demo", "Demo", true],
  ])("%s", (_why, text, cue, negated) => expect(before(text, cue)).toBe(negated));

  it("a Swedish 'you may call her' is consent, not a refusal", () => {
    expect(detectConsent("Ni kan gärna ringa henne efter lunch.")).toBe(true);
  });

  it("a meeting set with them in Romanian stays booked", () => {
    expect(detectStage("Am stabilit cu ei o întâlnire joi.")).toBe("discovery_scheduled");
  });

  it("no language lists its own negation word among its common words", () => {
    for (const [lang, t] of Object.entries(CUE_TABLES)) {
      const own = new Set([...(t.negationBefore ?? []), ...(t.negationAfter ?? [])]);
      for (const w of t.commonWords ?? []) expect(own.has(w), `${lang}: ${w}`).toBe(false);
    }
  });
});
