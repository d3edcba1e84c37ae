// Chinese cue entries (services/parser/lang/zh.ts), simplified and traditional: stage, consent and
// motion, each in a sentence written for this test (invented names, never a corpus mail's words),
// with the near misses the risky ones must leave alone.
import { describe, expect, it } from "vitest";
import { detectStage } from "../../../services/parser/normalise/stage.ts";
import { detectConsent } from "../../../services/parser/normalise/consent.ts";
import { detectMotion } from "../../../services/parser/normalise/motion.ts";

describe("Chinese stage cues", () => {
  it.each([
    ["客户上周要求报价。", "evaluation"],
    ["我們已發送報價單給對方。", "evaluation"],
    ["报价单已提交。", "evaluation"],
    ["对方正在询价。", "evaluation"],
    ["目前在兩家門店試用。", "evaluation"],
    ["试点项目下月开始。", "evaluation"],
    ["正在做概念验证。", "evaluation"],
    ["目前處於測試階段。", "evaluation"],
    ["他们在比较几家供应商。", "evaluation"],
    ["明年三月公开招标。", "evaluation"],
    ["方案已提交给采购部。", "evaluation"],
    ["預算已獲批准。", "evaluation"],
    ["项目处于选型阶段。", "evaluation"],
    ["会议已安排在下周三。", "discovery_scheduled"],
    ["演示約好了週五下午。", "discovery_scheduled"],
    ["已经约了下周的线上会议。", "discovery_scheduled"],
    ["这是初次接触。", "new_intro"],
    ["一條新線索。", "new_intro"],
    ["我们只是推荐。", "new_intro"],
    ["他们正在考虑更换现有系统。", "new_intro"],
    ["还没有安排会议。", "new_intro"],
    ["暫無會議。", "new_intro"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    // said not to have happened, or only wished
    ["还没试用。", null],
    ["预算尚未批准。", null],
    ["会议还没安排好。", "new_intro"],
  ])("not so: %s -> %s", (text, want) => expect(detectStage(text)).toBe(want));
});

describe("Chinese consent cues", () => {
  it.each([
    ["客户同意贵司直接联系。", true],
    ["對方願意接聽你們的電話。".replace("接聽你們的電話", "你們打電話"), true],
    ["您可以直接联系他。", true],
    ["客戶正在等你們的來電。", true],
    ["请勿直接联系客户。", false],
    ["暫時不要聯繫對方。", false],
    ["等我们确认后再说。", false],
    ["客户尚未同意。", false],
    ["還沒有獲得客戶的同意。", false],
  ])("%s -> %s", (text, want) => expect(detectConsent(text)).toBe(want));

  it.each([
    // the partner's own sign-off, a meeting to be confirmed, "special contact"
    "如有问题可以直接联系我们。",
    "等确认后安排会议。",
    "这是特别联系人。",
  ])("no answer: %s", (text) => expect(detectConsent(text)).toBeNull());
});

describe("Chinese motion cues", () => {
  it.each([
    ["由我司采购后交付。", "resale"],
    ["通過我們簽約。", "resale"],
    ["我们转售许可证。", "resale"],
    ["我司作为贵司的经销商。", "resale"],
    ["由我方开具发票。", "resale"],
    ["我司负责实施和培训。", "services"],
    ["我們提供安裝與維護。", "services"],
    ["实施服务由合作伙伴完成。", "services"],
    ["我司是一家系統整合商。", "services"],
    ["包含託管服務。", "services"],
    ["我们只负责介绍。", "referral"],
    ["介紹費按比例計算。", "referral"],
    ["由贵司直接签约。", "referral"],
    ["需要与我们的平台对接。", "technology"],
    ["雙方有技術合作。", "technology"],
    ["计划联合销售。", "technology"],
    ["希望通过AWS市场采购。", "marketplace"],
    ["在阿里雲市場購買。", "marketplace"],
  ])("%s -> %s", (text, want) => expect(detectMotion(text)).toBe(want));

  it.each([
    // the prospect is a distributor; its own systems to join are its need
    "客户是一家医疗器械经销商。",
    "需要与ERP系统集成。",
  ])("no motion: %s", (text) => expect(detectMotion(text)).toBeNull());
});

describe("Chinese full stops end a clause for the cue detectors", () => {
  it.each([
    ["If you need anything, 请告诉我。Demo booked for Tuesday.", "discovery_scheduled"],
    ["If you need anything, 請告訴我！Demo booked for Tuesday.", "discovery_scheduled"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));
});

describe("Chinese consent labels", () => {
  it.each([
    ["同意联系：是", true],
    ["同意联系：否", false],
    ["聯繫許可：可以", true],
    ["是否同意聯繫：不同意", false],
    ["客户同意：已同意", true],
    ["联系许可：未同意", false],
    // the label's own words ("同意联系") are no permission: an answer that is none says nothing
    ["同意联系：待定", null],
  ])("%s -> %s", (text, want) => expect(detectConsent(text)).toBe(want));
});
