// Japanese label words, registering phrases and cue phrases. A Japanese form writes "■ 会社名：…" (the
// full-width colon is made a plain one before labels are read); words run together without
// blanks, so a registering phrase is matched as written, without word boundaries of its own.
import type { CueTable, LabelTable } from "./types.ts";

export const labels: LabelTable = {
  company: [
    "会社名",
    "企業名",
    "顧客名",
    "顧客企業名",
    "お客様名",
    "社名",
    "法人名",
    // the body's (group's) name, the club's name
    "団体名",
    "団体",
    "クラブ名",
  ],
  website: ["url", "webサイト", "ウェブサイト", "ホームページ"],
  // "ご担当者様" alone on a line greets the reader ("to whom it may concern"): no label
  contactName: [
    "ご担当者",
    "ご担当者名",
    "担当者",
    "担当者名",
    "お名前",
    // "ご担当：" with a colon names the contact (alone on a line it greets)
    "ご担当",
    "担当",
  ],
  role: ["役職", "部署"],
  email: ["メール", "メールアドレス", "eメール"],
  phone: ["電話", "電話番号", "tel"],
  stage: ["状況", "進捗", "ステータス", "フェーズ"],
  value: [
    "概算",
    "想定金額",
    "見込金額",
    "見込み金額",
    "予算",
    "金額",
    // the budget as felt, the budget's or the expected size
    "予算感",
    "予算規模",
    "想定規模",
  ],
  // what the offer is compared with: "比較対象：X"
  competitors: ["競合", "競合他社", "比較対象"],
  need: [
    "課題",
    "ニーズ",
    "背景",
    "備考",
    // the present state, the wishes
    "現状",
    "ご要望",
    "要望",
    // "内容：…" (the matter: what the introduction is about), as a short referral form writes the need
    "内容",
  ],
  region: ["地域", "所在地", "エリア"],
  consent: ["連絡可否", "ご連絡の可否", "連絡許可"],
  // "商流：…" (the trade route); "弊社の役割：…" (our role)
  motion: [
    "商流",
    "弊社の役割",
    "当社の役割",
    // the form (of the deal), the form of sale or of trade
    "形態",
    "販売形態",
    "取引形態",
  ],
  product: [
    "関心製品",
    "対象製品",
    "製品",
    "ご検討製品",
    // the product proposed, the module of interest, the interest
    "ご提案製品",
    "関心モジュール",
    "ご関心",
    "ご興味",
    // the features of interest
    "ご興味のある機能",
  ],
  currency: ["通貨"],
};

/** Registering phrases (see CueTable.registering); the cue tables are `cues`. */
export const registering: readonly string[] = [
  // "案件登録" (registering a deal), "登録をお願い…" / "登録させていただ…" (asking to register), "新規案件" (a new deal)
  "案件登録",
  "登録(?:を)?(?:お願い|させて|希望|依頼|申請)",
  "新規案件",
  // introducing a prospect: "ご紹介します" / "ご紹介いたします" / "ご紹介させていただきます" (we introduce),
  // "紹介のみ" (a referral only), "見込み客" (a prospect); "ご紹介ください" (please introduce) asks for one
  "ご紹介(?:します|いたします|させて)",
  "紹介のみ",
  "見込み客",
];

/** Right after a verb or noun, Japanese saying it has not happened or is not so ("…していません", "…はまだ", "…なし", "…未定"). */
const NOT_AFTER = String.raw`(?:は|が|も|を)?(?:まだ|未|なし|無し|ない|ありません|(?:して|されて|って|て)(?:い|お)(?:ない|ません|りません)|でき(?:て(?:い|お)(?:ない|ません|りません)|ない|ません|ず)|らない|りません|前)`;

/**
 * Cue phrases (see CueTable). Japanese writes no blanks between words, so a phrase is matched
 * wherever it stands among Japanese letters (normalise/cues.ts: CUE_START); a meeting booked is
 * one phrase, the meeting noun and the word that fixes it a few characters apart, in one sentence.
 */
export const cues: CueTable = {
  // a count of sites and its counter opening the need, then "で" or "の"; a date is none ("全9工場で…", "ベーカリー4店舗の…")
  needSize: [
    String.raw`[\p{sc=Han}\p{sc=Katakana}ー・]{0,12}\d[\d,]*(?![年月日時])[\p{sc=Han}\p{sc=Katakana}]{1,3}[での]`,
  ],
  problem: {
    // "紙とExcelで管理", "手作業", "手書き"; a cue stands between letters of its own script (cueRegex)
    strong: ["紙", "手作業", "手書き", "エクセル", "課題", "バラバラ", "ばらばら", "困って", "苦労", "時間がかかって"],
    // a wish ("一元管理したい": want to manage in one place), a search ("探して"), a request ("希望"),
    // an interest ("興味あり", "興味を持って"; not the partner's "ご興味があれば", if you are interested)
    weak: ["したい", "探して", "希望", String.raw`興味(?:あり|を持|がある)`],
  },
  // "比較検討中" (weighing offers): Chinese writes the same word ("正在比較報價")
  comparisonWord: ["比較"],
  // "はい" / "可" answer a consent label ("連絡可否：可"); "いいえ" / "不可" refuse it
  yes: ["はい", "可"],
  no: ["いいえ", "不可"],
  stage: {
    // Japanese negates after the verb, within the run of letters ("…していません"): a cue that a
    // negation can follow says so itself, with a lookahead (NOT_AFTER), since no negation word
    // stands apart
    evaluation: [
      // a quote asked for or sent, a trial, a comparison: "見積もりを依頼", "トライアル中", "比較検討"
      String.raw`見積(?:もり|り)?(?:書)?(?:を|の)?(?:ご)?(?:依頼|提出|作成|提示|送付|要望|希望|お願い)(?!${NOT_AFTER})`,
      String.raw`トライアル(?!${NOT_AFTER})`,
      "比較検討",
      // quotes from several vendors ("相見積もり"), a proof of concept or a trial run ("実証実験", "試験導入",
      // "テスト導入", "評価版", "検証中"), a pilot ("パイロット導入"), a competitive pitch ("コンペ")
      "相見積",
      "実証実験",
      String.raw`(?:試験|テスト)(?:導入|運用)(?!${NOT_AFTER})`,
      "評価版",
      String.raw`(?:技術)?検証(?:中|段階|フェーズ|環境)`,
      String.raw`パイロット(?:導入|運用|プロジェクト)`,
      String.raw`コンペ(?!テ)`,
      // a proposal asked for or submitted: "提案書を提出済み", "ご提案を依頼されました"
      String.raw`(?:提案書|ご提案)(?:を|の)?(?:提出|送付|依頼|要望|作成)(?!${NOT_AFTER})`,
      // the budget approved or being approved, an internal sign-off ("稟議中"), a tender ("入札")
      String.raw`予算(?:が|は|を)?(?:承認|確保|確定)(?!${NOT_AFTER})`,
      "予算化",
      "稟議",
      "入札",
      // weighing rivals: "他社と比較中", "他社製品と比較しています"
      String.raw`他社(?:製品|サービス)?(?:と|を)比較`,
      // a vendor being chosen: "ベンダー選定中", "製品選定の段階"
      String.raw`(?:ベンダー|製品|ツール|システム)(?:の)?選定`,
      // quotes compared: "見積比較中", "見積もりを比較"
      String.raw`見積(?:もり)?(?:を)?比較`,
    ],
    // a meeting, a demo or a hearing, then (within one sentence) fixed: "初回打ち合わせ予定", "デモを設定済み"
    discovery: [
      String.raw`(?:打ち?合わ?せ|ミーティング|面談|商談|デモ|ヒアリング|訪問|mtg|web会議|オンライン会議|説明会|キックオフ)[^。\n]{0,12}?(?:予定|設定済|確定|決定|決ま|調整済|セッティング済)(?!${NOT_AFTER})`,
      // the date fixed, an appointment won: "日程が確定しました", "アポイントを取得"
      String.raw`日程(?:が|は|も)?(?:確定|決定|決ま)(?!${NOT_AFTER})`,
      String.raw`アポ(?:イント)?(?:を|が)?(?:取得|獲得|確定|取れ|とれ)(?!${NOT_AFTER})`,
    ],
    newIntro: [
      // a first contact only: "初回のご紹介", "初期接触"
      String.raw`(?:初回|初期)(?:の)?(?:ご)?(?:紹介|接触|コンタクト)`,
      // only an introduction, a referred deal: "ご紹介のみ", "紹介だけ", "紹介案件"
      String.raw`紹介(?:のみ|だけ|案件)`,
      // still early: "まだ初期段階", "情報収集の段階", "情報収集中"
      String.raw`初期段階`,
      String.raw`情報収集(?:の)?(?:段階|中|フェーズ)`,
      // considering a switch, no more: "リプレイスを検討し始めた", "導入を検討中"
      String.raw`(?:リプレイス|リプレース|入れ替え|乗り換え|導入)(?:を|の)?検討`,
      // a new lead: "新規リード", "新しいリード"
      String.raw`(?:新規|新しい)リード`,
      // no meeting yet: "打ち合わせはまだ", "面談の予定はまだありません", "日程は未定"
      String.raw`(?:打ち?合わ?せ|ミーティング|面談|商談|デモ|アポ)(?:の)?(?:予定|日程)?(?:は|も)?(?:まだ|未定|未設定|なし|ありません)`,
      String.raw`日程(?:は|も)?(?:まだ)?未定`,
      String.raw`日程(?:は|が|も)?(?:まだ)?(?:確定|決定|決ま)(?:して|って)(?:い|お)(?:ない|ません|りません)`,
      // still at the introduction stage: "まだ紹介段階です", "紹介の段階"
      String.raw`紹介(?:の)?段階`,
    ],
    // at least one meeting noun, for the shared tables (the booked phrase above reads them in Japanese)
    event: ["デモ"],
  },
  consent: {
    // the prospect agreed to being contacted, the two words in one sentence in either order
    agreeWord: ["同意", "了承", "承諾"],
    contactWord: ["連絡", "聯繫", "联系", "聯絡", "联络"],
    permission: [
      // the prospect agreed: "了承を得ております", "ご了承いただいております", "承諾済み", "同意をいただいて", "許可をもらっています"
      String.raw`(?:了承|承諾|同意|許可)(?:を得|を頂|をいただ|いただ|頂|済|をもら)(?!${NOT_AFTER})`,
      // no objection to the vendor's call: "ご連絡いただいて問題ない", "連絡しても差し支えありません", "直接ご連絡いただいて大丈夫です"
      String.raw`連絡(?:いただいて|頂いて|して)(?:も)?(?:問題|差し支え)(?:ない|ありません|ございません|なし)`,
      String.raw`連絡(?:いただいて|頂いて|して(?:いただいて|頂いて)?|されて)(?:も)?(?:大丈夫|構いません|かまいません|結構)`,
      // the prospect awaits the vendor's call (the partner's own "ご連絡お待ちしております" closes a mail: the prospect is named)
      String.raw`(?:先方|お客様|顧客|担当者)(?:も|は|が|様)?[^。\n]{0,12}?(?:ご)?連絡を(?:お待ち|待って)`,
      // the go-ahead to contact directly: "直接連絡OK", "直接のご連絡可" (not the label "連絡可否")
      String.raw`直接(?:の)?(?:ご)?連絡(?:は|も)?(?:ok|ＯＫ|可)(?![能否])`,
      // contact cleared: "連絡OKをもらっています", "連絡の了承済み"
      String.raw`連絡(?:の)?(?:OK|ＯＫ|了承|許可)`,
    ],
    prohibition: [
      // the partner asks the vendor to hold back: "ご連絡はお控えください", "直接の連絡はご遠慮ください",
      // "連絡はしないでください", "ご連絡はお待ちください"
      String.raw`連絡(?:は|を)?(?:お)?控え`,
      String.raw`連絡[^。\n]{0,8}?(?:ご遠慮|しないで|なさらないで|お待ち(?:ください|下さい|いただ|頂))`,
      // not agreed yet: "了承はまだ得ていません", "同意はいただいておりません", "未承諾"
      String.raw`(?:了承|承諾|同意|許可)(?:は|を|が)?(?:まだ)?(?:得て|頂いて|いただいて|もらって|取れて)(?:い|お)(?:ません|ない|りません)`,
      String.raw`(?:未|まだ)(?:了承|承諾|同意)`,
      // until the prospect's yes is in: "了承が取れ次第", "同意が得られるまで"
      String.raw`(?:了承|承諾|同意)(?:が)?(?:取れ|とれ|得られ)(?:次第|るまで)`,
    ],
  },
  motion: {
    // bought and resold by the partner: "弊社より再販", "リセール", "当社経由でご購入", "弊社から請求"
    resale: [
      // the partner as a reseller, in katakana: "リセラーとして"
      "リセラー",
      "再販",
      "リセール",
      String.raw`(?:弊社|当社)(?:で|にて|より|が)販売`,
      String.raw`(?:弊社|当社)経由(?:で|の)?(?:ご)?(?:購入|発注|契約|販売|請求)`,
      String.raw`(?:弊社|当社)(?:から|より)(?:ご)?請求`,
      String.raw`販売代理店(?:として|経由)`,
    ],
    // the partner carries out the rollout: "導入支援は弊社で実施", "弊社にて構築", "運用保守も当社が担当"
    services: [
      // "導入・保守を弊社で担当" (we take charge of it), not "弊社で担当者を" (a person in charge)
      String.raw`(?:弊社|当社)(?:にて|で)担当(?!者)`,
      "導入支援",
      "構築支援",
      String.raw`(?:弊社|当社)(?:で|にて|が)(?:実施|構築|導入|設定|運用|保守|サポート)`,
      String.raw`(?:運用|保守)(?:保守|運用|サポート)(?:は|を|も)?(?:弊社|当社)`,
      String.raw`(?:弊社|当社)(?:の)?(?:エンジニア|SE)が`,
      // the work named, then the partner taking it: "設定は弊社が担当", "現地サポートを担当し" (not the vendor's: "…を担当いただく")
      String.raw`(?:導入|設置|設定|構築|研修|サポート|保守|移行)(?:作業)?(?:は|も)(?:弊社|当社)(?:が|で)(?:担当|実施|対応)`,
      String.raw`(?:導入|設置|設定|構築|研修|サポート|保守|移行)(?:作業)?を担当(?!いただ|頂|して(?:いただ|頂))`,
      // two works named: "データ移行と撮影を担当", "設定、研修を担当"
      String.raw`(?:導入|設置|設定|構築|研修|サポート|保守|移行)(?:作業)?(?:と|、)[^。\n]{1,10}?を担当(?!いただ|頂|して(?:いただ|頂))`,
    ],
    // a referral only, the vendor contracting directly: "紹介のみ", "紹介料", "直接ご契約"
    referral: [
      String.raw`紹介(?:のみ|だけ)`,
      String.raw`紹介(?:手数)?料`,
      "リファラル",
      "トスアップ",
      // the rest left to the vendor: "以降は貴社にお任せします"
      String.raw`(?:貴社|御社)にお任せ`,
      String.raw`(?:貴社|御社)(?:と|が)(?:お客様と)?直接(?:ご)?(?:契約|販売)`,
      String.raw`(?:お客様|先方|顧客)と(?:貴社|御社)(?:で|の)直接(?:ご)?契約`,
    ],
    // the partner's product integrated with the vendor's, selling together: "弊社製品と連携", "API連携", "共同販売"
    technology: [
      String.raw`(?:弊社|当社)(?:の)?(?:製品|ソリューション|サービス|システム)と(?:の)?連携`,
      String.raw`api連携`,
      "技術提携",
      "共同販売",
      "テクノロジーパートナー",
    ],
    // bought on a cloud's marketplace: "AWSマーケットプレイス経由"
    marketplace: [
      String.raw`(?:aws|azure|google ?cloud|gcp|microsoft)\s?マーケットプレ[イー]ス`,
      String.raw`マーケットプレ[イー]ス(?:経由|で購入|から購入)`,
    ],
  },
};
