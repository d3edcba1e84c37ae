// Chinese label words for the contact person, how to reach them and the region, as forms in traditional and simplified characters
// write them ("聯絡人：…", "联系人：…"; the full-width colon is made a plain one before labels are
// read), and cue phrases for the stage, the motion and consent. Chinese writes no blanks between
// words: a cue is matched wherever it stands among Han letters (normalise/cues.ts: CUE_START), and a
// negation written before it ("还没安排", "尚未同意") is kept out by the cue itself (NOT_BEFORE).
import type { CueTable, LabelTable } from "./types.ts";

export const labels: LabelTable = {
  // "customer name", "company name", "enterprise name", simplified and traditional; "customer", "company"
  company: [
    "客户名称",
    "客戶名稱",
    "公司名称",
    "公司名稱",
    "企业名称",
    "企業名稱",
    "客户",
    "客戶",
    "公司",
    // the customer's company, the unit's or body's name, simplified and traditional
    "客户公司",
    "客戶公司",
    "客户单位",
    "客戶單位",
    "单位名称",
    "單位名稱",
    "机构名称",
    "機構名稱",
    // the organisation (body) and its name, an association, a club (simplified and traditional)
    "机构",
    "機構",
    "机构名称",
    "機構名稱",
    "协会",
    "協會",
    "俱乐部",
    "俱樂部",
  ],
  // "official site", "web address", "website", simplified and traditional
  website: [
    "官网",
    "官網",
    "网址",
    "網址",
    "网站",
    "網站",
    // the company's web address, the domain
    "公司网址",
    "公司網址",
    "域名",
  ],
  // "the contact person", traditional and simplified
  contactName: [
    "聯絡人",
    "联络人",
    "聯繫人",
    "联系人",
    // the person in charge, the person one deals with, the "window" (Taiwan), the contact's name
    "负责人",
    "負責人",
    "对接人",
    "對接人",
    "窗口",
    "联系人姓名",
    "聯絡人姓名",
    "客户联系人",
    "客戶聯絡人",
  ],
  // "post", "position", "title", simplified and traditional
  role: [
    "职务",
    "職務",
    "职位",
    "職位",
    "职称",
    "職稱",
    // the department, the title
    "部门",
    "部門",
    "头衔",
    "頭銜",
  ],
  // "e-mail" and "telephone", traditional and simplified; "mailbox" (邮箱) and the short "電郵" are as common
  email: [
    "電子郵件",
    "电子邮件",
    "郵箱",
    "邮箱",
    "電郵",
    "电邮",
    // the mail, the mailbox (traditional "信箱"), the contact mailbox
    "邮件",
    "郵件",
    "信箱",
    "電子信箱",
    "电子信箱",
    "联系邮箱",
    "聯絡信箱",
    "聯絡郵箱",
  ],
  phone: [
    "電話",
    "电话",
    // the mobile, the contact telephone, the telephone number
    "手机",
    "手機",
    "联系电话",
    "聯絡電話",
    "聯繫電話",
    "电话号码",
    "電話號碼",
  ],
  // "region, area", traditional and simplified
  // "区域" / "區域" (area) as well
  region: [
    "地區",
    "地区",
    "区域",
    "區域",
    // the place, the town, the province
    "地点",
    "地點",
    "城市",
    "所在城市",
    "省份",
    // the region it is in: "所在地区：江西省", "所在区域：华北"
    "所在地区",
    "所在地區",
    "所在区域",
    "所在區域",
  ],
  // the prospect's consent to be contacted: "同意联系：是", "聯繫許可：否", "是否同意联系：同意"
  consent: [
    "同意联系",
    "同意聯繫",
    "同意联络",
    "同意聯絡",
    "联系许可",
    "聯繫許可",
    "是否同意联系",
    "是否同意聯繫",
    "客户同意",
    "客戶同意",
  ],
  // "need(s)", "pain point", "customer's pain point", "customer's need", simplified and traditional
  need: [
    "需求",
    "痛点",
    "痛點",
    "客户痛点",
    "客戶痛點",
    "客户需求",
    "客戶需求",
    // the need described, the customer's main problem, the main problem, the current situation
    "需求说明",
    "需求說明",
    "客户主要问题",
    "客戶主要問題",
    "主要问题",
    "主要問題",
    "客户问题",
    "客戶問題",
    "客户现状",
    "客戶現況",
    "现状",
    "現況",
    "业务需求",
    "業務需求",
  ],
  // "competitor(s)", simplified and traditional
  // "竞品：X" (competing products), simplified and traditional
  competitors: [
    "竞争对手",
    "競爭對手",
    "竞品",
    "競品",
    // the competing makers
    "竞争厂商",
    "競爭廠商",
    "竞争者",
    "競爭者",
  ],
  // the stage, the progress, the current stage, the status, simplified and traditional
  stage: [
    "阶段",
    "階段",
    "进展",
    "進展",
    "进度",
    "進度",
    "当前阶段",
    "目前階段",
    "目前进度",
    "目前進度",
    "状态",
    "狀態",
    "项目阶段",
    "專案階段",
  ],
  // the expected or estimated amount, the budget, the amount, simplified and traditional
  value: ["预计金额", "預計金額", "预估金额", "預估金額", "预算", "預算", "金额", "金額", "项目金额", "專案金額"],
  // the way or model of co-operation, the sales model, simplified and traditional
  motion: ["合作方式", "合作模式", "销售模式", "銷售模式"],
  // the product meant, the product, the product of interest
  product: ["意向产品", "意向產品", "产品", "產品", "感兴趣的产品", "有興趣的產品", "感兴趣模块", "感兴趣的模块"],
};

/** A negation right before a verb: not, not yet, have not ("不", "未", "没", "沒", "还没有", "尚未"). */
const NOT_BEFORE = String.raw`(?<![不未没沒無无])`;
/** Meeting nouns, simplified and traditional: a meeting, a demo, a video or phone call, a visit, a talk. */
const MEETING = String.raw`(?:会议|會議|开会|開會|会面|會面|见面|見面|演示|demo|电话会议|電話會議|视频会议|視頻會議|视讯会议|視訊會議|线上会议|線上會議|拜访|拜訪|通话|通話|面谈|面談|会谈|會談|交流会|交流會|展示|简报|簡報)`;
/** The words that fix a meeting: arranged, agreed, booked, set for ("已安排", "约好", "定在"). */
const FIXED = String.raw`${NOT_BEFORE}(?:安排(?:在|于|於|好|了)|约(?:在|好|了)|約(?:在|好|了)|定(?:在|于|於|了|好)|预约(?:了|好|在)|預約(?:了|好|在)|确定(?:在|了)|確定(?:在|了))`;
/** Us, the partner: "我们", "我們", "我司", "我方", "本公司". */
const US = String.raw`(?:我们|我們|我司|我方|本公司|敝公司|敝司)`;
/** You, the vendor: "贵司", "貴司", "贵公司", "你们", "您". */
const YOU = String.raw`(?:贵司|貴司|贵公司|貴公司|你们|你們|您|原厂|原廠)`;
/** Being contacted: contact, call, phone ("联系", "聯繫", "致电", "打电话"). */
const CONTACT = String.raw`(?:联系|聯繫|联络|聯絡|致电|致電|来电|來電|打电话|打電話|接触|接觸)`;

export const cues: CueTable = {
  // "…约五十万元。地区：华南。": the region's label after a sentence's end, inside the line
  regionLabelInSentence: [
    "地区",
    "地區",
    "区域",
    "區域",
    "所在地区",
    "所在地區",
    "所在区域",
    "所在區域",
    "地点",
    "地點",
  ],
  // the prospect's details still to come: "邮箱稍后发" (the mail address later), "还没有网站" (no
  // website yet), "联系方式明天补" (contact details tomorrow); simplified and traditional
  detailsLater: {
    detail: [
      "邮箱",
      "郵箱",
      "邮件地址",
      "郵件地址",
      "电邮",
      "電郵",
      "网站",
      "網站",
      "官网",
      "官網",
      "网址",
      "網址",
      "联系方式",
      "聯繫方式",
    ],
    later: [
      "回头",
      "回頭",
      "稍后",
      "稍後",
      "晚点",
      "晚點",
      "之后",
      "之後",
      "明天",
      "还没",
      "還沒",
      "暂无",
      "暫無",
      "待补",
      "待補",
      "后补",
      "後補",
      "再补",
      "再補",
    ],
  },
  // a count of sites or vehicles opening the need, then "的"; a date is none ("15家药店的…", "80 辆货车的…")
  needSize: [String.raw`\p{sc=Han}{0,4}\s?\d[\d,]*\s?(?![年月日号])\p{sc=Han}{1,4}的`],
  // weighing offers: "比较" (compare), "对比" (contrast), simplified and traditional
  comparisonWord: ["比较", "比較", "对比", "對比"],
  // the prospect's problem, simplified and traditional: by hand or on paper ("手动", "人工录入",
  // "纸本"), scattered or kept apart ("分散", "分开管理", "分别用"), troublesome or hard ("麻烦",
  // "困难"), a problem as such ("问题"); a wish or a need ("想要", "需要", "希望")
  problem: {
    strong: [
      "手动",
      "手動",
      "人工",
      "纸质",
      "紙本",
      "纸本",
      "手写",
      "手寫",
      "分散",
      "分开",
      "分開",
      "分别用",
      "分別用",
      "麻烦",
      "麻煩",
      "困难",
      "困難",
      "超卖",
      "超賣",
      "问题",
      "問題",
    ],
    weak: ["想要", "想知道", "需要", "希望"],
  },
  // the partner registering a deal with the vendor: "报备" / "報備" (reporting it for protection),
  // "登记商机" / "登錄商機" (registering the opportunity)
  registering: ["报备", "報備", String.raw`(?:登记|登記|登录|登錄)商(?:机|機)`],
  // a consent label's answer: "是" / "可以" / "同意"; "否" / "不可以" / "不同意" refuse it
  yes: ["是", "是的", "可以", "同意", "已同意"],
  no: ["否", "不可以", "不同意", "未同意", "尚未"],
  stage: {
    evaluation: [
      // weighing the offer against a named rival: "客户正在与甲公司比较", "正和乙對比"
      String.raw`(?:正在|正|在)(?:与|和|跟|與)[^。\n，,！？]{1,20}?(?:比较|比較|对比|對比)`,
      // our quote or plan weighed, compared beside another: "正在评估报价", "同时比较 X"; sent before: "已提交方案"
      String.raw`${NOT_BEFORE}(?:评估|評估)(?:中的)?(?:报价|報價|方案|提案)`,
      String.raw`(?:同时|同時)(?:比较|比較|对比|對比)`,
      String.raw`已(?:经|經)?(?:提交|发送|發送|送出|提供)(?:了)?(?:方案|提案|报价|報價|建议书|建議書)`,
      // a quote asked for or sent: "客户要求报价", "已發送報價單", "询价中"
      String.raw`${NOT_BEFORE}(?:索取|要求|请求|請求|申请|申請|提供|提出|发送|發送|提交|送出|发了|發了|寄出|发出|發出)(?:了)?(?:正式)?(?:报价|報價)`,
      String.raw`(?:报价|報價)(?:单|單)?(?:已)?(?:发送|發送|提交|送出|寄出|发出|發出)`,
      String.raw`${NOT_BEFORE}(?:询价|詢價|比价|比價)`,
      // a trial, a pilot, a proof of concept, a test phase: "正在试用", "試點項目", "概念验证", "测试阶段"
      String.raw`${NOT_BEFORE}(?:试用|試用|试点|試點|试运行|試運行)`,
      String.raw`概念(?:验证|驗證)`,
      String.raw`(?:测试|測試)(?:阶段|階段|中)`,
      // weighing offers: "正在比较几家供应商", "對比方案"
      String.raw`(?:比较|比較|对比|對比)(?:方案|供应商|供應商|厂商|廠商|报价|報價|几家|幾家|多家|不同|两家|兩家|三家)`,
      // quotes of named vendors compared: "在比较甲和乙的报价"
      String.raw`(?:比较|比較|对比|對比)[^。\n，,！？]{1,20}?(?:报价|報價)`,
      // a tender, a proposal submitted, the budget approved: "招标", "投標", "方案已提交", "预算已批"
      String.raw`招标|招標|投标|投標`,
      String.raw`(?:方案|提案|建议书|建議書|计划书|計劃書)(?:已)?(?:提交|发送|發送|送出)`,
      String.raw`(?:预算|預算)(?:已|已经|已經)?(?:获|獲)?${NOT_BEFORE}(?:批准|审批|審批|核准|通过|通過|确认|確認|批下)`,
      // a vendor being chosen: "选型阶段", "選型中"
      String.raw`(?:选型|選型)`,
    ],
    discovery: [
      // arranged with someone, then the meeting: "已與王經理約好下週二視訊會議", "已和客户约定周五现场交流"
      String.raw`(?:已|已经|已經)(?:與|与|和|跟)[^。\n，,！？]{1,10}?(?:约好|約好|约定|約定|安排好|定好)[^。\n！？]{0,20}?(?:${MEETING}|交流|调研|調研)`,
      // a day of this or next week, then booked (Cantonese "約咗") or a visit: "下星期二約咗 demo", "下周四我们去客户那里拜访"
      String.raw`(?:下|今|本|呢|这|這)(?:个|個)?(?:周|週|星期|礼拜|禮拜)[一二三四五六日天][^。\n，,！？]{0,8}?(?:約咗|约咗|約好|约好|(?:去|到)[^。\n，,！？]{0,6}?(?:拜访|拜訪))`,
      // the meeting, then fixed: "会议已安排在周三", "演示約好下週二"
      String.raw`${MEETING}[^。\n！？]{0,10}?${FIXED}`,
      // fixed, then the meeting: "已经约了下周的会议", "安排好了線上會議"
      String.raw`(?:已|已经|已經)${FIXED.replace(NOT_BEFORE, "")}[^。\n！？]{0,12}?${MEETING}`,
      // arranged, a date, then the meeting: "已安排 4/22 初次會議", "已约好下月3日到现场交流", "已约定上门调研"
      String.raw`(?:已|已经|已經)(?:安排|约定|約定|约好|約好|定好|排定|约|約)[^。\n！？]{0,20}?(?:${MEETING}|交流|调研|調研|访谈|訪談|简报|簡報)`,
      // arranged for a date, the meeting left unsaid: "已约好 5 月 8 日", "已經約定 11月3號"
      String.raw`(?:已|已经|已經)(?:约好|約好|约定|約定|定好|安排好)\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号號]`,
    ],
    newIntro: [
      // a first contact, an early stage: "初次接触", "首次聯繫", "初步沟通"
      String.raw`(?:初次|首次|初步)(?:接触|接觸|联系|聯繫|联络|聯絡|沟通|溝通|介绍|介紹|意向)`,
      // a new lead, only an introduction: "新线索", "新商機", "只是介绍", "仅作推荐"
      String.raw`新(?:的)?(?:线索|線索|商机|商機)`,
      String.raw`(?:只是|只做|仅|僅|僅作|仅作)(?:介绍|介紹|推荐|推薦|引荐|引薦)`,
      // thinking about a switch, no more: "正在考虑更换系统", "考慮導入"
      String.raw`(?:考虑|考慮)(?:更换|更換|替换|替換|导入|導入|引入|采用|採用)`,
      // nothing booked yet: "还没有安排会议", "尚未安排", "暫無會議"
      String.raw`(?:还没|還沒|没有|沒有|尚未|还未|還未)(?:有)?(?:安排|约|約|预约|預約)`,
      String.raw`(?:暂|暫)(?:无|無)(?:会议|會議|安排)`,
      // only a referral, "转/轉" first: "我們只做轉介紹", "只是转介"
      String.raw`(?:只是|只做|仅|僅|僅作|仅作)(?:转|轉)(?:介绍|介紹|介)`,
      // we take no part in the sale, you follow up after: "我們不參與銷售", "之後由貴公司接手"
      String.raw`(?:我們|我们)(?:並|并)?不(?:參與|参与)(?:銷售|销售)`,
      String.raw`(?:之後|之后|後續|后续)(?:就)?由(?:貴|贵)(?:公司|司)(?:直接)?(?:跟進|跟进|接手)`,
    ],
  },
  consent: {
    permission: [
      // the prospect agreed or is glad to be contacted: "客户同意贵司直接联系", "他願意接聽電話"
      String.raw`${NOT_BEFORE}(?:同意|愿意|願意|允许|允許)[^。\n，,！？]{0,10}?${CONTACT}`,
      // the vendor may call directly: "可以直接联系他", "可直接致電" (not "可以直接联系我": the partner)
      String.raw`${NOT_BEFORE}可(?:以)?直接${CONTACT}(?!我)`,
      // the prospect awaits the vendor's call (the partner's own "期待您的回复" closes a mail: the prospect is named)
      String.raw`(?:客户|客戶|对方|對方)[^。\n，,]{0,8}?(?:在等|等待|等著|等着|期待)[^。\n，,]{0,6}?${CONTACT}`,
    ],
    prohibition: [
      // do not contact (yet): "请勿直接联系", "暂时不要联系客户", "先別打電話"
      String.raw`(?:请勿|請勿|切勿|不要|请别|請別|暂勿|暫勿)(?:先)?(?:直接)?${CONTACT}`,
      String.raw`(?:暂时|暫時|先)(?:不要|别|別|勿)(?:直接)?${CONTACT}`,
      // wait for us: "等我们确认后", "待我方通知"
      String.raw`(?:等|待)(?:${US}|我)(?:确认|確認|通知)`,
      // not agreed yet: "客户尚未同意", "還沒有獲得同意", "未征得客户同意"
      String.raw`(?:尚未|还没|還沒|没有|沒有|未)(?:有)?(?:征得|徵得|获得|獲得|取得)?(?:客户|客戶)?(?:的)?(?:同意|允许|允許)`,
    ],
  },
  motion: {
    // bought through the partner, resold: "通过我司采购", "由我們開票", "转售", "经销商"
    resale: [
      String.raw`(?:由|通过|通過|经|經)${US}(?:来)?(?:采购|採購|购买|購買|下单|下單|签约|簽約|开票|開票|转售|轉售|销售|銷售|供货|供貨)`,
      "转售|轉售",
      // "以經銷方式" (as a distributor), "代理销售" (selling as an agent)
      String.raw`(?:经销|經銷)(?:方式|模式)|代理(?:销售|銷售)`,
      // the partner as the vendor's distributor ("我司作为贵司的经销商"); a prospect may be a distributor itself
      String.raw`${US}(?:是|作为|作為)${YOU}?(?:的)?(?:经销商|經銷商|代理商|分销商|分銷商)`,
      String.raw`${US}(?:开具|開具|开|開)(?:发票|發票)`,
      // as (authorised) distributor, without "we" before it: "作为授权经销商", "以經銷商身分"
      String.raw`(?:作为|作為|以)(?:${YOU}(?:的)?)?(?:授权|授權)?(?:经销商|經銷商|代理商|分销商|分銷商)`,
      // the writer's firm, then its role in brackets: "（某某软件，授权经销商）"
      String.raw`(?:授权|授權)(?:经销商|經銷商)[）)]`,
      // sold and billed by the partner: "由我司负责销售及开票"
      String.raw`由${US}(?:负责|負責)(?:销售|銷售|开票|開票)`,
    ],
    // the partner implements, integrates, trains, runs: "我司负责实施和培训", "系統整合", "託管服務"
    services: [
      String.raw`${US}(?:负责|負責|提供|来做|來做)(?:实施|實施|部署|集成|整合|培训|培訓|运维|運維|上线|上線|技术支持|技術支援|技術支持|安装|安裝)`,
      String.raw`(?:实施|實施)(?:服务|服務)`,
      String.raw`${US}(?:是|作为|作為)(?:一家)?(?:系统|系統)(?:集成|整合)商`,
      String.raw`(?:托管|託管)(?:服务|服務)`,
      String.raw`(?:代运维|代運維)`,
      // we, perhaps our short name, take on the rollout: "我們負責導入與維護", "我们小组负责设备安装"
      String.raw`${US}\p{sc=Han}{0,4}?(?:负责|負責)\p{sc=Han}{0,6}?(?:导入|導入|实施|實施|部署|安装|安裝|培训|培訓|维护|維護|教育訓練|教育训练|迁移|遷移|数字化|數位化|网站|網站)`,
      // the work first, then who does it: "实施和培训由我司负责", "導入與教育訓練會由我們負責"
      String.raw`(?:实施|實施|导入|導入|部署|培训|培訓|教育訓練|教育训练|安装|安裝|维护|維護|迁移|遷移)[^。\n！？，,]{0,12}?由${US}(?:来|來)?(?:负责|負責)`,
    ],
    // only a referral, the vendor signing directly: "我们只负责介绍", "介紹費", "由贵司直接签约"
    referral: [
      String.raw`${US}?(?:只|仅|僅)(?:负责|負責|做|作)?(?:介绍|介紹|推荐|推薦|引荐|引薦|转介|轉介)`,
      // a pure referral, handed over to the vendor: "单纯转介", "介绍后就交给贵司"
      String.raw`(?:单纯|單純|纯粹|純粹)(?:转介|轉介|介绍|介紹)`,
      String.raw`(?:交给|交給)${YOU}`,
      // out of the sale: "我们不参与销售"
      String.raw`不(?:参与|參與)(?:销售|銷售)`,
      String.raw`(?:介绍费|介紹費|推荐费|推薦費|居间费|居間費)`,
      String.raw`由${YOU}(?:与|與|和|跟)?(?:客户|客戶)?直接(?:签约|簽約|销售|銷售|报价|報價|签|簽)`,
      // the vendor takes over after the introduction: "之后由贵司接手", "由貴公司直接跟進"
      String.raw`由${YOU}(?:直接)?(?:接手|跟进|跟進|洽谈|洽談|接洽)`,
    ],
    // the products joined, sold together: "与我们的平台对接", "技术合作", "联合销售" (the prospect's own
    // systems to be joined are its need: "需要与ERP系统集成")
    technology: [
      String.raw`(?:与|與|和|跟)${US}(?:的)?(?:产品|產品|系统|系統|平台|方案|api|接口)(?:的)?(?:集成|整合|对接|對接)`,
      String.raw`(?:技术合作|技術合作|联合销售|聯合銷售|共同销售|共同銷售)`,
    ],
    // bought on a cloud's marketplace: "通过AWS市场采购", "阿里雲市場", "云市场"
    marketplace: [
      String.raw`(?:aws|azure|gcp|google\s?cloud|谷歌云|谷歌雲|微软|微軟|阿里云|阿里雲|腾讯云|騰訊雲)\s?(?:云)?(?:市场|市場|marketplace)`,
      String.raw`(?:云|雲)(?:市场|市場)`,
    ],
  },
};
