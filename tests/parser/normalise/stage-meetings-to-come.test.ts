// Stage phrasings learnt from held-out corpora (each family seen in three corpora or more, by
// different writers), one sentence per table entry in words none of those mails uses.
import { describe, expect, it } from "vitest";
import { detectStage } from "../../../services/parser/normalise/stage.ts";

describe("stage: a first meeting still to be arranged is a new introduction", () => {
  it.each([
    "Please phone the head chef to line up a short visit.",
    "The registrar wants someone to get in touch to book an intro call.",
  ])("%s", (text) => {
    expect(detectStage(text)).toBe("new_intro");
  });

  it.each([
    // the meeting already has its day: booked
    ["We have a workshop on Friday to set up a call with their IT team.", "discovery_scheduled"],
    // a wish under a condition says nothing
    ["If the treasurer wants to arrange a demo, I can join.", null],
  ])("%s", (text, stage) => {
    expect(detectStage(text)).toBe(stage);
  });
});

describe("stage: the prospect also comparing a rival ranks below a meeting booked", () => {
  it.each([
    // de, es
    [
      "Der Einkauf vergleicht aktuell parallel zwei Anbieter. Die Präsentation am 12.05. ist vereinbart.",
      "discovery_scheduled",
    ],
    [
      "El jefe de flota está comparando además con otra marca. Agendamos una llamada para el jueves.",
      "discovery_scheduled",
    ],
    // without a meeting the rival is still an evaluation
    ["Der Einkauf vergleicht aktuell parallel zwei Anbieter.", "evaluation"],
  ])("%s", (text, stage) => {
    expect(detectStage(text)).toBe(stage);
  });
});

describe("stage: a meeting to come, named as the point something waits for, or an Italian site survey", () => {
  it.each([
    ["The treasurer will send the headcount after our workshop on Monday.", "discovery_scheduled"],
    ["Pricing questions can wait until after the visit.", "discovery_scheduled"],
    ["Il sopralluogo è programmato per lunedì 9.", "discovery_scheduled"],
    // one already held is none to come
    ["She sent the floor plans after the visit yesterday.", null],
  ])("%s", (text, stage) => {
    expect(detectStage(text)).toBe(stage);
  });
});

describe("stage: the partner offering to arrange a meeting arranges none", () => {
  it("an offer says nothing of the stage", () => {
    expect(detectStage("Glad to line up a quick call if useful.")).toBeNull();
  });
});
