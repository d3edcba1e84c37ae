// A day said to have gone by is not the day of a meeting booked: the words right before it
// (`stage.goneBefore`: "last", "past") or right after a weekday (`stage.goneAfter`: "scorso",
// "dernier"). One sentence per entry and a look-alike in which the word does not touch the day,
// written for these tests with invented names.
import { describe, expect, it } from "vitest";
import { CUE_TABLES } from "../../../services/parser/lang/cues.ts";
import { detectStage } from "../../../services/parser/normalise/stage.ts";

describe("a meeting on a day gone by is not booked", () => {
  it.each([
    ["Call with the Orvell buyer last Thursday", "last"],
    ["Workshop with the Dunmere crew past Monday", "past"],
    ["Riunione con la signora Vettori martedì scorso", "scorso"],
    ["Réunion avec Mme Casterel jeudi dernier", "dernier"],
  ])("%s (%s)", (s) => expect(detectStage(s)).not.toBe("discovery_scheduled"));

  it("every language's entries are listed above", () => {
    const gone = Object.values(CUE_TABLES).flatMap((t) => [
      ...(t.stage?.goneBefore ?? []),
      ...(t.stage?.goneAfter ?? []),
    ]);
    expect(gone).toHaveLength(4);
  });
});

describe("look-alikes: the word is there but does not touch the day", () => {
  it.each([
    ["Call with the Orvell buyer Thursday, the last slot", "last"],
    ["Workshop with the Dunmere crew Monday, just past noon", "past"],
    ["Riunione con la signora Vettori martedì, come lo scorso anno", "scorso"],
    ["Réunion avec Mme Casterel jeudi, dernier créneau libre", "dernier"],
  ])("%s (%s)", (s) => expect(detectStage(s)).toBe("discovery_scheduled"));
});
