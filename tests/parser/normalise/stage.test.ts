import { describe, expect, it } from "vitest";
import { detectStage } from "../../../services/parser/normalise/stage.ts";

describe("detectStage", () => {
  it.each([
    ["Quick intro — nothing is scheduled yet; this is a first introduction from our side.", "new_intro"],
    ["Hey team - brand-new lead, nothing scheduled yet.", "new_intro"],
    ["New lead - initial conversation only, no meeting set", "new_intro"],
    ["Erstkontakt – noch kein Termin", "new_intro"],
    ["Stand: Erstkontakt, noch kein Termin vereinbart.", "new_intro"],
    ["ganz frischer Kontakt, noch nichts vereinbart", "new_intro"],
    ["Erstkontakt, Bedarf erkannt, noch kein Gespräch", "new_intro"],
    ["Discovery call booked for Thursday 12 March, 2pm", "discovery_scheduled"],
    ["Termin am 12.03. zur Bedarfsanalyse vereinbart", "discovery_scheduled"],
    [
      "Ein erstes Gespräch mit Frau Lindner und eurem Vertrieb ist für Dienstag, 17.03.,\n10:00 Uhr angesetzt.",
      "discovery_scheduled",
    ],
    ["Demo booked for Thursday 19 March", "discovery_scheduled"],
    ["We've got a joint call booked with Maya for next Wednesday.", "discovery_scheduled"],
    ["Demo's locked in for Monday 23 March, 11am AEDT.", "discovery_scheduled"],
    ["We've put a first demo in the calendar for Thursday, March 19 at 2pm ET.", "discovery_scheduled"],
    ["Ein Kennenlerntermin mit euch ist für Donnerstag, 02.04., 11:00 Uhr eingestellt.", "discovery_scheduled"],
    ["Der Termin für die Bedarfsanalyse steht: Donnerstag, 26.03., 14:00 Uhr per Teams.", "discovery_scheduled"],
    ["Discovery – Termin beim Kunden am 31.03. um 10:00 Uhr", "discovery_scheduled"],
    ["Evaluating – comparing offers", "evaluation"],
    ["Angebot angefragt", "evaluation"],
    ["Proposal requested", "evaluation"],
    ["Trial in progress (started 2 March)", "evaluation"],
    ["Testphase läuft (Trial bis 31.03.)", "evaluation"],
    ["Proof of Concept läuft seit 02.03.", "evaluation"],
    ["Sie testet Northbeam seit letzter Woche in der Testversion.", "evaluation"],
    ["Herr Brandl vergleicht gerade Angebote – neben euch auch Candis und Moss.", "evaluation"],
    ["They're running a proof of concept with Northbeam right now and comparing it against Coupa.", "evaluation"],
    ["We're comparing Northbeam with Soldo at the moment. Could you get us a quote?", "evaluation"],
    ["Budget approved, they want to decide this quarter.", "evaluation"],
  ] as const)("%s -> %s", (text, stage) => {
    expect(detectStage(text)).toBe(stage);
  });

  it("prefers the most advanced current stage", () => {
    expect(detectStage("New lead. Demo booked for Monday; they are already in a trial with us.")).toBe("evaluation");
    expect(detectStage("Quick intro: a discovery call is booked for Friday.")).toBe("discovery_scheduled");
  });

  it("ignores negated and conditional cues", () => {
    expect(detectStage("No call booked yet. Brand-new lead.")).toBe("new_intro");
    expect(detectStage("If the demo goes well they would start a trial. Demo booked for Friday.")).toBe(
      "discovery_scheduled",
    );
    expect(detectStage("They aren't evaluating anyone else. First contact only.")).toBe("new_intro");
    expect(detectStage("Kein Termin vereinbart, Erstkontakt.")).toBe("new_intro");
  });

  it.each(["Hi team, here are the details.", "Happy to set up a demo.", "", "Termin steht noch aus"])(
    "%s -> null",
    (text) => {
      expect(detectStage(text)).toBeNull();
    },
  );
});

describe("detectStage set-up phrasing", () => {
  it("counts a demo that has been set up, not an offer to set one up", () => {
    expect(detectStage("We've set up a demo with their CFO for Friday.")).toBe("discovery_scheduled");
    expect(detectStage("Happy to set up a call whenever suits.")).toBeNull();
  });
});
