// Korean label words, registering phrases and cue phrases. Particles join the word before them ("등록을"), so a
// registering phrase is matched as written, without word boundaries of its own.
import type { CueTable, LabelTable } from "./types.ts";

export const labels: LabelTable = {
  company: [
    "고객사",
    "고객사명",
    "회사명",
    "업체명",
    "기업명",
    "고객명",
    // the company, the body's name, the legal entity's name
    "회사",
    "기관명",
    "기관",
    "법인명",
    // the body (group) and its name, a club and its name
    "단체",
    "단체명",
    "클럽",
    "클럽명",
  ],
  website: [
    "홈페이지",
    "웹사이트",
    // the site, the domain
    "웹 사이트",
    "사이트",
    "도메인",
  ],
  contactName: [
    "담당자",
    "담당자명",
    "고객 담당자",
    // the person in charge (short), the full name
    "담당",
    "성명",
  ],
  // "직함": a title
  role: [
    "직책",
    "직급",
    "부서",
    "직함",
    // the rank
    "직위",
  ],
  email: [
    "이메일",
    "메일",
    "이메일 주소",
    // the mail address
    "메일 주소",
    "이메일주소",
  ],
  phone: [
    "연락처",
    "전화",
    "전화번호",
    "휴대폰",
    // the mobile phone, the telephone number
    "휴대전화",
    "핸드폰",
    "휴대폰 번호",
    "전화 번호",
  ],
  stage: [
    "진행 단계",
    "진행 상황",
    "단계",
    // the current stage, the progress
    "현재 단계",
    "진행상황",
    "진행 현황",
  ],
  value: [
    "예상 금액",
    "예산",
    "금액",
    "예상 규모",
    // the expected amount written as one word, the deal's size
    "예상금액",
    "딜 규모",
    "거래 규모",
    "예산 규모",
  ],
  // "경쟁: X" (competition) as a short form label writes it
  competitors: [
    "경쟁사",
    "경쟁 업체",
    "경쟁",
    // competing products
    "경쟁 제품",
  ],
  need: [
    "니즈",
    "요구사항",
    "과제",
    "비고",
    // what is needed, the customer's task, the requirements, the problem
    "필요 사항",
    "필요사항",
    "고객 과제",
    "요구 사항",
    "주요 과제",
    "문제",
    "문제점",
    "고객 니즈",
    // the current state, the request, the worry, the content of the matter ("현황: 재고를 수기로 …")
    "현황",
    "요청 사항",
    "요청사항",
    "고민",
    "내용",
  ],
  region: [
    "지역",
    "소재지",
    // the location, the town
    "위치",
    "도시",
  ],
  consent: [
    "연락 동의",
    "담당자 연락 동의",
    "고객 연락 동의",
    // the customer's consent, contact allowed
    "고객 동의",
    "연락 허용",
    "연락 가능 여부",
  ],
  // the product, the module of interest
  product: ["관심 제품", "제품", "관심 모듈"],
  currency: ["통화"],
  // the form of co-operation, the way, the way of selling, our role
  motion: ["협력 형태", "방식", "협업 방식", "판매 방식", "당사 역할", "저희 역할"],
};

/** Registering phrases (see CueTable.registering); the cue tables are `cues`. */
export const registering: readonly string[] = [
  // "딜 등록" (deal registration), "등록 요청" / "등록을 부탁" (asking to register), "신규 고객" (a new customer)
  "(?:딜|건|고객사?) 등록",
  "등록(?:을)? (?:요청|부탁|신청)",
  "신규 (?:고객|딜|영업 ?기회)",
  // a lead handed over: "신규 리드" (a new lead), "리드 공유" / "리드 하나 공유드려요" (sharing a
  // lead), "리드 전달" (passing a lead on), not the newsletter's "신규 리드 확보" (winning new leads); "건 간단 등록" (a
  // short registration of the case)
  "신규 ?리드(?!를|\\s?(?:확보|발굴|생성|관리))",
  "리드(?:를)? (?:(?:하나|한 ?건) )?(?:공유|전달)",
  "건 간단 ?등록",
];

/** The meeting nouns: a meeting, a conference, a demo, a showing, a visit, a presentation, a video call, a kick-off. */
const MEETING = String.raw`(?:미팅|회의|데모|시연|방문|발표|pt(?![a-z])|화상\s?(?:회의|미팅)|킥오프|면담|통화)`;
/** Words between a meeting noun and the word that fixes it: particles, a date, an hour, all in one sentence. */
const GAP = String.raw`[^.\n]{0,12}?`;
/** Us, the partner: "저희", "당사", "저희 회사", "우리 회사". */
const US = String.raw`(?:저희|당사|저희\s?회사|우리\s?회사|폐사)`;

/**
 * Cue phrases (see CueTable). Particles join the word before them, so a phrase is matched
 * wherever it stands among Korean letters (normalise/cues.ts: CUE_START); a blank between words
 * is optional (`\s?`), as writers join or split them.
 */
export const cues: CueTable = {
  // a count of sites or vehicles opening the need, then "의"; a date is none ("학원 9개 지점의 …", "120대 버스의 …")
  needSize: [
    String.raw`(?:[\p{sc=Hangul}·]{1,8}\s){0,2}\d[\d,]*(?![년월일])\p{sc=Hangul}{0,2}(?:\s\p{sc=Hangul}{1,6}){0,2}의(?=\s)`,
  ],
  // "대구에 있는 꽃집을 소개합니다": the place the prospect is in, a particle after its name
  placeParticle: ["에 있는", "에 위치한"],
  // weighing offers: "비교" (comparison)
  comparisonWord: ["비교"],
  problem: {
    // "엑셀과 종이 기록으로", "수기로"
    // a worry or a difficulty ("고민", "어렵다", "어려움"), kept apart ("따로 관리")
    strong: ["엑셀", "종이", "수기", "고민", "어렵", "어려움", "따로"],
    // a wish ("보여주고 싶어합니다": wants to show; "자동화 원함", "원합니다": wants), an interest
    // ("관심"), a need ("필요하다고 합니다"; not the partner's "필요하시면", if you need), a search
    // ("찾고 계세요": is looking for)
    weak: ["싶어", "싶음", "관심", "원함", "원해", "원합니다", "원한다", String.raw`필요(?!하시면|하면|하실)`, "찾고"],
    // bookings taken by a messenger app: "카카오톡으로 받고", "카톡으로 받음"
    channel: ["카카오톡", "카톡"],
  },
  // "예" / "네" answer a consent label ("연락 동의: 예"); "아니오" refuses it
  yes: ["예", "네"],
  no: ["아니오", "아니요"],
  // "안" / "못" stand as words of their own before the verb they negate: "아직 안 잡혔습니다", "미팅을 못 잡았습니다"
  negationBefore: ["안", "못"],
  // and after the cue, past its particle: "재판매를 안 합니다", "재판매는 하지 않습니다"
  negationAfter: [
    String.raw`(?:을|를|은|는|도)?\s?(?:안|못)`,
    String.raw`(?:을|를|은|는|도)?\s?하지\s?(?:않|못)\p{L}*`,
  ],
  stage: {
    // a meeting or a demo, then fixed within a few characters: "첫 미팅 예정", "시연 일정 확정",
    // "다음 주 화요일 방문하기로 했습니다", "킥오프 미팅 세팅 완료"
    discovery: [
      // a weekday, then a call or meeting planned: "목요일에 통화 예정", "금요일 콜 잡혔어요"
      String.raw`[월화수목금토일]요일\s*에?\s*(?:통화|콜|미팅|회의|데모|시연)\s*(?:예정|잡혔|잡혀)`,
      String.raw`(?:미팅|회의|데모|시연|방문)[^.\n]{0,8}?(?:예정|확정|잡혔|잡았)`,
      String.raw`${MEETING}${GAP}(?:잡혀\s?있|잡아\s?(?:두었|뒀|놓았|놨)|잡음|하기로\s?(?:했|함|하였)|세팅\s?(?:완료|했|됨)|진행\s?예정)`,
      // the date fixed: "일정 확정되었습니다", "날짜를 잡았습니다"
      String.raw`(?:일정|날짜)(?:이|을|를|은|는)?\s?(?:확정|잡혔|잡았|정해졌|정했)`,
    ],
    event: ["미팅"],
    evaluation: [
      // a proposal or quote asked for: "제안서 요청", "견적 요청 받음", "견적서를 보냈습니다"
      String.raw`(?:제안서|견적서?)\s?(?:요청|제출|발송)`,
      String.raw`(?:제안서|견적서?)(?:을|를)?\s?(?:받았|받음|보냈|보내\s?드렸|드렸|전달|문의)`,
      // a trial, a pilot, a proof of concept, a test run: "트라이얼 진행 중", "파일럿 운영", "시범 도입"
      "트라이얼",
      "파일럿",
      String.raw`시범\s?(?:운영|도입|사용|적용)`,
      String.raw`테스트\s?(?:중|진행|단계|기간)`,
      String.raw`(?:무료\s?)?체험판`,
      // a trial running, a quote asked: "2주 무료 체험 중", "견적서를 요청받은 상태"
      String.raw`(?:무료\s?)?체험\s?중`,
      String.raw`견적(?:서)?(?:를|을)?\s?요청(?:받|했|하였)`,
      "평가판",
      String.raw`개념\s?검증`,
      // weighing offers: "타사와 비교 중", "비교 검토", "여러 업체를 비교"
      String.raw`비교\s?(?:검토|중|하고\s?있)`,
      String.raw`(?:타사|다른\s?업체|경쟁사|여러\s?업체)(?:와|랑|들과|를|들을)?\s?비교`,
      // the budget approved or being approved, an internal sign-off ("품의"), a tender, an RFP
      String.raw`예산\s?(?:승인|확보|편성|배정)`,
      "품의",
      "입찰",
      String.raw`제안\s?요청서`,
      String.raw`구매\s?(?:검토|절차|프로세스)`,
      // a trial running, a quote under review: "체험 진행 중", "견적을 검토 중", "견적서 검토 중"
      String.raw`체험\s?진행\s?중`,
      String.raw`견적(?:서)?(?:을|를)?\s?검토\s?중`,
    ],
    newIntro: [
      // still at the introduction: "아직 첫 소개 단계입니다"
      String.raw`(?:첫\s?)?소개\s?단계`,
      // the writer introducing the prospect: "건 소개드립니다", "고객을 소개해 드립니다"
      String.raw`소개\s?(?:드립니다|드려요|해\s?드립니다)`,
      // a first contact, an early stage, a new lead: "첫 접촉", "초기 단계", "신규 리드"
      String.raw`첫\s?(?:접촉|컨택|연락|문의)`,
      String.raw`초기\s?(?:단계|접촉|문의|검토)`,
      String.raw`신규\s?(?:리드|문의)`,
      // only an introduction: "소개만 드립니다", "단순 소개"
      "소개만",
      String.raw`단순\s?소개`,
      // thinking about a switch, no more: "교체를 고려 중", "도입을 고려하고 있습니다"
      String.raw`(?:교체|도입|전환)(?:을|를)?\s?고려`,
      // gathering information: "정보 수집 단계"
      String.raw`정보\s?수집\s?(?:단계|중)`,
      // no meeting yet: "미팅 일정은 아직 없습니다", "아직 미팅 전입니다", "일정 미정"
      String.raw`${MEETING}(?:\s?일정)?(?:은|는|이)?\s?아직\s?(?:없|미정|전)`,
      String.raw`아직\s?${MEETING}\s?(?:전|일정\s?없)`,
      String.raw`(?:일정|날짜)(?:은|는)?\s?(?:아직\s?)?미정`,
    ],
  },
  consent: {
    permission: [
      // the prospect agreed to be contacted: "연락에 동의했습니다", "연락 동의함"
      String.raw`연락(?:에|을)?\s?동의(?:했|하셨|함|하였)`,
      // the partner got the prospect's yes: "연락 동의 받았습니다", "연락해도 된다는 동의를 받았습니다"
      String.raw`연락[^.\n]{0,12}?동의(?:를|도)?\s?(?:받았|받음|얻었)`,
      // no objection to the vendor's call: "직접 연락하셔도 됩니다", "연락 주셔도 괜찮습니다"
      String.raw`연락\s?(?:해도|하셔도|주셔도|드려도)\s?(?:됩니다|된다|돼요|괜찮|좋습니다|좋다|무방)`,
      String.raw`직접\s?연락\s?(?:가능|부탁)`,
      // the prospect awaits the vendor's call: "고객님이 연락을 기다리고 있습니다" (the partner's own
      // "연락 기다리겠습니다" closes a mail: the prospect is named)
      String.raw`(?:고객|담당자|대표)(?:님)?(?:이|께서|도)?${GAP}연락(?:을)?\s?기다리(?:고|는|십니다|세요)`,
      // contact allowed: "연락 허락을 받았습니다", "연락을 허락하셨습니다"
      String.raw`연락[^.\n]{0,8}?허락(?:을)?\s?(?:받았|받음|하셨|했)`,
    ],
    // the partner asks the vendor to hold back: "직접 연락은 삼가 주세요", "연락하지 마세요",
    // "제가 먼저 소개한 후에 연락해 주세요"; not agreed yet: "동의를 아직 받지 못했습니다"
    prohibition: [
      String.raw`연락(?:은|을|는)?\s?(?:삼가|자제|보류)`,
      String.raw`연락(?:하지|은\s?하지)\s?(?:마시|말아|말고|마세요)`,
      String.raw`(?:제가|저희가|당사가)\s?먼저\s?(?:연락|소개|확인)`,
      String.raw`(?:동의|허락)(?:를|는|을)?\s?(?:아직\s?)?(?:받지|얻지)\s?(?:못|않)`,
      String.raw`아직\s?(?:연락\s?)?(?:동의|허락)(?:를|을)?\s?(?:못|안)`,
    ],
    // the prospect agreed to be contacted, the two words in one sentence in either order
    agreeWord: ["동의", "허락"],
    contactWord: ["연락"],
  },
  motion: {
    // bought and resold by the partner: "재판매", "리셀러", "저희를 통해 구매", "당사 명의로 계약"
    resale: [
      "재판매",
      String.raw`리셀(?:러|링)?`,
      String.raw`${US}(?:를|을)?\s?통해\s?(?:구매|계약|발주|구입)`,
      String.raw`${US}\s?명의로`,
      "총판",
      String.raw`${US}(?:가|에서)\s?(?:구매\s?후|직접\s?판매|공급)`,
    ],
    // the partner builds, sets up, trains and supports: "구축은 저희가 담당", "당사에서 유지보수"
    services: [
      // the rollout in our hands: "도입 컨설팅은 저희가 맡을"
      String.raw`(?:도입|구축|설치|교육)[^.\n]{0,20}?저희가\s*맡`,
      String.raw`${US}(?:가|에서|이)\s?(?:구축|구현|설치|교육|유지\s?보수|운영|기술\s?지원|컨설팅)`,
      String.raw`(?:구축|구현|설치|유지\s?보수|기술\s?지원)(?:은|는|을|를)\s?${US}`,
      String.raw`구축\s?(?:및|과|와)\s?(?:유지\s?보수|운영|교육)`,
      // the work taken on: "데이터 이관과 교육을 맡을 예정", "유지보수를 맡고"
      String.raw`(?:이관|교육|유지\s?보수|구축|설치|도입|마이그레이션)(?:을|를)\s?맡(?:을|아|습|고|기|겠)`,
    ],
    // only an introduction, the vendor selling directly: "소개만 해드리고", "소개 수수료", "직접 계약"
    referral: [
      String.raw`소개만\s?(?:해|하고|드리|드립|합니다)`,
      // "연결만 해드리고" (only connecting you)
      String.raw`연결만\s?(?:해|하고|드리|드립|합니다)`,
      String.raw`소개\s?수수료`,
      "리퍼럴",
      String.raw`(?:귀사|벤더)(?:가|에서|와)\s?(?:고객(?:사)?(?:와|에)?\s?)?직접\s?(?:계약|판매|진행)`,
    ],
    // the products joined, sold together: "API 연동", "저희 솔루션과 연동", "기술 제휴", "공동 영업"
    technology: [
      String.raw`(?:api|시스템|솔루션|제품|플랫폼)\s?연동`,
      String.raw`기술\s?제휴`,
      String.raw`공동\s?(?:영업|판매)`,
    ],
    // bought on a cloud's marketplace: "AWS 마켓플레이스를 통해"
    marketplace: [
      String.raw`(?:aws|azure|gcp|google\s?cloud|구글\s?클라우드|마이크로소프트|microsoft)\s?마켓\s?플레이스`,
      String.raw`마켓\s?플레이스(?:를|을)?\s?(?:통해|통한|경유)`,
    ],
  },
};
