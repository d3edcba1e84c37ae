// Japanese label words, registering phrases and cue phrases. A Japanese form writes "■ 会社名：…" (the
// full-width colon is made a plain one before labels are read); words run together without
// blanks, so a registering phrase is matched as written, without word boundaries of its own.
import type { CueTable, LabelTable } from "./types.ts";

export const labels: LabelTable = {
  company: ["会社名", "企業名", "顧客名", "顧客企業名", "お客様名", "社名", "法人名"],
  website: ["url", "webサイト", "ウェブサイト", "ホームページ"],
  // "ご担当者様" alone on a line greets the reader ("to whom it may concern"): no label
  contactName: ["ご担当者", "ご担当者名", "担当者", "担当者名", "お名前"],
  role: ["役職", "部署"],
  email: ["メール", "メールアドレス", "eメール"],
  phone: ["電話", "電話番号", "tel"],
  stage: ["状況", "進捗", "ステータス", "フェーズ"],
  value: ["概算", "想定金額", "見込金額", "見込み金額", "予算", "金額"],
  competitors: ["競合", "競合他社"],
  need: ["課題", "ニーズ", "背景", "備考"],
  region: ["地域", "所在地", "エリア"],
  consent: ["連絡可否", "ご連絡の可否", "連絡許可"],
  motion: ["商流"],
  product: ["関心製品", "対象製品", "製品", "ご検討製品"],
  currency: ["通貨"],
};

/** Registering phrases (see CueTable.registering); the cue tables are `cues`. */
export const registering: readonly string[] = [
  // "案件登録" (registering a deal), "登録をお願い…" / "登録させていただ…" (asking to register), "新規案件" (a new deal)
  "案件登録",
  "登録(?:を)?(?:お願い|させて|希望|依頼|申請)",
  "新規案件",
];

/**
 * Cue phrases (see CueTable). Japanese writes no blanks between words, so a phrase is matched
 * wherever it stands among Japanese letters (normalise/cues.ts: CUE_START); a meeting booked is
 * one phrase, the meeting noun and the word that fixes it a few characters apart, in one sentence.
 */
export const cues: CueTable = {
  problem: {
    // "紙とExcelで管理", "手作業", "手書き"; a cue stands between letters of its own script (cueRegex)
    strong: ["紙", "手作業", "手書き", "エクセル", "課題"],
  },
  // "比較検討中" (weighing offers): Chinese writes the same word ("正在比較報價")
  comparisonWord: ["比較"],
  // "はい" / "可" answer a consent label ("連絡可否：可"); "いいえ" / "不可" refuse it
  yes: ["はい", "可"],
  no: ["いいえ", "不可"],
  stage: {
    // a quote asked for or sent, a trial, a comparison: "見積もりを依頼", "トライアル中", "比較検討"
    evaluation: [String.raw`見積(?:もり|り)?(?:を)?(?:依頼|提出|作成|提示)`, "トライアル", "比較検討"],
    // a meeting, a demo or a hearing, then (within one sentence) fixed: "初回打ち合わせ予定", "デモを設定済み"
    discovery: [
      String.raw`(?:打ち?合わ?せ|ミーティング|面談|商談|デモ|ヒアリング)[^。\n]{0,12}?(?:予定|設定済|確定|決定)`,
    ],
    // a first contact only: "初回のご紹介", "初期接触"
    newIntro: [String.raw`(?:初回|初期)(?:の)?(?:ご)?(?:紹介|接触|コンタクト)`],
    // at least one meeting noun, for the shared tables (the booked phrase above reads them in Japanese)
    event: ["デモ"],
  },
  consent: {
    // the prospect agreed to being contacted, the two words in one sentence in either order
    agreeWord: ["同意", "了承", "承諾"],
    contactWord: ["連絡", "聯繫", "联系", "聯絡", "联络"],
    // the prospect agreed: "了承を得ております", "ご了承いただいております", "承諾済み", "同意をいただいて"
    // no objection to the vendor's call: "ご連絡いただいて問題ない", "連絡しても差し支えありません"
    permission: [
      String.raw`(?:了承|承諾|同意)(?:を得|を頂|をいただ|いただ|頂|済)`,
      String.raw`連絡(?:いただいて|頂いて|して)(?:も)?(?:問題|差し支え)(?:ない|ありません|ございません|なし)`,
    ],
    // the partner asks the vendor to hold back: "ご連絡はお控えください"
    prohibition: [String.raw`連絡(?:は|を)?(?:お)?控え`],
  },
  // bought and resold by the partner: "弊社より再販", "リセール"
  motion: {
    resale: ["再販", "リセール", String.raw`弊社(?:で|にて|より|が)販売`],
    // the partner carries out the rollout: "導入支援は弊社で実施", "弊社にて構築"
    services: ["導入支援", String.raw`弊社(?:で|にて|が)(?:実施|構築|導入)`],
  },
};
