// A place after "in" in a script without capitals (ar caselessPlace): read only where the sentence
// gives it the prospect (after its name, a count of its sites, or the word for the client) and the
// place ends its clause. Invented sentences.
import { describe, expect, it } from "vitest";
import { findGeography } from "../../services/parser/extract/prose-fields.ts";
import { caselessPlaces } from "../../services/parser/extract/caseless-place.ts";

describe("a place after في (ar caselessPlace)", () => {
  it.each([
    // after the prospect's name, a comma after the place
    ["نعرّفكم على مخبز السنابل الذهبية في الدمام، ويبحثون عن نظام للطلبات.", "مخبز السنابل الذهبية", "الدمام"],
    // after the name in quotes, a bracket after the place
    ['عميلنا معرض "نجوم الخليج" في الشارقة (المنطقة الصناعية) يريد تجربة.', "نجوم الخليج", "الشارقة"],
    // after a count of branches, two places joined by "and", at the line's end
    ["لديهم ١٢ فرعاً في عمّان والزرقاء\nوالمسؤول هو السيد كريم", null, "عمّان والزرقاء"],
    // after a count of shops, a place of two words, "and" a number after it
    ["يملكون 7 محلات للعطور في مكة المكرمة و30 موظفاً، ويريدون نظاماً.", null, "مكة المكرمة"],
    // after the word for the client, with a prefix ("بعميل"), a colon after the place
    ["يسعدني أن أعرّفكم بعميل محتمل في مسقط:", null, "مسقط"],
    // "the client is in …", a full stop after the place
    ["العميل في المنامة.", null, "المنامة"],
  ])("%s", (text, company, place) => {
    expect(findGeography(text, company)).toBe(place);
  });

  it("reads no place where في opens something else, or the sentence does not give it the prospect", () => {
    // a year after an amount: no count of sites before it
    expect(caselessPlaces("الميزانية 60 ألف ريال في السنة.", null)).toEqual([]);
    // at a fair, after no name, count or client word
    expect(caselessPlaces("تحدثنا معهم في المعرض، وكانوا مهتمين.", null)).toEqual([]);
    // the client at a stage: the clause goes on after the word
    expect(caselessPlaces("العميل في مرحلة التجربة الآن.", null)).toEqual([]);
    // a place after the name that does not end its clause ("في دبي منذ" goes on)
    expect(caselessPlaces("مطبعة الفجر في دبي منذ عشرين سنة يعملون يدوياً", "مطبعة الفجر")).toEqual([]);
    // a count of people, not of sites, before "in"
    expect(caselessPlaces("يعمل 40 موظفاً في المستودع.", null)).toEqual([]);
  });

  it("keeps the strength of what gives the place: the name above the client word above a count", () => {
    const [byName] = caselessPlaces("مخبز السنابل في جدة.", "مخبز السنابل");
    const [byClient] = caselessPlaces("عميل جديد في جدة.", null);
    const [byCount] = caselessPlaces("عندهم 3 فروع في جدة.", null);
    expect(byName!.score).toBeGreaterThan(byClient!.score);
    expect(byClient!.score).toBeGreaterThan(byCount!.score);
  });
});

describe("nouns في opens that are no place (ar caselessPlace.notPlace)", () => {
  it.each([
    ["عميل محتمل في مجال التعليم", null],
    ["العميل في حاجة إلى نظام جديد.", null],
    ["عندهم 4 فروع في قطاع التجزئة.", null],
  ])("%s", (text) => {
    expect(caselessPlaces(text, null)).toEqual([]);
  });

  it("a place that opens with the same letters is still one", () => {
    // "مجالسة" opens with "مجال" and goes on: no stop word
    expect(caselessPlaces("العميل في مجالسة.", null).map((p) => p.value)).toEqual(["مجالسة"]);
  });
});

describe("a place after a business's kind and its name (ar caselessPlace.businessNoun)", () => {
  it.each([
    ["عندي عميل لكم: ورشة الريم للنجارة في أبها (قرب السوق).", "أبها"],
    ["نقدّم لكم مصنع الوادي للعصائر في ينبع، ويحتاجون نظاماً للإنتاج.", "ينبع"],
    ["مزرعة التلال في الطائف.", "الطائف"],
    ["صيدلية الندى الطبية في الخبر، لديها مشكلة في المخزون.", "الخبر"],
    ["مخبز الفجر في حائل:", "حائل"],
    ["متجر الأناقة للأحذية في تبوك.", "تبوك"],
    ["مطعم البحر الأزرق في العقبة، ويريدون نظام حجوزات.", "العقبة"],
    ["مقهى الزاوية في نابلس.", "نابلس"],
  ])("%s", (text, place) => {
    expect(caselessPlaces(text, null).map((p) => p.value)).toEqual([place]);
  });

  it.each([
    // a training workshop is an event, not the prospect
    "حضرنا ورشة عمل للشركاء في دبي، وكانت مفيدة.",
    // the kind too far before "in": five words of name and more
    "مصنع الشرق الأوسط الحديث للبلاستيك والتغليف في جدة.",
    // "in" after the kind opens no place that ends its clause
    "ورشة النور للحدادة في مرحلة التجربة الآن.",
  ])("not: %s", (text) => {
    expect(caselessPlaces(text, null)).toEqual([]);
  });
});
