// Stage, consent and motion cues in Estonian (services/parser/lang/et.ts), each entry read in a sentence
// invented for this test (no corpus mail's words), with the near misses the risky ones must leave alone.
import { describe, expect, it } from "vitest";
import { detectStage } from "../../../services/parser/normalise/stage.ts";
import { detectConsent } from "../../../services/parser/normalise/consent.ts";
import { detectMotion } from "../../../services/parser/normalise/motion.ts";

describe("stage", () => {
  it.each([
    ["Hinnapakkumine on saadetud eelmisel nädalal.", "evaluation"],
    ["Saatsime neile pakkumise.", "evaluation"],
    ["Nad küsisid meilt pakkumist.", "evaluation"],
    ["Prooviperiood kestab kuu aega.", "evaluation"],
    ["Nad testivad meie lahendust.", "evaluation"],
    ["Nad võrdlevad kolme tarnija pakkumisi.", "evaluation"],
    ["Eelarve on kinnitatud.", "evaluation"],
    ["Kohtumine kokku lepitud teisipäevaks.", "discovery_scheduled"],
    ["Leppisime kokku esitluse neljapäevaks.", "discovery_scheduled"],
    ["Esimene kontakt, midagi pole veel kokku lepitud.", "new_intro"],
    ["Nad kaaluvad süsteemi vahetamist.", "new_intro"],
    ["Kohtumist pole veel kokku lepitud.", "new_intro"],
    ["Piloot algab järgmisel kuul.", "evaluation"],
    ["Käib riigihange.", "evaluation"],
    ["Nad ootavad pakkumist.", "evaluation"],
    ["Koosolek planeeritud homme.", "discovery_scheduled"],
    ["Esitlus paika pandud reedeks.", "discovery_scheduled"],
    ["Uus kontakt messilt.", "new_intro"],
    ["Nad soovivad näha demot.", "new_intro"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));
});

describe("consent", () => {
  it.each([
    ["Ta ootab teie kõnet.", true],
    ["Võite talle otse helistada.", true],
    ["Juhataja andis nõusoleku.", true],
    ["Ärge veel helistage talle.", false],
    ["Ta pole veel nõusolekut andnud.", false],
    ["Kontakt ainult meie kaudu palun.", false],
    ["Nõusolek: jah", true],
    ["Nõusolek: veel mitte", false],
    ["Ta on nõus, et te helistate.", true],
    ["Ta teab, et võtate ühendust.", true],
    ["Võite temaga ühendust võtta.", true],
    ["Palun oodake, kuni ma kinnitan.", false],
    ["Ma pole veel küsinud.", false],
  ])("%s -> %s", (text, want) => expect(detectConsent(text)).toBe(want));
});

describe("motion", () => {
  it.each([
    ["Arveldus käib meie kaudu.", "resale"],
    ["Müüme litsentsid edasi.", "resale"],
    ["Me ainult soovitame, vahendustasu piisab.", "referral"],
    ["Teeme ka koolituse ja pakume tuge.", "services"],
    ["Tegemist on integratsiooniga meie platvormiga.", "technology"],
    ["Juurutuse teeme meie.", "services"],
    ["Pakume haldusteenust.", "services"],
    ["Tegemist on edasimüügiga.", "resale"],
    ["Meie kaudu tellivad nad litsentsid.", "resale"],
    ["Oleme tehnoloogiapartner.", "technology"],
  ])("%s -> %s", (text, want) => expect(detectMotion(text)).toBe(want));
});
