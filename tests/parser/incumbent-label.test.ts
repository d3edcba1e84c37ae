// The prospect's current system under a label of its own ("Current tool: X") is a competitor, and
// every labelled list counts, with the offers a stage label's value names; in invented words.
import { describe, expect, it } from "vitest";
import { labelField } from "../../services/parser/extract/labels.ts";
import { incumbentNames } from "../../services/parser/normalise/competitors.ts";
import { parseMessage } from "../../services/parser/parse-message.ts";
import { plainMail } from "../helpers/plain-mail.ts";

describe("labels for the system being replaced", () => {
  it.each([
    "Current system",
    "Current tool",
    "Current solution",
    "Current software",
    "Current platform",
    "Existing system",
    "Existing solution",
    "Replacing",
    "Aktuelles System",
    "Aktuelle Lösung",
    "Aktuelle Software",
    "Bestandssystem",
    "Bisheriges System",
    "Sistema attuale",
    "Soluzione attuale",
    "Software attuale",
    "Sistema in uso",
    "Sistema actual",
    "Solución actual",
    "Software actual",
    "Sistema atual",
    "Solução atual",
    "Software atual",
    "Système actuel",
    "Solution actuelle",
    "Logiciel actuel",
    "Outil actuel",
    "Huidig systeem",
    "Huidige oplossing",
    "Huidige software",
  ])("%s", (label) => expect(labelField(label)).toBe("incumbent"));
});

describe("the names under such a label", () => {
  it("reads the vendor, not the aside", () =>
    expect(incumbentNames("Quillora (contract ends in spring)")).toEqual(["Quillora"]));
  it("reads no note after a spaced dash", () =>
    expect(incumbentNames("Quillora – they want it gone by spring")).toEqual(["Quillora"]));
  it("keeps no generic tool", () => expect(incumbentNames("Excel and paper")).toEqual([]));
});

const form = (lines: string[]) =>
  plainMail(
    "Deal registration",
    [
      "Company: Brindlewood Farms Ltd",
      "Website: brindlewood-farms.example",
      "Contact: Oona Fairweather, oona@brindlewood-farms.example",
      ...lines,
    ].join("\n"),
  );
const rivals = async (lines: string[]) =>
  (await parseMessage(form(lines), { vendorDomains: ["vendor.example"] })).output.registration?.competitors;

describe("competitors of a labelled form", () => {
  it("reads the current system's label", async () =>
    expect(await rivals(["Current tool: Tarvello (since 2019)"])).toEqual(["Tarvello"]));
  it("joins it with the competitors' label", async () =>
    expect(await rivals(["Existing system: Tarvello", "Competitors: Mossgate"])).toEqual(["Tarvello", "Mossgate"]));
  it("leaves the prose to name the other rivals", async () =>
    expect(await rivals(["Existing system: Tarvello", "", "They are also looking at Mossgate."])).toEqual([
      "Tarvello",
      "Mossgate",
    ]));
  it("adds the offer a stage label names", async () =>
    expect(await rivals(["Competitors: Tarvello", "Stage: evaluation, comparing with Mossgate"])).toEqual([
      "Tarvello",
      "Mossgate",
    ]));
});
