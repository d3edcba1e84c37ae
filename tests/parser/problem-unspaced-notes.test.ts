// The need in a one-line note in a script written without blanks between words: Thai parts its
// clauses with a blank, Chinese and Japanese with "，" or "、", so a note that registers the lead
// and says the wish in one run ("ฝากลงทะเบียน… อยากได้…", "帮忙报备：…，他们想要…") keeps the
// wish's clause; a Thai note that runs the contact's details into the wish starts the need at the
// wish; a sentence with the contact's details ends the need; Korean and Japanese wish words.
// Invented sentences.
import { describe, expect, it } from "vitest";
import { findProblem } from "../../services/parser/extract/prose-fields.ts";
import { needPhrase } from "../../services/parser/extract/need-phrase.ts";

const need = (text: string) => needPhrase(findProblem([text]), true);

describe("problem: a one-line note in a script without blanks", () => {
  it.each([
    // Thai: registering, then the wish after a blank
    [
      "รบกวนด้วยนะคะ ฝากลงทะเบียนลูกค้าให้หน่อยค่ะ ร้านกาแฟริมปิง ติดต่อคุณวิไล ทองมา อยากได้ระบบสั่งกาแฟล่วงหน้า",
      "อยากได้ระบบสั่งกาแฟล่วงหน้า",
    ],
    // Chinese: registering, then the wish after "，"
    ["麻烦报备一下：杭州青禾茶馆，联系人王芳，她们想要会员积分系统，邮箱稍后发。", "她们想要会员积分系统"],
    // Thai: the contact's address run into the wish
    ["ติดต่อคุณสมพร somporn.k@example.com สนใจระบบจองห้องพัก", "สนใจระบบจองห้องพัก"],
    ["เจ้าของร้าน โทร 081-555-0173 ต้องการระบบนับสต็อกผ้า", "ต้องการระบบนับสต็อกผ้า"],
  ])("%s", (text, phrase) => expect(need(text)).toBe(phrase));

  it.each([
    // the same notes with no wish: no need
    "รบกวนด้วยนะคะ ฝากลงทะเบียนลูกค้าให้หน่อยค่ะ ร้านกาแฟริมปิง ติดต่อคุณวิไล ทองมา",
    "麻烦报备一下：杭州青禾茶馆，联系人王芳，邮箱稍后发。",
  ])("finds no need in %s", (text) => expect(findProblem([text])).toBeNull());

  it("keeps a Latin sentence whole where an address comes before the wish", () => {
    expect(needPhrase("Reach Anna at anna@example.org, she wants online booking", true)).toBe(
      "Reach Anna at anna@example.org, she wants online booking",
    );
  });
});

describe("needPhrase: a sentence with the contact's details ends the need", () => {
  it("stops before a phone number or an address", () => {
    expect(needPhrase("Stock is counted on paper. Reach her on +44 20 7946 0000 any morning.", true)).toBe(
      "Stock is counted on paper",
    );
    expect(needPhrase("อยากได้ระบบจองคิวตัดผม ติดต่อได้ที่ barber.lek@example.com ครับ", true)).toBe("อยากได้ระบบจองคิวตัดผม");
  });
  it("goes on over a sentence without them", () => {
    expect(needPhrase("Stock is counted on paper. The count takes two days.", true)).toBe(
      "Stock is counted on paper. The count takes two days",
    );
  });
});

describe("problem: Korean and Japanese wish words", () => {
  it.each([
    ["카페 주문을 앱으로 받기 원함", "ko: 원함 (wants)"],
    ["사장님이 재고 알림 기능을 원해요", "ko: 원해 (wants)"],
    ["정산 자동화를 원합니다", "ko: 원합니다 (wants)"],
    ["매장에서는 배송 추적을 원한다고 합니다", "ko: 원한다 (wants)"],
    ["직원 근태 관리 시스템이 필요하다고 합니다", "ko: 필요 (needs)"],
    ["수업 예약 프로그램을 찾고 계십니다", "ko: 찾고 (is looking for)"],
    ["倉庫の入出庫管理に興味ありとのことです", "ja: 興味あり (interested)"],
    ["店長が配送アプリに興味を持っています", "ja: 興味を持 (interested)"],
  ])("%s (%s)", (text) => expect(findProblem([text])).toBe(text));

  it.each([
    // the partner's offer: "if you need", "if you are interested"
    "자료가 필요하시면 말씀해 주세요",
    "추가 정보가 필요하면 연락 주세요",
    "ご興味があればご連絡ください",
  ])("finds no need in %s", (text) => expect(findProblem([text])).toBeNull());
});
