// Korean label words, registering phrases and cue phrases. Particles join the word before them ("등록을"), so a
// registering phrase is matched as written, without word boundaries of its own.
import type { CueTable, LabelTable } from "./types.ts";

export const labels: LabelTable = {
  company: ["고객사", "고객사명", "회사명", "업체명", "기업명", "고객명"],
  website: ["홈페이지", "웹사이트"],
  contactName: ["담당자", "담당자명", "고객 담당자"],
  role: ["직책", "직급", "부서"],
  email: ["이메일", "메일", "이메일 주소"],
  phone: ["연락처", "전화", "전화번호", "휴대폰"],
  stage: ["진행 단계", "진행 상황", "단계"],
  value: ["예상 금액", "예산", "금액", "예상 규모"],
  competitors: ["경쟁사", "경쟁 업체"],
  need: ["니즈", "요구사항", "과제", "비고"],
  region: ["지역", "소재지"],
  consent: ["연락 동의", "담당자 연락 동의", "고객 연락 동의"],
  product: ["관심 제품", "제품"],
  currency: ["통화"],
};

/** Registering phrases (see CueTable.registering); the cue tables are `cues`. */
export const registering: readonly string[] = [
  // "딜 등록" (deal registration), "등록 요청" / "등록을 부탁" (asking to register), "신규 고객" (a new customer)
  "(?:딜|건|고객사?) 등록",
  "등록(?:을)? (?:요청|부탁|신청)",
  "신규 (?:고객|딜|영업 ?기회)",
];

/**
 * Cue phrases (see CueTable). Particles join the word before them, so a phrase is matched
 * wherever it stands among Korean letters (normalise/cues.ts: CUE_START).
 */
export const cues: CueTable = {
  problem: {
    // "엑셀과 종이 기록으로", "수기로"
    strong: ["엑셀", "종이", "수기"],
    // bookings taken by a messenger app: "카카오톡으로 받고", "카톡으로 받음"
    channel: ["카카오톡", "카톡"],
  },
  // "예" / "네" answer a consent label ("연락 동의: 예"); "아니오" refuses it
  yes: ["예", "네"],
  no: ["아니오", "아니요"],
  stage: {
    // a meeting or a demo, then fixed within a few characters: "첫 미팅 예정", "시연 일정 확정"
    discovery: [String.raw`(?:미팅|회의|데모|시연|방문)[^.\n]{0,8}?(?:예정|확정|잡혔|잡았)`],
    event: ["미팅"],
    // a proposal or quote asked for: "제안서 요청", "견적 요청 받음"
    evaluation: [String.raw`(?:제안서|견적서?)\s?(?:요청|제출|발송)`],
    // still at the introduction: "아직 첫 소개 단계입니다"
    newIntro: [String.raw`(?:첫\s?)?소개\s?단계`],
  },
  consent: {
    // the prospect agreed to be contacted: "연락에 동의했습니다", "연락 동의함"
    permission: [
      String.raw`연락(?:에|을)?\s?동의(?:했|하셨|함|하였)`,
      // the partner got the prospect's yes: "연락 동의 받았습니다", "연락해도 된다는 동의를 받았습니다"
      String.raw`연락[^.\n]{0,12}?동의(?:를|도)?\s?(?:받았|받음|얻었)`,
    ],
  },
  // bought and resold by the partner: "재판매"
  motion: { resale: ["재판매"] },
};
