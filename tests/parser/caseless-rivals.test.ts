// A rival a Chinese, Japanese or Korean note names in its own script beside the word of weighing
// offers (normalise/caseless-rivals.ts, lang/caseless-rivals.ts): each entry with an invented
// name, and look-alikes that name no rival.
import { describe, expect, it } from "vitest";
import { CASELESS_RIVAL_WORDS } from "../../services/parser/lang/caseless-rivals.ts";
import { caselessRivals } from "../../services/parser/normalise/caseless-rivals.ts";

const { zh, ja, ko } = CASELESS_RIVAL_WORDS;

describe("Chinese", () => {
  it.each(zh.progressive!.map((w) => [w]))("%s与<name>比较", (p) =>
    expect(caselessRivals(`客户目前${p}与青岚云比较。`, [])).toEqual(["青岚云"]),
  );
  it.each(zh.with.map((w) => [w]))("正在%s<name>的方案做比较", (w) =>
    expect(caselessRivals(`客户正在${w}青岚云的方案做比较`, [])).toEqual(["青岚云"]),
  );
  it.each(zh.compare.map((w) => [w]))("也在%s <name> 的报价", (c) =>
    expect(caselessRivals(`也在${c} 青岚云 的报价。`, [])).toEqual(["青岚云"]),
  );
  it.each(zh.looked!.map((w) => [w]))("%s<name>，", (l) =>
    expect(caselessRivals(`之前${l}青岚云，但不合适`, [])).toEqual(["青岚云"]),
  );
  it.each(zh.offer!.map((w) => [w]))("在比较<name>的%s", (o) =>
    expect(caselessRivals(`同时在比较青岚云的${o}`, [])).toEqual(["青岚云"]),
  );
  it.each(zh.notName.map((w) => [w]))("%s names no rival", (w) =>
    expect(caselessRivals(`客户正在与${w}比较，也在看${w}的方案`, [])).toEqual([]),
  );
  it.each(zh.offer!.map((w) => [w]))("the offer word %s alone names no rival", (o) =>
    expect(caselessRivals(`客户正在比较${o}，下周定`, [])).toEqual([]),
  );
  it.each(zh.notNameStart!.map((w) => [w]))("a phrase opening with %s names no rival", (w) =>
    expect(caselessRivals(`并在比较${w}家系统的报价。`, [])).toEqual([]),
  );
  it.each([
    // "比较" as "rather", with no progressive word before it
    ["这个流程比较麻烦，大家都不喜欢"],
    ["和青岚云比较起来，我们更便宜"],
    // a name running on into a word that is no offer
    ["在比较麻烦的情况下再联系"],
  ])("%s -> none", (t) => expect(caselessRivals(t, [])).toEqual([]));
  it("leaves out an excluded name (the vendor's)", () =>
    expect(caselessRivals("正在与青岚云比较", ["青岚云"])).toEqual([]));
});

describe("Japanese", () => {
  it.each(ja.with.map((w) => [w]))("<katakana>%s比較", (w) =>
    expect(caselessRivals(`トライアル中（ミナトレジ${w}比較検討中）`, [])).toEqual(["ミナトレジ"]),
  );
  it.each(ja.with.map((w) => [w]))("（<name>）%s比較", (w) =>
    expect(caselessRivals(`他社（港北ソフト工房）${w}比較中`, [])).toEqual(["港北ソフト工房"]),
  );
  it.each(ja.notName.map((w) => [w]))("%s names no rival", (w) =>
    expect(caselessRivals(`見積提出済み、${w}と比較中`, [])).toEqual([]),
  );
  it("hiragana before the particle is no name", () => expect(caselessRivals("これと比較して", [])).toEqual([]));
  it("a list in brackets with Latin names is no name of the script", () =>
    expect(caselessRivals("他社（Quillo、Brennwald）と比較検討中", [])).toEqual([]));
});

describe("Korean", () => {
  it.each(ko.with.map((w) => [w]))("<name>%s 비교", (w) =>
    expect(caselessRivals(`견적서 제출, 바다포스${w} 비교 중`, [])).toEqual(["바다포스"]),
  );
  it.each(ko.notName.map((w) => [w]))("%s names no rival", (w) =>
    expect(caselessRivals(`${w}과 비교 중, ${w}와 비교해서`, [])).toEqual([]),
  );
});
