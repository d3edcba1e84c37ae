// Stage, motion and consent cues added for the gaps of Danish, Swedish and Norwegian: each entry
// read in a sentence invented for this test, and the risky ones beside a sentence they must leave alone.
import { describe, expect, it } from "vitest";
import { detectStage } from "../../../services/parser/normalise/stage.ts";
import { detectConsent } from "../../../services/parser/normalise/consent.ts";
import { detectMotion } from "../../../services/parser/normalise/motion.ts";

describe("Danish, Swedish, Norwegian: stage", () => {
  it.each([
    ["Tilbuddet er modtaget af indkøb.", "evaluation"],
    ["Offerten lämnad i fredags.", "evaluation"],
    ["De er i tilbudsfasen nu.", "evaluation"],
    ["Kunden har fått en testlicens.", "evaluation"],
    ["Pilotprosjekt på to avdelinger.", "evaluation"],
    ["De tester løsningen på lageret.", "evaluation"],
    ["De sammenligner leverandører i år.", "evaluation"],
    ["De utvärderar flera alternativ.", "evaluation"],
    ["Vi er i forhandlinger med dem.", "evaluation"],
    ["Budgettet er bevilget.", "evaluation"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    ["De overvejer at skifte deres gamle kassesystem ud.", "new_intro"],
    ["Kunden funderar på att byta system.", "new_intro"],
    ["De tenker på å bytte ut lønnssystemet.", "new_intro"],
    ["Ny henvendelse fra en tandlæge.", "new_intro"],
    ["Skolen kontaktade oss förra veckan.", "new_intro"],
    ["Forespørsel via nettsiden.", "new_intro"],
    ["De har vist stor interesse.", "new_intro"],
    ["Det er et tidligt stadie.", "new_intro"],
    ["Møde er ikke planlagt endnu.", "new_intro"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    ["Mødet er bekræftet.", "discovery_scheduled"],
    ["Mötet är inplanerat.", "discovery_scheduled"],
    ["Møtet er satt opp.", "discovery_scheduled"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));
});

describe("Danish, Swedish, Norwegian: consent", () => {
  it.each([
    "Hun er informeret.",
    "Han är öppen för ett möte.",
    "De venter på at høre fra jer.",
    "I må gerne ringe til ham.",
    "Dere kan gjerne kontakte henne.",
    "Kunden ønsker at blive kontaktet.",
    "Samtykke foreligger.",
    "Kontakt er i orden.",
  ])("%s -> true", (text) => expect(detectConsent(text)).toBe(true));

  it.each([
    "Hun er endnu ikke informeret.",
    "Vent med at ringe til ham.",
    "Vänta tills jag hört av mig.",
    "Kontakten går kun via os.",
    "Ikke kontakte kunden direkte.",
    "Samtycket saknas.",
  ])("%s -> false", (text) => expect(detectConsent(text)).toBe(false));

  it.each([
    ["Samtykke: i orden", true],
    ["Samtycke: ej", false],
  ])("%s -> %s", (text, want) => expect(detectConsent(text)).toBe(want));
});

describe("Danish, Swedish, Norwegian: motion", () => {
  it.each([
    ["Vi fakturerer kunden.", "resale"],
    ["Faktureringen går som altid via os.", "resale"],
    ["Vi køber licenserne hos jer.", "resale"],
    ["Det hele kører på vores papir.", "resale"],
    ["I fakturerer direkte.", "referral"],
    ["Avtalet tecknas direkt med er.", "referral"],
    ["Kunden køber direkte hos jer.", "referral"],
    ["Dere tar det videre herfra.", "referral"],
    ["Vi forventer den sædvanlige henvisningsprovision.", "referral"],
    ["Vi formidler kun kontakten.", "referral"],
    ["Vi anbefaler jer til dem.", "referral"],
    ["Vi står för installationen.", "services"],
    ["Vi tager os af opsætningen.", "services"],
    ["Vi er implementeringspartner.", "services"],
    ["Integration med vores bookingsystem.", "technology"],
  ])("%s -> %s", (text, want) => expect(detectMotion(text)).toBe(want));
});
