// Rival cues in Arabic, Hebrew, Vietnamese, Greek, Hungarian, Japanese and Chinese that the tables
// lacked, the "and" of Greek, Vietnamese, Hungarian and Hebrew lists, an Arabic sentence under a
// rivals label, and a stage value judged terse on the whole mail. Invented wording; each with a
// look-alike that names no rival.
import { describe, expect, it } from "vitest";
import { findCompetitorsInProse, parseCompetitorList } from "../../services/parser/normalise/competitors.ts";

describe("rival cues in more languages", () => {
  it.each([
    // Greek: the list's "και", an offer from a rival
    ["Συγκρίνουν με Quorvex και Delvo πριν αποφασίσουν.", ["Quorvex", "Delvo"]],
    ["Πήραν χθες προσφορά από Quorvex.", ["Quorvex"]],
    ["Η εταιρεία ζήτησε προσφορές (και από Delvo).", ["Delvo"]],
    // Vietnamese: a kind word before the name, "giữa X và Y", a trial of a rival
    ["Họ đang so sánh với giải pháp Quorvex.", ["Quorvex"]],
    ["Khách so sánh báo giá giữa Quorvex và Delvo.", ["Quorvex", "Delvo"]],
    ["Khách đang dùng thử Quorvex nhưng chưa hài lòng.", ["Quorvex"]],
    // Hungarian: "a X és a Y ajánlatával vetik össze"
    ["Most a Quorvex és a Delvo ajánlatával vetik össze.", ["Quorvex", "Delvo"]],
    // Arabic: the verb with its object joined, the noun, the offers weighed, the system used now
    ["ويقارنونه مع Quorvex قبل القرار.", ["Quorvex"]],
    ["الحالة: عرض تجريبي ومقارنة مع Quorvex", ["Quorvex"]],
    ["نقارن بين عرضكم وعرض Delvo هذا الشهر.", ["Delvo"]],
    ["يستخدمون حالياً Quorvex للحجوزات.", ["Quorvex"]],
    // Hebrew: checking rivals by name, two weighed, a pilot with a rival
    ["הם בודקים את Quorvex ואת Delvo.", ["Quorvex", "Delvo"]],
    ["בדקו גם את Quorvex בשנה שעברה.", ["Quorvex"]],
    ["אנחנו משווים עכשיו בין Brantly ל-Quorvex.", ["Quorvex"]],
    ["הם בפיילוט עם Delvo מאז ינואר.", ["Delvo"]],
    // Japanese: a blank before the particle; Chinese: the name glued to the letters around it
    ["状況：試用中、Quorvex と比較検討中", ["Quorvex"]],
    ["客户目前正在与Quorvex比较", ["Quorvex"]],
  ])("%s", (text, want) => expect(findCompetitorsInProse(text, ["Brantly"])).toEqual(want));

  it.each([
    ["Η προσφορά από εμάς στάλθηκε χθες."],
    ["Cửa hàng đang dùng thử gói cơ bản."],
    ["A költségeket az ajánlatával vetik össze."],
    ["مقارنة مع العام الماضي، زاد عدد الزوار."],
    ["הם בודקים את הצעת המחיר שלנו."],
    // a Latin word running on into Japanese is a note (a PoC under way), not a rival
    ["PoC実施中と比較検討中"],
    ["客户正在与我们的方案比较"],
  ])("%s -> none", (text) => expect(findCompetitorsInProse(text)).toEqual([]));
});

describe("lists under a rivals label", () => {
  it.each([
    // an Arabic sentence beside Latin names is read as prose, not taken whole as one name
    ["يستخدمون حالياً Quorvex ويقارنونه مع Delvo.", ["Quorvex", "Delvo"]],
    ["Quorvex và Delvo cũng đã gửi báo giá.", ["Quorvex", "Delvo"]],
    // one name in Hebrew letters stays a name
    ["קוורבקס", ["קוורבקס"]],
  ])("%s", (value, want) => expect(parseCompetitorList(value)).toEqual(want));
});

describe("a stage value is terse only when the mail is", () => {
  const mail = "Hello Team,\nPlease register Larchwood Kennels Ltd. Stage: pilot in two branches, comparing offers";
  it("reads no lower-case word as a rival in a mail written with capitals", () =>
    expect(findCompetitorsInProse("pilot in two branches, still comparing proposals", [], mail)).toEqual([]));
  it("still reads one in a note typed all in lower case", () =>
    expect(
      findCompetitorsInProse(
        "pilot in two branches, also talking to quorvex about it",
        [],
        "pilot in two branches, also talking to quorvex about it",
      ),
    ).toEqual(["quorvex"]));
});
