// Tagalog and Filipino English cue entries (services/parser/lang/tl.ts): stage, motion and
// consent, each entry in a sentence written for this test (invented firms and people), with the
// near misses the risky entries must leave alone.
import { describe, expect, it } from "vitest";
import { detectStage } from "../../../services/parser/normalise/stage.ts";
import { detectConsent } from "../../../services/parser/normalise/consent.ts";
import { detectMotion } from "../../../services/parser/normalise/motion.ts";

describe("Tagalog/Filipino English stage: evaluation", () => {
  it.each([
    ["Client is for quotation na.", "for quotation"],
    ["They are still canvassing suppliers.", "canvassing"],
    ["Pinadala namin ang budgetary quote kahapon.", "budgetary quote"],
    ["Humingi na sila ng quotation.", "humingi ng quotation"],
    ["Nagpadala na kami ng proposal.", "nagpadala ng proposal"],
    ["Kinukumpara nila ang tatlong vendor.", "kinukumpara"],
    ["Tine-test nila sa isang branch.", "tine-test"],
    ["Account is for PO next week.", "for PO"],
  ])("%s (%s)", (text) => expect(detectStage(text)).toBe("evaluation"));

  it.each([
    ["Thanks for your support.", "'for' alone"],
    ["Kung humingi sila ng quotation, sasabihan kita.", "conditional"],
  ])("%s is no evaluation (%s)", (text) => expect(detectStage(text)).not.toBe("evaluation"));
});

describe("Tagalog/Filipino English stage: a meeting booked", () => {
  it.each([
    ["Pulong naka-sked sa Huwebes.", "pulong, naka-sked"],
    ["Ang presentasyon ay na-schedule na.", "presentasyon, na-schedule"],
    ["Courtesy call set na.", "courtesy call, set na"],
    ["Pagbisita nakatakda sa Lunes.", "pagbisita, nakatakda"],
    ["Pagpupulong itinakda ng kliyente.", "pagpupulong, itinakda"],
    ["Meron kaming demo sa Biyernes.", "meron … sa Biyernes"],
    ["May meeting kami sa Martes.", "may … sa Martes"],
    ["Demo bukas ng hapon.", "bukas"],
    ["Meeting sa Miyerkules.", "miyerkules"],
    ["Meeting sa Sabado.", "sabado"],
    ["Pulong sa 12 Hunyo.", "a month name"],
    ["May demo na kami sa Biyernes.", "may {event} na kami"],
  ])("%s (%s)", (text) => expect(detectStage(text)).toBe("discovery_scheduled"));

  it.each([
    ["Demo tapos na noong Lunes.", "held"],
    ["Salamat sa demo noong Martes.", "thanked"],
    ["Bukas sila sa ideya.", "'bukas' is also 'open'"],
  ])("%s is no booked meeting (%s)", (text) => expect(detectStage(text)).not.toBe("discovery_scheduled"));

  it("a meeting without a date yet is a new introduction", () => {
    expect(detectStage("Meeting planned, date TBA.")).toBe("new_intro");
    expect(detectStage("Pulong naka-sked, petsa hindi pa sigurado.")).toBe("new_intro");
  });
});

describe("Tagalog/Filipino English stage: a new introduction", () => {
  it.each([
    ["Inquiry pa lang ito.", "inquiry pa lang"],
    ["Wala pang sked.", "wala pang sked"],
    ["Client is for demo.", "is for demo"],
    ["Gusto nila ng demo.", "gusto nila ng demo"],
    ["Balak nilang palitan ang lumang system.", "balak palitan"],
    ["Pinag-iisipan pa nila.", "pinag-iisipan"],
    ["Ipapakilala ko si Ms. Reyes sa inyo.", "ipapakilala"],
  ])("%s (%s)", (text) => expect(detectStage(text)).toBe("new_intro"));
});

describe("Tagalog/Filipino English motion", () => {
  it.each([
    ["Kami ang magbi-bill sa client.", "resale"],
    ["Sa amin sila bibili ng licenses.", "resale"],
    ["Refer lang kami dito.", "referral"],
    ["Kayo na ang mag-close.", "referral"],
    ["Kami na ang bahala sa implementation.", "services"],
    ["Kami ang mag-install sa site.", "services"],
  ])("%s -> %s", (text, want) => expect(detectMotion(text)).toBe(want));
});

describe("Tagalog/Filipino English consent", () => {
  it.each([
    ["Okay lang daw na i-contact niyo siya.", true],
    ["Pwede niyo po siyang tawagan.", true],
    ["Hinihintay nila ang tawag niyo.", true],
    ["Alam niya na tatawag kayo.", true],
    ["Gusto niya kayong makausap.", true],
    ["Pumayag siya na tawagan niyo.", true],
    ["Nag-agree si Sir Dante na i-contact.", true],
    ["Wag niyo muna siyang tawagan.", false],
    ["Hintayin niyo muna go signal ko.", false],
    ["Hindi ko pa siya natatanong.", false],
    ["Idaan niyo muna sa amin.", false],
    ["We'll endorse the account to you once cleared.", false],
    ["Consent: opo", true],
    ["Consent: oo", true],
    ["Consent: pwede", true],
    ["Consent: sige", true],
    ["Consent: hindi pa", false],
    ["Consent: wala pa", false],
  ])("%s -> %s", (text, want) => expect(detectConsent(text)).toBe(want));

  it("a 'not agreed' leaves the agreeing pair unread", () => {
    expect(detectConsent("Hindi pumayag na tawagan.")).toBeNull();
  });

  it("the writer's own number is no permission", () => {
    expect(detectConsent("Pwede niyo akong tawagan anytime.")).toBeNull();
  });
});
