// Japanese label words and registering phrases. A Japanese form writes "■ 会社名：…" (the
// full-width colon is made a plain one before labels are read); words run together without
// blanks, so a registering phrase is matched as written, without word boundaries of its own.
import type { LabelTable } from "./types.ts";

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

/** Registering phrases (see CueTable.registering); further cue tables are not listed yet. */
export const registering: readonly string[] = [
  // "案件登録" (registering a deal), "登録をお願い…" / "登録させていただ…" (asking to register), "新規案件" (a new deal)
  "案件登録",
  "登録(?:を)?(?:お願い|させて|希望|依頼|申請)",
  "新規案件",
];
