// Japanese cue entries (services/parser/lang/ja.ts): stage, consent and motion, each in a sentence
// written for this test (invented names, never a corpus mail's words), with the near misses the
// risky ones must leave alone. Japanese writes no blanks: a cue stands among letters of its script.
import { describe, expect, it } from "vitest";
import { detectStage } from "../../../services/parser/normalise/stage.ts";
import { detectConsent } from "../../../services/parser/normalise/consent.ts";
import { detectMotion } from "../../../services/parser/normalise/motion.ts";

describe("Japanese stage cues", () => {
  it.each([
    ["ゾルタ社より見積書の送付を依頼されました。", "evaluation"],
    ["先方は見積もりを希望しています。", "evaluation"],
    ["現在トライアルを実施中です。", "evaluation"],
    ["三社で相見積もりを取っている状況です。", "evaluation"],
    ["来月から実証実験を始めます。", "evaluation"],
    ["倉庫で試験導入を進めています。", "evaluation"],
    ["評価版を使っていただいています。", "evaluation"],
    ["技術検証中とのことです。", "evaluation"],
    ["パイロット導入の対象は二店舗です。", "evaluation"],
    ["年明けにコンペがあります。", "evaluation"],
    ["提案書を提出済みです。", "evaluation"],
    ["予算が承認されました。", "evaluation"],
    ["来期の予算化に向けて動いています。", "evaluation"],
    ["社内で稟議を回しています。", "evaluation"],
    ["春に入札が予定されています。", "evaluation"],
    ["他社製品と比較しているところです。", "evaluation"],
    ["ベンダー選定の最中です。", "evaluation"],
    ["来週火曜にWeb会議を設定済みです。", "discovery_scheduled"],
    ["キックオフは十日に決まりました。", "discovery_scheduled"],
    ["訪問日程が確定しました。", "discovery_scheduled"],
    ["部長とのアポイントを取得しました。", "discovery_scheduled"],
    ["今回はご紹介のみとなります。", "new_intro"],
    ["クマノ工業からの紹介案件です。", "new_intro"],
    ["まだ初期段階です。", "new_intro"],
    ["先方は情報収集の段階です。", "new_intro"],
    ["現行システムのリプレイスを検討し始めたところです。", "new_intro"],
    ["新規リードのご共有です。", "new_intro"],
    ["打ち合わせはまだです。", "new_intro"],
    ["面談の日程は未定です。", "new_intro"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    // said not to have happened: no evaluation, no meeting
    ["トライアルはまだです。", null],
    ["見積もりの依頼はまだありません。", null],
    ["予算は確保できていません。", null],
    ["面談の日程は確定していません。", "new_intro"],
    ["アポはまだ取れていません。", "new_intro"],
    // a competitor is no competitive pitch
    ["コンペティターは二社です。", null],
  ])("not so: %s -> %s", (text, want) => expect(detectStage(text)).toBe(want));
});

describe("Japanese consent cues", () => {
  it.each([
    ["担当の方から許可をもらっています。", true],
    ["直接ご連絡いただいて大丈夫です。", true],
    ["連絡していただいても構いません。", true],
    ["先方も貴社からのご連絡をお待ちしています。", true],
    ["直接連絡OKです。", true],
    ["直接のご連絡はご遠慮ください。", false],
    ["まだ連絡はしないでください。", false],
    ["私から紹介するまでご連絡はお待ちください。", false],
    ["連絡の了承はまだ得ていません。", false],
    ["未承諾のため、ご注意ください。", false],
    ["同意が得られるまでお待ちいただけますか。", false],
  ])("%s -> %s", (text, want) => expect(detectConsent(text)).toBe(want));

  it.each([
    // the partner's own closing line, a meeting's date to be confirmed, the consent label's name
    "ご連絡お待ちしております。",
    "確認が取れ次第、日程をお知らせします。",
    "連絡可否",
  ])("no answer: %s", (text) => expect(detectConsent(text)).toBeNull());
});

describe("Japanese motion cues", () => {
  it.each([
    ["ライセンスは当社経由でご購入いただきます。", "resale"],
    ["費用は弊社からご請求します。", "resale"],
    ["販売代理店として対応します。", "resale"],
    ["構築支援を担当します。", "services"],
    ["初期設定は当社にて設定いたします。", "services"],
    ["運用保守は弊社が担当します。", "services"],
    ["弊社のエンジニアが常駐します。", "services"],
    ["弊社は紹介だけです。", "referral"],
    ["紹介料のみ頂戴できれば幸いです。", "referral"],
    ["リファラルとしての登録です。", "referral"],
    ["トスアップさせていただきます。", "referral"],
    ["御社が直接ご契約ください。", "referral"],
    ["お客様と貴社で直接契約となります。", "referral"],
    ["弊社製品との連携を想定しています。", "technology"],
    ["API連携が前提です。", "technology"],
    ["両社は技術提携しています。", "technology"],
    ["共同販売の枠組みです。", "technology"],
    ["弊社はテクノロジーパートナーです。", "technology"],
    ["AWSマーケットプレイスでの購入を希望。", "marketplace"],
    ["マーケットプレイス経由での契約です。", "marketplace"],
  ])("%s -> %s", (text, want) => expect(detectMotion(text)).toBe(want));
});

describe("Japanese full stops end a clause for the cue detectors", () => {
  it.each([
    // an "if" in the sentence before "。", "！" or "？" makes the next sentence's cue no condition
    ["If anything is unclear, ご連絡ください。Demo booked for Tuesday.", "discovery_scheduled"],
    ["If anything is unclear, ご連絡ください！Demo booked for Tuesday.", "discovery_scheduled"],
    ["If the trial helps, 教えてください？Demo booked for Tuesday.", "discovery_scheduled"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it("a negation before the full stop stays in its own sentence", () => {
    expect(detectConsent("No worries at all です。You can contact her directly.")).toBe(true);
  });
});
