// Stage, motion and consent cues added for the gaps of Dutch and Flemish: each entry read in a
// sentence invented for this test, and the risky ones beside a sentence they must leave alone.
import { describe, expect, it } from "vitest";
import { detectStage } from "../../../services/parser/normalise/stage.ts";
import { detectConsent } from "../../../services/parser/normalise/consent.ts";
import { detectMotion } from "../../../services/parser/normalise/motion.ts";

describe("Dutch and Flemish: stage", () => {
  it.each([
    ["De offerte werd vorige week uitgebracht.", "evaluation"],
    ["Prijsofferte ontvangen van ons, ze bekijken het.", "evaluation"],
    ["Offerteaanvraag voor twaalf kassa's.", "evaluation"],
    ["Ze werken nu met een testversie.", "evaluation"],
    ["Pilotfase start in het magazijn.", "evaluation"],
    ["Ze zijn het pakket aan het uittesten.", "evaluation"],
    ["Ze vergelijken een aantal leveranciers.", "evaluation"],
    ["Het selectietraject loopt tot juni.", "evaluation"],
    ["We zitten in onderhandeling over de prijs.", "evaluation"],
    ["Budget is al goedgekeurd door de directie.", "evaluation"],
    ["Het lastenboek wordt eind maart gepubliceerd.", "evaluation"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    ["Ze overwegen over te stappen naar een ander systeem.", "new_intro"],
    ["Ze denken erover na om hun planningstool te vervangen.", "new_intro"],
    ["De eigenaar speelt met het idee om te digitaliseren.", "new_intro"],
    ["Nieuwe prospect uit Hasselt.", "new_intro"],
    ["De klant heeft zich gisteren bij ons gemeld.", "new_intro"],
    ["Aanvraag via onze website.", "new_intro"],
    ["Ze hebben veel interesse getoond.", "new_intro"],
    ["Het project zit in een vroeg stadium.", "new_intro"],
    ["Ze oriënteren zich nog.", "new_intro"],
    ["Een demo is nog niet ingepland.", "new_intro"],
    ["Enkel een kort telefoontje met de zaakvoerder.", "new_intro"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    ["Vergadering met de directie is geboekt.", "discovery_scheduled"],
    ["Het bedrijfsbezoek is geagendeerd.", "discovery_scheduled"],
    ["Demonstratie staat in de agenda.", "discovery_scheduled"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));
});

describe("Dutch and Flemish: consent", () => {
  it.each([
    "Mevrouw Dekkerling is op de hoogte.",
    "Hij staat open voor een gesprek.",
    "Ze kijkt uit naar jullie telefoontje.",
    "Hij gaf toestemming om hem te bellen.",
    "Ze mag gerust gebeld worden.",
    "Jullie mogen hem gerust bellen.",
    "U mag gerust contact met haar opnemen.",
    "Hij is akkoord om gecontacteerd te worden.",
  ])("%s -> true", (text) => expect(detectConsent(text)).toBe(true));

  it.each([
    "De klant is nog niet op de hoogte.",
    "Toestemming volgt nog.",
    "Dat moet ik nog navragen.",
    "Nog niet gevraagd of dat mag.",
    "Wacht even met bellen aub.",
    "Wacht tot ik het laat weten.",
    "Graag eerst met mij afstemmen.",
    "Liever geen rechtstreeks contact.",
  ])("%s -> false", (text) => expect(detectConsent(text)).toBe(false));

  it.each([
    ["Toestemming: in orde", true],
    ["Toestemming: nog te vragen", false],
    // refused outright reads as a no, not a yes
    ["Ze gaf geen toestemming om te bellen.", false],
  ])("%s -> %s", (text, want) => expect(detectConsent(text)).toBe(want));
});

describe("Dutch and Flemish: motion", () => {
  it.each([
    ["De facturatie loopt gewoon via ons.", "resale"],
    ["De licenties worden via ons besteld.", "resale"],
    ["Alles komt op onze factuur.", "resale"],
    ["Wij factureren de klant.", "resale"],
    ["We kopen de licenties bij jullie in.", "resale"],
    ["Jullie factureren rechtstreeks.", "referral"],
    ["Het contract loopt rechtstreeks met jullie.", "referral"],
    ["Vanaf daar nemen jullie het over.", "referral"],
    ["Graag de gebruikelijke aanbrengvergoeding.", "referral"],
    ["Wij treden enkel als tipgever op.", "referral"],
    ["Wij staan in voor de installatie.", "services"],
    ["De opleiding doen wij.", "services"],
    ["Er komt een koppeling met ons kassapakket.", "technology"],
  ])("%s -> %s", (text, want) => expect(detectMotion(text)).toBe(want));
});
