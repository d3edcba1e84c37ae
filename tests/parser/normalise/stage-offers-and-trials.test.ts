// Stage cues per language (an offer out or being written, offers compared, a
// proof of concept, a meeting fixed with a titled person), each in a sentence written for this
// test, never a corpus mail's words.
import { describe, expect, it } from "vitest";
import { detectStage } from "../../../services/parser/normalise/stage.ts";

describe("stage: an offer out, being written or compared", () => {
  it.each([
    ["The quote went out to their buyer yesterday.", "en"],
    ["They now want a price quotation for two sites.", "en"],
    ["We already sent them proposal last week.", "en"],
    ["Das Angebot wird derzeit ausgearbeitet.", "de"],
    ["Pakkumine saadetud eelmisel nädalal.", "et"],
    ["A cég ajánlatkérést küldött ki.", "hu"],
    ["Három szállító árait összehasonlítják.", "hu"],
    ["Trenutno uspoređuju ponude dvaju dobavljača.", "hr"],
    ["Zdaj primerjajo ponudbe treh ponudnikov.", "sl"],
    ["İki firmanın önerisini değerlendiriyorlar.", "tr"],
    ["A prova de conceito arranca em maio.", "pt"],
  ])("%s (%s) -> evaluation", (text) => expect(detectStage(text)).toBe("evaluation"));
});

describe("stage: a meeting fixed, the dot of a title between", () => {
  it.each([
    "A call with Mrs. Okoro and her controller is booked for 4 June.",
    "Kick-off meeting with Dr. Halden fixed on 12th May.",
  ])("%s -> discovery_scheduled", (text) => expect(detectStage(text)).toBe("discovery_scheduled"));

  it("a sentence end still stops the gap", () =>
    expect(detectStage("We met Dr. Rhee at a fair. Booked a table there.")).toBeNull());
});
