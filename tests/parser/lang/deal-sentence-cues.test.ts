// Stage and motion entries that also end the need where a sentence on the deal follows it: zh an
// arranged date, hi a proposal to be sent, he an offer received and offers weighed, uk/ru the
// licences the partner supplies. Invented sentences, with near misses.
import { describe, expect, it } from "vitest";
import { detectStage } from "../../../services/parser/normalise/stage.ts";
import { detectMotion } from "../../../services/parser/normalise/motion.ts";
import { detectConsent } from "../../../services/parser/normalise/consent.ts";
import { findCompetitorsInProse } from "../../../services/parser/normalise/competitors.ts";

describe("stage", () => {
  it.each([
    ["我们已约好 5 月 8 日", "discovery_scheduled"],
    ["對方已經約定 11月3號", "discovery_scheduled"],
    ["अगले हफ़्ते कोटेशन भेजना है", "evaluation"],
    ["उन्होंने प्रस्ताव मांगा है", "evaluation"],
    ["הם כבר קיבלו הצעה מספק אחר", "evaluation"],
    ["והם משווים בין ההצעות", "evaluation"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each(["他们 5 月 8 日开业", "קיבלו את המשלוח אתמול"])("none in %s", (text) =>
    expect(detectStage(text)).toBeNull(),
  );
});

describe("consent and rivals", () => {
  it("th: the owner is OK to be called", () => {
    expect(detectConsent("เจ้าของร้านโอเคให้โทรได้เลย")).toBe(true);
    expect(detectConsent("เจ้าของร้านไม่โอเคให้โทร")).not.toBe(true);
  });
  it("hi: the rival named before compared with", () => {
    expect(findCompetitorsInProse("वे Quillbyte Suite से तुलना कर रहे हैं")).toEqual(["Quillbyte Suite"]);
    expect(findCompetitorsInProse("वे Quillbyte Suite से भी तुलना करेंगे")).toEqual(["Quillbyte Suite"]);
  });
});

describe("motion", () => {
  it.each([
    ["Лицензии поставляем мы", "resale"],
    ["Мы поставляем им лицензии", "resale"],
    ["Ліцензії постачаємо ми", "resale"],
    ["Постачаємо ліцензії напряму", "resale"],
  ])("%s -> %s", (text, want) => expect(detectMotion(text)).toBe(want));

  it("none where someone else supplies goods", () => {
    expect(detectMotion("Оборудование поставляет производитель")).toBeNull();
  });
});
