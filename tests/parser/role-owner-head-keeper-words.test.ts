// Title words for the people who own a small business, head a school or a facility, or keep a
// museum's collection, in the languages whose role tables lacked them (lang/roles.ts). Each entry
// is tested in a phrase of its own, with invented names.
import { describe, expect, it } from "vitest";
import { looksLikeRole } from "../../services/parser/extract/people.ts";

describe("owners, heads and keepers are titles", () => {
  it.each([
    // English: the heads of a university and a school; a museum's keeper
    ["Pro-Rector for Research", "en"],
    ["Headmaster", "en"],
    ["Headmistress, junior school", "en"],
    ["Senior Curator of Textiles", "en"],
    // French: a museum's or a library's curator
    ["conservateur du patrimoine", "fr"],
    ["Conservatrice en chef", "fr"],
    // Danish: a museum's curator
    ["museumsinspektør", "da"],
    // Bulgarian: a curator, a chief curator
    ["главен уредник", "bg"],
    // Malay: a school's principal
    ["Pengetua sekolah", "ms"],
    // Vietnamese: an owner, a shop's owner, a school's principal
    ["chủ", "vi"],
    ["Chủ cửa hàng", "vi"],
    ["Hiệu trưởng", "vi"],
    // Ukrainian: a co-owner (both genders), the head of a unit (both genders)
    ["співвласник", "uk"],
    ["співвласниця", "uk"],
    ["завідувач складу", "uk"],
    ["завідувачка відділу", "uk"],
    // Hindi: a curator; the head of a unit as Hindi writes the English word; a chief financial officer
    ["क्यूरेटर", "hi"],
    ["बिक्री हेड", "hi"],
    ["मुख्य वित्त अधिकारी", "hi"],
    // Thai: a head teacher
    ["ครูใหญ่", "th"],
    // Chinese: school and kindergarten principals, the person in charge, the boss and his wife
    ["小学校长", "zh"],
    ["高級中學校長", "zh"],
    ["幼儿园园长", "zh"],
    ["幼稚園園長", "zh"],
    ["项目负责人", "zh"],
    ["店舖負責人", "zh"],
    ["老闆", "zh"],
    ["老板", "zh"],
    ["老闆娘", "zh"],
    ["老板娘", "zh"],
    // Japanese: a facility's head, a kindergarten's head
    ["介護施設長", "ja"],
    ["保育園園長", "ja"],
    // Arabic: the owner (masculine, feminine), the chief executive, the one responsible with the article
    ["صاحب المطعم", "ar"],
    ["صاحبة المشغل", "ar"],
    ["الرئيس التنفيذي", "ar"],
    ["الرئيسة التنفيذية", "ar"],
    ["المسؤول الفني", "ar"],
    ["المسؤولة الإدارية", "ar"],
    // Hebrew: the owner(s), without and with the article
    ["בעלים", "he"],
    ["הבעלים", "he"],
  ])("%s (%s) is a title", (title) => {
    expect(looksLikeRole(title)).toBe(true);
  });

  it("a word that only begins like a title is none", () => {
    // Vietnamese "chủ" stands alone; "chủng" (a kind, a strain) is another word
    expect(looksLikeRole("chủng loại")).toBe(false);
    // "curatorial" holds the word inside a longer one
    expect(looksLikeRole("curatorial")).toBe(false);
    // Hindi "हेडफ़ोन" (headphones) holds "हेड" inside a longer word
    expect(looksLikeRole("हेडफ़ोन")).toBe(false);
  });

  it("a surname of one letter and a compound's ending is no title", () => {
    // Norwegian "…eier" (owner) closes compounds ("medeier"); "Geier", "Beier" are surnames
    expect(looksLikeRole("medeier")).toBe(true);
    expect(looksLikeRole("Lotte Geier")).toBe(false);
    expect(looksLikeRole("Jonas Beier-Holm")).toBe(false);
    // in a script without capitals every letter is a word: one before the ending makes a compound
    expect(looksLikeRole("副經理")).toBe(true);
  });
});
