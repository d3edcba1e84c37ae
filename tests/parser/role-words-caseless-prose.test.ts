// Title words added to lang/roles.ts for contacts whose role was left null (Vietnamese, Italian,
// Polish, Greek, Russian/Ukrainian, Japanese, Korean, Chinese, Arabic, Persian, Hindi), and the
// role read beside a name in the caseless scripts: after an honorific, in full-width brackets, after
// a full-width comma, or after a blank and closed by an honorific. Invented names and phrases.
import { describe, expect, it } from "vitest";
import { findPersonMentions, looksLikeRole, roleNear } from "../../services/parser/extract/people.ts";
import { HONORIFIC_AFTER_SRC } from "../../services/parser/lang/person-names.ts";

describe("more title words", () => {
  it.each([
    ["quản lý kho", "vi"],
    ["Tổng thư ký hiệp hội", "vi"],
    ["bếp trưởng nhà hàng", "vi"],
    ["Segretario Generale", "it"],
    ["segretaria del circolo", "it"],
    ["dyr. handlowy", "pl"],
    ["γραμματέας του συλλόγου", "el"],
    ["Γενική Γραμματέας", "el"],
    ["президент федерации", "ru"],
    ["президент асоціації", "uk"],
    ["商工会会長", "ja"],
    ["牧場長", "ja"],
    ["현장감독", "ko"],
    ["감독", "ko"],
    ["商會會長", "zh-Hant"],
    ["协会会长", "zh-Hans"],
    ["農場場長", "zh-Hant"],
    ["林场场长", "zh-Hans"],
    ["مالك المزرعة", "ar"],
    ["المالكة", "ar"],
    ["مالكة", "ar"],
    ["المالك", "ar"],
    ["مدیر فروش", "fa"],
    ["مدیرعامل", "fa"],
    ["مالک", "fa"],
    ["विद्यालय संचालक", "hi"],
    ["संचालिका", "hi"],
  ])("%s (%s) is a title", (title) => {
    expect(looksLikeRole(title)).toBe(true);
  });

  it("words that only hold the letters are no title", () => {
    expect(looksLikeRole("dyra")).toBe(false);
    expect(looksLikeRole("segretariato")).toBe(false);
    expect(looksLikeRole("presidential")).toBe(false);
  });
});

describe("the role beside a name in the caseless scripts", () => {
  it.each([
    ["連絡先：山田 花子 様（会長）", "山田 花子", "会長"],
    ["联系人：王小明（会长）", "王小明", "会长"],
    ["聯絡人：李大同，採購部經理", "李大同", "採購部經理"],
    ["오늘 김민수 감독님께서 연락하셨습니다", "김민수", "감독"],
    ["聯絡人：黃志強 場長\n", "黃志強", "場長"],
    ["Liên hệ: Ông Trần Văn Bình, quản lý kho", "Trần Văn Bình", "quản lý kho"],
    ["Kontakt: Anna Kowalik (dyr. handlowy)", "Anna Kowalik", "dyr. handlowy"],
  ])("%s", (text, name, role) => {
    const m = findPersonMentions(text).find((p) => p.name === name) ?? {
      name,
      index: text.indexOf(name),
    };
    expect(roleNear(text, m as Parameters<typeof roleNear>[1])).toBe(role);
  });

  it("a word after the name that is no title is not read as one", () => {
    const text = "担当：佐藤 一郎 様（東京）";
    expect(roleNear(text, { name: "佐藤 一郎", index: text.indexOf("佐藤") } as Parameters<typeof roleNear>[1])).toBe(
      null,
    );
  });

  it("the honorifics after a name are one alternation", () => {
    const re = new RegExp(`^${HONORIFIC_AFTER_SRC}$`, "u");
    for (const h of ["様", "さん", "님", "씨", "先生", "女士"]) expect(re.test(h)).toBe(true);
  });
});
