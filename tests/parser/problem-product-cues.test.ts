// The prospect's need and the product interest: labels and cues added in the afternoon round of
// 2026-12-05, each read in words written for this test (other prospects, vendors and numbers than
// the mails that showed the class).
import { describe, expect, it } from "vitest";
import { findLabelled } from "../../services/parser/extract/labels.ts";

describe("need labels: the project's scope, the issue, and a need noun qualified before it", () => {
  it.each([
    ["Scope: 7 depots, replacing the clipboard rounds", "7 depots, replacing the clipboard rounds"],
    ["Issue: dispatch plans kept on a whiteboard", "dispatch plans kept on a whiteboard"],
    ["Why now: the insurer asked for proof of the checks", "the insurer asked for proof of the checks"],
    ["Business problem ....: crews double-booked every Friday", "crews double-booked every Friday"],
    ["Main pain: quotes retyped from the old ledger", "quotes retyped from the old ledger"],
    ["Key challenge: no overview of the spare parts", "no overview of the spare parts"],
    ["Probléma: a raktár készletét füzetben vezetik", "a raktár készletét füzetben vezetik"],
  ])("%s", (line, want) => {
    const got = findLabelled(line)[0];
    expect(got?.field).toBe("need");
    expect(got?.value).toBe(want);
  });
});

describe("product labels: what the prospect is interested in, per language", () => {
  it.each([
    ["Lösung: Quarzwerk Planner Pro", "Quarzwerk Planner Pro"],
    ["Løsning: Fjordlys Booking", "Fjordlys Booking"],
    ["Zainteresowanie: Brzozak Kasa i Bilety", "Brzozak Kasa i Bilety"],
    ["Érdeklődés: Tóvirág Gate + Kiosk", "Tóvirág Gate + Kiosk"],
  ])("%s", (line, want) => {
    const got = findLabelled(line)[0];
    expect(got?.field).toBe("product");
    expect(got?.value).toBe(want);
  });
});
