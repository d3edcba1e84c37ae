// Problem cues in Thai, Chinese, Arabic and Hebrew (whose tables had none) and more in Japanese and
// Korean: one invented sentence per entry, each found as the need; and the phrase read from prose
// starts at the sentence with the cue.
import { describe, expect, it } from "vitest";
import { findProblem } from "../../services/parser/extract/prose-fields.ts";
import { needPhrase } from "../../services/parser/extract/need-phrase.ts";

describe("problem: cues of languages that had none", () => {
  it.each([
    ["ร้านยังจดคิวลงกระดาษทุกวัน", "th: กระดาษ (paper)"],
    ["พนักงานบันทึกสต็อกในสมุดเล่มเดียว", "th: สมุด (notebook)"],
    ["ยอดขายหน้าร้านไม่ตรงกันกับบัญชี", "th: ไม่ตรงกัน (does not match)"],
    ["เจ้าของอยากได้แอปสะสมแต้มสำหรับลูกค้า", "th: อยากได้ (wants)"],
    ["โรงเรียนต้องการระบบลงเวลาครู", "th: ต้องการ (needs)"],
    ["ผู้จัดการสนใจระบบจองห้องประชุม", "th: สนใจ (interested)"],
    ["仓库的出入库记录全靠人工填写", "zh: 人工 (by hand)"],
    ["各分店的会员资料分散在不同表格里", "zh: 分散 (scattered)"],
    ["每月对账非常麻烦", "zh: 麻烦 (troublesome)"],
    ["他們想要一套線上報名系統", "zh-Hant: 想要 (want)"],
    ["老板需要看到每家店的毛利", "zh: 需要 (needs)"],
    ["店舗ごとの売上データがバラバラで集計に時間がかかっている", "ja: バラバラ (scattered)"],
    ["来店予約をまとめて管理したいとのことです", "ja: したい (wants to)"],
    ["점검 일정을 정리하는 것이 어렵다고 합니다", "ko: 어렵 (hard)"],
    ["회원 명단과 결제가 따로 관리되고 있습니다", "ko: 따로 (apart)"],
    ["작업 사진을 앱으로 받고 싶어 합니다", "ko: 싶어 (wants)"],
    ["يتم تسجيل الطلبات يدوياً في كل فرع", "ar: يدوياً (by hand)"],
    ["نعاني من تأخر الفواتير كل شهر", "ar: نعاني (we suffer)"],
    ["يحتاجون نظاماً لجدولة الفنيين", "ar: يحتاجون (they need)"],
    ["הספירה במחסן נעשית ידנית פעם בחודש", "he: ידנית (by hand)"],
    ["הם רוצים אפליקציה להזמנת תורים", "he: רוצים (they want)"],
    ["המשמרות מתוכננות באקסל משותף", "he: באקסל (in a spreadsheet)"],
  ])("%s (%s)", (text) => expect(findProblem([text])).toBe(text));

  it.each([
    "ส่งจาก iPhone ของฉัน",
    "请尽快回复，谢谢",
    "よろしくお願いいたします",
    "شكراً لكم على التعاون",
    "תודה רבה ויום טוב",
  ])("finds no need in %s", (text) => expect(findProblem([text])).toBeNull());

  it("starts the phrase read from prose at the sentence with the cue", () => {
    expect(needPhrase("先日はお世話になりました。倉庫の棚卸しを紙で管理しています。", true)).toBe(
      "倉庫の棚卸しを紙で管理しています",
    );
    // a labelled value keeps its first sentence: the partner wrote it under the need
    expect(needPhrase("Ordering for four kitchens. Stock is counted on paper.")).toBe(
      "Ordering for four kitchens. Stock is counted on paper",
    );
  });
});
