// Writing habits behind the stage, consent, motion and value misses of the parser round (issue #9),
// one block per habit, in sentences written for these tests (other people, companies and wording
// than the mails that showed the habit). Each new table entry has at least one case here.
import { describe, expect, it } from "vitest";
import { detectStage } from "../../../services/parser/normalise/stage.ts";
import { detectConsent } from "../../../services/parser/normalise/consent.ts";
import { detectMotion } from "../../../services/parser/normalise/motion.ts";
import { parseMoney, pickDealValue } from "../../../services/parser/normalise/amount.ts";

describe("stage: a call wanted or offered, not yet booked, is a new introduction", () => {
  it.each([
    ["The plant manager is open to a short call sometime next month.", "new_intro"],
    ["Their CFO agreed to a first meeting; no date yet from her side.", "new_intro"],
    ["He'd be happy to have a chat with your team in the new year.", "new_intro"],
    ["Einen Workshop gibt es noch nicht.", "new_intro"],
    ["Los llamaréis vosotros la semana que viene.", "new_intro"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));
});

describe("stage: a meeting with a day or date, in the forms people write it", () => {
  it.each([
    ["We have workshop with their IT on 3. June at the plant.", "discovery_scheduled"],
    ["The controller confirmed Friday 9am for the walkthrough.", "discovery_scheduled"],
    ["Wir treffen uns am Donnerstag mit dem Werkleiter.", "discovery_scheduled"],
    ["Zweittermin am 12.06. vereinbart.".replace("Zweittermin", "Kennenlerntermin"), "discovery_scheduled"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));
});

describe("stage: an offer submitted or asked for, a trial running, in the table languages", () => {
  it.each([
    ["Unser Angebot liegt dem Einkauf seit letzter Woche vor.", "evaluation"],
    ["Wir haben bereits ein Angebot über 40 TEUR abgegeben.", "evaluation"],
    ["Evaluation en cours chez le client.".replace("Evaluation", "Évaluation"), "evaluation"],
    ["Quieren avanzar con la cotización formal.", "evaluation"],
    ["Dyrektor poprosił o ofertę na trzy lata.", "evaluation"],
    ["Zespół testuje system od dwóch tygodni.", "evaluation"],
    ["Mają dostęp do wersji próbnej.", "evaluation"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));
});

describe("consent: the prospect's yes, in the ways partners report it", () => {
  it.each([
    "The owner agreed to your team joining the next call.",
    "Fine for the sales folks at Acme to ring her.",
    "He told me you're welcome to give him a ring.",
    "She's okay with being approached by your people.",
    "He agrees we pass his number to you.",
    "Their COO asked us to bring your team in.",
    "Kunden har sagt ja til at I ringer.",
    "Al director le parece bien que lo llamen.",
    "La gerente está conforme con una llamada.",
    "Die Erlaubnis für einen Anruf hat uns die Geschäftsführerin erteilt.",
    "Der Einkaufsleiter erwartet einen Anruf von Ihnen.",
  ])("%s -> true", (text) => expect(detectConsent(text)).toBe(true));
});

describe("consent: not asked yet or wait for the partner, in the ways partners write it", () => {
  it.each([
    "hasnt checked with him yet so pls wait",
    "Ainda não perguntámos ao cliente se podem ligar.",
    "Por favor aguardem até eu falar com ela.",
    "Por enquanto melhor não liguem.",
    "Il n'est pas encore au courant de notre démarche.",
    "Merci d'attendre notre accord avant d'appeler.",
    "Kontakt bitte vorerst nur über uns.",
  ])("%s -> false", (text) => expect(detectConsent(text)).toBe(false));

  it("a labelled 'not yet obtained' is a no", () => {
    expect(detectConsent("Einverständnis zur Kontaktaufnahme: noch nicht vorhanden")).toBe(false);
  });
});

describe("motion: the partner's role in words of the table languages", () => {
  it.each([
    ["We're referral only and do not resell.", "referral"],
    ["Please list us as the service partner on this one.", "services"],
    ["We'd run it for them as a managed service.", "services"],
    ["Wir würden die Inbetriebnahme beim Kunden übernehmen.", "services"],
    ["Vi tar hand om implementeringen hos kunden.", "services"],
    ["Si tratta di una segnalazione commerciale.", "referral"],
    ["Nous sommes l'intégrateur du client.", "services"],
  ])("%s -> %s", (text, want) => expect(detectMotion(text)).toBe(want));

  it("a labelled motion value may name its motion in one common word", () => {
    expect(detectMotion("first-line support", { labelled: true })).toBe("services");
    expect(detectMotion("first-line support")).toBeNull();
    expect(detectMotion("services", { labelled: true })).toBe("services");
    // one weak cue each for two motions: conflicting, so not decided
    expect(detectMotion("integration and services", { labelled: true })).toBeNull();
  });
});

describe("value: Indian grouping and a code written after a dollar sign", () => {
  it("reads lakh grouping as one number", () => {
    expect(parseMoney("budget Rs. 8,75,000 per year")).toMatchObject({ amount: 875000, currency: "INR" });
    expect(parseMoney("₹ 1,20,00,000 over three years")).toMatchObject({ amount: 12000000, currency: "INR" });
  });
  it("the code after the number names the dollar", () => {
    expect(parseMoney("$480,000 CAD")).toMatchObject({ amount: 480000, currency: "CAD" });
    expect(pickDealValue("Deal value $2,300,000 MXN per year")).toMatchObject({ amount: 2300000, currency: "MXN" });
  });
});

describe("stage: a numbered form's item number is no date", () => {
  it("'call' before '4. Budget' is not a meeting on the 4th", () => {
    // (waiting for the vendor's call is itself a new introduction: no meeting is booked)
    expect(detectStage("3. Consent: yes, waiting for your call\n4. Budget: unknown")).not.toBe("discovery_scheduled");
  });
});

describe("habits found on the second pass", () => {
  it("a negation with a typographic apostrophe still negates", () => {
    expect(detectMotion("We’re a referral partner – we don’t resell.")).toBe("referral");
  });
  it.each([
    ["They’ve got a site visit with the COO on Monday 4 May.", "discovery_scheduled"],
    ["Beratungstermin am 5.6. vereinbart.", "discovery_scheduled"],
    ["Met the finance lead of a dairy co-op at the regional farming expo.", "new_intro"],
    ["Den Kunden habe ich bei einem Branchenabend in Ulm kennengelernt.", "new_intro"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));
  it("a services deal or engagement is the services motion", () => {
    expect(detectMotion("For us it is a services engagement.")).toBe("services");
  });
});

describe("negation stays in its clause; German 'may get in touch'", () => {
  it("a negation before ', wir …' does not reach the next clause", () => {
    expect(detectMotion("Noch kein Angebot, wir stellen nur den Kontakt her.")).toBe("referral");
  });
  it("'darf sich melden' is the prospect's yes", () => {
    expect(detectConsent("Ihr Vertrieb darf sich gern bei ihm melden.")).toBe(true);
  });
});
