// Cue families added while scoring held-out corpus 3 (consent, motion, stage), each with wording
// that corpus does not use: permission/refusal verbs × contact verbs × negation, EN and DE.
import { describe, expect, it } from "vitest";
import { detectConsent } from "../../../services/parser/normalise/consent.ts";
import { detectMotion } from "../../../services/parser/normalise/motion.ts";
import { detectStage } from "../../../services/parser/normalise/stage.ts";
import { cueRegex } from "../../../services/parser/normalise/cues.ts";

describe("consent families", () => {
  it.each([
    "He's totally cool with your team calling him next week.",
    "She is alright with you emailing her.",
    "Leon is aware that your team will reach out on Monday.",
    "She knows you'll be in touch this week.",
    "Thanks – you may reach me on my mobile any time.",
    "Could you connect me to the vendor's sales team?",
    "Please put me in touch with them.",
    "Feel free to forward my e-mail address to the vendor.",
    "Sie weiß schon Bescheid, dass ihr anruft.",
    "Herr Brandl rechnet mit eurem Anruf.",
    "Ihr könnt euch gerne direkt bei ihm melden.",
    "Direkte Ansprache durch Acme: ja",
    "Contact by vendor allowed: yes",
  ])("%s -> true", (text) => {
    expect(detectConsent(text)).toBe(true);
  });

  it.each([
    "Please hold back on calling him until the board meeting.",
    "Could you wait with reaching out to her?",
    "Kindly refrain from emailing them for now.",
    "Don't call yet, not until we've introduced you properly.",
    "No direct contact please, everything goes through me.",
    "Bitte mit der Kontaktaufnahme noch warten.",
    "Bitte noch keinen direkten Kontakt, ich kläre das erst intern.",
    "Er weiß noch nichts davon.",
    "Direkte Ansprache durch Acme: nein",
    "Kontakt erlaubt: nein",
    "Please don't share my details yet.",
  ])("%s -> false", (text) => {
    expect(detectConsent(text)).toBe(false);
  });

  it.each(["He called us last week about the invoices.", "They can reach a decision by May."])("%s -> null", (text) => {
    expect(detectConsent(text)).toBeNull();
  });
});

describe("motion families", () => {
  it.each([
    ["Abrechnung läuft über uns, wir sind Fachpartner.", "resale"],
    ["They'd buy the licences through us.", "resale"],
    ["Die Lizenzen werden über uns bezogen, Weiterverkäufer ist unsere Tochter.", "resale"],
    ["Wir vermitteln nur, die Betreuung macht ihr.", "referral"],
    ["We're only making the introduction here.", "referral"],
    ["Wir stellen lediglich den Kontakt her.", "referral"],
    ["We would own the integration with their ERP and the ongoing support.", "services"],
    ["We're their implementation\npartner for the ERP.", "services"],
  ])("%s -> %s", (text, motion) => {
    expect(detectMotion(text)).toBe(motion);
  });
});

describe("stage families", () => {
  it.each([
    ["Ein Workshop ist für den 14.04. ausgemacht.", "discovery_scheduled"],
    ["Die Vorstellung haben wir für Freitag verabredet.", "discovery_scheduled"],
    ["A first call is pencilled in for 3 June.", "discovery_scheduled"],
    ["They invited Basware, Esker and us to submit proposals.", "evaluation"],
    ["They have already received a quote from Coupa.", "evaluation"],
    ["Sie haben ein Angebot erhalten und vergleichen nun.", "evaluation"],
    ["She asked us for a demo, nothing booked.", "new_intro"],
    ["Der Kunde wünscht sich eine Vorführung.", "new_intro"],
    ["A joint call is booked for Tuesday; Tradeshift is another option on their shortlist.", "discovery_scheduled"],
    ["We are on their shortlist with two others.", "evaluation"],
  ])("%s -> %s", (text, stage) => {
    expect(detectStage(text)).toBe(stage);
  });
});

describe("stage: a negation inside the event … booked phrase", () => {
  it.each(["Ein Termin ist noch nicht vereinbart.", "Workshop not yet scheduled.", "Call never got arranged."])(
    "%s is not discovery_scheduled",
    (text) => {
      expect(detectStage(text)).not.toBe("discovery_scheduled");
    },
  );
});

describe("cueRegex", () => {
  it("matches a phrase wrapped over two lines, keeps spaces inside character classes", () => {
    expect(cueRegex(["managed service provider"]).test("a managed\nservice provider")).toBe(true);
    expect(cueRegex([String.raw`a[ ]b`]).test("a\nb")).toBe(false);
  });
});
