// Korean registering phrases of a lead handed over on a phone (services/parser/lang/ko.ts):
// "new lead", "sharing a lead", "a short registration of the case", each in an invented sentence,
// and the same words where they register nothing (a question, a newsletter, an auto-reply).
import { describe, expect, it } from "vitest";
import { asksToRegister, saysRegistering } from "../../../services/parser/normalise/cues.ts";

describe("ko: a lead handed over", () => {
  it.each([
    "신규 리드입니다. 대전 바람꽃 제과 박서윤 점장님 010-0000-1111",
    "광주 솔빛 공방 리드 하나 공유드려요. 오세린 대표님입니다.",
    "리드 공유: 춘천 구름다리 카페, 한도윤 매니저",
    "리드를 전달드립니다. 울산 파란돛 요트클럽",
    "목포 건 간단 등록합니다. 윤하람 과장님 소개받았습니다.",
  ])("%s", (text) => {
    expect(saysRegistering(text)).toBe(true);
    expect(asksToRegister(text)).toBe(true);
  });

  it.each([
    // a newsletter on winning new leads
    "이번 주 웨비나: 신규 리드 확보 전략과 사례",
    "신규 리드를 늘리는 다섯 가지 방법을 소개합니다",
    // an auto-reply
    "현재 휴가 중입니다. 리드 관련 문의는 다음 주에 답변드리겠습니다.",
    // a leader, not a lead
    "팀 리더 공유 일정은 금요일입니다",
  ])("%s registers nothing", (text) => {
    expect(saysRegistering(text)).toBe(false);
  });

  it("a question asks to register nothing", () => {
    expect(asksToRegister("신규 리드는 어떻게 공유하면 되나요?")).toBe(false);
    expect(asksToRegister("리드 공유는 어디로 보내야 하나요?")).toBe(false);
  });
});
