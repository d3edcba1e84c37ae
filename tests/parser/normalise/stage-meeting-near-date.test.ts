// A meeting noun of any language and a day named for certain later in its clause, on one line:
// discovery_scheduled. Sentences written for these tests, with invented names.
import { describe, expect, it } from "vitest";
import { CUE_TABLES } from "../../../services/parser/lang/cues.ts";
import { detectStage } from "../../../services/parser/normalise/stage.ts";

describe("a meeting and its day later in the clause", () => {
  it.each([
    "Meeting with Mrs Quillon Thu 9th at 11, could someone join?",
    "joint call with the Brontel board next Friday",
    "We have meeting in Varnholm at 12 of May with him.",
    "Tenemos una reunión con la señora Ulvarte el jueves 14 a las 10.",
    "Tienen reunión con el comité el próximo 3 de junio.",
    "Nous avons une réunion avec Mme Dravelle et son adjoint le 9 octobre.",
    "Avem intalnire cu domnul Zorvescu joi, 4 iunie.",
    "Kick-off-Call mit Herrn Dr. Quendel ist am 14.09. um 9 Uhr.",
    "Tumepanga meeting 3/11 na Bi Zawadi.",
  ])("%s", (s) => expect(detectStage(s)).toBe("discovery_scheduled"));
});

describe("what it leaves alone", () => {
  it.each([
    // no day named for certain: a number counts something
    ["the meeting with 12 users of the Brontel plant", null],
    // a day gone by
    ["a demo for the Varnholm team last Tuesday", null],
    // a meeting that took place, before or after its noun
    ["we held a workshop with Brontel on 4 May", null],
    ["Workshop done on 4 May with the Brontel team", null],
    // the clause ends at a comma or a dash between words: the day is not the meeting's (a call wished
    // for, not booked)
    ["Happy to have a call with Quillon - Tuesday or Wednesday suit her", "new_intro"],
    ["She agreed to a call with you, she suggested Tuesday", "new_intro"],
    ["Site visit notes - Brontel, Varnholm, 11/03", null],
    // a meeting named but not booked
    ["Meeting with Mrs Quillon not booked yet, maybe Thursday", "new_intro"],
    // a rival's offer weighs more than a meeting the text does not call booked
    ["They also got a quote from Zentrix. Meeting with Mrs Quillon on 9 March.", "evaluation"],
  ])("%s -> %s", (s, want) => expect(detectStage(s)).toBe(want));
});

describe("every month name in the tables reads as a date", () => {
  const entries = Object.entries(CUE_TABLES).flatMap(([lang, t]) =>
    (t.stage?.month ?? []).map((m) => [lang, m] as const),
  );
  it.each(entries)("%s: %s", (_lang, m) => {
    // a name as written: the regex source's longest form ("sept?(?:ember)?" -> "september")
    const name = m.replace(/\(\?:([^)]*)\)\?/g, "$1").replace(/(.)\?/g, "$1");
    expect(detectStage(`meeting with Quillon 14 ${name}`), name).toBe("discovery_scheduled");
    expect(detectStage(`meeting with Quillon ${name} 14`), name).toBe("discovery_scheduled");
  });
});
