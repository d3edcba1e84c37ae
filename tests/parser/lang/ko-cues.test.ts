// Korean cue entries (services/parser/lang/ko.ts): stage, consent and motion, each in a sentence
// written for this test (invented names, never a corpus mail's words), with the near misses the
// risky ones must leave alone. Particles join the word before them: a cue stands among Hangul.
import { describe, expect, it } from "vitest";
import { detectStage } from "../../../services/parser/normalise/stage.ts";
import { detectConsent } from "../../../services/parser/normalise/consent.ts";
import { detectMotion } from "../../../services/parser/normalise/motion.ts";

describe("Korean stage cues", () => {
  it.each([
    ["다음 주 화요일에 방문하기로 했습니다.", "discovery_scheduled"],
    ["킥오프 미팅 세팅 완료했습니다.", "discovery_scheduled"],
    ["화상 회의가 목요일로 잡혀 있습니다.", "discovery_scheduled"],
    ["PT는 다음 달 3일 진행 예정입니다.", "discovery_scheduled"],
    ["데모 일정 확정되었습니다.", "discovery_scheduled"],
    ["견적서를 보내 드렸습니다.", "evaluation"],
    ["제안서를 받았다고 합니다.", "evaluation"],
    ["현재 트라이얼 진행 중입니다.", "evaluation"],
    ["두 지점에서 파일럿을 돌리고 있습니다.", "evaluation"],
    ["공장에 시범 도입 중입니다.", "evaluation"],
    ["테스트 기간은 한 달입니다.", "evaluation"],
    ["무료 체험판을 쓰고 있습니다.", "evaluation"],
    ["평가판 설치를 마쳤습니다.", "evaluation"],
    ["개념 검증을 준비하고 있습니다.", "evaluation"],
    ["내부적으로 비교 검토 중입니다.", "evaluation"],
    ["경쟁사와 비교하고 있습니다.", "evaluation"],
    ["예산 승인 절차가 끝났습니다.", "evaluation"],
    ["품의를 올렸다고 합니다.", "evaluation"],
    ["내년 초 입찰이 있습니다.", "evaluation"],
    ["제안 요청서를 받았습니다.", "evaluation"],
    ["구매 절차를 밟는 중입니다.", "evaluation"],
    ["첫 접촉입니다.", "new_intro"],
    ["아직 초기 단계입니다.", "new_intro"],
    ["신규 리드 공유드립니다.", "new_intro"],
    ["이번에는 소개만 드립니다.", "new_intro"],
    ["단순 소개 건입니다.", "new_intro"],
    ["기존 시스템 교체를 고려 중입니다.", "new_intro"],
    ["아직 정보 수집 단계입니다.", "new_intro"],
    ["미팅 일정은 아직 없습니다.", "new_intro"],
    ["아직 미팅 전입니다.", "new_intro"],
    ["일정은 아직 미정입니다.", "new_intro"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    // a meeting not fixed, a data-gathering need, a presentation in Latin text
    ["미팅은 아직 안 잡혔습니다.", "new_intro"],
    ["고객 정보 수집을 자동화하고 싶어 합니다.", null],
  ])("not so: %s -> %s", (text, want) => expect(detectStage(text)).toBe(want));
});

describe("Korean consent cues", () => {
  it.each([
    ["직접 연락하셔도 됩니다.", true],
    ["연락 주셔도 괜찮습니다.", true],
    ["직접 연락 부탁드립니다.", true],
    ["고객님이 귀사의 연락을 기다리고 있습니다.", true],
    ["대표님께 연락 허락을 받았습니다.", true],
    ["담당자는 연락에 동의했습니다.", true],
    ["당분간 연락은 삼가 주세요.", false],
    ["아직 연락하지 마세요.", false],
    ["제가 먼저 소개한 후 연락 주세요.", false],
    ["연락 동의를 아직 받지 못했습니다.", false],
    ["아직 동의를 못 받았습니다.", false],
  ])("%s -> %s", (text, want) => expect(detectConsent(text)).toBe(want));

  it("the partner's own closing line is no consent", () => expect(detectConsent("연락 기다리겠습니다.")).toBeNull());
});

describe("Korean motion cues", () => {
  it.each([
    ["저희는 리셀러로 참여합니다.", "resale"],
    ["라이선스는 저희를 통해 구매합니다.", "resale"],
    ["계약은 당사 명의로 진행합니다.", "resale"],
    ["국내 총판 자격으로 공급합니다.", "resale"],
    ["당사에서 구매 후 납품합니다.", "resale"],
    ["저희가 구축과 교육을 맡습니다.", "services"],
    ["유지보수는 당사가 담당합니다.", "services"],
    ["구축 및 운영까지 지원합니다.", "services"],
    ["저희는 소개만 하고 빠지겠습니다.", "referral"],
    ["소개 수수료만 받습니다.", "referral"],
    ["리퍼럴 건으로 등록합니다.", "referral"],
    ["귀사가 고객사와 직접 계약하시면 됩니다.", "referral"],
    ["API 연동이 필요합니다.", "technology"],
    ["기술 제휴 관계입니다.", "technology"],
    ["공동 영업으로 진행합니다.", "technology"],
    ["AWS 마켓플레이스로 구매 예정입니다.", "marketplace"],
    ["마켓플레이스를 통해 결제합니다.", "marketplace"],
  ])("%s -> %s", (text, want) => expect(detectMotion(text)).toBe(want));

  it("not a reseller: 'we won't buy and resell'", () => expect(detectMotion("저희는 재판매를 안 합니다.")).toBeNull());
});

describe("Korean negation after a cue", () => {
  it.each([
    ["저희는 재판매는 하지 않습니다.", null],
    ["트라이얼은 못 합니다.", null],
  ])("%s -> %s", (text, want) => expect(text.includes("재판매") ? detectMotion(text) : detectStage(text)).toBe(want));
});
