// Arabic wishes as need cues (ar problem.weak): looking for ("يبحثون عن"), wishing for ("يرغبون في"),
// interested in ("مهتمين بنظام"). Invented sentences, with look-alikes that hold none of them.
import { describe, expect, it } from "vitest";
import { needWeight } from "../../services/parser/extract/prose-fields.ts";

describe("ar wishes as need cues", () => {
  it.each([
    "المطبعة تبحث عن برنامج لجدولة الطلبات.",
    "ويرغبون في نظام لمتابعة الصيانة الدورية.",
    "صاحب المقهى مهتم ببرنامج للولاء.",
    "هم مهتمين بنظام حجز المواعيد للعيادة.",
    "نبحث عن حل لتنظيم المخزون.",
  ])("%s", (text) => expect(needWeight(text)).toBeGreaterThan(0));

  it.each([
    // a search that is not for something (no "عن"), a wish word alone, interest with no object glued
    "بحثنا الموضوع معهم أمس.",
    "الاجتماع يوم الأحد في المكتب.",
    "كان الاهتمام كبيراً في المعرض.",
  ])("not: %s", (text) => expect(needWeight(text)).toBe(0));
});
