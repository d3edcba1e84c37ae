// General causes of the first runs over held-out 17 and 18, each written here in other words,
// names and languages than the mails that showed them.
import { describe, expect, it } from "vitest";
import { detectConsent } from "../../services/parser/normalise/consent.ts";
import { detectStage } from "../../services/parser/normalise/stage.ts";
import { detectMotion } from "../../services/parser/normalise/motion.ts";
import { findCompetitorsInProse } from "../../services/parser/normalise/competitors.ts";

describe("consent: how writers grant it or hold it back", () => {
  it.each([
    "Mr Adeyemi said he's happy for you to give him a ring next week.",
    "She has okayed direct contact from your sales rep.",
    "Your team (or your reseller) may call either of them directly.",
    "Please, could you ask the vendor to contact me about pricing?",
    "The CFO has asked for both suppliers to get in touch.",
    "Fine for that you call her tomorrow.",
    "Päivi on antanut luvan yhteydenottoon.",
    "Pan Novák dal souhlas s kontaktem.",
  ])("%s -> true", (text) => {
    expect(detectConsent(text)).toBe(true);
  });

  it.each([
    "I haven't told Priya that you will call, so not yet please.",
    "Give me a few days to brief him first.",
    "We didn't ask her yet whether a call is fine; wait for my go-ahead.",
    "He hasn't confirmed that he wants a meeting with you.",
  ])("%s -> false", (text) => {
    expect(detectConsent(text)).toBe(false);
  });

  it("reads a labelled value whose answer closes it", () => {
    expect(detectConsent("she signed the NDA last week, so yes", { labelled: true })).toBe(true);
    expect(detectConsent("talked to him at the fair – no", { labelled: true })).toBe(false);
    // outside a label's value a trailing word is no answer
    expect(detectConsent("Budget approved, seats: 40, competitors – no")).toBeNull();
  });
});

describe("stage: a rival's offer, an open date, and more phrasings", () => {
  it.each([
    // a rival's offer ranks below a meeting booked with the vendor
    ["Kick-off call booked for 9 June. They also received a quote from Acme Learning.", "discovery_scheduled"],
    ["Präsentation am 12.05. vereinbart; sie haben ein Angebot von Lernwerk erhalten.", "discovery_scheduled"],
    ["Workshop set for Friday; Orbis was shortlisted by procurement too.", "discovery_scheduled"],
    // alone, it still says the prospect is weighing offers
    ["The hospital got a quote from Medtrain last month.", "evaluation"],
    ["Die Stadtwerke schauen sich zusätzlich noch Kursplan an.", "evaluation"],
    ["We were shortlisted with two others.", "evaluation"],
    // a meeting without its day is not booked yet; with its day it is
    ["A workshop is planned for the spring, date not yet fixed.", "new_intro"],
    ["Vor-Ort-Termin geplant, Datum noch offen.", "new_intro"],
    ["Call scheduled for Monday, time tbc.", "discovery_scheduled"],
    // more phrasings
    ["The quote is now with their finance director.", "evaluation"],
    ["Last week they asked me for a quotation.", "evaluation"],
    ["Das Angebot liegt bereits beim Einkauf.", "evaluation"],
    ["Vi har booket et møde med indkøbschefen.", "discovery_scheduled"],
    ["Vi har skickat en offert på hela flottan.", "evaluation"],
    ["Il cliente sta valutando due piattaforme.", "evaluation"],
    ["Foi só um contato inicial na feira.", "new_intro"],
    ["Przygotowuję ofertę na 300 licencji.", "evaluation"],
    ["Zarząd porównuje nas z konkurencją.", "evaluation"],
    ["Site survey booked for 3rd March.", "discovery_scheduled"],
    ["walkthrough nxt wk thu, budget tbd", "discovery_scheduled"],
    ["The owner is awaiting your call.", "new_intro"],
  ])("%s -> %s", (text, want) => {
    expect(detectStage(text)).toBe(want);
  });
});

describe("motion: who does the work, in more phrasings", () => {
  it.each([
    // wiring the vendor into the customer's systems is the partner's service; into the vendor's, technology
    ["We'd handle the rollout and integrate it with the client's HRIS.", "services"],
    ["Our scheduling app integrates with your API out of the box.", "technology"],
    ["We will do the install and first-line support.", "services"],
    ["We'll do the fitting of the probes in every van.", "services"],
    ["Haremos la instalación y el soporte posterior.", "services"],
    ["Vi installerar mätarna och står för supporten.", "services"],
    ["Det er kun et tip, vi tager intet uppdrag.", "referral"],
    ["Just a tip from the golf club, nothing more.", "referral"],
    ["We act as an agent and take an introduction fee.", "referral"],
    ["Nous ne faisons que la mise en relation.", "referral"],
    ["Myymme palvelun eteenpäin omalla sopimuksella.", "resale"],
  ])("%s -> %s", (text, want) => {
    expect(detectMotion(text)).toBe(want);
  });
});

describe("competitors: incumbents and rivals in more phrasings", () => {
  it.each([
    ["Their existing HR system (Personio) is up for renewal.", ["Personio"]],
    ["The depot is using an outdated Fleetmatics setup.", ["Fleetmatics"]],
    ["They already have Samsara in the cabs.", ["Samsara"]],
    ["Procurement has Kallidus and Sapling on the shortlist.", ["Kallidus", "Sapling"]],
    ["Apparently Fourth was shortlisted last spring.", ["Fourth"]],
    ["Quentic made them a price for the whole group.", ["Quentic"]],
    ["Hon sa att de tittar på Sensitech.", ["Sensitech"]],
    ["Eles olharam o Moodle no ano passado.", ["Moodle"]],
    ["Hanno chiesto preventivi anche a Skillato.", ["Skillato"]],
    ["Zarząd porównuje ofertę z Comarch.", ["Comarch"]],
  ])("%s -> %j", (text, want) => {
    expect(findCompetitorsInProse(text)).toEqual(want);
  });
});
