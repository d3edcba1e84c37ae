// Problem cues and sentence choices added in the midday round: one invented sentence per entry,
// in other words than any mail, and the near misses each must leave alone.
import { describe, expect, it } from "vitest";
import { findProblem } from "../../services/parser/extract/prose-fields.ts";
import { findLabelled } from "../../services/parser/extract/labels.ts";

describe("problem: more ways a broken process is told", () => {
  it.each([
    // a wish that names only the product is weak: each strong cue below outweighs it
    ["They want Quillbox. The harbour inspectors weren't happy with the ice logs.", /ice logs/, "en: weren't happy"],
    ["They want Quillbox. A shared drive nobody has ever restored.", /shared drive/, "en: nobody has"],
    ["They want Quillbox. The kiosk software is out of support since May.", /kiosk/, "en: out of support"],
    ["They want Quillbox. Their rota app was discontinued last year.", /rota app/, "en: discontinued"],
    ["They want Quillbox. Stock runs on a homegrown FoxPro screen.", /FoxPro/, "en: homegrown"],
    ["They want Quillbox. Tenants keep calling the front desk for receipts.", /front desk/, "en: keep calling"],
    ["They want Quillbox. The bursar is worried about losing the ledgers.", /ledgers/, "en: worried"],
    ["They want Quillbox. The assessors raised concerns on lot labels.", /lot labels/, "en: raised concerns"],
    ["They want Quillbox. Payslips go out with errors each quarter.", /Payslips/, "en: errors"],
    ["They want Quillbox. Late pickups cost them penalties from the port.", /pickups/, "en: penalties"],
    ["They want Quillbox. Two pallets were rejected at the border.", /pallets/, "en: rejected"],
    ["They want Quillbox. The council runs a tender for depot telemetry.", /depot telemetry/, "en: tender for"],
    ["They want Quillbox. Main driver is the new levy on cold rooms.", /levy/, "en: driver is"],
    ["They want Quillbox. The office can't see which vans are out.", /vans/, "en: can't see"],
    ["They want Quillbox. The desk has no tool for the weekly rates.", /weekly rates/, "en: no tool"],
    ["Sie wollen Quillbox. Die Kasse ist eine Eigenentwicklung aus 2009.", /Kasse/, "de: Eigenentwicklung"],
    [
      "Sie wollen Quillbox. Ein selbst gebautes Makro, das niemand mehr versteht.",
      /Makro/,
      "de: selbst gebaut, niemand mehr",
    ],
    ["Sie wollen Quillbox. Das alte Warenwirtschaftsprogramm ist abgekündigt.", /Warenwirtschaft/, "de: abgekündigt"],
    [
      "Ils veulent Quillbox. Le planning tourne sur un outil développé en interne.",
      /planning/,
      "fr: développé en interne",
    ],
    ["Ils veulent Quillbox. Personne ne relance les devis.", /devis/, "fr: personne ne"],
    ["Querem o Quillbox. A frota roda num sistema legado em Clipper.", /Clipper/, "pt: sistema legado"],
    ["Querem o Quillbox. As balanças estão sem integração com a faturação.", /balanças/, "pt: sem integração"],
    ["Querem o Quillbox. Hoje não temos forma de medir as horas.", /medir as horas/, "pt: temos forma de"],
  ])("%s -> %s (%s)", (text, want) => expect(findProblem([text])).toMatch(want));

  it("a wish the prospect is under, in Swedish and Norwegian: kräver / krever", () => {
    expect(findProblem(["Kommunen kräver loggade temperaturer i bilarna."])).toMatch(/temperaturer/);
    expect(findProblem(["Tilsynet krever sporbarhet på hver pall."])).toMatch(/sporbarhet/);
  });

  it("consent forms are paperwork, not consent to a call", () => {
    expect(findProblem(["Membership and consent forms are all on paper."])).toMatch(/consent forms/);
    expect(findProblem(["Consent to a call is given, all on paper."])).toBeNull();
  });

  it("a request for tenders that only names the process is no cue", () => {
    expect(findProblem(["The tender closes on Friday."])).toBeNull();
  });
});

describe("problem: wrapped and run-on sentences", () => {
  it("a full line that goes on into a capitalised word is one sentence with the next", () => {
    expect(
      findProblem([
        "Hallo, wie besprochen: Wir (Musterhof GmbH, 30 Zimmer) wollen ab der\nWintersaison weg von festen Tagespreisen.",
      ]),
    ).toMatch(/weg von festen Tagespreisen/);
  });

  it("a short line or a label below it stays apart", () => {
    const got = findProblem(["They want Quillbox for the depots\nContact: Ivo Brandt\n"]);
    expect(got).toBe("They want Quillbox for the depots");
  });

  it("a clause further into a run-on sentence too long to keep is given, not the sentence's head", () => {
    const text =
      "just came out of the yard visit near the river so quick one from the van, the owner is a third generation operator, " +
      "they run about forty trucks plus a small wash bay and two workshops and sell parts to neighbours as well, " +
      "the dispatch is still done by hand on a wall chart in the office, talk later";
    expect(findProblem([text])).toBe("the dispatch is still done by hand on a wall chart in the office");
  });

  it("a run-on sentence short enough to keep is kept whole", () => {
    const text =
      "One of our clients, Brambling Tools Ltd (brambling.example), said at the yearly review that their orders are still " +
      "written on paper by the foreman and typed again at the office, which is slow and, on busy weeks, late.";
    expect(text.length).toBeGreaterThan(200);
    expect(text.length).toBeLessThan(240);
    expect(findProblem([text])).toMatch(/^One of our clients/);
  });
});

describe("need labels in more languages", () => {
  it.each([
    ["İhtiyaç: depo sayımı kâğıtla yapılıyor", "tr (dotted capital İ)"],
    ["Ihtiyaç: depo sayımı kâğıtla yapılıyor", "tr"],
    ["Nhu cầu: quản lý kho bằng sổ tay", "vi"],
    ["Потреба: облік складу ведуть у зошиті", "uk"],
    ["Потребность: учёт склада ведут в тетради", "ru"],
  ])("%s (%s)", (text) => {
    const got = findLabelled(text)[0];
    expect(got?.field).toBe("need");
    expect(got?.value).toBe(text.split(": ")[1]);
  });
});
