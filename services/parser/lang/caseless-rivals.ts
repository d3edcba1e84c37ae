// How a Chinese, Japanese or Korean note writes a rival in its own script beside the word of
// weighing offers (normalise/caseless-rivals.ts): the progressive word that makes that word a verb
// (Chinese "比较" is also "rather": "比较麻烦", rather troublesome), the particle joining the name
// to it, the offer after the name ("…的方案", its plan), and words in that place that name no
// rival ("其他", others; "他社", other firms). Each entry has a unit test in
// tests/parser/caseless-rivals.test.ts with invented names and a look-alike.
export interface CaselessRivalWords {
  /** "(正在)与X比较": written right before the joining word or the weighing word, making it a verb */
  progressive?: readonly string[];
  /** "与X比较", "X과 비교", "Xと比較": the word joining the name to the weighing word (before it in Chinese, after it in Japanese and Korean) */
  with: readonly string[];
  /** the weighing words */
  compare: readonly string[];
  /** "也看过X，", "在看X的方案": having looked at a rival (Chinese) */
  looked?: readonly string[];
  /** "X的方案", "X的報價": the rival's offer written after its name */
  offer?: readonly string[];
  /** words standing where a name would that name no rival */
  notName: readonly string[];
  /** the first letters of a phrase standing there that counts or points, no name ("几家系统", a few systems) */
  notNameStart?: readonly string[];
}

export const CASELESS_RIVAL_WORDS: Record<"zh" | "ja" | "ko", CaselessRivalWords> = {
  zh: {
    progressive: ["正在", "也在", "还在", "還在", "同时在", "同時在", "在"],
    with: ["与", "與", "和", "跟", "同"],
    compare: ["比较", "比較", "对比", "對比"],
    looked: ["看过", "看過", "在看"],
    offer: ["方案", "报价", "報價", "产品", "產品", "系统", "系統", "软件", "軟體"],
    notName: [
      "其他",
      "其它",
      "别家",
      "別家",
      "同类",
      "同類",
      "竞品",
      "競品",
      "现有",
      "現有",
      "本地",
      "国外",
      "國外",
      "国内",
      "國內",
      "几家",
      "幾家",
      "两家",
      "兩家",
      "多家",
      "各家",
      "我们",
      "我們",
      "你们",
      "你們",
      "贵司",
      "貴司",
      "价格",
      "價格",
      "情况",
      "情況",
      "去年",
      "以前",
      // the client, the other side
      "客户",
      "客戶",
      "对方",
      "對方",
    ],
    notNameStart: ["几", "幾", "两", "兩", "多", "各", "这", "這", "那", "其", "某", "一些"],
  },
  ja: {
    with: ["とも", "と"],
    compare: ["比較"],
    notName: ["他社", "競合", "既存", "現行", "システム", "ソフト"],
  },
  ko: {
    with: ["이랑", "과", "와", "랑"],
    compare: ["비교"],
    notName: ["타사", "경쟁사", "기존", "다른", "시스템", "엑셀", "제품", "솔루션", "프로그램", "종이", "수기"],
  },
};
